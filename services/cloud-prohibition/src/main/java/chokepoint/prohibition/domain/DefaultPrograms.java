package chokepoint.prohibition.domain;

import static chokepoint.prohibition.domain.ServiceType.AI_INFERENCE_COMPUTE;
import static chokepoint.prohibition.domain.ServiceType.AI_SAFETY_DIALOGUE;
import static chokepoint.prohibition.domain.ServiceType.AI_TRAINING_COMPUTE;
import static chokepoint.prohibition.domain.ServiceType.EAR_ITEM_EXPORT;
import static chokepoint.prohibition.domain.ServiceType.GENERAL_COMPUTE;
import static chokepoint.prohibition.domain.ServiceType.MODEL_API_ACCESS;
import static chokepoint.prohibition.domain.ServiceType.NETWORKING;
import static chokepoint.prohibition.domain.ServiceType.STORAGE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The built-in programs as data: who they reach, their effect per service type, their windows and dated
 * milestones, with citations. docs/rules.md renders the same table. Agency-enacted programs (e.g. the
 * Phase 2 IEEPA AI-training prohibition, {@link #ieepaAiTrainingProhibition}) are evaluated by the same
 * {@link ProgramPolicy}.
 */
public final class DefaultPrograms {
    // Authorities. IEEPA-based prohibitions bind U.S. persons (50 U.S.C. 1702, 1705).
    public static final String OFAC = "OFAC";
    public static final String IEEPA = "IEEPA";
    public static final String PAIP_AUTHORITY = "PAIP";
    public static final String EAR = "EAR";
    public static final String TREASURY = "TREASURY";
    public static final String DOD = "DOD";
    /** Authorities whose prohibitions bind U.S. persons only (a non-U.S. provider faces derivative exposure instead). */
    public static final Set<String> US_PERSON_AUTHORITIES = Set.of(OFAC, IEEPA, PAIP_AUTHORITY, TREASURY);

    public static final String SDN_ID = "SDN";
    public static final String CYBER2_ID = "CYBER2";
    public static final String PAIP_ID = "PAIP";
    public static final String ENTITY_LIST_ID = "ENTITY_LIST";
    public static final String MEU_ID = "MEU";
    public static final String UVL_ID = "UVL";
    public static final String DPL_ID = "DPL";
    public static final String NS_CMIC_ID = "NS_CMIC";
    public static final String SECTION_1260H_ID = "SECTION_1260H";
    public static final String IEEPA_AI_TRAINING_ID = "IEEPA_AI_TRAINING";

    /** The day BIS issued the guidance below; its red flags apply to screenings as of this day or later. */
    public static final LocalDate BIS_MAY_2025_GUIDANCE_DATE = LocalDate.of(2025, 5, 13);
    public static final String BIS_MAY_2025_GUIDANCE = "BIS, Industry Guidance to Prevent Diversion of Advanced"
            + " Computing Integrated Circuits and Commodities (May 13, 2025)";
    /** The standards-related carve-out; the paper asks to extend it to AI safety and risk dialogues (not law yet). */
    public static final String SAFETY_DIALOGUE_CARVE_OUT = "89 FR 58265 (July 18, 2024); 15 CFR 734.10";
    public static final String NOT_AN_ITEM = "Cloud services are not \"items\" subject to the EAR (15 CFR 734.3,"
            + " 772.1; BIS advisory opinions of Jan. 13, 2009 and Apr. 10, 2014 on cloud computing)";

    private static final List<ServiceType> ALL = List.of(ServiceType.values());

    private DefaultPrograms() {
    }

    /** Ids of the built-in programs; an agency-enacted program may not reuse them (ProtoMapper rejects it). */
    public static Set<String> builtInIds() {
        return Set.of(SDN_ID, CYBER2_ID, PAIP_ID, ENTITY_LIST_ID, MEU_ID, UVL_ID, DPL_ID, NS_CMIC_ID, SECTION_1260H_ID);
    }

    /** Every built-in program, in force by its own window. */
    public static List<Program> builtIn() {
        return List.of(cyber2(), sdn(), paip(), entityList(), meu(), dpl(), uvl(), nsCmic(), section1260h());
    }

    private static List<ProgramEffect> every(Verdict v, ReasonCode code, String note) {
        return ALL.stream().map(t -> new ProgramEffect(t, v, code, note)).toList();
    }

    private static final String BLOCKING_NOTE = "Blocking: all transactions and services by U.S. persons with the"
            + " blocked person are prohibited, AI safety dialogues included (no carve-out applies to blocking).";

    /** OFAC SDN list: blocking under the IEEPA programs (all SDN entries). */
    public static Program sdn() {
        return new Program(SDN_ID, OFAC, "OFAC Specially Designated Nationals (blocking)",
                "50 U.S.C. 1702(a)(1)(B); 31 CFR 501 and the program regulations (e.g. 31 CFR 578)",
                ProgramScope.lists("SDN"), every(Verdict.PROHIBITED, ReasonCode.BLOCKED_PARTY, BLOCKING_NOTE),
                null, null, 1, "Any SDN entry: blocking, all U.S.-person dealings prohibited.", List.of());
    }

    /** CYBER2: EO 13694 (80 FR 18077, Apr. 1, 2015) as amended by EO 13757 (82 FR 1, Jan. 3, 2017). */
    public static Program cyber2() {
        return new Program(CYBER2_ID, OFAC, "Cyber-related sanctions (EO 13694 as amended)",
                "EO 13694 (80 FR 18077) as amended by EO 13757 (82 FR 1) and EO 14144; 31 CFR part 578",
                ProgramScope.tags("CYBER1", "CYBER2"),
                every(Verdict.PROHIBITED, ReasonCode.BLOCKED_PARTY, BLOCKING_NOTE),
                LocalDate.of(2015, 4, 1), null, 1,
                "Blocking of persons engaged in significant malicious cyber-enabled activities, incl. misappropriation"
                        + " of trade secrets for commercial or competitive advantage (EO 13694 sec. 1(a)(ii)(D) as"
                        + " amended by EO 14144 sec. 9).", List.of());
    }

    /** PAIP Act blocking of identified entities (b)(1)(A) and individuals (b)(2)(A); sunset 2030-01-05. */
    public static Program paip() {
        return new Program(PAIP_ID, PAIP_AUTHORITY, "Protecting American Intellectual Property Act (blocking)",
                "50 U.S.C. 1709(b)(1)(A), (b)(2)(A); sunset 50 U.S.C. 1709 note (Jan. 5, 2030)",
                new ProgramScope(List.of("PAIP"), List.of(), List.of("PAIP")),
                every(Verdict.PROHIBITED, ReasonCode.BLOCKED_PARTY, BLOCKING_NOTE),
                LocalDate.of(2023, 1, 5), LocalDate.of(2030, 1, 5), 1,
                "Blocking imposed as one of the menu measures for trade-secret theft.", List.of());
    }

    /** BIS Entity List (15 CFR 744.11, 744.16, Supp. 4 to part 744); also carries affiliates (Supp. 8). */
    public static Program entityList() {
        List<ProgramEffect> e = new ArrayList<>();
        e.add(new ProgramEffect(EAR_ITEM_EXPORT, Verdict.LICENSE_REQUIRED, ReasonCode.ENTITY_LIST_LICENSE_REQUIRED,
                "License required to export, reexport or transfer (in-country) the items in the License Requirement"
                        + " column of the entry (for an affiliate: of its listed owners' entries, the most restrictive"
                        + " applying); no license exceptions (15 CFR 744.11(a)(1), 744.16)."));
        e.add(new ProgramEffect(AI_TRAINING_COMPUTE, Verdict.REVIEW, ReasonCode.ENTITY_LIST_AI_COMPUTE_RED_FLAG,
                "No license requirement reaches cloud compute (not an item), but IaaS for training AI models"
                        + " for such parties is a red flag (" + BIS_MAY_2025_GUIDANCE + "); review before"
                        + " provisioning."));
        for (ServiceType t : List.of(AI_INFERENCE_COMPUTE, MODEL_API_ACCESS)) {
            e.add(new ProgramEffect(t, Verdict.REVIEW, ReasonCode.ENTITY_LIST_AI_COMPUTE_RED_FLAG,
                    "No license requirement reaches cloud compute (not an item). The guidance names IaaS for"
                            + " training AI models for such parties as a red flag (" + BIS_MAY_2025_GUIDANCE
                            + "); " + t.label() + " can host training the provider cannot see, or feed it (the"
                            + " distillation of a model through its outputs), so review before provisioning."));
        }
        e.add(new ProgramEffect(GENERAL_COMPUTE, Verdict.REVIEW, ReasonCode.ENTITY_LIST_GENERAL_COMPUTE_RED_FLAG,
                NOT_AN_ITEM + ", but general compute can host AI training the provider cannot see; the same red"
                        + " flag applies (" + BIS_MAY_2025_GUIDANCE + ")."));
        for (ServiceType t : List.of(STORAGE, NETWORKING)) {
            e.add(new ProgramEffect(t, Verdict.NOTE, ReasonCode.ENTITY_LIST_CLOUD_SERVICE_NOT_AN_ITEM,
                    NOT_AN_ITEM + "; no license requirement applies. Recorded; any EAR item or technology release"
                            + " in the relationship still needs a license."));
        }
        e.add(new ProgramEffect(AI_SAFETY_DIALOGUE, Verdict.NOTE, ReasonCode.AI_SAFETY_DIALOGUE_CARVE_OUT,
                "An AI safety and risk dialogue is not itself an export of an item: the Entity List's license"
                        + " requirement (15 CFR 744.11) reaches it only if the dialogue releases technology or"
                        + " software subject to the EAR, so confirm none is released. Releases in standards-related"
                        + " activities are authorized (" + SAFETY_DIALOGUE_CARVE_OUT + "); extending that carve-out to"
                        + " AI safety and risk dialogues, as the paper asks, is not law yet. This note is the Entity"
                        + " List's only: it does not lift a blocking or any other prohibition given in the same"
                        + " answer."));
        return new Program(ENTITY_LIST_ID, EAR, "BIS Entity List",
                "15 CFR 744.11, 744.16; Supp. No. 4 to part 744", ProgramScope.lists("ENTITY_LIST"), e,
                LocalDate.of(1997, 2, 3), null, 1, "License requirements per entry; affiliates per Supp. 8.",
                List.of());
    }

    /** BIS Military End-User List (15 CFR 744.21, Supp. 2 and Supp. 7 to part 744). */
    public static Program meu() {
        List<ProgramEffect> e = new ArrayList<>();
        e.add(new ProgramEffect(EAR_ITEM_EXPORT, Verdict.LICENSE_REQUIRED, ReasonCode.MEU_LICENSE_REQUIRED,
                "License required for the items in Supp. No. 2 to part 744 (15 CFR 744.21(a)); presumption of denial"
                        + " (744.21(e))."));
        for (ServiceType t : List.of(AI_TRAINING_COMPUTE, AI_INFERENCE_COMPUTE, MODEL_API_ACCESS, GENERAL_COMPUTE)) {
            e.add(new ProgramEffect(t, Verdict.REVIEW, ReasonCode.MEU_AI_COMPUTE_RED_FLAG,
                    "Military end user: compute that can train AI models is a red flag (" + BIS_MAY_2025_GUIDANCE
                            + "); review before provisioning."));
        }
        for (ServiceType t : List.of(STORAGE, NETWORKING)) {
            e.add(new ProgramEffect(t, Verdict.NOTE, ReasonCode.MEU_CLOUD_SERVICE_NOT_AN_ITEM, NOT_AN_ITEM + "."));
        }
        e.add(new ProgramEffect(AI_SAFETY_DIALOGUE, Verdict.NOTE, ReasonCode.MEU_CLOUD_SERVICE_NOT_AN_ITEM,
                "An AI safety and risk dialogue is not itself an export of an item: the military end-user license"
                        + " requirement (15 CFR 744.21) reaches it only if the dialogue releases items listed in"
                        + " Supp. No. 2 to part 744, so confirm none is released."));
        return new Program(MEU_ID, EAR, "BIS Military End-User List",
                "15 CFR 744.21; Supp. Nos. 2 and 7 to part 744", ProgramScope.lists("MEU"), e,
                LocalDate.of(2020, 12, 23), null, 1, "Military end-user license requirements.", List.of());
    }

    /** A license review policy the regulation itself states for a program's entries. */
    public record StatedPolicy(LicenseReviewPolicy policy, String citation) {
    }

    /**
     * The policy that applies when an entry states none, or null where the regulation states none either: MEU
     * license applications are reviewed with a presumption of denial (15 CFR 744.21(e)); Entity List entries each
     * state their own (Supp. No. 4 to part 744).
     */
    public static StatedPolicy policyWhenEntryStatesNone(String programId) {
        return MEU_ID.equals(programId) ? new StatedPolicy(LicenseReviewPolicy.PRESUMPTION_OF_DENIAL, "15 CFR 744.21(e)")
                : null;
    }

    /** BIS Denied Persons List: denial orders (15 CFR 764.3(a)(2); General Prohibition Four, 736.2(b)(4)). */
    public static Program dpl() {
        List<ProgramEffect> e = new ArrayList<>();
        e.add(new ProgramEffect(EAR_ITEM_EXPORT, Verdict.PROHIBITED, ReasonCode.DENIED_PERSON_EXPORT_PROHIBITED,
                "A denial order bars any person from exporting items subject to the EAR to, or participating in any"
                        + " transaction with, the denied person (General Prohibition Four, 15 CFR 736.2(b)(4))."));
        for (ServiceType t : ALL) {
            if (t != EAR_ITEM_EXPORT) {
                e.add(new ProgramEffect(t, Verdict.REVIEW, ReasonCode.DENIED_PERSON_RED_FLAG,
                        "The denial order reaches any transaction involving items subject to the EAR (software,"
                                + " technology, model weights, SDKs, hardware delivered with the service); "
                                + t.label() + " is not itself an item, so a human must confirm no item is involved."));
            }
        }
        return new Program(DPL_ID, EAR, "BIS Denied Persons List",
                "15 CFR 764.3(a)(2), 736.2(b)(4); Supp. No. 1 to part 764 (standard denial order)",
                ProgramScope.lists("DPL"), e, null, null, 1, "Denial of export privileges.", List.of());
    }

    /** BIS Unverified List (15 CFR 744.15, Supp. No. 6 to part 744). */
    public static Program uvl() {
        List<ProgramEffect> e = new ArrayList<>();
        e.add(new ProgramEffect(EAR_ITEM_EXPORT, Verdict.REVIEW, ReasonCode.UNVERIFIED_LIST_STATEMENT_REQUIRED,
                "Obtain the UVL statement from the party before the export; no license exceptions (15 CFR"
                        + " 744.15(b)); a UVL party is a red flag (Supp. No. 3 to part 732)."));
        for (ServiceType t : ALL) {
            if (t != EAR_ITEM_EXPORT) {
                e.add(new ProgramEffect(t, Verdict.NOTE, ReasonCode.UNVERIFIED_LIST_NOTE,
                        "UVL conditions exports of items only; recorded for the analyst."));
            }
        }
        return new Program(UVL_ID, EAR, "BIS Unverified List", "15 CFR 744.15; Supp. No. 6 to part 744",
                ProgramScope.lists("UVL"), e, null, null, 1, "End-use checks could not be completed.", List.of());
    }

    /** NS-CMIC: securities only (EO 13959 as amended by EO 14032; 31 CFR part 586). */
    public static Program nsCmic() {
        return new Program(NS_CMIC_ID, TREASURY, "Non-SDN Chinese Military-Industrial Complex Companies List",
                "EO 13959 as amended by EO 14032 (86 FR 30145), sec. 1; 31 CFR part 586",
                ProgramScope.lists("NS_CMIC"),
                every(Verdict.NOTE, ReasonCode.NS_CMIC_SECURITIES_ONLY,
                        "Securities only: from 60 days after the listing U.S. persons may not purchase publicly"
                                + " traded securities of the listed company, and holders must divest within 365 days"
                                + " (dates below); this list imposes no restriction on providing services."),
                LocalDate.of(2021, 8, 2), null, 1, "Capital-markets restriction.",
                List.of(Milestone.afterListing("purchase prohibition begins", 60, "EO 14032 sec. 1(a)(i), (b)"),
                        Milestone.afterListing("divestment window ends", 365, "EO 14032 sec. 1(c)")));
    }

    /** DoD Section 1260H list with the FY2024 NDAA sec. 805 procurement dates. */
    public static Program section1260h() {
        List<ProgramEffect> e = new ArrayList<>(every(Verdict.NOTE, ReasonCode.SECTION_1260H_PROCUREMENT,
                "This list restricts DoD procurement only (dates below); it imposes no prohibition on private"
                        + " dealings."));
        e.add(new ProgramEffect(AI_TRAINING_COMPUTE, Verdict.REVIEW, ReasonCode.SECTION_1260H_MILITARY_END_USE_RED_FLAG,
                "Listed as a Chinese military company: AI training compute is a military end-use red flag"
                        + " (15 CFR 744.21 and Supp. No. 3 to part 732); review before provisioning."));
        return new Program(SECTION_1260H_ID, DOD, "DoD Section 1260H Chinese Military Companies List",
                "NDAA FY2021 sec. 1260H (10 U.S.C. 113 note); NDAA FY2024 sec. 805 (Pub. L. 118-31)",
                ProgramScope.lists("SECTION_1260H"), e, LocalDate.of(2021, 1, 1), null, 1,
                "Procurement restrictions with dated effect.",
                List.of(Milestone.on("DoD may not contract with listed entities (or entities they control)",
                                LocalDate.of(2026, 6, 30), "NDAA FY2024 sec. 805(a)(1)"),
                        Milestone.on("DoD may not procure goods or services produced by listed entities",
                                LocalDate.of(2027, 6, 30), "NDAA FY2024 sec. 805(a)(2)")));
    }

    /**
     * Phase 2 of the paper: a targeted services prohibition under a new IEEPA order. U.S. IaaS providers may
     * not furnish AI training compute to the designees in scope, without making them SDNs. Not enacted by
     * default: an agency enacts it (ProgramService.CreateProgram) with its date and scope.
     *
     * @param effectiveFrom the day the order takes effect
     * @param scope e.g. {@code ProgramScope.lists("ENTITY_LIST")} (all Entity List designees) or named ids
     */
    public static Program ieepaAiTrainingProhibition(LocalDate effectiveFrom, ProgramScope scope) {
        if (effectiveFrom == null) {
            throw new InvalidRequest(ValidationCode.PROGRAM_WINDOW_INVALID, "program.effective_from",
                    "the prohibition needs an effective date").toException();
        }
        if (scope == null || scope.isEmpty()) {
            throw new InvalidRequest(ValidationCode.PROGRAM_SCOPE_EMPTY, "program.scope",
                    "the prohibition needs a scope").toException();
        }
        return new Program(IEEPA_AI_TRAINING_ID, IEEPA, "Targeted prohibition: AI training compute",
                "50 U.S.C. 1701-1702; Executive order on foreign threats to U.S. AI leadership (Phase 2)", scope,
                List.of(new ProgramEffect(AI_TRAINING_COMPUTE, Verdict.PROHIBITED,
                        ReasonCode.TARGETED_SERVICE_PROHIBITION,
                        "U.S. IaaS providers may not furnish AI training compute to the designees in scope"
                                + " (a targeted services prohibition: this program does not block the designees).")),
                effectiveFrom, null, 1,
                "Phase 2 targeted services prohibition on AI training compute.", List.of());
    }

    /** The Phase 2 prohibition reaching every Entity List designee, as the paper recommends. */
    public static Program ieepaAiTrainingProhibitionForEntityList(LocalDate effectiveFrom) {
        return ieepaAiTrainingProhibition(effectiveFrom, ProgramScope.lists("ENTITY_LIST"));
    }
}
