// A FIR start-up aid plan checked against a region's doctrine (the figures of [ars-paca-cdc-cpts],
// [ars-idf-cpts] and [guichet-cpts-faq-4]), and a record of direct-access physiotherapy sessions checked
// against the law ([loi-2023-379], [decret-2024-618], [arrete-2025-06-06-acces-direct]). The verdicts are
// written by hand from these documents and the texts.
#include <coordcare/coordcare.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace coordcare;
using funding::fir_payment;
using funding::fir_plan;
using practice::direct_access_record;
using practice::physiotherapy_session;

namespace {
date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

std::vector<std::string> ids(const validation& v) {
    std::vector<std::string> out;
    for (const auto& d : v.diagnostics) out.emplace_back(d.rule.text());
    return out;
}
std::vector<std::string> fir(const fir_plan& plan, structure_kind kind, const parameters::figure_set& figures = parameters::national_figures) {
    return ids(funding::check_fir_plan(plan, kind, ymd(2026, 1, 1), figures));
}
fir_plan cpts_plan(std::string region, std::vector<fir_payment> payments) {
    return fir_plan{std::move(region), ymd(2025, 3, 10), std::nullopt, std::move(payments)};
}
using strings = std::vector<std::string>;
}  // namespace

TEST_CASE("FIR: the FAQ's doctrine, 50 000 € for a CPTS in two payments over six months", "[funding][fir]") {
    CHECK(fir(cpts_plan("occitanie", {{ymd(2025, 4, 1), 25'000_eur}, {ymd(2025, 10, 1), 25'000_eur}}), structure_kind::cpts).empty());
    // One cent more.
    CHECK(fir(cpts_plan("occitanie", {{ymd(2025, 4, 1), 25'000_eur}, {ymd(2025, 10, 1), euros::from_cents(2'500'001)}}), structure_kind::cpts) ==
          strings{"FIR.AMOUNT"});
    // A third payment.
    CHECK(fir(cpts_plan("occitanie", {{ymd(2025, 4, 1), 20'000_eur}, {ymd(2025, 5, 1), 20'000_eur}, {ymd(2025, 6, 1), 10'000_eur}}),
              structure_kind::cpts) == strings{"FIR.PAYMENTS"});
    // Six months and a day.
    CHECK(fir(cpts_plan("occitanie", {{ymd(2025, 4, 1), 25'000_eur}, {ymd(2025, 10, 2), 25'000_eur}}), structure_kind::cpts) ==
          strings{"FIR.PERIOD"});
    // An ESP: 30 000 € in at most 3 payments over at most 3 years; an MSP: 50 000 € in 2 payments over 2 years.
    CHECK(fir(fir_plan{"occitanie", {}, {}, {{ymd(2024, 1, 1), 10'000_eur}, {ymd(2025, 1, 1), 10'000_eur}, {ymd(2027, 1, 1), 10'000_eur}}},
              structure_kind::esp)
              .empty());
    CHECK(fir(fir_plan{"occitanie", {}, {}, {{ymd(2024, 1, 1), 10'000_eur}, {ymd(2025, 1, 1), 10'000_eur}, {ymd(2027, 1, 2), 10'000_eur}}},
              structure_kind::esp) == strings{"FIR.PERIOD"});
    CHECK(fir(fir_plan{"occitanie", {}, {}, {{ymd(2024, 1, 1), 30'000_eur}, {ymd(2026, 1, 1), 20'000_eur}}}, structure_kind::msp).empty());
    CHECK(fir(fir_plan{"occitanie", {}, {}, {{ymd(2024, 1, 1), 30'000_eur}, {ymd(2026, 1, 2), 20'000_eur}}}, structure_kind::msp) ==
          strings{"FIR.PERIOD"});
}

TEST_CASE("FIR: a plan too large or too long under one preset, accepted under another", "[funding][fir]") {
    const std::vector<fir_payment> large{{ymd(2025, 4, 1), 25'000_eur}, {ymd(2025, 9, 1), 20'000_eur}};  // 45 000 €
    CHECK(fir(cpts_plan("provence-alpes-cote-d-azur", large), structure_kind::cpts) == strings{"FIR.AMOUNT"});  // 40 000 € at most
    CHECK(fir(cpts_plan("occitanie", large), structure_kind::cpts).empty());                                     // 50 000 € at most
    const std::vector<fir_payment> long_plan{{ymd(2025, 4, 1), 15'000_eur}, {ymd(2026, 4, 1), 15'000_eur}};     // a year apart
    CHECK(fir(cpts_plan("occitanie", long_plan), structure_kind::cpts) == strings{"FIR.PERIOD"});                // six months at most
    CHECK(fir(cpts_plan("ile-de-france", long_plan), structure_kind::cpts).empty());                              // no period said
    CHECK(fir(cpts_plan("ile-de-france", {{ymd(2025, 4, 1), euros::from_cents(3'000'001)}}), structure_kind::cpts) == strings{"FIR.AMOUNT"});
}

TEST_CASE("FIR: nothing is paid before the letter of intent is validated (ARS PACA, ARS IDF)", "[funding][fir]") {
    CHECK(fir(cpts_plan("provence-alpes-cote-d-azur", {{ymd(2025, 3, 9), 20'000_eur}}), structure_kind::cpts) == strings{"FIR.OPENING_STEP"});
    CHECK(fir(cpts_plan("provence-alpes-cote-d-azur", {{ymd(2025, 3, 10), 20'000_eur}}), structure_kind::cpts).empty());  // the same day
    const fir_plan no_letter{"ile-de-france", std::nullopt, std::nullopt, {{ymd(2025, 4, 1), 10'000_eur}}};
    const auto v = funding::check_fir_plan(no_letter, structure_kind::cpts, ymd(2026, 1, 1));
    REQUIRE(ids(v) == strings{"FIR.OPENING_STEP"});
    CHECK(v.diagnostics[0].path.json_pointer() == "/letter_of_intent_validated");
    // The FAQ says no step: none is checked.
    CHECK(fir(fir_plan{"occitanie", {}, {}, {{ymd(2025, 4, 1), 10'000_eur}}}, structure_kind::cpts).empty());
}

TEST_CASE("FIR: ARS PACA's methodological support, 25 000 € in its text and 20 000 € in its template", "[funding][fir]") {
    const auto support = [](euros amount) {
        return cpts_plan("provence-alpes-cote-d-azur", {{ymd(2025, 4, 1), 40'000_eur}, {ymd(2025, 4, 1), amount, fir_purpose::methodological_support}});
    };
    CHECK(fir(support(20'000_eur), structure_kind::cpts).empty());
    const auto v = funding::check_fir_plan(support(22'000_eur), structure_kind::cpts, ymd(2026, 1, 1));
    REQUIRE(ids(v) == strings{"FIR.AMOUNT_DISPUTED"});
    CHECK(v.valid());  // a warning: both figures visible, the text's as the ceiling
    CHECK(v.diagnostics[0].detail.en.find("25 000,00 €") != std::string::npos);
    CHECK(v.diagnostics[0].detail.en.find("20 000,00 €") != std::string::npos);
    CHECK(fir(support(euros::from_cents(2'500'001)), structure_kind::cpts) == strings{"FIR.AMOUNT"});
    // The FAQ's region has no methodological support: not checked, and said so.
    CHECK(fir(cpts_plan("occitanie", {{ymd(2025, 4, 1), 1'000_eur, fir_purpose::methodological_support}}), structure_kind::cpts) ==
          strings{"FIR.DOCTRINE"});
}

TEST_CASE("FIR: a region or a kind without a doctrine is a warning, never a verdict", "[funding][fir]") {
    const auto unknown = funding::check_fir_plan(fir_plan{"bretagne", {}, {}, {{ymd(2025, 4, 1), 1'000'000_eur}}}, structure_kind::cpts, ymd(2026, 1, 1));
    CHECK(ids(unknown) == strings{"FIR.DOCTRINE"});
    CHECK(unknown.valid());
    CHECK(unknown.diagnostics[0].detail.en.find("occitanie, ile-de-france, provence-alpes-cote-d-azur") != std::string::npos);
    CHECK(fir(fir_plan{"occitanie", {}, {}, {{ymd(2025, 4, 1), 1'000_eur}}}, structure_kind::ess) == strings{"FIR.DOCTRINE"});
}

TEST_CASE("FIR: a rulebook (a user's doctrine) replaces a preset's figure", "[funding][fir][rulebook]") {
    const parameters::rulebook book{"PACA 2026", {{"FIR.PROVENCE_ALPES_COTE_D_AZUR.CPTS.START_UP.AMOUNT", 50'000_eur, certainty::stated, "our ARS"},
                                                  {"FIR.OCCITANIE.CPTS.START_UP.MONTHS", std::int64_t{12}, certainty::stated, "our ARS"}}};
    const auto applied = parameters::apply(parameters::national_figures, book);
    REQUIRE(applied.errors.empty());
    const std::vector<fir_payment> large{{ymd(2025, 4, 1), 25'000_eur}, {ymd(2025, 9, 1), 20'000_eur}};
    CHECK(fir(cpts_plan("provence-alpes-cote-d-azur", large), structure_kind::cpts, applied.figures()).empty());
    CHECK(fir(cpts_plan("occitanie", {{ymd(2025, 4, 1), 15'000_eur}, {ymd(2026, 4, 1), 15'000_eur}}), structure_kind::cpts, applied.figures()).empty());
    const auto over = funding::check_fir_plan(cpts_plan("provence-alpes-cote-d-azur", {{ymd(2025, 4, 1), 60'000_eur}}), structure_kind::cpts,
                                              ymd(2026, 1, 1), applied.figures());
    REQUIRE(ids(over) == strings{"FIR.AMOUNT"});
    CHECK(over.diagnostics[0].detail.en.find("50 000,00 €") != std::string::npos);
}

// ---- Direct access ---------------------------------------------------------------------------------

namespace {
direct_access_record sessions(care_setting setting, std::string department, date first, int count, std::string patient = "P1") {
    direct_access_record r{setting, std::move(department), {}, {{patient, first}}};
    for (int i = 0; i < count; ++i)
        r.sessions.push_back({patient, date{std::chrono::sys_days{first} + std::chrono::days{7 * i}}});
    return r;
}
std::vector<std::string> access(const direct_access_record& r, date as_of = ymd(2026, 6, 1)) { return ids(practice::check_direct_access(r, as_of)); }
}  // namespace

TEST_CASE("Direct access: eight sessions without a diagnosis, not nine", "[practice][direct_access]") {
    CHECK(access(sessions(care_setting::msp, "83", ymd(2025, 1, 6), 8)).empty());
    const auto nine = practice::check_direct_access(sessions(care_setting::msp, "83", ymd(2025, 1, 6), 9), ymd(2026, 6, 1));
    REQUIRE(ids(nine) == strings{"DIRECT_ACCESS.SESSIONS"});
    CHECK(nine.diagnostics[0].path.json_pointer() == "/sessions/8");
    // Sessions after a medical diagnosis are not direct access.
    auto with_diagnosis = sessions(care_setting::msp, "83", ymd(2025, 1, 6), 9);
    with_diagnosis.sessions[3].prior_diagnosis = true;
    CHECK(access(with_diagnosis).empty());
    // Each patient has eight; the ninth session is not yet given on the date of the check.
    auto two_patients = sessions(care_setting::cds, "75", ymd(2025, 1, 6), 8);
    for (const auto& s : sessions(care_setting::cds, "75", ymd(2025, 1, 6), 8, "P2").sessions) two_patients.sessions.push_back(s);
    two_patients.reports.push_back({"P2", ymd(2025, 1, 6)});
    CHECK(access(two_patients).empty());
    CHECK(access(sessions(care_setting::msp, "83", ymd(2025, 1, 6), 9), ymd(2025, 3, 2)).empty());  // the 9th is on 2025-03-03
}

TEST_CASE("Direct access: only in the settings the law allows, from 2023-05-21", "[practice][direct_access]") {
    CHECK(access(sessions(care_setting::private_practice, "83", ymd(2025, 1, 6), 1)) == strings{"DIRECT_ACCESS.SETTING"});
    CHECK(access(sessions(care_setting::esp, "83", ymd(2023, 5, 20), 1)) == strings{"DIRECT_ACCESS.SETTING"});
    CHECK(access(sessions(care_setting::esp, "83", ymd(2023, 5, 21), 1)).empty());
    for (const auto s : {care_setting::ess, care_setting::msp, care_setting::cds, care_setting::health_establishment, care_setting::medico_social_establishment})
        CHECK(access(sessions(s, "01", ymd(2024, 1, 8), 2)).empty());
}

TEST_CASE("Direct access in a CPTS: the experiment's departments and period", "[practice][direct_access]") {
    CHECK(access(sessions(care_setting::cpts, "83", ymd(2025, 7, 15), 3)).empty());  // Var, from the first day
    CHECK(access(sessions(care_setting::cpts, "2B", ymd(2025, 9, 1), 3)).empty());   // Haute-Corse
    CHECK(access(sessions(care_setting::cpts, "974", ymd(2025, 9, 1), 3)).empty());  // La Réunion
    const auto outside = practice::check_direct_access(sessions(care_setting::cpts, "13", ymd(2025, 9, 1), 3), ymd(2026, 6, 1));
    REQUIRE(ids(outside) == strings{"DIRECT_ACCESS.CPTS_DEPARTMENT"});  // once for the record
    CHECK(outside.diagnostics[0].path.json_pointer() == "/department");
    CHECK(outside.diagnostics[0].detail.fr.find("Bouches-du-Rhône") != std::string::npos);
    CHECK(access(sessions(care_setting::cpts, "2A", ymd(2025, 9, 1), 1)) == strings{"DIRECT_ACCESS.CPTS_DEPARTMENT"});  // Corse-du-Sud is not in it
    CHECK(access(sessions(care_setting::cpts, "83", ymd(2025, 7, 14), 1)) == strings{"DIRECT_ACCESS.CPTS_PERIOD"});
    CHECK(access(sessions(care_setting::cpts, "83", ymd(2030, 7, 14), 1), ymd(2031, 1, 1)).empty());
    CHECK(access(sessions(care_setting::cpts, "83", ymd(2030, 7, 15), 1), ymd(2031, 1, 1)) == strings{"DIRECT_ACCESS.CPTS_PERIOD"});
    CHECK(parameters::direct_access.in_experiment("78"));
    CHECK_FALSE(parameters::direct_access.in_experiment("75"));
}

TEST_CASE("Direct access: a report to the médecin traitant", "[practice][direct_access]") {
    auto r = sessions(care_setting::msp, "83", ymd(2025, 1, 6), 2);
    r.reports.clear();
    const auto v = practice::check_direct_access(r, ymd(2026, 6, 1));
    REQUIRE(ids(v) == strings{"DIRECT_ACCESS.REPORT"});
    CHECK(v.valid());  // a warning: no deadline is known
    r.reports.push_back({"P1", ymd(2025, 1, 5)});  // before the first session: not a report of it
    CHECK(access(r) == strings{"DIRECT_ACCESS.REPORT"});
    r.reports.push_back({"P1", ymd(2025, 1, 20)});
    CHECK(access(r).empty());
}

TEST_CASE("Direct access: the report goes to the patient too and is entered in the DMP", "[practice][direct_access]") {
    // "Un bilan initial et un compte rendu des soins réalisés par le masseur-kinésithérapeute sont systématiquement
    // adressés au médecin traitant du patient ainsi qu'à ce dernier et reportés dans le dossier médical partagé."
    auto r = sessions(care_setting::msp, "83", ymd(2025, 1, 6), 2);
    r.reports = {{"P1", ymd(2025, 1, 20), true, true}};
    CHECK(access(r).empty());
    r.reports = {{"P1", ymd(2025, 1, 20), false, true}};
    CHECK(access(r) == strings{"DIRECT_ACCESS.REPORT_TO_PATIENT"});
    r.reports = {{"P1", ymd(2025, 1, 20), true, false}};
    const auto v = practice::check_direct_access(r, ymd(2026, 6, 1));
    REQUIRE(ids(v) == strings{"DIRECT_ACCESS.REPORT_IN_DMP"});
    CHECK(v.diagnostics[0].path.text() == "reports[0].in_dmp");
    CHECK(v.diagnostics[0].level == severity::warning);
    // Not recorded (a file of an older version): nothing is said of them.
    r.reports = {{"P1", ymd(2025, 1, 20)}};
    CHECK(access(r).empty());
}

TEST_CASE("FIR: a verdict on the help desk FAQ's figures (U) is a warning that says so, on ARS PACA's (S) an error", "[funding][fir][uncertain]") {
    // The FAQ's 50 000 € in 2 payments over 6 months is undated and its region not stated (U).
    const auto third = funding::check_fir_plan(
        cpts_plan("occitanie", {{ymd(2025, 4, 1), 20'000_eur}, {ymd(2025, 5, 1), 20'000_eur}, {ymd(2025, 6, 1), 10'000_eur}}), structure_kind::cpts,
        ymd(2026, 1, 1));
    REQUIRE(ids(third) == strings{"FIR.PAYMENTS"});
    CHECK(third.diagnostics[0].level == severity::warning);
    CHECK(third.diagnostics[0].softened_from == severity::error);
    REQUIRE(third.diagnostics[0].figures.size() == 1);
    CHECK(third.diagnostics[0].figures[0].id == "FIR.OCCITANIE.CPTS.START_UP.PAYMENTS");
    CHECK(third.diagnostics[0].figures[0].layer == rule_layer::regional_doctrine);
    CHECK(third.valid());
    // ARS PACA's 40 000 € is its specifications' (S): over it, an error, certain.
    const auto paca = funding::check_fir_plan(cpts_plan("provence-alpes-cote-d-azur", {{ymd(2025, 4, 1), 40'001_eur}}), structure_kind::cpts,
                                              ymd(2026, 1, 1));
    REQUIRE(ids(paca) == strings{"FIR.AMOUNT"});
    CHECK(paca.diagnostics[0].level == severity::error);
    CHECK_FALSE(paca.diagnostics[0].uncertain());
}
