// Malformed inputs: each gives a clear error — its kind, the JSON pointer of the offending value, and
// what was expected and found — never a crash, never a partial dossier.
#include <coordcare/io.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace coordcare;

namespace {

/// A valid dossier with one MSP whose parts the cases replace.
std::string dossier_with(const std::string& structure) {
    return R"({"format": "coordcare-dossier", "version": 1, "structures": [)" + structure + "]}";
}
std::string msp_with(const std::string& members, const std::string& extra = "") {
    return dossier_with(R"({"kind": "MSP", "name": "MSP", "form": "sisa", "ids": {}, "members": [)" + members +
                        R"(], "funding": {"fir_requested": false})" + extra + "}");
}
std::string person_with(const std::string& fields) {
    return R"({"person": {"name": "Dr A", )" + fields + "}}";
}
const std::string person_pointer = "/structures/0/members/0/person";
const std::string ok_person_fields = R"("job": {"profession": 10}, "specialty": "general_practice", "mode": "L", "associate": true, "signatory": true)";

struct expectation {
    read_error_kind kind;
    std::string pointer;
    std::string found_part;  // a part of the "found" text
};

void check_rejects(const std::string& input, const expectation& e, const read_limits& limits = {}) {
    const auto r = read_dossier(input, limits);
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    REQUIRE_FALSE(r.ok());
    REQUIRE_FALSE(r.value.has_value());  // never a partial dossier
    REQUIRE_FALSE(r.errors.empty());
    CHECK(id(r.errors[0].kind) == id(e.kind));
    CHECK(r.errors[0].pointer == e.pointer);
    CHECK(r.errors[0].found.en.find(e.found_part) != std::string::npos);
    CHECK_FALSE(r.errors[0].expected.en.empty());
    CHECK_FALSE(r.errors[0].expected.fr.empty());
    CHECK_FALSE(r.errors[0].found.fr.empty());
}

}  // namespace

TEST_CASE("the reference dossier of these tests is valid", "[io][malformed]") {
    const auto r = read_dossier(msp_with(person_with(ok_person_fields)));
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    CHECK(r.ok());
}

