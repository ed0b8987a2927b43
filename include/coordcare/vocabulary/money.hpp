// coordcare — money: euros as a whole number of cents, with checked arithmetic.
//
// Rules of this type (docs/vocabulary.md#money):
// - an amount is an integer number of cents (std::int64_t): never a floating-point number, and it
//   cannot be built from one (the constructors taking a double are deleted and say why);
// - an amount is not a count: euros + int does not compile; euros * count (a number of people, of
//   payments) and euros / count are allowed;
// - overflow is never undefined behaviour: in a constant expression it does not compile, at run time
//   the operators throw coordcare::money_overflow, and the checked_* functions return an empty
//   optional instead (the validation API uses those, and throws nothing);
// - a fraction of an amount (a percentage, a proration, a division) is rounded to the nearest cent,
//   halves away from zero ("arrondi commercial"); split() shares an amount into parts that add up
//   exactly to it.
#pragma once

#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace coordcare {

/// Thrown by euros' operators when a result does not fit in 64-bit cents (about ±92 million billion
/// euros). The checked_* functions report the same condition without throwing.
class money_overflow : public std::overflow_error {
public:
    money_overflow() : std::overflow_error("coordcare: euros arithmetic overflowed 64-bit cents") {}
};

/// The argument type of euros' deleted floating-point constructors. Its name is the diagnostic:
/// money is never built from floating point.
struct floating_point_is_not_money {
    template <std::floating_point F>
    constexpr floating_point_is_not_money(F) noexcept {}  // NOLINT(google-explicit-constructor)
};

/// A whole number usable as a count or a number of cents: an integer that is not bool nor a character.
template <class T>
concept whole_number = std::integral<T> && !std::same_as<std::remove_cv_t<T>, bool> &&
                       !std::same_as<std::remove_cv_t<T>, char> && !std::same_as<std::remove_cv_t<T>, char8_t> &&
                       !std::same_as<std::remove_cv_t<T>, char16_t> && !std::same_as<std::remove_cv_t<T>, char32_t> &&
                       !std::same_as<std::remove_cv_t<T>, wchar_t>;

