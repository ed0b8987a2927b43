// The indemnities a CPTS pays its members stay within the PASS of each calendar year (CSP D.1434-44).
// The ceilings are stated here by hand from DOMAIN.md §5 (12 × the monthly value set by arrêté).
#include <coordcare/coordcare.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace coordcare;
using funding::indemnity;

namespace {
date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

std::vector<std::string> reported(const std::vector<indemnity>& paid, date as_of) {
    std::vector<std::string> ids;
    for (const auto& d : funding::check_indemnities(paid, as_of).diagnostics) ids.emplace_back(d.rule.text());
    return ids;
}
}  // namespace

TEST_CASE("the PASS of each year", "[parameters][pass]") {
    const std::pair<int, long long> expected[] = {{2019, 40'524}, {2020, 41'136}, {2021, 41'136}, {2022, 41'136},
                                                  {2023, 43'992}, {2024, 46'368}, {2025, 47'100}, {2026, 48'060}};
    for (const auto& [year, amount] : expected) {
        INFO(year);
        const auto pass = parameters::pass_of_year(year);
        REQUIRE(pass);
        CHECK(pass->value == euros::whole(amount));
        CHECK_FALSE(pass->source.text.empty());
    }
    CHECK_FALSE(parameters::pass_of_year(2018));
    CHECK_FALSE(parameters::pass_of_year(2027));  // set each December: not guessed from the last
    CHECK(parameters::pass_of_year(2026)->source.status == certainty::confirmed);
}

TEST_CASE("indemnities up to the PASS are allowed, one cent more is not", "[funding][indemnities]") {
    std::vector<indemnity> paid{{"Dr Martin", ymd(2025, 3, 1), euros::whole(30'000)},
                                {"Dr Martin", ymd(2025, 11, 1), euros::whole(17'100)}};  // 47 100 € = PASS 2025
    CHECK(reported(paid, ymd(2025, 12, 31)).empty());
    paid.push_back({"Dr Martin", ymd(2025, 12, 1), euros::from_cents(1)});
    const auto v = funding::check_indemnities(paid, ymd(2025, 12, 31));
    REQUIRE(v.diagnostics.size() == 1);
    const auto& d = v.diagnostics[0];
    CHECK(d.rule.text() == "CPTS.INDEMNITIES.PASS");
    CHECK(d.path.json_pointer() == "/indemnities/2");  // the payment that crossed the ceiling
    CHECK(d.reference.article == "D.1434-44");
    CHECK(d.detail.en ==
          "Dr Martin received 47 100,01 € in 2025 (3 payments); the ceiling is the PASS of 2025, 47 100,00 € "
          "(PASS.2025, [arrete-pass-2025]: arrêté du 19 décembre 2024, 3 925 € a month, S)");
    CHECK_THAT(d.detail.fr, Catch::Contains("Dr Martin a perçu 47 100,01 € en 2025 (3 versements) ; le plafond est le PASS de 2025"));
    CHECK_FALSE(v.valid());
    // Not paid yet on the date of the check: not counted.
    CHECK(reported(paid, ymd(2025, 11, 30)).empty());
}

TEST_CASE("indemnities are counted per professional and per calendar year", "[funding][indemnities]") {
    const std::vector<indemnity> paid{{"Dr Martin", ymd(2024, 12, 31), euros::whole(40'000)},
                                      {"Dr Martin", ymd(2025, 1, 1), euros::whole(40'000)},
                                      {"Mme Petit", ymd(2025, 6, 1), euros::whole(40'000)}};
    CHECK(reported(paid, ymd(2025, 12, 31)).empty());
    // 2022's ceiling is 41 136 €.
    const std::vector<indemnity> in_2022{{"M. Durand", ymd(2022, 6, 1), euros::whole(41'136)}};
    CHECK(reported(in_2022, ymd(2022, 12, 31)).empty());
    const std::vector<indemnity> over_2022{{"M. Durand", ymd(2022, 6, 1), euros::from_cents(4'113'601)}};
    CHECK(reported(over_2022, ymd(2022, 12, 31)) == std::vector<std::string>{"CPTS.INDEMNITIES.PASS"});
    // Two professionals over the ceiling: one diagnostic each.
    const std::vector<indemnity> two{{"A", ymd(2024, 1, 1), euros::whole(50'000)}, {"B", ymd(2024, 1, 1), euros::whole(50'000)}};
    CHECK(reported(two, ymd(2024, 12, 31)).size() == 2);
}

TEST_CASE("the indemnities' ceiling applies from the décret of 2022", "[funding][indemnities][dates]") {
    const std::vector<indemnity> big_2022{{"Dr Martin", ymd(2022, 1, 15), euros::whole(100'000)}};
    CHECK(reported(big_2022, ymd(2022, 3, 17)).empty());  // the day before its date of effect
    CHECK(reported(big_2022, ymd(2022, 3, 18)) == std::vector<std::string>{"CPTS.INDEMNITIES.PASS"});
    // Years before the décret are not checked.
    const std::vector<indemnity> big_2021{{"Dr Martin", ymd(2021, 6, 1), euros::whole(100'000)}};
    CHECK(reported(big_2021, ymd(2025, 1, 1)).empty());
}

TEST_CASE("a year whose PASS is not known is a warning, not a guess", "[funding][indemnities]") {
    const std::vector<indemnity> in_2027{{"Dr Martin", ymd(2027, 2, 1), euros::whole(100'000)},
                                         {"Mme Petit", ymd(2027, 3, 1), euros::whole(1'000)}};
    const auto v = funding::check_indemnities(in_2027, ymd(2027, 12, 31));
    REQUIRE(v.diagnostics.size() == 1);  // one warning for the year
    CHECK(v.diagnostics[0].rule.text() == "CPTS.INDEMNITIES.PASS_UNKNOWN");
    CHECK(v.diagnostics[0].level == severity::warning);
    CHECK(v.diagnostics[0].detail.en == "no annual social-security ceiling is known for 2027 (this version knows 2019 to 2026): that year's indemnities are not checked");
    CHECK(v.valid());
}

TEST_CASE("a total beyond 64-bit cents is over the ceiling, not an overflow", "[funding][indemnities]") {
    const std::vector<indemnity> huge{{"X", ymd(2024, 1, 1), euros::from_cents(INT64_MAX)}, {"X", ymd(2024, 2, 1), euros::from_cents(INT64_MAX)}};
    CHECK(reported(huge, ymd(2024, 12, 31)) == std::vector<std::string>{"CPTS.INDEMNITIES.PASS"});
}
