package chokepoint.gateway.adapter.client;

/** A service the verdict needs did not answer in time or failed: the screening fails closed. */
public class DownstreamUnavailable extends RuntimeException {

    private final String service;

    public DownstreamUnavailable(String service, String why) {
        super(service + " " + why, null, false, false);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
