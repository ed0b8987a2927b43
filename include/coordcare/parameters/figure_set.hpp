// coordcare — a set of figures to compute with: the editions of the ACI CPTS and of the ACI MSP, the PASS
// of each year, and the regions' FIR doctrines.
// `national_figures` is the national set, as the texts give it; a rulebook (rulebook.hpp) is an overlay
// that gives a copy of it with some figures replaced, each replaced figure saying so in its source. Every
// computation and check of the funding layer takes the set it works with (the national one by default).
//
//   constexpr auto in_force = parameters::national_figures.aci_cpts_edition_on(2023y / January / 15d);
//   in_force->value->id == "ACI_CPTS.AVENANT_2"
//   parameters::national_figures.pass_of_year(2026)->value == 48'060_eur
#pragma once

#include <coordcare/parameters/aci_cpts.hpp>
#include <coordcare/parameters/aci_msp_2017.hpp>
#include <coordcare/parameters/aci_msp_avenant_1.hpp>
#include <coordcare/parameters/fir.hpp>
#include <coordcare/parameters/pass.hpp>
#include <coordcare/parameters/procedures.hpp>

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
    std::array<aci_msp_edition, 2> aci_msp;      ///< the editions of the ACI MSP, in order of their date of effect
    std::array<fir_doctrine, 3> fir;             ///< the FIR start-up aid of each region that has a preset
    cpts_procedure_figures procedures;           ///< the delays of a CPTS's procedure that hold everywhere (the law's, the contract's)
    std::array<regional_procedure_figures, 1> regional_procedures;  ///< the delays of the regions' own steps

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
    /// The edition of the ACI MSP under which the remuneration of calendar year `year` is computed: the one
    /// in force on 31 December of that year (the Cnam applied avenant 1, published in August 2022, to the
    /// whole of 2022); nothing before the first edition.
    [[nodiscard]] constexpr const aci_msp_edition* aci_msp_edition_for_year(int year) const {
        const auto i = aci_msp_index_for_year(year);
        return i ? &aci_msp[*i] : nullptr;
    }
    /// The same as an index into `aci_msp` (no pointer to compare with null: GCC 12 with
    /// -fsanitize=undefined does not evaluate that comparison in a constant expression).
    [[nodiscard]] constexpr std::optional<std::size_t> aci_msp_index_for_year(int year) const {
        const date last_day{std::chrono::year{year}, std::chrono::December, std::chrono::day{31}};
        for (std::size_t i = aci_msp.size(); i-- > 0;)
            if (aci_msp[i].in_force_from <= last_day) return i;
        return std::nullopt;
    }
    /// The edition of the ACI MSP in force on `day` (the first edition before it existed).
    [[nodiscard]] constexpr const aci_msp_edition& aci_msp_edition_on(date day) const {
        for (std::size_t i = aci_msp.size(); i-- > 0;)
            if (aci_msp[i].in_force_from <= day) return aci_msp[i];
        return aci_msp[0];
    }
    /// The FIR doctrine of a region (its preset id), or nullptr when this set has none.
    [[nodiscard]] constexpr const fir_doctrine* fir_doctrine_of(std::string_view region) const {
        for (const auto& d : fir)
            if (d.region == region) return &d;
        return nullptr;
    }
    /// The delays of a region's own steps (its preset id), or nullptr when this set has none.
    [[nodiscard]] constexpr const regional_procedure_figures* regional_procedure_of(std::string_view region) const {
        for (const auto& p : regional_procedures)
            if (p.region == region) return &p;
        return nullptr;
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
inline constexpr figure_set national_figures{"national", {aci_cpts_2019, aci_cpts_avenant_2}, detail_figure_set::national_pass(),
                                             {aci_msp_2017, aci_msp_avenant_1}, fir_doctrines, cpts_procedure,
                                             regional_procedures};

/// Calls f on every figure of the set (f(figure<T>&) for each T the set holds), in the order of
/// docs/figures.md: the ACI CPTS editions' figures, the PASS, the ACI MSP editions' figures, then the FIR
/// doctrines', then the procedures' delays.
template <class Set, class F>
    requires std::same_as<std::remove_const_t<Set>, figure_set>
constexpr void for_each_figure(Set& set, F&& f) {
    for (auto& e : set.aci_cpts) {
        f(e.contracts_in_force);
        f(e.sizes.size_2_from);
        f(e.sizes.size_3_from);
        f(e.sizes.size_4_from);
        for (auto& x : e.fonctionnement) f(x);
        for (auto& x : e.yearly_maximum)
            if (x) f(*x);
        f(e.term_years);
        f(e.advance);
        f(e.proration);
        for (auto& x : e.accelerated_fonctionnement)
            if (x) f(*x);
    }
    for (auto& p : set.pass) f(p);
    for (auto& e : set.aci_msp) {
        f(e.point_value);
        f(e.reference_patients);
        f(e.advance);
        if (e.advance_minimum) f(*e.advance_minimum);
        f(e.sisa_months);
    }
    for (auto& d : set.fir)
        for (auto& a : d.aids) {
            if (!a) continue;
            f(a->amount);
            if (a->payments) f(*a->payments);
            if (a->months) f(*a->months);
            if (a->disputed) f(*a->disputed);
        }
    f(set.procedures.deemed_validation_months);
    f(set.procedures.follow_up_months);
    for (auto& p : set.regional_procedures) {
        f(p.letter_decision_months);
        f(p.health_project_months);
    }
}

}  // namespace coordcare::parameters
