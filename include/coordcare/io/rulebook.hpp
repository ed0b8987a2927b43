// coordcare — reading a rulebook (a user's or a region's figures over the national ones) from JSON:
//
//   {"format": "coordcare-rulebook", "version": 2, "name": "ARS PACA 2026", "what_if": false,
//    "figures": [{"id": "ACI_CPTS.2019.SIZE_3_FROM", "value": {"count": 80001},
//                 "certainty": "stated", "source": "our reading of the ACI: 80 000 is size 2"}]}
//
// A value names its kind: {"count": integer}, {"amount": "euros"}, {"percent": "75"} or
// {"proration": "days" | "months"}. Version 2 adds "what_if" (true: the rulebook may replace figures of the law,
// for a simulation) and names the certainty S "stated" ("seed" in version 1, still read). Strict like the
// dossier: every error with its JSON pointer, unknown
// keys refused, never a partial rulebook. Whether each id exists and takes that kind of value is
// checked when the rulebook is applied (parameters::apply), which the checker reports with the entry's
// pointer. docs/json-format.md#rulebook.
#pragma once

#include <coordcare/io/funding_codec.hpp>
#include <coordcare/io/reader.hpp>
#include <coordcare/io/scanner.hpp>
#include <coordcare/parameters/rulebook.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>

#include <string>
#include <string_view>

