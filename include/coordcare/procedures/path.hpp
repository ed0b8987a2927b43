// coordcare — a procedure followed in code, step by step, where a step the transition table forbids does
// not compile. A path's type carries its stage; `then<event>(date)` compiles only when the table of
// table.hpp has that transition, and the compiler's message names the rule the step would break (the same
// rule the run-time replay reports). A contract can only be signed on a path whose stage is
// project_validated: the value that proves the health project was validated.
//
//   constexpr auto p = procedures::start<structure_kind::cpts>()
//                          .then<procedure_event_kind::letter_filed>(2024y / January / 10d)
//                          .then<procedure_event_kind::ccopd_opinion>(2024y / February / 1d)
//                          .then<procedure_event_kind::letter_validated>(2024y / February / 20d);
//   p.then<procedure_event_kind::contract_signed>(...)   // does not compile: CPTS.CONTRACT.PROJECT_VALIDATED
//   procedures::replay(structure_kind::cpts, p.log(), as_of)   // the dates, checked at run time or in a constant
//
// The path checks the order of the steps; their dates and delays are the replay's (a path is a log).
#pragma once

#include <coordcare/procedures/replay.hpp>
#include <coordcare/structures/rule_model.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <span>

namespace coordcare::procedures {

namespace detail_path {
/// Reached when a path takes a step its table forbids. Not constexpr: the static_assert that calls it
/// is not a constant, and Clang prints the rule's id as this function's argument.
inline void this_step_is_not_in_the_procedure_table() {}
[[nodiscard]] constexpr bool step_allowed_by(const char* rule_id) {
    if (rule_id != nullptr) this_step_is_not_in_the_procedure_table();
    return false;
}
/// The rule a forbidden step breaks: the rule of the event, or PROCEDURE.EVENT_KIND when the procedure
/// does not know the event.
[[nodiscard]] constexpr const rule_info& forbidding_rule(structure_kind k, procedure_event_kind e) noexcept {
    return table_of(k).knows(e) ? table_of(k).rule_of(e) : rules::event_kind::info;
}
/// Instantiated for a forbidden step: GCC prints the rule's id as the template argument RuleId.
template <fixed_string RuleId, structure_kind K, procedure_event_kind E>
constexpr void forbidden_step() {
    static_assert(step_allowed_by(forbidding_rule(K, E).id.text().data()),
                  "this step is not in the procedure's transition table: it breaks the rule named above (docs/procedures.md)");
}
}  // namespace detail_path

/// A procedure of a structure of kind K, at stage S, after N steps.
template <structure_kind K, stage S, std::size_t N>
class procedure_path {
public:
    static constexpr stage current = S;
    static constexpr structure_kind kind = K;

    /// The path after event E on `on` (for a mission's event, naming `mission`). Does not compile when the
    /// table has no transition for E at stage S.
    template <procedure_event_kind E>
    [[nodiscard]] constexpr auto then(date on, std::optional<cpts_mission> mission = std::nullopt) const {
        constexpr auto to = table_of(K).next(S, E);
        if constexpr (!to.has_value()) {
            constexpr std::string_view id = detail_path::forbidding_rule(K, E).id.text();
            detail_path::forbidden_step<fixed_string<id.size() + 1>{id.data()}, K, E>();
            return *this;
        } else {
            procedure_path<K, *to, N + 1> next;
            for (std::size_t i = 0; i < N; ++i) next.events_[i] = events_[i];
            next.events_[N] = procedure_event{E, on, mission};
            return next;
        }
    }

    /// The steps taken, as an event log (for replay).
    [[nodiscard]] constexpr std::span<const procedure_event> log() const noexcept { return events_; }
    /// The date of the last step (of the start, for a path without steps: none).
    [[nodiscard]] constexpr std::optional<date> last_date() const noexcept {
        if constexpr (N == 0) return std::nullopt;
        else return events_[N - 1].on;
    }

private:
    template <structure_kind, stage, std::size_t>
    friend class procedure_path;
    template <structure_kind Kind>
    friend constexpr procedure_path<Kind, table_of(Kind).initial, 0> start() noexcept;

    constexpr procedure_path() noexcept = default;
    std::array<procedure_event, N> events_{};
};

/// The start of a structure's procedure.
template <structure_kind K>
[[nodiscard]] constexpr procedure_path<K, table_of(K).initial, 0> start() noexcept {
    return {};
}

/// A CPTS whose health project was validated (expressly or deemed): the only value a contract is signed on.
template <std::size_t N>
using validated_cpts_project = procedure_path<structure_kind::cpts, stage::project_validated, N>;

/// Signs a CPTS's ACI contract on a validated project: the contract's date of validation is the project's,
/// and the path moves to contract_in_force. Any other path does not compile (CPTS.CONTRACT.PROJECT_VALIDATED).
template <stage S, std::size_t N, class Contract>
[[nodiscard]] constexpr auto sign_contract(const procedure_path<structure_kind::cpts, S, N>& path, Contract& contract) {
    auto next = path.template then<procedure_event_kind::contract_signed>(contract.signed_on);
    if constexpr (S == stage::project_validated) contract.project_validated = path.last_date();
    return next;
}

}  // namespace coordcare::procedures
