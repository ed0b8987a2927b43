// The indemnities the CPTS pay a professional stay within the PASS of each calendar year, every CPTS
// together (CSP D.1434-44: "la somme totale des indemnités ou rémunérations perçues durant une année
// civile"). The ceilings are stated here by hand from the arrêtés (12 × the monthly value they set).
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
          "Dr Martin received 47 100,01 € in 2025 (3 payments: 30 000,00 € on 2025-03-01, 17 100,00 € on 2025-11-01, 0,01 € on 2025-12-01); "
          "the ceiling is the PASS of 2025, 47 100,00 € (PASS.2025, S)");
    CHECK_THAT(d.detail.fr, Catch::Contains("Dr Martin a perçu 47 100,01 € en 2025 (3 versements : 30 000,00 € le 2025-03-01"));
    // The figure it rests on, with its value, layer, date of effect and source.
    REQUIRE(d.figures.size() == 1);
    CHECK(d.figures[0].id == "PASS.2025");
    CHECK(d.figures[0].value_text() == "47 100,00 €");
    CHECK(d.figures[0].layer == rule_layer::law);
    CHECK(d.figures[0].from == ymd(2025, 1, 1));
    CHECK(std::string{d.figures[0].source.text}.starts_with("[arrete-pass-2025]"));
    CHECK_FALSE(d.uncertain());
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

// ---- One professional, every CPTS (D.1434-44) ---------------------------------------------------------

namespace {
const auto martin = "10000001916"_rpps;  // the ANS's own example of an RPPS number
std::vector<std::string> ids_of(const funding::indemnity_check& c) {
    std::vector<std::string> out;
    for (const auto& d : c.result.diagnostics) out.emplace_back(d.rule.text());
    return out;
}
}  // namespace

TEST_CASE("an RPPS number is 11 digits with Luhn's key", "[vocabulary][identifiers][rpps]") {
    CHECK(std::holds_alternative<rpps_number>(rpps_number::parse("10000001916")));
    CHECK(std::get<identifier_error>(rpps_number::parse("10000001917")) == identifier_error::bad_check_digit);
    CHECK(std::get<identifier_error>(rpps_number::parse("1000000191")) == identifier_error::wrong_length);
    CHECK(std::get<identifier_error>(rpps_number::parse("1000000191A")) == identifier_error::not_digits);
    CHECK(std::get<identifier_error>(rpps_number::parse("10001234567")) == identifier_error::bad_check_digit);
    CHECK(std::holds_alternative<rpps_number>(rpps_number::parse("10001234565")));
    const auto id = martin.national_identifier();
    CHECK(std::string(id.begin(), id.end()) == "810000001916");  // the ANS's national identifier: 8 + RPPS
}

