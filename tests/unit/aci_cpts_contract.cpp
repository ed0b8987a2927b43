// The ACI CPTS contract: its rules (a passing and a failing case each), its yearly amounts and its payment
// schedule to the cent, and a rulebook that changes a figure. Every expected amount is computed by hand
// in the comments from the contract's own amounts and the rhythm of [senat-r25-032] and ACI art. 9.1
// [aci-cpts-2019]; docs/funding.md shows the same two contracts.
#include <coordcare/coordcare.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace coordcare;
using namespace coordcare::funding;

namespace {
date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }
euros eur(long long whole, long long cents = 0) { return euros::from_cents(whole * 100 + cents); }
std::array<mission_year, contract_years> every_year(long long fixed, long long variable) {
    std::array<mission_year, contract_years> out{};
    out.fill({euros::whole(fixed), euros::whole(variable)});
    return out;
}

/// A size-2 CPTS signed in 2021, under the ACI of 2019: the three socle missions.
aci_cpts_contract contract_2021() {
    aci_cpts_contract c{"CPTS du Val", "CPAM du Val", "ARS", legal_form::association_1901, ymd(2021, 3, 15), ymd(2021, 1, 10),
                        60'000, cpts_size::two, 5, 60'000_eur, {}};
    c.missions = {{cpts_mission::access_to_care, ymd(2021, 6, 1), ymd(2022, 9, 1), every_year(20'000, 30'000)},
                  {cpts_mission::patient_pathways, ymd(2021, 9, 15), std::nullopt, every_year(15'000, 25'000)},
                  {cpts_mission::prevention, ymd(2022, 3, 15), std::nullopt, every_year(10'000, 20'000)}};
    return c;
}
/// A size-2 CPTS signed in 2023, under avenant 2: four socle missions, the crisis one included.
aci_cpts_contract contract_2023() {
    aci_cpts_contract c{"CPTS des Collines", "CPAM", "ARS", legal_form::association_1901, ymd(2023, 1, 16), ymd(2022, 11, 30),
                        45'000, cpts_size::two, 5, 60'000_eur, {}};
    c.missions = {{cpts_mission::access_to_care, ymd(2023, 4, 3), std::nullopt, every_year(20'000, 30'000)},
                  {cpts_mission::patient_pathways, ymd(2023, 10, 2), std::nullopt, every_year(15'000, 25'000)},
                  {cpts_mission::prevention, ymd(2024, 1, 8), std::nullopt, every_year(10'000, 20'000)},
                  {cpts_mission::crisis_response, ymd(2023, 7, 3), std::nullopt, every_year(22'500, 67'500)}};
    return c;
}
std::vector<std::string> reported(const aci_cpts_contract& c, date as_of,
                                  const parameters::figure_set& figures = parameters::national_figures) {
    std::vector<std::string> ids;
    for (const auto& d : validate_contract(c, as_of, figures).diagnostics) ids.emplace_back(d.rule.text());
    return ids;
}
using ids = std::vector<std::string>;
const auto at_80 = achievement::uniform(achievement_rate{80_pct});
}  // namespace

TEST_CASE("a contract signed in 2020 with the three original socle missions is accepted", "[funding][contract]") {
    auto c = contract_2021();
    c.signed_on = ymd(2020, 6, 2);
    c.project_validated = ymd(2020, 5, 1);
    c.missions[0].started = ymd(2020, 9, 1);
    c.missions[0].deployed = ymd(2021, 10, 1);
    c.missions[1].started = ymd(2021, 5, 3);
    c.missions[2].started = ymd(2021, 6, 1);
    CHECK(reported(c, ymd(2021, 6, 30)) == ids{});
}

TEST_CASE("a contract signed in 2023 without the crisis mission is rejected", "[funding][contract]") {
    auto c = contract_2023();
    c.missions.pop_back();
    const auto v = validate_contract(c, ymd(2023, 6, 1));
    REQUIRE(reported(c, ymd(2023, 6, 1)) == ids{"CPTS.CONTRACT.SOCLE_MISSIONS"});
    CHECK(v.diagnostics[0].path.text() == "missions");
    CHECK(v.diagnostics[0].detail.en ==
          "the socle mission \"Response to serious health crises\" is missing; ACI CPTS, amendment 2 (2022), in force on the "
          "signature date 2023-01-16, requires it");
    CHECK(reported(contract_2023(), ymd(2023, 6, 1)) == ids{});
}

