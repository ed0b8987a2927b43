// The funding records of a CPTS in the dossier format (version 2) and rulebook files: what reads, what is
// refused with which pointer, and that a version-1 file is read as before.
#include <coordcare/io.hpp>

#include <catch2/catch.hpp>

#include "read_checks.hpp"

#include <string>

using namespace coordcare;

namespace {

date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

const std::string members =
    R"([{"person": {"name": "Dr A", "job": {"profession": 10}, "specialty": "general_practice", "mode": "L", "associate": false, "signatory": true}},
        {"person": {"name": "B", "job": {"profession": 60}, "mode": "L", "associate": false, "signatory": true}}])";
const std::string ok_contract = R"({"cpam": "CPAM", "ars": "ARS", "signed_on": "2021-03-15", "project_validated": "2021-01-10",
    "population": 60000, "size": 2, "term_years": 5, "fonctionnement": "60000",
    "missions": [{"mission": "access_to_care", "started": "2021-06-01", "years": [{"fixed": "20000", "variable": "30000.5"}]}],
    "achievement": [{"mission": "access_to_care", "year": 1, "rate": "80"}]})";

std::string cpts_with(const std::string& extra, int version = 2) {
    return R"({"format": "coordcare-dossier", "version": )" + std::to_string(version) +
           R"(, "structures": [{"kind": "CPTS", "name": "CPTS du Val", "form": "association_1901", "ids": {}, "members": )" + members +
           R"(, "project": {"adopted": "2020-11-20"}, "funding": {"fir_requested": false})" + extra + "}]}";
}
std::string with_contract(std::string contract) { return cpts_with(R"(, "contract": )" + contract); }
std::string replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

using test::check_rejects;

}  // namespace

TEST_CASE("a CPTS's contract and indemnities read, with the structure's name and form", "[io][funding]") {
    const auto r = read_dossier(cpts_with(R"(, "contract": )" + ok_contract +
                                          R"(, "indemnities": [{"professional": "Dr A", "paid": "2025-03-01", "amount": "30000.01"}])"));
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    REQUIRE(r.ok());
    const auto* f = r.value->funding_of(0);
    REQUIRE(f);
    REQUIRE(f->contract);
    const auto& c = *f->contract;
    CHECK(c.cpts == "CPTS du Val");
    CHECK(c.form == legal_form::association_1901);
    CHECK(c.signed_on == ymd(2021, 3, 15));
    CHECK(c.size == cpts_size::two);
    CHECK(c.fonctionnement == 60'000_eur);
    REQUIRE(c.missions.size() == 1);
    CHECK(c.missions[0].years[0].variable == euros::from_cents(3'000'050));
    CHECK(c.missions[0].years[1] == funding::mission_year{});  // a year not given is zero
    REQUIRE(f->achievement.size() == 1);
    CHECK(f->achievement[0].rate.value() == 80_pct);
    CHECK(f->achievement_or_full().of(cpts_mission::access_to_care, 2).value() == 100_pct);
    REQUIRE(f->indemnities.size() == 1);
    CHECK(f->indemnities[0].amount == euros::from_cents(3'000'001));
    // Written back, it is version 2 and reads to the same dossier.
    const auto text = write_dossier(*r.value);
    CHECK(text.find("\"version\": 2") != std::string::npos);
    CHECK(read_dossier(text).value == r.value);
}

TEST_CASE("a dossier without funding records is written as version 1", "[io][funding]") {
    const auto r = read_dossier(cpts_with("", 1));
    REQUIRE(r.ok());
    CHECK(write_dossier(*r.value).find("\"version\": 1") != std::string::npos);
}

TEST_CASE("a version-1 file with a contract is refused: the field is unknown there", "[io][funding]") {
    check_rejects(cpts_with(R"(, "contract": )" + ok_contract, 1), read_error_kind::unknown_field, "/structures/0/contract");
}

TEST_CASE("bad contracts are refused with the pointer of the value", "[io][funding]") {
    const std::string at = "/structures/0/contract";
    check_rejects(with_contract(replace(ok_contract, R"("60000")", "60000")), read_error_kind::wrong_type, at + "/fonctionnement");
    check_rejects(with_contract(replace(ok_contract, R"("60000")", R"("60000.001")")), read_error_kind::invalid_value, at + "/fonctionnement");
    check_rejects(with_contract(replace(ok_contract, R"("60000")", R"("-5")")), read_error_kind::invalid_value, at + "/fonctionnement");
    check_rejects(with_contract(replace(ok_contract, R"("60000")", R"("1e5")")), read_error_kind::invalid_value, at + "/fonctionnement");
    check_rejects(with_contract(replace(ok_contract, R"("size": 2)", R"("size": 5)")), read_error_kind::out_of_range, at + "/size");
    check_rejects(with_contract(replace(ok_contract, R"("term_years": 5)", R"("term_years": 6)")), read_error_kind::out_of_range,
                  at + "/term_years");
    check_rejects(with_contract(replace(ok_contract, R"("access_to_care", "started")", R"("research", "started")")),
                  read_error_kind::unknown_code, at + "/missions/0/mission");
    check_rejects(with_contract(replace(ok_contract, R"("rate": "80")", R"("rate": "100.01")")), read_error_kind::out_of_range,
                  at + "/achievement/0/rate");
    check_rejects(with_contract(replace(ok_contract, R"("year": 1)", R"("year": 0)")), read_error_kind::out_of_range, at + "/achievement/0/year");
    check_rejects(with_contract(replace(ok_contract, R"("cpam": "CPAM", )", "")), read_error_kind::missing_field, at + "/cpam");
    check_rejects(with_contract(replace(ok_contract, R"("cpam": "CPAM")", R"("cpam": "CPAM", "budget": "1")")), read_error_kind::unknown_field,
                  at + "/budget");
    check_rejects(with_contract(replace(ok_contract, R"([{"fixed": "20000", "variable": "30000.5"}])", "[]")), read_error_kind::out_of_range,
                  at + "/missions/0/years");
    check_rejects(with_contract(replace(ok_contract, R"("signed_on": "2021-03-15")", R"("signed_on": "2021-02-29")")),
                  read_error_kind::invalid_value, at + "/signed_on");
    const auto twice = replace(ok_contract, R"([{"mission": "access_to_care", "year": 1, "rate": "80"}])",
                               R"([{"mission": "access_to_care", "year": 1, "rate": "80"}, {"mission": "access_to_care", "year": 1, "rate": "70"}])");
    check_rejects(with_contract(twice), read_error_kind::invalid_value, at + "/achievement/1");
    check_rejects(cpts_with(R"(, "indemnities": [{"professional": "Dr A", "paid": "2025-03-01"}])"), read_error_kind::missing_field,
                  "/structures/0/indemnities/0/amount");
}

TEST_CASE("a rulebook of version 2 may be a what-if, which replaces figures of the law", "[io][rulebook]") {
    const std::string what_if = R"({"format": "coordcare-rulebook", "version": 2, "name": "PASS+", "what_if": true, "figures": [
        {"id": "PASS.2026", "value": {"amount": "50000.00"}, "certainty": "uncertain", "source": "a simulation"}]})";
    const auto r = read_rulebook(what_if);
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    REQUIRE(r.ok());
    CHECK(r.value->what_if);
    const auto applied = parameters::apply(parameters::national_figures, *r.value);
    CHECK(applied.errors.empty());
    CHECK(applied.law_figures_replaced == std::vector<std::string>{"PASS.2026"});
    // Version 1 knows no "what_if".
    const auto v1 = read_rulebook(R"({"format": "coordcare-rulebook", "version": 1, "name": "x", "what_if": true, "figures": []})");
    REQUIRE_FALSE(v1.ok());
    CHECK(v1.errors[0].pointer == "/what_if");
    CHECK(v1.errors[0].found.en == "the field \"what_if\", of version 2");
    // Without it, the law's figure is refused when the rulebook is applied.
    const auto no = read_rulebook(R"({"format": "coordcare-rulebook", "version": 2, "name": "x", "figures": [
        {"id": "PASS.2026", "value": {"amount": "50000.00"}, "certainty": "uncertain", "source": "a simulation"}]})");
    REQUIRE(no.ok());
    CHECK(parameters::apply(parameters::national_figures, *no.value).errors.size() == 1);
}

