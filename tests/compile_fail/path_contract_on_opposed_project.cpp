// A CPTS contract signed on a health project the ARS director general opposed.
// expect: CPTS.CONTRACT.PROJECT_VALIDATED
#include <coordcare/procedures.hpp>

using namespace coordcare;
using namespace std::chrono;
using K = procedure_event_kind;

int main() {
    const auto path = procedures::start<structure_kind::cpts>()
                          .then<K::letter_filed>(2024y / January / 10d)
                          .then<K::ccopd_opinion>(2024y / February / 1d)
                          .then<K::letter_validated>(2024y / February / 20d)
                          .then<K::project_submitted>(2025y / January / 31d)
                          .then<K::project_opposed>(2025y / March / 1d)
#ifdef COORDCARE_COMPILE_FAIL
        .then<K::contract_signed>(2025y / March / 10d);
#else
        .then<K::project_submitted>(2025y / March / 10d);
#endif
    return path.log().empty() ? 1 : 0;
}
