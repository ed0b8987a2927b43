// coordcare — text built at run time in the library's two languages: the detail of a diagnostic ("among
// the associates: 1 doctor, 2 medical auxiliaries; the law requires at least 2 doctors and 1 medical
// auxiliary"), the parts of a read error. A `label` is a constant pair of sentences; a `bilingual` is
// the pair being written, with the values at hand.
#pragma once

#include <coordcare/vocabulary/label.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace coordcare {

/// A noun in both languages, singular and plural: {"médecin", "médecins"}, {"doctor", "doctors"}.
struct noun {
    label one;
    label many;
};

/// Text in French (the reference) and English, built piece by piece:
///   bilingual{} << label{"parmi les associés : ", "among the associates: "} << count(2, nouns::doctor)
/// A std::string_view or a number appended goes to both languages unchanged (data: a code, a name).
struct bilingual {
    std::string fr;
    std::string en;

    [[nodiscard]] const std::string& in(language lang) const noexcept { return lang == language::fr ? fr : en; }
    [[nodiscard]] bool empty() const noexcept { return fr.empty() && en.empty(); }

    // Appending: on an lvalue it returns the lvalue; on a temporary (`bilingual{} << a << b`) it returns
    // the temporary as an rvalue, so that `return bilingual{} << ...;` moves the text out, never copies it.
    bilingual& operator<<(label l) & { return append(l.fr, l.en); }
    bilingual&& operator<<(label l) && { return std::move(append(l.fr, l.en)); }
    bilingual& operator<<(const bilingual& b) & { return append(b.fr, b.en); }
    bilingual&& operator<<(const bilingual& b) && { return std::move(append(b.fr, b.en)); }
    /// The same text in both languages.
    bilingual& operator<<(std::string_view data) & { return append(data, data); }
    bilingual&& operator<<(std::string_view data) && { return std::move(append(data, data)); }
    bilingual& operator<<(const char* data) & { return append(data, data); }
    bilingual&& operator<<(const char* data) && { return std::move(append(data, data)); }
    bilingual& operator<<(const std::string& data) & { return append(data, data); }
    bilingual&& operator<<(const std::string& data) && { return std::move(append(data, data)); }
    template <class N>
        requires(std::is_integral_v<N> && !std::is_same_v<N, bool> && !std::is_same_v<N, char>)
    bilingual& operator<<(N n) & {
        const std::string digits = std::to_string(n);
        return append(digits, digits);
    }
    template <class N>
        requires(std::is_integral_v<N> && !std::is_same_v<N, bool> && !std::is_same_v<N, char>)
    bilingual&& operator<<(N n) && {
        const std::string digits = std::to_string(n);
        return std::move(append(digits, digits));
    }

    friend bool operator==(const bilingual&, const bilingual&) = default;

private:
    bilingual& append(std::string_view f, std::string_view e) {
        if (fr.capacity() < 64) fr.reserve(96);  // a detail is a sentence: one allocation, not several
        if (en.capacity() < 64) en.reserve(96);
        fr += f;
        en += e;
        return *this;
    }
};

/// The same text in both languages (data: a code, a number, a quoted string).
[[nodiscard]] inline bilingual same(std::string text) { return {text, std::move(text)}; }
/// A constant label as owned text.
[[nodiscard]] inline bilingual owned(label l) { return {std::string{l.fr}, std::string{l.en}}; }

/// "1 médecin", "2 médecins" / "1 doctor", "0 doctors": French takes the singular for 0 and 1, English
/// only for 1. Appended to a bilingual in place; converts to one on its own.
struct counted {
    long long n;
    const noun& what;

    void append_to(bilingual& out) const {
        const std::string digits = std::to_string(n);
        out << digits << " ";
        out.fr += n == 0 || n == 1 || n == -1 ? what.one.fr : what.many.fr;
        out.en += n == 1 || n == -1 ? what.one.en : what.many.en;
    }
    operator bilingual() const {  // NOLINT: implicit on purpose
        bilingual out;
        append_to(out);
        return out;
    }
    friend bilingual& operator<<(bilingual& out, const counted& c) {
        c.append_to(out);
        return out;
    }
    friend bilingual&& operator<<(bilingual&& out, const counted& c) {
        c.append_to(out);
        return std::move(out);
    }
};
[[nodiscard]] inline counted count(long long n, const noun& what) { return {n, what}; }

/// Nouns the rules' details use.
namespace nouns {
inline constexpr noun member{{"membre", "member"}, {"membres", "members"}};
inline constexpr noun doctor{{"médecin", "doctor"}, {"médecins", "doctors"}};
inline constexpr noun general_practitioner{{"médecin généraliste", "general practitioner"},
                                           {"médecins généralistes", "general practitioners"}};
inline constexpr noun specialist{{"médecin spécialiste", "specialist"}, {"médecins spécialistes", "specialists"}};
inline constexpr noun medical_auxiliary{{"auxiliaire médical", "medical auxiliary"},
                                        {"auxiliaires médicaux", "medical auxiliaries"}};
inline constexpr noun health_professional{{"professionnel de santé", "health professional"},
                                          {"professionnels de santé", "health professionals"}};
inline constexpr noun salaried_health_professional{
    {"professionnel de santé salarié", "salaried health professional"},
    {"professionnels de santé salariés", "salaried health professionals"}};
inline constexpr noun liberal_associate{{"associé libéral", "liberal associate"}, {"associés libéraux", "liberal associates"}};
inline constexpr noun profession{{"profession", "profession"}, {"professions", "professions"}};
inline constexpr noun signatory{{"signataire", "signatory"}, {"signataires", "signatories"}};
inline constexpr noun byte{{"octet", "byte"}, {"octets", "bytes"}};
inline constexpr noun element{{"élément", "element"}, {"éléments", "elements"}};
inline constexpr noun level{{"niveau", "level"}, {"niveaux", "levels"}};
inline constexpr noun payment{{"versement", "payment"}, {"versements", "payments"}};
inline constexpr noun session{{"séance", "session"}, {"séances", "sessions"}};
}  // namespace nouns

/// "175 001" / "175,001": a count with its thousands grouped as each language writes them.
[[nodiscard]] inline bilingual grouped_count(std::int64_t n) {
    const bool negative = n < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    const std::string digits = std::to_string(magnitude);
    std::string fr = negative ? "-" : "";
    std::string en = fr;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            fr += ' ';
            en += ',';
        }
        fr += digits[i];
        en += digits[i];
    }
    return bilingual{fr, en};
}

}  // namespace coordcare
