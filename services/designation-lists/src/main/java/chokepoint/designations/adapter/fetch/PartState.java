package chokepoint.designations.adapter.fetch;

/**
 * A part of a source as last downloaded whole: where from, and the validators to send next
 * time (ETag for If-None-Match, Last-Modified for If-Modified-Since; for a watched file, its
 * name, time and size). Null fields are unknown.
 */
public record PartState(String location, String etag, String lastModified, long size) {
}
