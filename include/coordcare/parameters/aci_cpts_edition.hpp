// coordcare — what an edition of the ACI CPTS (the national agreement that funds the CPTS) fixes: the
// sizes of a CPTS by population, the missions with their kind (socle or optional) and deadlines, the
// fonctionnement envelope and the yearly maxima by size, the term and the share paid in advance. Each
// edition's figures are written in its own header (aci_cpts_2019.hpp, aci_cpts_avenant_2.hpp);
// aci_cpts.hpp says which one is in force on a date. Sources: [aci-cpts-2019], [aci-cpts-avenant-2].
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

    /// The thresholds a size rests on, at most three.
    struct figures_used {
        std::array<const figure<std::int64_t>*, 3> items{};
        std::size_t count = 0;
        [[nodiscard]] constexpr const figure<std::int64_t>* const* begin() const noexcept { return items.data(); }
        [[nodiscard]] constexpr const figure<std::int64_t>* const* end() const noexcept { return items.data() + count; }
        [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
    };
    /// The thresholds on which "`population` inhabitants are of size `stated`" rests, true or not: the two
    /// that bound the population's own size, and those between it and `stated`. A threshold whose
    /// uncertainty is about its own value (80 000: the end of size 2 or the start of size 3) decides only for a
    /// population equal to it, and is left out otherwise.
    [[nodiscard]] constexpr figures_used decisive(std::int64_t population, cpts_size stated) const noexcept {
        const int computed = number(size_of(population));
        const int lo = computed < number(stated) ? computed : number(stated);
        const int hi = computed < number(stated) ? number(stated) : computed;
        figures_used out;
        const figure<std::int64_t>* by_size[] = {&size_2_from, &size_3_from, &size_4_from};
        for (int k = 2; k <= 4; ++k) {
            const bool bounds = k == computed || k == computed + 1;
            const bool between = lo < k && k <= hi;
            const auto* f = by_size[k - 2];
            if (!bounds && !between) continue;
            if (f->source.status == certainty::uncertain && f->value != population) continue;
            out.items[out.count++] = f;
        }
        return out;
    }

    friend constexpr bool operator==(const cpts_size_thresholds&, const cpts_size_thresholds&) = default;
};

/// What an edition says of one mission: socle (due from every CPTS that signs) or optional, and the
/// months within which it starts and is fully deployed (none: the CPTS's choice), counted from the
/// signature — or, for a mission a later edition adds to a contract already signed, from the first day of
/// the contract's first year under that edition (funding::due_of).
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
/// month counted whole) over 12. The agreement says "proratisé" without saying how ([aci-cpts-2019],
/// contrat-type art. 6.2).
enum class proration_basis : unsigned char { days, months };

/// One edition of the ACI CPTS: its figures, each with its id and source.
struct aci_cpts_edition {
    std::string_view id;          ///< "ACI_CPTS.2019", "ACI_CPTS.AVENANT_2": the prefix of its figures' ids
    label name;
    legal_text text;
    date in_force_from;           ///< a contract signed on or after this date is under this edition (until the next)
    source_note date_source;
    /// Whether a contract signed before this edition comes under it: 1, from the contract's first year that
    /// begins on or after `in_force_from` (the reading of the sources when the edition's own clause is not
    /// known); 0, never (the contract stays under the edition of its signature). A rulebook may set it.
    figure<std::int64_t> contracts_in_force;
    cpts_size_thresholds sizes;
    std::array<figure<euros>, 4> fonctionnement;                 ///< the yearly operating envelope, by size
    std::array<std::optional<figure<euros>>, 4> yearly_maximum;  ///< all missions at 100 %, by size; empty: not known
    std::array<std::optional<cpts_mission_terms>, 6> missions;   ///< in cpts_mission order; empty: not in this edition
    figure<int> term_years;       ///< the contract's term
    figure<percent> advance;      ///< the share of a year's amounts paid in advance
    figure<proration_basis> proration;  ///< how the fixed part of a mission's first year is prorated
    /// A higher fonctionnement for the first contract year under this edition of a contract signed on or
    /// before `accelerator_signed_by` (the avenant 2's "accélérateur"), by size; empty: none.
    std::array<std::optional<figure<euros>>, 4> accelerated_fonctionnement{};
    std::optional<date> accelerator_signed_by{};
    source_note accelerator_source{};

    /// The terms of a mission in this edition, or nothing when the edition does not have it.
    [[nodiscard]] constexpr const std::optional<cpts_mission_terms>& terms(cpts_mission m) const noexcept {
        return missions[static_cast<std::size_t>(m)];
    }
    [[nodiscard]] constexpr bool is_socle(cpts_mission m) const noexcept { return terms(m) && terms(m)->socle; }
    [[nodiscard]] constexpr const figure<euros>& fonctionnement_of(cpts_size s) const noexcept { return fonctionnement[index(s)]; }
    [[nodiscard]] constexpr const std::optional<figure<euros>>& yearly_maximum_of(cpts_size s) const noexcept {
        return yearly_maximum[index(s)];
    }
    [[nodiscard]] constexpr const std::optional<figure<euros>>& accelerated_fonctionnement_of(cpts_size s) const noexcept {
        return accelerated_fonctionnement[index(s)];
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
