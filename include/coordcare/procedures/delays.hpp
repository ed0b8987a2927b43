// coordcare — how the procedures count their delays: months from a date, a delay suspended while the ARS
// waits for complements, the day a silence becomes a decision. Written once here; every deadline of the
// replay is computed by these functions, and tests/unit/procedures.cpp checks them on a table of dates.
//
// What the texts say, and what they leave to us (docs/procedures.md, "Counting delays"):
// - A delay of n months ends on the day of the n-th month that has the same number as the starting day;
//   when that month has no such day, on its last day (Code de procédure civile, art. 641, the common rule of
//   French law for delays in months): 31 January + 1 month = 28 (or 29) February, 31 January + 2 months =
//   31 March, 29 February 2024 + 12 months = 28 February 2025. That is `add_months`.
// - The day the delay starts is the date of the event that opens it (the submission, as the ARS dates its
//   receipt): the delay runs from the next day and ends at the end of its last day. An opposition dated on
//   the last day is in time. The texts do not say when a deemed validation takes effect; we take the day
//   after the last day (`deemed_decision_day::day_after_expiry`); `expiry_day` is the other reading.
// - A request for complements: the law on an incomplete request (CRPA L.114-5) has the delay of a decision by
//   silence run only from the receipt of what was missing: the delay starts again in full on receipt
//   (`complements_effect::restart`). The ARS PACA "suspends" the two-month delay "jusqu'à réception du projet
//   de santé modifié" [ars-paca-cdc-cpts]: the days from the request to the receipt are added to the delay
//   (`suspend`). By default the replay follows the doctrine (`by_doctrine`: suspend under PACA's procedure,
//   restart under the law's and Île-de-France's); a caller may choose either.
// - No delay is extended past a weekend or a public holiday: art. 642 of the Code de procédure civile
//   does so for court procedures, not for an administration's silence (our reading, U).
#pragma once

#include <coordcare/vocabulary/dates.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>

namespace coordcare::procedures {

/// What a request for complements does to the delay of deemed validation.
enum class complements_effect : unsigned char {
    suspend,      ///< the delay stops on the request and runs again on receipt: the days between are added (ARS PACA)
    restart,      ///< the delay starts again in full on receipt of the completed project (CRPA L.114-5)
    by_doctrine,  ///< as the doctrine of the replay says: suspend under ARS PACA's procedure, restart elsewhere (the functions below, which know no doctrine, restart)
};

/// The day a decision by silence (a deemed validation) takes effect.
enum class deemed_decision_day : unsigned char {
    day_after_expiry,  ///< the day after the delay's last day: the ARS can oppose until the end of that day
    expiry_day,        ///< the delay's last day itself
};

/// The choices made where the sources are silent. Every replay takes them; the defaults are ours,
/// documented in docs/procedures.md.
struct delay_conventions {
    complements_effect complements = complements_effect::by_doctrine;
    deemed_decision_day decision = deemed_decision_day::day_after_expiry;

    friend constexpr bool operator==(const delay_conventions&, const delay_conventions&) = default;
};

/// The last day of a delay of `months` months opened on `from` (CPC art. 641: the same day number, or the
/// last day of a shorter month).
[[nodiscard]] constexpr date delay_end(date from, std::int64_t months) noexcept {
    return add_months(from, std::chrono::months{static_cast<std::chrono::months::rep>(months)});
}

/// A period during which a delay does not run: from the request for complements to the receipt of the
/// completed project (empty `until` while no answer has come).
struct suspension {
    date from;
    std::optional<date> until;

    friend constexpr bool operator==(const suspension&, const suspension&) = default;
};

/// The number of days a closed suspension adds to a delay: from the request to the receipt (none for a
/// receipt dated before its request, which a log out of date order can hold).
[[nodiscard]] constexpr std::int64_t suspended_days(const suspension& s) noexcept {
    return s.until && s.from < *s.until ? days_between(s.from, *s.until) : 0;
}

/// The last day of a delay of `months` months opened on `from` and suspended during `suspensions` (in
/// order); nothing while a suspension is open (the delay does not run: it has no end yet).
[[nodiscard]] constexpr std::optional<date> suspended_delay_end(date from, std::int64_t months, std::span<const suspension> suspensions,
                                                                const delay_conventions& conventions = {}) noexcept {
    if (!suspensions.empty() && !suspensions.back().until) return std::nullopt;
    if (conventions.complements != complements_effect::suspend && !suspensions.empty())
        return delay_end(*suspensions.back().until, months);
    std::int64_t days = 0;
    for (const auto& s : suspensions) days += suspended_days(s);
    return add_days(delay_end(from, months), std::chrono::days{days});
}

/// The day a decision by silence takes effect, for a delay whose last day is `last_day`.
[[nodiscard]] constexpr date decision_day(date last_day, const delay_conventions& conventions = {}) noexcept {
    return conventions.decision == deemed_decision_day::day_after_expiry ? add_days(last_day, std::chrono::days{1}) : last_day;
}

}  // namespace coordcare::procedures
