// An MSP's year under the ACI MSP: points by indicator, euros, the advance and its minimum, the balance and
// their dates, and the rules of the year. Every figure below is computed by hand from the Cnam's guide of
// the indicators (avenant 1, [cnam-guide-aci-msp]) and written out, so that a change of the library's arithmetic
// or of a figure shows here. docs/funding.md has the same examples.
#include <coordcare/coordcare.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace coordcare;
using funding::msp_agreement;
using funding::msp_indicator_result;

namespace {
date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }
funding::achievement_rate rate(int whole) { return funding::achievement_rate{percent::whole(whole)}; }

/// An MSP signed in 2021 (so that 2024 is a whole year), its health project validated before; four
/// prerequisites met (no crisis in the year: its variable part at 0 %), three protocols (one with an IPA),
/// the concertation at 100 %, ten associated professionals on the information system.
msp_agreement lilas(std::int64_t patientele, int year = 2024) {
    return msp_agreement{ymd(2021, 6, 1),
                         ymd(2021, 3, 1),
                         year,
                         patientele,
                         {msp_indicator_result{msp_indicator::opening_hours},
                          msp_indicator_result{msp_indicator::crisis_response, 1, 0, rate(0)},
                          msp_indicator_result{msp_indicator::coordination},
                          msp_indicator_result{msp_indicator::information_system, 10},
                          msp_indicator_result{msp_indicator::protocols, 3, 1},
                          msp_indicator_result{msp_indicator::concertation}}};
}

funding::msp_year_remuneration computed(const msp_agreement& a, const parameters::figure_set& figures = parameters::national_figures) {
    const auto r = funding::msp_remuneration(a, figures);
    REQUIRE(r.first);
    return *r.first;
}

std::int64_t points_of(const funding::msp_year_remuneration& r, msp_indicator i) {
    for (const auto& line : r)
        if (line.indicator == i) return line.fixed + line.variable;
    return -1;
}

std::vector<std::string> reported(const msp_agreement& a, date as_of) {
    std::vector<std::string> ids;
    for (const auto& d : funding::validate_agreement(a, as_of).diagnostics) ids.emplace_back(d.rule.text());
    return ids;
}
}  // namespace

