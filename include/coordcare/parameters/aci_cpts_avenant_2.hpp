// coordcare — the figures of the ACI CPTS after its avenant n° 2: signed 2021-12-20, published in the
// Journal officiel of 2022-03-31 (seed 003). It adds a fourth socle mission, the response to serious health
// crises (seeds 000, 003), and raises the yearly maximum of a size-4 CPTS to 580 000 € "contre 450 000 €
// précédemment" (DOMAIN.md §5). The other figures are the 2019 ones as far as our sources say; the avenant's
// per-mission table was not found.
#pragma once

#include <coordcare/parameters/aci_cpts_2019.hpp>

namespace coordcare::parameters {

namespace detail_aci_cpts {
inline constexpr source_note unchanged_by_avenant_2{certainty::uncertain, "the 2019 figure: no source says avenant 2 changed it"};
}  // namespace detail_aci_cpts

/// The ACI CPTS as amended by its avenant 2.
inline constexpr aci_cpts_edition aci_cpts_avenant_2{
    "ACI_CPTS.AVENANT_2",
    {"ACI CPTS, avenant 2 (2022)", "ACI CPTS, amendment 2 (2022)"},
    legal::aci_cpts_avenant_2,
    detail_aci_cpts::ymd(2022, 4, 1),
    {certainty::seed, "avenant 2 signed 2021-12-20 (ameli, C), published in the JO of 2022-03-31 (seed 003): in force the next day"},
    {{"ACI_CPTS.AVENANT_2.SIZE_2_FROM", 40'000, detail_aci_cpts::sizes_source},
     {"ACI_CPTS.AVENANT_2.SIZE_3_FROM", 80'000, detail_aci_cpts::boundary_80000},
     {"ACI_CPTS.AVENANT_2.SIZE_4_FROM", 175'001, detail_aci_cpts::sizes_source}},
    {{{"ACI_CPTS.AVENANT_2.FONCTIONNEMENT.SIZE_1", 50'000_eur, detail_aci_cpts::unchanged_by_avenant_2},
      {"ACI_CPTS.AVENANT_2.FONCTIONNEMENT.SIZE_2", 60'000_eur, detail_aci_cpts::unchanged_by_avenant_2},
      {"ACI_CPTS.AVENANT_2.FONCTIONNEMENT.SIZE_3", 75'000_eur, detail_aci_cpts::unchanged_by_avenant_2},
      {"ACI_CPTS.AVENANT_2.FONCTIONNEMENT.SIZE_4", 90'000_eur, detail_aci_cpts::unchanged_by_avenant_2}}},
    {{std::nullopt,  // not found for sizes 1 and 3
      figure{"ACI_CPTS.AVENANT_2.YEARLY_MAXIMUM.SIZE_2", 382'500_eur,
             {certainty::uncertain, "CPTS help-desk FAQ (seed 000): 'ACI : 382 500 € pour une taille 2 (si résultats 100%)'; how it is built is not known"}},
      std::nullopt,
      figure{"ACI_CPTS.AVENANT_2.YEARLY_MAXIMUM.SIZE_4", 580'000_eur,
             {certainty::confirmed, "avenant 2: up to 580 000 € for a size-4 CPTS, against 450 000 € before (DOMAIN.md §5)"}}}},
    {{cpts_mission_terms{cpts_mission::access_to_care, true, 6, 18, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::patient_pathways, true, 12, 24, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::prevention, true, 12, 24, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::crisis_response, true, 6, 18, detail_aci_cpts::deadlines_source},
      cpts_mission_terms{cpts_mission::quality_relevance, false, std::nullopt, std::nullopt, detail_aci_cpts::optional_source},
      cpts_mission_terms{cpts_mission::professional_support, false, std::nullopt, std::nullopt, detail_aci_cpts::optional_source}}},
    {"ACI_CPTS.AVENANT_2.TERM_YEARS", 5, {certainty::confirmed, "ACI CPTS: a tripartite contract of five years (DOMAIN.md §2)"}},
    {"ACI_CPTS.AVENANT_2.ADVANCE", 75_pct, {certainty::seed, "75 % paid in advance each year (as in 2019; Sénat report r25-032)"}},
    {"ACI_CPTS.AVENANT_2.PRORATION", proration_basis::days, detail_aci_cpts::proration_source},
};

}  // namespace coordcare::parameters