namespace detail {

/// Reached only when euros arithmetic overflows. Not constexpr: in a constant expression the
/// compiler stops here and names it; at run time it throws.
[[noreturn]] inline void euros_arithmetic_overflowed() { throw money_overflow{}; }

/// Division of a by b rounded to the nearest integer, halves away from zero. b != 0.
[[nodiscard]] constexpr std::int64_t divide_rounded(std::int64_t a, std::int64_t b) noexcept {
    const std::int64_t q = a / b;
    const std::int64_t r = a % b;
    // |r| >= |b| - |r|  <=>  2|r| >= |b|, written so that nothing overflows.
    const std::int64_t abs_r = r < 0 ? -r : r;
    const std::int64_t abs_b_minus_r = (b < 0 ? -(b + abs_r) : b - abs_r);
    // Branch-free: with random amounts a branch here is mispredicted half of the time.
    const std::int64_t round_away = static_cast<std::int64_t>((abs_r >= abs_b_minus_r) & (r != 0));
    const std::int64_t direction = ((a < 0) != (b < 0)) ? -1 : 1;
    return q + direction * round_away;
}

/// a + b, a - b and a × b into *out; true on overflow. The __builtin_*_overflow functions at run time; in
/// a constant expression, plain comparisons: given a value GCC 12 wrongly takes as uninitialized, a
/// __builtin_*_overflow made the whole constant evaluation drop its diagnostics, so that a constant
/// breaking a later rule compiled (found by the must-not-compile test contract_mission_started_late).
[[nodiscard]] constexpr bool add_overflows(std::int64_t a, std::int64_t b, std::int64_t* out) noexcept {
    if (std::is_constant_evaluated()) {
        constexpr auto max = std::numeric_limits<std::int64_t>::max();
        constexpr auto min = std::numeric_limits<std::int64_t>::min();
        if ((b > 0 && a > max - b) || (b < 0 && a < min - b)) return true;
        *out = a + b;
        return false;
    }
    return __builtin_add_overflow(a, b, out);
}
[[nodiscard]] constexpr bool sub_overflows(std::int64_t a, std::int64_t b, std::int64_t* out) noexcept {
    if (std::is_constant_evaluated()) {
        constexpr auto max = std::numeric_limits<std::int64_t>::max();
        constexpr auto min = std::numeric_limits<std::int64_t>::min();
        if ((b < 0 && a > max + b) || (b > 0 && a < min + b)) return true;
        *out = a - b;
        return false;
    }
    return __builtin_sub_overflow(a, b, out);
}
[[nodiscard]] constexpr bool mul_overflows(std::int64_t a, std::int64_t b, std::int64_t* out) noexcept {
    if (std::is_constant_evaluated()) {
        constexpr auto max = std::numeric_limits<std::int64_t>::max();
        constexpr auto min = std::numeric_limits<std::int64_t>::min();
        if (a != 0 && b != 0) {
            if (a > 0 ? (b > 0 ? a > max / b : b < min / a) : (b > 0 ? a < min / b : a < max / b)) return true;
        }
        *out = a * b;
        return false;
    }
    return __builtin_mul_overflow(a, b, out);
}

template <whole_number I>
[[nodiscard]] constexpr std::optional<std::int64_t> to_int64(I value) noexcept {
    if constexpr (std::is_unsigned_v<I>) {
        if (value > static_cast<std::make_unsigned_t<std::int64_t>>(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
    } else if constexpr (sizeof(I) > sizeof(std::int64_t)) {
        if (value > std::numeric_limits<std::int64_t>::max() || value < std::numeric_limits<std::int64_t>::min())
            return std::nullopt;
    }
    return static_cast<std::int64_t>(value);
}

}  // namespace detail

/// A percentage, in basis points (1/100 of a percent): 75 % is percent::whole(75), 12.5 % is
/// percent::basis_points(1250). Exact: no floating point.
class percent {
public:
    constexpr percent() noexcept = default;
    template <whole_number I>
    [[nodiscard]] static constexpr percent whole(I value) {
        const auto v = detail::to_int64(value);
        std::int64_t bp = 0;
        if (!v || detail::mul_overflows(*v, 100, &bp)) detail::euros_arithmetic_overflowed();
        return percent{bp};
    }
    template <whole_number I>
    [[nodiscard]] static constexpr percent basis_points(I value) {
        const auto v = detail::to_int64(value);
        if (!v) detail::euros_arithmetic_overflowed();
        return percent{*v};
    }
    static percent whole(floating_point_is_not_money) = delete;
    static percent basis_points(floating_point_is_not_money) = delete;

    [[nodiscard]] constexpr std::int64_t in_basis_points() const noexcept { return bp_; }
    friend constexpr auto operator<=>(const percent&, const percent&) = default;

private:
    constexpr explicit percent(std::int64_t bp) noexcept : bp_{bp} {}
    std::int64_t bp_ = 0;
};

/// An amount of money in euros, held as a whole number of cents.
class euros {
public:
    using rep = std::int64_t;

    /// Zero euros.
    constexpr euros() noexcept : cents_{0} {}  // spelled out: GCC 12 may see a defaulted one as leaving cents_ uninitialized in a constant array

    /// Money is never built from floating point: use from_cents, whole, or the _eur / _cents literals.
    euros(floating_point_is_not_money) = delete;

    /// An amount given in cents: euros::from_cents(1234567) is 12 345,67 €.
    template <whole_number I>
    [[nodiscard]] static constexpr euros from_cents(I cents) {
        const auto v = detail::to_int64(cents);
        if (!v) detail::euros_arithmetic_overflowed();
        return euros{*v, raw_cents{}};
    }
    static euros from_cents(floating_point_is_not_money) = delete;

    /// An amount in whole euros: euros::whole(50'000) is 50 000,00 €.
    template <whole_number I>
    [[nodiscard]] static constexpr euros whole(I amount) {
        const auto v = detail::to_int64(amount);
        rep cents = 0;
        if (!v || detail::mul_overflows(*v, rep{100}, &cents)) detail::euros_arithmetic_overflowed();
        return euros{cents, raw_cents{}};
    }
    static euros whole(floating_point_is_not_money) = delete;

    /// The amount in cents.
    [[nodiscard]] constexpr rep cents() const noexcept { return cents_; }

    friend constexpr auto operator<=>(const euros&, const euros&) = default;

    // ---- Arithmetic that reports overflow without throwing ------------------------------------
    [[nodiscard]] friend constexpr std::optional<euros> checked_add(euros a, euros b) noexcept {
        rep r = 0;
        if (detail::add_overflows(a.cents_, b.cents_, &r)) return std::nullopt;
        return euros{r, raw_cents{}};
    }
    [[nodiscard]] friend constexpr std::optional<euros> checked_sub(euros a, euros b) noexcept {
        rep r = 0;
        if (detail::sub_overflows(a.cents_, b.cents_, &r)) return std::nullopt;
        return euros{r, raw_cents{}};
    }
    template <whole_number I>
    [[nodiscard]] friend constexpr std::optional<euros> checked_mul(euros a, I count) noexcept {
        const auto n = detail::to_int64(count);
        rep r = 0;
        if (!n || detail::mul_overflows(a.cents_, *n, &r)) return std::nullopt;
        return euros{r, raw_cents{}};
    }
    /// a × numerator / denominator, rounded to the nearest cent (halves away from zero).
    /// Empty when the denominator is zero or the intermediate product overflows.
    template <whole_number N, whole_number D>
    [[nodiscard]] friend constexpr std::optional<euros> checked_prorate(euros a, N numerator, D denominator) noexcept {
        const auto n = detail::to_int64(numerator);
        const auto d = detail::to_int64(denominator);
        rep product = 0;
        if (!n || !d || *d == 0 || detail::mul_overflows(a.cents_, *n, &product)) return std::nullopt;
        if (product == std::numeric_limits<rep>::min() && *d == -1) return std::nullopt;
        return euros{detail::divide_rounded(product, *d), raw_cents{}};
    }
    /// The share of an amount given by a percentage, rounded to the nearest cent (halves away from zero).
    [[nodiscard]] friend constexpr std::optional<euros> checked_apply(percent p, euros a) noexcept {
        // The same as checked_prorate(a, basis points, 10 000), written with a constant divisor so
        // that the compiler replaces the division by a multiplication.
        rep product = 0;
        if (detail::mul_overflows(a.cents_, p.in_basis_points(), &product)) return std::nullopt;
        return euros{detail::divide_rounded(product, rep{10'000}), raw_cents{}};
    }

    // ---- Operators: the same, throwing money_overflow at run time ------------------------------
    [[nodiscard]] friend constexpr euros operator+(euros a, euros b) { return value_or_overflow(checked_add(a, b)); }
    [[nodiscard]] friend constexpr euros operator-(euros a, euros b) { return value_or_overflow(checked_sub(a, b)); }
    [[nodiscard]] friend constexpr euros operator-(euros a) { return value_or_overflow(checked_sub(euros{}, a)); }
    template <whole_number I>
    [[nodiscard]] friend constexpr euros operator*(euros a, I count) {
        return value_or_overflow(checked_mul(a, count));
    }
    template <whole_number I>
    [[nodiscard]] friend constexpr euros operator*(I count, euros a) {
        return value_or_overflow(checked_mul(a, count));
    }
    /// Division by a count, rounded to the nearest cent (halves away from zero). To share an amount
    /// without losing a cent, use split().
    template <whole_number I>
    [[nodiscard]] friend constexpr euros operator/(euros a, I count) {
        return value_or_overflow(checked_prorate(a, 1, count));
    }
    constexpr euros& operator+=(euros other) { return *this = *this + other; }
    constexpr euros& operator-=(euros other) { return *this = *this - other; }
    template <whole_number I>
    constexpr euros& operator*=(I count) {
        return *this = *this * count;
    }

    /// Prints the amount as format_decimal does ("12345.67"). A template, so that only callers that
    /// print need <ostream>.
    template <class Ostream>
    friend Ostream& operator<<(Ostream& os, euros e)
        requires requires(Ostream& o, const std::string& s) { o << s; }
    {
        os << e.decimal_text();
        return os;
    }

    /// "12345.67", "-0.05": a dot, two decimals, no grouping. The exchange format.
    [[nodiscard]] std::string decimal_text() const { return text(".", ""); }

    /// French amount with grouping: "12 345,67 €". With typographic spacing the groups are separated
    /// by U+202F (narrow no-break space) and the symbol by U+00A0 (no-break space), as French
    /// typography wants in a document; plain spacing uses ordinary spaces.
    enum class spacing : unsigned char { plain, typographic };
    [[nodiscard]] std::string french_text(spacing s = spacing::plain) const {
        const bool typo = s == spacing::typographic;
        std::string out = text(",", typo ? "\u202F" : " ");
        out += typo ? "\u00A0€" : " €";
        return out;
    }

private:
    struct raw_cents {};
    constexpr euros(rep cents, raw_cents) noexcept : cents_{cents} {}

    [[nodiscard]] static constexpr euros value_or_overflow(std::optional<euros> r) {
        if (!r) detail::euros_arithmetic_overflowed();
        return *r;
    }

    [[nodiscard]] std::string text(std::string_view decimal_mark, std::string_view group_separator) const {
        // Work on the magnitude as unsigned so that the most negative amount prints correctly.
        using urep = std::make_unsigned_t<rep>;
        const urep magnitude = cents_ < 0 ? urep{0} - static_cast<urep>(cents_) : static_cast<urep>(cents_);
        const std::string digits = std::to_string(magnitude / 100);
        const urep fraction = magnitude % 100;
        std::string out;
        if (cents_ < 0) out += '-';
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i != 0 && (digits.size() - i) % 3 == 0) out += group_separator;
            out += digits[i];
        }
        out += decimal_mark;
        out += static_cast<char>('0' + fraction / 10);
        out += static_cast<char>('0' + fraction % 10);
        return out;
    }

    rep cents_ = 0;
};

/// The share of an amount given by a percentage, rounded to the nearest cent, halves away from zero:
/// 75 % of 50 000,00 € is 37 500,00 €; 33 % of 0,05 € is 0,02 € (1.65 cents rounds to 2).
[[nodiscard]] constexpr euros operator*(percent p, euros a) {
    const auto r = checked_apply(p, a);
    if (!r) detail::euros_arithmetic_overflowed();
    return *r;
}
[[nodiscard]] constexpr euros operator*(euros a, percent p) { return p * a; }

/// Shares `total` into `parts` amounts that add up exactly to `total`: every part is the total
/// divided by `parts` rounded towards zero, and the cents left over go one by one to the first parts.
/// split(100,00 €, 3) is {33,34 €, 33,33 €, 33,33 €}. Empty when parts <= 0.
[[nodiscard]] inline std::vector<euros> split(euros total, std::int64_t parts) {
    std::vector<euros> out;
    if (parts <= 0) return out;
    const std::int64_t base = total.cents() / parts;
    std::int64_t remainder = total.cents() % parts;  // same sign as total
    const std::int64_t step = remainder < 0 ? -1 : 1;
    out.reserve(static_cast<std::size_t>(parts));
    for (std::int64_t i = 0; i < parts; ++i) {
        std::int64_t cents = base;
        if (remainder != 0) {
            cents += step;
            remainder -= step;
        }
        out.push_back(euros::from_cents(cents));
    }
    return out;
}

inline namespace literals {
/// 50'000_eur is euros::whole(50'000). There is deliberately no floating-point form (1.5_eur does not compile).
consteval euros operator""_eur(unsigned long long amount) { return euros::whole(amount); }
/// 1234567_cents is euros::from_cents(1234567), that is 12 345,67 €.
consteval euros operator""_cents(unsigned long long amount) { return euros::from_cents(amount); }
/// 75_pct is percent::whole(75).
consteval percent operator""_pct(unsigned long long value) { return percent::whole(value); }
}  // namespace literals

}  // namespace coordcare
