// coordcare — how each type maps to JSON and back: the codec, and the customisation point for a user's
// own types.
//
// One generic mechanism maps every value type both ways: Boost.Hana reflection for the structs (their
// fields by name, in order), a table-driven codec per enumeration (the ids of the vocabulary's own
// tables), and a few leaf types (profession: its TRE_G15 code; dates: ISO 8601; identifiers: their text).
//
// The customisation point is json_codec<T> — as nlohmann::json's adl_serializer. Its primary template
// holds the library's mapping; specialise it for a type of yours and every container of it (a field of a
// reflected struct, a std::vector, a std::optional) uses your mapping:
//
//   template <>
//   struct coordcare::json_codec<my::badge> {
//       static json::value write(const my::badge& b) { return json::string{b.code}; }
//       static bool read(const json::value& v, json_reader& r, const path_step& at, my::badge& out) {
//           if (!v.is_string()) return r.wrong_type(at, {"un badge", "a badge"}, v), false;
//           out.code = std::string{v.get_string()};
//           return true;
//       }
//   };
//
// A struct of yours adapted with BOOST_HANA_ADAPT_STRUCT needs no codec at all: it is an object with its
// fields. A type read through the codec is default constructible (the reader builds it, then fills it).
// docs/json-format.md has a compiled example.
#pragma once

#include <coordcare/io/errors.hpp>
#include <coordcare/io/path.hpp>
#include <coordcare/io/scanner.hpp>
#include <coordcare/structures/members.hpp>
#include <coordcare/structures/reflection.hpp>

#include <array>
#include <coordcare/structures/structure.hpp>

#include <boost/hana/accessors.hpp>
#include <boost/hana/core/to.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/keys.hpp>
#include <boost/hana/pair.hpp>
#include <boost/hana/string.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace coordcare {

/// How T maps to JSON: `static json::value write(const T&)` and
/// `static bool read(const json::value&, json_reader&, const path_step&, T&)` (a `const field_path&`
/// also binds, building the path for each value). Specialise it for your own types; the primary
/// template is the library's mapping (defined below).
template <class T>
struct json_codec;

// ---- Enumeration codecs: the JSON id of each enumerator, from the vocabulary's tables ------------

template <class E>
struct enum_codec;

