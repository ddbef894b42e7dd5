package chokepoint.gateway.adapter.client;

import java.util.Map;

/** A downstream service refused the request for a stated reason (its ErrorInfo). */
public class DownstreamRejected extends RuntimeException {

    private final io.grpc.Status.Code code;
    private final Map<String, String> info;

    public DownstreamRejected(io.grpc.Status.Code code, Map<String, String> info) {
        super(info.getOrDefault("message", code.name()), null, false, false);
        this.code = code;
        this.info = info;
    }

    public io.grpc.Status.Code code() {
        return code;
    }

    public Map<String, String> info() {
        return info;
    }
}