namespace coordcare {

inline constexpr std::string_view rulebook_format = "coordcare-rulebook";
inline constexpr std::int64_t rulebook_format_version = 2;

namespace detail::json_io {
inline bool read_figure_value(const json::value& v, const path_step& at, json_reader& r, parameters::figure_value& out) {
    object_fields f{v, at, r,
                    {"une valeur : {\"count\": n}, {\"amount\": \"euros\"}, {\"percent\": \"75\"} ou {\"proration\": \"days\"}",
                     "a value: {\"count\": n}, {\"amount\": \"euros\"}, {\"percent\": \"75\"} or {\"proration\": \"days\"}"},
                    {"count", "amount", "percent", "proration"}};
    if (!f.is_object()) return false;
    if (v.get_object().size() != 1) {
        r.error(read_error_kind::invalid_value, at, {"exactement une des clés count, amount, percent, proration",
                                                     "exactly one of the keys count, amount, percent, proration"},
                {std::to_string(v.get_object().size()) + " clés", std::to_string(v.get_object().size()) + " keys"});
        return false;
    }
    f.read_with("count", false, [&](const json::value& x, const path_step& p) {
        std::int64_t n = 0;
        const bool ok = read_integer(x, p, r, 0, std::int64_t{1'000'000'000'000}, {"un entier >= 0", "an integer >= 0"}, n);
        out = n;
        return ok;
    });
    f.read_with("amount", false, [&](const json::value& x, const path_step& p) {
        euros e;
        const bool ok = read_amount(x, p, r, e);
        out = e;
        return ok;
    });
    f.read_with("percent", false, [&](const json::value& x, const path_step& p) {
        const bilingual what{"un pourcentage, une chaîne de 0 à 100 (\"75\")", "a percentage, a string from 0 to 100 (\"75\")"};
        if (!x.is_string()) return r.wrong_type(p, what, x), false;
        const auto bp = parse_hundredths({x.get_string().data(), x.get_string().size()});
        if (!bp || *bp > 10'000) return r.error(read_error_kind::out_of_range, p, what, describe(x)), false;
        out = percent::basis_points(*bp);
        return true;
    });
    f.read_with("proration", false, [&](const json::value& x, const path_step& p) {
        const bilingual what{"\"days\" ou \"months\"", "\"days\" or \"months\""};
        if (!x.is_string()) return r.wrong_type(p, what, x), false;
        const std::string_view t{x.get_string().data(), x.get_string().size()};
        if (t != "days" && t != "months") return r.error(read_error_kind::unknown_code, p, what, describe(x)), false;
        out = t == "days" ? proration_basis::days : proration_basis::months;
        return true;
    });
    return f.ok();
}
}  // namespace detail::json_io

/// Reads a rulebook from JSON text. Never throws for bad input (only std::bad_alloc).
[[nodiscard]] inline read_outcome<parameters::rulebook> read_rulebook(std::string_view text, const read_limits& limits = {}) {
    read_outcome<parameters::rulebook> result;
    auto fail = [&](read_error e) {
        result.errors.push_back(std::move(e));
        return result;
    };
    json::monotonic_resource arena;
    const auto parsed = detail::json_io::parse_document(text, limits, arena, result.errors);
    if (!parsed) return result;
    const json::value& document = *parsed;
    json_reader r{result.errors};
    const path_step root;
    detail::json_io::object_fields top{document, root, r, {"{\"format\": \"coordcare-rulebook\", ...}", "{\"format\": \"coordcare-rulebook\", ...}"},
                                       {"format", "version", "name", "what_if", "figures"}};
    if (!top.is_object()) return result;
    const auto* format = top.get("format", true);
    if (format && (!format->is_string() || format->get_string() != json::string_view{rulebook_format.data(), rulebook_format.size()}))
        return fail({read_error_kind::unsupported_format, "/format", same("\"coordcare-rulebook\""), detail::json_io::describe(*format)});
    top.read_with("version", true, [&](const json::value& x, const path_step& p) {
        std::int64_t n = 0;
        if (!detail::json_io::read_integer(x, p, r, 1, 1'000'000, {"la version du format (1)", "the format version (1)"}, n)) return false;
        if (n < 1 || n > rulebook_format_version) {
            r.error(read_error_kind::unsupported_format, p, {"la version 1 ou 2", "version 1 or 2"}, detail::json_io::describe(x));
            return false;
        }
        r.format_version = n;
        return true;
    });
    parameters::rulebook book;
    top.read("name", book.name);
    top.since("what_if", 2);
    if (const auto* w = top.get("what_if", false)) {
        if (w->is_bool()) book.what_if = w->get_bool();
        else r.wrong_type(root / "what_if", {"true ou false", "true or false"}, *w), top.fail();
    }
    top.read_with("figures", true, [&](const json::value& x, const path_step& p) {
        if (!x.is_array()) return r.wrong_type(p, {"un tableau de figures", "an array of figures"}, x), false;
        bool ok = true;
        for (std::size_t i = 0; i < x.get_array().size(); ++i) {
            detail::json_io::object_fields f{x.get_array()[i], p / i, r, {"une figure", "a figure"}, {"id", "value", "certainty", "source"}};
            if (!f.is_object()) {
                ok = false;
                continue;
            }
            parameters::figure_override o;
            f.read("id", o.id);
            f.read_with("value", true, [&](const json::value& v, const path_step& q) { return detail::json_io::read_figure_value(v, q, r, o.value); });
            f.read_with("certainty", true, [&](const json::value& v, const path_step& q) {
                const bilingual what{"\"confirmed\", \"stated\" ou \"uncertain\"", "\"confirmed\", \"stated\" or \"uncertain\""};
                if (!v.is_string()) return r.wrong_type(q, what, v), false;
                const std::string_view t{v.get_string().data(), v.get_string().size()};
                if (t == "confirmed") o.status = certainty::confirmed;
                else if (t == "stated" || t == "seed") o.status = certainty::stated;  // "seed": its name in version 1
                else if (t == "uncertain") o.status = certainty::uncertain;
                else return r.error(read_error_kind::unknown_code, q, what, detail::json_io::describe(v)), false;
                return true;
            });
            f.read("source", o.source);
            if (f.ok() && o.source.empty()) {
                r.error(read_error_kind::invalid_value, p / i / "source", {"la source de la figure", "the figure's source"}, {"une chaîne vide", "an empty string"});
                f.fail();
            }
            if (f.ok()) book.figures.push_back(std::move(o));
            else ok = false;
        }
        return ok;
    });
    if (result.errors.empty() && top.ok()) result.value = std::move(book);
    return result;
}

}  // namespace coordcare
