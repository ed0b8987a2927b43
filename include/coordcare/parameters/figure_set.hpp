// coordcare — a set of figures to compute with: the editions of the ACI CPTS and the PASS of each year.
// `national_figures` is the national set, as the texts give it; a rulebook (rulebook.hpp) is an overlay
// that gives a copy of it with some figures replaced, each replaced figure saying so in its source. Every
// computation and check of the funding layer takes the set it works with (the national one by default).
//
//   constexpr auto in_force = parameters::national_figures.aci_cpts_edition_on(2023y / January / 15d);
//   in_force->value->id == "ACI_CPTS.AVENANT_2"
//   parameters::national_figures.pass_of_year(2026)->value == 48'060_eur
#pragma once

#include <coordcare/parameters/aci_cpts.hpp>
#include <coordcare/parameters/pass.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace coordcare::parameters {

/// The figures the funding layer computes with.
struct figure_set {
    std::string_view name;                       ///< "national", or the rulebook's name
    std::array<aci_cpts_edition, 2> aci_cpts;    ///< the editions, in order of their date of effect
    std::array<figure<euros>, pass_ids.size()> pass;  ///< the PASS of first_pass_year, then of each year after

    /// The edition in force on `day` (the edition of a contract signed that day), with its period and
    /// the source of its date; nothing before the first edition.
    [[nodiscard]] constexpr std::optional<in_force_value<const aci_cpts_edition*>> aci_cpts_edition_on(date day) const {
        for (std::size_t i = aci_cpts.size(); i-- > 0;) {
            const auto& e = aci_cpts[i];
            if (e.in_force_from <= day)
                return in_force_value<const aci_cpts_edition*>{
                    &e, e.in_force_from, i + 1 < aci_cpts.size() ? std::optional<date>{aci_cpts[i + 1].in_force_from} : std::nullopt,
                    e.date_source};
        }
        return std::nullopt;
    }
    /// The PASS of a calendar year; nothing for a year this set does not know.
    [[nodiscard]] constexpr std::optional<figure<euros>> pass_of_year(int year) const {
        if (year < first_pass_year || year >= first_pass_year + static_cast<int>(pass.size())) return std::nullopt;
        return pass[static_cast<std::size_t>(year - first_pass_year)];
    }
};

namespace detail_figure_set {
[[nodiscard]] consteval std::array<figure<euros>, pass_ids.size()> national_pass() {
    std::array<figure<euros>, pass_ids.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = *parameters::pass_of_year(first_pass_year + static_cast<int>(i));
    return out;
}
}  // namespace detail_figure_set

/// The national figures, as the texts give them.
inline constexpr figure_set national_figures{"national", {aci_cpts_2019, aci_cpts_avenant_2}, detail_figure_set::national_pass()};

/// Calls f on every figure of the set (f(figure<T>&) for each T the set holds), in the order of
/// docs/figures.md: the editions' figures, then the PASS.
template <class Set, class F>
    requires std::same_as<std::remove_const_t<Set>, figure_set>
constexpr void for_each_figure(Set& set, F&& f) {
    for (auto& e : set.aci_cpts) {
        f(e.sizes.size_2_from);
        f(e.sizes.size_3_from);
        f(e.sizes.size_4_from);
        for (auto& x : e.fonctionnement) f(x);
        for (auto& x : e.yearly_maximum)
            if (x) f(*x);
        f(e.term_years);
        f(e.advance);
        f(e.proration);
    }
    for (auto& p : set.pass) f(p);
}

}  // namespace coordcare::parameters