TEST_CASE("two CPTS paying one RPPS number in one year are summed", "[funding][indemnities][rpps]") {
    // 2024: PASS 46 368 €. 30 000 € from one CPTS and 17 000 € from another, to the same professional.
    const std::vector<indemnity> val{{"Dr Martin", ymd(2024, 3, 1), euros::whole(30'000), martin}};
    const std::vector<indemnity> monts{{"Dr Martin", ymd(2024, 9, 16), euros::whole(17'000), martin}};
    const funding::indemnity_payer payers[] = {{"CPTS du Val", field_path{"structures"} / 0, &val, nullptr},
                                               {"CPTS des Monts", field_path{"structures"} / 3, &monts, nullptr}};
    const auto c = funding::check_indemnities(payers, ymd(2024, 12, 31));
    REQUIRE(ids_of(c) == std::vector<std::string>{"CPTS.INDEMNITIES.PASS"});
    const auto& d = c.result.diagnostics[0];
    CHECK(d.path.json_pointer() == "/structures/3/indemnities/0");  // the payment that crossed the ceiling
    CHECK(d.detail.en ==
          "Dr Martin (RPPS 10000001916) received 47 000,00 € in 2024 (2 payments: 30 000,00 € on 2024-03-01 by CPTS du Val, 17 000,00 € on "
          "2024-09-16 by CPTS des Monts); the ceiling is the PASS of 2024, 46 368,00 € (PASS.2024, C)");
    REQUIRE(c.totals.size() == 1);
    CHECK(c.totals[0].total == euros::whole(47'000));
    CHECK(c.totals[0].payments.size() == 2);
    CHECK(c.totals[0].over);
    // Each CPTS alone stays within the ceiling: the sum is the professional's.
    CHECK(funding::check_indemnities(val, ymd(2024, 12, 31)).valid());
    CHECK(funding::check_indemnities(monts, ymd(2024, 12, 31)).valid());
    // Two professionals of the same name, told apart by their RPPS numbers: not summed.
    auto other = monts;
    other[0].rpps = "10001234565"_rpps;
    const funding::indemnity_payer apart[] = {{"CPTS du Val", field_path{"structures"} / 0, &val, nullptr},
                                              {"CPTS des Monts", field_path{"structures"} / 3, &other, nullptr}};
    CHECK(funding::check_indemnities(apart, ymd(2024, 12, 31)).result.diagnostics.empty());
}

TEST_CASE("a payment by name is the professional of the payer's member of that name, or of the one RPPS the name carries",
          "[funding][indemnities][rpps]") {
    // The first CPTS names its member's RPPS number; the second pays by name only.
    const std::vector<member> val_members{person{"Dr Martin", professions::doctor, doctor_specialty::general_practice, practice_mode::liberal, false,
                                                 true, martin}};
    const std::vector<indemnity> val{{"Dr Martin", ymd(2024, 3, 1), euros::whole(30'000)}};
    const std::vector<indemnity> monts{{"Dr Martin", ymd(2024, 9, 16), euros::whole(17'000)}};
    const funding::indemnity_payer payers[] = {{"CPTS du Val", field_path{"structures"} / 0, &val, &val_members},
                                               {"CPTS des Monts", field_path{"structures"} / 1, &monts, nullptr}};
    const auto c = funding::check_indemnities(payers, ymd(2024, 12, 31));
    CHECK(ids_of(c) == std::vector<std::string>{"CPTS.INDEMNITIES.PASS"});
    REQUIRE(c.totals.size() == 1);
    CHECK(c.totals[0].rpps == martin);
    // A name two RPPS numbers carry: the payment by name is counted apart, with a warning.
    const std::vector<member> two{person{"Dr Martin", professions::doctor, doctor_specialty::general_practice, practice_mode::liberal, false, true, martin},
                                  person{"Dr Martin", professions::nurse, std::nullopt, practice_mode::liberal, false, true, "10001234565"_rpps}};
    const funding::indemnity_payer ambiguous[] = {{"CPTS des Monts", field_path{"structures"} / 1, &monts, nullptr},
                                                  {"CPTS de l'Est", field_path{"structures"} / 2, nullptr, &two}};
    const auto a = funding::check_indemnities(ambiguous, ymd(2024, 12, 31));
    REQUIRE(ids_of(a) == std::vector<std::string>{"CPTS.INDEMNITIES.IDENTITY"});
    CHECK(a.result.diagnostics[0].level == severity::warning);
    CHECK(a.result.diagnostics[0].path.json_pointer() == "/structures/1/indemnities/0/professional");
}

TEST_CASE("an accepted total names the ceiling it was checked against", "[funding][indemnities]") {
    const std::vector<indemnity> paid{{"Mme Petit", ymd(2026, 2, 1), euros::whole(20'000)}};
    const funding::indemnity_payer one[] = {{"CPTS", field_path{}, &paid, nullptr}};
    const auto c = funding::check_indemnities(one, ymd(2026, 12, 31));
    CHECK(c.result.diagnostics.empty());
    REQUIRE(c.totals.size() == 1);
    CHECK_FALSE(c.totals[0].over);
    CHECK(c.totals[0].ceiling.id == "PASS.2026");
    CHECK(c.totals[0].ceiling.value_text() == "48 060,00 €");
    CHECK(c.totals[0].ceiling.source.status == certainty::confirmed);
    CHECK(c.totals[0].ceiling.rulebook.empty());
}
