// coordcare — checking a structure at run time: every violation of every rule in force, each with
// the path of its field. An invalid structure is a result, never an exception.
#pragma once

#include <coordcare/structures/catalogue.hpp>

#include <algorithm>
#include <utility>
#include <string>
#include <vector>

namespace coordcare {

/// The result of checking one structure.
struct validation {
    std::vector<diagnostic> diagnostics;  ///< every violation found, in rule order then member order

    /// True when no diagnostic is an error (warnings and notes do not make a structure invalid).
    [[nodiscard]] bool valid() const noexcept {
        return std::none_of(diagnostics.begin(), diagnostics.end(),
                            [](const diagnostic& d) { return d.level == severity::error; });
    }
    /// True when some diagnostic comes from the rule `id`.
    [[nodiscard]] bool reports(std::string_view id) const noexcept {
        return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const diagnostic& d) { return d.rule.text() == id; });
    }
};

/// The diagnostic of one violation of a rule, with its detail.
[[nodiscard]] inline diagnostic make_diagnostic(const rule_info& info, const location& where, bilingual detail) {
    return diagnostic{info.id,        info.level, info.layer, info.reference, where.path(), std::string{info.text.fr},
                      std::string{info.text.en}, std::move(detail)};
}

namespace detail {
/// What `report(where)` returns at run time: the diagnostic just recorded, whose detail because() writes
/// and whose figures rests_on() adds.
struct recorded_finding {
    diagnostic* d;
    template <explanation Explain>
    const recorded_finding& because(const Explain& explain) const {
        d->detail = explain();
        return *this;
    }
    /// The finding rests on these figures (an error on an uncertain one is reported as a warning).
    template <class... F>
    const recorded_finding& rests_on(const F&... figures) const {
        (d->rest_on(figures), ...);
        return *this;
    }
};
}  // namespace detail

/// Checks `s` against the rules of its kind in force on `as_of`, with a whole context: its doctrine, and
/// what the commune index says of the seat (territories::validate fills it). Returns every violation.
/// Throws nothing but std::bad_alloc.
template <structure_type S>
[[nodiscard]] validation validate(const S& s, date as_of, check_context ctx) {
    validation out;
    ctx.as_of = as_of;
    for_each_rule<kind_of_v<S>>([&](auto rule_type) {
        using R = typename decltype(rule_type)::type;
        if (!in_force(R::info, as_of)) return;
        auto report = [&](const location& where) {
            out.diagnostics.push_back(make_diagnostic(R::info, where, {}));
            return detail::recorded_finding{&out.diagnostics.back()};
        };
        R::check(s, ctx, report);
    });
    return out;
}

/// Checks `s` against the rules of its kind in force on `as_of`, with the regional doctrine of the
/// region it belongs to. Returns every violation. Throws nothing but std::bad_alloc.
template <structure_type S>
[[nodiscard]] validation validate(const S& s, date as_of, const regional_doctrine& doctrine = doctrines::national) {
    return validate(s, as_of, check_context{as_of, doctrine});
}

}  // namespace coordcare
