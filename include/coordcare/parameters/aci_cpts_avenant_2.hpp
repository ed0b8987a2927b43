// coordcare — the figures of the ACI CPTS after its avenant n° 2: signed 2021-12-20 [ameli-avenant-2-cpts],
// approved by an avis of the Journal officiel (JORFTEXT000045443303) published on 2022-03-31
// [aci-cpts-avenant-2]. It adds a fourth socle mission, the response to serious health crises
// ("La CPTS doit ainsi répondre désormais à 4 missions socles obligatoires" [ameli-avenant-2-cpts]), and
// raises the yearly maximum of a size-4 CPTS to 580 000 € "contre 450 000 euros précédemment"
// [pharmacien-de-france-2022-01-06]. Its operative articles — the amounts, its date of effect, its clause on
// the contracts already signed, the final form of its "accélérateur" — were not read: the figures that rest
// on them say so (U), and each is overridable.
#pragma once

#include <coordcare/parameters/aci_cpts_2019.hpp>

namespace coordcare::parameters {

namespace detail_aci_cpts {
inline constexpr source_note unchanged_by_avenant_2{certainty::uncertain,
                                                    "the 2019 figure: the avenant's table was not read, and no source says it changed"};
inline constexpr source_note accelerator{
    certainty::uncertain,
    "the 'accélérateur' of the Cnam's drafts: 'une rallonge de 75 % du financement attribué dès la signature du contrat ... pour toutes les "
    "CPTS qui signeront (ou ont déjà signé) avant le 31/12/2021 ... Celles qui ont déjà touché ce financement auront un complément' "
    "[fmf-2020-avenant-2]; 'Ce financement additionnel concerne les communautés adhérentes à l'ACI « avant le 31 décembre 2021 », y compris "
    "en 2019 et 2020' [qdm-compromis-cnam]; whether the signed text kept it was not read. Read as the ceiling of the fonctionnement of "
    "the first contract year under avenant 2 (where the complement is paid); overridable"};
}  // namespace detail_aci_cpts

/// The ACI CPTS as amended by its avenant 2.
inline constexpr aci_cpts_edition aci_cpts_avenant_2{
    "ACI_CPTS.AVENANT_2",
    {"ACI CPTS, avenant 2 (2022)", "ACI CPTS, amendment 2 (2022)"},
    legal::aci_cpts_avenant_2,
    detail_aci_cpts::ymd(2022, 4, 1),
    {certainty::stated,
     "signed 2021-12-20 [ameli-avenant-2-cpts], its approval published in the JO of 2022-03-31 [aci-cpts-avenant-2], [ars-paca-cdc-cpts]: "
     "in force the next day (the avenant's own clause on its date of effect was not read)"},
    {"ACI_CPTS.AVENANT_2.CONTRACTS_IN_FORCE", 1,
     {certainty::uncertain,
      "the avenant's clause on the contracts already signed was not read: 'La CPTS doit ainsi répondre désormais à 4 missions socles "
      "obligatoires' [ameli-avenant-2-cpts]; 'les CPTS doivent rédiger d'ici 2024 un plan d'actions' for a crisis [ars-paca-plan-crise]: read "
      "as every contract under the avenant from its first year that begins on or after 2022-04-01, the crisis mission counted from that "
      "year's first day; 0 keeps a contract under the edition of its signature"}},
    {{"ACI_CPTS.AVENANT_2.SIZE_2_FROM", 40'000, detail_aci_cpts::sizes_source},
     {"ACI_CPTS.AVENANT_2.SIZE_3_FROM", 80'000, detail_aci_cpts::boundary_80000},
     {"ACI_CPTS.AVENANT_2.SIZE_4_FROM", 175'001, detail_aci_cpts::sizes_source}},
    {{{"ACI_CPTS.AVENANT_2.FONCTIONNEMENT.SIZE_1", 50'000_eur, detail_aci_cpts::unchanged_by_avenant_2},
      {"ACI_CPTS.AVENANT_2.FONCTIONNEMENT.SIZE_2", 60'000_eur, detail_aci_cpts::unchanged_by_avenant_2},
      {"ACI_CPTS.AVENANT_2.FONCTIONNEMENT.SIZE_3", 75'000_eur, detail_aci_cpts::unchanged_by_avenant_2},
      {"ACI_CPTS.AVENANT_2.FONCTIONNEMENT.SIZE_4", 90'000_eur, detail_aci_cpts::unchanged_by_avenant_2}}},
    {{std::nullopt,  // not found for sizes 1 and 3
      figure{"ACI_CPTS.AVENANT_2.YEARLY_MAXIMUM.SIZE_2", 382'500_eur,
             {certainty::uncertain, "'ACI : 382 500 € pour une taille 2 (si résultats 100%)' [guichet-cpts-faq-4]; found in no other source, and "
                                    "how it is built is not known"}},
      std::nullopt,
      figure{"ACI_CPTS.AVENANT_2.YEARLY_MAXIMUM.SIZE_4", 580'000_eur,
             {certainty::stated, "'il peut à présent atteindre 580 000 euros, contre 450 000 euros précédemment' for a CPTS above 175 000 "
                                 "inhabitants with every mission deployed [pharmacien-de-france-2022-01-06]"}}}},
    {{cpts_mission_terms{cpts_mission::access_to_care, true, 6, 18, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::patient_pathways, true, 12, 24, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::prevention, true, 12, 24, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::crisis_response, true, 6, 18, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::quality_relevance, false, std::nullopt, std::nullopt, detail_aci_cpts::optional_source},
      cpts_mission_terms{cpts_mission::professional_support, false, std::nullopt, std::nullopt, detail_aci_cpts::optional_source}}},
    {"ACI_CPTS.AVENANT_2.TERM_YEARS", 5,
     {certainty::stated, "'Ce contrat est signé pour une durée de 5 ans' [ars-paca-cdc-cpts] (étape 5, after avenant 2)"}},
    {"ACI_CPTS.AVENANT_2.ADVANCE", 75_pct, {certainty::stated, "75 % paid in advance each year, as in [aci-cpts-2019] art. 9.1 [senat-r25-032]"}},
    {"ACI_CPTS.AVENANT_2.PRORATION", proration_basis::days, detail_aci_cpts::proration_source},
    {{figure{"ACI_CPTS.AVENANT_2.ACCELERATED_FONCTIONNEMENT.SIZE_1", 87'500_eur, detail_aci_cpts::accelerator},
      figure{"ACI_CPTS.AVENANT_2.ACCELERATED_FONCTIONNEMENT.SIZE_2", 105'000_eur, detail_aci_cpts::accelerator},
      figure{"ACI_CPTS.AVENANT_2.ACCELERATED_FONCTIONNEMENT.SIZE_3", 131'250_eur, detail_aci_cpts::accelerator},
      figure{"ACI_CPTS.AVENANT_2.ACCELERATED_FONCTIONNEMENT.SIZE_4", 157'500_eur, detail_aci_cpts::accelerator}}},
    detail_aci_cpts::ymd(2021, 12, 31),
    detail_aci_cpts::accelerator,
};

}  // namespace coordcare::parameters
