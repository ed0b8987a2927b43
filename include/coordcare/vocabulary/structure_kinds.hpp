// coordcare — the kinds of coordinated-care structure, and the support device DAC: the CSP's [csp] and the
// ANS's TRE_R66 [ans-nos].
#pragma once

#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace coordcare {

/// The kinds of structure of coordinated primary care ("exercice coordonné").
enum class structure_kind : unsigned char {
    esp,   ///< ESP — équipe de soins primaires (primary care team), CSP L.1411-11-1
    ess,   ///< ESS — équipe de soins spécialisés (specialised care team), CSP L.1411-11-1
    msp,   ///< MSP — maison de santé pluriprofessionnelle (multi-professional health house), CSP L.6323-3
    cds,   ///< CDS — centre de santé (health centre), CSP L.6323-1
    cpts,  ///< CPTS — communauté professionnelle territoriale de santé (territorial health community), CSP L.1434-12
    dac,   ///< DAC — dispositif d'appui à la coordination (coordination support device), not a structure of
           ///< coordinated care itself but a possible member or partner of a CPTS
};

struct structure_kind_entry {
    structure_kind kind;
    std::string_view acronym;
    label name;
    std::array<unsigned short, 2> tre_r66_codes;  ///< TRE_R66 codes (0 = none); a CDS has two
    legal_reference reference;
};
/// [ans-nos] (TRE_R66, C): 124 centre de santé, 439 centre de santé polyvalent, 603 maison de santé,
/// 604 CPTS, 606 DAC, 647 équipe de soins spécialisés. No code exists for an ESP.
inline constexpr std::array structure_kind_table{
    structure_kind_entry{structure_kind::esp, "ESP", {"équipe de soins primaires", "primary care team"}, {0, 0}, legal::csp_L1411_11_1},
    structure_kind_entry{structure_kind::ess, "ESS", {"équipe de soins spécialisés", "specialised care team"}, {647, 0}, legal::csp_L1411_11_1},
    structure_kind_entry{structure_kind::msp, "MSP", {"maison de santé pluriprofessionnelle", "multi-professional health house"}, {603, 0}, legal::csp_L6323_3},
    structure_kind_entry{structure_kind::cds, "CDS", {"centre de santé", "health centre"}, {124, 439}, legal::csp_L6323_1},
    structure_kind_entry{structure_kind::cpts, "CPTS", {"communauté professionnelle territoriale de santé", "territorial health professional community"}, {604, 0}, legal::csp_L1434_12},
    structure_kind_entry{structure_kind::dac, "DAC", {"dispositif d'appui à la coordination", "coordination support device"}, {606, 0}, legal::csp_L6327_2},
};

/// Every kind, in declaration order.
inline constexpr std::array all_structure_kinds{structure_kind::esp, structure_kind::ess, structure_kind::msp,
                                                structure_kind::cds, structure_kind::cpts, structure_kind::dac};

[[nodiscard]] constexpr const structure_kind_entry& entry(structure_kind k) noexcept {
    return detail::entry_of(structure_kind_table, k, &structure_kind_entry::kind);
}
[[nodiscard]] constexpr std::string_view acronym(structure_kind k) noexcept { return entry(k).acronym; }
[[nodiscard]] constexpr label name(structure_kind k) noexcept { return entry(k).name; }
/// The TRE_R66 codes of a kind: empty for an ESP, two for a CDS.
[[nodiscard]] constexpr std::span<const unsigned short> tre_r66_codes(structure_kind k) noexcept {
    const auto& codes = entry(k).tre_r66_codes;
    const std::size_t n = codes[0] == 0 ? 0 : codes[1] == 0 ? 1 : 2;
    return std::span<const unsigned short>{codes.data(), n};
}
/// The kind of a TRE_R66 code, or nothing: match structures on codes, never on labels.
[[nodiscard]] constexpr std::optional<structure_kind> structure_kind_from_tre_r66(int code) noexcept {
    if (code <= 0) return std::nullopt;
    for (const auto& e : structure_kind_table)
        for (const auto c : e.tre_r66_codes)
            if (c == code) return e.kind;
    return std::nullopt;
}
/// The kind whose acronym is `text` ("MSP"), or nothing. Case-sensitive.
[[nodiscard]] constexpr std::optional<structure_kind> structure_kind_from_acronym(std::string_view text) noexcept {
    const auto i = detail::find_index(structure_kind_table, text, &structure_kind_entry::acronym);
    if (!i) return std::nullopt;
    return structure_kind_table[*i].kind;
}

}  // namespace coordcare
