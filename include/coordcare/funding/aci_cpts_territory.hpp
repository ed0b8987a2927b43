// coordcare — what a CPTS's territory says of its ACI contract. The size of a contract is that of the population
// it covers at its signature; the territory's population is counted with the commune data of the vintage in
// force at that date (the year of INSEE's Code officiel géographique: territory/, io/communes.hpp). During the
// contract the population changes: its parties meet to follow the contract up, for "l'adaptation du
// financement accordé au regard de l'évolution de la taille de la CPTS" [ars-idf-cpts] — a finding for that
// follow-up, not a refusal of the contract.
//
//   const funding::territory_population at_signature{84'500, 2021, true};   // the vintage in force at signing
//   const funding::territory_population now{81'200, 2026, true};             // the one in force on the check
//   funding::check_contract_territory(contract, at_signature, now, 2026y / June / 1d)
#pragma once

#include <coordcare/funding/aci_cpts_contract.hpp>

#include <cstdint>
#include <optional>

namespace coordcare::funding {

/// A territory's population as one vintage of the commune data counts it.
struct territory_population {
    std::int64_t population = 0;
    int vintage = 0;        ///< the COG year of the data
    bool in_force = true;   ///< the vintage was in force on the date it stands for (false: the earliest, for an earlier date)
};

namespace rules {

/// At the signature, the contract's size is that of its territory's population in the vintage then in force.
struct contract_territory_at_signature {
    static constexpr rule_info info{
        "CPTS.CONTRACT.TERRITORY_AT_SIGNATURE", rule_layer::data_constraint, legal::cog_commune_codes,
        {"La taille du contrat est celle de la population de son territoire au millésime des données en vigueur à la signature.",
         "The contract's size is that of its territory's population in the vintage of the data in force at the signature."},
        since_always, {certainty::confirmed, "a property of the records"}, std::nullopt, severity::warning};
};

/// During the contract, a territory whose population now gives another size is a matter for the yearly
/// follow-up (the size's evolution), not a refusal of the contract.
struct contract_size_evolution {
    static constexpr rule_info info{
        "CPTS.CONTRACT.SIZE_EVOLUTION", rule_layer::contract, legal::aci_contract_follow_up,
        {"Une évolution de la population du territoire qui change la taille de la CPTS est examinée au suivi du contrat.",
         "A change of the territory's population that changes the CPTS's size is examined at the contract's follow-up."},
        parameters::aci_cpts_2019.in_force_from, parameters::aci_cpts_2019.date_source, std::nullopt, severity::warning};
};

}  // namespace rules

/// The findings of a contract's territory: its size at the signature (`at_signature`: the territory counted in
/// the vintage in force then) and now (`now`: in the vintage in force on `as_of`), against the size the contract
/// states, under the edition of the signature. Paths: "territory". Either population may be absent (a territory
/// whose codes did not all resolve in that vintage).
[[nodiscard]] inline validation check_contract_territory(const aci_cpts_contract& c, const std::optional<territory_population>& at_signature,
                                                         const std::optional<territory_population>& now, date as_of,
                                                         const parameters::figure_set& figures = parameters::national_figures) {
    validation out;
    const contract_context ctx{as_of, &figures};
    const auto e = ctx.edition_of(c.signed_on);
    if (!e) return out;
    const auto vintage_text = [](const territory_population& p) {
        auto b = bilingual{} << label{"millésime ", "vintage "} << p.vintage;
        if (!p.in_force) b << label{", le plus ancien, antérieur à la date", ", the earliest, before the date"};
        return b;
    };
    if (at_signature && e->sizes.size_of(at_signature->population) != c.size) {
        const auto size = e->sizes.size_of(at_signature->population);
        out.diagnostics.push_back(make_diagnostic(
            rules::contract_territory_at_signature::info, location::of("territory"),
            bilingual{} << label{"à la signature (", "at the signature ("} << iso_text(c.signed_on) << label{"), le territoire compte ", "), the territory counts "}
                        << grouped_count(at_signature->population) << label{" habitants (", " inhabitants ("} << vintage_text(*at_signature)
                        << label{"), soit la taille ", "), which is size "} << number(size) << label{" ; le contrat déclare la taille ", "; the contract states size "}
                        << number(c.size) << label{" pour ", " for "} << grouped_count(c.population) << label{" habitants", " inhabitants"}));
        for (const auto* f : e->sizes.decisive(at_signature->population, c.size)) out.diagnostics.back().rest_on(use(*f, e->in_force_from));
    }
    const bool within_term = c.term_years > 0 && as_of < anniversary(c.signed_on, c.term_years);
    if (now && within_term && c.signed_on <= as_of && e->sizes.size_of(now->population) != c.size) {
        const auto size = e->sizes.size_of(now->population);
        out.diagnostics.push_back(make_diagnostic(
            rules::contract_size_evolution::info, location::of("territory"),
            bilingual{} << label{"le territoire compte ", "the territory counts "} << grouped_count(now->population) << label{" habitants (", " inhabitants ("}
                        << vintage_text(*now) << label{"), soit la taille ", "), which is size "} << number(size)
                        << label{" ; le contrat est de la taille ", "; the contract is of size "} << number(c.size)
                        << label{" : à examiner au suivi du contrat (adaptation du financement à l'évolution de la taille)",
                                 ": for the contract's follow-up (its funding adapted to the size's evolution)"}));
        for (const auto* f : e->sizes.decisive(now->population, c.size)) out.diagnostics.back().rest_on(use(*f, e->in_force_from));
    }
    return out;
}

}  // namespace coordcare::funding
