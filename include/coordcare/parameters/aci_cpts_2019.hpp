// coordcare — the figures of the ACI CPTS of 2019: signed 2019-06-20, approved by the arrêté du 21 août
// 2019 (NOR SSAS1924409A), published in the Journal officiel n° 196 of 2019-08-24 [aci-cpts-2019]. Each
// figure with its id and source. The agreement's own table of amounts (its article 8 and the contrat-type's
// annex) was not read: a contract states its own amounts, checked against the envelopes and maxima below,
// which the agencies and the press give.
#pragma once

#include <coordcare/parameters/aci_cpts_edition.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <chrono>

namespace coordcare::parameters {

namespace detail_aci_cpts {
[[nodiscard]] consteval date ymd(int y, unsigned m, unsigned d) {
    return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
inline constexpr source_note sizes_source{
    certainty::stated,
    "sizes by population: 1 below 40 000, 2 from 40 000 to 80 000, 3 from 80 000 to 175 000, 4 above 175 000 inhabitants "
    "[ars-paca-cdc-cpts] (its health-project template), [paps-hdf-aci-cpts], [qdm-2019-11-21-cpts]"};
inline constexpr source_note boundary_80000{
    certainty::uncertain,
    "the sizes' wording ('entre 40 000 et 80 000', 'entre 80 000 et 175 000' [ars-paca-cdc-cpts]) puts 80 000 in sizes 2 and 3 both: "
    "80 000 is taken as size 3; overridable"};
inline constexpr source_note deadlines_source{
    certainty::stated,
    "the ACI's calendar of the missions, as months after the signature of the contract, published by the ARS Hauts-de-France "
    "[paps-hdf-aci-cpts] (updated 2023-11-30); [ars-paca-cdc-cpts]: 'La mise en place des missions se fera de manière progressive sur "
    "une période de deux ans'"};
inline constexpr source_note proration_source{
    certainty::uncertain,
    "[aci-cpts-2019], contrat-type art. 6.2: 'En fonction de la date de démarrage de la mission, le montant dû au titre de ce premier "
    "versement ... est proratisé': the basis is not said; days taken (the finer one); overridable"};
inline constexpr source_note optional_source{certainty::stated, "an optional mission starts when the CPTS chooses [ars-idf-cpts], [ars-paca-cdc-cpts]"};
inline constexpr source_note fonctionnement_2019{
    certainty::stated,
    "the amount of fonctionnement 'avant le démarrage des missions' by size, fixed by [aci-cpts-2019] art. 8 (not read): 50 000 to "
    "90 000 € by size [guide-exercice-coordonne], [senat-r25-032], and by size in [qdm-2019-11-21-cpts]"};
inline constexpr source_note maxima_2019{
    certainty::stated,
    "'Financement annuel total possible' by size, all missions at 100 % [ars-idf-cpts]; 'jusqu'à 220 000 euros par an pour la taille 1 "
    "... 450 000 euros pour la taille 4 ... il s'agit de montants maximum' [qdm-2019-11-21-cpts]; the agreement's own table was not read"};
}  // namespace detail_aci_cpts

/// The ACI CPTS of 2019.
inline constexpr aci_cpts_edition aci_cpts_2019{
    "ACI_CPTS.2019",
    {"ACI CPTS (2019)", "ACI CPTS (2019)"},
    legal::aci_cpts_2019,
    detail_aci_cpts::ymd(2019, 8, 25),
    {certainty::confirmed, "arrêté du 21 août 2019, JO n° 196 of 2019-08-24 [aci-cpts-2019]: in force the next day"},
    {"ACI_CPTS.2019.CONTRACTS_IN_FORCE", 1, {certainty::confirmed, "the first edition: no ACI CPTS contract was signed before it"}},
    {{"ACI_CPTS.2019.SIZE_2_FROM", 40'000, detail_aci_cpts::sizes_source},
     {"ACI_CPTS.2019.SIZE_3_FROM", 80'000, detail_aci_cpts::boundary_80000},
     {"ACI_CPTS.2019.SIZE_4_FROM", 175'001, detail_aci_cpts::sizes_source}},
    {{{"ACI_CPTS.2019.FONCTIONNEMENT.SIZE_1", 50'000_eur, detail_aci_cpts::fonctionnement_2019},
      {"ACI_CPTS.2019.FONCTIONNEMENT.SIZE_2", 60'000_eur, detail_aci_cpts::fonctionnement_2019},
      {"ACI_CPTS.2019.FONCTIONNEMENT.SIZE_3", 75'000_eur, detail_aci_cpts::fonctionnement_2019},
      {"ACI_CPTS.2019.FONCTIONNEMENT.SIZE_4", 90'000_eur, detail_aci_cpts::fonctionnement_2019}}},
    {{figure{"ACI_CPTS.2019.YEARLY_MAXIMUM.SIZE_1", 220'000_eur, detail_aci_cpts::maxima_2019},
      figure{"ACI_CPTS.2019.YEARLY_MAXIMUM.SIZE_2", 287'000_eur, detail_aci_cpts::maxima_2019},
      figure{"ACI_CPTS.2019.YEARLY_MAXIMUM.SIZE_3", 370'000_eur, detail_aci_cpts::maxima_2019},
      figure{"ACI_CPTS.2019.YEARLY_MAXIMUM.SIZE_4", 450'000_eur, detail_aci_cpts::maxima_2019}}},
    {{cpts_mission_terms{cpts_mission::access_to_care, true, 6, 18, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::patient_pathways, true, 12, 24, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::prevention, true, 12, 24, detail_aci_cpts::deadlines_source},
      std::nullopt,  // the crisis mission came with avenant 2
      cpts_mission_terms{cpts_mission::quality_relevance, false, std::nullopt, std::nullopt, detail_aci_cpts::optional_source},
      cpts_mission_terms{cpts_mission::professional_support, false, std::nullopt, std::nullopt, detail_aci_cpts::optional_source}}},
    {"ACI_CPTS.2019.TERM_YEARS", 5,
     {certainty::stated, "'Ce contrat est signé pour une durée de 5 ans avec des possibilités d'évolution par avenants' [ars-paca-cdc-cpts] "
                         "(étape 5); 'Contrat ACI avec l'ARS et l'AM (5 années)' [guichet-cpts-faq-4]"}},
    {"ACI_CPTS.2019.ADVANCE", 75_pct,
     {certainty::confirmed, "[aci-cpts-2019] art. 9.1: 'une avance d'un montant de 75 % de la somme totale due est versée au début de chaque "
                            "année (en référence à la date anniversaire du contrat)'; contrat-type art. 6.2 for the missions' fixed parts "
                            "(read on a copy of the JORF)"}},
    {"ACI_CPTS.2019.PRORATION", proration_basis::days, detail_aci_cpts::proration_source},
};

}  // namespace coordcare::parameters
