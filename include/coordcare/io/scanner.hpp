// coordcare — the first pass over an input, before any value is built: its encoding, then a scan with
// Boost.JSON's SAX parser for syntax, limits (depth, array length, string length) and duplicate keys,
// each problem with the JSON pointer of where it is. Both are linear in the size of the input.
#pragma once

#include <coordcare/io/errors.hpp>
#include <coordcare/vocabulary/utf8.hpp>
#include <coordcare/vocabulary/diagnostic.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace coordcare {

namespace json = boost::json;

namespace detail::json_io {

using utf8::first_invalid_utf8;
using utf8::utf8_prefix;

/// The error of an invalid UTF-8 sequence at byte `at`, found while reading the value at `pointer`.
[[nodiscard]] inline read_error invalid_utf8_error(std::string_view text, std::size_t at, std::string pointer) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[at])));
    const std::string offset = std::to_string(at);
    return read_error{read_error_kind::encoding, std::move(pointer), {"du texte UTF-8", "UTF-8 text"},
                      {"une séquence UTF-8 invalide à l'octet " + offset + " (" + hex +
                           ") ; un fichier en Latin-1 ou Windows-1252 est à réenregistrer en UTF-8",
                       "an invalid UTF-8 sequence at byte " + offset + " (" + hex +
                           "); a file in Latin-1 or Windows-1252 must be saved as UTF-8"}};
}

/// An encoding problem of the whole input — a byte-order mark, UTF-16 or UTF-32 —, or nothing. (An
/// invalid UTF-8 sequence is found by the scan, which knows where it is.)
[[nodiscard]] inline std::optional<read_error> encoding_problem(std::string_view text) {
    auto starts = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
    auto error = [](bilingual found) {
        return read_error{read_error_kind::encoding, "",
                          {"du texte UTF-8 sans marque d'ordre des octets (RFC 8259, § 8.1)",
                           "UTF-8 text without a byte-order mark (RFC 8259, section 8.1)"},
                          std::move(found)};
    };
    using namespace std::string_view_literals;
    if (starts("\x00\x00\xFE\xFF"sv) || starts("\xFF\xFE\x00\x00"sv))
        return error({"du texte UTF-32 (marque d'ordre des octets) : l'enregistrer en UTF-8",
                      "UTF-32 text (byte-order mark): save it as UTF-8"});
    if (starts("\xEF\xBB\xBF"sv))
        return error({"une marque d'ordre des octets UTF-8 (EF BB BF) en tête : l'enregistrer en UTF-8 sans BOM",
                      "a UTF-8 byte-order mark (EF BB BF) at the start: save it as UTF-8 without BOM"});
    if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv))
        return error({"du texte UTF-16 (marque d'ordre des octets " + std::string{starts("\xFF\xFE"sv) ? "FF FE" : "FE FF"} +
                          ") : l'enregistrer en UTF-8",
                      "UTF-16 text (byte-order mark " + std::string{starts("\xFF\xFE"sv) ? "FF FE" : "FE FF"} + "): save it as UTF-8"});
    // UTF-16 or UTF-32 without a mark: JSON text starts with an ASCII character, so zero bytes among the
    // first four betray them.
    if (text.size() >= 2 && (text[0] == '\0' || text[1] == '\0'))
        return error({"du texte UTF-16 ou UTF-32 (des octets nuls en tête) : l'enregistrer en UTF-8",
                      "UTF-16 or UTF-32 text (zero bytes at the start): save it as UTF-8"});
    return std::nullopt;
}

/// What a Boost.JSON parse error means, in both languages (its own message is English only).
[[nodiscard]] inline bilingual syntax_problem(const json::error_code& ec) {
    if (ec == json::error::incomplete) return {"un document tronqué", "a truncated document"};
    if (ec == json::error::extra_data) return {"du texte après le document", "text after the document"};
    if (ec == json::error::exponent_overflow) return {"un exposant trop grand", "an exponent too large"};
    if (ec == json::error::illegal_leading_surrogate || ec == json::error::illegal_trailing_surrogate ||
        ec == json::error::expected_utf16_escape)
        return {"un échappement \\u de substitut UTF-16 invalide", "an invalid UTF-16 surrogate \\u escape"};
    if (ec == json::error::expected_hex_digit) return {"un échappement \\u sans ses quatre chiffres hexadécimaux", "a \\u escape without its four hex digits"};
    if (ec == json::error::too_deep) return {"une imbrication trop profonde", "nesting too deep"};
    return {"un caractère inattendu", "an unexpected character"};
}

