// coordcare — what an edition of the ACI CPTS (the national agreement that funds the CPTS) fixes: the
// sizes of a CPTS by population, the missions with their kind (socle or optional) and deadlines, the
// fonctionnement envelope and the yearly maxima by size, the term and the share paid in advance. Each
// edition's figures are written in its own header (aci_cpts_2019.hpp, aci_cpts_avenant_2.hpp);
// aci_cpts.hpp says which one is in force on a date. DOMAIN.md §4 and §5.
#pragma once

#include <coordcare/parameters/figure.hpp>
#include <coordcare/vocabulary/cpts_missions.hpp>
#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/legal_reference.hpp>
#include <coordcare/vocabulary/money.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace coordcare {

/// The size of a CPTS, by the population of its territory: 1 to 4.
enum class cpts_size : unsigned char { one = 1, two = 2, three = 3, four = 4 };

inline constexpr std::array all_cpts_sizes{cpts_size::one, cpts_size::two, cpts_size::three, cpts_size::four};

/// 1 to 4.
[[nodiscard]] constexpr int number(cpts_size s) noexcept { return static_cast<int>(s); }
/// The index of a size in the tables by size (0 to 3).
[[nodiscard]] constexpr std::size_t index(cpts_size s) noexcept { return static_cast<std::size_t>(s) - 1; }

/// Where the sizes begin, in inhabitants: a population from size_2_from is size 2, and so on.
struct cpts_size_thresholds {
    figure<std::int64_t> size_2_from;
    figure<std::int64_t> size_3_from;
    figure<std::int64_t> size_4_from;

    /// The size of a CPTS covering `population` inhabitants (a negative population is size 1).
    [[nodiscard]] constexpr cpts_size size_of(std::int64_t population) const noexcept {
        if (population >= size_4_from.value) return cpts_size::four;
        if (population >= size_3_from.value) return cpts_size::three;
        if (population >= size_2_from.value) return cpts_size::two;
        return cpts_size::one;
    }

    friend constexpr bool operator==(const cpts_size_thresholds&, const cpts_size_thresholds&) = default;
};

/// What an edition says of one mission: socle (due from every CPTS that signs) or optional, and the
/// months after the signature within which it starts and is fully deployed (none: the CPTS's choice).
struct cpts_mission_terms {
    cpts_mission mission;
    bool socle;
    std::optional<int> start_within_months;
    std::optional<int> deployed_within_months;
    source_note source;

    friend constexpr bool operator==(const cpts_mission_terms&, const cpts_mission_terms&) = default;
};

/// How a mission's fixed part is shared out when the mission starts during a contract year: by the days
/// left to the next anniversary over the days of that contract year, or by the months left (a started
/// month counted whole) over 12. The sources say "prorated" without saying how (DOMAIN.md §5).
enum class proration_basis : unsigned char { days, months };

/// One edition of the ACI CPTS: its figures, each with its id and source.
struct aci_cpts_edition {
    std::string_view id;          ///< "ACI_CPTS.2019", "ACI_CPTS.AVENANT_2": the prefix of its figures' ids
    label name;
    legal_text text;
    date in_force_from;           ///< a contract signed on or after this date is under this edition (until the next)
    source_note date_source;
    cpts_size_thresholds sizes;
    std::array<figure<euros>, 4> fonctionnement;                 ///< the yearly operating envelope, by size
    std::array<std::optional<figure<euros>>, 4> yearly_maximum;  ///< all missions at 100 %, by size; empty: not known
    std::array<std::optional<cpts_mission_terms>, 6> missions;   ///< in cpts_mission order; empty: not in this edition
    figure<int> term_years;       ///< the contract's term
    figure<percent> advance;      ///< the share of a year's amounts paid in advance
    figure<proration_basis> proration;  ///< how the fixed part of a mission's first year is prorated

    /// The terms of a mission in this edition, or nothing when the edition does not have it.
    [[nodiscard]] constexpr const std::optional<cpts_mission_terms>& terms(cpts_mission m) const noexcept {
        return missions[static_cast<std::size_t>(m)];
    }
    [[nodiscard]] constexpr bool is_socle(cpts_mission m) const noexcept { return terms(m) && terms(m)->socle; }
    [[nodiscard]] constexpr const figure<euros>& fonctionnement_of(cpts_size s) const noexcept { return fonctionnement[index(s)]; }
    [[nodiscard]] constexpr const std::optional<figure<euros>>& yearly_maximum_of(cpts_size s) const noexcept {
        return yearly_maximum[index(s)];
    }
    /// The socle missions of this edition, in order; the count in the second member.
    [[nodiscard]] constexpr std::pair<std::array<cpts_mission, 6>, std::size_t> socle_missions() const noexcept {
        std::array<cpts_mission, 6> out{};
        std::size_t n = 0;
        for (const auto& t : missions)
            if (t && t->socle) out[n++] = t->mission;
        return {out, n};
    }
};

}  // namespace coordcare
