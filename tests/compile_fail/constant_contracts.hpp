// Contracts written as constants, shared by the must-not-compile snippets of the funding layer.
#pragma once

#include <coordcare/funding/aci_cpts_contract.hpp>
#include <coordcare/funding/aci_cpts_payments.hpp>

namespace cf {
using namespace coordcare;
using namespace coordcare::funding;
using namespace std::chrono;

constexpr std::array<mission_year, contract_years> every_year(long long fixed, long long variable) {
    const mission_year y{euros::whole(fixed), euros::whole(variable)};
    return {y, y, y, y, y};
}
/// The header of a size-2 contract signed on `day`, its project validated a month before.
constexpr constant_contract_header<cpts_size::two> size_2_signed(date day) {
    return {.cpts = "CPTS", .cpam = "CPAM", .ars = "ARS", .signed_on = day, .project_validated = add_months(day, months{-1}),
            .population = 60'000, .fonctionnement = fonctionnement_envelope<cpts_size::two>(parameters::aci_cpts_2019)};
}
}  // namespace cf
