package chokepoint.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 through real processes: State identifies a distillation lab (clause (i)) and its CEO (clause (iv)),
 * imposes packages (statutory refusals as 422), paip-menu writes the designations into designation-lists through
 * its outbox, a provider's screening is PROHIBITED under the PAIP program, and after a (c) waiver it no longer is.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaipIT {

    static Suite suite;
    static String state;
    static String provider;
    static String analyst;
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    static final String LAB = "Frontier Distillation Lab " + SUFFIX;
    static final String CEO = "Wei Example " + SUFFIX;
    static String labId;
    static String ceoId;
    static String labPackage;
    static String ceoPackage;
    static List<String> labDesignations = new ArrayList<>();
    static List<String> ceoDesignations = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        suite = new Suite(Map.of("CHOKEPOINT_REQUIRED_LISTS", "SDN", "CHOKEPOINT_DOWNSTREAM_DEADLINE", "6s"));
        state = suite.token("agency-state", null);
        provider = suite.token("provider", "acme");
        analyst = suite.token("analyst", null);
        // the required SDN list must be loaded for a screening to be anything but REVIEW
        Suite.Answer sdn = suite.post("/v1/designations?requestId=" + UUID.randomUUID(), suite.token("agency-ofac", null), """
                {"list": "SDN", "programs": ["CYBER2"], "effectiveFrom": "2026-01-01",
                 "party": {"kind": "ORGANIZATION", "name": "Unrelated Proxy Operator %s", "countries": ["HK"]}}""".formatted(SUFFIX));
        assertThat(sdn.status()).as(sdn.body().toString()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    static String rid() {
        return UUID.randomUUID().toString();
    }

    static String screening(String kind, String name, String asOf) {
        return """
                {"customer": {"kind": "%s", "name": "%s"}, "service": {"type": "GENERAL_COMPUTE"}, "asOf": "%s"}"""
                .formatted(kind, name, asOf);
    }

    static List<JsonNode> paipReasons(JsonNode screening) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : screening.path("reasons")) {
            if ("PAIP".equals(r.path("list").asText()) || r.path("citation").asText().contains("1709")) {
                out.add(r);
            }
        }
        return out;
    }

    static JsonNode awaitPackage(String id, java.util.function.Predicate<JsonNode> done) throws Exception {
        JsonNode last = null;
        for (int i = 0; i < 120; i++) {
            Suite.Answer a = suite.get("/v1/paip/packages/" + id, state);
            assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
            last = a.body();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("package " + id + " did not settle: " + last + "\n" + suite.logs());
    }

    static boolean allRemovalsDone(JsonNode pkg) {
        for (JsonNode e : pkg.path("effects")) {
            if (e.hasNonNull("designationId") && !"DONE".equals(e.path("removalState").asText())) {
                return false;
            }
        }
        return true;
    }

    @Test
    @Order(1)
    void stateIdentifiesTheLabAndItsChiefExecutive() throws Exception {
        Suite.Answer menu = suite.get("/v1/paip/menu", provider);
        assertThat(menu.status()).isEqualTo(200);
        assertThat(menu.body().get("measures")).hasSize(13);

        Suite.Answer lab = suite.post("/v1/paip/identifications?requestId=" + rid(), state, """
                {"party": {"kind": "ORGANIZATION", "name": "%s", "countries": ["CN"]}, "clause": "I",
                 "isFinancialInstitution": false, "reportYear": 2026,
                 "narrative": "Distilled a U.S. frontier model through 24,000 fraudulent accounts to replicate its capabilities."}"""
                .formatted(LAB));
        assertThat(lab.status()).as(lab.body().toString()).isEqualTo(201);
        labId = lab.body().get("id").asText();
        assertThat(lab.body().get("clause").asText()).isEqualTo("I");
        assertThat(lab.body().get("party").get("name").asText()).isEqualTo(LAB);

        Suite.Answer ceo = suite.post("/v1/paip/identifications?requestId=" + rid(), state, """
                {"party": {"kind": "PERSON", "name": "%s", "countries": ["CN"]}, "clause": "IV", "reportYear": 2026,
                 "relatedIdentificationId": "%s", "narrative": "Assessment: as chief executive directed the campaign."}"""
                .formatted(CEO, labId));
        assertThat(ceo.status()).as(ceo.body().toString()).isEqualTo(201);
        ceoId = ceo.body().get("id").asText();
        assertThat(ceo.body().get("relatedIdentificationId").asText()).isEqualTo(labId);

        Suite.Answer noNarrative = suite.post("/v1/paip/identifications?requestId=" + rid(), state, """
                {"party": {"kind": "ORGANIZATION", "name": "Silent Lab %s"}, "clause": "I", "reportYear": 2026}""".formatted(SUFFIX));
        assertThat(noNarrative.status()).isEqualTo(422);
        assertThat(noNarrative.body().get("reason").asText()).isEqualTo("PAIP_NARRATIVE_REQUIRED");
        assertThat(noNarrative.body().get("field").asText()).isEqualTo("narrative");
    }

    @Test
    @Order(2)
    void packagesThatTheStatuteForbidsAreRefusedWithTheirReason() throws Exception {
        Suite.Answer four = suite.post("/v1/paip/identifications/" + labId + "/packages?requestId=" + rid(), state, """
                {"measures": ["A", "B", "H", "I"], "effectiveFrom": "2026-12-01"}""");
        assertThat(four.status()).as(four.body().toString()).isEqualTo(422);
        assertThat(four.contentType()).startsWith("application/problem+json");
        assertThat(four.body().get("reason").asText()).isEqualTo("PAIP_FEWER_THAN_FIVE");
        assertThat(four.body().get("citation").asText()).isEqualTo("50 U.S.C. 1709(b)(1)");
        assertThat(four.body().get("field").asText()).isEqualTo("measures");

        Suite.Answer bank = suite.post("/v1/paip/identifications/" + labId + "/packages?requestId=" + rid(), state, """
                {"measures": ["A", "B", "F(i)", "H", "I"], "effectiveFrom": "2026-12-01"}""");
        assertThat(bank.status()).as(bank.body().toString()).isEqualTo(422);
        assertThat(bank.body().get("reason").asText()).isEqualTo("PAIP_NOT_A_FINANCIAL_INSTITUTION");
        assertThat(bank.body().get("citation").asText()).isEqualTo("50 U.S.C. 1709(b)(1)(F)");

        Suite.Answer noRequestId = suite.post("/v1/paip/identifications/" + labId + "/packages", state, """
                {"measures": ["A", "B", "H", "I", "J"], "effectiveFrom": "2026-12-01"}""");
        assertThat(noRequestId.status()).isEqualTo(400);
        assertThat(noRequestId.body().get("reason").asText()).isEqualTo("MISSING_REQUEST_ID");

        Suite.Answer byProvider = suite.post("/v1/paip/identifications/" + labId + "/packages?requestId=" + rid(), provider, """
                {"measures": ["A", "B", "H", "I", "J"], "effectiveFrom": "2026-12-01"}""");
        assertThat(byProvider.status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void aSeverePackageIsImposedAndItsDesignationsReachDesignationLists() throws Exception {
        Suite.Answer proposal = suite.post("/v1/paip/identifications/" + labId + "/packages:propose", analyst, """
                {"calibration": "SEVERE"}""");
        assertThat(proposal.status()).as(proposal.body().toString()).isEqualTo(200);
        List<String> measures = new ArrayList<>();
        proposal.body().get("measures").forEach(m -> measures.add(m.asText()));
        assertThat(measures).containsExactly("A", "B", "H", "I", "J");

        Suite.Answer imposed = suite.post("/v1/paip/identifications/" + labId + "/packages?requestId=" + rid(), state, """
                {"measures": ["A", "B", "H", "I", "J"], "effectiveFrom": "2026-12-01"}""");
        assertThat(imposed.status()).as(imposed.body().toString()).isEqualTo(201);
        labPackage = imposed.body().get("id").asText();
        assertThat(imposed.body().get("status").asText()).isEqualTo("IMPOSED");
        assertThat(imposed.body().get("licenseReviewPolicy").asText()).isEqualTo("Presumption of denial");

        Suite.Answer individual = suite.post("/v1/paip/identifications/" + ceoId + "/packages?requestId=" + rid(), state, """
                {"effectiveFrom": "2026-12-01"}""");
        assertThat(individual.status()).as(individual.body().toString()).isEqualTo(201);
        ceoPackage = individual.body().get("id").asText();

        JsonNode lab = awaitPackage(labPackage, p -> p.path("designationIds").size() == 2);
        lab.get("designationIds").forEach(d -> labDesignations.add(d.asText()));
        JsonNode ceo = awaitPackage(ceoPackage, p -> p.path("designationIds").size() == 1);
        ceo.get("designationIds").forEach(d -> ceoDesignations.add(d.asText()));

        Suite.Answer a = suite.get("/v1/designations/" + labDesignations.get(0) + "?asOf=2026-12-05", analyst);
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().get("list").asText()).isEqualTo("PAIP");
        assertThat(a.body().get("party").get("name").asText()).isEqualTo(LAB);
        assertThat(a.body().get("effectiveFrom").asText()).isEqualTo("2026-12-01");
        Suite.Answer b = suite.get("/v1/designations/" + labDesignations.get(1) + "?asOf=2026-12-05", analyst);
        assertThat(b.body().get("list").asText()).isEqualTo("ENTITY_LIST");
        assertThat(b.body().get("licenseRequirement").asText()).isEqualTo("For all items subject to the EAR");
        Suite.Answer person = suite.get("/v1/designations/" + ceoDesignations.get(0) + "?asOf=2026-12-05", analyst);
        assertThat(person.body().get("list").asText()).isEqualTo("PAIP");
        assertThat(person.body().get("party").get("kind").asText()).isEqualTo("PERSON");
    }

    @Test
    @Order(4)
    void aProvidersScreeningOfTheLabAndItsChiefExecutiveIsProhibitedUnderThePaipAct() throws Exception {
        Suite.Answer lab = suite.post("/v1/screenings", provider, screening("ORGANIZATION", LAB, "2026-12-05"));
        assertThat(lab.status()).as(lab.body().toString()).isEqualTo(200);
        assertThat(lab.body().get("verdict").asText()).as(lab.body().toString()).isEqualTo("PROHIBITED");
        List<JsonNode> reasons = paipReasons(lab.body());
        assertThat(reasons).as(lab.body().toString()).anySatisfy(r -> {
            assertThat(r.get("verdict").asText()).isEqualTo("PROHIBITED");
            assertThat(r.get("list").asText()).isEqualTo("PAIP");
            assertThat(r.get("citation").asText()).contains("50 U.S.C. 1709");
            assertThat(r.get("designationId").asText()).isEqualTo(labDesignations.get(0));
        });

        Suite.Answer ceo = suite.post("/v1/screenings", provider, screening("PERSON", CEO, "2026-12-05"));
        assertThat(ceo.status()).as(ceo.body().toString()).isEqualTo(200);
        assertThat(ceo.body().get("verdict").asText()).as(ceo.body().toString()).isEqualTo("PROHIBITED");
        assertThat(paipReasons(ceo.body())).anySatisfy(r -> {
            assertThat(r.get("verdict").asText()).isEqualTo("PROHIBITED");
            assertThat(r.get("designationId").asText()).isEqualTo(ceoDesignations.get(0));
        });

        // its 50%-owned subsidiary is blocked too: the OFAC 50 percent rule over the PAIP blocking designation
        String subsidiary = "Frontier Compute Rental " + SUFFIX + " Ltd";
        Suite.Answer own = suite.post("/v1/ownerships?requestId=" + rid(), state, """
                {"owner": "%s", "owned": {"kind": "ORGANIZATION", "name": "%s"}, "percent": "50",
                 "effectiveFrom": "2026-06-01", "source": "corporate registry extract"}""".formatted(labDesignations.get(0), subsidiary));
        assertThat(own.status()).as(own.body().toString()).isEqualTo(201);
        Suite.Answer sub = suite.post("/v1/screenings", provider, screening("ORGANIZATION", subsidiary, "2026-12-05"));
        assertThat(sub.body().get("verdict").asText()).as(sub.body().toString()).isEqualTo("PROHIBITED");
        assertThat(sub.body().get("reasons").toString()).contains("BLOCKED_BY_OWNERSHIP").contains("50%");
        Suite.Answer subBefore = suite.post("/v1/screenings", provider, screening("ORGANIZATION", subsidiary, "2026-11-30"));
        assertThat(subBefore.body().get("verdict").asText()).isNotEqualTo("PROHIBITED");

        Suite.Answer before = suite.post("/v1/screenings", provider, screening("ORGANIZATION", LAB, "2026-11-30"));
        assertThat(before.body().get("verdict").asText()).as(before.body().toString()).isNotEqualTo("PROHIBITED");
        assertThat(paipReasons(before.body())).isEmpty();
    }

    @Test
    @Order(5)
    void aPackageNeverWaivedStopsApplyingAtTheSunset() throws Exception {
        String name = "Sunset Distillation Lab " + SUFFIX;
        Suite.Answer ident = suite.post("/v1/paip/identifications?requestId=" + rid(), state, """
                {"party": {"kind": "ORGANIZATION", "name": "%s", "countries": ["CN"]}, "clause": "I",
                 "isFinancialInstitution": false, "reportYear": 2026,
                 "narrative": "Ran a distillation pipeline against a U.S. model through resold API keys."}""".formatted(name));
        assertThat(ident.status()).as(ident.body().toString()).isEqualTo(201);
        Suite.Answer imposed = suite.post("/v1/paip/identifications/" + ident.body().get("id").asText() + "/packages?requestId=" + rid(),
                state, """
                {"measures": ["A", "B", "H", "I", "J"], "effectiveFrom": "2026-12-01"}""");
        assertThat(imposed.status()).as(imposed.body().toString()).isEqualTo(201);
        JsonNode pkg = awaitPackage(imposed.body().get("id").asText(),
                p -> p.path("designationIds").size() == 2 && allRemovalsDone(p));
        String blocking = pkg.get("designationIds").get(0).asText();

        // the designation carries its statutory end from the start
        Suite.Answer atSunset = suite.get("/v1/designations/" + blocking + "?asOf=2030-01-05", analyst);
        assertThat(atSunset.body().get("removedOn").asText()).as(atSunset.body().toString()).isEqualTo("2030-01-05");
        assertThat(atSunset.body().get("removalReason").asText()).contains("1709(f)");

        Suite.Answer lastDay = suite.post("/v1/screenings", provider, screening("ORGANIZATION", name, "2030-01-04"));
        assertThat(lastDay.body().get("verdict").asText()).as(lastDay.body().toString()).isEqualTo("PROHIBITED");
        assertThat(paipReasons(lastDay.body())).isNotEmpty();
        Suite.Answer after = suite.post("/v1/screenings", provider, screening("ORGANIZATION", name, "2030-01-06"));
        assertThat(after.status()).as(after.body().toString()).isEqualTo(200);
        assertThat(after.body().get("verdict").asText()).as(after.body().toString()).isNotEqualTo("PROHIBITED");
        assertThat(paipReasons(after.body())).as(after.body().toString()).isEmpty();
    }

    @Test
    @Order(6)
    void afterAWaiverTheScreeningNoLongerCarriesThePaipReasons() throws Exception {
        String justification = "National interest determination: negotiated deletion of the distilled weights.";
        Suite.Answer noWhy = suite.post("/v1/paip/packages/" + labPackage + ":waive?requestId=" + rid(), state, """
                {"effectiveOn": "2027-01-10"}""");
        assertThat(noWhy.status()).isEqualTo(422);
        assertThat(noWhy.body().get("reason").asText()).isEqualTo("PAIP_WAIVER_NEEDS_JUSTIFICATION");

        for (String pkg : List.of(labPackage, ceoPackage)) {
            Suite.Answer w = suite.post("/v1/paip/packages/" + pkg + ":waive?requestId=" + rid(), state, """
                    {"effectiveOn": "2027-01-10", "justification": "%s"}""".formatted(justification));
            assertThat(w.status()).as(w.body().toString()).isEqualTo(200);
            assertThat(w.body().get("status").asText()).isEqualTo("WAIVED");
            assertThat(w.body().get("congressNoticeDue").asText()).isEqualTo("2027-01-25");
            awaitPackage(pkg, PaipIT::allRemovalsDone);
        }
        Suite.Answer removed = suite.get("/v1/designations/" + labDesignations.get(0) + "?asOf=2027-01-15", analyst);
        assertThat(removed.body().get("removedOn").asText()).as(removed.body().toString()).isEqualTo("2027-01-10");
        assertThat(removed.body().get("removalReason").asText()).contains(justification);

        Suite.Answer lab = suite.post("/v1/screenings", provider, screening("ORGANIZATION", LAB, "2027-01-15"));
        assertThat(lab.status()).as(lab.body().toString()).isEqualTo(200);
        assertThat(lab.body().get("verdict").asText()).as(lab.body().toString()).isNotEqualTo("PROHIBITED");
        assertThat(paipReasons(lab.body())).as(lab.body().toString()).isEmpty();
        Suite.Answer ceo = suite.post("/v1/screenings", provider, screening("PERSON", CEO, "2027-01-15"));
        assertThat(ceo.body().get("verdict").asText()).as(ceo.body().toString()).isNotEqualTo("PROHIBITED");
        assertThat(paipReasons(ceo.body())).isEmpty();

        // history stays: before the waiver the lab was prohibited
        Suite.Answer during = suite.post("/v1/screenings", provider, screening("ORGANIZATION", LAB, "2026-12-05"));
        assertThat(during.body().get("verdict").asText()).isEqualTo("PROHIBITED");
    }

    @Test
    @Order(7)
    void theReportToCongressListsTheIdentificationsAsJsonAndHtml() throws Exception {
        Suite.Answer json = suite.get("/v1/paip/reports/2026", analyst);
        assertThat(json.status()).as(json.body().toString()).isEqualTo(200);
        assertThat(json.body().toString()).contains(LAB).contains(CEO).contains(labPackage);

        HttpResponse<String> html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + suite.gatewayPort + "/v1/paip/reports/2026?format=html"))
                .header("Authorization", "Bearer " + analyst).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains(LAB).contains("2027-01-25");
    }
}
