package chokepoint.gateway.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** The JSON shapes of the REST contract (docs/rest-contract.md), lowerCamelCase. */
public final class RestModel {

    private RestModel() {
    }

    public record IdentifierJson(String scheme, String value, String country) {
    }

    public record OwnerJson(PartyJson party, String percent, Boolean percentUnknown) {
    }

    public record OfficerJson(String name, String role) {
    }

    /** Addresses may be plain strings or objects {text, city, region, postalCode, country}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PartyJson(String kind, String name, List<String> aliases, List<String> countries,
                            String headquartersCountry, List<JsonNode> addresses, List<IdentifierJson> identifiers,
                            List<OwnerJson> owners, List<OfficerJson> officers, String incorporatedOn, String customerType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProviderJson(String country) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceJson(String type, String eccn, ProviderJson provider) {
    }

    public record ScreeningRequestJson(PartyJson customer, ServiceJson service, String asOf) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ReasonJson(String code, String verdict, String authority, String citation, String list,
                             String designationId, String matchedName, Double score, List<String> ownershipPath,
                             String effectiveFrom, String explanation, String program, String licenseReviewPolicy,
                             String subject) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScreeningJson(String id, String verdict, List<ReasonJson> reasons, String asOf,
                                Map<String, String> listVersions, String createdAt, String tenant,
                                ServiceJson service, PartyJson customer) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DesignationJson(String id, String list, List<String> programs, PartyJson party,
                                  String licenseRequirement, String licenseReviewPolicy, String licenseReviewPolicyText,
                                  List<String> federalRegisterCitations, List<String> footnotes, String effectiveFrom,
                                  String removedOn, String removalReason, String remarks, String listedOn,
                                  String sourceRecordId, Long revision, String authority, String listVersion,
                                  String recordedAt, Boolean replayed) {
    }

    public record DesignationPageJson(List<DesignationJson> designations, String nextPageToken) {
    }

    public record RemoveJson(String effectiveOn, String reason, String requestId) {
    }
}
