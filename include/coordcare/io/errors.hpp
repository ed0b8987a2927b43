// coordcare — what can be wrong with an input, and the limits a reader enforces. Each error says what
// (its kind), where (a JSON pointer) and why (what was expected, what was found), in French (the
// reference text) and English.
#pragma once

#include <coordcare/vocabulary/bilingual.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coordcare {

/// What is wrong with an input. Each kind has its own message and its own tests.
enum class read_error_kind : unsigned char {
    empty_input,         ///< nothing but white space
    too_large,           ///< more bytes than read_limits::max_bytes
    encoding,            ///< not UTF-8: a byte-order mark, UTF-16 or UTF-32, or an invalid byte sequence
    syntax,              ///< not JSON (truncated, bad token, ...)
    too_deep,            ///< nested deeper than read_limits::max_depth
    array_too_long,      ///< more elements than read_limits::max_array_length
    string_too_long,     ///< a string or key longer than read_limits::max_string_length
    duplicate_key,       ///< the same key twice in one object
    wrong_type,          ///< a value of the wrong JSON type
    missing_field,       ///< a required field is absent
    unknown_field,       ///< a field the format does not have (an error, never ignored)
    out_of_range,        ///< a number outside the range the field allows (negative, beyond 64 bits, ...)
    unknown_code,        ///< a code or name the nomenclature does not have
    invalid_value,       ///< a string of the right type that is not a valid value (a date, an identifier)
    duplicate_member,    ///< the same member twice in one structure
    unsupported_format,  ///< not a coordcare dossier, or a version this library does not read
};

struct read_error_kind_entry {
    read_error_kind kind;
    std::string_view id;
};
inline constexpr std::array read_error_kind_table{
    read_error_kind_entry{read_error_kind::empty_input, "empty_input"},
    read_error_kind_entry{read_error_kind::too_large, "too_large"},
    read_error_kind_entry{read_error_kind::encoding, "encoding"},
    read_error_kind_entry{read_error_kind::syntax, "syntax"},
    read_error_kind_entry{read_error_kind::too_deep, "too_deep"},
    read_error_kind_entry{read_error_kind::array_too_long, "array_too_long"},
    read_error_kind_entry{read_error_kind::string_too_long, "string_too_long"},
    read_error_kind_entry{read_error_kind::duplicate_key, "duplicate_key"},
    read_error_kind_entry{read_error_kind::wrong_type, "wrong_type"},
    read_error_kind_entry{read_error_kind::missing_field, "missing_field"},
    read_error_kind_entry{read_error_kind::unknown_field, "unknown_field"},
    read_error_kind_entry{read_error_kind::out_of_range, "out_of_range"},
    read_error_kind_entry{read_error_kind::unknown_code, "unknown_code"},
    read_error_kind_entry{read_error_kind::invalid_value, "invalid_value"},
    read_error_kind_entry{read_error_kind::duplicate_member, "duplicate_member"},
    read_error_kind_entry{read_error_kind::unsupported_format, "unsupported_format"},
};
[[nodiscard]] constexpr std::string_view id(read_error_kind k) noexcept {
    return detail::entry_of(read_error_kind_table, k, &read_error_kind_entry::kind).id;
}

/// One problem of an input: where (a JSON pointer, "" for the whole document), what was expected, what
/// was found — both in French and English.
struct read_error {
    read_error_kind kind;
    std::string pointer;
    bilingual expected;
    bilingual found;

    /// "at /structures/0/members/3/person/job/profession: expected a TRE_G15 profession code ..., found 99
    /// (unknown_code)" — or the same in French.
    [[nodiscard]] std::string text(language lang = language::en) const {
        const bool fr = lang == language::fr;
        std::string out = fr ? "en " : "at ";
        out += pointer.empty() ? std::string{fr ? "tête du document" : "the document"} : pointer;
        out += fr ? " : attendu " : ": expected ";
        out += expected.in(lang);
        out += fr ? ", trouvé " : ", found ";
        out += found.in(lang);
        out += " (";
        out += id(kind);
        out += ')';
        return out;
    }

    friend bool operator==(const read_error&, const read_error&) = default;
};

/// Limits on what a reader accepts; each has its own error.
struct read_limits {
    std::size_t max_bytes = std::size_t{16} << 20;  ///< 16 MiB
    std::size_t max_depth = 32;
    std::size_t max_array_length = 100'000;
    std::size_t max_string_length = 4096;
};

/// The result of reading a T: the value, or the errors that prevent it. Never both, never a partial value.
template <class T>
struct read_outcome {
    std::optional<T> value;
    std::vector<read_error> errors;
    [[nodiscard]] bool ok() const noexcept { return value.has_value(); }
};

/// "16 777 216": a number of bytes with French digit groups (a narrow no-break space is avoided: a
/// plain space reads everywhere); English groups with commas.
[[nodiscard]] inline bilingual grouped(std::size_t n) {
    const std::string digits = std::to_string(n);
    bilingual out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out.fr += ' ';
            out.en += ',';
        }
        out.fr += digits[i];
        out.en += digits[i];
    }
    return out;
}

/// The error of an input larger than `limit` bytes: its real size when known (a file), else "more than".
[[nodiscard]] inline read_error too_large_error(std::size_t limit, std::optional<std::size_t> actual) {
    bilingual expected = bilingual{} << label{"au plus ", "at most "} << grouped(limit) << label{" octets", " bytes"};
    bilingual found;
    if (actual) found << grouped(*actual) << label{" octets", " bytes"};
    else found << label{"plus de ", "more than "} << grouped(limit) << label{" octets", " bytes"};
    return read_error{read_error_kind::too_large, "", std::move(expected), std::move(found)};
}

}  // namespace coordcare
