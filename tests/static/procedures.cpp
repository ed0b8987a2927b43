// Static tests of the procedures layer: a scenario replayed in a constant expression, the tables read at
// compile time, and the steps a typed path may and may not take (as requires-expressions; the
// must-not-compile tests in compile_fail/ check the compiler's message).
#include <coordcare/procedures.hpp>

namespace {
using namespace coordcare;
using namespace coordcare::procedures;
using namespace std::chrono;
using K = procedure_event_kind;

// A CPTS submits its project on 31 January 2025 and asks for nothing: deemed validated on 1 April, signed
// on 2 April; on 3 April it is under contract, with the access-to-care mission due to start by 2 October.
constexpr std::array log{procedure_event{K::letter_filed, 2024y / January / 10d}, procedure_event{K::ccopd_opinion, 2024y / February / 1d},
                         procedure_event{K::letter_validated, 2024y / February / 20d},
                         procedure_event{K::project_submitted, 2025y / January / 31d},
                         procedure_event{K::contract_signed, 2025y / April / 2d}};

constexpr bool signed_after_deemed_validation() {
    const auto r = replay(structure_kind::cpts, log, 2025y / April / 3d);
    const auto access = r.find(deadline_kind::mission_start, cpts_mission::access_to_care);
    return r.current == stage::contract_in_force && r.findings.empty() && r.history.size() == 6 && r.history[4].to == stage::project_validated &&
           r.history[4].on == 2025y / April / 1d && !r.history[4].event && access && r.deadlines[*access].due == 2025y / October / 2d;
}
static_assert(signed_after_deemed_validation());

// The same log checked on 31 March: the contract came before the deemed validation — its rule says so.
constexpr bool signed_too_early() {
    constexpr std::array early{log[0], log[1], log[2], log[3], procedure_event{K::contract_signed, 2025y / March / 31d}};
    const auto r = replay(structure_kind::cpts, early, 2025y / April / 3d);
    return r.findings.size() == 1 && r.findings[0].rule->id.text() == "CPTS.CONTRACT.PROJECT_VALIDATED" && r.findings[0].event == std::size_t{4} &&
           r.current == stage::project_validated;
}
static_assert(signed_too_early());

// Delays.
static_assert(delay_end(2025y / January / 31d, 1) == 2025y / February / 28d);
static_assert(decision_day(delay_end(2025y / January / 31d, 2)) == 2025y / April / 1d);

// Tables.
static_assert(cpts_procedure.next(stage::project_submitted, K::project_opposed) == stage::project_opposed);
static_assert(!cpts_procedure.next(stage::project_validated, K::project_submitted));
// A project sent after a rejected letter: the law makes no condition of the letter; ARS PACA's path departs.
static_assert(cpts_procedure.next(stage::letter_rejected, K::project_submitted) == stage::project_submitted);
static_assert(cpts_procedure.transitions[*cpts_procedure.transition_index(stage::letter_rejected, K::project_submitted)].departs_under(
    cpts_procedure_doctrine::letter_and_ccopd));
static_assert(!cpts_procedure.transitions[*cpts_procedure.transition_index(stage::letter_rejected, K::project_submitted)].departs_under(
    cpts_procedure_doctrine::law));
static_assert(cpts_procedure.rule_of(K::contract_signed).id == rule_id{"CPTS.CONTRACT.PROJECT_VALIDATED"});
static_assert(table_of(structure_kind::cds).initial == stage::initiative);

// Paths (the steps a path may not take are the must-not-compile tests of compile_fail/path_*.cpp).
constexpr auto filed = start<structure_kind::cpts>().then<K::letter_filed>(2024y / January / 10d);
static_assert(decltype(filed)::current == stage::letter_filed);
static_assert(filed.log().size() == 1 && filed.log()[0].on == 2024y / January / 10d);
static_assert(sizeof(start<structure_kind::cpts>()) == 1);  // a path that took no step carries nothing
}  // namespace
