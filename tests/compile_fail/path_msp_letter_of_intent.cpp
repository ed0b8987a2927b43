// A letter of intent in an MSP's procedure, which has none.
// expect: PROCEDURE.EVENT_KIND
#include <coordcare/procedures.hpp>

using namespace coordcare;
using namespace std::chrono;
using K = procedure_event_kind;

int main() {
    const auto path = procedures::start<structure_kind::msp>()
#ifdef COORDCARE_COMPILE_FAIL
        .then<K::letter_filed>(2024y / January / 10d);
#else
        .then<K::project_submitted>(2024y / January / 10d);
#endif
    return path.log().empty() ? 1 : 0;
}
