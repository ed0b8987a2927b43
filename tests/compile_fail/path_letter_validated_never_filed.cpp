// A letter of intent validated that was never filed (nor examined by the CCOPD).
// expect: PROCEDURE.CPTS.LETTER_DECISION
#include <coordcare/procedures.hpp>

using namespace coordcare;
using namespace std::chrono;
using K = procedure_event_kind;

int main() {
    const auto path = procedures::start<structure_kind::cpts>()
#ifdef COORDCARE_COMPILE_FAIL
        .then<K::letter_validated>(2024y / February / 20d);
#else
        .then<K::letter_filed>(2024y / January / 10d);
#endif
    return path.log().empty() ? 1 : 0;
}
