#include <coordcare/vocabulary/money.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <numeric>
#include <sstream>

using namespace coordcare;

namespace {
constexpr std::int64_t max_cents = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t min_cents = std::numeric_limits<std::int64_t>::min();
}  // namespace

TEST_CASE("euros are built from whole euros or cents, never from floating point", "[money]") {
    CHECK(euros::whole(12).cents() == 1200);
    CHECK(euros::from_cents(1234567).cents() == 1234567);
    CHECK(50'000_eur == euros::whole(50'000));
    CHECK(99_cents == euros::from_cents(99));
    CHECK(euros{}.cents() == 0);
    STATIC_REQUIRE_FALSE(std::is_constructible_v<euros, double>);
    STATIC_REQUIRE_FALSE(std::is_constructible_v<euros, float>);
    STATIC_REQUIRE_FALSE(std::is_constructible_v<euros, int>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<euros, std::int64_t>);
}

TEST_CASE("euros arithmetic", "[money]") {
    CHECK(10_eur + 50_cents == euros::from_cents(1050));
    CHECK(10_eur - 11_eur == euros::from_cents(-100));
    CHECK(-(3_eur) == euros::from_cents(-300));
    CHECK(3_eur * 4 == 12_eur);
    CHECK(4 * 3_eur == 12_eur);
    euros total;
    total += 7_eur;
    total -= 2_eur;
    total *= 3;
    CHECK(total == 15_eur);
    CHECK(3_eur < 4_eur);
}

TEST_CASE("euros overflow is reported, never undefined", "[money]") {
    const auto biggest = euros::from_cents(max_cents);
    const auto smallest = euros::from_cents(min_cents);
    CHECK_FALSE(checked_add(biggest, 1_cents).has_value());
    CHECK_FALSE(checked_sub(smallest, 1_cents).has_value());
    CHECK_FALSE(checked_mul(biggest, 2).has_value());
    CHECK_FALSE(checked_mul(1_cents, std::numeric_limits<std::uint64_t>::max()).has_value());
    CHECK(checked_add(biggest, -(1_cents)) == euros::from_cents(max_cents - 1));
    CHECK_THROWS_AS(biggest + 1_cents, money_overflow);
    CHECK_THROWS_AS(-smallest, money_overflow);
    CHECK_THROWS_AS(smallest * -1, money_overflow);
    CHECK_THROWS_AS(euros::whole(max_cents), money_overflow);
    CHECK_THROWS_AS(euros::from_cents(std::numeric_limits<std::uint64_t>::max()), money_overflow);
    // The edge of unsigned amounts: INT64_MAX cents fits, one more does not.
    const std::uint64_t largest_unsigned = static_cast<std::uint64_t>(max_cents);
    CHECK(euros::from_cents(largest_unsigned) == biggest);
    CHECK_THROWS_AS(euros::from_cents(largest_unsigned + 1), money_overflow);
    CHECK(checked_mul(1_cents, largest_unsigned) == biggest);
    CHECK_FALSE(checked_mul(1_cents, largest_unsigned + 1).has_value());
    // INT64_MIN / -1 is the one division that overflows: it is refused, not computed.
    CHECK_FALSE(checked_prorate(smallest, 1, -1).has_value());
    CHECK(checked_prorate(smallest, 1, 1) == smallest);
    CHECK(checked_prorate(euros::from_cents(min_cents + 1), 1, -1) == biggest);
}

TEST_CASE("percentages and prorations round to the nearest cent, halves away from zero", "[money]") {
    CHECK(75_pct * 50'000_eur == 37'500_eur);
    CHECK(50'000_eur * 75_pct == 37'500_eur);
    CHECK(percent::basis_points(1250) * 1_eur == 13_cents);  // 12.5 cents -> 13
    CHECK(percent::basis_points(1250) * -(1_eur) == -(13_cents));
    CHECK(33_pct * 5_cents == 2_cents);  // 1.65 -> 2
    CHECK(percent::basis_points(1249) * 1_eur == 12_cents);
    CHECK(checked_prorate(100_eur, 1, 3) == euros::from_cents(3333));
    CHECK(checked_prorate(200_eur, 1, 3) == euros::from_cents(6667));
    CHECK(checked_prorate(-(200_eur), 1, 3) == euros::from_cents(-6667));
    CHECK(checked_prorate(1_cents, 1, -2) == euros::from_cents(-1));  // -0.5 -> -1
    CHECK_FALSE(checked_prorate(1_eur, 1, 0).has_value());
    CHECK(5_cents / 2 == 3_cents);  // 2.5 -> 3
    CHECK_THROWS_AS(1_eur / 0, money_overflow);
}

TEST_CASE("split shares an amount exactly", "[money]") {
    const auto parts = split(100_eur, 3);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == euros::from_cents(3334));
    CHECK(parts[1] == euros::from_cents(3333));
    CHECK(parts[2] == euros::from_cents(3333));
    const auto negative = split(-(101_cents), 4);
    CHECK(negative[0] == -(26_cents));
    CHECK(negative[3] == -(25_cents));
    CHECK(std::accumulate(negative.begin(), negative.end(), euros{}) == -(101_cents));
    CHECK(split(1_eur, 0).empty());
    CHECK(split(1_eur, -2).empty());
}

TEST_CASE("euros are printed in French and in the exchange format", "[money]") {
    CHECK(euros::from_cents(1234567).french_text() == "12 345,67 €");
    CHECK(euros::from_cents(1234567).decimal_text() == "12345.67");
    CHECK(euros::from_cents(-5).decimal_text() == "-0.05");
    CHECK(euros::from_cents(-5).french_text() == "-0,05 €");
    CHECK((0_eur).french_text() == "0,00 €");
    CHECK((999_eur).french_text() == "999,00 €");
    CHECK((1000_eur).french_text() == "1 000,00 €");
    CHECK(euros::from_cents(min_cents).decimal_text() == "-92233720368547758.08");
    CHECK(euros::from_cents(1234567).french_text(euros::spacing::typographic) == "12\u202F345,67\u00A0€");
    std::ostringstream os;
    os << euros::from_cents(1050);
    CHECK(os.str() == "10.50");
}
