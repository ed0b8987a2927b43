// coordcare — the figures of the ACI CPTS of 2019: signed 2019-06-20, approved by the arrêté du 21 août
// 2019, published in the Journal officiel of 2019-08-24. Each figure with its id and source (DOMAIN.md
// §4 and §5; seeds 002, 003, 004). The agreement's own per-mission table (its article 8) was not found in
// our sources: a contract states its own amounts, checked against the maxima below.
#pragma once

#include <coordcare/parameters/aci_cpts_edition.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <chrono>

namespace coordcare::parameters {

namespace detail_aci_cpts {
[[nodiscard]] consteval date ymd(int y, unsigned m, unsigned d) {
    return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
inline constexpr source_note sizes_source{certainty::confirmed, "ACI CPTS 2019: size 1 < 40 000, size 2 40 000 to 80 000, size 3 80 000 to 175 000, size 4 > 175 000 inhabitants (DOMAIN.md §5)"};
inline constexpr source_note boundary_80000{certainty::uncertain,
                                            "the ACI's wording puts 80 000 in sizes 2 and 3 both: 80 000 is taken as size 3 (DOMAIN.md §5: U); overridable"};
inline constexpr source_note deadlines_source{certainty::confirmed,
                                              "the ACI's table of deadlines after signing, as published by ARS Hauts-de-France (PAPS, 2023-11-30; DOMAIN.md §4)"};
inline constexpr source_note proration_source{
    certainty::uncertain,
    "'75 % de la part fixe ... au prorata de la date anniversaire du contrat' (Sénat report r25-032): the basis is not said; days taken (the finer one); overridable"};
inline constexpr source_note optional_source{certainty::confirmed, "ACI CPTS: an optional mission starts when the CPTS chooses (seed 002)"};
}  // namespace detail_aci_cpts

/// The ACI CPTS of 2019.
inline constexpr aci_cpts_edition aci_cpts_2019{
    "ACI_CPTS.2019",
    {"ACI CPTS (2019)", "ACI CPTS (2019)"},
    legal::aci_cpts_2019,
    detail_aci_cpts::ymd(2019, 8, 25),
    {certainty::seed, "arrêté du 21 août 2019 approving the ACI of 2019-06-20, JO 2019-08-24 (seeds 002, 003): in force the next day"},
    {{"ACI_CPTS.2019.SIZE_2_FROM", 40'000, detail_aci_cpts::sizes_source},
     {"ACI_CPTS.2019.SIZE_3_FROM", 80'000, detail_aci_cpts::boundary_80000},
     {"ACI_CPTS.2019.SIZE_4_FROM", 175'001, detail_aci_cpts::sizes_source}},
    {{{"ACI_CPTS.2019.FONCTIONNEMENT.SIZE_1", 50'000_eur, {certainty::confirmed, "ACI CPTS 2019, fonctionnement by size (DOMAIN.md §5; seed 004: 50 000 to 90 000 €)"}},
      {"ACI_CPTS.2019.FONCTIONNEMENT.SIZE_2", 60'000_eur, {certainty::confirmed, "ACI CPTS 2019, fonctionnement by size (DOMAIN.md §5)"}},
      {"ACI_CPTS.2019.FONCTIONNEMENT.SIZE_3", 75'000_eur, {certainty::confirmed, "ACI CPTS 2019, fonctionnement by size (DOMAIN.md §5)"}},
      {"ACI_CPTS.2019.FONCTIONNEMENT.SIZE_4", 90'000_eur, {certainty::confirmed, "ACI CPTS 2019, fonctionnement by size (DOMAIN.md §5; seed 004)"}}}},
    {{figure{"ACI_CPTS.2019.YEARLY_MAXIMUM.SIZE_1", 220'000_eur, {certainty::confirmed, "ARS Île-de-France note (seed 002): financement annuel total possible"}},
      figure{"ACI_CPTS.2019.YEARLY_MAXIMUM.SIZE_2", 287'000_eur, {certainty::confirmed, "seed 002"}},
      figure{"ACI_CPTS.2019.YEARLY_MAXIMUM.SIZE_3", 370'000_eur, {certainty::confirmed, "seed 002"}},
      figure{"ACI_CPTS.2019.YEARLY_MAXIMUM.SIZE_4", 450'000_eur, {certainty::confirmed, "seed 002"}}}},
    {{cpts_mission_terms{cpts_mission::access_to_care, true, 6, 18, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::patient_pathways, true, 12, 24, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::prevention, true, 12, 24, detail_aci_cpts::deadlines_source},
      std::nullopt,  // the crisis mission came with avenant 2
      cpts_mission_terms{cpts_mission::quality_relevance, false, std::nullopt, std::nullopt, detail_aci_cpts::optional_source},
      cpts_mission_terms{cpts_mission::professional_support, false, std::nullopt, std::nullopt, detail_aci_cpts::optional_source}}},
    {"ACI_CPTS.2019.TERM_YEARS", 5, {certainty::confirmed, "ACI CPTS: a tripartite contract of five years (DOMAIN.md §2, seed 002)"}},
    {"ACI_CPTS.2019.ADVANCE", 75_pct,
     {certainty::confirmed, "ACI art. 9.1: 'une avance d'un montant de 75 % de la somme totale due est versée au début de chaque année (en "
                            "référence à la date anniversaire du contrat)' (JORF n° 196 of 2019-08-24, read in a mirror); the same for the "
                            "missions' fixed parts (Sénat report r25-032)"}},
    {"ACI_CPTS.2019.PRORATION", proration_basis::days, detail_aci_cpts::proration_source},
};

}  // namespace coordcare::parameters
