// coordcare — the editions of the ACI CPTS by date of effect, and which one is in force on a date (the
// edition of a contract is the one in force on its signature date). Before the first edition there is
// none: asking is an answer, not a default.
//
//   const auto in_force = parameters::aci_cpts_edition_on(2023y / January / 15d);
//   in_force->value->id                                 == "ACI_CPTS.AVENANT_2"
//   in_force->value->is_socle(cpts_mission::crisis_response)
//   in_force->value->sizes.size_of(85'000)               == cpts_size::three
#pragma once

#include <coordcare/parameters/aci_cpts_2019.hpp>
#include <coordcare/parameters/aci_cpts_avenant_2.hpp>
#include <coordcare/vocabulary/dated.hpp>

#include <optional>

namespace coordcare::parameters {

/// The editions, each from its date of effect.
inline constexpr dated aci_cpts_editions{
    dated_entry{aci_cpts_2019.in_force_from, &aci_cpts_2019, aci_cpts_2019.date_source},
    dated_entry{aci_cpts_avenant_2.in_force_from, &aci_cpts_avenant_2, aci_cpts_avenant_2.date_source}};

/// The edition in force on `day` (with its period and source), or nothing before the ACI CPTS existed.
[[nodiscard]] constexpr std::optional<in_force_value<const aci_cpts_edition*>> aci_cpts_edition_on(date day) {
    return aci_cpts_editions.at(day);
}

}  // namespace coordcare::parameters