#define COORDCARE_ENUM_CODEC(Enum, Table, Entry, Member, What) \
    template <>                                                \
    struct enum_codec<Enum> {                                  \
        static constexpr const auto& table = Table;            \
        static constexpr auto value = &Entry::Member;          \
        static constexpr auto id = &Entry::id;                 \
        static constexpr label what = What;                    \
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

namespace detail::json_io {
template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

template <class Id>
concept identifier_type = requires(std::string_view s) {
    { Id::parse(s) } -> std::same_as<identifier_result<Id>>;
};
}  // namespace detail::json_io

// ---- Reading ------------------------------------------------------------------------------------

/// Maps JSON values onto the value types, collecting every error (never throws for bad input). A user's
/// codec receives it to report errors and to read the library's types inside its own.
class json_reader {
public:
    explicit json_reader(std::vector<read_error>& errors) : errors_{errors} {}

    /// The format version of the document being read (0: none, every field is allowed): a field of a later
    /// version is refused, with the version it belongs to.
    std::int64_t format_version = 0;

    void error(read_error_kind kind, const path_step& at, bilingual expected, bilingual found) {
        errors_.push_back(read_error{kind, at.json_pointer(), std::move(expected), std::move(found)});
    }
    [[nodiscard]] std::size_t error_count() const noexcept { return errors_.size(); }
    void wrong_type(const path_step& at, bilingual expected, const json::value& v) {
        error(read_error_kind::wrong_type, at, std::move(expected), detail::json_io::describe(v));
    }

    /// Reads `v` into `out` through json_codec<T>; false (with errors recorded) when it cannot.
    template <class T>
    bool read(const json::value& v, const path_step& at, T& out) {
        return json_codec<T>::read(v, *this, at, out);
    }

    // The library's mapping, which the primary json_codec uses.
    bool read_builtin(const json::value& v, const path_step& at, bool& out) {
        if (!v.is_bool()) return wrong_type(at, {"true ou false", "true or false"}, v), false;
        out = v.get_bool();
        return true;
    }
    bool read_builtin(const json::value& v, const path_step& at, std::string& out) {
        if (!v.is_string()) return wrong_type(at, {"une chaîne", "a string"}, v), false;
        out.assign(v.get_string().data(), v.get_string().size());
        return true;
    }
    template <coded_enum E>
    bool read_builtin(const json::value& v, const path_step& at, E& out) {
        using codec = enum_codec<E>;
        // The texts of an error are made only for an error: a value read costs no allocation.
        const label what = codec::what;
        if (!v.is_string()) return wrong_type(at, owned(what), v), false;
        const std::string_view text{v.get_string().data(), v.get_string().size()};
        const auto i = detail::find_index(codec::table, text, codec::id);
        if (!i) {
            std::string ids;
            for (const auto& e : codec::table) (ids += ' ') += e.*codec::id;
            return error(read_error_kind::unknown_code, at, bilingual{} << what << label{" (parmi :", " (one of:"} << ids << ")",
                         detail::json_io::describe(v)),
                   false;
        }
        out = codec::table[*i].*codec::value;
        return true;
    }
    bool read_builtin(const json::value& v, const path_step& at, profession& out) {
        constexpr label what{"un code de profession TRE_G15 (un entier, par exemple 10 pour un médecin)",
                             "a TRE_G15 profession code (an integer such as 10 for a doctor)"};
        if (v.is_double()) return error(read_error_kind::out_of_range, at, owned(what), detail::json_io::describe(v)), false;
        if (!v.is_int64() && !v.is_uint64()) return wrong_type(at, owned(what), v), false;
        if (v.is_uint64() || v.get_int64() < 0 || v.get_int64() > 255)
            return error(read_error_kind::out_of_range, at, owned(what), detail::json_io::describe(v)), false;
        const int code = static_cast<int>(v.get_int64());
        const auto p = profession::from_tre_g15(code);
        if (!p) {
            bilingual expected = owned(what);
            if (non_health_role_from_tre_r95(code))
                expected << label{" ; les codes TRE_R95 sont des rôles : {\"role\": \"...\"}", "; TRE_R95 codes are roles: {\"role\": \"...\"}"};
            return error(read_error_kind::unknown_code, at, std::move(expected), detail::json_io::describe(v)), false;
        }
        out = *p;
        return true;
    }
    bool read_builtin(const json::value& v, const path_step& at, date& out) {
        if (!v.is_string()) return wrong_type(at, {"une date \"AAAA-MM-JJ\"", "a date \"YYYY-MM-DD\""}, v), false;
        const auto d = parse_date(std::string_view{v.get_string().data(), v.get_string().size()});
        if (!d)
            return error(read_error_kind::invalid_value, at, {"une date \"AAAA-MM-JJ\" qui existe", "a date \"YYYY-MM-DD\" that exists"},
                         detail::json_io::describe(v)),
                   false;
        out = *d;
        return true;
    }
    template <detail::json_io::identifier_type Id>
    bool read_builtin(const json::value& v, const path_step& at, Id& out) {
        const auto id = parse_identifier<Id>(v, at);
        if (id) out = *id;
        return id.has_value();
    }
    bool read_builtin(const json::value& v, const path_step& at, occupation& out) {
        return read_alternatives(v, at, out,
                                 {"un métier : {\"profession\": code TRE_G15} ou {\"role\": nom}",
                                  "a job: {\"profession\": TRE_G15 code} or {\"role\": name}"},
                                 "profession", "role");
    }
    bool read_builtin(const json::value& v, const path_step& at, member& out) {
        return read_alternatives(v, at, out,
                                 {"un membre : {\"person\": {...}} ou {\"organisation\": {...}}",
                                  "a member: {\"person\": {...}} or {\"organisation\": {...}}"},
                                 "person", "organisation");
    }
    template <class T>
    bool read_builtin(const json::value& v, const path_step& at, std::vector<T>& out) {
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
    /// A struct reflected with Hana: an object with exactly its fields (optionals may be absent), and
    /// the keys of `also_allowed` (read by the caller).
    template <class T>
        requires boost::hana::Struct<T>::value
    bool read_builtin(const json::value& v, const path_step& at, T& out, std::initializer_list<std::string_view> also_allowed = {}) {
        if (!v.is_object()) return wrong_type(at, {"un objet", "an object"}, v), false;
        const auto& object = v.get_object();
        bool ok = true;
        std::size_t present = 0;
        boost::hana::for_each(boost::hana::accessors<T>(), [&](auto field) {
            const char* name = boost::hana::to<const char*>(boost::hana::first(field));
            auto& target = boost::hana::second(field)(out);
            using field_type = std::remove_cvref_t<decltype(target)>;
            const auto* found = object.if_contains(name);
            present += found ? 1 : 0;
            if constexpr (detail::json_io::is_optional<field_type>) {
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
        // Every key is a field (the scan refused duplicate keys): no key to look for among the others.
        if (present == object.size()) return ok;
        static constexpr auto names = boost::hana::unpack(boost::hana::accessors<T>(), [](auto... field) {
            return std::array<std::string_view, sizeof...(field)>{
                std::string_view{boost::hana::to<const char*>(boost::hana::first(field))}...};
        });
        for (const auto& [key, value] : object) {
            const std::string_view k{key.data(), key.size()};
            bool known = false;
            for (const auto name : names) known = known || k == name;
            for (const auto allowed : also_allowed) known = known || k == allowed;
            if (!known) {
                error(read_error_kind::unknown_field, at / k, {"les seuls champs du format", "only the fields of the format"},
                      {"le champ inconnu \"" + std::string{k} + "\"", "the unknown field \"" + std::string{k} + "\""});
                ok = false;
            }
        }
        return ok;
    }

    /// Reads a value of T into an optional (for elements of arrays and optional fields); types without
    /// a default constructor (a profession, a member, an identifier) are built only from a value that reads.
    template <class T>
    bool read_into(const json::value& v, const path_step& at, std::optional<T>& out) {
        if constexpr (std::is_default_constructible_v<T>) {
            T value{};
            if (!read(v, at, value)) return false;
            out = std::move(value);
            return true;
        } else {
            return read_constructed(v, at, out);
        }
    }

private:
    template <class Id>
    static bilingual identifier_name() {
        if constexpr (std::is_same_v<Id, siren>) return {"un SIREN (9 chiffres avec une clé de Luhn)", "a SIREN (9 digits with a Luhn key)"};
        else if constexpr (std::is_same_v<Id, siret>) return {"un SIRET (14 chiffres avec une clé de Luhn)", "a SIRET (14 digits with a Luhn key)"};
        else if constexpr (std::is_same_v<Id, finess>) return {"un numéro FINESS (9 caractères)", "a FINESS number (9 characters)"};
        else if constexpr (std::is_same_v<Id, rpps_number>) return {"un numéro RPPS (11 chiffres avec une clé de Luhn)", "an RPPS number (11 digits with a Luhn key)"};
        else
            return {"un code commune INSEE (5 caractères, comme \"75120\" ou \"2A004\")",
                    "an INSEE commune code (5 characters, such as \"75120\" or \"2A004\")"};
    }

    bool read_constructed(const json::value& v, const path_step& at, std::optional<profession>& out) {
        profession p = professions::doctor;
        if (!read(v, at, p)) return false;
        out = p;
        return true;
    }
    template <detail::json_io::identifier_type Id>
    bool read_constructed(const json::value& v, const path_step& at, std::optional<Id>& out) {
        out = parse_identifier<Id>(v, at);
        return out.has_value();
    }
    bool read_constructed(const json::value& v, const path_step& at, std::optional<member>& out) {
        member m{organisation{}};
        if (!read(v, at, m)) return false;
        out = std::move(m);
        return true;
    }
    bool read_constructed(const json::value& v, const path_step& at, std::optional<person>& out) {
        person p{{}, professions::doctor, {}, {}, {}, {}};
        if (!read(v, at, p)) return false;
        out = std::move(p);
        return true;
    }
    /// An identifier from its text, or nothing after reporting why not.
    template <class Id>
    std::optional<Id> parse_identifier(const json::value& v, const path_step& at) {
        const bilingual expected = identifier_name<Id>();
        if (!v.is_string()) return wrong_type(at, expected, v), std::nullopt;
        const auto r = Id::parse(std::string_view{v.get_string().data(), v.get_string().size()});
        if (const auto* e = std::get_if<identifier_error>(&r)) {
            const bilingual why = *e == identifier_error::wrong_length ? bilingual{" (mauvaise longueur)", " (wrong length)"}
                                  : *e == identifier_error::not_digits
                                      ? bilingual{" (un caractère qui n'a pas sa place)", " (a character that may not stand there)"}
                                      : bilingual{" (mauvaise clé)", " (wrong check digit)"};
            auto found = detail::json_io::describe(v);
            const std::string_view text{v.get_string().data(), v.get_string().size()};
            if constexpr (std::is_same_v<Id, commune_code>) {
                if (std::holds_alternative<postal_code>(postal_code::parse(text)))  // 20000: a postal code of Corsica
                    found << label{" (un code postal ; les codes INSEE de la Corse commencent par 2A ou 2B)",
                                   " (a postal code; Corsica's INSEE codes begin with 2A or 2B)"};
                else
                    found << why;
            } else {
                found << why;
            }
            error(read_error_kind::invalid_value, at, expected, std::move(found));
            return std::nullopt;
        }
        return std::get<Id>(r);
    }
    /// A variant written as an object with one key naming its alternative.
    template <class Variant>
    bool read_alternatives(const json::value& v, const path_step& at, Variant& out, bilingual expected, const char* first,
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

// ---- Writing ------------------------------------------------------------------------------------

namespace detail::json_io {
inline json::value write_builtin(bool b);
inline json::value write_builtin(const std::string& s);
template <coded_enum E>
json::value write_builtin(E e);
inline json::value write_builtin(profession p);
inline json::value write_builtin(date d);
template <identifier_type Id>
json::value write_builtin(const Id& id);
template <class T>
json::value write_builtin(const std::vector<T>& v);
template <class T>
    requires boost::hana::Struct<T>::value
json::value write_builtin(const T& value);
inline json::value write_builtin(const occupation& o);
inline json::value write_builtin(const member& m);
}  // namespace detail::json_io

/// The library's mapping, for every type it knows: the primary template of the customisation point.
template <class T>
struct json_codec {
    static json::value write(const T& value) { return detail::json_io::write_builtin(value); }
    static bool read(const json::value& v, json_reader& r, const path_step& at, T& out) { return r.read_builtin(v, at, out); }
};

namespace detail::json_io {

inline json::value write_builtin(bool b) { return b; }
inline json::value write_builtin(const std::string& s) { return json::string{s.data(), s.size()}; }
template <coded_enum E>
json::value write_builtin(E e) {
    const auto id = detail::entry_of(enum_codec<E>::table, e, enum_codec<E>::value).*enum_codec<E>::id;
    return json::string{id.data(), id.size()};
}
inline json::value write_builtin(profession p) { return static_cast<std::int64_t>(p.tre_g15_code()); }
inline json::value write_builtin(date d) { return json::string{iso_text(d)}; }
template <identifier_type Id>
json::value write_builtin(const Id& id) {
    return json::string{id.text().data(), id.text().size()};
}
template <class T>
json::value write_builtin(const std::vector<T>& v) {
    json::array out;
    out.reserve(v.size());
    for (const auto& x : v) out.push_back(json_codec<T>::write(x));
    return out;
}
template <class T>
    requires boost::hana::Struct<T>::value
json::value write_builtin(const T& value) {
    json::object out;
    boost::hana::for_each(boost::hana::accessors<T>(), [&](auto field) {
        const char* name = boost::hana::to<const char*>(boost::hana::first(field));
        const auto& v = boost::hana::second(field)(value);
        using field_type = std::remove_cvref_t<decltype(v)>;
        if constexpr (is_optional<field_type>) {
            if (v) out[name] = json_codec<typename field_type::value_type>::write(*v);
        } else {
            out[name] = json_codec<field_type>::write(v);
        }
    });
    return out;
}
inline json::value write_builtin(const occupation& o) {
    json::object out;
    if (const auto* p = std::get_if<profession>(&o)) out["profession"] = json_codec<profession>::write(*p);
    else out["role"] = json_codec<non_health_role>::write(std::get<non_health_role>(o));
    return out;
}
inline json::value write_builtin(const member& m) {
    json::object out;
    if (const auto* p = std::get_if<person>(&m)) out["person"] = json_codec<person>::write(*p);
    else out["organisation"] = json_codec<organisation>::write(std::get<organisation>(m));
    return out;
}

}  // namespace detail::json_io

/// The JSON value of any value the codec maps (a reflected struct, a member, a structure's fields...).
template <class T>
[[nodiscard]] json::value to_json_value(const T& value) {
    return json_codec<T>::write(value);
}

/// Reads a T from a JSON value: the value, or every error (pointers relative to `v`). Never throws for
/// bad input.
template <class T>
[[nodiscard]] read_outcome<T> from_json_value(const json::value& v) {
    read_outcome<T> out;
    json_reader r{out.errors};
    std::optional<T> value;
    r.read_into(v, path_step{}, value);
    if (out.errors.empty() && value) out.value = std::move(value);
    return out;
}

}  // namespace coordcare
