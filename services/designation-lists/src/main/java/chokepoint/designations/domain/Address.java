package chokepoint.designations.domain;

/** A postal address as published; any part may be null. {@code country} is ISO-2 when known. */
public record Address(String text, String city, String region, String postalCode, String country) {
}
