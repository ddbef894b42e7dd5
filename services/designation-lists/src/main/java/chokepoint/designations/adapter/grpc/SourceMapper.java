package chokepoint.designations.adapter.grpc;

import chokepoint.api.designations.v1.ListSource;
import chokepoint.api.designations.v1.SourceOutcome;
import chokepoint.api.designations.v1.SourcePart;
import chokepoint.designations.adapter.fetch.PartState;
import chokepoint.designations.adapter.persistence.ListSourceEntity;
import chokepoint.designations.application.SourceRefresher;
import chokepoint.designations.domain.sources.SourceSpec;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** List sources (configuration + persisted state) to their proto form. */
final class SourceMapper {

    private SourceMapper() {
    }

    static ListSource toProto(SourceSpec.Checked c, boolean enabled, ListSourceEntity state, Map<String, PartState> validators) {
        ListSource.Builder b = ListSource.newBuilder().setName(c.name()).setEnabled(enabled);
        SourceSpec spec = c.spec();
        Map<String, String> locations = new TreeMap<>();
        if (spec != null) {
            b.setFormat(spec.format().name()).setKind(spec.kind() == SourceSpec.Kind.URL ? "url" : "directory")
                    .setInterval(spec.interval().toString()).addAllExcludedLists(spec.excludedLists());
            spec.parts().forEach((part, loc) -> locations.put(part, spec.kind() == SourceSpec.Kind.URL ? loc
                    : java.nio.file.Path.of(spec.directory()).resolve(loc).toString()));
        } else {
            SourceSpec.Raw raw = c.raw();
            b.setFormat(nz(raw.format())).setKind(raw.directory() != null ? "directory" : "url");
            if (raw.url() != null) {
                locations.put("file", raw.url());
            }
            if (raw.parts() != null) {
                locations.putAll(raw.parts());
            }
            b.setLastOutcome(SourceOutcome.SOURCE_OUTCOME_FAILED).setLastReason("SOURCE_MISCONFIGURED")
                    .setLastMessage(String.join("; ", c.problems()));
        }
        locations.forEach((part, loc) -> {
            SourcePart.Builder p = SourcePart.newBuilder().setPart(part).setLocation(loc);
            PartState v = validators.get(part);
            if (v != null) {
                p.setEtag(nz(v.etag())).setLastModified(nz(v.lastModified())).setSizeBytes(v.size());
                if (spec != null && spec.kind() == SourceSpec.Kind.DIRECTORY && v.location() != null) {
                    p.setLocation(v.location()); // the file a glob matched last
                }
            }
            b.addParts(p);
        });
        if (state != null) {
            if (state.lastOutcome != null) {
                b.setLastOutcome(outcome(state.lastOutcome));
            }
            b.setLastReason(nz(state.lastReason)).setLastMessage(nz(state.lastMessage))
                    .setConsecutiveFailures(state.consecutiveFailures).setChecksum(nz(state.importedChecksum))
                    .addAllListVersions(state.listVersionIds())
                    .setEffectiveOn(state.effectiveOn == null ? "" : state.effectiveOn.toString())
                    .setAwaitingConfirmation(state.refusedChecksum != null).setRefusedChecksum(nz(state.refusedChecksum));
            ts(state.lastAttemptAt, b::setLastAttemptTime);
            ts(state.lastSuccessAt, b::setLastSuccessTime);
            ts(state.lastImportAt, b::setLastImportTime);
            if (enabled) {
                ts(state.nextAttemptAt, b::setNextAttemptTime);
            }
        }
        return b.build();
    }

    static SourceOutcome outcome(String name) {
        try {
            return SourceOutcome.valueOf("SOURCE_OUTCOME_" + name);
        } catch (IllegalArgumentException e) {
            return SourceOutcome.SOURCE_OUTCOME_UNSPECIFIED;
        }
    }

    static SourceOutcome outcome(chokepoint.designations.domain.sources.SourceOutcome o) {
        return outcome(o.name());
    }

    static ListSource toProto(SourceRefresher.Status s, SourceRefresher refresher) {
        ListSourceEntity st = s.state().orElse(null);
        return toProto(s.config(), s.enabled(), st, st == null ? Map.of() : refresher.partsOf(st));
    }

    private static void ts(Instant i, java.util.function.Consumer<com.google.protobuf.Timestamp> set) {
        if (i != null) {
            set.accept(DesignationGrpcService.ts(i));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
