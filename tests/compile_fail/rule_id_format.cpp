// Rule ids are dot-separated capitals, digits and underscores.
// expect: invalid_rule_id_format
#include <coordcare/vocabulary/diagnostic.hpp>

int main() {
    using namespace coordcare;
#ifdef COORDCARE_COMPILE_FAIL
    constexpr rule_id id{"msp.sisa.min-associates"};
#else
    constexpr rule_id id{"MSP.SISA.MIN_ASSOCIATES"};
#endif
    return id.text().empty() ? 1 : 0;
}
