// coordcare — reading a dossier from JSON text: the scan (encoding, syntax, limits, duplicate keys),
// then the mapping of every structure through the codec, with every error and its JSON pointer.
//
// Reading never throws for bad input and never returns a partial dossier. Its cost is linear in the
// size of the input (bench/scaling.cpp measures it on 1×, 10× and 100× the members).
//
// This header needs Boost.JSON's implementation: link the CMake target coordcare::io (which links
// Boost::json), or include <boost/json/src.hpp> in exactly one translation unit.
#pragma once

#include <coordcare/io/codec.hpp>
#include <coordcare/io/funding_codec.hpp>
#include <coordcare/io/errors.hpp>
#include <coordcare/io/scanner.hpp>
#include <coordcare/dossier/dossier.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <string>
#include <string_view>
#include <unordered_map>

namespace coordcare {

/// The format's name and version, written in every dossier. Version 1 has the structures; version 2 adds
/// the funding records of a CPTS ("contract", "indemnities"); version 3 an MSP's year under the ACI MSP
/// ("aci_msp"), FIR plans ("fir_plan") and direct-access sessions ("direct_access"); version 4 a CPTS's
/// territory ("territory": its communes' INSEE codes); version 5 the event log of any structure's procedure
/// ("procedure": {"events": [...]}); version 6 a professional's RPPS number ("rpps", on a member and on an
/// indemnity), a contract's fonctionnement by year, a thematic CPTS's territory, an MSP with an IPA, the
/// reports of direct access to the patient and in the DMP. This library reads the six (an older file reads as before, and refuses the fields of a later version) and writes the
/// oldest version that holds the dossier; a later version is an unsupported_format error.
inline constexpr std::string_view dossier_format = "coordcare-dossier";
inline constexpr std::int64_t dossier_format_version = 6;
inline constexpr std::int64_t oldest_dossier_format_version = 1;

/// The result of reading a dossier: the dossier, or the errors that prevent it.
using read_result = read_outcome<dossier>;

namespace detail::json_io {

/// Two members are the same when they have the same name and the same job (or kind); a member without a
/// name is never a duplicate. The members sorted once by job and name (one allocation, O(n log n)); each
/// duplicate is reported in the members' order, with the first member it repeats.
inline void check_duplicate_members(const std::vector<member>& members, const path_step& at, json_reader& r) {
    struct entry {
        int job;  // a profession's TRE_G15 code; a role or an organisation's kind, apart from them
        std::string_view name;
        std::size_t index;
    };
    std::vector<entry> named;
    named.reserve(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (const auto* p = std::get_if<person>(&members[i])) {
            if (p->name.empty()) continue;
            const auto* code = std::get_if<profession>(&p->job);
            named.push_back({code ? code->tre_g15_code() : 1'000 + static_cast<int>(std::get<non_health_role>(p->job)), p->name, i});
        } else if (const auto& o = std::get<organisation>(members[i]); !o.name.empty()) {
            named.push_back({2'000 + static_cast<int>(o.kind), o.name, i});
        }
    }
    std::sort(named.begin(), named.end(), [](const entry& x, const entry& y) {
        return std::tie(x.job, x.name, x.index) < std::tie(y.job, y.name, y.index);
    });
    std::vector<std::pair<std::size_t, std::size_t>> repeats;  // (member, the first it repeats)
    for (std::size_t k = 1, first = 0; k < named.size(); ++k) {
        if (named[k].job != named[first].job || named[k].name != named[first].name) first = k;
        else repeats.emplace_back(named[k].index, named[first].index);
    }
    std::sort(repeats.begin(), repeats.end());
    for (const auto& [i, original] : repeats)
        r.error(read_error_kind::duplicate_member, at / i, {"chaque membre une seule fois", "each member listed once"},
                {"le même membre que " + (at / original).json_pointer(), "the same member as " + (at / original).json_pointer()});
    // An RPPS number names one professional: two members of a structure do not carry the same one.
    std::unordered_map<std::string_view, std::size_t> rpps_seen;
    for (std::size_t i = 0; i < members.size(); ++i) {
        const auto* p = std::get_if<person>(&members[i]);
        if (!p || !p->rpps) continue;
        const auto [it, added] = rpps_seen.try_emplace(p->rpps->text(), i);
        if (!added)
            r.error(read_error_kind::duplicate_member, at / i / "person" / "rpps", {"un numéro RPPS par professionnel", "one RPPS number per professional"},
                    {"le numéro RPPS de " + (at / it->second).json_pointer(), "the RPPS number of " + (at / it->second).json_pointer()});
    }
}

/// A member's RPPS number is a field of version 6.
inline void check_member_versions(const std::vector<member>& members, const path_step& at, json_reader& r, std::int64_t version) {
    if (version >= 6) return;
    for (std::size_t i = 0; i < members.size(); ++i)
        if (const auto* p = std::get_if<person>(&members[i]); p && p->rpps)
            r.error(read_error_kind::unknown_field, at / i / "person" / "rpps",
                    {"les champs de la version " + std::to_string(version) + " du format", "the fields of version " + std::to_string(version) + " of the format"},
                    {"le champ \"rpps\", de la version 6", "the field \"rpps\", of version 6"});
}

/// The fields a structure may have besides its own, the kinds that may have each, and the format version
/// from which it may.
struct record_field {
    std::string_view name;
    std::int64_t since_version;
    bool for_kind[5];  ///< ESP, ESS, MSP, CDS, CPTS
};
inline constexpr std::array<record_field, 7> record_fields{{
    {"contract", 2, {false, false, false, false, true}},
    {"indemnities", 2, {false, false, false, false, true}},
    {"aci_msp", 3, {false, false, true, false, false}},
    {"fir_plan", 3, {true, true, true, true, true}},
    {"direct_access", 3, {true, true, true, true, true}},
    {"territory", 4, {false, false, false, false, true}},
    {"procedure", 5, {true, true, true, true, true}},
}};

/// The event log of a structure's procedure: {"events": [{"event": "letter_filed", "date": "2024-01-10"},
/// ...]}, at least one event, each of a known kind with a real date; the events of a mission name it
/// ("mission"), the others do not (but an amendment may). Whether each event may happen where it is, and
/// on time, is for procedures::replay.
inline bool read_procedure(const json::value& v, const path_step& at, json_reader& r, funding_record& out) {
    object_fields f{v, at, r, {"le journal d'une procédure", "the log of a procedure"}, {"events"}};
    if (!f.is_object()) return false;
    std::vector<procedure_event> events;
    f.read_with("events", true, [&](const json::value& x, const path_step& p) {
        if (!x.is_array()) return r.wrong_type(p, {"un tableau d'événements datés", "an array of dated events"}, x), false;
        if (x.get_array().empty())
            return r.error(read_error_kind::out_of_range, p, {"au moins un événement", "at least one event"}, {"un tableau vide", "an empty array"}), false;
        bool ok = true;
        events.reserve(x.get_array().size());
        for (std::size_t i = 0; i < x.get_array().size(); ++i) {
            object_fields e{x.get_array()[i], p / i, r, {"un événement daté", "a dated event"}, {"event", "date", "mission"}};
            if (!e.is_object()) {
                ok = false;
                continue;
            }
            procedure_event event;
            e.read_with("event", true, [&](const json::value& k, const path_step& q) {
                std::string ids;
                for (const auto& entry : procedure_event_table) (ids += ' ') += entry.id;
                const bilingual what{"un événement de procédure (parmi :" + ids + ")", "a procedure event (one of:" + ids + ")"};
                if (!k.is_string()) return r.wrong_type(q, what, k), false;
                const auto kind = procedure_event_kind_from_id({k.get_string().data(), k.get_string().size()});
                if (!kind) return r.error(read_error_kind::unknown_code, q, what, describe(k)), false;
                event.kind = *kind;
                return true;
            });
            e.read("date", event.on);
            e.read_with("mission", false, [&](const json::value& m, const path_step& q) {
                cpts_mission mission{};
                if (!read_mission_id(m, q, r, mission)) return false;
                event.mission = mission;
                return true;
            });
            if (e.ok()) {
                const bool names = entry(event.kind).names_a_mission;
                if (names && !event.mission) {
                    r.error(read_error_kind::missing_field, p / i / "mission",
                            {"la mission de l'événement « " + std::string{id(event.kind)} + " »", "the mission of the event \"" + std::string{id(event.kind)} + "\""},
                            {"rien", "nothing"});
                    e.fail();
                } else if (!names && event.mission && event.kind != procedure_event_kind::amendment_signed) {
                    r.error(read_error_kind::unknown_field, p / i / "mission",
                            {"aucune mission pour l'événement « " + std::string{id(event.kind)} + " »", "no mission for the event \"" + std::string{id(event.kind)} + "\""},
                            {"une mission", "a mission"});
                    e.fail();
                }
            }
            if (e.ok()) events.push_back(event);
            else ok = false;
        }
        return ok;
    });
    if (!f.ok()) return false;
    out.events = std::move(events);
    return true;
}

/// A CPTS's territory: {"communes": ["13005", ...]}, at least one INSEE code, each well formed. Whether each
/// names a commune of the vintage in use is for territories::resolve, with a commune index.
inline bool read_territory(const json::value& v, const path_step& at, json_reader& r, funding_record& out) {
    object_fields f{v, at, r, {"un territoire", "a territory"}, {"communes", "thematic"}};
    if (!f.is_object()) return false;
    f.since("thematic", 6);
    territories::declared_territory t;
    if (const auto* th = f.get("thematic", false)) {
        if (th->is_bool()) t.thematic = th->get_bool();
        else r.wrong_type(at / "thematic", {"true ou false", "true or false"}, *th), f.fail();
    }
    f.read_with("communes", true, [&](const json::value& x, const path_step& p) {
        if (!x.is_array()) return r.wrong_type(p, {"un tableau de codes INSEE de communes", "an array of INSEE commune codes"}, x), false;
        if (x.get_array().empty())
            return r.error(read_error_kind::out_of_range, p, {"au moins une commune", "at least one commune"}, {"un tableau vide", "an empty array"}), false;
        bool ok = true;
        t.communes.reserve(x.get_array().size());
        for (std::size_t i = 0; i < x.get_array().size(); ++i) {
            const auto& e = x.get_array()[i];
            // 20xxx is no INSEE code but a postal code of Corsica: kept, for the check to name its communes.
            if (e.is_string()) {
                const std::string_view text{e.get_string().data(), e.get_string().size()};
                if (const auto pc = postal_code::parse(text); std::holds_alternative<postal_code>(pc) && !std::holds_alternative<commune_code>(commune_code::parse(text))) {
                    t.communes.emplace_back(std::get<postal_code>(pc));
                    continue;
                }
            }
            std::optional<commune_code> c;
            if (r.read_into(e, p / i, c) && c) t.communes.emplace_back(*c);
            else ok = false;
        }
        return ok;
    });
    if (!f.ok()) return false;
    out.territory = std::move(t);
    return true;
}

template <structure_kind K>
void read_structure(const json::value& v, const path_step& at, json_reader& r, std::int64_t version, std::optional<any_structure>& out,
                    funding_record& funding) {
    structure<K> s;
    if (!r.read_builtin(v, at, s, {"kind", "contract", "indemnities", "aci_msp", "fir_plan", "direct_access", "territory", "procedure"})) return;
    check_duplicate_members(s.members, at / "members", r);
    const auto errors_before = r.error_count();
    check_member_versions(s.members, at / "members", r, version);
    const auto& object = v.get_object();
    bool ok = r.error_count() == errors_before;
    for (const auto& field : record_fields) {
        if (!object.if_contains(json::string_view{field.name.data(), field.name.size()})) continue;
        const bool kind_ok = field.for_kind[static_cast<std::size_t>(K)];
        if (kind_ok && version >= field.since_version) continue;
        ok = false;
        const std::string name{field.name};
        if (!kind_ok)
            r.error(read_error_kind::unknown_field, at / field.name, {"les seuls champs d'une " + std::string{acronym(K)}, "only the fields of a " + std::string{acronym(K)}},
                    {"le champ \"" + name + "\", qu'une " + std::string{acronym(K)} + " n'a pas", "the field \"" + name + "\", which a " + std::string{acronym(K)} + " does not have"});
        else
            r.error(read_error_kind::unknown_field, at / field.name,
                    {"les champs de la version " + std::to_string(version) + " du format", "the fields of version " + std::to_string(version) + " of the format"},
                    {"le champ \"" + name + "\", de la version " + std::to_string(field.since_version),
                     "the field \"" + name + "\", of version " + std::to_string(field.since_version)});
    }
    if (!ok) return;
    const auto* contract = object.if_contains("contract");
    const auto* indemnities = object.if_contains("indemnities");
    const auto* agreement = object.if_contains("aci_msp");
    const auto* fir = object.if_contains("fir_plan");
    const auto* access = object.if_contains("direct_access");
    const auto* area = object.if_contains("territory");
    if (const auto* log = object.if_contains("procedure")) ok = read_procedure(*log, at / "procedure", r, funding) && ok;
    if constexpr (K == structure_kind::cpts) {
        if (area) ok = read_territory(*area, at / "territory", r, funding) && ok;
        if (contract) ok = read_contract(*contract, at / "contract", r, s, funding) && ok;
        if (indemnities) ok = read_indemnities(*indemnities, at / "indemnities", r, funding) && ok;
    }
    if constexpr (K == structure_kind::msp) {
        if (agreement) ok = read_msp_agreement(*agreement, at, r, s, funding) && ok;
    }
    if (fir) ok = read_fir_plan(*fir, at / "fir_plan", r, funding) && ok;
    if constexpr (requires { s.funding.fir_requested; }) {
        if (fir && !s.funding.fir_requested) {  // one truth: a structure with a FIR plan asks for FIR
            r.error(read_error_kind::invalid_value, at / "funding" / "fir_requested",
                    {"true, puisque la structure a un plan FIR (\"fir_plan\")", "true, since the structure has a FIR plan (\"fir_plan\")"},
                    {"false", "false"});
            ok = false;
        }
    }
    if (access) ok = read_direct_access(*access, at / "direct_access", r, s, funding) && ok;
    if (!ok) return;
    out = std::move(s);
}

}  // namespace detail::json_io

namespace detail::json_io {
/// The steps every document of the library goes through before it is mapped: size, emptiness, the scan
/// (encoding, syntax, limits, duplicate keys, each with its pointer), then Boost.JSON's parse into
/// `arena` (the document lives only while it is mapped: one arena for all its nodes, freed at once).
/// Nothing, with one error recorded, when a step refuses the text.
[[nodiscard]] inline std::optional<json::value> parse_document(std::string_view text, const read_limits& limits, json::monotonic_resource& arena,
                                                               std::vector<read_error>& errors) {
    if (text.size() > limits.max_bytes) return errors.push_back(too_large_error(limits.max_bytes, text.size())), std::nullopt;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return errors.push_back({read_error_kind::empty_input, "", {"un document JSON", "a JSON document"}, {"rien", "nothing"}}), std::nullopt;
    if (auto problem = scan(text, limits)) return errors.push_back(std::move(*problem)), std::nullopt;
    json::parse_options options;
    options.max_depth = limits.max_depth + 1;
    json::error_code ec;
    json::value document = json::parse(json::string_view{text.data(), text.size()}, ec, &arena, options);
    if (ec) return errors.push_back({read_error_kind::syntax, "", {"du JSON valide", "valid JSON"}, syntax_problem(ec)}), std::nullopt;
    return document;
}
}  // namespace detail::json_io

/// Reads a dossier from JSON text. Never throws for bad input (only std::bad_alloc).
[[nodiscard]] inline read_result read_dossier(std::string_view text, const read_limits& limits = {}) {
    read_result result;
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
    if (!document.is_object()) {
        r.wrong_type(root, same("{\"format\": \"coordcare-dossier\", ...}"), document);
        return result;
    }
    const auto& object = document.get_object();
    const auto* format = object.if_contains("format");
    if (!format || !format->is_string() || format->get_string() != json::string_view{dossier_format.data(), dossier_format.size()})
        return fail({read_error_kind::unsupported_format, "/format", same("\"coordcare-dossier\""),
                     format ? detail::json_io::describe(*format) : bilingual{"rien", "nothing"}});
    const auto* version = object.if_contains("version");
    if (!version)
        return fail({read_error_kind::missing_field, "/version", {"la version du format (1)", "the format version (1)"}, {"rien", "nothing"}});
    if (!version->is_int64() && !version->is_uint64()) {
        r.wrong_type(root / "version", {"la version du format, un entier (1)", "the format version, an integer (1)"}, *version);
        return result;
    }
    if (version->is_uint64() || version->get_int64() < 1)
        return fail({read_error_kind::out_of_range, "/version", {"une version de format >= 1", "a format version >= 1"},
                     detail::json_io::describe(*version)});
    if (version->get_int64() > dossier_format_version)
        return fail({read_error_kind::unsupported_format, "/version",
                     {"une version de " + std::to_string(oldest_dossier_format_version) + " à " + std::to_string(dossier_format_version) +
                          " (celles que lit cette bibliothèque)",
                      "a version from " + std::to_string(oldest_dossier_format_version) + " to " + std::to_string(dossier_format_version) +
                          " (the versions this library reads)"},
                     detail::json_io::describe(*version)});
    const std::int64_t format_version = version->get_int64();
    r.format_version = format_version;
    for (const auto& [key, value] : object) {
        const std::string_view k{key.data(), key.size()};
        if (k != "format" && k != "version" && k != "structures")
            r.error(read_error_kind::unknown_field, root / k,
                    {"seulement \"format\", \"version\" et \"structures\"", "only \"format\", \"version\" and \"structures\""},
                    {"le champ inconnu \"" + std::string{k} + "\"", "the unknown field \"" + std::string{k} + "\""});
    }
    const auto* structures = object.if_contains("structures");
    if (!structures)
        return fail({read_error_kind::missing_field, "/structures", {"la liste des structures", "the list of structures"}, {"rien", "nothing"}});
    if (!structures->is_array()) {
        r.wrong_type(root / "structures", {"un tableau de structures", "an array of structures"}, *structures);
        return result;
    }

    dossier d;
    d.structures.reserve(structures->get_array().size());
    for (std::size_t i = 0; i < structures->get_array().size(); ++i) {
        const auto& s = structures->get_array()[i];
        const auto at = root / "structures" / i;
        if (!s.is_object()) {
            r.wrong_type(at, {"un objet structure", "a structure object"}, s);
            continue;
        }
        const json::value* kind = s.get_object().if_contains("kind");
        if (!kind) {
            r.error(read_error_kind::missing_field, at / "kind",
                    {"le type : \"ESP\", \"ESS\", \"MSP\", \"CDS\" ou \"CPTS\"", "the kind: \"ESP\", \"ESS\", \"MSP\", \"CDS\" or \"CPTS\""},
                    {"rien", "nothing"});
            continue;
        }
        const auto k = kind->is_string() ? structure_kind_from_acronym({kind->get_string().data(), kind->get_string().size()})
                                         : std::nullopt;
        std::optional<any_structure> read;
        funding_record funding;
        switch (k.value_or(structure_kind::dac)) {
            case structure_kind::esp: detail::json_io::read_structure<structure_kind::esp>(s, at, r, format_version, read, funding); break;
            case structure_kind::ess: detail::json_io::read_structure<structure_kind::ess>(s, at, r, format_version, read, funding); break;
            case structure_kind::msp: detail::json_io::read_structure<structure_kind::msp>(s, at, r, format_version, read, funding); break;
            case structure_kind::cds: detail::json_io::read_structure<structure_kind::cds>(s, at, r, format_version, read, funding); break;
            case structure_kind::cpts: detail::json_io::read_structure<structure_kind::cpts>(s, at, r, format_version, read, funding); break;
            case structure_kind::dac:
                r.error(read_error_kind::unknown_code, at / "kind",
                        {"\"ESP\", \"ESS\", \"MSP\", \"CDS\" ou \"CPTS\"", "\"ESP\", \"ESS\", \"MSP\", \"CDS\" or \"CPTS\""},
                        detail::json_io::describe(*kind));
                break;
        }
        if (read) {
            d.structures.push_back(std::move(*read));
            if (!funding.empty()) {
                d.funding.resize(d.structures.size());
                d.funding.back() = std::move(funding);
            }
        }
    }
    if (!d.funding.empty()) d.funding.resize(d.structures.size());
    if (result.errors.empty()) result.value = std::move(d);
    return result;
}

}  // namespace coordcare
