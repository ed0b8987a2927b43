// coordcare — dates: std::chrono::year_month_day, and the calendar arithmetic the procedures need.
//
// Examples (each is a static test in tests/static/vocabulary.cpp):
//   add_months(2024-01-31, 1)        == 2024-02-29   (end of month clamped: February 2024 has 29 days)
//   add_months(2023-01-31, 1)        == 2023-02-28
//   add_months(2024-12-31, 2)        == 2025-02-28   (a 2-month delay from New Year's Eve)
//   add_months(2024-03-31, -1)       == 2024-02-29
//   add_days(2024-02-28, 2)          == 2024-03-01
//   whole_months_between(2024-01-31, 2024-02-29) == 1   (because add_months(2024-01-31, 1) == 2024-02-29)
//   whole_months_between(2024-01-15, 2024-03-14) == 1
//   whole_months_between(2024-03-14, 2024-01-15) == -1  (negative when `to` is before `from`)
//   days_between(2024-02-28, 2024-03-01) == 2
//
// Every function takes valid dates (d.ok()); parse_date() is how text becomes one.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace coordcare {

/// A calendar date. The library's only date type.
using date = std::chrono::year_month_day;

/// The date n days after d (before it when n is negative).
[[nodiscard]] constexpr date add_days(date d, std::chrono::days n) noexcept {
    return date{std::chrono::sys_days{d} + n};
}

/// The date n months after d (before it when n is negative), with the day clamped to the end of the
/// target month: 31 January + 1 month is the last day of February.
[[nodiscard]] constexpr date add_months(date d, std::chrono::months n) noexcept {
    const std::chrono::year_month target = std::chrono::year_month{d.year(), d.month()} + n;
    const std::chrono::day last = std::chrono::year_month_day_last{target.year(), std::chrono::month_day_last{target.month()}}.day();
    return date{target.year(), target.month(), d.day() < last ? d.day() : last};
}

/// The number of days from `from` to `to` (negative when `to` is earlier).
[[nodiscard]] constexpr std::chrono::days::rep days_between(date from, date to) noexcept {
    return (std::chrono::sys_days{to} - std::chrono::sys_days{from}).count();
}

/// The number of whole months from `from` to `to`: the largest n >= 0 such that
/// add_months(from, n) <= to. When `to` is earlier than `from`, the result is
/// -whole_months_between(to, from).
[[nodiscard]] constexpr int whole_months_between(date from, date to) noexcept {
    if (to < from) return -whole_months_between(to, from);
    const int rough = (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12 +
                      (static_cast<int>(static_cast<unsigned>(to.month())) -
                       static_cast<int>(static_cast<unsigned>(from.month())));
    // add_months(from, rough) has the month of `to`: one month too many when it lands after `to`.
    return add_months(from, std::chrono::months{rough}) <= to ? rough : rough - 1;
}

/// Parses a strict ISO 8601 calendar date "YYYY-MM-DD" (four-digit year from 0001 to 9999).
/// Empty for any other text, and for dates that do not exist (2023-02-29).
[[nodiscard]] constexpr std::optional<date> parse_date(std::string_view text) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t first, std::size_t count) -> std::optional<int> {
        int value = 0;
        for (std::size_t i = first; i < first + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const auto y = number(0, 4);
    const auto m = number(5, 2);
    const auto d = number(8, 2);
    if (!y || !m || !d || *y == 0) return std::nullopt;
    const date result{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                      std::chrono::day{static_cast<unsigned>(*d)}};
    if (!result.ok()) return std::nullopt;
    return result;
}

namespace detail {
inline void append_padded(std::string& out, int value, int width) {
    std::string digits = std::to_string(value);
    if (static_cast<int>(digits.size()) < width) out.append(static_cast<std::size_t>(width) - digits.size(), '0');
    out += digits;
}
}  // namespace detail

/// "2026-11-24": ISO 8601, the exchange format.
[[nodiscard]] inline std::string iso_text(date d) {
    std::string out;
    detail::append_padded(out, static_cast<int>(d.year()), 4);
    out += '-';
    detail::append_padded(out, static_cast<int>(static_cast<unsigned>(d.month())), 2);
    out += '-';
    detail::append_padded(out, static_cast<int>(static_cast<unsigned>(d.day())), 2);
    return out;
}

/// "24/11/2026": the French way of writing a date.
[[nodiscard]] inline std::string french_text(date d) {
    std::string out;
    detail::append_padded(out, static_cast<int>(static_cast<unsigned>(d.day())), 2);
    out += '/';
    detail::append_padded(out, static_cast<int>(static_cast<unsigned>(d.month())), 2);
    out += '/';
    detail::append_padded(out, static_cast<int>(d.year()), 4);
    return out;
}

}  // namespace coordcare
