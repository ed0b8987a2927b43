// coordcare — JSON for the library's value types, with Boost.JSON.
//
// One generic mechanism maps every value type both ways: Boost.Hana reflection for the structs (their
// fields by name), a codec per enumeration read from the vocabulary's own tables, and a few leaf
// types (profession: its TRE_G15 code; dates: ISO 8601; identifiers: their text). docs/json-format.md
// describes the format; docs/dossier.schema.json is its JSON Schema.
//
// Reading never throws for bad input: every problem is a read_error with the JSON pointer of the
// offending value, what was expected and what was found. Limits on size, depth, array length and
// string length are checked while scanning, before any value is built. Unknown fields are errors.
//
// This header needs Boost.JSON's implementation: link the CMake target coordcare::io (which links
// Boost::json), or include <boost/json/src.hpp> in exactly one translation unit.
#pragma once

#include <coordcare/structures.hpp>

#include <boost/hana/accessors.hpp>
#include <boost/hana/at_key.hpp>
#include <boost/hana/core/to.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/keys.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/pair.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cmath>
#include <cstdio>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <variant>
#include <vector>

namespace coordcare {

namespace json = boost::json;

// ---- Errors and limits --------------------------------------------------------------------------

/// What is wrong with an input. Each kind has its own message and its own tests.
enum class read_error_kind : unsigned char {
    empty_input,         ///< nothing but white space
    too_large,           ///< more bytes than read_limits::max_bytes
    syntax,              ///< not JSON (truncated, bad token, invalid UTF-8, ...)
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

/// A message built at run time, in French (the reference text) and English.
struct bilingual {
    std::string fr;
    std::string en;
    [[nodiscard]] const std::string& in(language lang) const noexcept { return lang == language::fr ? fr : en; }
    friend bool operator==(const bilingual&, const bilingual&) = default;
};

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
};

namespace detail::json_io {
/// The same text in both languages (data: a code, a number, a quoted string).
inline bilingual same(std::string text) { return {text, std::move(text)}; }
}  // namespace detail::json_io

/// Limits on what a reader accepts; each has its own error.
struct read_limits {
    std::size_t max_bytes = std::size_t{16} << 20;  ///< 16 MiB
    std::size_t max_depth = 32;
    std::size_t max_array_length = 100'000;
    std::size_t max_string_length = 4096;
};

// ---- The dossier ----------------------------------------------------------------------------------

/// The format's name and version, written in every dossier. Version 1 is the first; a later version
/// that this library cannot read is an unsupported_format error.
inline constexpr std::string_view dossier_format = "coordcare-dossier";
inline constexpr std::int64_t dossier_format_version = 1;

/// Any of the five structures.
using any_structure = std::variant<esp, ess, msp, cds, cpts>;

/// A file of structures to check.
struct dossier {
    std::vector<any_structure> structures;
    friend bool operator==(const dossier&, const dossier&) = default;
};

/// The result of reading: a dossier, or the errors that prevent it. Never both, never a partial dossier.
struct read_result {
    std::optional<coordcare::dossier> value;
    std::vector<read_error> errors;
    [[nodiscard]] bool ok() const noexcept { return value.has_value(); }
};

// ---- Enumeration codecs: the JSON id of each enumerator, from the vocabulary's tables ------------

template <class E>
struct enum_codec;

#define COORDCARE_ENUM_CODEC(Enum, Table, Entry, Member, What)                    \
    template <>                                                                   \
    struct enum_codec<Enum> {                                                     \
        static constexpr const auto& table = Table;                               \
        static constexpr auto value = &Entry::Member;                             \
        static constexpr auto id = &Entry::id;                                    \
        static constexpr label what = What;                                       \
    }
COORDCARE_ENUM_CODEC(legal_form, legal_form_table, legal_form_entry, form, (label{"une forme juridique", "a legal form"}));
COORDCARE_ENUM_CODEC(practice_mode, practice_mode_table, practice_mode_entry, mode,
                     (label{"un mode d'exercice (code TRE_R23 L, S, B, ou mixed)", "a practice mode (TRE_R23 code L, S, B, or mixed)"}));
COORDCARE_ENUM_CODEC(doctor_specialty, doctor_specialty_table, doctor_specialty_entry, specialty,
                     (label{"une spécialité de médecin", "a doctor's specialty"}));
COORDCARE_ENUM_CODEC(non_health_role, non_health_role_table, non_health_role_entry, role,
                     (label{"un rôle de non-professionnel de santé", "a non-health role"}));
COORDCARE_ENUM_CODEC(organisation_kind, organisation_kind_table, organisation_kind_entry, kind,
                     (label{"un type d'organisation", "an organisation kind"}));
#undef COORDCARE_ENUM_CODEC

template <class E>
concept coded_enum = requires { enum_codec<E>::table; };

// ---- Reading ------------------------------------------------------------------------------------

namespace detail::json_io {

/// A short description of a JSON value, for "found ...".
inline bilingual describe(const json::value& v) {
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
            const auto s = v.get_string();
            std::string out = "\"";
            out.append(s.data(), std::min<std::size_t>(s.size(), 60));
            if (s.size() > 60) out += "...";
            return same(out + "\"");
        }
        case json::kind::array: {
            const auto n = std::to_string(v.get_array().size());
            return {"un tableau de " + n + " éléments", "an array of " + n + " elements"};
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
        auto& top = stack_.back();
        top.key.assign(s.data(), s.size());
        if (!top.keys.insert(top.key).second)
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
        field_path p;
        for (std::size_t i = 0; i < stack_.size(); ++i) {
            const auto& f = stack_[i];
            if (f.object && in_key_ && i + 1 == stack_.size()) break;
            p = f.object ? p / f.key : p / f.count;
        }
        return p.json_pointer();
    }

private:
    struct frame {
        bool object;
        std::size_t count = 0;  // arrays: elements completed so far, so the current one's index
        std::string key;        // objects: the current key
        std::unordered_set<std::string> keys;
    };

