// coordcare — a figure as a result cites it: the id, the value, the date of effect, the layer and the
// source with its certainty, and the rulebook that replaced it, if one did. Computations (explained
// amounts, deadlines) and diagnostics carry these, so that every verdict says what it rests on; the
// parameters layer makes one from any of its figures (parameters/figure.hpp, `use`).
#pragma once

#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/money.hpp>
#include <coordcare/vocabulary/rule_layer.hpp>
#include <coordcare/vocabulary/source_note.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coordcare {

/// What a figure measures, to show its value.
enum class figure_unit : unsigned char {
    count,         ///< a number (inhabitants, months, payments, sessions, years, patients)
    cents,         ///< an amount
    basis_points,  ///< a share (7 500 = 75 %)
    proration,     ///< a proration basis: 0 days, 1 months
};

/// A figure a result rests on: its id, value, date of effect, layer and source.
struct used_figure {
    std::string_view id;
    figure_unit unit = figure_unit::count;
    std::int64_t raw = 0;             ///< the value: a count, cents, basis points, or the proration basis
    std::optional<date> from{};       ///< the date of effect of the edition, year or text it belongs to
    source_note source{};
    rule_layer layer = rule_layer::national_agreement;
    std::string_view rulebook{};      ///< the rulebook that replaced the library's figure ("name (file)"); empty: the library's own

    friend constexpr bool operator==(const used_figure&, const used_figure&) = default;

    [[nodiscard]] constexpr bool uncertain() const noexcept { return source.status == certainty::uncertain; }

    /// The value as text: "60 000,00 €", "75 %", "days", "80000".
    [[nodiscard]] std::string value_text() const {
        switch (unit) {
            case figure_unit::cents: return euros::from_cents(raw).french_text();
            case figure_unit::basis_points: {
                std::string out = std::to_string(raw / 100);
                if (raw % 100 != 0) out += (raw % 100 < 10 ? ",0" : ",") + std::to_string(raw % 100);
                return out + " %";
            }
            case figure_unit::proration: return raw == 0 ? "days" : "months";
            case figure_unit::count: break;
        }
        return std::to_string(raw);
    }
};

}  // namespace coordcare
