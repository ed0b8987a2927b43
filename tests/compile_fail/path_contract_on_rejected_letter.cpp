// A CPTS contract signed after the letter of intent was rejected.
// expect: CPTS.CONTRACT.PROJECT_VALIDATED
#include <coordcare/procedures.hpp>

using namespace coordcare;
using namespace std::chrono;
using K = procedure_event_kind;

int main() {
    const auto path = procedures::start<structure_kind::cpts>()
                          .then<K::letter_filed>(2024y / January / 10d)
                          .then<K::ccopd_opinion>(2024y / February / 1d)
                          .then<K::letter_rejected>(2024y / February / 20d)
#ifdef COORDCARE_COMPILE_FAIL
        .then<K::contract_signed>(2024y / June / 3d);
#else
        .then<K::letter_filed>(2024y / June / 3d);
#endif
    return path.log().empty() ? 1 : 0;
}
