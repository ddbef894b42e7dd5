package chokepoint.prohibition.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns PartyFacts into the customer's {@link Listing}s in force on asOf. */
public final class Listings {
    /** OFAC, "Revised Guidance on Entities Owned by Persons Whose Property and Interests in Property Are Blocked" (Aug. 13, 2014); FAQs 398-402. */
    public static final String OFAC_50_PERCENT_RULE = "OFAC 50 Percent Rule guidance (Aug. 13, 2014); OFAC FAQs 398-402";
    /** BIS Affiliates Rule, 90 FR 47201 (Sept. 30, 2025), Supp. 8 to 15 CFR part 744. */
    public static final String AFFILIATES_RULE = "15 CFR 744.11 and Supp. 8 to part 744 (Affiliates Rule, 90 FR 47201)";

    private Listings() {
    }

    static Hit better(Hit a, Hit b) {
        if (a.identifierMatch() != b.identifierMatch()) {
            return a.identifierMatch() ? a : b;
        }
        return b.score() > a.score() ? b : a;
    }

    public static List<Listing> of(PartyFacts facts, java.time.LocalDate asOf) {
        List<Listing> out = new ArrayList<>();
        if (facts == null) {
            return out;
        }
        // One listing per designation: an identifier match first, else the best-scoring name.
        java.util.Map<String, Hit> best = new java.util.LinkedHashMap<>();
        for (Hit h : facts.hits()) {
            Designation d = h.designation();
            if (d == null || !h.aboutCustomer() || !h.conclusive() || !d.inForceOn(asOf)) {
                continue;
            }
            best.merge(d.list() + "|" + d.id(), h, Listings::better);
        }
        for (Hit h : best.values()) {
            Designation d = h.designation();
            out.add(new Listing(h.identifierMatch() ? Listing.Via.IDENTIFIER_MATCH : Listing.Via.NAME_MATCH,
                    h.subject(), List.of(d.list()), d, List.of(), d.programs(), h.matchedName(), h.score(),
                    List.of(), d.licenseRequirement(), d.licenseReviewPolicy(), d.licenseReviewPolicyText(),
                    d.effectiveFrom(), "", ""));
        }
        for (DerivedStatus s : facts.derived()) {
            if (s.effectiveFrom() != null && asOf.isBefore(s.effectiveFrom())) {
                continue; // not yet in force on asOf (defensive; designation-lists filters by asOf)
            }
            List<String> paths = s.paths().stream().map(OwnershipPath::render).toList();
            switch (s.kind()) {
                case BLOCKED -> {
                    Set<String> lists = new LinkedHashSet<>();
                    s.sources().forEach(d -> lists.add(d.list().isEmpty() ? "SDN" : d.list()));
                    if (lists.isEmpty()) {
                        lists.add("SDN");
                    }
                    Set<String> tags = new LinkedHashSet<>(s.programs());
                    s.sources().forEach(d -> tags.addAll(d.programs()));
                    out.add(new Listing(Listing.Via.OWNERSHIP_BLOCKED, Hit.CUSTOMER, List.copyOf(lists), null,
                            s.sources(), List.copyOf(tags), "", null, paths, "", LicenseReviewPolicy.UNSPECIFIED,
                            "", s.effectiveFrom(), s.citation().isEmpty() ? OFAC_50_PERCENT_RULE : s.citation(),
                            s.totalPercent()));
                }
                case ENTITY_LIST_AFFILIATE -> {
                    Set<String> lists = new LinkedHashSet<>();
                    // Owners listed under 744.8(a)(1) SDN programs pass on Entity-List-style requirements.
                    s.sources().forEach(d -> lists.add("MEU".equals(d.list()) ? "MEU" : "ENTITY_LIST"));
                    if (lists.isEmpty()) {
                        lists.add("ENTITY_LIST");
                    }
                    LicenseReviewPolicy policy = s.licenseReviewPolicy();
                    for (Designation d : s.sources()) {
                        policy = LicenseReviewPolicy.mostRestrictive(policy, d.licenseReviewPolicy());
                    }
                    out.add(new Listing(Listing.Via.AFFILIATE, Hit.CUSTOMER, List.copyOf(lists), null, s.sources(),
                            List.of(), "", null, paths, s.licenseRequirement(), policy, "", s.effectiveFrom(),
                            s.citation().isEmpty() ? AFFILIATES_RULE : s.citation(), s.totalPercent()));
                }
                default -> {
                    // An unknown derived status is reviewed by UnrecognizedFactsPolicy.
                }
            }
        }
        return out;
    }
}
