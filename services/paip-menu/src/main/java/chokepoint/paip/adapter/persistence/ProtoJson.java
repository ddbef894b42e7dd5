package chokepoint.paip.adapter.persistence;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;

/** Proto3 JSON for the stored protos (identifications, packages, outbox payloads). */
public final class ProtoJson {

    private ProtoJson() {
    }

    public static String print(Message m) {
        try {
            return JsonFormat.printer().omittingInsignificantWhitespace().print(m);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot print " + m.getDescriptorForType().getFullName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <B extends Message.Builder> B parse(String json, B builder) {
        try {
            JsonFormat.parser().ignoringUnknownFields().merge(json, builder);
            return builder;
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored " + builder.getDescriptorForType().getFullName() + " is unreadable", e);
        }
    }
}