TEST_CASE("malformed document: empty file", "[io][malformed]") { check_rejects("", {read_error_kind::empty_input, "", "nothing"}); }
TEST_CASE("malformed document: only white space", "[io][malformed]") { check_rejects(" \n\t ", {read_error_kind::empty_input, "", "nothing"}); }
TEST_CASE("malformed document: truncated file", "[io][malformed]") {
    const auto full = msp_with(person_with(ok_person_fields));
    const auto cut = full.find(R"("mode")");  // in the middle of the first member
    check_rejects(full.substr(0, cut), {read_error_kind::syntax, "/structures/0/members/0/person/specialty", "at byte " + std::to_string(cut)});
}
TEST_CASE("malformed document: not JSON", "[io][malformed]") {
    check_rejects("format = coordcare", {read_error_kind::syntax, "", "an unexpected character at byte 0"});
}
TEST_CASE("malformed document: trailing garbage", "[io][malformed]") { check_rejects(msp_with(person_with(ok_person_fields)) + " }", {read_error_kind::syntax, "", "more text at byte"}); }
TEST_CASE("malformed document: invalid UTF-8 in a string", "[io][malformed]") {
    check_rejects(msp_with(R"({"person": {"name": "Dr )" + std::string{"\xC3\x28"} + R"(", )" + ok_person_fields + "}}"),
                  {read_error_kind::encoding, "/structures/0/members/0/person/name", "an invalid UTF-8 sequence at byte"});
}
TEST_CASE("malformed document: a Latin-1 file", "[io][malformed]") {
    const std::string latin1 = msp_with(R"({"person": {"name": "H)" + std::string{"\xE9"} + R"(l\u00e8ne", )" + ok_person_fields + "}}");
    const auto r = read_dossier(latin1);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].kind == read_error_kind::encoding);
    CHECK(r.errors[0].pointer == "/structures/0/members/0/person/name");
    CHECK_THAT(r.errors[0].found.en, Catch::Contains("(0xE9)") && Catch::Contains("Latin-1"));
    CHECK_THAT(r.errors[0].found.fr, Catch::Contains("séquence UTF-8 invalide"));
}
TEST_CASE("malformed document: a UTF-8 byte-order mark", "[io][malformed]") {
    check_rejects("\xEF\xBB\xBF" + msp_with(person_with(ok_person_fields)), {read_error_kind::encoding, "", "a UTF-8 byte-order mark (EF BB BF)"});
}
TEST_CASE("malformed document: UTF-16, with or without its byte-order mark", "[io][malformed]") {
    auto utf16le = [](std::string_view ascii, bool bom) {
        std::string out = bom ? std::string{"\xFF\xFE"} : std::string{};
        for (const char c : ascii) (out += c) += '\0';
        return out;
    };
    const auto text = msp_with(person_with(ok_person_fields));
    check_rejects(utf16le(text, true), {read_error_kind::encoding, "", "UTF-16 text (byte-order mark FF FE)"});
    check_rejects(utf16le(text, false), {read_error_kind::encoding, "", "UTF-16 or UTF-32 text"});
    check_rejects("\xFE\xFF" + std::string{"\0{"}, {read_error_kind::encoding, "", "UTF-16 text (byte-order mark FE FF)"});
    check_rejects(std::string{"\xFF\xFE\0\0{\0\0\0", 8}, {read_error_kind::encoding, "", "UTF-32"});
}
TEST_CASE("malformed document: too large, with its real size", "[io][malformed]") {
    read_limits small;
    small.max_bytes = 1000;
    const std::string text(1500, ' ');
    const auto r = read_dossier(text, small);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].kind == read_error_kind::too_large);
    CHECK(r.errors[0].found.en == "1,500 bytes");
    CHECK(r.errors[0].expected.fr == "au plus 1 000 octets");
    CHECK(too_large_error(16u << 20, std::nullopt).found.en == "more than 16,777,216 bytes");
}
TEST_CASE("malformed document: duplicate keys", "[io][malformed]") {
    check_rejects(msp_with(person_with(ok_person_fields), R"(, "name": "again")"),
                  {read_error_kind::duplicate_key, "/structures/0/name", "\"name\" again"});
}
TEST_CASE("malformed document: a document that is not an object", "[io][malformed]") { check_rejects("[1, 2]", {read_error_kind::wrong_type, "", "an array of 2"}); }
TEST_CASE("malformed document: another format", "[io][malformed]") {
    check_rejects(R"({"format": "fhir", "version": 1, "structures": []})", {read_error_kind::unsupported_format, "/format", "fhir"});
}
TEST_CASE("malformed document: a later version", "[io][malformed]") {
    check_rejects(R"({"format": "coordcare-dossier", "version": 7, "structures": []})",
                  {read_error_kind::unsupported_format, "/version", "7"});
}
TEST_CASE("malformed document: a negative version", "[io][malformed]") {
    check_rejects(R"({"format": "coordcare-dossier", "version": -1, "structures": []})", {read_error_kind::out_of_range, "/version", "-1"});
}
TEST_CASE("malformed document: a version that is a string", "[io][malformed]") {
    check_rejects(R"({"format": "coordcare-dossier", "version": "1", "structures": []})", {read_error_kind::wrong_type, "/version", "\"1\""});
}
TEST_CASE("malformed document: no structures", "[io][malformed]") {
    check_rejects(R"({"format": "coordcare-dossier", "version": 1})", {read_error_kind::missing_field, "/structures", "nothing"});
}
TEST_CASE("malformed document: an unknown top-level field", "[io][malformed]") {
    check_rejects(R"({"format": "coordcare-dossier", "version": 1, "structures": [], "region": "x"})",
                  {read_error_kind::unknown_field, "/region", "\"region\""});
}

TEST_CASE("malformed limit: input too large", "[io][malformed]") {
    read_limits small;
    small.max_bytes = 100;
    check_rejects(msp_with(person_with(ok_person_fields)), {read_error_kind::too_large, "", "bytes"}, small);
}
TEST_CASE("malformed limit: deep nesting", "[io][malformed]") {
    std::string deep(40, '[');
    deep += std::string(40, ']');
    check_rejects(dossier_with(deep), {read_error_kind::too_deep, "/structures/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0", "deeper"});
}
TEST_CASE("malformed limit: huge array", "[io][malformed]") {
    read_limits small;
    small.max_array_length = 3;
    std::string members = person_with(ok_person_fields);
    for (int i = 0; i < 5; ++i) members += ", " + person_with(ok_person_fields);
    check_rejects(msp_with(members), {read_error_kind::array_too_long, "/structures/0/members", "more"}, small);
}
TEST_CASE("malformed limit: overlong string", "[io][malformed]") {
    check_rejects(msp_with(R"({"person": {"name": ")" + std::string(5000, 'x') + R"(", )" + ok_person_fields + "}}"),
                  {read_error_kind::string_too_long, "/structures/0/members/0/person/name", "bytes so far"});
}
TEST_CASE("malformed limit: overlong key", "[io][malformed]") {
    check_rejects(dossier_with("{\"" + std::string(5000, 'k') + "\": 1}"), {read_error_kind::string_too_long, "/structures/0", "bytes so far"});
}

