// coordcare — the indemnities and remunerations the CPTS pay their members (CSP D.1434-44, décret n° 2022-375
// [decret-2022-375]): "Pour chaque professionnel, membre de la communauté ou exerçant dans une structure
// adhérente à la communauté, la somme totale des indemnités ou rémunérations perçues durant une année civile ne
// peut excéder la valeur annuelle d'un plafond" [guide-exercice-coordonne] — the annual social-security ceiling
// (PASS) of that year. The sum is the professional's, over every CPTS that pays them: a check takes the
// payments of several payers at once.
//
//   std::vector<funding::indemnity> val = {{"Dr Martin", 2024y / March / 1d, 30'000_eur, "10000001916"_rpps}};
//   std::vector<funding::indemnity> mont = {{"Dr Martin", 2024y / September / 2d, 17'000_eur, "10000001916"_rpps}};
//   const funding::indemnity_payer payers[] = {{"CPTS du Val", field_path{"structures"} / 0, &val},
//                                              {"CPTS des Monts", field_path{"structures"} / 1, &mont}};
//   funding::check_indemnities(payers, 2024y / December / 31d)   // CPTS.INDEMNITIES.PASS: 47 000 € > 46 368 €
//
// A professional is known by their RPPS number: the payment's, or that of the payer's member of the same
// name. A payment with a name only is counted with the RPPS number that name carries elsewhere in the check
// when exactly one does; otherwise with the payments of the same name (and a name carried by two RPPS
// numbers is a warning: the payment is counted apart).
#pragma once

#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/structures/members.hpp>
#include <coordcare/structures/rule_model.hpp>
#include <coordcare/structures/validate.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace coordcare::funding {

/// One indemnity or remuneration a CPTS paid one of its members.
struct indemnity {
    std::string professional;  ///< who received it, by name: the same text for each of their payments
    date paid;
    euros amount;
    std::optional<rpps_number> rpps{};  ///< their RPPS number, which identifies them across the CPTS

    friend bool operator==(const indemnity&, const indemnity&) = default;
};

