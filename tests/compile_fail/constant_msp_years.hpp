// MSPs and years under the ACI MSP written as constants, shared by the must-not-compile snippets of the
// MSP agreement.
#pragma once

#include "constant_members.hpp"

#include <coordcare/funding/aci_msp.hpp>

namespace cf {
using namespace coordcare::funding;
using namespace std::chrono;

/// A SISA, and an association (which may sign, but has six months to become a SISA: over for a constant).
inline constexpr auto sisa_msp = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP des Lilas", .project = project}, {gp(), gp(), pro(professions::nurse, practice_mode::liberal, true)});
inline constexpr auto association_msp = make_constant<structure_kind::msp, legal_form::association_1901>(
    {.name = "MSP des Lilas", .project = project}, {gp(), gp(), pro(professions::nurse)});

/// The four prerequisites of avenant 1, met at 4 000 patients.
constexpr std::array<msp_indicator_result, 4> prerequisites{
    msp_indicator_result{msp_indicator::opening_hours}, msp_indicator_result{msp_indicator::crisis_response},
    msp_indicator_result{msp_indicator::coordination}, msp_indicator_result{msp_indicator::information_system, 10}};
}  // namespace cf
