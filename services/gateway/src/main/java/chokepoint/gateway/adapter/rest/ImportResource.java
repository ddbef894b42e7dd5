package chokepoint.gateway.adapter.rest;

import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.ImportChunk;
import chokepoint.api.designations.v1.ImportHeader;
import chokepoint.api.designations.v1.ImportListRequest;
import chokepoint.api.designations.v1.ImportListResponse;
import chokepoint.api.designations.v1.ListVersion;
import chokepoint.gateway.adapter.client.DownstreamRejected;
import chokepoint.gateway.adapter.client.DownstreamUnavailable;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import com.google.protobuf.ByteString;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POST /v1/imports: an official list file (or the parts of an OFAC CSV set as multipart form
 * parts {@code sdn}, {@code add}, {@code alt}, {@code comments}; {@code prim} for the
 * consolidated set), streamed to designation-lists, which imports it all or nothing.
 */
@Path("/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ImportResource {

    static final int CHUNK = 1 << 20;

    public record VersionJson(String id, String list, String effectiveOn, int added, int changed, int removed, int unchanged) {
    }

    public record ImportJson(List<VersionJson> versions, int added, int changed, int removed, int unchanged) {
    }

    @GrpcClient("designations")
    Channel channel;

    @Inject
    Auth auth;

    @Inject
    UploadLimit uploadLimit;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"admin", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "analyst"})
    public ImportJson multipart(@QueryParam("format") String format, @QueryParam("effectiveOn") String effectiveOn,
                                @QueryParam("list") String list, @QueryParam("force") boolean force,
                                MultipartFormDataInput input) throws IOException {
        Map<String, InputStream> parts = new LinkedHashMap<>();
        for (Map.Entry<String, Collection<FormValue>> e : input.getValues().entrySet()) {
            for (FormValue v : e.getValue()) {
                parts.put(e.getKey(), v.isFileItem() ? Files.newInputStream(v.getFileItem().getFile())
                        : new java.io.ByteArrayInputStream(v.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return send(format, effectiveOn, list, force, parts);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"admin", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "analyst"})
    public ImportJson file(@QueryParam("format") String format, @QueryParam("effectiveOn") String effectiveOn,
                           @QueryParam("list") String list, @QueryParam("force") boolean force, InputStream body) throws IOException {
        return send(format, effectiveOn, list, force, Map.of("file", UploadLimit.limited(body, uploadLimit.limitBytes())));
    }

    ImportJson send(String format, String effectiveOn, String list, boolean force, Map<String, InputStream> parts) throws IOException {
        if (format == null || format.isBlank()) {
            throw Problem.badRequest("MISSING_FORMAT", "format", "format is required: CSL_CSV, CSL_JSON, OFAC_SDN_CSV, OFAC_XML, "
                    + "OFAC_CONS_CSV, DOD_1260H_CSV or CUSTOM_CSV");
        }
        if (effectiveOn == null || effectiveOn.isBlank()) {
            throw Problem.badRequest("MISSING_EFFECTIVE_DATE", "effectiveOn", "effectiveOn (the date the file is as of) is required");
        }
        CompletableFuture<ImportListResponse> result = new CompletableFuture<>();
        DesignationServiceGrpc.DesignationServiceStub stub = ClientAuth.withToken(DesignationServiceGrpc.newStub(channel), auth.token())
                .withDeadlineAfter(5, TimeUnit.MINUTES);
        StreamObserver<ImportListRequest> upload = stub.importList(new StreamObserver<>() {
            public void onNext(ImportListResponse r) {
                result.complete(r);
            }

            public void onError(Throwable t) {
                result.completeExceptionally(t);
            }

            public void onCompleted() {
                result.complete(ImportListResponse.getDefaultInstance());
            }
        });
        upload.onNext(ImportListRequest.newBuilder().setHeader(ImportHeader.newBuilder().setFormat(format.strip())
                .setEffectiveOn(effectiveOn.strip()).setList(list == null ? "" : list.strip()).setForce(force)
                .setSource("upload by " + auth.caller().subject())).build());
        byte[] buf = new byte[CHUNK];
        try {
            for (Map.Entry<String, InputStream> p : parts.entrySet()) {
                try (InputStream in = p.getValue()) {
                    int n;
                    while ((n = in.readNBytes(buf, 0, buf.length)) > 0 && !result.isDone()) {
                        upload.onNext(ImportListRequest.newBuilder().setChunk(ImportChunk.newBuilder().setPart(p.getKey())
                                .setData(ByteString.copyFrom(buf, 0, n))).build());
                    }
                }
            }
            upload.onCompleted();
        } catch (Problem tooLarge) {
            upload.onError(Status.CANCELLED.withDescription("upload refused: " + tooLarge.getMessage()).asRuntimeException());
            throw tooLarge;
        } catch (IOException | RuntimeException e) {
            upload.onError(Status.CANCELLED.withDescription("upload failed").asRuntimeException());
            throw Problem.badRequest("UPLOAD_FAILED", null, "the upload could not be read; nothing was imported");
        }
        ImportListResponse r;
        try {
            r = result.get(6, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StatusRuntimeException sre) {
                Status.Code code = sre.getStatus().getCode();
                if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
                    throw new DownstreamUnavailable("designation-lists", "is unavailable (" + code + "); nothing was imported");
                }
                throw new DownstreamRejected(code, GrpcErrors.errorInfo(sre));
            }
            throw new DownstreamUnavailable("designation-lists", "failed; nothing was imported");
        } catch (TimeoutException e) {
            throw new DownstreamUnavailable("designation-lists", "did not finish the import in time; it is all or nothing");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownstreamUnavailable("designation-lists", "import interrupted");
        }
        List<VersionJson> versions = r.getVersionsList().stream().map(ImportResource::version).toList();
        return new ImportJson(versions, r.getAdded(), r.getChanged(), r.getRemoved(), r.getUnchanged());
    }

    static VersionJson version(ListVersion v) {
        return new VersionJson(v.getId(), v.getList(), v.getEffectiveOn(), v.getAdded(), v.getChanged(), v.getRemoved(), v.getUnchanged());
    }
}
