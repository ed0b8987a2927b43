// A CPTS contract signed on a project that was submitted, not yet validated: sign_contract takes only a
// path whose stage is project_validated.
// expect: CPTS.CONTRACT.PROJECT_VALIDATED
#include <coordcare/procedures.hpp>

using namespace coordcare;
using namespace std::chrono;
using K = procedure_event_kind;

int main() {
    funding::aci_cpts_contract contract;
    contract.signed_on = 2025y / March / 2d;
    const auto submitted = procedures::start<structure_kind::cpts>()
                               .then<K::letter_filed>(2024y / January / 10d)
                               .then<K::ccopd_opinion>(2024y / February / 1d)
                               .then<K::letter_validated>(2024y / February / 20d)
                               .then<K::project_submitted>(2025y / January / 31d);
#ifdef COORDCARE_COMPILE_FAIL
    const auto path = procedures::sign_contract(submitted, contract);
#else
    const auto path = procedures::sign_contract(submitted.then<K::project_validated>(2025y / March / 1d), contract);
#endif
    return path.log().empty() || !contract.project_validated ? 1 : 0;
}
