// coordcare — what a rule is: a value written once, with its id, layer, legal reference, text in
// French and English, dates of effect, and one constexpr check that serves at compile time and at
// run time.
//
// A rule is a type with
//   static constexpr rule_info info;                      // what the rule is
//   template <class S, class Report>
//   static constexpr void check(const S& s, const check_context& ctx, Report& report);
// `check` calls report(location).because(explain) once per violation, where explain() returns the
// detail of that violation — what was found and what the rule needs, with the structure's values — in
// French and English. At run time `report` records a diagnostic and `because` its detail; in a constant
// expression `report` itself stops compilation with a message that names the rule's id (explain, whose
// text is built with run-time strings, is never called, and never appears in the compiler's message).
#pragma once

#include <coordcare/parameters/doctrine.hpp>
#include <coordcare/vocabulary/bilingual.hpp>
#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/diagnostic.hpp>
#include <coordcare/vocabulary/identifiers.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/legal_reference.hpp>

#include <chrono>
#include <concepts>
#include <type_traits>
#include <cstddef>
#include <optional>
#include <string_view>

namespace coordcare {

/// The date of effect of a rule that applies at every date the library may be asked about.
inline constexpr date since_always{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};

/// Everything about a rule but its check.
struct rule_info {
    rule_id id;
    rule_layer layer;
    legal_reference reference;
    label text;              ///< the rule, stated; also the message of its diagnostics
    date in_force_from;      ///< the rule applies to checks made as of this date or later
    source_note date_source; ///< where the date of effect comes from
    std::optional<date> in_force_until = std::nullopt;  ///< first date it no longer applies, if any
    severity level = severity::error;
};

/// True when the rule applies to a check made as of `as_of`.
[[nodiscard]] constexpr bool in_force(const rule_info& r, date as_of) noexcept {
    return r.in_force_from <= as_of && (!r.in_force_until || as_of < *r.in_force_until);
}

/// Where in a structure a violation is: a field of the structure, or a field of one member.
struct location {
    std::string_view field;                  ///< a field of the structure ("form", "seat", "members", ...)
    std::optional<std::size_t> member;       ///< with field "members": which member
    std::string_view member_field;           ///< and which of its fields ("" for the whole member)

    [[nodiscard]] static constexpr location of(std::string_view f) noexcept { return {f, std::nullopt, {}}; }
    [[nodiscard]] static constexpr location of_member(std::size_t i, std::string_view f = {}) noexcept {
        return {"members", i, f};
    }
    /// The path of the field, e.g. members[3].practice_mode or funding.aci_signed.
    [[nodiscard]] field_path path() const {
        field_path p;
        std::string_view rest = field;
        while (!rest.empty()) {
            const auto dot = rest.find('.');
            p = p / rest.substr(0, dot);
            rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
        }
        if (member) {
            p = p / *member;
            if (!member_field.empty()) p = p / member_field;
        }
        return p;
    }
};

/// What a check knows besides the structure: the date it is made for and the regional doctrine.
/// In a constant expression there is no date (as_of is empty): date-dependent allowances (a grace
/// period) are taken as over, and only rules without a regional layer are checked.
struct check_context {
    std::optional<date> as_of;
    regional_doctrine doctrine = doctrines::national;
    /// The department of the structure's seat as the commune index gives it (territories::validate); empty
    /// when the check has no index, and the seat's code then gives it.
    std::optional<department_code> seat_department = std::nullopt;
};

/// What `explain` returns: the detail of one violation, in French and English.
template <class F>
concept explanation = std::invocable<F&> && std::same_as<std::invoke_result_t<F&>, bilingual>;

/// A rule type.
template <class R>
concept rule = requires {
    { R::info } -> std::convertible_to<const rule_info&>;
};

// ---- Reporting a violation in a constant expression --------------------------------------------

/// A rule id as a template argument, so that compilers print it.
template <std::size_t N>
struct fixed_string {
    char text[N]{};
    consteval explicit fixed_string(const char* s) {
        for (std::size_t i = 0; i + 1 < N; ++i) text[i] = s[i];
    }
};

namespace detail {
/// Reached when a constant structure breaks a rule. Not constexpr: the compiler stops here, and prints
/// the rule's id twice over: GCC in this function's template argument, Clang in the argument of
/// rule_violation below.
template <fixed_string RuleId>
void rule_violated() {}

template <fixed_string RuleId>
constexpr void rule_violation(const char* rule_id) {
    if (rule_id != nullptr) rule_violated<RuleId>();
}
}  // namespace detail

/// What `report(where)` returns in a constant expression: nothing more is recorded.
struct no_detail {
    template <explanation Explain>
    constexpr const no_detail& because(const Explain&) const noexcept {
        return *this;
    }
    template <class... F>
    constexpr const no_detail& rests_on(const F&...) const noexcept {
        return *this;
    }
};

/// The report of a check made in a constant expression: the first violation stops compilation.
template <rule R>
struct constant_report {
    constexpr no_detail operator()(const location&) const {
        constexpr std::string_view id = R::info.id.text();
        detail::rule_violation<fixed_string<id.size() + 1>{id.data()}>(id.data());
        return {};
    }
};

}  // namespace coordcare
