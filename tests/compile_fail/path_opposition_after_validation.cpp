// An opposition to a health project already validated.
// expect: PROCEDURE.CPTS.PROJECT_DECISION
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
                          .then<K::project_deemed_validated>(2025y / April / 1d)
#ifdef COORDCARE_COMPILE_FAIL
        .then<K::project_opposed>(2025y / April / 2d);
#else
        .then<K::contract_signed>(2025y / April / 2d);
#endif
    return path.log().empty() ? 1 : 0;
}