TEST_CASE("malformed value: a structure without kind", "[io][malformed]") {
    check_rejects(dossier_with(R"({"name": "x"})"), {read_error_kind::missing_field, "/structures/0/kind", "nothing"});
}
TEST_CASE("malformed value: an unknown kind", "[io][malformed]") {
    check_rejects(dossier_with(R"({"kind": "EHPAD", "name": "x"})"), {read_error_kind::unknown_code, "/structures/0/kind", "EHPAD"});
}
TEST_CASE("malformed value: a structure that is a number", "[io][malformed]") { check_rejects(dossier_with("42"), {read_error_kind::wrong_type, "/structures/0", "42"}); }
TEST_CASE("malformed value: a missing field", "[io][malformed]") {
    check_rejects(dossier_with(R"({"kind": "MSP", "form": "sisa", "ids": {}, "members": [], "funding": {"fir_requested": false}})"),
                  {read_error_kind::missing_field, "/structures/0/name", "nothing"});
}
TEST_CASE("malformed value: an unknown field in a structure", "[io][malformed]") {
    check_rejects(msp_with(person_with(ok_person_fields), R"(, "colour": "blue")"),
                  {read_error_kind::unknown_field, "/structures/0/colour", "\"colour\""});
}
TEST_CASE("malformed value: a name that is a number", "[io][malformed]") {
    check_rejects(dossier_with(R"({"kind": "MSP", "name": 3, "form": "sisa", "ids": {}, "members": [], "funding": {"fir_requested": false}})"),
                  {read_error_kind::wrong_type, "/structures/0/name", "3"});
}
TEST_CASE("malformed value: an unknown legal form", "[io][malformed]") {
    check_rejects(dossier_with(R"({"kind": "MSP", "name": "x", "form": "sarl", "ids": {}, "members": [], "funding": {"fir_requested": false}})"),
                  {read_error_kind::unknown_code, "/structures/0/form", "\"sarl\""});
}
TEST_CASE("malformed value: an unknown TRE_G15 code", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"profession": 99}, "mode": "L", "associate": true, "signatory": true)")),
                  {read_error_kind::unknown_code, person_pointer + "/job/profession", "99"});
}
TEST_CASE("a withdrawn TRE_G15 code reads, and its member is reported with the date of withdrawal", "[io]") {
    // 93 (psychologist) was created withdrawn on 2021-12-17; today a psychologist is a role.
    const auto r = read_dossier(msp_with(person_with(R"("job": {"profession": 93}, "mode": "S", "associate": false, "signatory": true)")));
    REQUIRE(r.ok());
    const auto& house = std::get<msp>(r.value->structures.at(0));
    const auto v = validate(house, std::chrono::year{2025} / 6 / 1);
    CHECK(v.reports("MEMBER.WITHDRAWN_PROFESSION_CODE"));
    // A TRE_R95 code that is no TRE_G15 code at all gets a hint.
    const auto osteopath = read_dossier(msp_with(person_with(R"("job": {"profession": 71}, "mode": "S", "associate": false, "signatory": true)")));
    REQUIRE_FALSE(osteopath.ok());
    CHECK_THAT(osteopath.errors[0].expected.en, Catch::Contains("TRE_R95 codes are roles"));
    CHECK_THAT(osteopath.errors[0].expected.fr, Catch::Contains("les codes TRE_R95 sont des rôles"));
}
TEST_CASE("malformed value: a negative code", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"profession": -10}, "mode": "L", "associate": true, "signatory": true)")),
                  {read_error_kind::out_of_range, person_pointer + "/job/profession", "-10"});
}
TEST_CASE("malformed value: a number beyond 64 bits", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"profession": 123456789012345678901234567890}, "mode": "L", "associate": true, "signatory": true)")),
                  {read_error_kind::out_of_range, person_pointer + "/job/profession", "beyond 64 bits"});
}
TEST_CASE("malformed value: an unsigned number beyond the signed range", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"profession": 18446744073709551615}, "mode": "L", "associate": true, "signatory": true)")),
                  {read_error_kind::out_of_range, person_pointer + "/job/profession", "18446744073709551615"});
}
TEST_CASE("malformed value: a fractional code", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"profession": 10.5}, "mode": "L", "associate": true, "signatory": true)")),
                  {read_error_kind::out_of_range, person_pointer + "/job/profession", "10.5"});
}
TEST_CASE("malformed value: a code given as a string", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"profession": "10"}, "mode": "L", "associate": true, "signatory": true)")),
                  {read_error_kind::wrong_type, person_pointer + "/job/profession", "\"10\""});
}
TEST_CASE("malformed value: an unknown practice mode", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"profession": 60}, "mode": "X", "associate": true, "signatory": true)")),
                  {read_error_kind::unknown_code, person_pointer + "/mode", "\"X\""});
}
TEST_CASE("malformed value: an unknown role", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"role": "wizard"}, "mode": "S", "associate": false, "signatory": true)")),
                  {read_error_kind::unknown_code, person_pointer + "/job/role", "wizard"});
}
TEST_CASE("malformed value: a job with two alternatives", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"profession": 10, "role": "coordinator"}, "mode": "L", "associate": true, "signatory": true)")),
                  {read_error_kind::wrong_type, person_pointer + "/job", "an object"});
}
TEST_CASE("malformed value: a member that is neither a person nor an organisation", "[io][malformed]") {
    check_rejects(msp_with(R"({"robot": {}})"), {read_error_kind::unknown_field, "/structures/0/members/0/robot", "\"robot\""});
}
TEST_CASE("malformed value: a boolean given as a number", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"profession": 60}, "mode": "L", "associate": 1, "signatory": true)")),
                  {read_error_kind::wrong_type, person_pointer + "/associate", "1"});
}
TEST_CASE("malformed value: null for a required field", "[io][malformed]") {
    check_rejects(msp_with(person_with(R"("job": {"profession": 60}, "mode": null, "associate": true, "signatory": true)")),
                  {read_error_kind::wrong_type, person_pointer + "/mode", "null"});
}
TEST_CASE("malformed value: a date that does not exist", "[io][malformed]") {
    check_rejects(msp_with(person_with(ok_person_fields), R"(, "project": {"adopted": "2023-02-29"})"),
                  {read_error_kind::invalid_value, "/structures/0/project/adopted", "2023-02-29"});
}
TEST_CASE("malformed value: a date in French order", "[io][malformed]") {
    check_rejects(msp_with(person_with(ok_person_fields), R"(, "project": {"adopted": "01/03/2024"})"),
                  {read_error_kind::invalid_value, "/structures/0/project/adopted", "01/03/2024"});
}
TEST_CASE("malformed value: a SIREN with a wrong key", "[io][malformed]") {
    check_rejects(dossier_with(R"({"kind": "MSP", "name": "x", "form": "sisa", "ids": {"siren": "732829321"}, "members": [], "funding": {"fir_requested": false}})"),
                  {read_error_kind::invalid_value, "/structures/0/ids/siren", "wrong check digit"});
}
TEST_CASE("malformed value: a SIRET of the wrong length", "[io][malformed]") {
    check_rejects(dossier_with(R"({"kind": "MSP", "name": "x", "form": "sisa", "ids": {"siret": "7328293200007"}, "members": [], "funding": {"fir_requested": false}})"),
                  {read_error_kind::invalid_value, "/structures/0/ids/siret", "wrong length"});
}
TEST_CASE("malformed value: a postal code where an INSEE code is expected", "[io][malformed]") {
    check_rejects(dossier_with(R"({"kind": "MSP", "name": "x", "form": "sisa", "ids": {}, "seat": "2000", "members": [], "funding": {"fir_requested": false}})"),
                  {read_error_kind::invalid_value, "/structures/0/seat", "wrong length"});
}
TEST_CASE("malformed value: a funding field of another kind", "[io][malformed]") {
    check_rejects(dossier_with(R"({"kind": "ESP", "name": "x", "form": "none", "ids": {}, "members": [], "funding": {"fir_requested": false, "aci_signed": "2024-01-01"}})"),
                  {read_error_kind::unknown_field, "/structures/0/funding/aci_signed", "aci_signed"});
}
TEST_CASE("malformed value: members that are not an array", "[io][malformed]") {
    check_rejects(dossier_with(R"({"kind": "MSP", "name": "x", "form": "sisa", "ids": {}, "members": {}, "funding": {"fir_requested": false}})"),
                  {read_error_kind::wrong_type, "/structures/0/members", "an object"});
}
TEST_CASE("malformed value: the same member twice", "[io][malformed]") {
    check_rejects(msp_with(person_with(ok_person_fields) + ", " + person_with(ok_person_fields)),
                  {read_error_kind::duplicate_member, "/structures/0/members/1", "/structures/0/members/0"});
}

TEST_CASE("every error of a dossier is reported, not only the first", "[io][malformed]") {
    const auto r = read_dossier(msp_with(person_with(R"("job": {"profession": 99}, "mode": "X", "associate": 1, "signatory": true)"),
                                         R"(, "colour": "blue")"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.size() == 4);
}

TEST_CASE("read errors speak French (the reference) and English", "[io][malformed]") {
    const auto r = read_dossier(msp_with(person_with(R"("job": {"profession": 99}, "mode": "L", "associate": true, "signatory": true)")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].text(language::fr) ==
          "en /structures/0/members/0/person/job/profession : attendu un code de profession TRE_G15 (un entier, par exemple 10 "
          "pour un médecin), trouvé 99 (unknown_code)");
    CHECK(r.errors[0].text(language::en) ==
          "at /structures/0/members/0/person/job/profession: expected a TRE_G15 profession code (an integer such as 10 for a "
          "doctor), found 99 (unknown_code)");
}
