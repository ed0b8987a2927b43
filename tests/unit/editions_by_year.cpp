// Hand-written cases, from the texts, of what a contract owes year by year, of verdicts that rest on an
// uncertain figure, and of a contract's size by the vintage of the commune data in force.
//
// A contract signed before avenant 2 of the ACI CPTS (in force 2022-04-01) comes under it from its first year
// that begins on or after that date: "La CPTS doit ainsi répondre désormais à 4 missions socles obligatoires"
// [ameli-avenant-2-cpts]; the ARS PACA asks every CPTS for a crisis plan "d'ici 2024" [ars-paca-plan-crise]. The
// avenant's own clause was not read: the reading is the figure ACI_CPTS.AVENANT_2.CONTRACTS_IN_FORCE (U), and the
// findings that rest on it are warnings that say so. The crisis mission starts within 6 months and is deployed
// within 18, as the access-to-care mission [paps-hdf-aci-cpts].
#include <coordcare/coordcare.hpp>
#include <coordcare/io/communes.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace coordcare;
using namespace coordcare::funding;
using namespace std::chrono;

namespace {
date ymd(int y, unsigned m, unsigned d) { return date{year{y}, month{m}, day{d}}; }
std::array<mission_year, contract_years> every_year(long long fixed, long long variable) {
    const mission_year y{euros::whole(fixed), euros::whole(variable)};
    return {y, y, y, y, y};
}
std::vector<std::string> reported(const aci_cpts_contract& c, date as_of, const parameters::figure_set& figures = parameters::national_figures) {
    std::vector<std::string> ids;
    for (const auto& d : validate_contract(c, as_of, figures).diagnostics) ids.emplace_back(d.rule.text());
    return ids;
}
const diagnostic* find(const validation& v, std::string_view id) {
    const auto it = std::find_if(v.diagnostics.begin(), v.diagnostics.end(), [&](const diagnostic& d) { return d.rule.text() == id; });
    return it == v.diagnostics.end() ? nullptr : &*it;
}

/// Signed on 2020-06-15, size 2 (60 000 inhabitants), the three socle missions of 2019 started and deployed in
/// time. Its years: 1 from 2020-06-15, 2 from 2021-06-15, 3 from 2022-06-15 (the first after 2022-04-01), 4, 5.
aci_cpts_contract contract_2020() {
    aci_cpts_contract c{"CPTS du Lez", "CPAM de l'Hérault", "ARS Occitanie", legal_form::association_1901, ymd(2020, 6, 15), ymd(2020, 5, 4),
                        60'000, cpts_size::two, 5, 60'000_eur, {}};
    c.missions = {{cpts_mission::access_to_care, ymd(2020, 9, 1), ymd(2021, 9, 1), every_year(20'000, 30'000)},
                  {cpts_mission::patient_pathways, ymd(2021, 3, 1), ymd(2022, 3, 1), every_year(15'000, 25'000)},
                  {cpts_mission::prevention, ymd(2021, 3, 1), ymd(2022, 3, 1), every_year(10'000, 20'000)}};
    return c;
}
}  // namespace

