// coordcare — a value that changes by date of effect: a history of values, each with the date from which
// it applies and the note of its source, asked at a date. The parameters layer writes every figure that
// changes (an amount of an agreement, a ceiling, a deadline) as one of these.
//
//   inline constexpr dated history{
//       dated_entry{2019y / August / 25d, 450'000_eur, source_note{certainty::confirmed, "ACI CPTS 2019"}},
//       dated_entry{2022y / April / 1d, 580'000_eur, source_note{certainty::stated, "avenant 2"}}};
//   history.at(2023y / January / 1d)->value   == 580'000_eur
//   history.at(2019y / January / 1d)          == std::nullopt   (before the first date: no default)
//
// The entries are in strictly increasing order of date; a history written out of order does not
// compile (it names `dated_entries_out_of_order`). Everything is constexpr.
#pragma once

#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/source_note.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <span>

namespace coordcare {

/// One value of a history: it applies from `from` (included) until the next entry's date.
template <class T>
struct dated_entry {
    date from;
    T value;
    source_note source;

    friend constexpr bool operator==(const dated_entry&, const dated_entry&) = default;
};
// Spelled out: Clang 14 does not deduce an aggregate's template arguments by itself.
template <class T>
dated_entry(date, T, source_note) -> dated_entry<T>;

/// The value in force on a date, with where it comes from and the period it covers.
template <class T>
struct in_force_value {
    T value;
    date from;                    ///< first date of the period (included)
    std::optional<date> until;    ///< first date it no longer applies; empty while it is the last value
    source_note source;

    friend constexpr bool operator==(const in_force_value&, const in_force_value&) = default;
};

namespace detail {
/// Reached when the entries of a history are not in strictly increasing date order. Not constexpr: a
/// constant history in the wrong order fails to compile and names it.
inline void dated_entries_out_of_order() {}
}  // namespace detail

/// A history of N values of T by date of effect.
template <class T, std::size_t N>
class dated {
    static_assert(N > 0, "a history has at least one value");

public:
    constexpr dated(const std::array<dated_entry<T>, N>& entries) : entries_{entries} {  // NOLINT: implicit on purpose
        for (std::size_t i = 1; i < N; ++i)
            if (!(entries_[i - 1].from < entries_[i].from)) detail::dated_entries_out_of_order();
    }
    template <class... E>
        requires(sizeof...(E) == N)
    constexpr dated(const E&... entries) : dated{std::array<dated_entry<T>, N>{entries...}} {}  // NOLINT

    /// The value in force on `as_of`, or nothing before the first date of effect.
    [[nodiscard]] constexpr std::optional<in_force_value<T>> at(date as_of) const {
        if (as_of < entries_[0].from) return std::nullopt;
        std::size_t i = N - 1;
        while (as_of < entries_[i].from) --i;  // the last entry whose date is not after as_of
        return in_force_value<T>{entries_[i].value, entries_[i].from,
                                 i + 1 < N ? std::optional<date>{entries_[i + 1].from} : std::nullopt, entries_[i].source};
    }
    /// The date of the first value: asking before it has no answer.
    [[nodiscard]] constexpr date first_date() const noexcept { return entries_[0].from; }
    /// The value written last (in force from its date on).
    [[nodiscard]] constexpr const dated_entry<T>& latest() const noexcept { return entries_[N - 1]; }
    [[nodiscard]] constexpr std::span<const dated_entry<T>> entries() const noexcept { return entries_; }
    [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }

private:
    std::array<dated_entry<T>, N> entries_;
};

template <class T, class... E>
dated(const dated_entry<T>&, const E&...) -> dated<T, 1 + sizeof...(E)>;

}  // namespace coordcare