TEST_CASE("ACI MSP: a patientèle at the reference of 4 000 patients", "[funding][aci_msp]") {
    const auto r = computed(lilas(4'000));
    CHECK(r.edition->id == "ACI_MSP.AVENANT_1");
    // Fixed: 800 + 100 + 1 000 + 500 + 3 × 100 + 40 = 2 740; variable: 1 700 + 10 × 200 + 1 000 = 4 700.
    CHECK(r.fixed_points == 274'000);
    CHECK(r.variable_points == 470'000);
    CHECK(r.amount.value == 52'080_eur);  // 7 440 points × 7 €
    CHECK(points_of(r, msp_indicator::protocols) == 34'000);
    CHECK(points_of(r, msp_indicator::crisis_response) == 10'000);  // no crisis: the 350 variable points at 0 %
    // Advance: 60 % of the prerequisite and socle indicators at 100 %, without the crisis indicator's variable
    // points (paid only for a recognised crisis): 800 + 100 + 2 700 + 2 500 + 340 + 1 000 = 7 440 points =
    // 52 080 € → 31 248 €.
    CHECK(r.advance.value == 31'248_eur);
    CHECK(r.balance == 20'832_eur);
    CHECK(r.advance_due == ymd(2024, 4, 30));
    CHECK(r.balance_due == ymd(2025, 4, 30));
    CHECK(r.prerequisites_met());
    CHECK(reported(lilas(4'000), ymd(2025, 1, 1)).empty());
}

TEST_CASE("ACI MSP: variable points prorated below and above the reference", "[funding][aci_msp]") {
    // 2 000 patients: coordination 1 700 × 2 000 / 4 000 = 850, concertation 500; the information system's
    // points are per professional, not prorated: 2 740 + 850 + 2 000 + 500 = 6 090 points.
    const auto below = computed(lilas(2'000));
    CHECK(below.points() == 609'000);
    CHECK(below.amount.value == 42'630_eur);
    // 10 000 patients: coordination 1 700 × 8 000 / 4 000 + 1 100 × 2 000 / 4 000 = 3 950, concertation
    // 2 500: 2 740 + 3 950 + 2 000 + 2 500 = 11 190 points.
    const auto above = computed(lilas(10'000));
    CHECK(above.points() == 1'119'000);
    CHECK(above.amount.value == 78'330_eur);
    // A patient less than the reference, and one more: the proration is linear and exact to the hundredth.
    // 3 999 patients: coordination 1 699.575 points → 1 699.58 (halves up), concertation 999.75.
    CHECK(computed(lilas(3'999)).variable_points == 169'958 + 200'000 + 99'975);
}

TEST_CASE("ACI MSP: the Cnam guide's examples of the coordination function", "[funding][aci_msp]") {
    const auto coordination_only = [](std::int64_t patients) {
        msp_agreement a = lilas(patients);
        return points_of(computed(a), msp_indicator::coordination);
    };
    CHECK(coordination_only(6'000) == 355'000);    // "1 000 + 1 700 × (6 000/4 000) = 1 000 + 2 550 = 3 550"
    CHECK(coordination_only(8'000) == 440'000);    // "4 400 points × 7 euros = 30 800 euros"
    CHECK(coordination_only(12'000) == 550'000);   // "1 000 + 1 700 × (8 000/4 000) + 1 100 × (4 000/4 000) = 5 500 points"
    CHECK(coordination_only(8'001) == 440'028);    // the band above 8 000 at 1 100 / 4 000 a patient: 0.275 → 0.28
}

TEST_CASE("ACI MSP: an unmet prerequisite pays nothing, and the advance is paid back", "[funding][aci_msp]") {
    msp_agreement a = lilas(4'000);
    a.indicators.erase(a.indicators.begin());  // no opening hours
    const auto r = computed(a);
    CHECK_FALSE(r.prerequisites_met());
    REQUIRE(r.unmet_count == 1);
    CHECK(r.unmet[0] == msp_indicator::opening_hours);
    CHECK(r.amount.value == euros{});
    // The advance was computed on the commitments: 7 440 − 800 = 6 640 points = 46 480 € → 27 888 €.
    CHECK(r.advance.value == 27'888_eur);
    CHECK(r.balance == -27'888_eur);
    CHECK(reported(a, ymd(2025, 1, 1)) == std::vector<std::string>{"MSP.AGREEMENT.PREREQUISITES"});
    CHECK(funding::validate_agreement(a, ymd(2025, 1, 1)).valid());  // a warning: the dossier is right, the MSP is not paid

    msp_agreement not_met = lilas(4'000);
    not_met.indicators[2].count = 0;  // the coordination function reported, not met
    CHECK_FALSE(computed(not_met).prerequisites_met());
}

TEST_CASE("ACI MSP: the crisis indicator is a prerequisite from 2023, optional in 2022", "[funding][aci_msp]") {
    msp_agreement a = lilas(4'000, 2022);
    a.indicators.erase(a.indicators.begin() + 1);
    CHECK(computed(a).prerequisites_met());
    a.year = 2023;
    const auto r = computed(a);
    REQUIRE(r.unmet_count == 1);
    CHECK(r.unmet[0] == msp_indicator::crisis_response);
}

TEST_CASE("ACI MSP: the minimum advance after avenant 1", "[funding][aci_msp]") {
    // 100 patients, one professional: the prerequisites at 100 % (without the crisis's variable points) are
    // 800 + 100 + 1 000 + 42.5 + 500 + 200 = 2 642.5 points = 18 497.50 €, whose 60 % (11 098.50 €) is below
    // the minimum of 12 000 €.
    const msp_agreement small{ymd(2021, 6, 1), ymd(2021, 3, 1), 2024, 100,
                              {msp_indicator_result{msp_indicator::opening_hours}, msp_indicator_result{msp_indicator::crisis_response, 1, 0, rate(0)},
                               msp_indicator_result{msp_indicator::coordination}, msp_indicator_result{msp_indicator::information_system, 1}}};
    const auto r = computed(small);
    CHECK(r.advance.value == 12'000_eur);
    CHECK(r.amount.value == euros::from_cents(1'849'750));  // 2 642.5 points (no crisis) × 7 €
    CHECK(r.balance == euros::from_cents(649'750));
    const auto minimum_used = [](const funding::msp_year_remuneration& x) {
        bool used = false;
        for (const auto& f : x.advance.figures) used = used || f.id == "ACI_MSP.AVENANT_1.ADVANCE_MINIMUM";
        return used;
    };
    CHECK(minimum_used(r));
    CHECK(r.uncertain());  // the minimum is one secondary source's (U)
    // Where it does not bind, the minimum is not among the figures used, and nothing is uncertain.
    CHECK_FALSE(minimum_used(computed(lilas(4'000))));
    CHECK_FALSE(computed(lilas(4'000)).uncertain());
    // The 2017 edition has no minimum: the same MSP in 2021 gets 60 % of its points.
    msp_agreement in_2021 = small;
    in_2021.year = 2021;
    in_2021.signed_on = ymd(2020, 6, 1);  // a whole year under contract
    in_2021.indicators.erase(in_2021.indicators.begin() + 1);  // no crisis indicator in 2017
    const auto before = computed(in_2021);
    CHECK(before.edition->id == "ACI_MSP.2017");
    // 800 + 700 + 1 100 × 100 / 4 000 (27.5) + 500 + 200 = 2 227.5 points = 15 592.50 € → 9 355.50 €.
    CHECK(before.advance.value == euros::from_cents(935'550));
}

TEST_CASE("ACI MSP: the year of signing is prorated to the days under contract", "[funding][aci_msp]") {
    msp_agreement a = lilas(4'000);
    a.signed_on = ymd(2024, 7, 1);  // 184 of 2024's 366 days
    const auto r = computed(a);
    CHECK(r.year_share.numerator == 184);
    CHECK(r.year_share.denominator == 366);
    CHECK(r.amount.value == euros::from_cents(2'618'230));   // 52 080 × 184 / 366 = 26 182.295…
    CHECK(r.advance.value == euros::from_cents(1'570'938));  // 31 248 × 184 / 366 = 15 709.380…
    CHECK(r.advance_due == ymd(2024, 10, 1));                // within three months of signing
    CHECK(r.balance == euros::from_cents(2'618'230 - 1'570'938));
}

TEST_CASE("ACI MSP: the levels, the units and the IPA points", "[funding][aci_msp]") {
    msp_agreement a = lilas(4'000);
    a.indicators.push_back({msp_indicator::quality, 3, 0, rate(100)});         // 100 + 200 + 300
    a.indicators.push_back({msp_indicator::sas_participation, 2});             // 200, not 100 + 200
    a.indicators.push_back({msp_indicator::internships, 2});                   // level 2, a 3rd internship: 450 + 225
    a.indicators.push_back({msp_indicator::public_health, 2, 1, rate(50)});    // 2 × 350 × 50 % + 200 with an IPA
    a.indicators.push_back({msp_indicator::cooperation_protocols, 9});         // 6 at most
    const auto r = computed(a);
    CHECK(points_of(r, msp_indicator::quality) == 60'000);
    CHECK(points_of(r, msp_indicator::sas_participation) == 20'000);
    CHECK(points_of(r, msp_indicator::internships) == 67'500);
    CHECK(points_of(r, msp_indicator::public_health) == 55'000);
    CHECK(points_of(r, msp_indicator::cooperation_protocols) == 60'000);
    CHECK(r.points() == 744'000 + 60'000 + 20'000 + 67'500 + 55'000 + 60'000);
    // Optional indicators do not count in the advance.
    CHECK(r.advance.value == 31'248_eur);
}

TEST_CASE("ACI MSP: the caps, the information system beyond 16 professionals", "[funding][aci_msp]") {
    msp_agreement a = lilas(4'000);
    a.indicators[3].count = 20;  // the Cnam guide: "500 points fixes + 200 points variables × 16 PS + 150 points variables × 4"
    a.indicators[4] = {msp_indicator::protocols, 9, 9};  // 8 protocols at most, each with an IPA
    const auto r = computed(a);
    CHECK(points_of(r, msp_indicator::information_system) == 430'000);
    CHECK(points_of(r, msp_indicator::protocols) == 8 * 14'000);  // (100 + 40) × 8
    a.indicators[3].count = 16;
    CHECK(points_of(computed(a), msp_indicator::information_system) == 370'000);
    a.indicators[3].count = 17;
    CHECK(points_of(computed(a), msp_indicator::information_system) == 385'000);
    // The public-health missions' 200 IPA points come once, with the two missions: one mission with an
    // IPA earns its 350 variable points only.
    a.indicators.push_back({msp_indicator::public_health, 1, 1});
    CHECK(points_of(computed(a), msp_indicator::public_health) == 35'000);
}

TEST_CASE("ACI MSP: the rules of a year", "[funding][aci_msp]") {
    const date as_of = ymd(2025, 6, 1);
    msp_agreement a = lilas(4'000);
    a.year = 2016;
    CHECK(reported(a, as_of) == std::vector<std::string>{"MSP.AGREEMENT.EDITION"});
    a = lilas(4'000);
    a.signed_on = ymd(2025, 1, 10);  // after the year assessed
    CHECK(reported(a, as_of) == std::vector<std::string>{"MSP.AGREEMENT.EDITION"});
    a = lilas(4'000);
    a.project_validated.reset();
    CHECK(reported(a, as_of) == std::vector<std::string>{"MSP.AGREEMENT.PROJECT_VALIDATED"});
    a.project_validated = ymd(2021, 6, 2);  // the day after signing
    CHECK(reported(a, as_of) == std::vector<std::string>{"MSP.AGREEMENT.PROJECT_VALIDATED"});
    a.project_validated = ymd(2021, 6, 1);  // the same day
    CHECK(reported(a, as_of).empty());
    a = lilas(0);
    CHECK(reported(a, as_of) == std::vector<std::string>{"MSP.AGREEMENT.PATIENTELE"});
    CHECK(funding::msp_remuneration(a).second == funding::msp_computation_error::bad_patientele);
    a = lilas(1);
    CHECK(reported(a, as_of).empty());
    a = lilas(4'000, 2021);  // the 2017 edition has no crisis indicator, and no IPA points for protocols
    CHECK(reported(a, as_of) == std::vector<std::string>{"MSP.AGREEMENT.INDICATOR_OF_EDITION", "MSP.AGREEMENT.COUNT"});
    CHECK(funding::msp_remuneration(a).second == funding::msp_computation_error::bad_indicator);
    a = lilas(4'000);
    a.indicators.push_back({msp_indicator::concertation});
    CHECK(reported(a, as_of) == std::vector<std::string>{"MSP.AGREEMENT.INDICATOR_OF_EDITION"});
    a = lilas(4'000);
    a.indicators.push_back({msp_indicator::quality, 4});
    CHECK(reported(a, as_of) == std::vector<std::string>{"MSP.AGREEMENT.COUNT"});
    a.indicators.back().count = 3;
    CHECK(reported(a, as_of).empty());
    a.indicators[5].with_ipa = 2;  // the concertation has one IPA bonus
    CHECK(reported(a, as_of) == std::vector<std::string>{"MSP.AGREEMENT.COUNT"});
    a.indicators[5].with_ipa = 1;
    CHECK(reported(a, as_of).empty());
    a.indicators[4].with_ipa = 4;  // more protocols with an IPA than protocols
    CHECK(reported(a, as_of) == std::vector<std::string>{"MSP.AGREEMENT.COUNT"});
}

TEST_CASE("ACI MSP: a rulebook changes the point's value, and the provenance says so", "[funding][aci_msp][rulebook]") {
    const parameters::rulebook book{"point at 8", {{"ACI_MSP.AVENANT_1.POINT_VALUE", 8_eur, certainty::stated, "a test"}}};
    const auto applied = parameters::apply(parameters::national_figures, book);
    REQUIRE(applied.errors.empty());
    const auto r = computed(lilas(4'000), applied.figures());
    CHECK(r.amount.value == 59'520_eur);  // 7 440 points × 8 €
    REQUIRE(r.amount.figures.count >= 1);
    CHECK(std::string{r.amount.figures.items[0].source.text}.find("rulebook «point at 8»") == 0);
}

TEST_CASE("ACI MSP: a rulebook cannot set a count out of its range", "[funding][aci_msp][rulebook]") {
    const auto refused = [](const char* id, std::int64_t value) {
        const parameters::rulebook book{"bad", {{id, value, certainty::stated, "a test"}}};
        return parameters::apply(parameters::national_figures, book).errors.size() == 1;
    };
    CHECK(refused("ACI_MSP.AVENANT_1.REFERENCE_PATIENTS", 0));           // a division by zero
    CHECK(refused("ACI_MSP.AVENANT_1.REFERENCE_PATIENTS", 10'000'000'000));  // an overflow
    CHECK_FALSE(refused("ACI_MSP.AVENANT_1.REFERENCE_PATIENTS", 1));
    CHECK(refused("ACI_MSP.2017.SISA_MONTHS", 121));
    CHECK_FALSE(refused("ACI_MSP.2017.SISA_MONTHS", 120));
    CHECK(refused("FIR.OCCITANIE.CPTS.START_UP.MONTHS", 1'000'000'000'000));
    CHECK(refused("FIR.OCCITANIE.CPTS.START_UP.PAYMENTS", 0));
    CHECK_FALSE(refused("FIR.OCCITANIE.CPTS.START_UP.PAYMENTS", 1));
}

TEST_CASE("ACI MSP: the six months to become a SISA are the edition's figure", "[funding][aci_msp][structures]") {
    CHECK(rules::msp_aci_requires_sisa::months_to_become_sisa(ymd(2024, 1, 15)) == 6);
    CHECK(parameters::national_figures.aci_msp_edition_on(ymd(2024, 1, 15)).sisa_months.id == "ACI_MSP.AVENANT_1.SISA_MONTHS");
    CHECK(parameters::national_figures.aci_msp_edition_on(ymd(2018, 1, 15)).sisa_months.id == "ACI_MSP.2017.SISA_MONTHS");
}

TEST_CASE("ACI MSP: an MSP with an IPA earns the IPA points on every protocol, as the Cnam's guide counts them", "[funding][aci_msp][ipa]") {
    // The guide: "Si la structure intègre parmi ses professionnels de santé un IPA … 40 points/protocole"; "2 protocoles :
    // 280 points". The IPA is the structure's, not each protocol's.
    msp_agreement a = lilas(4'000);
    a.indicators[4] = {msp_indicator::protocols, 2, 0};  // two protocols, none said "with an IPA"
    CHECK(points_of(computed(a), msp_indicator::protocols) == 2 * 10'000);  // no IPA: 100 points each
    a.has_ipa = true;
    CHECK(points_of(computed(a), msp_indicator::protocols) == 28'000);  // 280 points
    // The concertation's IPA points follow the structure too: 1 000 + 200 variable points at 100 %.
    CHECK(points_of(computed(a), msp_indicator::concertation) == 120'000);
}
