// coordcare — writing a dossier as JSON, in the canonical form that reads back to the same values.
//
// This header needs Boost.JSON's implementation: link the CMake target coordcare::io.
#pragma once

#include <coordcare/io/codec.hpp>
#include <coordcare/io/reader.hpp>
#include <coordcare/dossier/dossier.hpp>

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace coordcare {

/// What in a dossier's records contradicts its structures, which the format cannot write: the file holds
/// each fact once (the contract's CPTS is the structure; an MSP's year is signed on the structure's
/// funding.aci_signed; a direct-access record's setting is the structure's kind), so a record that says
/// otherwise would read back changed, or not at all. One message per conflict, with the structure's index;
/// empty when the dossier can be written.
[[nodiscard]] inline std::vector<std::string> record_conflicts(const dossier& d) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < d.structures.size(); ++i) {
        const auto* f = d.funding_of(i);
        if (!f) continue;
        const std::string at = "structures[" + std::to_string(i) + "]: ";
        std::visit(
            [&](const auto& s) {
                constexpr structure_kind kind = kind_of_v<decltype(s)>;
                if ((f->contract || !f->achievement.empty() || !f->indemnities.empty()) && kind != structure_kind::cpts)
                    out.push_back(at + "a contract, achievement rates or indemnities on a structure that is not a CPTS");
                if (f->territory && kind != structure_kind::cpts) out.push_back(at + "a territory on a structure that is not a CPTS");
                if (f->territory && f->territory->communes.empty()) out.push_back(at + "a territory without any commune");
                for (const auto& e : f->events) {
                    const bool names = entry(e.kind).names_a_mission;
                    if ((names && !e.mission) || (!names && e.mission && e.kind != procedure_event_kind::amendment_signed) || !e.on.ok()) {
                        out.push_back(at + "an event of the procedure with a mission where it has none, none where it needs one, or an invalid date");
                        break;
                    }
                }
                if (f->contract && (f->contract->cpts != s.name || f->contract->form != s.form))
                    out.push_back(at + "the contract's CPTS or legal form is not the structure's");
                if (f->msp_agreement) {
                    if constexpr (kind == structure_kind::msp) {
                        if (s.funding.aci_signed != f->msp_agreement->signed_on)
                            out.push_back(at + "the ACI MSP year's signature date is not the structure's funding.aci_signed");
                    } else {
                        out.push_back(at + "an ACI MSP year on a structure that is not an MSP");
                    }
                }
                if constexpr (requires { s.funding.fir_requested; })
                    if (f->fir_plan && !s.funding.fir_requested) out.push_back(at + "a FIR plan while funding.fir_requested is false");
                if (const auto& x = f->direct_access) {
                    if (x->setting != detail::json_io::setting_of(kind)) out.push_back(at + "the direct-access setting is not the structure's kind");
                    if (x->department_from_seat && (!s.seat || x->department != s.seat->department()))
                        out.push_back(at + "the direct-access department is said to be the seat's, and is not");
                }
            },
            d.structures[i]);
    }
    return out;
}

