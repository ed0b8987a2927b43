// coordcare — the figures of the ACI MSP after its avenant n° 1 (published in the Journal officiel of
// 2022-08-03): the indicators of the Cnam's "Guide des indicateurs ACI – Avenant 1" (October 2022, read in
// a third-party copy: [cnam-guide-aci-msp]), the point at 7 €, the patientèle of reference of 4 000 patients, the
// 60 % advance and its minimum. Each figure with its id and source.
#pragma once

#include <coordcare/parameters/aci_msp_edition.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <chrono>

namespace coordcare::parameters {

namespace detail_aci_msp {
[[nodiscard]] consteval date ymd(int y, unsigned m, unsigned d) {
    return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
/// The Cnam's guide [cnam-guide-aci-msp], read in a third-party copy.
inline constexpr source_note guide{certainty::confirmed, "Cnam, Guide des indicateurs ACI – Avenant 1 (Oct. 2022), read in a third-party copy [cnam-guide-aci-msp]"};
inline constexpr source_note point_source{certainty::confirmed, "ameli.fr, ACI MSP: 'la valeur du point est fixée à 7 euros' [ameli-aci-msp]"};
inline constexpr source_note reference_source{
    certainty::confirmed, "ameli.fr: 'La référence de 4 000 patients constitue l'assiette à partir de laquelle une proratisation est effectuée'"};
inline constexpr source_note advance_source{
    certainty::stated,
    "60 % of the year's remuneration for 100 % of the prerequisite and socle indicators over a full year, prorated to the date of "
    "contracting in the first year (three secondary sources agree: avecsantena.fr, femasif.fr, the calculette ACI v6); paid 'dans les 3 mois "
    "suivant votre contractualisation ... ou au plus tard le 30 avril de l'année n', the balance 'au plus tard le 30 avril de l'année n + 1' "
    "(ameli.fr [ameli-aci-msp]). Our reading (U): computed from the year's reported indicators and patientèle, without the crisis indicator's "
    "variable points (paid only for a recognised crisis)"};
inline constexpr source_note sisa_source{
    certainty::confirmed, "ACI MSP: signed by a SISA, or by an MSP that becomes one within 6 months of signing [aci-msp-2017]"};
}  // namespace detail_aci_msp

/// The ACI MSP after avenant 1.
inline constexpr aci_msp_edition aci_msp_avenant_1{
    "ACI_MSP.AVENANT_1",
    {"ACI MSP, avenant 1 (2022)", "ACI MSP, amendment 1 (2022)"},
    legal::aci_msp_avenant_1,
    detail_aci_msp::ymd(2022, 8, 4),
    {certainty::stated, "avenant 1 published in the JO of 2022-08-03 [aci-msp-avenant-1] (signed 2022-03-04 or 2022-04-11 by source); the Cnam guide applies it to the "
                      "remuneration of 2022"},
    {"ACI_MSP.AVENANT_1.POINT_VALUE", 7_eur, detail_aci_msp::point_source},
    {"ACI_MSP.AVENANT_1.REFERENCE_PATIENTS", 4'000, detail_aci_msp::reference_source},
    {"ACI_MSP.AVENANT_1.ADVANCE", 60_pct, detail_aci_msp::advance_source},
    figure<euros>{"ACI_MSP.AVENANT_1.ADVANCE_MINIMUM", 12'000_eur,
                  {certainty::uncertain, "apmsl.fr on avenant 1: 'Une avance de 60% est versée au cours de l'année pour un montant minimum de 12 000€' (one secondary source; the avenant's wording not found); prorated like the advance in the year of signing (U); overridable"}},
    {"ACI_MSP.AVENANT_1.SISA_MONTHS", 6, detail_aci_msp::sisa_source},
    {{
        msp_indicator_terms{msp_indicator::opening_hours, msp_indicator_kind::prerequisite, msp_points_shape::flat, {800}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::guide},
        msp_indicator_terms{msp_indicator::crisis_response, msp_indicator_kind::prerequisite, msp_points_shape::flat, {100}, {350}, 0, 0, 0, true, 2023,
                            {certainty::confirmed, "Cnam guide (avenant 1): socle prérequis, 'exceptionnellement' optional in 2022; the 350 variable "
                                                   "points 'en cas de survenue d'une crise sanitaire grave, qualifiée par les autorités' (its rate "
                                                   "is 0 % without one, and they are not in the advance: U)"},
                            true, false},
        msp_indicator_terms{msp_indicator::coordination, msp_indicator_kind::prerequisite, msp_points_shape::by_patients, {1'000}, {1'700, 1'100}, 8'000, 0, 0,
                            true, {},
                            {certainty::confirmed, "Cnam guide (avenant 1): '1 000 points fixes + 1 700 × (8 000/4 000) + 1 100 × (4 000/4 000) = "
                                                   "5 500 points' for 12 000 patients"}},
        msp_indicator_terms{msp_indicator::information_system, msp_indicator_kind::prerequisite, msp_points_shape::by_professionals, {500}, {200, 150}, 16, 0,
                            0, false, {},
                            {certainty::confirmed, "Cnam guide (avenant 1): 500 fixed points, 200 per associated professional up to 16, 150 each "
                                                   "above; not prorated on the patientèle"}},
        msp_indicator_terms{msp_indicator::protocols, msp_indicator_kind::socle, msp_points_shape::per_unit, {100}, {}, 8, 40, 0, true, {},
                            {certainty::confirmed, "Cnam guide (avenant 1): 100 fixed points a protocol, 8 at most; 40 more each with an IPA"}},
        msp_indicator_terms{msp_indicator::concertation, msp_indicator_kind::socle, msp_points_shape::flat, {}, {1'000}, 0, 0, 200, true, {},
                            {certainty::stated, "Cnam guide (avenant 1): 1 000 variable points, + 200 with an IPA ('fixe' in its summary table, "
                                              "'variables' on its own sheet and in its example: taken as variable)"}},
        msp_indicator_terms{msp_indicator::diversity, msp_indicator_kind::optional, msp_points_shape::levels, {300, 600}, {}, 0, 0, 0, true, {},
                            {certainty::confirmed, "Cnam guide (avenant 1): 300 + 300, '600 points fixes maximum'"}},
        msp_indicator_terms{msp_indicator::second_recourse, msp_indicator_kind::optional, msp_points_shape::levels, {300, 600}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::guide},
        msp_indicator_terms{msp_indicator::cstm_doctor, msp_indicator_kind::optional, msp_points_shape::flat, {200}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::guide},
        msp_indicator_terms{msp_indicator::public_health, msp_indicator_kind::optional, msp_points_shape::per_unit, {}, {350}, 2, 200, 0, true, {},
                            {certainty::confirmed, "Cnam guide (avenant 1): 350 variable points a mission, 700 at most; 200 fixed points with an IPA "
                                                   "when the two missions are met"},
                            false},
        msp_indicator_terms{msp_indicator::user_involvement, msp_indicator_kind::optional, msp_points_shape::levels, {200, 200}, {0, 300}, 0, 0, 0, true, {},
                            {certainty::confirmed, "Cnam guide (avenant 1): level 1, 200 fixed points; level 2, 300 variable points more"}},
        msp_indicator_terms{msp_indicator::sas_participation, msp_indicator_kind::optional, msp_points_shape::levels, {100, 200}, {}, 0, 0, 0, true, {},
                            {certainty::confirmed, "Cnam guide (avenant 1): 100 points when 50 % of the doctors take part, 200 when all do, not "
                                                   "cumulative"}},
        msp_indicator_terms{msp_indicator::internships, msp_indicator_kind::optional, msp_points_shape::levels, {450, 675, 900}, {}, 0, 0, 0, true, {},
                            {certainty::confirmed, "Cnam guide (avenant 1): '900 points fixes maximum': 450 for 2 internships, 225 for a 3rd, 225 "
                                                   "for a 4th (levels 1 to 3)"}},
        msp_indicator_terms{msp_indicator::external_coordination, msp_indicator_kind::optional, msp_points_shape::flat, {}, {200}, 0, 0, 0, true, {},
                            detail_aci_msp::guide},
        msp_indicator_terms{msp_indicator::quality, msp_indicator_kind::optional, msp_points_shape::levels, {100, 100, 100}, {0, 200, 500}, 0, 0, 0, true,
                            {}, {certainty::confirmed, "Cnam guide (avenant 1): '100 points (niv 1) + [200 (niv2) + 300 (niv 3)] × (3 000/4 000)'"}},
        msp_indicator_terms{msp_indicator::cooperation_protocols, msp_indicator_kind::optional, msp_points_shape::per_unit, {100}, {}, 6, 0, 0, true, {},
                            detail_aci_msp::guide},
        msp_indicator_terms{msp_indicator::heart_failure, msp_indicator_kind::optional, msp_points_shape::flat, {}, {100}, 0, 0, 0, true, {},
                            detail_aci_msp::guide},
        msp_indicator_terms{msp_indicator::child_obesity, msp_indicator_kind::optional, msp_points_shape::flat, {100}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::guide},
        msp_indicator_terms{msp_indicator::advanced_information_system, msp_indicator_kind::optional, msp_points_shape::flat, {100}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::guide},
    }},
};

}  // namespace coordcare::parameters