TEST_CASE("the edition is the one in force on the signature date", "[funding][contract]") {
    auto c = contract_2023();
    c.missions.pop_back();
    for (auto& m : c.missions) m.started.reset();
    c.signed_on = ymd(2022, 3, 31);  // the last day of the 2019 edition: three socle missions
    c.project_validated = ymd(2022, 1, 3);
    CHECK(reported(c, ymd(2022, 4, 1)) == ids{});
    c.signed_on = ymd(2022, 4, 1);  // avenant 2
    CHECK(reported(c, ymd(2022, 4, 1)) == ids{"CPTS.CONTRACT.SOCLE_MISSIONS"});
    c.signed_on = ymd(2019, 8, 24);  // before the ACI CPTS
    c.project_validated = ymd(2019, 6, 1);
    CHECK(reported(c, ymd(2019, 9, 1)) == ids{"CPTS.CONTRACT.EDITION"});
    CHECK(reported(c, ymd(2019, 8, 24)) == ids{"CPTS.CONTRACT.EDITION"});  // checked before the ACI existed too
}

TEST_CASE("a crisis mission in a contract of the 2019 edition, or a mission twice", "[funding][contract]") {
    auto c = contract_2021();
    c.missions.push_back({cpts_mission::crisis_response, std::nullopt, std::nullopt, {}});
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.MISSION_OF_EDITION"});
    c.missions.back().mission = cpts_mission::prevention;
    const auto v = validate_contract(c, ymd(2021, 4, 1));
    REQUIRE(v.diagnostics.size() == 1);
    CHECK(v.diagnostics[0].path.text() == "missions[3].mission");
    CHECK(v.diagnostics[0].detail.en == "the mission \"Coordinated prevention actions\" appears twice");
}

TEST_CASE("the CPTS signing is an association with a health project validated before", "[funding][contract]") {
    auto c = contract_2021();
    c.form = legal_form::other_company;
    // The law asks a CPTS to be an association since ordonnance 2021-584; existing ones had until 2022-05-14.
    CHECK(reported(c, ymd(2022, 5, 14)) == ids{"CPTS.CONTRACT.ASSOCIATION"});
    CHECK(reported(c, ymd(2022, 5, 13)) == ids{});
    c = contract_2021();
    c.project_validated = ymd(2021, 3, 16);  // the day after the signature
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.PROJECT_VALIDATED"});
    c.project_validated = ymd(2021, 3, 15);  // the same day
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{});
    c.project_validated.reset();
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.PROJECT_VALIDATED"});
}

