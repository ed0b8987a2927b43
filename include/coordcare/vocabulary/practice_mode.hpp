// coordcare — how a professional practises: liberal, salaried, volunteer (TRE_R23) or a mix.
#pragma once

#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <optional>
#include <string_view>

namespace coordcare {

/// Practice mode (mode d'exercice). The first three are the TRE_R23 codes L, S and B ([ans-nos],
/// C); `mixed` (liberal and salaried at once, seen in ESS and CPTS) has no TRE_R23 code.
enum class practice_mode : unsigned char {
    liberal,    ///< L — libéral
    salaried,   ///< S — salarié
    volunteer,  ///< B — bénévole
    mixed,      ///< libéral et salarié (no TRE_R23 code)
};

struct practice_mode_entry {
    practice_mode mode;
    std::string_view id;  ///< exchange id (JSON): the TRE_R23 code where there is one
    std::optional<char> tre_r23_code;
    label name;
};
inline constexpr std::array practice_mode_table{
    practice_mode_entry{practice_mode::liberal, "L", 'L', {"libéral", "liberal"}},
    practice_mode_entry{practice_mode::salaried, "S", 'S', {"salarié", "salaried"}},
    practice_mode_entry{practice_mode::volunteer, "B", 'B', {"bénévole", "volunteer"}},
    practice_mode_entry{practice_mode::mixed, "mixed", std::nullopt, {"mixte (libéral et salarié)", "mixed (liberal and salaried)"}},
};

[[nodiscard]] constexpr label name(practice_mode m) noexcept {
    return detail::entry_of(practice_mode_table, m, &practice_mode_entry::mode).name;
}
[[nodiscard]] constexpr std::optional<char> tre_r23_code(practice_mode m) noexcept {
    return detail::entry_of(practice_mode_table, m, &practice_mode_entry::mode).tre_r23_code;
}
/// The practice mode of a TRE_R23 code ('L', 'S', 'B'), or nothing.
[[nodiscard]] constexpr std::optional<practice_mode> practice_mode_from_tre_r23(char code) noexcept {
    const auto i = detail::find_index(practice_mode_table, std::optional<char>{code}, &practice_mode_entry::tre_r23_code);
    if (!i) return std::nullopt;
    return practice_mode_table[*i].mode;
}
/// True when the mode includes liberal practice (liberal or mixed).
[[nodiscard]] constexpr bool includes_liberal(practice_mode m) noexcept {
    return m == practice_mode::liberal || m == practice_mode::mixed;
}
/// True when the mode includes salaried practice (salaried or mixed).
[[nodiscard]] constexpr bool includes_salaried(practice_mode m) noexcept {
    return m == practice_mode::salaried || m == practice_mode::mixed;
}

}  // namespace coordcare