TEST_CASE("a contract of 2020 assessed in 2021: every year under the ACI of 2019, as the texts in force then say", "[funding][editions]") {
    const auto c = contract_2020();
    const contract_context in_2021{ymd(2021, 6, 30), &parameters::national_figures};
    for (int n = 1; n <= 5; ++n) CHECK(in_2021.edition_of_year(c.signed_on, n)->id == "ACI_CPTS.2019");  // avenant 2 is not signed yet
    CHECK(reported(c, ymd(2021, 6, 30)).empty());
    CHECK(due_of(c, cpts_mission::crisis_response, in_2021).from_year == 0);  // no edition in force then has it
    const auto terms = year_terms(c, in_2021);
    REQUIRE(terms.size() == 5);
    CHECK(terms[4].maximum->id == "ACI_CPTS.2019.YEARLY_MAXIMUM.SIZE_2");
    CHECK(terms[4].maximum->value == 287'000_eur);
}

TEST_CASE("a contract of 2020 assessed in 2024: its third year and later under avenant 2", "[funding][editions]") {
    auto c = contract_2020();
    const date as_of = ymd(2024, 6, 30);
    const contract_context in_2024{as_of, &parameters::national_figures};
    CHECK(in_2024.edition_of_year(c.signed_on, 2)->id == "ACI_CPTS.2019");     // 2021-06-15: before avenant 2
    CHECK(in_2024.edition_of_year(c.signed_on, 3)->id == "ACI_CPTS.AVENANT_2");  // 2022-06-15: after 2022-04-01
    // The crisis mission is due from the third year: it starts by 2022-12-15 and is deployed by 2023-12-15.
    const auto due = due_of(c, cpts_mission::crisis_response, in_2024);
    CHECK(due.from_year == 3);
    CHECK(due.counted_from == ymd(2022, 6, 15));
    CHECK(due.due.start_by == ymd(2022, 12, 15));
    CHECK(due.due.deployed_by == ymd(2023, 12, 15));
    CHECK(due.later_edition);
    // Missing from the contract, past its start: a socle mission of the edition its years are under is missing.
    const auto v = validate_contract(c, as_of);
    CHECK(reported(c, as_of) == std::vector<std::string>{"CPTS.CONTRACT.SOCLE_MISSIONS"});
    const auto* missing = find(v, "CPTS.CONTRACT.SOCLE_MISSIONS");
    REQUIRE(missing);
    CHECK(missing->detail.en ==
          "the socle mission \"Response to serious health crises\" is missing; ACI CPTS, amendment 2 (2022), which the contract is under from its "
          "year 3 (2022-06-15), requires it: it was to start by 2022-12-15");
    // It rests on the reading of the avenant for contracts in force (U): a warning that says so.
    CHECK(missing->uncertain());
    CHECK(missing->level == severity::warning);
    CHECK(missing->softened_from == severity::error);
    CHECK(missing->summary(language::en).find("rests on an uncertain figure: ACI_CPTS.AVENANT_2.CONTRACTS_IN_FORCE = 1 (U); an error if it holds") !=
          std::string::npos);
    // Not yet due on 2022-12-15 itself; late the next day.
    CHECK(reported(c, ymd(2022, 12, 15)).empty());
    CHECK(reported(c, ymd(2022, 12, 16)) == std::vector<std::string>{"CPTS.CONTRACT.SOCLE_MISSIONS"});

    // Added by amendment and started in time, deployed in time: nothing; its amounts count from year 3.
    c.missions.push_back({cpts_mission::crisis_response, ymd(2022, 10, 3), ymd(2023, 10, 2), every_year(22'500, 67'500)});
    c.missions.back().years[0] = c.missions.back().years[1] = mission_year{};
    CHECK(reported(c, as_of).empty());
    // Deployed a day late: the deadline of the year it counts from.
    c.missions.back().deployed = ymd(2023, 12, 16);
    CHECK(reported(c, as_of) == std::vector<std::string>{"CPTS.CONTRACT.MISSION_DEPLOYED"});
    c.missions.back().deployed = ymd(2023, 10, 2);
    // Started before its contract came under avenant 2: a warning; it is paid from year 3 only.
    c.missions.back().started = ymd(2021, 11, 2);
    CHECK(reported(c, as_of) == std::vector<std::string>{"CPTS.CONTRACT.MISSION_BEFORE_EDITION"});
    const auto s = schedule_payments(c, achievement::uniform(achievement_rate{percent::whole(100)}), in_2024);
    REQUIRE(s);
    for (const auto& p : *s)
        if (p.mission == cpts_mission::crisis_response) CHECK(p.year >= 3);
    CHECK(s->year_editions[1]->id == "ACI_CPTS.2019");
    CHECK(s->year_editions[2]->id == "ACI_CPTS.AVENANT_2");
}

TEST_CASE("the reading is a figure: a rulebook keeps a contract under the edition of its signature", "[funding][editions][rulebook]") {
    auto c = contract_2020();
    const auto at_signature = parameters::apply(
        parameters::national_figures, {"at signature", {{"ACI_CPTS.AVENANT_2.CONTRACTS_IN_FORCE", std::int64_t{0}, certainty::stated, "our reading"}}});
    REQUIRE(at_signature.errors.empty());
    CHECK(reported(c, ymd(2024, 6, 30), at_signature.figures()).empty());  // no crisis mission asked
    c.missions.push_back({cpts_mission::crisis_response, ymd(2022, 10, 3), std::nullopt, every_year(22'500, 67'500)});
    CHECK(reported(c, ymd(2024, 6, 30), at_signature.figures()) == std::vector<std::string>{"CPTS.CONTRACT.MISSION_OF_EDITION"});
    const auto wrong = parameters::apply(parameters::national_figures,
                                         {"x", {{"ACI_CPTS.AVENANT_2.CONTRACTS_IN_FORCE", std::int64_t{2}, certainty::stated, "x"}}});
    CHECK(wrong.errors.size() == 1);  // 0 or 1
}

TEST_CASE("the fonctionnement and the maxima of each year are its edition's", "[funding][editions]") {
    auto c = contract_2020();
    c.missions.push_back({cpts_mission::crisis_response, ymd(2022, 10, 3), ymd(2023, 10, 2), every_year(22'500, 67'500)});
    const date as_of = ymd(2024, 6, 30);
    // The avenant's accelerator (the Cnam's drafts: 105 000 € for size 2, for a contract signed before 2022):
    // the envelope of the contract's first year under the avenant, U.
    c.fonctionnement_by_year[2] = 105'000_eur;
    CHECK(reported(c, as_of).empty());
    const auto terms = year_terms(c, contract_context{as_of, &parameters::national_figures});
    CHECK(terms[2].ceiling.accelerated);
    CHECK(terms[2].ceiling.envelope->id == "ACI_CPTS.AVENANT_2.ACCELERATED_FONCTIONNEMENT.SIZE_2");
    CHECK_FALSE(terms[3].ceiling.accelerated);
    // The same in year 4 is over the envelope of 60 000 € (the 2019 figure, U: the avenant's table was not read):
    // a warning that rests on it.
    c.fonctionnement_by_year[2].reset();
    c.fonctionnement_by_year[3] = 105'000_eur;
    const auto v = validate_contract(c, as_of);
    REQUIRE(reported(c, as_of) == std::vector<std::string>{"CPTS.CONTRACT.FONCTIONNEMENT"});
    CHECK(v.diagnostics[0].path.text() == "fonctionnement_by_year[3]");
    CHECK(v.diagnostics[0].level == severity::warning);
    CHECK(v.diagnostics[0].uncertain());
    // Year 1 under 2019: the envelope of 60 000 € (S), an error.
    c.fonctionnement_by_year[3].reset();
    c.fonctionnement_by_year[0] = 60'001_eur;
    const auto e = validate_contract(c, as_of);
    REQUIRE(reported(c, as_of) == std::vector<std::string>{"CPTS.CONTRACT.FONCTIONNEMENT"});
    CHECK(e.diagnostics[0].level == severity::error);
    CHECK_FALSE(e.diagnostics[0].uncertain());
}

TEST_CASE("a verdict that rests on an uncertain figure says so, and one that does not is certain", "[funding][uncertain]") {
    // 80 000 inhabitants: size 2 or 3, as the ACI's wording is read ('entre 40 000 et 80 000', 'entre 80 000 et
    // 175 000'); the library reads size 3 (U). A contract of size 2 at exactly 80 000 is a warning that says so.
    auto c = contract_2020();
    c.population = 80'000;
    const auto at_80000 = validate_contract(c, ymd(2020, 7, 1));
    REQUIRE(reported(c, ymd(2020, 7, 1)) == std::vector<std::string>{"CPTS.CONTRACT.SIZE"});
    CHECK(at_80000.diagnostics[0].level == severity::warning);
    CHECK(at_80000.diagnostics[0].uncertain());
    REQUIRE_FALSE(at_80000.diagnostics[0].figures.empty());
    CHECK(std::any_of(at_80000.diagnostics[0].figures.begin(), at_80000.diagnostics[0].figures.end(),
                      [](const used_figure& f) { return f.id == "ACI_CPTS.2019.SIZE_3_FROM" && f.uncertain(); }));
    // 85 000 inhabitants are size 3 under either reading: an error, certain.
    c.population = 85'000;
    const auto at_85000 = validate_contract(c, ymd(2020, 7, 1));
    REQUIRE(reported(c, ymd(2020, 7, 1)) == std::vector<std::string>{"CPTS.CONTRACT.SIZE"});
    CHECK(at_85000.diagnostics[0].level == severity::error);
    CHECK_FALSE(at_85000.diagnostics[0].uncertain());

    // The help desk's 382 500 € for size 2 under avenant 2 is found nowhere else (U); the 580 000 € for size 4 is
    // the press's (S). Over the first: a warning; over the second: an error.
    aci_cpts_contract d{"CPTS", "CPAM", "ARS", legal_form::association_1901, ymd(2023, 1, 16), ymd(2022, 11, 30), 60'000, cpts_size::two, 5,
                        60'000_eur, {}};
    d.missions = {{cpts_mission::access_to_care, std::nullopt, std::nullopt, every_year(90'000, 35'000)},
                  {cpts_mission::patient_pathways, std::nullopt, std::nullopt, every_year(45'000, 45'000)},
                  {cpts_mission::prevention, std::nullopt, std::nullopt, every_year(17'500, 17'500)},
                  {cpts_mission::crisis_response, std::nullopt, std::nullopt, every_year(22'500, 67'500)},
                  {cpts_mission::quality_relevance, std::nullopt, std::nullopt, every_year(15'000, 65'000)}};  // 432 500 € a year
    const auto over_u = validate_contract(d, ymd(2023, 2, 1));
    REQUIRE_FALSE(over_u.diagnostics.empty());
    CHECK(over_u.diagnostics[0].rule.text() == "CPTS.CONTRACT.YEARLY_MAXIMUM");
    CHECK(over_u.diagnostics[0].level == severity::warning);
    d.population = 200'000;
    d.size = cpts_size::four;
    d.fonctionnement = 90'000_eur;
    d.missions[4].years = every_year(15'000, 215'000);  // 90 000 + 125 000 + 90 000 + 35 000 + 22 500 + 230 000 = 592 500 € > 580 000 €
    const auto over_s = validate_contract(d, ymd(2023, 2, 1));
    REQUIRE_FALSE(over_s.diagnostics.empty());
    CHECK(over_s.diagnostics[0].rule.text() == "CPTS.CONTRACT.YEARLY_MAXIMUM");
    CHECK(over_s.diagnostics[0].level == severity::error);
    CHECK_FALSE(over_s.diagnostics[0].uncertain());
}

TEST_CASE("a contract's size by the vintage in force: at its signature, and its evolution for the follow-up", "[funding][territory][vintages]") {
    // Montélimar (26198): 39 818 inhabitants in the 2021 vintage (INSEE's legal populations of 2019), 40 595 in
    // the 2026 one (those of 2023). A CPTS of Montélimar alone, signed on 2021-06-01: size 1 then, size 2 in 2026.
    auto library = commune_library{COORDCARE_COMMUNES_DIR};
    const auto code = std::get<commune_code>(commune_code::parse("26198"));
    const auto population_in = [&](date on) {
        const auto loaded = library.index_for(on);
        REQUIRE(loaded.index);
        const auto t = territories::resolve(*loaded.index, std::span<const commune_code>{&code, 1});
        REQUIRE(t.valid());
        return territory_population{territories::summarize(*loaded.index, t.value).population, loaded.choice.vintage, loaded.choice.in_force};
    };
    const auto at_signature = population_in(ymd(2021, 6, 1));
    const auto now = population_in(ymd(2026, 1, 15));
    CHECK(at_signature.population == 39'818);
    CHECK(at_signature.vintage == 2021);
    CHECK(now.population == 40'595);
    CHECK(now.vintage == 2026);
    aci_cpts_contract c{"CPTS de Montélimar", "CPAM de la Drôme", "ARS Auvergne-Rhône-Alpes", legal_form::association_1901, ymd(2021, 6, 1),
                        ymd(2021, 4, 12), 39'818, cpts_size::one, 5, 50'000_eur, {}};
    // At the signature the records agree; in 2026 the size has changed: a finding for the follow-up.
    const auto v = check_contract_territory(c, at_signature, now, ymd(2026, 1, 15));
    REQUIRE(v.diagnostics.size() == 1);
    CHECK(v.diagnostics[0].rule.text() == "CPTS.CONTRACT.SIZE_EVOLUTION");
    CHECK(v.diagnostics[0].level == severity::warning);
    CHECK(v.diagnostics[0].layer == rule_layer::contract);
    CHECK(v.diagnostics[0].detail.en ==
          "the territory counts 40,595 inhabitants (vintage 2026), which is size 2; the contract is of size 1: for the contract's follow-up (its "
          "funding adapted to the size's evolution)");
    CHECK(v.valid());  // not a refusal of the contract
    // Checked in 2021, nothing; after the contract's term, nothing either.
    CHECK(check_contract_territory(c, at_signature, at_signature, ymd(2021, 9, 1)).diagnostics.empty());
    CHECK(check_contract_territory(c, at_signature, now, ymd(2026, 6, 1)).diagnostics.empty());
    // A contract that states size 2 at its signature disagrees with its territory then.
    c.size = cpts_size::two;
    c.population = 40'595;
    const auto w = check_contract_territory(c, at_signature, now, ymd(2026, 1, 15));
    REQUIRE(w.diagnostics.size() == 1);
    CHECK(w.diagnostics[0].rule.text() == "CPTS.CONTRACT.TERRITORY_AT_SIGNATURE");
    // 2020 has no vintage of its own: the 2019 one, and the choice says so.
    CHECK(library.index_for(ymd(2020, 6, 1)).choice.vintage == 2019);
    CHECK_FALSE(library.index_for(ymd(2020, 6, 1)).choice.note().en.empty());
}