TEST_CASE("the size stated is the size of the population, at each boundary", "[funding][contract]") {
    const std::pair<std::int64_t, cpts_size> cases[] = {{39'999, cpts_size::one},   {40'000, cpts_size::two},
                                                        {79'999, cpts_size::two},   {80'000, cpts_size::three},
                                                        {175'000, cpts_size::three}, {175'001, cpts_size::four}};
    for (const auto& [population, size] : cases) {
        INFO(population);
        auto c = contract_2021();
        c.population = population;
        c.size = size;
        c.fonctionnement = 50'000_eur;  // within every size's envelope
        CHECK(reported(c, ymd(2021, 4, 1)) == ids{});
        c.size = size == cpts_size::one ? cpts_size::two : cpts_size::one;
        CHECK(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.SIZE"});
    }
    auto c = contract_2021();
    c.population = 0;
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.SIZE"});
    c.population = 80'000;
    CHECK(validate_contract(c, ymd(2021, 4, 1)).diagnostics[0].detail.en ==
          "size 2 for 80,000 inhabitants; ACI CPTS (2019) gives size 3 (size 2 from 40,000, 3 from 80,000, 4 from 175,001)");
    CHECK(validate_contract(c, ymd(2021, 4, 1)).diagnostics[0].detail.fr ==
          "taille 2 pour 80 000 habitants ; ACI CPTS (2019) donne la taille 3 (taille 2 dès 40 000, 3 dès 80 000, 4 dès 175 001)");
    c.population = 0;
    c.size = cpts_size::one;  // a territory without inhabitants is no size at all
    c.fonctionnement = 50'000_eur;
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.SIZE"});
    CHECK(validate_contract(c, ymd(2021, 4, 1)).diagnostics[0].path.text() == "population");
}

TEST_CASE("the term is five years, with no amount after it", "[funding][contract]") {
    auto c = contract_2021();
    c.term_years = 4;
    const auto v = validate_contract(c, ymd(2021, 4, 1));
    // the term, and the fifth year's amounts of each of the three missions
    CHECK(reported(c, ymd(2021, 4, 1)) == ids(4, "CPTS.CONTRACT.TERM"));
    CHECK(v.diagnostics[1].detail.en == "amounts for year 5 of a contract of 4 years");
    c.term_years = 6;
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.TERM"});
    c.term_years = 0;  // no year at all: one diagnostic, the term
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.TERM"});
}

TEST_CASE("amounts are zero or more, and an optional mission started after the contract ends is refused", "[funding][contract]") {
    auto c = contract_2021();
    c.missions[1].years[3].variable = -euros::from_cents(1);
    const auto v = validate_contract(c, ymd(2021, 4, 1));
    REQUIRE(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.AMOUNTS"});
    CHECK(v.diagnostics[0].path.text() == "missions[1].years");
    CHECK(v.diagnostics[0].detail.en == "year 4: fixed part 15 000,00 €, variable part -0,01 €");
    c = contract_2021();
    c.missions[1].deployed = ymd(2023, 2, 1);
    c.missions[2].deployed = ymd(2023, 3, 1);
    // Under avenant 2 from its year 3 (2023-03-15): the crisis mission, started and deployed in time.
    c.missions.push_back({cpts_mission::crisis_response, ymd(2023, 9, 1), ymd(2024, 9, 2), every_year(0, 0)});
    c.missions.push_back({cpts_mission::quality_relevance, ymd(2026, 3, 15), std::nullopt, every_year(5'000, 5'000)});
    CHECK(reported(c, ymd(2026, 4, 1)) == ids{"CPTS.CONTRACT.MISSION_STARTED"});
    c.missions.back().started = ymd(2026, 3, 14);  // the last day of the contract
    CHECK(reported(c, ymd(2026, 4, 1)) == ids{});
}

TEST_CASE("amounts within the fonctionnement envelope and the yearly maximum of the size", "[funding][contract]") {
    auto c = contract_2021();
    c.fonctionnement = 60'000_eur + euros::from_cents(1);  // size 2: 60 000 €
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.FONCTIONNEMENT"});
    // 2019, size 2: at most 287 000 € a year. The contract signs 60 000 + 50 000 + 40 000 + 30 000 = 180 000 €.
    c = contract_2021();
    c.missions[0].years[2].variable = 137'000_eur;  // year 3: 287 000 € exactly
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{});
    c.missions[0].years[2].variable = 137'000_eur + euros::from_cents(1);
    const auto v = validate_contract(c, ymd(2021, 4, 1));
    REQUIRE(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.YEARLY_MAXIMUM"});
    CHECK(v.diagnostics[0].detail.en ==
          "year 3: 287 000,01 € at 100 %; the maximum of size 2 under ACI CPTS (2019) is 287 000,00 € (ACI_CPTS.2019.YEARLY_MAXIMUM.SIZE_2, S)");
    // Avenant 2, size 4: 580 000 €; size 3: no maximum known, nothing checked.
    auto d = contract_2023();
    d.population = 200'000;
    d.size = cpts_size::four;
    // 270 000 − 67 500 (the crisis variable part, not counted) + 377 500 = 580 000 €
    d.missions[0].years[0].variable = 30'000_eur + 377'500_eur;
    CHECK(reported(d, ymd(2023, 6, 1)) == ids{});
    d.missions[0].years[0].variable = d.missions[0].years[0].variable + euros::from_cents(1);
    CHECK(reported(d, ymd(2023, 6, 1)) == ids{"CPTS.CONTRACT.YEARLY_MAXIMUM"});
    d.population = 100'000;
    d.size = cpts_size::three;
    CHECK(reported(d, ymd(2023, 6, 1)) == ids{});
}

TEST_CASE("a published avenant-2 contract of size 2 is within its maximum: the crisis variable part is not counted",
          "[funding][contract]") {
    // The amounts of a published contract (one CPTS's, not national figures): at 100 % and without the
    // crisis mission's 67 500 € "si crise reconnue par l'ARS", 60 000 + 125 000 + 90 000 + 35 000 + 22 500 +
    // 30 000 + 20 000 = 382 500 €, the avenant-2 size-2 maximum.
    aci_cpts_contract c{"CPTS", "CPAM", "ARS", legal_form::association_1901, ymd(2022, 6, 1), ymd(2022, 4, 1), 60'000,
                        cpts_size::two, 5, 60'000_eur, {}};
    c.missions = {{cpts_mission::access_to_care, std::nullopt, std::nullopt, every_year(90'000, 35'000)},
                  {cpts_mission::patient_pathways, std::nullopt, std::nullopt, every_year(45'000, 45'000)},
                  {cpts_mission::prevention, std::nullopt, std::nullopt, every_year(17'500, 17'500)},
                  {cpts_mission::crisis_response, std::nullopt, std::nullopt, every_year(22'500, 67'500)},
                  {cpts_mission::quality_relevance, std::nullopt, std::nullopt, every_year(15'000, 15'000)},
                  {cpts_mission::professional_support, std::nullopt, std::nullopt, every_year(10'000, 10'000)}};
    CHECK(reported(c, ymd(2022, 7, 1)) == ids{});
    c.missions[4].years[4].variable = 15'000_eur + euros::from_cents(1);  // year 5, quality: one cent over
    const auto v = validate_contract(c, ymd(2022, 7, 1));
    REQUIRE(reported(c, ymd(2022, 7, 1)) == ids{"CPTS.CONTRACT.YEARLY_MAXIMUM"});
    CHECK(v.diagnostics[0].detail.en ==
          "year 5: 382 500,01 € at 100 %; the maximum of size 2 under ACI CPTS, amendment 2 (2022) is 382 500,00 € "
          "(ACI_CPTS.AVENANT_2.YEARLY_MAXIMUM.SIZE_2, U)");
    c.missions[4].years[4].variable = 15'000_eur;
    c.missions[3].years[4].fixed = 22'500_eur + euros::from_cents(1);  // the crisis mission's fixed part counts
    CHECK(reported(c, ymd(2022, 7, 1)) == ids{"CPTS.CONTRACT.YEARLY_MAXIMUM"});
}

TEST_CASE("missions start and are deployed by their deadlines, as of a date", "[funding][contract]") {
    // Signed 2021-03-15: access to care starts by 2021-09-15 and is deployed by 2022-09-15; the two others
    // start by 2022-03-15 and are deployed by 2023-03-15.
    auto c = contract_2021();
    CHECK(reported(c, ymd(2022, 3, 15)) == ids{});
    CHECK(reported(c, ymd(2023, 3, 15)) == ids{});
    CHECK(reported(c, ymd(2023, 3, 16)) == ids(2, "CPTS.CONTRACT.MISSION_DEPLOYED"));  // pathways, prevention not deployed
    c.missions[2].started = ymd(2022, 3, 16);  // a day late
    const auto v = validate_contract(c, ymd(2022, 4, 1));
    REQUIRE(reported(c, ymd(2022, 4, 1)) == ids{"CPTS.CONTRACT.MISSION_STARTED"});
    CHECK(v.diagnostics[0].path.text() == "missions[2].started");
    CHECK(v.diagnostics[0].detail.en == "mission \"Coordinated prevention actions\" started on 2022-03-16; due by 2022-03-15");
    c.missions[2].started.reset();
    CHECK(reported(c, ymd(2022, 3, 15)) == ids{});
    CHECK(reported(c, ymd(2022, 3, 16)) == ids{"CPTS.CONTRACT.MISSION_STARTED"});
    CHECK(validate_contract(c, ymd(2022, 3, 16)).diagnostics[0].detail.en ==
          "mission \"Coordinated prevention actions\" not started as of 2022-03-16; due by 2022-03-15");
    CHECK(validate_contract(c, ymd(2022, 3, 16)).diagnostics[0].detail.fr ==
          "mission « Développement d'actions coordonnées de prévention » non démarrée au 2022-03-16 ; échéance le 2022-03-15");
    c = contract_2021();
    c.missions[1].deployed = ymd(2021, 9, 14);  // before it started
    CHECK(reported(c, ymd(2021, 10, 1)) == ids{"CPTS.CONTRACT.MISSION_DEPLOYED"});
}

TEST_CASE("the five-year schedule of a size-2 contract signed before avenant 2, all missions at 80 %", "[funding][schedule]") {
    const auto s = schedule_payments(contract_2021(), at_80);
    REQUIRE(s);
    CHECK(s->edition->id == "ACI_CPTS.2019");
    // Year 1 (2021-03-15 to 2022-03-15, 365 days). Access to care starts 2021-06-01: 287 days left, its fixed
    // part is 20 000 × 287 / 365 = 15 726,027… → 15 726,03 €; 75 % = 11 794,5225 → 11 794,52 €, balance
    // 3 931,51 €. Pathways start 2021-09-15: 181 days, 15 000 × 181 / 365 = 7 438,356… → 7 438,36 €; 75 % =
    // 5 578,77 €, balance 1 859,59 €. Variable parts at 80 %: 24 000 € and 20 000 €. Prevention starts on the
    // first anniversary: year 2.
    const std::vector<payment> year_1 = {
        {ymd(2021, 3, 15), 1, payment_part::fonctionnement, std::nullopt, 60'000_eur},
        {ymd(2021, 6, 1), 1, payment_part::fixed_advance, cpts_mission::access_to_care, eur(11'794, 52)},
        {ymd(2021, 9, 15), 1, payment_part::fixed_advance, cpts_mission::patient_pathways, eur(5'578, 77)},
        {ymd(2022, 3, 15), 1, payment_part::fixed_balance, cpts_mission::access_to_care, eur(3'931, 51)},
        {ymd(2022, 3, 15), 1, payment_part::variable, cpts_mission::access_to_care, 24'000_eur},
        {ymd(2022, 3, 15), 1, payment_part::fixed_balance, cpts_mission::patient_pathways, eur(1'859, 59)},
        {ymd(2022, 3, 15), 1, payment_part::variable, cpts_mission::patient_pathways, 20'000_eur},
    };
    REQUIRE(s->size() == 51);  // fonctionnement 9; access and pathways 3 × 5 each; prevention 3 × 4
    CHECK(std::vector<payment>(s->begin(), s->begin() + 7) == year_1);
    // Year 2 on the first anniversary: fonctionnement 75 % of 60 000 = 45 000 €, fixed parts 75 %: 15 000,
    // 11 250 and 7 500 €; on the second: the balances 15 000, 5 000, 3 750, 2 500 € and the variable parts.
    const std::vector<payment> year_2_opening = {
        {ymd(2022, 3, 15), 2, payment_part::fonctionnement_advance, std::nullopt, 45'000_eur},
        {ymd(2022, 3, 15), 2, payment_part::fixed_advance, cpts_mission::access_to_care, 15'000_eur},
        {ymd(2022, 3, 15), 2, payment_part::fixed_advance, cpts_mission::patient_pathways, 11'250_eur},
        {ymd(2022, 3, 15), 2, payment_part::fixed_advance, cpts_mission::prevention, 7'500_eur},
    };
    CHECK(std::vector<payment>(s->begin() + 7, s->begin() + 11) == year_2_opening);
    // Year 1: 60 000 + 15 726,03 + 24 000 + 7 438,36 + 20 000 = 127 164,39 €. Later years: 60 000 + 20 000 +
    // 24 000 + 15 000 + 20 000 + 10 000 + 16 000 = 165 000 €. Five years: 127 164,39 + 4 × 165 000 = 787 164,39 €.
    CHECK(s->total_of_year(1) == eur(127'164, 39));
    for (int n = 2; n <= 5; ++n) CHECK(s->total_of_year(n) == 165'000_eur);
    CHECK(s->total() == eur(787'164, 39));
    CHECK(s->begin()[s->size() - 1].due == ymd(2026, 3, 15));
    for (int n = 1; n <= 5; ++n) CHECK(yearly_amount(contract_2021(), n, at_80)->value == s->total_of_year(n));
    // The figures used: the term, the advance share of years 1 and 2 (under the ACI of 2019) and of years 3 to 5
    // (under avenant 2, from the third anniversary's year, 2023-03-15: its CONTRACTS_IN_FORCE reading), the
    // proration basis (uncertain: so is the schedule).
    std::vector<std::string> used;
    for (const auto& f : s->figures) used.emplace_back(f.id);
    CHECK(used == std::vector<std::string>{"ACI_CPTS.2019.TERM_YEARS", "ACI_CPTS.2019.ADVANCE", "ACI_CPTS.AVENANT_2.ADVANCE",
                                           "ACI_CPTS.AVENANT_2.CONTRACTS_IN_FORCE", "ACI_CPTS.2019.PRORATION"});
    CHECK(s->year_editions[1]->id == "ACI_CPTS.2019");
    CHECK(s->year_editions[2]->id == "ACI_CPTS.AVENANT_2");
    CHECK(s->figures.uncertain());
}

TEST_CASE("the five-year schedule of a size-2 contract signed after avenant 2, all missions at 80 %", "[funding][schedule]") {
    const auto s = schedule_payments(contract_2023(), at_80);
    REQUIRE(s);
    CHECK(s->edition->id == "ACI_CPTS.AVENANT_2");
    // Year 1: 2023-01-16 to 2024-01-16, 365 days. Access from 2023-04-03: 288 days, 20 000 × 288 / 365 =
    // 15 780,82 €, 75 % = 11 835,615 → 11 835,62 €, balance 3 945,20 €. Crisis from 2023-07-03: 197 days,
    // 22 500 × 197 / 365 = 12 143,835… → 12 143,84 €, 75 % = 9 107,88 €, balance 3 035,96 €. Pathways from
    // 2023-10-02: 106 days, 15 000 × 106 / 365 = 4 356,16 €, 75 % = 3 267,12 €, balance 1 089,04 €.
    // Prevention from 2024-01-08: 8 days, 10 000 × 8 / 365 = 219,18 €, 75 % = 164,385 → 164,39 €, balance 54,79 €.
    const std::vector<payment> before_first_anniversary = {
        {ymd(2023, 1, 16), 1, payment_part::fonctionnement, std::nullopt, 60'000_eur},
        {ymd(2023, 4, 3), 1, payment_part::fixed_advance, cpts_mission::access_to_care, eur(11'835, 62)},
        {ymd(2023, 7, 3), 1, payment_part::fixed_advance, cpts_mission::crisis_response, eur(9'107, 88)},
        {ymd(2023, 10, 2), 1, payment_part::fixed_advance, cpts_mission::patient_pathways, eur(3'267, 12)},
        {ymd(2024, 1, 8), 1, payment_part::fixed_advance, cpts_mission::prevention, eur(164, 39)},
    };
    CHECK(std::vector<payment>(s->begin(), s->begin() + 5) == before_first_anniversary);
    CHECK(s->begin()[5] == payment{ymd(2024, 1, 16), 1, payment_part::fixed_balance, cpts_mission::access_to_care, eur(3'945, 20)});
    // Year 1: 60 000 + 15 780,82 + 4 356,16 + 219,18 + 12 143,84 + 80 % of (30 000 + 25 000 + 20 000 + 67 500) =
    // 92 500 + 114 000 = 206 500 €. Later years: 60 000 + 67 500 + 114 000 = 241 500 €.
    CHECK(s->total_of_year(1) == 206'500_eur);
    for (int n = 2; n <= 5; ++n) CHECK(s->total_of_year(n) == 241'500_eur);
    CHECK(s->total() == 1'172'500_eur);  // 206 500 + 4 × 241 500
    CHECK(s->size() == 69);  // fonctionnement 9; missions 4 × 3 × 5 = 60
}

TEST_CASE("a variable part at a half cent is rounded away from zero", "[funding][schedule]") {
    aci_cpts_contract c{"CPTS", "CPAM", "ARS", legal_form::association_1901, ymd(2021, 3, 15), ymd(2021, 1, 10), 60'000,
                        cpts_size::two, 5, euros{}, {}};
    c.missions = {{cpts_mission::access_to_care, ymd(2021, 3, 15), std::nullopt, {}}};
    c.missions[0].years[0].variable = euros::from_cents(1);
    achievement half = achievement::uniform(achievement_rate{50_pct});
    CHECK(yearly_amount(c, 1, half)->value == euros::from_cents(1));  // 0,005 € → 0,01 €
    c.missions[0].years[0].variable = eur(1'234, 57);
    CHECK(yearly_amount(c, 1, half)->value == eur(617, 29));  // 617,285 € → 617,29 €
    half.set(cpts_mission::access_to_care, 1, achievement_rate{percent::basis_points(4'999)});
    CHECK(yearly_amount(c, 1, half)->value == eur(617, 16));  // 1 234,57 × 49,99 % = 617,160… €
    CHECK_FALSE(achievement_rate::of(percent::basis_points(10'001)));
    CHECK_FALSE(achievement_rate::of(percent::basis_points(-1)));
    CHECK(achievement_rate::of(100_pct));
    CHECK(yearly_amount(c, 6, half).error == computation_error::bad_year);
    CHECK(yearly_amount(c, 0, half).error == computation_error::bad_year);
    c.signed_on = ymd(2019, 8, 24);
    CHECK(schedule_payments(c, half).error == computation_error::no_edition);
    c.signed_on = ymd(2021, 3, 15);
    c.missions.resize(7, c.missions[0]);  // a mission given seven times: a rule error, and no schedule
    CHECK(schedule_payments(c, half).error == computation_error::too_many_missions);
    c.missions.resize(6);
    CHECK(schedule_payments(c, half));
    // Amounts whose sum does not fit in 64-bit cents: an error, never an exception or a wrapped total.
    for (auto& m : c.missions) m.years.fill({euros::from_cents(std::int64_t{1} << 61), euros{}});
    CHECK(schedule_payments(c, half).error == computation_error::overflow);
    CHECK(yearly_amount(c, 1, half).error == computation_error::overflow);
    CHECK(validate_contract(c, ymd(2021, 4, 1)).reports("CPTS.CONTRACT.YEARLY_MAXIMUM"));
    c.term_years = 0;
    CHECK(schedule_payments(c, half).error == computation_error::bad_term);
}

TEST_CASE("a rulebook overriding one figure changes the result, and the provenance says so", "[funding][rulebook]") {
    const parameters::rulebook months{"ARS test", {{"ACI_CPTS.2019.PRORATION", proration_basis::months, certainty::stated,
                                                    "a month started counts whole"}}};
    const auto applied = parameters::apply(parameters::national_figures, months);
    REQUIRE(applied.errors.empty());
    const auto s = schedule_payments(contract_2021(), at_80, applied.figures());
    REQUIRE(s);
    // By months: access starts 2021-06-01, 9 whole months to 2022-03-01 and a started tenth: 20 000 × 10 / 12 =
    // 16 666,67 €, 75 % = 12 500,0025 → 12 500,00 €. Pathways from 2021-09-15: 6 months exactly, 7 500 €, 75 % 5 625 €.
    CHECK(s->begin()[1].amount == 12'500_eur);
    CHECK(s->begin()[2].amount == 5'625_eur);
    CHECK(s->total_of_year(1) == eur(128'166, 67));  // 60 000 + 16 666,67 + 7 500 + 44 000
    const auto proration = std::find_if(s->figures.begin(), s->figures.end(),
                                        [](const used_figure& f) { return f.id == "ACI_CPTS.2019.PRORATION"; });
    REQUIRE(proration != s->figures.end());
    CHECK(proration->value_text() == "months");
    CHECK(proration->source.status == certainty::stated);
    CHECK(std::string{proration->source.text}.starts_with("rulebook «ARS test»: a month started counts whole (replaces days, "));
    // What is still uncertain is the day the contract comes under avenant 2, not the proration.
    for (const auto& f : s->figures) CHECK((f.uncertain() == (f.id == "ACI_CPTS.AVENANT_2.CONTRACTS_IN_FORCE")));
    // The national set is untouched.
    CHECK(schedule_payments(contract_2021(), at_80)->total_of_year(1) == eur(127'164, 39));
}

TEST_CASE("a rulebook moves the 80 000 boundary, and the contract's size follows", "[funding][rulebook]") {
    auto c = contract_2021();
    c.population = 80'000;
    c.size = cpts_size::two;
    CHECK(reported(c, ymd(2021, 4, 1)) == ids{"CPTS.CONTRACT.SIZE"});
    const auto applied = parameters::apply(
        parameters::national_figures,
        {"mine", {{"ACI_CPTS.2019.SIZE_3_FROM", std::int64_t{80'001}, certainty::stated, "80 000 read as size 2"}}});
    REQUIRE(applied.errors.empty());
    CHECK(reported(c, ymd(2021, 4, 1), applied.figures()) == ids{});
}

TEST_CASE("a rulebook gives a yearly maximum the edition does not know", "[funding][rulebook]") {
    auto d = contract_2023();
    d.population = 100'000;
    d.size = cpts_size::three;
    CHECK(reported(d, ymd(2023, 6, 1)) == ids{});  // avenant 2, size 3: no maximum known, nothing checked
    const auto applied = parameters::apply(
        parameters::national_figures,
        {"ARS test", {{"ACI_CPTS.AVENANT_2.YEARLY_MAXIMUM.SIZE_3", 200'000_eur, certainty::stated, "our regional reading"}}});
    REQUIRE(applied.errors.empty());
    const auto v = validate_contract(d, ymd(2023, 6, 1), applied.figures());
    REQUIRE(v.diagnostics.size() == 5);  // 202 500 € a year, as the maximum counts it, each of the five years
    CHECK(v.diagnostics[0].detail.en ==
          "year 1: 202 500,00 € at 100 %; the maximum of size 3 under ACI CPTS, amendment 2 (2022) is 200 000,00 € "
          "(ACI_CPTS.AVENANT_2.YEARLY_MAXIMUM.SIZE_3, S)");
    const auto wrong = parameters::apply(parameters::national_figures,
                                         {"x", {{"ACI_CPTS.AVENANT_2.YEARLY_MAXIMUM.SIZE_3", std::int64_t{1}, certainty::stated, "x"}}});
    REQUIRE(wrong.errors.size() == 1);
    CHECK(wrong.errors[0].why.en == "figure ACI_CPTS.AVENANT_2.YEARLY_MAXIMUM.SIZE_3 expects an amount of zero or more");
}

TEST_CASE("a rulebook's bad entries are refused, each with its reason", "[funding][rulebook]") {
    const parameters::rulebook bad{
        "bad",
        {{"ACI_CPTS.2019.NO_SUCH", std::int64_t{1}, certainty::stated, "x"},
         {"ACI_CPTS.2019.ADVANCE", 50'000_eur, certainty::stated, "x"},
         {"ACI_CPTS.2019.ADVANCE", percent::whole(101), certainty::stated, "x"},
         {"ACI_CPTS.2019.TERM_YEARS", std::int64_t{6}, certainty::stated, "x"},
         {"ACI_CPTS.2019.FONCTIONNEMENT.SIZE_1", -1'000_eur, certainty::stated, "x"},
         {"PASS.2026", 50'000_eur, certainty::stated, ""},
         {"PASS.2025", 48'000_eur, certainty::stated, "x"},
         {"PASS.2025", 49'000_eur, certainty::stated, "x"},
         {"ACI_CPTS.AVENANT_2.SIZE_2_FROM", std::int64_t{90'000}, certainty::stated, "x"}}};
    const auto applied = parameters::apply(parameters::national_figures, bad);
    std::vector<std::string> why;
    for (const auto& e : applied.errors) why.push_back(std::to_string(e.index) + ": " + e.why.en);
    CHECK(why == std::vector<std::string>{
                     "0: no figure is called ACI_CPTS.2019.NO_SUCH (see docs/figures.md)",
                     "1: figure ACI_CPTS.2019.ADVANCE expects a percentage, not an amount",
                     "2: figure ACI_CPTS.2019.ADVANCE is given twice",
                     "3: figure ACI_CPTS.2019.TERM_YEARS: 6 is not a term of 1 to 5 years",
                     "4: figure ACI_CPTS.2019.FONCTIONNEMENT.SIZE_1 is negative",
                     "5: figure PASS.2026 has no source",
                     "7: figure PASS.2025 is given twice",
                     "8: the size thresholds of ACI_CPTS.AVENANT_2 are no longer increasing: 90000, 80000, 175001",
                 });
    CHECK(applied.figures().pass_of_year(2025)->value == 48'000_eur);
}

TEST_CASE("a rulebook replaces a figure of the law only for a what-if, and every verdict names it", "[funding][rulebook]") {
    const std::vector<indemnity> paid = {{"Dr Martin", ymd(2026, 3, 1), 48'500_eur}};
    CHECK(check_indemnities(paid, ymd(2026, 12, 31)).reports("CPTS.INDEMNITIES.PASS"));
    // PASS.2026 is the law's, read in its arrêté (C): a rulebook that is no what-if may not replace it.
    parameters::rulebook corrected{"2026 bis", {{"PASS.2026", 49'000_eur, certainty::uncertain, "a corrected arrêté"}}};
    const auto refused = parameters::apply(parameters::national_figures, corrected);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors[0].why.en == "figure PASS.2026 is a figure of the law (C): a rulebook replaces it only for a what-if (\"what_if\": true)");
    CHECK(refused.figures().pass_of_year(2026)->value == 48'060_eur);
    // As a what-if it is applied, and said so.
    corrected.what_if = true;
    corrected.file = "what-if.json";
    const auto what_if = parameters::apply(parameters::national_figures, corrected);
    REQUIRE(what_if.errors.empty());
    CHECK(what_if.law_figures_replaced == std::vector<std::string>{"PASS.2026"});
    const indemnity_payer one[] = {{"CPTS", field_path{}, &paid, nullptr}};
    const auto accepted = check_indemnities(one, ymd(2026, 12, 31), what_if.figures());
    CHECK(accepted.result.diagnostics.empty());
    REQUIRE(accepted.totals.size() == 1);
    CHECK(accepted.totals[0].ceiling.id == "PASS.2026");  // the accepted amount names the figure, its value and its file
    CHECK(accepted.totals[0].ceiling.value_text() == "49 000,00 €");
    CHECK(accepted.totals[0].ceiling.rulebook == "2026 bis (what-if.json)");
    CHECK(accepted.totals[0].ceiling.source.status == certainty::uncertain);
    const std::vector<indemnity> more = {{"Dr Martin", ymd(2026, 3, 1), 49'500_eur}};
    const indemnity_payer refused_one[] = {{"CPTS", field_path{}, &more, nullptr}};
    const auto over = check_indemnities(refused_one, ymd(2026, 12, 31), what_if.figures());
    REQUIRE(over.result.diagnostics.size() == 1);
    const auto& d = over.result.diagnostics[0];
    REQUIRE(d.figures.size() == 1);
    CHECK(d.figures[0].rulebook == "2026 bis (what-if.json)");
    // The rulebook gave an uncertain figure: the refusal rests on it, and is a warning.
    CHECK(d.uncertain());
    CHECK(d.level == severity::warning);
    CHECK(d.softened_from == severity::error);
    // A figure of the law only a secondary source gives (S: PASS.2025) is not the law's confirmed text: a rulebook
    // may correct it without a what-if.
    const auto s_figure = parameters::apply(parameters::national_figures, {"2025", {{"PASS.2025", 47'200_eur, certainty::confirmed, "arrêté read"}}});
    CHECK(s_figure.errors.empty());
    CHECK(s_figure.law_figures_replaced.empty());
}

TEST_CASE("a dossier's rates not given: 100 %, but 0 % for the crisis mission", "[funding][dossier]") {
    funding_record f;
    f.achievement = {{cpts_mission::crisis_response, 2, achievement_rate{60_pct}}, {cpts_mission::prevention, 1, achievement_rate{80_pct}}};
    const auto rates = f.achievement_or_full();
    CHECK(rates.of(cpts_mission::access_to_care, 3).value() == 100_pct);
    CHECK(rates.of(cpts_mission::prevention, 1).value() == 80_pct);
    CHECK(rates.of(cpts_mission::prevention, 2).value() == 100_pct);
    CHECK(rates.of(cpts_mission::crisis_response, 1).value() == 0_pct);  // no crisis recognised unless a rate says so
    CHECK(rates.of(cpts_mission::crisis_response, 2).value() == 60_pct);
    CHECK(rates.of(cpts_mission::access_to_care, 6).value() == 0_pct);  // no sixth year
}
