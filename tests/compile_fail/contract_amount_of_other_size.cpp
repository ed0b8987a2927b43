// The fonctionnement envelope of a size-3 CPTS written into a size-2 contract.
// expect: CPTS.CONTRACT.SIZE
#include "constant_contracts.hpp"

using namespace cf;

#ifdef COORDCARE_COMPILE_FAIL
constexpr constant_contract_header<cpts_size::two> header{
    .cpts = "CPTS", .signed_on = 2021y / March / 15d, .project_validated = 2021y / January / 10d, .population = 60'000,
    .fonctionnement = fonctionnement_envelope<cpts_size::three>(parameters::aci_cpts_2019)};
#else
constexpr constant_contract_header<cpts_size::two> header{
    .cpts = "CPTS", .signed_on = 2021y / March / 15d, .project_validated = 2021y / January / 10d, .population = 60'000,
    .fonctionnement = fonctionnement_envelope<cpts_size::two>(parameters::aci_cpts_2019)};
#endif
constexpr auto contract = make_constant_contract<cpts_size::two>(
    header, mission_literal<cpts_mission::access_to_care>{}, mission_literal<cpts_mission::patient_pathways>{},
    mission_literal<cpts_mission::prevention>{});

int main() { return contract.data.cpts.empty() ? 1 : 0; }
