// coordcare — the indemnities and remunerations a CPTS pays its members (CSP D.1434-44, décret n° 2022-375):
// for each professional, what they receive in a calendar year may not exceed the annual social-security
// ceiling (PASS) of that year. DOMAIN.md §5; seed 004: "la somme totale des indemnités ou rémunérations
// perçues durant une année civile ne peut excéder la valeur annuelle d'un plafond".
//
//   std::vector<funding::indemnity> paid = {{"Dr Martin", 2025y / March / 1d, 30'000_eur},
//                                           {"Dr Martin", 2025y / November / 1d, 18'000_eur}};
//   funding::check_indemnities(paid, 2025y / December / 31d)   // CPTS.INDEMNITIES.PASS: 48 000 € > 47 100 €
#pragma once

#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/structures/rule_model.hpp>
#include <coordcare/structures/validate.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace coordcare::funding {

/// One indemnity or remuneration a CPTS paid one of its members.
struct indemnity {
    std::string professional;  ///< who received it (a name, an RPPS number): the same text for each of their payments
    date paid;
    euros amount;

    friend bool operator==(const indemnity&, const indemnity&) = default;
};

namespace rules {

/// Per professional and calendar year, the indemnities stay within the PASS of that year.
struct cpts_indemnities_within_pass {
    static constexpr rule_info info{
        "CPTS.INDEMNITIES.PASS", rule_layer::law, legal::csp_D1434_44,
        {"Les indemnités et rémunérations qu'une CPTS verse à un professionnel durant une année civile n'excèdent pas le plafond annuel de la sécurité sociale de cette année.",
         "The indemnities and remunerations a CPTS pays one professional in a calendar year do not exceed that year's annual social-security ceiling."},
        date{std::chrono::year{2022}, std::chrono::March, std::chrono::day{18}},
        {certainty::uncertain, "décret n° 2022-375 du 16 mars 2022, assumed in force the day after its publication on 2022-03-17"}};
};

/// A year whose PASS this version does not know: the ceiling cannot be checked (a warning).
struct cpts_indemnities_pass_unknown {
    static constexpr rule_info info{
        "CPTS.INDEMNITIES.PASS_UNKNOWN", rule_layer::law, legal::csp_D1434_44,
        {"Le plafond annuel de la sécurité sociale de l'année est connu, pour vérifier les indemnités de cette année.",
         "The year's annual social-security ceiling is known, to check that year's indemnities."},
        cpts_indemnities_within_pass::info.in_force_from, cpts_indemnities_within_pass::info.date_source, std::nullopt,
        severity::warning};
};

/// The funding layer's rules on indemnities, for the generated rule reference.
inline constexpr std::array<const rule_info*, 2> indemnity_rules{&cpts_indemnities_within_pass::info,
                                                               &cpts_indemnities_pass_unknown::info};

}  // namespace rules

/// Checks the indemnities paid up to `as_of`, per professional and calendar year, from the first year of
/// the rule (2022). One diagnostic per professional and year over the ceiling, at the payment that crossed
/// it (path indemnities[i]); a warning for a year whose PASS is not known in `figures` (the national
/// ones, or a rulebook's). Throws nothing but std::bad_alloc.
[[nodiscard]] inline validation check_indemnities(const std::vector<indemnity>& payments, date as_of,
                                                  const parameters::figure_set& figures = parameters::national_figures) {
    validation out;
    const auto& rule = rules::cpts_indemnities_within_pass::info;
    if (!in_force(rule, as_of)) return out;
    const int first_year = static_cast<int>(rule.in_force_from.year());

    struct year_total {
        std::string professional;
        int year;
        euros total{};
        std::size_t count = 0;
        std::size_t crossed_at = 0;
        bool over = false;
    };
    std::vector<year_total> totals;
    std::unordered_map<std::string, std::size_t> index;  // professional + '\n' + year → totals
    std::vector<int> unknown_years;
    for (std::size_t i = 0; i < payments.size(); ++i) {
        const auto& p = payments[i];
        if (as_of < p.paid) continue;  // not paid yet on the date of the check
        const int year = static_cast<int>(p.paid.year());
        if (year < first_year) continue;
        const auto ceiling = figures.pass_of_year(year);
        if (!ceiling) {
            if (std::find(unknown_years.begin(), unknown_years.end(), year) == unknown_years.end()) {
                unknown_years.push_back(year);
                out.diagnostics.push_back(make_diagnostic(
                    rules::cpts_indemnities_pass_unknown::info, location{"indemnities", i, {}},
                    bilingual{} << label{"aucun plafond annuel de la sécurité sociale n'est connu pour ", "no annual social-security ceiling is known for "}
                                << year << label{" (cette version connaît ", " (this version knows "} << parameters::first_pass_year
                                << label{" à ", " to "} << parameters::last_pass_year
                                << label{") : les indemnités de cette année ne sont pas vérifiées", "): that year's indemnities are not checked"}));
            }
            continue;
        }
        const auto [it, added] = index.try_emplace(p.professional + '\n' + std::to_string(year), totals.size());
        if (added) totals.push_back({p.professional, year});
        auto& t = totals[it->second];
        ++t.count;
        const auto sum = checked_add(t.total, p.amount);
        if (!t.over && (!sum || ceiling->value < *sum)) {
            t.over = true;
            t.crossed_at = i;
        }
        if (sum) t.total = *sum;
    }
    for (const auto& t : totals) {
        if (!t.over) continue;
        const auto ceiling = *figures.pass_of_year(t.year);
        out.diagnostics.push_back(make_diagnostic(
            rule, location{"indemnities", t.crossed_at, {}},
            bilingual{} << std::string_view{t.professional} << label{" a perçu ", " received "} << t.total.french_text()
                        << label{" en ", " in "} << t.year << " (" << count(static_cast<long long>(t.count), nouns::payment)
                        << label{") ; le plafond est le PASS de ", "); the ceiling is the PASS of "} << t.year << ", "
                        << ceiling.value.french_text() << " (" << ceiling.id << ", " << ceiling.source.text << ", " << std::string(1, letter(ceiling.source.status))
                        << ")"));
    }
    return out;
}

}  // namespace coordcare::funding