namespace rules {

/// Per professional and calendar year, the indemnities of every CPTS stay within the PASS of that year.
struct cpts_indemnities_within_pass {
    static constexpr rule_info info{
        "CPTS.INDEMNITIES.PASS", rule_layer::law, legal::csp_D1434_44,
        {"Les indemnités et rémunérations que perçoit un professionnel des CPTS durant une année civile, toutes CPTS confondues, n'excèdent pas le plafond annuel de la sécurité sociale de cette année.",
         "The indemnities and remunerations one professional receives from CPTS in a calendar year, every CPTS together, do not exceed that year's annual social-security ceiling."},
        date{std::chrono::year{2022}, std::chrono::March, std::chrono::day{18}},
        {certainty::uncertain, "[decret-2022-375], published in the JORF of 2022-03-17, assumed in force the next day (its last article was not read)"}};
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

/// A payment names a professional by a name that two RPPS numbers carry: whose it is cannot be told, and it
/// is counted apart (a warning: give its RPPS number).
struct cpts_indemnities_identity {
    static constexpr rule_info info{
        "CPTS.INDEMNITIES.IDENTITY", rule_layer::data_constraint, legal::rpps_number,
        {"Une indemnité désigne son bénéficiaire sans ambiguïté : par son numéro RPPS quand son nom en porte plusieurs.",
         "An indemnity names its professional unambiguously: by their RPPS number when their name carries several."},
        since_always, {certainty::confirmed, "a property of the records"}, std::nullopt, severity::warning};
};

/// The funding layer's rules on indemnities, for the generated rule reference.
inline constexpr std::array<const rule_info*, 3> indemnity_rules{&cpts_indemnities_within_pass::info, &cpts_indemnities_pass_unknown::info,
                                                               &cpts_indemnities_identity::info};

}  // namespace rules

/// One CPTS's payments, as a check takes them: its name, where its record lives (the diagnostics' paths are
/// `where`/indemnities/i), the payments, and its members (whose RPPS numbers name the payments by name).
struct indemnity_payer {
    std::string_view name;
    field_path where{};
    const std::vector<indemnity>* payments = nullptr;
    const std::vector<member>* members = nullptr;
};

/// One payment counted in a professional's year: which payer, which payment.
struct counted_payment {
    std::size_t payer = 0;
    std::size_t index = 0;
    date paid{};
    euros amount{};
};

/// What one professional received in one calendar year, with the ceiling it is checked against.
struct indemnity_total {
    std::string professional;              ///< the name of their first payment
    std::optional<rpps_number> rpps{};     ///< how they are known, when they are
    int year = 0;
    euros total{};
    std::vector<counted_payment> payments{};  ///< every payment added, in the order of the payers, then of their payments
    used_figure ceiling{};                 ///< that year's PASS
    bool over = false;
    std::optional<std::size_t> crossed_at{};  ///< the payment that took the total over the ceiling (into `payments`)
};

/// The check of a set of payers' indemnities: the diagnostics, and every professional's total by year.
struct indemnity_check {
    validation result;
    std::vector<indemnity_total> totals;
};

namespace detail_indemnities {
[[nodiscard]] inline std::string name_key(std::string_view name) { return "name:" + std::string{name}; }
[[nodiscard]] inline std::string rpps_key(const rpps_number& r) { return "rpps:" + std::string{r.text()}; }
}  // namespace detail_indemnities

/// Checks the indemnities paid up to `as_of` by every payer, per professional and calendar year, from the
/// first year of the rule (2022), against the PASS of `figures` (the national ones, or a rulebook's). One
/// diagnostic per professional and year over the ceiling, at the payment that crossed it, naming each payment
/// it added; a warning for a year whose PASS is not known, and for a name two RPPS numbers carry. Throws
/// nothing but std::bad_alloc.
[[nodiscard]] inline indemnity_check check_indemnities(std::span<const indemnity_payer> payers, date as_of,
                                                       const parameters::figure_set& figures = parameters::national_figures) {
    using detail_indemnities::name_key;
    using detail_indemnities::rpps_key;
    indemnity_check out;
    const auto& rule = rules::cpts_indemnities_within_pass::info;
    if (!in_force(rule, as_of)) return out;
    const int first_year = static_cast<int>(rule.in_force_from.year());
    const auto where = [&](std::size_t payer, std::size_t i) { return payers[payer].where / "indemnities" / i; };

    // The RPPS numbers each name carries, over every payer's members and payments.
    std::map<std::string, std::vector<std::string>> rpps_of_name;  // name -> distinct RPPS texts
    const auto note_name = [&](const std::string& name, const rpps_number& r) {
        auto& list = rpps_of_name[name];
        if (std::find(list.begin(), list.end(), std::string{r.text()}) == list.end()) list.emplace_back(r.text());
    };
    for (const auto& p : payers) {
        if (p.members)
            for (const auto& m : *p.members)
                if (const auto* person = as_person(m); person && person->rpps && !person->name.empty()) note_name(person->name, *person->rpps);
        if (p.payments)
            for (const auto& x : *p.payments)
                if (x.rpps) note_name(x.professional, *x.rpps);
    }
    // The key of a payment: its RPPS number, its payer's member's of that name, the one RPPS the name carries,
    // or the name.
    const auto key_of = [&](std::size_t payer, const indemnity& x, bool& ambiguous) -> std::pair<std::string, std::optional<rpps_number>> {
        ambiguous = false;
        if (x.rpps) return {rpps_key(*x.rpps), x.rpps};
        if (const auto* members = payers[payer].members)
            for (const auto& m : *members)
                if (const auto* person = as_person(m); person && person->rpps && person->name == x.professional) return {rpps_key(*person->rpps), person->rpps};
        if (const auto it = rpps_of_name.find(x.professional); it != rpps_of_name.end()) {
            if (it->second.size() == 1) {
                const auto r = rpps_number::parse(it->second.front());
                return {rpps_key(std::get<rpps_number>(r)), std::get<rpps_number>(r)};
            }
            ambiguous = true;
        }
        return {name_key(x.professional), std::nullopt};
    };

    std::unordered_map<std::string, std::size_t> index;  // key + '\n' + year → totals
    std::vector<int> unknown_years;
    for (std::size_t p = 0; p < payers.size(); ++p) {
        if (!payers[p].payments) continue;
        const auto& payments = *payers[p].payments;
        for (std::size_t i = 0; i < payments.size(); ++i) {
            const auto& x = payments[i];
            if (as_of < x.paid) continue;  // not paid yet on the date of the check
            const int year = static_cast<int>(x.paid.year());
            if (year < first_year) continue;
            const auto ceiling = figures.pass_of_year(year);
            if (!ceiling) {
                if (std::find(unknown_years.begin(), unknown_years.end(), year) == unknown_years.end()) {
                    unknown_years.push_back(year);
                    out.result.diagnostics.push_back(make_diagnostic(
                        rules::cpts_indemnities_pass_unknown::info, location{}, 
                        bilingual{} << label{"aucun plafond annuel de la sécurité sociale n'est connu pour ", "no annual social-security ceiling is known for "}
                                    << year << label{" (cette version connaît ", " (this version knows "} << parameters::first_pass_year
                                    << label{" à ", " to "} << parameters::last_pass_year
                                    << label{") : les indemnités de cette année ne sont pas vérifiées", "): that year's indemnities are not checked"}));
                    out.result.diagnostics.back().path = where(p, i);
                }
                continue;
            }
            bool ambiguous = false;
            const auto [key, rpps] = key_of(p, x, ambiguous);
            if (ambiguous) {
                out.result.diagnostics.push_back(make_diagnostic(
                    rules::cpts_indemnities_identity::info, location{},
                    bilingual{} << label{"« ", "\""} << std::string_view{x.professional}
                                << label{" » porte plusieurs numéros RPPS dans ce dossier (", "\" carries several RPPS numbers in this dossier ("}
                                << static_cast<long long>(rpps_of_name[x.professional].size())
                                << label{") : ce versement est compté à part ; donnez son numéro RPPS", "): this payment is counted apart; give its RPPS number"}));
                out.result.diagnostics.back().path = where(p, i) / "professional";
            }
            const auto [it, added] = index.try_emplace(key + '\n' + std::to_string(year), out.totals.size());
            if (added) {
                indemnity_total t;
                t.professional = x.professional;
                t.rpps = rpps;
                t.year = year;
                t.ceiling = use(*ceiling, date{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}});
                out.totals.push_back(std::move(t));
            }
            auto& t = out.totals[it->second];
            t.payments.push_back({p, i, x.paid, x.amount});
            const auto sum = checked_add(t.total, x.amount);
            if (!t.over && (!sum || ceiling->value < *sum)) {
                t.over = true;
                t.crossed_at = t.payments.size() - 1;
            }
            if (sum) t.total = *sum;
        }
    }
    for (const auto& t : out.totals) {
        if (!t.over) continue;
        const auto& crossing = t.payments[*t.crossed_at];
        bilingual detail;
        detail << std::string_view{t.professional};
        if (t.rpps) detail << " (RPPS " << std::string{t.rpps->text()} << ")";
        detail << label{" a perçu ", " received "} << t.total.french_text() << label{" en ", " in "} << t.year << " ("
               << count(static_cast<long long>(t.payments.size()), nouns::payment) << label{" : ", ": "};
        for (std::size_t k = 0; k < t.payments.size(); ++k) {
            const auto& c = t.payments[k];
            if (k) detail << ", ";
            detail << c.amount.french_text() << label{" le ", " on "} << iso_text(c.paid);
            if (!payers[c.payer].name.empty()) detail << label{" par ", " by "} << payers[c.payer].name;
        }
        detail << label{") ; le plafond est le PASS de ", "); the ceiling is the PASS of "} << t.year << ", " << t.ceiling.value_text() << " ("
               << t.ceiling.id << ", " << std::string(1, letter(t.ceiling.source.status)) << ")";
        out.result.diagnostics.push_back(make_diagnostic(rule, location{}, std::move(detail)));
        out.result.diagnostics.back().path = where(crossing.payer, crossing.index);
        out.result.diagnostics.back().rest_on(t.ceiling);
    }
    return out;
}

/// The same for one CPTS's payments alone (their paths: indemnities[i]).
[[nodiscard]] inline validation check_indemnities(const std::vector<indemnity>& payments, date as_of,
                                                  const parameters::figure_set& figures = parameters::national_figures) {
    const indemnity_payer one{"", field_path{}, &payments, nullptr};
    return check_indemnities(std::span<const indemnity_payer>{&one, 1}, as_of, figures).result;
}

}  // namespace coordcare::funding
