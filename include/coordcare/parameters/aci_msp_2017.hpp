// coordcare — the figures of the ACI MSP of 2017 (signed 2017-04-20, approved by the arrêté du 24 juillet
// 2017), before its avenant 1. The edition's own table of indicators was not read ([aci-msp-2017]: U). The
// indicators below are avenant 1's less those secondary sources say it created — the crisis response, the
// IPA points, the SAS, the heart-failure and child-obesity pathways, the 3rd and 4th internship — with
// avenant 1's points (the quality approach's levels too, which avenant 1 reworked: S), but for the
// coordination function: 700 fixed + 1 100 variable, our reading of 2017's press (U). Check: the Cnam's
// 2017 figure of 73 500 € (10 500 points) for an MSP of 13 professionals and 4 000 patients meeting every
// commitment is NOT reproduced: these figures give 12 050 points (84 350 €). Every indicator here is U. A
// rulebook replaces the edition-wide figures; the indicators are corrected here.
#pragma once

#include <coordcare/parameters/aci_msp_avenant_1.hpp>
#include <coordcare/vocabulary/effect_dates.hpp>

namespace coordcare::parameters {

namespace detail_aci_msp {
inline constexpr source_note table_2017{
    certainty::uncertain, "ACI MSP 2017, annex: the table as secondary sources give it (the 2017 table of [aci-msp-2017] was not read in the text, U)"};
}  // namespace detail_aci_msp

/// The ACI MSP of 2017.
inline constexpr aci_msp_edition aci_msp_2017{
    "ACI_MSP.2017",
    {"ACI MSP (2017)", "ACI MSP (2017)"},
    legal::aci_msp_2017,
    effect_dates::aci_msp,
    effect_dates::aci_msp_source,
    {"ACI_MSP.2017.POINT_VALUE", 7_eur, detail_aci_msp::point_source},
    {"ACI_MSP.2017.REFERENCE_PATIENTS", 4'000, detail_aci_msp::reference_source},
    {"ACI_MSP.2017.ADVANCE", 60_pct, detail_aci_msp::advance_source},
    std::nullopt,  // the minimum advance came with avenant 1
    {"ACI_MSP.2017.SISA_MONTHS", 6, detail_aci_msp::sisa_source},
    {{
        msp_indicator_terms{msp_indicator::opening_hours, msp_indicator_kind::prerequisite, msp_points_shape::flat, {800}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        std::nullopt,  // the crisis indicator came with avenant 1
        msp_indicator_terms{msp_indicator::coordination, msp_indicator_kind::prerequisite, msp_points_shape::by_patients, {700}, {1'100, 1'100}, 8'000, 0, 0,
                            true, {}, detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::information_system, msp_indicator_kind::prerequisite, msp_points_shape::by_professionals, {500}, {200, 150}, 16, 0,
                            0, false, {}, detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::protocols, msp_indicator_kind::socle, msp_points_shape::per_unit, {100}, {}, 8, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::concertation, msp_indicator_kind::socle, msp_points_shape::flat, {}, {1'000}, 0, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::diversity, msp_indicator_kind::optional, msp_points_shape::levels, {300, 600}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::second_recourse, msp_indicator_kind::optional, msp_points_shape::levels, {300, 600}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::cstm_doctor, msp_indicator_kind::optional, msp_points_shape::flat, {200}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::public_health, msp_indicator_kind::optional, msp_points_shape::per_unit, {}, {350}, 2, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::user_involvement, msp_indicator_kind::optional, msp_points_shape::levels, {200, 200}, {0, 300}, 0, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        std::nullopt,  // the SAS: avenant 1
        msp_indicator_terms{msp_indicator::internships, msp_indicator_kind::optional, msp_points_shape::levels, {450}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::external_coordination, msp_indicator_kind::optional, msp_points_shape::flat, {}, {200}, 0, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::quality, msp_indicator_kind::optional, msp_points_shape::levels, {100, 100, 100}, {0, 200, 500}, 0, 0, 0, true,
                            {}, detail_aci_msp::table_2017},
        msp_indicator_terms{msp_indicator::cooperation_protocols, msp_indicator_kind::optional, msp_points_shape::per_unit, {100}, {}, 6, 0, 0, true, {},
                            detail_aci_msp::table_2017},
        std::nullopt,  // the heart-failure pathway: avenant 1
        std::nullopt,  // the child obesity pathway: avenant 1
        msp_indicator_terms{msp_indicator::advanced_information_system, msp_indicator_kind::optional, msp_points_shape::flat, {100}, {}, 0, 0, 0, true, {},
                            detail_aci_msp::table_2017},
    }},
};

}  // namespace coordcare::parameters