TEST_CASE("a rulebook file reads, and its errors have their pointers", "[io][rulebook]") {
    const std::string ok = R"({"format": "coordcare-rulebook", "version": 1, "name": "mine", "figures": [
        {"id": "ACI_CPTS.2019.SIZE_3_FROM", "value": {"count": 80001}, "certainty": "seed", "source": "80 000 read as size 2"},
        {"id": "ACI_CPTS.2019.ADVANCE", "value": {"percent": "70"}, "certainty": "uncertain", "source": "a test"},
        {"id": "PASS.2025", "value": {"amount": "47100.00"}, "certainty": "confirmed", "source": "arrêté"},
        {"id": "ACI_CPTS.2019.PRORATION", "value": {"proration": "months"}, "certainty": "seed", "source": "a test"}]})";
    const auto r = read_rulebook(ok);
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    REQUIRE(r.ok());
    CHECK(r.value->name == "mine");
    REQUIRE(r.value->figures.size() == 4);
    CHECK(r.value->figures[0].value == parameters::figure_value{std::int64_t{80'001}});
    CHECK(r.value->figures[1].value == parameters::figure_value{70_pct});
    CHECK(r.value->figures[1].status == certainty::uncertain);
    CHECK(r.value->figures[2].value == parameters::figure_value{47'100_eur});
    CHECK_FALSE(r.value->what_if);
    CHECK(r.value->figures[3].value == parameters::figure_value{proration_basis::months});
    const auto applied = parameters::apply(parameters::national_figures, *r.value);
    CHECK(applied.errors.empty());
    CHECK(applied.figures().aci_cpts[0].advance.value == 70_pct);

    const auto fails = [](const std::string& text, const std::string& pointer) {
        const auto x = read_rulebook(text);
        for (const auto& err : x.errors) UNSCOPED_INFO(err.text());
        REQUIRE_FALSE(x.ok());
        CHECK(x.errors[0].pointer == pointer);
    };
    fails(replace(ok, R"({"count": 80001})", R"({"count": 80001, "amount": "1"})"), "/figures/0/value");
    fails(replace(ok, R"({"count": 80001})", R"(80001)"), "/figures/0/value");
    fails(replace(ok, R"("certainty": "seed", "source": "80)", R"("certainty": "sure", "source": "80)"), "/figures/0/certainty");
    fails(replace(ok, R"("source": "80 000 read as size 2")", R"("source": "")"), "/figures/0/source");
    fails(replace(ok, R"("version": 1)", R"("version": 3)"), "/version");
    fails(replace(ok, R"("coordcare-rulebook")", R"("coordcare-dossier")"), "/format");
    fails(replace(ok, R"("name": "mine", )", R"("name": "mine", "region": "x", )"), "/region");
}
