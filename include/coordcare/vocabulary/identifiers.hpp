// coordcare — national identifiers: SIREN and SIRET (companies and bodies, INSEE's Sirene register
// [insee-sirene]), FINESS (health and social establishments), RPPS (health professionals [ans-rpps]), INSEE
// commune, department and region codes [insee-cog], and La Poste's postal codes (a type of their own: never
// taken for an INSEE code).
//
// Each is a fixed-size value that can only hold a well-formed identifier: written in code with a
// literal ("732829320"_siren; a malformed one does not compile) or parsed at run time (a malformed
// one is an error that says what is wrong). The literals are consteval functions rather than
// consteval constructors: Clang 14 crashes on functions that hold two temporaries made by consteval
// constructors, and not on consteval functions.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <variant>

namespace coordcare {

/// Why a text is not a valid identifier.
enum class identifier_error : unsigned char {
    wrong_length,     ///< not the number of characters the identifier has
    not_digits,       ///< a character that may not stand there
    bad_check_digit,  ///< the Luhn key (SIREN, SIRET, RPPS) does not match
};

/// A parse result: the identifier or why it is not one.
template <class T>
using identifier_result = std::variant<T, identifier_error>;

namespace detail {

[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// Luhn's checksum over the digits of `text`: the sum, doubling every second digit from the right.
[[nodiscard]] constexpr bool luhn_ok(std::string_view text) noexcept {
    int sum = 0;
    bool twice = false;
    for (std::size_t i = text.size(); i-- > 0;) {
        int d = text[i] - '0';
        if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

template <std::size_t N>
[[nodiscard]] constexpr std::array<char, N> to_array(std::string_view text) noexcept {
    std::array<char, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = text[i];
    return out;
}

/// Reached when an identifier literal is malformed. Not constexpr: the compiler stops here.
inline void invalid_SIREN_literal() {}
inline void invalid_SIRET_literal() {}
inline void invalid_FINESS_literal() {}
inline void invalid_RPPS_literal() {}
inline void invalid_INSEE_commune_code_literal() {}
inline void invalid_postal_code_literal() {}

/// The SIREN of La Poste, whose establishments' SIRETs do not follow Luhn's key (INSEE rule: the sum of
/// the SIRET's digits is a multiple of 5).
inline constexpr std::string_view la_poste_siren = "356000000";

/// What every identifier is: N characters, already checked by the derived type's parse(), printed as
/// they are, compared with identifiers of the same type only.
template <class Derived, std::size_t N>
class fixed_identifier {
public:
    [[nodiscard]] constexpr std::string_view text() const noexcept { return {chars_.data(), N}; }
    friend constexpr bool operator==(const fixed_identifier&, const fixed_identifier&) = default;

protected:
    constexpr explicit fixed_identifier(std::string_view checked) noexcept : chars_{to_array<N>(checked)} {}

private:
    std::array<char, N> chars_;
};

}  // namespace detail

/// SIREN: 9 digits with a Luhn key; identifies a company or a body in INSEE's Sirene register.
class siren : public detail::fixed_identifier<siren, 9> {
public:
    [[nodiscard]] static constexpr identifier_result<siren> parse(std::string_view text) noexcept {
        if (text.size() != 9) return identifier_error::wrong_length;
        for (const char c : text)
            if (!detail::is_digit(c)) return identifier_error::not_digits;
        if (!detail::luhn_ok(text)) return identifier_error::bad_check_digit;
        return siren{text};
    }

private:
    constexpr explicit siren(std::string_view checked) noexcept : fixed_identifier{checked} {}
};

/// SIRET: 14 digits, the SIREN followed by 5 digits numbering the establishment; Luhn key over the 14
/// (La Poste's establishments: the sum of the digits is a multiple of 5).
class siret : public detail::fixed_identifier<siret, 14> {
public:
    [[nodiscard]] static constexpr identifier_result<siret> parse(std::string_view text) noexcept {
        if (text.size() != 14) return identifier_error::wrong_length;
        int digit_sum = 0;
        for (const char c : text) {
            if (!detail::is_digit(c)) return identifier_error::not_digits;
            digit_sum += c - '0';
        }
        // La Poste's establishments share one SIREN and follow INSEE's own rule (the sum of the digits is a
        // multiple of 5); its head office (35600000000048) is an ordinary Luhn number.
        const bool key_ok = detail::luhn_ok(text) || (text.substr(0, 9) == detail::la_poste_siren && digit_sum % 5 == 0);
        if (!key_ok) return identifier_error::bad_check_digit;
        return siret{text};
    }
    /// The first nine digits: the SIREN of the body the establishment belongs to.
    [[nodiscard]] constexpr std::string_view siren_part() const noexcept { return text().substr(0, 9); }

private:
    constexpr explicit siret(std::string_view checked) noexcept : fixed_identifier{checked} {}
};

/// RPPS number of a health professional (répertoire partagé des professionnels intervenant dans le système de
/// santé): 11 digits, the last a key. The ANS gives the national identifier of a professional as "8" followed
/// by the RPPS number, and the example 10000001916 [ans-rpps]; the key is Luhn's over the 11 digits, which that
/// example satisfies (no text of the ANS we read states the algorithm: S).
class rpps_number : public detail::fixed_identifier<rpps_number, 11> {
public:
    [[nodiscard]] static constexpr identifier_result<rpps_number> parse(std::string_view text) noexcept {
        if (text.size() != 11) return identifier_error::wrong_length;
        for (const char c : text)
            if (!detail::is_digit(c)) return identifier_error::not_digits;
        if (!detail::luhn_ok(text)) return identifier_error::bad_check_digit;
        return rpps_number{text};
    }
    /// The national identifier of the professional in the ANS's directories: "8" and the RPPS number.
    [[nodiscard]] constexpr std::array<char, 12> national_identifier() const noexcept {
        std::array<char, 12> out{'8'};
        for (std::size_t i = 0; i < 11; ++i) out[i + 1] = text()[i];
        return out;
    }

private:
    constexpr explicit rpps_number(std::string_view checked) noexcept : fixed_identifier{checked} {}
};

/// FINESS number of a health or social establishment: `[0-9][0-9AB][0-9]{7}` — the department (2A and
/// 2B for Corsica) then 7 digits. Only the format is checked: the key of the last digit is not stated in the
/// sources read [ans-nos] (U).
class finess : public detail::fixed_identifier<finess, 9> {
public:
    [[nodiscard]] static constexpr identifier_result<finess> parse(std::string_view text) noexcept {
        if (text.size() != 9) return identifier_error::wrong_length;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const bool corsica = i == 1 && (text[i] == 'A' || text[i] == 'B');
            if (!detail::is_digit(text[i]) && !corsica) return identifier_error::not_digits;
        }
        return finess{text};
    }

private:
    constexpr explicit finess(std::string_view checked) noexcept : fixed_identifier{checked} {}
};

/// INSEE code of a commune (or of a municipal arrondissement of Paris, Lyon, Marseille): 5 characters,
/// the department first — 2 digits, or 2A / 2B for Corsica, or 97x for the overseas departments — then
/// the commune's number. A postal code is not an INSEE code.
class commune_code : public detail::fixed_identifier<commune_code, 5> {
public:
    [[nodiscard]] static constexpr identifier_result<commune_code> parse(std::string_view text) noexcept {
        if (text.size() != 5) return identifier_error::wrong_length;
        const bool corsica = text[0] == '2' && (text[1] == 'A' || text[1] == 'B');
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i == 1 && corsica) continue;
            if (!detail::is_digit(text[i])) return identifier_error::not_digits;
        }
        if (text.substr(0, 2) == "00" || text.substr(0, 2) == "20") return identifier_error::not_digits;
        return commune_code{text};
    }
    /// The department's code: "57", "2A", "971".
    [[nodiscard]] constexpr std::string_view department() const noexcept {
        return text().starts_with("97") || text().starts_with("98") ? text().substr(0, 3) : text().substr(0, 2);
    }

private:
    constexpr explicit commune_code(std::string_view checked) noexcept : fixed_identifier{checked} {}
};

/// La Poste's postal code (code postal): 5 digits, the first two usually the department's. It is not an
/// INSEE code: 75116 is the postal code of part of Paris's 16th arrondissement and, as an INSEE code, the
/// arrondissement itself; 13001, the postal code of Marseille's 1st arrondissement, is the INSEE code of
/// Aix-en-Provence. The two types do not convert into each other; the territory layer tells which INSEE
/// codes a postal code covers.
class postal_code : public detail::fixed_identifier<postal_code, 5> {
public:
    [[nodiscard]] static constexpr identifier_result<postal_code> parse(std::string_view text) noexcept {
        if (text.size() != 5) return identifier_error::wrong_length;
        for (const char c : text)
            if (!detail::is_digit(c)) return identifier_error::not_digits;
        return postal_code{text};
    }

private:
    constexpr explicit postal_code(std::string_view checked) noexcept : fixed_identifier{checked} {}
};

namespace detail {
/// A code of 2 or 3 characters (departments, regions).
template <class Derived>
class short_code {
public:
    [[nodiscard]] constexpr std::string_view text() const noexcept { return {chars_.data(), size_}; }
    friend constexpr bool operator==(const short_code&, const short_code&) = default;
    friend constexpr auto operator<=>(const short_code& a, const short_code& b) noexcept { return a.text() <=> b.text(); }

protected:
    constexpr explicit short_code(std::string_view checked) noexcept : size_{static_cast<unsigned char>(checked.size())} {
        for (std::size_t i = 0; i < checked.size(); ++i) chars_[i] = checked[i];
    }

private:
    std::array<char, 3> chars_{};
    unsigned char size_ = 0;
};
}  // namespace detail

/// INSEE code of a department: 2 digits ("01" to "95", not "20"), "2A" or "2B" for Corsica, or 3 digits
/// from 971 for the overseas departments and collectivities ("971" to "976"; "975", "977", "978", "984",
/// "986" to "989" are collectivities, which the official data lists with their own code).
class department_code : public detail::short_code<department_code> {
public:
    [[nodiscard]] static constexpr identifier_result<department_code> parse(std::string_view text) noexcept {
        if (text.size() == 2) {
            if (text == "2A" || text == "2B") return department_code{text};
            if (!detail::is_digit(text[0]) || !detail::is_digit(text[1])) return identifier_error::not_digits;
            if (text == "00" || text == "20" || (text[0] == '9' && text[1] > '5')) return identifier_error::not_digits;
            return department_code{text};
        }
        if (text.size() == 3) {
            for (const char c : text)
                if (!detail::is_digit(c)) return identifier_error::not_digits;
            if (text[0] != '9' || (text[1] != '7' && text[1] != '8') || text == "970" || text == "980") return identifier_error::not_digits;
            return department_code{text};
        }
        return identifier_error::wrong_length;
    }

private:
    constexpr explicit department_code(std::string_view checked) noexcept : short_code{checked} {}
};

/// INSEE code of a region: 2 digits ("11" Île-de-France ... "94" Corse; "01" to "06" overseas), or the
/// 3-digit code of an overseas collectivity, which the official data gives as its own region ("975").
class region_code : public detail::short_code<region_code> {
public:
    [[nodiscard]] static constexpr identifier_result<region_code> parse(std::string_view text) noexcept {
        if (text.size() != 2 && text.size() != 3) return identifier_error::wrong_length;
        for (const char c : text)
            if (!detail::is_digit(c)) return identifier_error::not_digits;
        if (text.size() == 3 && (text[0] != '9' || (text[1] != '7' && text[1] != '8'))) return identifier_error::not_digits;
        if (text == "00") return identifier_error::not_digits;
        return region_code{text};
    }
    /// True for the 18 regions an ARS serves (2-digit codes) and for Saint-Barthélemy (977) and Saint-Martin
    /// (978), which the ARS of Guadeloupe serves (CSP: "l'agence de santé de la Guadeloupe, de
    /// Saint-Barthélemy et de Saint-Martin"); false for the other overseas collectivities.
    [[nodiscard]] constexpr bool has_ars() const noexcept { return text().size() == 2 || text() == "977" || text() == "978"; }

private:
    constexpr explicit region_code(std::string_view checked) noexcept : short_code{checked} {}
};

namespace detail {
template <class T>
consteval T identifier_literal(const char* text, std::size_t size, void (*invalid)()) {
    const auto r = T::parse(std::string_view{text, size});
    if (!std::holds_alternative<T>(r)) invalid();
    return std::get<T>(r);
}
}  // namespace detail

inline namespace literals {
/// "732829320"_siren: a SIREN checked at compile time (invalid_SIREN_literal otherwise).
consteval siren operator""_siren(const char* text, std::size_t size) {
    return detail::identifier_literal<siren>(text, size, detail::invalid_SIREN_literal);
}
/// "73282932000074"_siret: a SIRET checked at compile time (invalid_SIRET_literal otherwise).
consteval siret operator""_siret(const char* text, std::size_t size) {
    return detail::identifier_literal<siret>(text, size, detail::invalid_SIRET_literal);
}
/// "930012345"_finess: a FINESS number checked at compile time (invalid_FINESS_literal otherwise).
consteval finess operator""_finess(const char* text, std::size_t size) {
    return detail::identifier_literal<finess>(text, size, detail::invalid_FINESS_literal);
}
/// "10000001916"_rpps: an RPPS number checked at compile time (invalid_RPPS_literal otherwise).
consteval rpps_number operator""_rpps(const char* text, std::size_t size) {
    return detail::identifier_literal<rpps_number>(text, size, detail::invalid_RPPS_literal);
}
/// "57463"_insee: an INSEE commune code checked at compile time (invalid_INSEE_commune_code_literal otherwise).
consteval commune_code operator""_insee(const char* text, std::size_t size) {
    return detail::identifier_literal<commune_code>(text, size, detail::invalid_INSEE_commune_code_literal);
}
/// "13001"_postal: a postal code checked at compile time (invalid_postal_code_literal otherwise).
consteval postal_code operator""_postal(const char* text, std::size_t size) {
    return detail::identifier_literal<postal_code>(text, size, detail::invalid_postal_code_literal);
}
}  // namespace literals

}  // namespace coordcare
