// A health centre that opens before the ARS's receipt of its commitment of conformity.
// expect: PROCEDURE.CDS.COMMITMENT
#include <coordcare/procedures.hpp>

using namespace coordcare;
using namespace std::chrono;
using K = procedure_event_kind;

int main() {
    const auto path = procedures::start<structure_kind::cds>().then<K::compliance_commitment>(2024y / January / 10d)
#ifdef COORDCARE_COMPILE_FAIL
        .then<K::centre_opened>(2024y / February / 1d);
#else
        .then<K::receipt_issued>(2024y / January / 25d).then<K::centre_opened>(2024y / February / 1d);
#endif
    return path.log().empty() ? 1 : 0;
}
