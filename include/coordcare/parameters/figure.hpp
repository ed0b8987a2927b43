// coordcare — a figure: one value of an agreement, a doctrine or a law (an amount, a ceiling, a threshold,
// a number of months), with the stable id it is known by, the note of its source and the layer it belongs
// to. Every figure the library computes with is one of these, written once, in the header of the text it
// comes from; results computed from figures say which ones they used (`use`: their ids, values, dates of
// effect, layers and certainty).
#pragma once

#include <coordcare/vocabulary/cited_figure.hpp>
#include <coordcare/vocabulary/money.hpp>
#include <coordcare/vocabulary/rule_layer.hpp>
#include <coordcare/vocabulary/source_note.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

namespace coordcare {

/// A value with its id, its source and its layer. The id is stable: a user's rulebook names the figures it
/// overrides by it ("ACI_CPTS.2019.FONCTIONNEMENT.SIZE_2"). The layer is a national agreement's unless the
/// figure says otherwise (the PASS is the law's, a FIR aid a region's doctrine, a contract clause the
/// contract's): the tables write it next to every figure of another layer.
template <class T>
struct figure {
    std::string_view id;
    T value;
    source_note source;
    rule_layer layer = rule_layer::national_agreement;
    std::string_view rulebook{};  ///< set by parameters::apply on a figure a rulebook replaced: "name (file)"

    friend constexpr bool operator==(const figure&, const figure&) = default;
};
// Spelled out: Clang 14 does not deduce an aggregate's template arguments by itself.
template <class T>
figure(std::string_view, T, source_note) -> figure<T>;
template <class T>
figure(std::string_view, T, source_note, rule_layer) -> figure<T>;

/// The figure as a result cites it, with the date of effect of what it belongs to (an edition, a year).
/// An enumeration's value (a proration basis) is cited by its underlying number.
template <class T>
[[nodiscard]] constexpr used_figure use(const figure<T>& f, std::optional<date> from) {
    used_figure out{f.id, figure_unit::count, 0, from, f.source, f.layer, f.rulebook};
    if constexpr (std::is_same_v<T, euros>) {
        out.unit = figure_unit::cents;
        out.raw = f.value.cents();
    } else if constexpr (std::is_same_v<T, percent>) {
        out.unit = figure_unit::basis_points;
        out.raw = f.value.in_basis_points();
    } else if constexpr (std::is_enum_v<T>) {
        out.unit = figure_unit::proration;
        out.raw = static_cast<std::int64_t>(f.value);
    } else {
        out.raw = static_cast<std::int64_t>(f.value);
    }
    return out;
}

}  // namespace coordcare
