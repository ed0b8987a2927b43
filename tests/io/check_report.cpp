// coordcare::check on the sample dossiers: the report's values, as an embedder reads them (the program's
// own output is tested by the CLI tests).
#include "sample_check.hpp"

#include <coordcare/io/report.hpp>

#include <algorithm>
#include <set>
#include <string>

namespace {
using namespace coordcare;
using namespace coordcare::testing;

/// Options with the commune data of every vintage (the library must outlive the options).
check_options with_communes(commune_library& library, date as_of) {
    check_options o;
    o.as_of = as_of;
    o.communes = library.index_for(as_of).index;
    o.communes_at = library.vintage_source();
    return o;
}

const located_diagnostic* finding(const structure_report& s, std::string_view rule) {
    for (const auto& f : s.findings)
        if (f.d.rule.text() == rule) return &f;
    return nullptr;
}
}  // namespace

TEST_CASE("check: one professional's indemnities over two CPTS, in each payer's report, with the coverage of their department", "[check]") {
    auto library = commune_library{COORDCARE_COMMUNES_DIR};
    const auto r = check(sample("cpts-professionals.json"), with_communes(library, ymd(2024, 12, 31)));
    REQUIRE(r.structures.size() == 2);
    CHECK(r.structures[0].kind == structure_kind::cpts);
    CHECK(r.structures[0].pointer == "/structures/0");
    CHECK(r.structures[0].valid());
    CHECK_FALSE(r.structures[1].valid());
    CHECK_FALSE(r.valid());
    CHECK(r.valid_structures() == 1);
    const auto* over = finding(r.structures[1], "CPTS.INDEMNITIES.PASS");
    REQUIRE(over != nullptr);
    CHECK(over->pointer == "/structures/1/indemnities/0");
    // 30 000 € from the first CPTS and 17 000 € from the second in 2024, over the PASS of 2024 (46 368 €).
    for (const auto& s : r.structures) {
        REQUIRE_FALSE(s.indemnities.empty());
        const auto& claire = s.indemnities[0];
        CHECK(claire.professional == "Dr Claire Martin");
        CHECK(claire.year == 2024);
        CHECK(claire.total == 47'000_eur);
        CHECK(claire.over);
        CHECK(claire.ceiling.id == "PASS.2024");
        REQUIRE(claire.payments.size() == 2);
        CHECK(claire.by_other_structures == 1);
        CHECK(claire.payments[0].pointer == "/structures/0/indemnities/0");
        CHECK(claire.payments[1].structure == 1);
    }
    // Sophie Petit is paid by the first CPTS alone: none of her payments is another structure's.
    const auto sophie = std::find_if(r.structures[0].indemnities.begin(), r.structures[0].indemnities.end(),
                                     [](const auto& x) { return x.professional == "Sophie Petit"; });
    REQUIRE(sophie != r.structures[0].indemnities.end());
    CHECK(sophie->payments.size() == 1);
    CHECK(sophie->by_other_structures == 0);
    CHECK_FALSE(sophie->over);
    REQUIRE(r.structures[0].territory);
    CHECK(r.structures[0].territory->population == 116'178);
    CHECK(r.structures[0].territory->vintage == 2024);
    REQUIRE(r.structures[0].territory->departments.size() == 1);
    CHECK(r.structures[0].territory->departments[0].code == "13");
    CHECK(r.structures[0].territory->departments[0].name == "Bouches-du-Rhône");
    REQUIRE(r.coverage.size() == 1);
    CHECK(r.coverage[0].department == "13");
    CHECK(r.coverage[0].covered_population == 211'695);
    REQUIRE(r.coverage[0].overlaps.size() == 1);
    CHECK(r.coverage[0].overlaps[0].structures == std::vector<std::size_t>{0, 1});
    CHECK(r.coverage[0].overlaps[0].places == std::vector<std::string>{"13201", "13202", "13203"});
    CHECK(r.coverage[0].overlaps[0].population == 116'178);
    CHECK(r.coverage_findings() == 2);
    REQUIRE(r.context.communes);
    CHECK(r.context.communes->vintage == 2024);
    CHECK(r.notes.empty());
}

TEST_CASE("check: a structure before the CPTS shifts every pointer, payer and overlap to the CPTS's own index", "[check]") {
    auto library = commune_library{COORDCARE_COMMUNES_DIR};
    auto d = sample("cpts-professionals.json");
    d.structures.insert(d.structures.begin(), sample("msp-valid.json").structures.at(0));
    d.funding.insert(d.funding.begin(), funding_record{});
    const auto r = check(d, with_communes(library, ymd(2024, 12, 31)));
    REQUIRE(r.structures.size() == 3);
    CHECK(r.structures[0].kind == structure_kind::msp);
    CHECK(r.structures[0].indemnities.empty());
    const auto* over = finding(r.structures[2], "CPTS.INDEMNITIES.PASS");
    REQUIRE(over != nullptr);
    CHECK(over->pointer == "/structures/2/indemnities/0");
    REQUIRE(r.structures[1].indemnities.size() == 2);
    CHECK(r.structures[1].indemnities[0].payments[0].pointer == "/structures/1/indemnities/0");
    CHECK(r.structures[1].indemnities[0].payments[1].structure == 2);
    REQUIRE(r.coverage.size() == 1);
    REQUIRE(r.coverage[0].overlaps.size() == 1);
    CHECK(r.coverage[0].overlaps[0].structures == std::vector<std::size_t>{1, 2});
}

TEST_CASE("check: without commune data the territory checks are skipped, with a note, and the rest is checked", "[check]") {
    check_options o;
    o.as_of = ymd(2024, 12, 31);
    const auto r = check(sample("cpts-professionals.json"), o);
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].en.find("not checked") != std::string::npos);
    CHECK_FALSE(r.context.communes);
    CHECK(r.coverage.empty());
    REQUIRE(r.structures.size() == 2);
    CHECK_FALSE(r.structures[0].territory);
    CHECK(finding(r.structures[1], "CPTS.INDEMNITIES.PASS") != nullptr);  // the indemnities do not need the data
    CHECK(finding(r.structures[0], "TERRITORY.SEAT") == nullptr);
}

TEST_CASE("check: a CPTS contract's years, amounts, schedule and the figures they rest on, each once", "[check]") {
    auto library = commune_library{COORDCARE_COMMUNES_DIR};
    const auto r = check(sample("cpts-contract.json"), with_communes(library, ymd(2025, 6, 1)));
    REQUIRE(r.structures.size() == 1);
    const auto& s = r.structures[0];
    CHECK(s.valid());
    const auto* socle = finding(s, "CPTS.CONTRACT.SOCLE_MISSIONS");
    REQUIRE(socle != nullptr);
    CHECK(socle->pointer == "/structures/0/contract/missions");
    REQUIRE(s.contract);
    const auto& c = *s.contract;
    REQUIRE(c.edition);
    REQUIRE(c.schedule);
    CHECK(c.years.size() == static_cast<std::size_t>(c.contract.term_years));
    REQUIRE(c.yearly_amounts.size() == 5);
    REQUIRE(c.yearly_amounts[0]);
    CHECK(c.yearly_amounts[0]->value == euros::from_cents(12'716'439));
    REQUIRE(c.yearly_amounts[1]);
    CHECK(c.yearly_amounts[1]->value == 165'000_eur);
    CHECK(c.schedule->total() == euros::from_cents(78'716'439));
    std::set<std::string_view> ids;
    for (const auto& f : c.figures_used) CHECK(ids.insert(f.id).second);
    for (const auto& f : c.schedule->figures) CHECK(ids.count(f.id) == 1);  // the schedule's are all there
    CHECK_FALSE(c.missions.empty());
}

TEST_CASE("check: an MSP's year, its remuneration and its SISA deadline, the signature's finding at funding/aci_signed", "[check]") {
    const auto ok = check(sample("msp-agreement.json"), check_options{ymd(2025, 6, 1)});
    REQUIRE(ok.structures.size() == 1);
    REQUIRE(ok.structures[0].msp_year);
    REQUIRE(ok.structures[0].msp_year->remuneration);
    CHECK(ok.structures[0].msp_year->remuneration->amount.value == 42'000_eur);
    CHECK(ok.structures[0].msp_year->remuneration->advance.value == 25'200_eur);
    CHECK_FALSE(ok.structures[0].msp_year->sisa_by);  // a SISA already

    const auto bad = check(sample("msp-agreement-invalid.json"), check_options{ymd(2025, 6, 1)});
    REQUIRE(bad.structures.size() == 2);
    REQUIRE(bad.structures[0].msp_year);
    CHECK(bad.structures[0].msp_year->sisa_by == ymd(2024, 12, 15));
    REQUIRE(bad.structures[0].msp_year->sisa_months);
    CHECK(bad.structures[0].msp_year->sisa_months->id == "ACI_MSP.AVENANT_1.SISA_MONTHS");
    const auto* sessions = finding(bad.structures[0], "DIRECT_ACCESS.SESSIONS");
    REQUIRE(sessions != nullptr);
    CHECK(sessions->pointer == "/structures/0/direct_access/sessions/8");
    REQUIRE(bad.structures[0].direct_access);
    CHECK(bad.structures[0].direct_access->max_sessions.raw == 8);
    REQUIRE(bad.structures[1].fir);
    CHECK(bad.structures[1].fir->doctrine != nullptr);
    CHECK_FALSE(bad.structures[1].fir->aids.empty());
    const auto* amount = finding(bad.structures[1], "FIR.AMOUNT");
    REQUIRE(amount != nullptr);
    CHECK(amount->pointer == "/structures/1/fir_plan/payments/1/amount");
}

TEST_CASE("check: a procedure's stage, deadlines, refused events and late items are in the report", "[check]") {
    const auto r = check(sample("procedures-invalid.json"), check_options{ymd(2025, 6, 1)});
    REQUIRE(r.structures.size() == 2);
    REQUIRE(r.structures[0].procedure);
    const auto& p = *r.structures[0].procedure;
    CHECK(p.result.current == procedures::stage::contract_in_force);
    CHECK(p.result.deadlines.size() == 12);
    CHECK(p.events.size() >= 8);
    CHECK(p.events[4].refused);   // the decision PROCEDURE.CPTS.PROJECT_DECISION refuses
    CHECK_FALSE(p.events[0].refused);
    std::size_t late = 0;
    for (const auto& d : p.result.deadlines)
        late += d.status == procedures::deadline_status::late || d.status == procedures::deadline_status::met_late ? 1 : 0;
    std::size_t errors = 0;
    for (const auto& f : p.result.findings) errors += f.kind != procedures::finding_kind::deadline_missed && f.level() == severity::error ? 1 : 0;
    CHECK(p.late.size() == late + errors);
    CHECK(late == 3);
    const auto* decision = finding(r.structures[0], "PROCEDURE.CPTS.PROJECT_DECISION");
    REQUIRE(decision != nullptr);
    CHECK(decision->pointer == "/structures/0/procedure/events/4");
}

TEST_CASE("check: a what-if rulebook's report says so, with the figures of the law it replaced", "[check]") {
    check_options o{ymd(2025, 6, 1)};
    o.what_if = true;
    o.law_figures_replaced = {"PASS.2024"};
    const auto r = check(sample("cds-valid.json"), o);
    CHECK(r.context.what_if);
    CHECK(r.context.law_figures_replaced == std::vector<std::string>{"PASS.2024"});
    CHECK(r.context.figures == "national");
    CHECK(r.context.doctrine == "national");
    CHECK(r.valid());
}

TEST_CASE("render: text, JSON and HTML of one report, from its values only", "[check][render]") {
    auto library = commune_library{COORDCARE_COMMUNES_DIR};
    const auto r = check(sample("cpts-professionals.json"), with_communes(library, ymd(2024, 12, 31)));
    const render::render_options en{language::en, "cpts-professionals.json", "agency-tool"};
    const auto text = render::text(r, en);
    CHECK(text.rfind("agency-tool ", 0) == 0);
    CHECK(text.find("Summary: 2 structure(s), 1 valid, 1 with errors (1 error(s), 0 warning(s)); coverage: 2 finding(s).") != std::string::npos);
    CHECK(text.find("47 000,00 €") != std::string::npos);
    const auto json = render::json(r, {language::fr, "cpts-professionals.json", "agency-tool"});
    CHECK(json.at("tool").as_string() == "agency-tool");
    CHECK_FALSE(json.at("valid").as_bool());
    CHECK(json.at("structures").as_array().size() == 2);
    CHECK(json.at("structures").as_array()[1].as_object().at("diagnostics").as_array()[0].as_object().at("pointer").as_string() ==
          "/structures/1/indemnities/0");
    CHECK(json.at("coverage").as_array().size() == 1);
    const auto page = render::html(r, en);
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(page.find("<title>agency-tool — cpts-professionals.json</title>") != std::string::npos);
    CHECK(page.find("CPTS.INDEMNITIES.PASS") != std::string::npos);
    // Without commune data, the JSON says nothing of a data it did not use.
    check_options bare;
    bare.as_of = ymd(2024, 12, 31);
    const auto skipped = check(sample("cpts-professionals.json"), bare);
    CHECK_FALSE(render::json(skipped).contains("commune_data"));
    CHECK(render::json(skipped, en).at("notes").as_array()[0].as_string() == "without commune data, the seats, the territories and their coverage are not checked");
    CHECK(render::text(skipped, en).find("\nNote: without commune data") != std::string::npos);
}