/// A short description of a JSON value, for "found ...".
[[nodiscard]] inline bilingual describe(const json::value& v) {
    switch (v.kind()) {
        case json::kind::null: return same("null");
        case json::kind::bool_: return same(v.get_bool() ? "true" : "false");
        case json::kind::int64: return same(std::to_string(v.get_int64()));
        case json::kind::uint64: return same(std::to_string(v.get_uint64()));
        case json::kind::double_: {
            const double d = v.get_double();
            char text[32];
            std::snprintf(text, sizeof text, "%.17g", d);
            if (std::fabs(d) >= 9223372036854775808.0)
                return {std::string{"un nombre au-delà de 64 bits ("} + text + ")", std::string{"a number beyond 64 bits ("} + text + ")"};
            return {std::string{"le nombre "} + text, std::string{"the number "} + text};
        }
        case json::kind::string: {
            const std::string_view s{v.get_string().data(), v.get_string().size()};
            const std::size_t shown = utf8_prefix(s, 60);
            std::string out = "\"";
            out.append(s.substr(0, shown));
            if (shown < s.size()) out += "...";
            return same(out + "\"");
        }
        case json::kind::array: {
            const auto n = v.get_array().size();
            return bilingual{} << label{"un tableau de ", "an array of "} << count(static_cast<long long>(n), nouns::element);
        }
        case json::kind::object: return {"un objet", "an object"};
    }
    return {"une valeur", "a value"};
}

/// Scans the text with Boost.JSON's SAX parser, before any value is built: limits, duplicate keys,
/// and the JSON pointer of wherever a problem is.
class scanner {
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    scanner(const read_limits& limits, std::optional<read_error>& error) : limits_{limits}, error_{error} {}

    bool on_document_begin(json::error_code&) { return true; }
    bool on_document_end(json::error_code&) { return true; }
    bool on_array_begin(json::error_code& ec) { return open(false, ec); }
    bool on_array_end(std::size_t, json::error_code& ec) { return close(ec); }
    bool on_object_begin(json::error_code& ec) { return open(true, ec); }
    bool on_object_end(std::size_t, json::error_code& ec) { return close(ec); }
    bool on_string_part(json::string_view, std::size_t n, json::error_code& ec) { return check_string(n, ec); }
    bool on_string(json::string_view, std::size_t n, json::error_code& ec) { return check_string(n, ec) && scalar_done(ec); }
    bool on_key_part(json::string_view, std::size_t n, json::error_code& ec) {
        in_key_ = true;
        return check_string(n, ec);
    }
    bool on_key(json::string_view s, std::size_t n, json::error_code& ec) {
        in_key_ = true;
        if (!check_string(n, ec)) return false;
        in_key_ = false;
        auto& top = stack_[depth_ - 1];
        top.key.assign(s.data(), s.size());
        if (!top.add_key())
            return fail(read_error_kind::duplicate_key, pointer(), {"chaque clé une seule fois dans un objet", "each key once in an object"},
                        {"la clé \"" + top.key + "\" une seconde fois", "the key \"" + top.key + "\" again"}, ec);
        return true;
    }
    bool on_number_part(json::string_view, json::error_code&) { return true; }
    bool on_int64(std::int64_t, json::string_view, json::error_code& ec) { return scalar_done(ec); }
    bool on_uint64(std::uint64_t, json::string_view, json::error_code& ec) { return scalar_done(ec); }
    bool on_double(double, json::string_view, json::error_code& ec) { return scalar_done(ec); }
    bool on_bool(bool, json::error_code& ec) { return scalar_done(ec); }
    bool on_null(json::error_code& ec) { return scalar_done(ec); }
    bool on_comment_part(json::string_view, json::error_code&) { return true; }
    bool on_comment(json::string_view, json::error_code&) { return true; }

    /// The pointer of the value being read now (of the object itself while one of its keys is read).
    [[nodiscard]] std::string pointer() const {
        std::string out;
        for (std::size_t i = 0; i < depth_; ++i) {
            const auto& f = stack_[i];
            if (f.object && in_key_ && i + 1 == depth_) break;
            if (f.object) field_path::append_pointer_token(out, f.key);
            else field_path::append_pointer_token(out, f.count);
        }
        return out;
    }

private:
    // The frames of the open arrays and objects. A frame closed is kept for the next value at its depth,
    // with its strings' storage, so that a scan allocates only as deep and as wide as the document is.
    struct frame {
        bool object = false;
        std::size_t count = 0;  // arrays: elements completed so far, so the current one's index
        std::string key;        // objects: the current key
        // objects: the keys so far; searched in order up to `few` keys, then through `many`
        std::vector<std::string> keys;
        std::size_t key_count = 0;
        std::unordered_set<std::string> many;
        static constexpr std::size_t few = 16;

