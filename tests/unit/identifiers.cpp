#include <coordcare/vocabulary/identifiers.hpp>

#include <catch2/catch.hpp>

using namespace coordcare;

namespace {
template <class T>
identifier_error error_of(std::string_view text) {
    const auto r = T::parse(text);
    REQUIRE(std::holds_alternative<identifier_error>(r));
    return std::get<identifier_error>(r);
}
}  // namespace

TEST_CASE("SIREN: nine digits with a Luhn key", "[identifiers]") {
    CHECK(std::get<siren>(siren::parse("732829320")).text() == "732829320");
    CHECK(std::holds_alternative<siren>(siren::parse("356000000")));
    CHECK(error_of<siren>("732829321") == identifier_error::bad_check_digit);
    CHECK(error_of<siren>("73282932") == identifier_error::wrong_length);
    CHECK(error_of<siren>("7328293200") == identifier_error::wrong_length);
    CHECK(error_of<siren>("73282932A") == identifier_error::not_digits);
    CHECK(error_of<siren>("") == identifier_error::wrong_length);
}

TEST_CASE("SIRET: fourteen digits, Luhn key, La Poste's exception", "[identifiers]") {
    const auto s = std::get<siret>(siret::parse("73282932000074"));
    CHECK(s.siren_part() == "732829320");
    CHECK(error_of<siret>("73282932000075") == identifier_error::bad_check_digit);
    CHECK(error_of<siret>("7328293200007") == identifier_error::wrong_length);
    CHECK(error_of<siret>("7328293200007x") == identifier_error::not_digits);
    // La Poste: the sum of the digits is a multiple of 5 (this one fails Luhn's key).
    CHECK(std::holds_alternative<siret>(siret::parse("35600000000001")));
    // La Poste's head office is an ordinary Luhn number (the sum of its digits, 26, is no multiple of 5).
    CHECK(std::holds_alternative<siret>(siret::parse("35600000000048")));
    CHECK(error_of<siret>("35600000000002") == identifier_error::bad_check_digit);
}

TEST_CASE("FINESS: nine characters, 2A and 2B for Corsica", "[identifiers]") {
    CHECK(std::holds_alternative<finess>(finess::parse("930012345")));
    CHECK(std::holds_alternative<finess>(finess::parse("2A0001234")));
    CHECK(error_of<finess>("2C0001234") == identifier_error::not_digits);
    CHECK(error_of<finess>("A30012345") == identifier_error::not_digits);
    CHECK(error_of<finess>("93001234") == identifier_error::wrong_length);
}

TEST_CASE("INSEE commune codes and their department", "[identifiers]") {
    CHECK(("57463"_insee).department() == "57");
    CHECK(("2A004"_insee).department() == "2A");
    CHECK(("97411"_insee).department() == "974");
    CHECK(("75116"_insee).department() == "75");
    CHECK(("732829320"_siren).text() == "732829320");
    CHECK(("73282932000074"_siret).siren_part() == "732829320");
    CHECK(("2B0001234"_finess).text() == "2B0001234");
    CHECK(error_of<commune_code>("2C004") == identifier_error::not_digits);
    CHECK(error_of<commune_code>("20004") == identifier_error::not_digits);  // Corsica is 2A or 2B
    CHECK(error_of<commune_code>("00001") == identifier_error::not_digits);
    CHECK(error_of<commune_code>("7511") == identifier_error::wrong_length);
}
