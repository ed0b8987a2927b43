// coordcare — the annual social-security ceiling (PASS, plafond annuel de la sécurité sociale, CSS
// L.241-3), by year: twelve times the monthly value set each December by arrêté for the next year. The
// indemnities a CPTS pays one professional in a calendar year may not exceed it (CSP D.1434-44). A figure of
// the law: a rulebook replaces it only for a what-if. The arrêtés are [arrete-pass-2019] to
// [arrete-pass-2026]; OpenFisca-France's `pss` parameters [openfisca-france] list them with their ids.
#pragma once

#include <coordcare/parameters/figure.hpp>
#include <coordcare/vocabulary/dated.hpp>
#include <coordcare/vocabulary/money.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <string_view>
#include <optional>

namespace coordcare::parameters {

namespace detail_pass {
[[nodiscard]] constexpr date january_1(int year) { return date{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}}; }
}  // namespace detail_pass

/// The PASS of each year, from 1 January of that year.
inline constexpr dated pass_by_year{
    dated_entry{detail_pass::january_1(2019), 40'524_eur, source_note{certainty::stated, "[arrete-pass-2019]: arrêté du 11 décembre 2018, 3 377 € a month"}},
    dated_entry{detail_pass::january_1(2020), 41'136_eur, source_note{certainty::stated, "[arrete-pass-2020]: arrêté du 2 décembre 2019, 3 428 € a month"}},
    dated_entry{detail_pass::january_1(2021), 41'136_eur, source_note{certainty::confirmed, "[arrete-pass-2021]: arrêté du 22 décembre 2020, 3 428 € a month (read)"}},
    dated_entry{detail_pass::january_1(2022), 41'136_eur, source_note{certainty::stated, "[arrete-pass-2022]: arrêté du 15 décembre 2021, 3 428 € a month"}},
    dated_entry{detail_pass::january_1(2023), 43'992_eur, source_note{certainty::stated, "[arrete-pass-2023]: arrêté du 9 décembre 2022, 3 666 € a month"}},
    dated_entry{detail_pass::january_1(2024), 46'368_eur, source_note{certainty::confirmed, "[arrete-pass-2024]: arrêté du 19 décembre 2023, 3 864 € a month (read)"}},
    dated_entry{detail_pass::january_1(2025), 47'100_eur, source_note{certainty::stated, "[arrete-pass-2025]: arrêté du 19 décembre 2024, 3 925 € a month"}},
    dated_entry{detail_pass::january_1(2026), 48'060_eur, source_note{certainty::confirmed, "[arrete-pass-2026]: arrêté du 22 décembre 2025, 4 005 € a month (read)"}}};

/// The first and the last year whose PASS this version knows.
inline constexpr int first_pass_year = static_cast<int>(pass_by_year.first_date().year());
inline constexpr int last_pass_year = static_cast<int>(pass_by_year.latest().from.year());

/// The id of each year's PASS figure, "PASS.2019" to "PASS.2026" (what a rulebook names to override it).
inline constexpr std::array<std::string_view, 8> pass_ids{"PASS.2019", "PASS.2020", "PASS.2021", "PASS.2022",
                                                          "PASS.2023", "PASS.2024", "PASS.2025", "PASS.2026"};
static_assert(pass_ids.size() == pass_by_year.size(), "one id for each year's PASS");

/// The PASS of a calendar year, with its source: nothing before the first year known here, and nothing
/// after the last (a year's ceiling is set each December: a later one is not guessed from the last).
[[nodiscard]] constexpr std::optional<figure<euros>> pass_of_year(int year) {
    if (year < first_pass_year || year > last_pass_year) return std::nullopt;
    const auto in_force = pass_by_year.at(detail_pass::january_1(year));
    if (!in_force) return std::nullopt;
    return figure<euros>{pass_ids[static_cast<std::size_t>(year - first_pass_year)], in_force->value, in_force->source, rule_layer::law};
}

}  // namespace coordcare::parameters
