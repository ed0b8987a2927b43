// coordcare — what an edition of the ACI MSP (the national agreement that pays an MSP in points) fixes:
// its indicators with their kind and points, the value of a point, the patientèle of reference over which
// variable points are prorated, the share of the year paid in advance (and its minimum), and the months an
// MSP has to become a SISA after signing. Each edition's figures are in its own header
// (aci_msp_2017.hpp, aci_msp_avenant_1.hpp). The agreement [aci-msp-2017] and its [aci-msp-avenant-1], as
// [ameli-aci-msp] and the Cnam's guide [cnam-guide-aci-msp] give their figures.
#pragma once

#include <coordcare/parameters/figure.hpp>
#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/legal_reference.hpp>
#include <coordcare/vocabulary/money.hpp>
#include <coordcare/vocabulary/msp_indicators.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace coordcare {

/// How an indicator's points are earned. `count` is what the MSP reports for the indicator (see
/// funding::msp_indicator_result): met or not, a number of units, a level, a number of professionals.
enum class msp_points_shape : unsigned char {
    flat,              ///< count 1 = met: fixed[0] points, and variable[0] × the achievement rate
    per_unit,          ///< count = units (protocols, missions), at most `cap` paid: fixed[0] and variable[0] per unit
    levels,            ///< count = the level reached (1 to 3): fixed[level-1] and variable[level-1], not cumulated
    by_patients,       ///< count 1 = met: fixed[0]; variable[0] per reference patientèle up to `cap` patients, variable[1] above
    by_professionals,  ///< count = associated professionals (0 = not met): fixed[0]; variable[0] each up to `cap`, variable[1] each above
};

/// What an edition says of one indicator.
struct msp_indicator_terms {
    msp_indicator indicator;
    msp_indicator_kind kind;
    msp_points_shape shape;
    std::array<std::int64_t, 3> fixed{};     ///< fixed points (see msp_points_shape)
    std::array<std::int64_t, 3> variable{};  ///< variable points at 100 %, for the reference patientèle when `scaled`
    std::int64_t cap = 0;                    ///< units paid, or the patients or professionals paid at the first rate
    std::int64_t ipa_fixed = 0;              ///< fixed points more with an advanced-practice nurse (IPA): per unit, or once (ipa_per_unit false)
    std::int64_t ipa_variable = 0;           ///< variable points more with an IPA (scaled like variable)
    bool scaled = true;                      ///< variable points prorated on the patientèle over the reference
    std::optional<int> prerequisite_from_year{};  ///< a prerequisite only from this year (optional before)
    source_note source{};
    bool ipa_per_unit = true;                ///< per_unit: ipa_fixed for each unit with an IPA; false: once, when `cap` units are met with one
    /// Whether the variable points count in the advance: not those paid only if an event occurs (a crisis
    /// the authorities recognise), which no forecast can assume.
    bool variable_in_advance = true;

    friend constexpr bool operator==(const msp_indicator_terms&, const msp_indicator_terms&) = default;

    /// The number of levels of a `levels` indicator (1 to 3), or the most a count can usefully be.
    [[nodiscard]] constexpr int levels() const noexcept {
        int n = 0;
        for (std::size_t i = 0; i < 3; ++i)
            if (fixed[i] != 0 || variable[i] != 0) n = static_cast<int>(i) + 1;
        return n;
    }
    /// Whether the indicator gates every payment in `year`.
    [[nodiscard]] constexpr bool is_prerequisite(int year) const noexcept {
        return kind == msp_indicator_kind::prerequisite && (!prerequisite_from_year || year >= *prerequisite_from_year);
    }
};

inline constexpr std::size_t msp_indicator_count = msp_indicator_table.size();

/// The terms of an indicator an edition does not have (what terms() returns for a value out of the enum).
inline constexpr std::optional<msp_indicator_terms> no_terms{};

/// One edition of the ACI MSP.
struct aci_msp_edition {
    std::string_view id;           ///< "ACI_MSP.2017", "ACI_MSP.AVENANT_1": the prefix of its figures' ids
    label name;
    legal_text text;
    date in_force_from;            ///< the remuneration of a year is under the edition in force on 31 December of that year
    source_note date_source;
    figure<euros> point_value;     ///< the value of one point
    figure<std::int64_t> reference_patients;  ///< the patientèle over which variable points are prorated
    figure<percent> advance;       ///< the share of the year's remuneration paid in advance
    std::optional<figure<euros>> advance_minimum;  ///< the least advance, when the edition has one
    figure<std::int64_t> sisa_months;  ///< the months an MSP that signs has to become a SISA
    std::array<std::optional<msp_indicator_terms>, msp_indicator_count> indicators;  ///< in msp_indicator order; empty: not in this edition

    /// The terms of an indicator in this edition, or nothing when the edition does not have it.
    [[nodiscard]] constexpr const std::optional<msp_indicator_terms>& terms(msp_indicator i) const noexcept {
        const auto at = static_cast<std::size_t>(i);
        return at < indicators.size() ? indicators[at] : no_terms;
    }
};

}  // namespace coordcare
