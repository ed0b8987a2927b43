// Static tests of the parameters layer: the editions and their figures are constant expressions.
#include <coordcare/coordcare.hpp>

namespace {
using namespace coordcare;
using namespace coordcare::parameters;
using namespace std::chrono;

static_assert(!aci_cpts_edition_on(2019y / August / 24d), "no edition before the ACI CPTS");
static_assert(aci_cpts_edition_on(2019y / August / 25d)->value == &aci_cpts_2019);
static_assert(aci_cpts_edition_on(2022y / April / 1d)->value == &aci_cpts_avenant_2);
static_assert(aci_cpts_edition_on(2021y / June / 1d)->value->sizes.size_of(80'000) == cpts_size::three);
static_assert(aci_cpts_avenant_2.is_socle(cpts_mission::crisis_response) && !aci_cpts_2019.is_socle(cpts_mission::crisis_response));
static_assert(aci_cpts_2019.fonctionnement_of(cpts_size::two).value == 60'000_eur);
static_assert(number(cpts_size::four) == 4 && index(cpts_size::one) == 0);
static_assert(aci_cpts_editions.size() == 2);
}  // namespace