    bool fail(read_error_kind kind, std::string at, bilingual expected, bilingual found, json::error_code& ec) {
        error_ = read_error{kind, std::move(at), std::move(expected), std::move(found)};
        ec = json::error::exception;  // any code stops the parser; ours is in error_
        return false;
    }
    bool open(bool object, json::error_code& ec) {
        if (stack_.size() >= limits_.max_depth)
            return fail(read_error_kind::too_deep, pointer(),
                        {"au plus " + std::to_string(limits_.max_depth) + " niveaux d'imbrication",
                         "at most " + std::to_string(limits_.max_depth) + " levels of nesting"},
                        {"une imbrication plus profonde", "deeper nesting"}, ec);
        stack_.push_back(frame{object, 0, {}, {}});
        return true;
    }
    bool close(json::error_code& ec) {
        stack_.pop_back();
        return scalar_done(ec);
    }
    bool scalar_done(json::error_code& ec) {
        if (stack_.empty() || stack_.back().object) return true;
        auto& top = stack_.back();
        if (++top.count > limits_.max_array_length) {
            stack_.pop_back();  // the pointer names the array
            return fail(read_error_kind::array_too_long, pointer(),
                        {"au plus " + std::to_string(limits_.max_array_length) + " éléments",
                         "at most " + std::to_string(limits_.max_array_length) + " elements"},
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
    bool in_key_ = false;
};

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

/// Maps JSON values onto the value types, collecting every error.
class reader {
public:
    explicit reader(std::vector<read_error>& errors) : errors_{errors} {}

    void error(read_error_kind kind, const field_path& at, bilingual expected, bilingual found) {
        errors_.push_back(read_error{kind, at.json_pointer(), std::move(expected), std::move(found)});
    }
    void wrong_type(const field_path& at, bilingual expected, const json::value& v) {
        error(read_error_kind::wrong_type, at, std::move(expected), describe(v));
    }

    bool read(const json::value& v, const field_path& at, bool& out) {
        if (!v.is_bool()) return wrong_type(at, {"true ou false", "true or false"}, v), false;
        out = v.get_bool();
        return true;
    }
    bool read(const json::value& v, const field_path& at, std::string& out) {
        if (!v.is_string()) return wrong_type(at, {"une chaîne", "a string"}, v), false;
        out.assign(v.get_string().data(), v.get_string().size());
        return true;
    }
    template <coded_enum E>
    bool read(const json::value& v, const field_path& at, E& out) {
        using codec = enum_codec<E>;
        const bilingual what{std::string{codec::what.fr}, std::string{codec::what.en}};
        if (!v.is_string()) return wrong_type(at, what, v), false;
        const std::string_view text{v.get_string().data(), v.get_string().size()};
        const auto i = detail::find_index(codec::table, text, codec::id);
        if (!i) {
            std::string ids;
            for (const auto& e : codec::table) (ids += ' ') += e.*codec::id;
            return error(read_error_kind::unknown_code, at, {what.fr + " (parmi :" + ids + ")", what.en + " (one of:" + ids + ")"}, describe(v)),
                   false;
        }
        out = codec::table[*i].*codec::value;
        return true;
    }
    bool read(const json::value& v, const field_path& at, profession& out) {
        const bilingual what{"un code de profession TRE_G15 (un entier, par exemple 10 pour un médecin)",
                             "a TRE_G15 profession code (an integer such as 10 for a doctor)"};
        if (v.is_double()) return error(read_error_kind::out_of_range, at, what, describe(v)), false;
        if (!v.is_int64() && !v.is_uint64()) return wrong_type(at, what, v), false;
        if (v.is_uint64() || v.get_int64() < 0 || v.get_int64() > 255) return error(read_error_kind::out_of_range, at, what, describe(v)), false;
        const int code = static_cast<int>(v.get_int64());
        const auto p = profession::from_tre_g15(code);
        if (!p) {
            bilingual expected = what;
            if (non_health_role_from_tre_r95(code)) {
                expected.fr += " ; les codes TRE_R95 sont des rôles : {\"role\": \"...\"}";
                expected.en += "; TRE_R95 codes are roles: {\"role\": \"...\"}";
            }
            return error(read_error_kind::unknown_code, at, std::move(expected), describe(v)), false;
        }
        out = *p;
        return true;
    }
    bool read(const json::value& v, const field_path& at, date& out) {
        if (!v.is_string()) return wrong_type(at, {"une date \"AAAA-MM-JJ\"", "a date \"YYYY-MM-DD\""}, v), false;
        const auto d = parse_date(std::string_view{v.get_string().data(), v.get_string().size()});
        if (!d)
            return error(read_error_kind::invalid_value, at, {"une date \"AAAA-MM-JJ\" qui existe", "a date \"YYYY-MM-DD\" that exists"}, describe(v)),
                   false;
        out = *d;
        return true;
    }
    template <class Id>
        requires requires(std::string_view s) { { Id::parse(s) } -> std::same_as<identifier_result<Id>>; }
    bool read(const json::value& v, const field_path& at, Id& out) {
        const auto id = parse_identifier<Id>(v, at);
        if (id) out = *id;
        return id.has_value();
    }
    bool read(const json::value& v, const field_path& at, occupation& out) {
        return read_alternatives(v, at, out,
                                 {"un métier : {\"profession\": code TRE_G15} ou {\"role\": nom}",
                                  "a job: {\"profession\": TRE_G15 code} or {\"role\": name}"},
                                 "profession", "role");
    }
    bool read(const json::value& v, const field_path& at, member& out) {
        return read_alternatives(v, at, out,
                                 {"un membre : {\"person\": {...}} ou {\"organisation\": {...}}",
                                  "a member: {\"person\": {...}} or {\"organisation\": {...}}"},
                                 "person", "organisation");
    }
    template <class T>
    bool read(const json::value& v, const field_path& at, std::vector<T>& out) {
        if (!v.is_array()) return wrong_type(at, {"un tableau", "an array"}, v), false;
        bool ok = true;
        out.clear();
        out.reserve(v.get_array().size());
        for (std::size_t i = 0; i < v.get_array().size(); ++i) {
            std::optional<T> element;
            ok = read_into(v.get_array()[i], at / i, element) && ok;
            if (element) out.push_back(std::move(*element));
        }
        return ok;
    }
    /// A struct reflected with Hana: an object with exactly its fields (optionals may be absent).
    template <class T>
        requires boost::hana::Struct<T>::value
    bool read(const json::value& v, const field_path& at, T& out, std::initializer_list<std::string_view> also_allowed = {}) {
        if (!v.is_object()) return wrong_type(at, {"un objet", "an object"}, v), false;
        const auto& object = v.get_object();
        bool ok = true;
        boost::hana::for_each(boost::hana::accessors<T>(), [&](auto field) {
            const char* name = boost::hana::to<const char*>(boost::hana::first(field));
            auto& target = boost::hana::second(field)(out);
            using field_type = std::remove_cvref_t<decltype(target)>;
            const auto* found = object.if_contains(name);
            if constexpr (is_optional<field_type>) {
                target.reset();
                if (found) ok = read_into(*found, at / name, target) && ok;
            } else if (!found) {
                error(read_error_kind::missing_field, at / name,
                      {"le champ \"" + std::string{name} + "\"", "the field \"" + std::string{name} + "\""}, {"rien", "nothing"});
                ok = false;
            } else {
                ok = read(*found, at / name, target) && ok;
            }
        });
        for (const auto& [key, value] : object) {
            const std::string_view k{key.data(), key.size()};
            bool known = false;
            boost::hana::for_each(boost::hana::keys(out), [&](auto name) { known = known || k == boost::hana::to<const char*>(name); });
            for (const auto allowed : also_allowed) known = known || k == allowed;
            if (!known) {
                error(read_error_kind::unknown_field, at / k, {"les seuls champs du format", "only the fields of the format"},
                      {"le champ inconnu \"" + std::string{k} + "\"", "the unknown field \"" + std::string{k} + "\""});
                ok = false;
            }
        }
        return ok;
    }

private:
    template <class Id>
    static bilingual identifier_name() {
        if constexpr (std::is_same_v<Id, siren>) return {"un SIREN (9 chiffres avec une clé de Luhn)", "a SIREN (9 digits with a Luhn key)"};
        else if constexpr (std::is_same_v<Id, siret>) return {"un SIRET (14 chiffres avec une clé de Luhn)", "a SIRET (14 digits with a Luhn key)"};
        else if constexpr (std::is_same_v<Id, finess>) return {"un numéro FINESS (9 caractères)", "a FINESS number (9 characters)"};
        else
            return {"un code commune INSEE (5 caractères, comme \"75120\" ou \"2A004\")",
                    "an INSEE commune code (5 characters, such as \"75120\" or \"2A004\")"};
    }

    /// Reads a value of T into an optional (for elements of arrays and optional fields); types without
    /// a default constructor (a profession, a member) are built only from a value that reads.
    template <class T>
    bool read_into(const json::value& v, const field_path& at, std::optional<T>& out) {
        if constexpr (std::is_default_constructible_v<T>) {
            T value{};
            if (!read(v, at, value)) return false;
            out = std::move(value);
            return true;
        } else {
            return read_constructed(v, at, out);
        }
    }
    bool read_constructed(const json::value& v, const field_path& at, std::optional<profession>& out) {
        std::optional<profession> p = professions::doctor;
        if (!read(v, at, *p)) return false;
        out = p;
        return true;
    }
    template <class Id>
        requires requires(std::string_view s) { { Id::parse(s) } -> std::same_as<identifier_result<Id>>; }
    bool read_constructed(const json::value& v, const field_path& at, std::optional<Id>& out) {
        out = parse_identifier<Id>(v, at);
        return out.has_value();
    }
    /// An identifier from its text, or nothing after reporting why not.
    template <class Id>
    std::optional<Id> parse_identifier(const json::value& v, const field_path& at) {
        const bilingual expected = identifier_name<Id>();
        if (!v.is_string()) return wrong_type(at, expected, v), std::nullopt;
        const auto r = Id::parse(std::string_view{v.get_string().data(), v.get_string().size()});
        if (const auto* e = std::get_if<identifier_error>(&r)) {
            const bilingual why = *e == identifier_error::wrong_length ? bilingual{" (mauvaise longueur)", " (wrong length)"}
                                  : *e == identifier_error::not_digits
                                      ? bilingual{" (un caractère qui n'a pas sa place)", " (a character that may not stand there)"}
                                      : bilingual{" (mauvaise clé)", " (wrong check digit)"};
            auto found = describe(v);
            found.fr += why.fr;
            found.en += why.en;
            error(read_error_kind::invalid_value, at, expected, std::move(found));
            return std::nullopt;
        }
        return std::get<Id>(r);
    }
    bool read_constructed(const json::value& v, const field_path& at, std::optional<member>& out) {
        member m{organisation{}};
        if (!read(v, at, m)) return false;
        out = std::move(m);
        return true;
    }
    bool read_constructed(const json::value& v, const field_path& at, std::optional<person>& out) {
        person p{{}, professions::doctor, {}, {}, {}, {}};
        if (!read(v, at, p)) return false;
        out = std::move(p);
        return true;
    }

    /// A variant written as an object with one key naming its alternative.
    template <class Variant>
    bool read_alternatives(const json::value& v, const field_path& at, Variant& out, bilingual expected, const char* first,
                           const char* second) {
        if (!v.is_object() || v.get_object().size() != 1) return wrong_type(at, std::move(expected), v), false;
        const auto& [key, inner] = *v.get_object().begin();
        const std::string_view k{key.data(), key.size()};
        if (k == first) {
            std::optional<std::variant_alternative_t<0, Variant>> value;
            if (!read_into(inner, at / k, value)) return false;
            out = std::move(*value);
            return true;
        }
        if (k == second) {
            std::optional<std::variant_alternative_t<1, Variant>> value;
            if (!read_into(inner, at / k, value)) return false;
            out = std::move(*value);
            return true;
        }
        error(read_error_kind::unknown_field, at / k, std::move(expected), {"la clé \"" + std::string{k} + "\"", "the key \"" + std::string{k} + "\""});
        return false;
    }

    std::vector<read_error>& errors_;
};

/// Two members are the same when they have the same name and the same job (or kind).
inline void check_duplicate_members(const std::vector<member>& members, const field_path& at, reader& r) {
    for (std::size_t j = 1; j < members.size(); ++j) {
        for (std::size_t i = 0; i < j; ++i) {
            const bool same = std::visit(
                [](const auto& a, const auto& b) {
                    using A = std::remove_cvref_t<decltype(a)>;
                    using B = std::remove_cvref_t<decltype(b)>;
                    if constexpr (!std::is_same_v<A, B>) return false;
                    else if constexpr (std::is_same_v<A, person>) return !a.name.empty() && a.name == b.name && a.job == b.job;
                    else return !a.name.empty() && a.name == b.name && a.kind == b.kind;
                },
                members[i], members[j]);
            if (same) {
                r.error(read_error_kind::duplicate_member, at / j, {"chaque membre une seule fois", "each member listed once"},
                        {"le même membre que " + (at / i).json_pointer(), "the same member as " + (at / i).json_pointer()});
                break;
            }
        }
    }
}

template <structure_kind K>
bool read_structure(const json::value& v, const field_path& at, reader& r, std::optional<any_structure>& out) {
    structure<K> s;
    if (!r.read(v, at, s, {"kind"})) return false;
    check_duplicate_members(s.members, at / "members", r);
    out = std::move(s);
    return true;
}

}  // namespace detail::json_io

/// Reads a dossier from JSON text. Never throws for bad input (only std::bad_alloc).
[[nodiscard]] inline read_result read_dossier(std::string_view text, const read_limits& limits = {}) {
    read_result result;
    auto fail = [&](read_error_kind kind, std::string pointer, bilingual expected, bilingual found) {
        result.errors.push_back(read_error{kind, std::move(pointer), std::move(expected), std::move(found)});
        return result;
    };
    if (text.size() > limits.max_bytes)
        return fail(read_error_kind::too_large, "",
                    {"au plus " + std::to_string(limits.max_bytes) + " octets", "at most " + std::to_string(limits.max_bytes) + " bytes"},
                    {std::to_string(text.size()) + " octets", std::to_string(text.size()) + " bytes"});
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return fail(read_error_kind::empty_input, "", {"un document JSON", "a JSON document"}, {"rien", "nothing"});

    // 1. Scan: syntax, UTF-8, limits, duplicate keys, each with its pointer.
    json::parse_options options;
    options.max_depth = limits.max_depth + 1;  // the scanner reports depth itself, with a pointer
    {
        std::optional<read_error> scan_error;
        json::basic_parser<detail::json_io::scanner> parser{options, limits, scan_error};
        json::error_code ec;
        const std::size_t used = parser.write_some(false, text.data(), text.size(), ec);
        if (scan_error) return fail(scan_error->kind, scan_error->pointer, scan_error->expected, scan_error->found);
        if (ec)
            return fail(read_error_kind::syntax, parser.handler().pointer(), {"du JSON valide", "valid JSON"},
                        {ec.message() + " à l'octet " + std::to_string(used), ec.message() + " at byte " + std::to_string(used)});
        if (text.substr(used).find_first_not_of(" \t\r\n") != std::string_view::npos)
            return fail(read_error_kind::syntax, "", {"rien après le document JSON", "nothing after the JSON document"},
                        {"du texte à l'octet " + std::to_string(used), "more text at byte " + std::to_string(used)});
    }

    // 2. Build the value and map it.
    json::error_code ec;
    const json::value document = json::parse(json::string_view{text.data(), text.size()}, ec, {}, options);
    if (ec) return fail(read_error_kind::syntax, "", {"du JSON valide", "valid JSON"}, detail::json_io::same(ec.message()));

    detail::json_io::reader r{result.errors};
    const field_path root;
    if (!document.is_object()) {
        r.wrong_type(root, detail::json_io::same("{\"format\": \"coordcare-dossier\", ...}"), document);
        return result;
    }
    const auto& object = document.get_object();
    const auto* format = object.if_contains("format");
    if (!format || !format->is_string() || format->get_string() != json::string_view{dossier_format.data(), dossier_format.size()})
        return fail(read_error_kind::unsupported_format, "/format", detail::json_io::same("\"coordcare-dossier\""),
                    format ? detail::json_io::describe(*format) : bilingual{"rien", "nothing"});
    const auto* version = object.if_contains("version");
    if (!version)
        return fail(read_error_kind::missing_field, "/version", {"la version du format (1)", "the format version (1)"}, {"rien", "nothing"});
    if (!version->is_int64() && !version->is_uint64()) {
        r.wrong_type(root / "version", {"la version du format, un entier (1)", "the format version, an integer (1)"}, *version);
        return result;
    }
    if (version->is_uint64() || version->get_int64() < 1)
        return fail(read_error_kind::out_of_range, "/version", {"une version de format >= 1", "a format version >= 1"},
                    detail::json_io::describe(*version));
    if (version->get_int64() != dossier_format_version)
        return fail(read_error_kind::unsupported_format, "/version",
                    {"la version " + std::to_string(dossier_format_version) + " (celle que lit cette bibliothèque)",
                     "version " + std::to_string(dossier_format_version) + " (the version this library reads)"},
                    detail::json_io::describe(*version));
    for (const auto& [key, value] : object) {
        const std::string_view k{key.data(), key.size()};
        if (k != "format" && k != "version" && k != "structures")
            r.error(read_error_kind::unknown_field, root / k,
                    {"seulement \"format\", \"version\" et \"structures\"", "only \"format\", \"version\" and \"structures\""},
                    {"le champ inconnu \"" + std::string{k} + "\"", "the unknown field \"" + std::string{k} + "\""});
    }
    const auto* structures = object.if_contains("structures");
    if (!structures)
        return fail(read_error_kind::missing_field, "/structures", {"la liste des structures", "the list of structures"}, {"rien", "nothing"});
    if (!structures->is_array()) {
        r.wrong_type(root / "structures", {"un tableau de structures", "an array of structures"}, *structures);
        return result;
    }

    dossier d;
    for (std::size_t i = 0; i < structures->get_array().size(); ++i) {
        const auto& s = structures->get_array()[i];
        const auto at = root / "structures" / i;
        const json::value* kind = s.is_object() ? s.get_object().if_contains("kind") : nullptr;
        if (!s.is_object()) {
            r.wrong_type(at, {"un objet structure", "a structure object"}, s);
            continue;
        }
        if (!kind) {
            r.error(read_error_kind::missing_field, at / "kind",
                    {"le type : \"ESP\", \"ESS\", \"MSP\", \"CDS\" ou \"CPTS\"", "the kind: \"ESP\", \"ESS\", \"MSP\", \"CDS\" or \"CPTS\""},
                    {"rien", "nothing"});
            continue;
        }
        const auto k = kind->is_string() ? structure_kind_from_acronym({kind->get_string().data(), kind->get_string().size()})
                                         : std::nullopt;
        std::optional<any_structure> read;
        switch (k.value_or(structure_kind::dac)) {
            case structure_kind::esp: detail::json_io::read_structure<structure_kind::esp>(s, at, r, read); break;
            case structure_kind::ess: detail::json_io::read_structure<structure_kind::ess>(s, at, r, read); break;
            case structure_kind::msp: detail::json_io::read_structure<structure_kind::msp>(s, at, r, read); break;
            case structure_kind::cds: detail::json_io::read_structure<structure_kind::cds>(s, at, r, read); break;
            case structure_kind::cpts: detail::json_io::read_structure<structure_kind::cpts>(s, at, r, read); break;
            case structure_kind::dac:
                r.error(read_error_kind::unknown_code, at / "kind",
                        {"\"ESP\", \"ESS\", \"MSP\", \"CDS\" ou \"CPTS\"", "\"ESP\", \"ESS\", \"MSP\", \"CDS\" or \"CPTS\""},
                        detail::json_io::describe(*kind));
                break;
        }
        if (read) d.structures.push_back(std::move(*read));
    }
    if (result.errors.empty()) result.value = std::move(d);
    return result;
}

// ---- Writing ------------------------------------------------------------------------------------

namespace detail::json_io {

inline json::value write(bool b) { return b; }
inline json::value write(const std::string& s) { return json::string{s.data(), s.size()}; }
template <coded_enum E>
json::value write(E e) {
    const auto id = detail::entry_of(enum_codec<E>::table, e, enum_codec<E>::value).*enum_codec<E>::id;
    return json::string{id.data(), id.size()};
}
inline json::value write(profession p) { return static_cast<std::int64_t>(p.tre_g15_code()); }
inline json::value write(date d) { return json::string{iso_text(d)}; }
template <class Id>
    requires requires(std::string_view s) { { Id::parse(s) } -> std::same_as<identifier_result<Id>>; }
json::value write(const Id& id) {
    return json::string{id.text().data(), id.text().size()};
}
json::value write(const occupation& o);
json::value write(const member& m);
template <class T>
json::value write(const std::vector<T>& v);
template <class T>
    requires boost::hana::Struct<T>::value
json::value write(const T& value) {
    json::object out;
    boost::hana::for_each(boost::hana::accessors<T>(), [&](auto field) {
        const char* name = boost::hana::to<const char*>(boost::hana::first(field));
        const auto& v = boost::hana::second(field)(value);
        using field_type = std::remove_cvref_t<decltype(v)>;
        if constexpr (requires { v.has_value(); typename field_type::value_type; }) {
            if (v) out[name] = write(*v);
        } else {
            out[name] = write(v);
        }
    });
    return out;
}
template <class T>
json::value write(const std::vector<T>& v) {
    json::array out;
    out.reserve(v.size());
    for (const auto& x : v) out.push_back(write(x));
    return out;
}
inline json::value write(const occupation& o) {
    json::object out;
    if (const auto* p = std::get_if<profession>(&o)) out["profession"] = write(*p);
    else out["role"] = write(std::get<non_health_role>(o));
    return out;
}
inline json::value write(const member& m) {
    json::object out;
    if (const auto* p = std::get_if<person>(&m)) out["person"] = write(*p);
    else out["organisation"] = write(std::get<organisation>(m));
    return out;
}

}  // namespace detail::json_io

/// The JSON value of a dossier, in the canonical form: fields in the format's order, absent optional
/// fields left out. read_dossier(serialize(to_json(d))) gives d back.
[[nodiscard]] inline json::value to_json(const dossier& d) {
    json::object out;
    out["format"] = json::string{dossier_format.data(), dossier_format.size()};
    out["version"] = dossier_format_version;
    json::array structures;
    for (const auto& s : d.structures) {
        std::visit(
            [&](const auto& x) {
                json::object o;
                o["kind"] = json::string{acronym(kind_of_v<decltype(x)>).data(), acronym(kind_of_v<decltype(x)>).size()};
                json::value fields = detail::json_io::write(x);
                for (auto& [key, value] : fields.as_object()) o[key] = std::move(value);
                structures.push_back(std::move(o));
            },
            s);
    }
    out["structures"] = std::move(structures);
    return out;
}

/// JSON text indented by two spaces per level (Boost.JSON's serialize() writes one line).
[[nodiscard]] inline std::string pretty(const json::value& v, std::size_t indent = 0) {
    const std::string pad(indent + 2, ' '), end_pad(indent, ' ');
    std::string out;
    if (v.is_object() && !v.get_object().empty()) {
        out += "{\n";
        bool first = true;
        for (const auto& [key, value] : v.get_object()) {
            if (!first) out += ",\n";
            first = false;
            out += pad + json::serialize(json::string{key}) + ": " + pretty(value, indent + 2);
        }
        return out + "\n" + end_pad + "}";
    }
    if (v.is_array() && !v.get_array().empty()) {
        out += "[\n";
        bool first = true;
        for (const auto& value : v.get_array()) {
            if (!first) out += ",\n";
            first = false;
            out += pad + pretty(value, indent + 2);
        }
        return out + "\n" + end_pad + "]";
    }
    return json::serialize(v);
}

/// The dossier as indented JSON text.
[[nodiscard]] inline std::string write_dossier(const dossier& d) { return pretty(to_json(d)) + "\n"; }

}  // namespace coordcare
