package chokepoint.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed paper's phased response, dated, through the real suite (issues 5 and 6): Entity
 * List with presumption of denial, the Affiliates Rule reimposed on 2026-11-10, the Phase 2
 * AI-training prohibition enacted by OFAC, Phase 3 blocking that reaches a 60%-owned
 * subsidiary, and de-escalation by removal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedScenarioIT {

    static Suite suite;
    static String bis;
    static String ofac;
    static String provider;
    static final String RUN = UUID.randomUUID().toString().substring(0, 4);
    static final String DEEPSEEK = "Hangzhou DeepSeek Artificial Intelligence Basic Technology Research Co., Ltd.";
    static final String MOONSHOT = "Beijing Moonshot AI Technology Co., Ltd.";
    static final String MINIMAX = "Shanghai MiniMax AI Technology Co., Ltd.";
    static final String SUBSIDIARY = "Deep Compute Leasing " + RUN + " Ltd";
    static final String JOINT_VENTURE = "Lunar Max Compute JV " + RUN + " Co";
    static String deepseekId;
    static String sdnId;

    @BeforeAll
    static void start() throws Exception {
        suite = new Suite(Map.of("CHOKEPOINT_REQUIRED_LISTS", "SDN,ENTITY_LIST", "CHOKEPOINT_DOWNSTREAM_DEADLINE", "6s"));
        bis = suite.token("agency-bis", null);
        ofac = suite.token("agency-ofac", null);
        provider = suite.token("provider", "cloudco");
    }

    @AfterAll
    static void stop() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    static String entityList(String name) throws Exception {
        Suite.Answer a = suite.post("/v1/designations?requestId=" + UUID.randomUUID(), bis, """
                {"list": "ENTITY_LIST", "effectiveFrom": "2026-02-01", "federalRegisterCitations": ["91 FR 5000"],
                 "licenseRequirement": "For all items subject to the EAR (See §744.11 of the EAR)",
                 "licenseReviewPolicy": "Presumption of denial",
                 "party": {"kind": "ORGANIZATION", "name": "%s", "countries": ["CN"]}}""".formatted(name));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(201);
        return a.body().get("id").asText();
    }

    static JsonNode phaseOneTraining;

    static JsonNode screen(String name, String service, String asOf, String extra) throws Exception {
        String eccn = service.equals("EAR_ITEM_EXPORT") ? ", \"eccn\": \"3A090\"" : "";
        Suite.Answer a = suite.post("/v1/screenings", provider, """
                {"customer": {"kind": "ORGANIZATION", "name": "%s", "countries": ["SG"]%s},
                 "service": {"type": "%s"%s}, "asOf": "%s"}""".formatted(name, extra, service, eccn, asOf));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        return a.body();
    }

    static JsonNode screen(String name, String service, String asOf) throws Exception {
        return screen(name, service, asOf, "");
    }

    static List<String> codes(JsonNode screening) {
        List<String> out = new ArrayList<>();
        screening.get("reasons").forEach(r -> out.add(r.get("code").asText()));
        return out;
    }

    @Test
    @Order(1)
    void phaseOneTheLabsAreAddedToTheEntityList() throws Exception {
        // an SDN entry so the SDN list is loaded (the deployment requires it)
        assertThat(suite.post("/v1/designations?requestId=" + UUID.randomUUID(), ofac, """
                {"list": "SDN", "programs": ["CYBER2"], "effectiveFrom": "2026-01-15",
                 "party": {"kind": "ORGANIZATION", "name": "Account Farm Proxy %s Ltd"}}""".formatted(RUN)).status()).isEqualTo(201);
        deepseekId = entityList(DEEPSEEK);
        entityList(MOONSHOT);
        entityList(MINIMAX);
    }

    @Test
    @Order(2)
    void anH100ExportNeedsALicenseUnderPresumptionOfDenialAndAiTrainingNeedsReview() throws Exception {
        JsonNode export = screen(DEEPSEEK, "EAR_ITEM_EXPORT", "2026-03-01");
        assertThat(export.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(export.get("reasons").toString()).containsIgnoringCase("presumption of denial");
        JsonNode training = screen(DEEPSEEK, "AI_TRAINING_COMPUTE", "2026-03-01");
        assertThat(training.get("verdict").asText()).isEqualTo("REVIEW");
        phaseOneTraining = training;
        JsonNode dialogue = screen(DEEPSEEK, "AI_SAFETY_DIALOGUE", "2026-03-01");
        assertThat(dialogue.get("verdict").asText()).isIn("CLEAR", "NOTE");
    }

    @Test
    @Order(3)
    void aCompanySixtyPercentOwnedByALabIsAnAffiliateFromTheAffiliatesRuleReimpositionOnly() throws Exception {
        Suite.Answer own = suite.post("/v1/ownerships?requestId=" + UUID.randomUUID(), bis, """
                {"owner": "%s", "owned": {"kind": "ORGANIZATION", "name": "%s", "countries": ["SG"]},
                 "percent": "60", "effectiveFrom": "2026-03-01", "source": "test registry extract"}""".formatted(deepseekId, SUBSIDIARY));
        assertThat(own.status()).as(own.body().toString()).isEqualTo(201);

        JsonNode before = screen(SUBSIDIARY, "EAR_ITEM_EXPORT", "2026-11-09");
        assertThat(before.get("verdict").asText()).isNotEqualTo("LICENSE_REQUIRED");
        JsonNode after = screen(SUBSIDIARY, "EAR_ITEM_EXPORT", "2026-11-10");
        assertThat(after.get("verdict").asText()).as(after.toString()).isEqualTo("LICENSE_REQUIRED");
        assertThat(after.get("reasons").toString()).contains("60%").contains("DeepSeek");

        String entity = own.body().get("ownedEntityId").asText();
        Suite.Answer status = suite.get("/v1/entities/" + entity + "/status?asOf=2026-11-10", provider);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().get("derived").get(0).get("status").asText()).isEqualTo("ENTITY_LIST_AFFILIATE");
        assertThat(status.body().get("derived").get(0).get("ownershipPaths").get(0).asText()).contains("60%");
        assertThat(suite.get("/v1/entities/" + entity + "/status?asOf=2026-11-09", provider).body().get("derived")).isEmpty();
    }

    @Test
    @Order(4)
    void declaredStakesOfThirtyAndTwentyFivePercentByTwoListedFirmsMakeAnAffiliateFrom20261110() throws Exception {
        String owners = """
                , "owners": [{"party": {"kind": "ORGANIZATION", "name": "%s"}, "percent": "30"},
                             {"party": {"kind": "ORGANIZATION", "name": "%s"}, "percent": "25"}]""".formatted(MOONSHOT, MINIMAX);
        assertThat(screen(JOINT_VENTURE, "EAR_ITEM_EXPORT", "2026-11-09", owners).get("verdict").asText()).isNotEqualTo("LICENSE_REQUIRED");
        JsonNode after = screen(JOINT_VENTURE, "EAR_ITEM_EXPORT", "2026-11-10", owners);
        assertThat(after.get("verdict").asText()).as(after.toString()).isEqualTo("LICENSE_REQUIRED");
        assertThat(codes(after)).contains("ENTITY_LIST_AFFILIATE_LICENSE_REQUIRED");
    }

    @Test
    @Order(5)
    void phaseTwoTheAiTrainingProhibitionAppliesFromItsDateToTrainingOnly() throws Exception {
        Suite.Answer p = suite.post("/v1/programs?requestId=" + UUID.randomUUID(), ofac, """
                {"id": "IEEPA-AI-TRAINING-%s", "authority": "IEEPA", "name": "Targeted prohibition on AI training compute",
                 "citation": "Executive Order under IEEPA, 50 U.S.C. 1702(a)(1)(B) (Phase 2, proposed)",
                 "scope": {"lists": ["ENTITY_LIST"]},
                 "effects": [{"serviceType": "AI_TRAINING_COMPUTE", "verdict": "PROHIBITED"}],
                 "effectiveFrom": "2026-12-01"}""".formatted(RUN));
        assertThat(p.status()).as(p.body().toString()).isEqualTo(201);
        assertThat(screen(DEEPSEEK, "AI_TRAINING_COMPUTE", "2026-11-30").get("verdict").asText()).isEqualTo("REVIEW");
        assertThat(screen(DEEPSEEK, "AI_TRAINING_COMPUTE", "2026-12-02").get("verdict").asText()).isEqualTo("PROHIBITED");
        assertThat(screen(DEEPSEEK, "AI_INFERENCE_COMPUTE", "2026-12-02").get("verdict").asText()).isEqualTo("REVIEW");
        assertThat(screen(DEEPSEEK, "AI_SAFETY_DIALOGUE", "2026-12-02").get("verdict").asText()).isIn("CLEAR", "NOTE");
    }

    @Test
    @Order(6)
    void phaseThreeBlockingProhibitsEveryServiceForTheLabAndItsSubsidiary() throws Exception {
        Suite.Answer a = suite.post("/v1/designations?requestId=" + UUID.randomUUID(), ofac, """
                {"list": "SDN", "programs": ["IEEPA-AI"], "effectiveFrom": "2027-01-01",
                 "party": {"kind": "ORGANIZATION", "name": "%s", "countries": ["CN"]}}""".formatted(DEEPSEEK));
        assertThat(a.status()).isEqualTo(201);
        sdnId = a.body().get("id").asText();
        for (String service : List.of("AI_TRAINING_COMPUTE", "AI_INFERENCE_COMPUTE", "GENERAL_COMPUTE", "STORAGE", "AI_SAFETY_DIALOGUE")) {
            assertThat(screen(DEEPSEEK, service, "2027-01-02").get("verdict").asText()).as(service).isEqualTo("PROHIBITED");
        }
        JsonNode sub = screen(SUBSIDIARY, "GENERAL_COMPUTE", "2027-01-02");
        assertThat(sub.get("verdict").asText()).as(sub.toString()).isEqualTo("PROHIBITED");
        assertThat(codes(sub)).contains("BLOCKED_BY_OWNERSHIP");
        assertThat(sub.get("reasons").toString()).contains("60%");
        assertThat(screen(SUBSIDIARY, "GENERAL_COMPUTE", "2026-12-31").get("verdict").asText()).isNotEqualTo("PROHIBITED");
    }

    @Test
    @Order(7)
    void deEscalationARemovalRestoresTheEarlierVerdictsFromItsDate() throws Exception {
        Suite.Answer r = suite.post("/v1/designations/" + sdnId + ":remove?requestId=" + UUID.randomUUID(), ofac,
                "{\"effectiveOn\": \"2027-06-01\", \"reason\": \"verified change of conduct\"}");
        assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
        assertThat(screen(DEEPSEEK, "AI_INFERENCE_COMPUTE", "2027-05-31").get("verdict").asText()).isEqualTo("PROHIBITED");
        assertThat(screen(DEEPSEEK, "AI_INFERENCE_COMPUTE", "2027-06-02").get("verdict").asText()).isEqualTo("REVIEW");
        assertThat(screen(DEEPSEEK, "AI_TRAINING_COMPUTE", "2027-06-02").get("verdict").asText()).isEqualTo("PROHIBITED");
        assertThat(screen(SUBSIDIARY, "GENERAL_COMPUTE", "2027-06-02").get("verdict").asText()).isNotEqualTo("PROHIBITED");
    }

    @Test
    @Order(8)
    void aStoredScreeningIsReproducedByReRunningItAsOfItsDate() throws Exception {
        // the Phase 1 screening, replayed after the prohibition, the SDN designation and the de-escalation were all
        // recorded (each effective later than its date)
        String id = phaseOneTraining.get("id").asText();
        Suite.Answer replay = suite.post("/v1/screenings/" + id + ":replay", provider, "");
        assertThat(replay.status()).as(replay.body().toString()).isEqualTo(200);
        assertThat(replay.body().get("reproduced").asBoolean()).as(replay.body().toString()).isTrue();
        assertThat(replay.body().get("verdict").asText()).isEqualTo("REVIEW");
        assertThat(replay.body().get("originalVerdict").asText()).isEqualTo("REVIEW");
        assertThat(codes(replay.body().get("rerun"))).isEqualTo(codes(phaseOneTraining));
        assertThat(replay.body().get("asOf").asText()).isEqualTo("2026-03-01");
        Suite.Answer stored = suite.get("/v1/screenings/" + id, provider);
        assertThat(stored.body().get("verdict")).isEqualTo(phaseOneTraining.get("verdict"));
        assertThat(stored.body().get("listVersions")).isEqualTo(phaseOneTraining.get("listVersions"));
        // another tenant cannot replay it
        Suite.Answer other = suite.post("/v1/screenings/" + id + ":replay", suite.token("provider", "globex"), "");
        assertThat(other.status()).isEqualTo(404);

        // a back-dated designation (recorded now, effective before the screening's date) changes the answer for
        // that date: the replay says so instead of pretending
        assertThat(suite.post("/v1/designations?requestId=" + UUID.randomUUID(), ofac, """
                {"list": "SDN", "programs": ["CYBER2"], "effectiveFrom": "2026-02-01",
                 "party": {"kind": "ORGANIZATION", "name": "%s", "countries": ["CN"]}}""".formatted(DEEPSEEK)).status()).isEqualTo(201);
        Suite.Answer changed = suite.post("/v1/screenings/" + id + ":replay", provider, "");
        assertThat(changed.body().get("reproduced").asBoolean()).as(changed.body().toString()).isFalse();
        assertThat(changed.body().get("verdict").asText()).isEqualTo("PROHIBITED");
        assertThat(changed.body().get("differences").toString()).contains("VERDICT_REVIEW -> VERDICT_PROHIBITED").contains("list SDN");
    }
}
