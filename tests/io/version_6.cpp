// Format version 6: a professional's RPPS number (on a member, on an indemnity), a contract's fonctionnement by
// year, a thematic CPTS's territory, an MSP with an IPA, the reports of direct access to the patient and in the
// DMP. What reads, what an older version refuses (with the field's version), and that the writer writes version 6
// for them and reads them back.
#include <coordcare/io.hpp>

#include <catch2/catch.hpp>

#include "read_checks.hpp"

#include <string>

using namespace coordcare;

namespace {
std::string replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}
std::string with_version(std::string text, int version) {
    const auto at = text.find("\"version\": 6");
    REQUIRE(at != std::string::npos);
    return text.replace(at, 12, "\"version\": " + std::to_string(version));
}

const std::string dossier_v6 = R"({"format": "coordcare-dossier", "version": 6, "structures": [{"kind": "CPTS", "name": "CPTS du Lez", "form": "association_1901",
    "ids": {}, "seat": "34172",
    "members": [{"person": {"name": "Dr Martin", "job": {"profession": 10}, "specialty": "general_practice", "mode": "L", "associate": false,
                            "signatory": true, "rpps": "10000001916"}},
                {"person": {"name": "Mme Petit", "job": {"profession": 60}, "mode": "L", "associate": false, "signatory": true}}],
    "project": {"adopted": "2020-11-20"}, "funding": {"fir_requested": false},
    "contract": {"cpam": "CPAM", "ars": "ARS", "signed_on": "2021-03-15", "project_validated": "2021-01-10", "population": 60000, "size": 2,
                 "term_years": 5, "fonctionnement": "60000", "fonctionnement_by_year": [null, null, "105000"],
                 "missions": [{"mission": "access_to_care", "started": "2021-06-01", "years": [{"fixed": "20000", "variable": "30000"}]}]},
    "indemnities": [{"professional": "Dr Martin", "rpps": "10000001916", "paid": "2024-03-01", "amount": "30000"}],
    "territory": {"communes": ["34172"], "thematic": true}}]})";

using test::check_rejects;
}  // namespace

TEST_CASE("version 6: RPPS numbers, a fonctionnement by year, a thematic territory read and are written back", "[io][version_6]") {
    const auto r = read_dossier(dossier_v6);
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    REQUIRE(r.ok());
    const auto& s = std::get<coordcare::cpts>(r.value->structures[0]);
    CHECK(as_person(s.members[0])->rpps == "10000001916"_rpps);
    CHECK_FALSE(as_person(s.members[1])->rpps);
    const auto* f = r.value->funding_of(0);
    REQUIRE(f);
    CHECK(f->indemnities[0].rpps == "10000001916"_rpps);
    CHECK(f->contract->fonctionnement_of_year(3) == 105'000_eur);
    CHECK(f->contract->fonctionnement_of_year(2) == 60'000_eur);
    CHECK(f->territory->thematic);
    const auto text = write_dossier(*r.value);
    CHECK(text.find("\"version\": 6") != std::string::npos);
    const auto again = read_dossier(text);
    for (const auto& err : again.errors) UNSCOPED_INFO(err.text());
    REQUIRE(again.ok());
    CHECK(*again.value == *r.value);
}

TEST_CASE("version 6 fields in an older file are refused, with the version they belong to", "[io][version_6]") {
    const auto v5 = with_version(dossier_v6, 5);
    const auto r = read_dossier(v5);
    REQUIRE_FALSE(r.ok());
    std::vector<std::string> pointers;
    for (const auto& e : r.errors) pointers.push_back(e.pointer);
    CHECK(std::find(pointers.begin(), pointers.end(), "/structures/0/members/0/person/rpps") != pointers.end());
    CHECK(r.errors[0].found.en == "the field \"rpps\", of version 6");
    // Each field alone.
    const auto only = [](const std::string& text) { return read_dossier(text); };
    const auto m = only(replace(v5, ", \"rpps\": \"10000001916\"}}", "}}"));
    REQUIRE_FALSE(m.ok());
    std::vector<std::string> others;
    for (const auto& e : m.errors) others.push_back(e.pointer);
    CHECK(others == std::vector<std::string>{"/structures/0/territory/thematic", "/structures/0/contract/fonctionnement_by_year",
                                             "/structures/0/indemnities/0/rpps"});
}

TEST_CASE("an RPPS number with a wrong key, or given to two members, is refused", "[io][version_6]") {
    check_rejects(replace(dossier_v6, "\"rpps\": \"10000001916\"}}", "\"rpps\": \"10000001917\"}}"), read_error_kind::invalid_value,
                  "/structures/0/members/0/person/rpps");
    check_rejects(replace(dossier_v6, "\"signatory\": true}}],", "\"signatory\": true, \"rpps\": \"10000001916\"}}],"), read_error_kind::duplicate_member,
                  "/structures/0/members/1/person/rpps");
}