/// The JSON value of a dossier, in the canonical form: fields in the format's order, absent optional
/// fields left out. read_dossier(serialize(to_json(d))) gives d back. Throws std::invalid_argument when
/// the records contradict the structures (record_conflicts), which the format cannot hold.
[[nodiscard]] inline json::value to_json(const dossier& d) {
    if (const auto conflicts = record_conflicts(d); !conflicts.empty()) throw std::invalid_argument("coordcare: cannot write the dossier: " + conflicts.front());
    json::object out;
    out["format"] = json::string{dossier_format.data(), dossier_format.size()};
    // The oldest version that holds the dossier: 1 without records, else the latest its records need.
    std::int64_t version = oldest_dossier_format_version;
    for (std::size_t i = 0; i < d.structures.size(); ++i) {
        if (const auto* f = d.funding_of(i)) version = std::max<std::int64_t>(version, f->format_version());
        std::visit(
            [&](const auto& x) {
                for (const auto& m : x.members)
                    if (const auto* p = as_person(m); p && p->rpps) version = std::max<std::int64_t>(version, 6);  // a member's RPPS number
            },
            d.structures[i]);
    }
    out["version"] = version;
    json::array structures;
    structures.reserve(d.structures.size());
    for (std::size_t i = 0; i < d.structures.size(); ++i) {
        std::visit(
            [&](const auto& x) {
                json::object o;
                const auto kind = acronym(kind_of_v<decltype(x)>);
                o["kind"] = json::string{kind.data(), kind.size()};
                json::value fields = to_json_value(x);
                for (auto& [key, value] : fields.as_object()) o[key] = std::move(value);
                if (const auto* f = d.funding_of(i)) {
                    if (f->contract) o["contract"] = detail::json_io::write_contract(*f);
                    if (!f->indemnities.empty()) o["indemnities"] = detail::json_io::write_indemnities(*f);
                    if (f->msp_agreement) o["aci_msp"] = detail::json_io::write_msp_agreement(*f->msp_agreement);
                    if (f->fir_plan) o["fir_plan"] = detail::json_io::write_fir_plan(*f->fir_plan);
                    if (f->direct_access) o["direct_access"] = detail::json_io::write_direct_access(*f->direct_access);
                    if (f->territory) {
                        json::array communes;
                        for (const auto& c : f->territory->communes) {
                            const auto text = territories::text_of(c);
                            communes.emplace_back(json::string{text.data(), text.size()});
                        }
                        json::object territory{{"communes", std::move(communes)}};
                        if (f->territory->thematic) territory["thematic"] = true;
                        o["territory"] = std::move(territory);
                    }
                    if (!f->events.empty()) {
                        json::array events;
                        events.reserve(f->events.size());
                        for (const auto& e : f->events) {
                            json::object event;
                            const auto kind = id(e.kind);
                            event["event"] = json::string{kind.data(), kind.size()};
                            event["date"] = json::string{iso_text(e.on)};
                            if (e.mission) event["mission"] = json::string{coordcare::id(*e.mission).data(), coordcare::id(*e.mission).size()};
                            events.push_back(std::move(event));
                        }
                        o["procedure"] = json::object{{"events", std::move(events)}};
                    }
                }
                structures.push_back(std::move(o));
            },
            d.structures[i]);
    }
    out["structures"] = std::move(structures);
    return out;
}

/// JSON text indented by two spaces per level (Boost.JSON's serialize() writes one line).
[[nodiscard]] inline std::string pretty(const json::value& v, std::size_t indent = 0) {
    std::string out;
    const auto write = [&](const auto& self, const json::value& x, std::size_t level) -> void {
        const std::string pad(level + 2, ' '), end_pad(level, ' ');
        if (x.is_object() && !x.get_object().empty()) {
            out += "{\n";
            bool first = true;
            for (const auto& [key, value] : x.get_object()) {
                if (!first) out += ",\n";
                first = false;
                out += pad;
                out += json::serialize(json::string{key});
                out += ": ";
                self(self, value, level + 2);
            }
            out += '\n';
            out += end_pad;
            out += '}';
        } else if (x.is_array() && !x.get_array().empty()) {
            out += "[\n";
            bool first = true;
            for (const auto& value : x.get_array()) {
                if (!first) out += ",\n";
                first = false;
                out += pad;
                self(self, value, level + 2);
            }
            out += '\n';
            out += end_pad;
            out += ']';
        } else {
            out += json::serialize(x);
        }
    };
    write(write, v, indent);
    return out;
}

/// The dossier as indented JSON text. Throws std::invalid_argument as to_json does.
[[nodiscard]] inline std::string write_dossier(const dossier& d) { return pretty(to_json(d)) + "\n"; }

}  // namespace coordcare