        void reset(bool is_object) {
            object = is_object;
            count = 0;
            key_count = 0;
            many.clear();
        }
        /// Records the current key; false when the object already has it.
        bool add_key() {
            if (key_count < few) {
                for (std::size_t i = 0; i < key_count; ++i)
                    if (keys[i] == key) return false;
                if (keys.size() <= key_count) keys.emplace_back();
                keys[key_count++].assign(key);
                if (key_count == few) many.insert(keys.begin(), keys.end());
                return true;
            }
            ++key_count;
            return many.insert(key).second;
        }
    };

    bool fail(read_error_kind kind, std::string at, bilingual expected, bilingual found, json::error_code& ec) {
        error_ = read_error{kind, std::move(at), std::move(expected), std::move(found)};
        ec = json::error::exception;  // any code stops the parser; ours is in error_
        return false;
    }
    bool open(bool object, json::error_code& ec) {
        if (depth_ >= limits_.max_depth)
            return fail(read_error_kind::too_deep, pointer(),
                        bilingual{} << label{"au plus ", "at most "} << count(static_cast<long long>(limits_.max_depth), nouns::level)
                                    << label{" d'imbrication", " of nesting"},
                        {"une imbrication plus profonde", "deeper nesting"}, ec);
        if (stack_.size() == depth_) stack_.emplace_back();
        stack_[depth_++].reset(object);
        return true;
    }
    bool close(json::error_code& ec) {
        --depth_;
        return scalar_done(ec);
    }
    bool scalar_done(json::error_code& ec) {
        if (depth_ == 0 || stack_[depth_ - 1].object) return true;
        auto& top = stack_[depth_ - 1];
        if (++top.count > limits_.max_array_length) {
            --depth_;  // the pointer names the array
            return fail(read_error_kind::array_too_long, pointer(),
                        bilingual{} << label{"au plus ", "at most "}
                                    << count(static_cast<long long>(limits_.max_array_length), nouns::element),
                        {"davantage", "more"}, ec);
        }
        return true;
    }
    bool check_string(std::size_t n, json::error_code& ec) {
        if (n <= limits_.max_string_length) return true;
        const auto max = std::to_string(limits_.max_string_length), so_far = std::to_string(n);
        return fail(read_error_kind::string_too_long, pointer(),
                    {"une chaîne d'au plus " + max + " octets", "a string of at most " + max + " bytes"},
                    {"une chaîne plus longue (" + so_far + " octets déjà)", "a longer one (" + so_far + " bytes so far)"}, ec);
    }

    const read_limits& limits_;
    std::optional<read_error>& error_;
    std::vector<frame> stack_;
    std::size_t depth_ = 0;
    bool in_key_ = false;
};

/// Scans `text`: its encoding, then syntax, limits and duplicate keys. Returns the first problem.
[[nodiscard]] inline std::optional<read_error> scan(std::string_view text, const read_limits& limits) {
    if (auto problem = encoding_problem(text)) return problem;
    json::parse_options options;
    options.max_depth = limits.max_depth + 1;  // the scanner reports depth itself, with a pointer
    std::optional<read_error> scan_error;
    json::basic_parser<scanner> parser{options, limits, scan_error};
    json::error_code ec;
    const std::size_t used = parser.write_some(false, text.data(), text.size(), ec);
    if (scan_error) return scan_error;
    if (ec) {
        // Boost.JSON reports an invalid UTF-8 sequence as a syntax error: say what it is, and where.
        const std::size_t window = std::min(text.size(), used + 4);
        if (const auto bad = first_invalid_utf8(text.substr(0, window)); bad && *bad <= used)
            return invalid_utf8_error(text, *bad, parser.handler().pointer());
        return read_error{read_error_kind::syntax, parser.handler().pointer(), {"du JSON valide", "valid JSON"},
                          syntax_problem(ec) << label{" à l'octet ", " at byte "} << used};
    }
    if (text.substr(used).find_first_not_of(" \t\r\n") != std::string_view::npos) {
        return read_error{read_error_kind::syntax, "", {"rien après le document JSON", "nothing after the JSON document"},
                          bilingual{} << label{"du texte à l'octet ", "more text at byte "} << used};
    }
    return std::nullopt;
}

}  // namespace detail::json_io
}  // namespace coordcare
