package chokepoint.platform;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Canonical gRPC errors (AIP-193): a status code, a message safe to show, and an
 * {@code ErrorInfo} whose reason is an UPPER_SNAKE code and whose metadata names the field.
 * Never an exception's own message or stack.
 */
public final class GrpcErrors {

    public static final String DOMAIN = "chokepoint.dev";

    private GrpcErrors() {
    }

    public static StatusRuntimeException error(Code code, String reason, String message, Map<String, String> metadata) {
        ErrorInfo info = ErrorInfo.newBuilder()
                .setReason(reason)
                .setDomain(DOMAIN)
                .putAllMetadata(metadata == null ? Map.of() : metadata)
                .build();
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
                .setCode(code.getNumber())
                .setMessage(message)
                .addDetails(Any.pack(info))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    public static StatusRuntimeException invalid(String reason, String field, String message) {
        return error(Code.INVALID_ARGUMENT, reason, message, field == null ? Map.of() : Map.of("field", field));
    }

    public static StatusRuntimeException failedPrecondition(String reason, String message, Map<String, String> metadata) {
        return error(Code.FAILED_PRECONDITION, reason, message, metadata);
    }

    public static StatusRuntimeException notFound(String reason, String message) {
        return error(Code.NOT_FOUND, reason, message, Map.of());
    }

    public static StatusRuntimeException permissionDenied(String reason, String message) {
        return error(Code.PERMISSION_DENIED, reason, message, Map.of());
    }

    public static StatusRuntimeException unauthenticated(String message) {
        return error(Code.UNAUTHENTICATED, "UNAUTHENTICATED", message, Map.of());
    }

    public static StatusRuntimeException internal() {
        return error(Code.INTERNAL, "INTERNAL", "internal error; the request changed nothing", Map.of());
    }

    /** Reads the ErrorInfo of an error received from another service, if any. */
    public static Map<String, String> errorInfo(Throwable t) {
        Map<String, String> out = new LinkedHashMap<>();
        com.google.rpc.Status st = StatusProto.fromThrowable(t);
        if (st == null) {
            return out;
        }
        for (Any any : st.getDetailsList()) {
            if (any.is(ErrorInfo.class)) {
                try {
                    ErrorInfo info = any.unpack(ErrorInfo.class);
                    out.put("reason", info.getReason());
                    out.putAll(info.getMetadataMap());
                } catch (com.google.protobuf.InvalidProtocolBufferException ignored) {
                    // not an ErrorInfo after all
                }
            }
        }
        out.put("message", st.getMessage());
        out.put("code", Code.forNumber(st.getCode()) == null ? String.valueOf(st.getCode()) : Code.forNumber(st.getCode()).name());
        return out;
    }
}
