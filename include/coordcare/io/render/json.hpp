// coordcare — a dossier's report as JSON (docs/json-format.md, "The report"; docs/report.schema.json), a
// boost::json::object. Its shape has a version, render::report_version.
//
//   const auto report = coordcare::check(dossier, options);
//   const boost::json::object doc = coordcare::render::json(report, {language::fr, "my-dossier.json"});
//
// Needs Boost.JSON's implementation (the CMake target coordcare::io).
#pragma once

#include <coordcare/io/render/common.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/string.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coordcare::render {

namespace detail_render {
namespace json = boost::json;

/// The header every JSON document of a tool starts with.
inline json::object json_header(const std::string& tool) {
    json::object out;
    out["tool"] = tool;
    out["version"] = version_string;
    return out;
}

inline json::object figure_json(const used_figure& f) {
    json::object x;
    x["id"] = std::string{f.id};
    x["value"] = f.value_text();
    x["layer"] = std::string{entry(f.layer).id};
    if (f.from) x["from"] = iso_text(*f.from);
    x["certainty"] = std::string(1, letter(f.source.status));
    x["source"] = std::string{f.source.text};
    if (!f.rulebook.empty()) x["rulebook"] = std::string{f.rulebook};
    return x;
}

inline json::object diagnostic_json(const diagnostic& d, const std::string& structure_pointer, language lang) {
    json::object out;
    out["rule"] = std::string{d.rule.text()};
    out["severity"] = std::string{entry(d.level).id};
    out["layer"] = std::string{entry(d.layer).id};
    out["message"] = d.message(lang);
    out["detail"] = d.detail.in(lang);
    if (const auto u = d.uncertainty_text(lang); !u.empty()) out["uncertainty"] = u.substr(u.find_first_not_of(" —"));
    json::object reference;
    reference["citation"] = d.reference.citation();
    if (const auto url = d.reference.url(); !url.empty()) reference["url"] = url;
    out["reference"] = std::move(reference);
    out["pointer"] = structure_pointer + d.path.json_pointer();
    if (!d.figures.empty()) {
        json::array figures;
        for (const auto& f : d.figures) figures.push_back(figure_json(f));
        out["figures"] = std::move(figures);
    }
    out["uncertain"] = d.uncertain();
    if (d.softened_from) out["rule_severity"] = std::string{entry(*d.softened_from).id};
    return out;
}

inline json::object agreement_json(const msp_year_report& v, language L) {
    const auto& a = v.agreement;
    json::object x;
    x["year"] = a.year;
    x["signed_on"] = iso_text(a.signed_on);
    x["patientele"] = a.patientele;
    if (v.sisa_by) {
        x["sisa_by"] = iso_text(*v.sisa_by);
        x["sisa_months_figure"] = std::string{v.sisa_months->id};
    }
    if (!v.remuneration) {
        x["computed"] = false;
        return x;
    }
    const auto& m = *v.remuneration;
    x["computed"] = true;
    json::object edition;
    edition["id"] = std::string{m.edition->id};
    edition["name"] = std::string{m.edition->name.in(L)};
    edition["in_force_from"] = iso_text(m.edition->in_force_from);
    x["edition"] = std::move(edition);
    x["prerequisites_met"] = m.prerequisites_met();
    json::array unmet;
    for (std::size_t i = 0; i < m.unmet_count; ++i) unmet.push_back(json::string{std::string{id(m.unmet[i])}});
    x["unmet_prerequisites"] = std::move(unmet);
    json::array lines;
    for (const auto& line : m) {
        json::object y;
        y["indicator"] = std::string{id(line.indicator)};
        y["kind"] = std::string{msp_indicator_kind_table[static_cast<std::size_t>(line.kind)].id};
        y["fixed_points"] = points_text(line.fixed, language::en);
        y["variable_points"] = points_text(line.variable, language::en);
        y["certainty"] = certainty_mark(line.source);
        lines.push_back(std::move(y));
    }
    x["indicators"] = std::move(lines);
    x["points"] = points_text(m.points(), language::en);
    if (m.year_share.numerator != m.year_share.denominator) x["share_of_year"] = std::to_string(m.year_share.numerator) + "/" + std::to_string(m.year_share.denominator);
    x["amount"] = m.amount.value.decimal_text();
    json::object advance;
    advance["amount"] = m.advance.value.decimal_text();
    advance["due"] = iso_text(m.advance_due);
    x["advance"] = std::move(advance);
    json::object balance;
    balance["amount"] = (m.balance < euros{} ? "-" : "") + (m.balance < euros{} ? -m.balance : m.balance).decimal_text();
    balance["due"] = iso_text(m.balance_due);
    x["balance"] = std::move(balance);
    json::array used;
    for (const auto& f : m.advance.figures) used.push_back(figure_json(f));
    x["figures_used"] = std::move(used);
    x["uncertain"] = m.uncertain();
    return x;
}

inline json::object fir_json(const fir_report& v, language L) {
    json::object x;
    x["region"] = v.plan.region;
    x["doctrine_known"] = v.doctrine != nullptr;
    json::array aids;
    for (const auto& t : v.aids) {
        json::object y;
        y["purpose"] = std::string{id(t.purpose)};
        y["name"] = std::string{name(t.purpose).in(L)};
        y["planned_total"] = t.planned_total.decimal_text();
        y["planned_payments"] = static_cast<std::int64_t>(t.planned_payments);
        if (t.terms) {
            json::array used;
            for (const auto& f : t.figures_used) used.push_back(figure_json(f));
            y["figures_used"] = std::move(used);
            if (t.terms->opens_at) y["opens_at"] = std::string{id(*t.terms->opens_at)};
        }
        aids.push_back(std::move(y));
    }
    x["aids"] = std::move(aids);
    return x;
}

inline json::object direct_access_json(const direct_access_report& x) {
    json::object o;
    o["setting"] = std::string{id(x.record.setting)};
    o["department"] = x.record.department;
    o["sessions_without_diagnosis"] = x.sessions_without_diagnosis;
    o["patients"] = x.patients;
    o["max_sessions_figure"] = std::string{x.max_sessions.id};
    return o;
}

inline json::object territory_json(const territory_report& t, language L) {
    json::object x;
    x["communes"] = t.declared.communes.size();
    x["places_checked"] = t.places_checked;
    x["population"] = t.population;
    x["population_basis"] = t.population_basis;
    x["vintage"] = t.vintage;
    x["data"] = t.data_source;
    if (t.at_signature) {
        json::object sig;
        sig["population"] = t.at_signature->population;
        sig["vintage"] = t.at_signature->vintage;
        sig["in_force"] = t.at_signature->in_force;
        if (!t.at_signature_note.empty()) sig["note"] = t.at_signature_note.in(L);
        x["at_signature"] = std::move(sig);
    }
    if (t.places_without_population > 0) x["places_without_population"] = t.places_without_population;
    if (t.size) {
        x["size"] = number(t.size->size);
        x["size_edition"] = std::string{t.size->edition->id};
        json::array uncertain;
        for (const auto* f : t.size->uncertain_figures()) uncertain.emplace_back(std::string{f->id});
        x["size_uncertain_figures"] = std::move(uncertain);
    }
    json::array departments, regions;
    for (const auto& d : t.departments) departments.emplace_back(d.code);
    for (const auto& r : t.regions) regions.emplace_back(r);
    x["departments"] = std::move(departments);
    x["regions"] = std::move(regions);
    return x;
}

inline json::object procedure_json(const procedure_report& v, language L) {
    const auto& r = v.result;
    json::object x;
    x["procedure"] = std::string{procedures::table_of(r.kind).id};
    x["stage"] = std::string{procedures::id(r.current)};
    x["stage_name"] = std::string{procedures::name(r.current).in(L)};
    if (r.since) x["since"] = iso_text(*r.since);
    if (r.edition) x["edition"] = std::string{*r.edition};
    json::array history;
    for (const auto& h : r.history) {
        json::object y;
        y["from"] = std::string{procedures::id(h.from)};
        y["to"] = std::string{procedures::id(h.to)};
        y["on"] = iso_text(h.on);
        if (h.event) y["event"] = static_cast<std::uint64_t>(*h.event);
        else y["by"] = "time";
        history.push_back(std::move(y));
    }
    x["history"] = std::move(history);
    json::array deadlines;
    for (const auto& d : r.deadlines) {
        json::object y;
        y["kind"] = std::string{procedures::entry(d.kind).id};
        y["rule"] = std::string{d.rule->id.text()};
        y["status"] = std::string{procedures::entry(d.status).id};
        y["opened_on"] = iso_text(d.opened_on);
        if (d.due) y["due"] = iso_text(*d.due);
        if (d.closed_on) y["closed_on"] = iso_text(*d.closed_on);
        if (d.mission) y["mission"] = std::string{id(*d.mission)};
        if (d.period > 0) y["period"] = d.period;
        if (!d.figure_id.empty()) y["figure"] = std::string{d.figure_id};
        y["months"] = d.months;
        y["certainty"] = std::string(1, letter(d.figure_certainty));
        if (d.suspended_days > 0) y["suspended_days"] = d.suspended_days;
        y["text"] = procedures::deadline_text(d).in(L);
        deadlines.push_back(std::move(y));
    }
    x["deadlines"] = std::move(deadlines);
    json::array events;
    for (std::size_t i = 0; i < v.events.size(); ++i) {
        const auto& e = v.events[i];
        json::object y;
        y["index"] = static_cast<std::uint64_t>(i);
        y["on"] = iso_text(e.event.on);
        y["kind"] = std::string{id(e.event.kind)};
        if (e.event.mission) y["mission"] = std::string{id(*e.event.mission)};
        y["refused"] = e.refused;
        y["after_as_of"] = e.after_as_of;
        events.push_back(std::move(y));
    }
    x["events"] = std::move(events);
    json::array late;
    for (const auto& item : v.late) {
        json::object y;
        y["rule"] = std::string{item.rule.text()};
        y["text"] = item.text.in(L);
        late.push_back(std::move(y));
    }
    x["late_items"] = std::move(late);
    return x;
}

}  // namespace detail_render

/// The report as JSON (docs/json-format.md, "The report").
[[nodiscard]] inline boost::json::object json(const dossier_report& rep, const render_options& ro = {}) {
    using namespace detail_render;
    const auto L = ro.lang;
    const auto& results = rep.structures;
    json::object out = json_header(ro.tool);
    out["report_format"] = "coordcare-report";
    out["report_version"] = report_version;
    out["source"] = ro.source;
    out["as_of"] = iso_text(rep.context.as_of);
    out["region"] = rep.context.doctrine;
    out["figures"] = std::string{rep.context.figures};
    if (rep.context.what_if) {
        json::object w;
        w["rulebook"] = std::string{rep.context.figures};
        json::array replaced;
        for (const auto& id : rep.context.law_figures_replaced) replaced.emplace_back(id);
        w["law_figures_replaced"] = std::move(replaced);
        w["text"] = what_if_banner(rep, L);
        out["what_if"] = std::move(w);
    }
    out["language"] = L == language::fr ? "fr" : "en";
    if (!rep.notes.empty()) {
        json::array list;
        for (const auto& n : rep.notes) list.emplace_back(n.in(L));
        out["notes"] = std::move(list);
    }
    out["valid"] = rep.valid();
    json::array structures;
    for (const auto& r : results) {
        json::object s;
        s["pointer"] = r.pointer;
        s["kind"] = std::string{acronym(r.kind)};
        s["name"] = r.name;
        s["valid"] = r.valid();
        json::array diagnostics;
        for (const auto& f : r.findings) {
            auto x = diagnostic_json(f.d, "", L);
            x["pointer"] = f.pointer;
            diagnostics.push_back(std::move(x));
        }
        s["diagnostics"] = std::move(diagnostics);
        if (!r.indemnities.empty()) {
            json::array totals;
            for (const auto& tot : r.indemnities) {
                const auto* t = &tot;
                json::object y;
                y["professional"] = t->professional;
                if (t->rpps) y["rpps"] = std::string{t->rpps->text()};
                y["year"] = t->year;
                y["total"] = t->total.decimal_text();
                y["ceiling"] = figure_json(t->ceiling);
                y["over"] = t->over;
                json::array paid;
                for (const auto& c : t->payments) {
                    json::object z;
                    z["pointer"] = c.pointer;
                    z["paid"] = iso_text(c.paid);
                    z["amount"] = c.amount.decimal_text();
                    paid.push_back(std::move(z));
                }
                y["payments"] = std::move(paid);
                totals.push_back(std::move(y));
            }
            s["indemnities"] = std::move(totals);
        }
        if (r.contract) {
            const auto* c = &r.contract->contract;
            json::object x;
            x["signed_on"] = iso_text(c->signed_on);
            x["population"] = c->population;
            x["size"] = number(c->size);
            if (const auto& e = r.contract->edition) {
                const auto& ed = *e->value;
                x["size_by_population"] = number(*r.contract->size_by_population);
                json::object edition;
                edition["id"] = std::string{ed.id};
                edition["name"] = std::string{ed.name.in(L)};
                edition["in_force_from"] = iso_text(e->from);
                if (e->until) edition["in_force_until"] = iso_text(*e->until);
                x["edition"] = std::move(edition);
                json::array years;
                for (const auto& t : r.contract->years) {
                    json::object y;
                    y["year"] = t.year;
                    y["from"] = iso_text(t.from);
                    y["until"] = iso_text(t.until);
                    y["edition"] = std::string{t.edition->id};
                    if (t.later_edition) y["edition_from_this_year"] = figure_json(funding::use(t.edition->contracts_in_force, t.edition->in_force_from));
                    y["fonctionnement"] = t.fonctionnement.decimal_text();
                    if (t.ceiling.found()) y["fonctionnement_envelope"] = figure_json(funding::use(*t.ceiling.envelope, t.edition->in_force_from));
                    y["accelerated"] = t.ceiling.accelerated;
                    if (t.total_at_full) y["total_at_100_percent"] = t.total_at_full->decimal_text();
                    if (t.maximum) y["yearly_maximum"] = figure_json(funding::use(*t.maximum, t.edition->in_force_from));
                    years.push_back(std::move(y));
                }
                x["years"] = std::move(years);
                json::array missions;
                for (const auto& m : r.contract->missions) {
                    json::object y;
                    y["mission"] = std::string{id(m.mission)};
                    y["socle"] = m.socle;
                    y["in_contract"] = m.in_contract;
                    y["from_year"] = m.from_year;
                    y["edition"] = std::string{m.edition};
                    if (m.counted_from) y["counted_from"] = iso_text(*m.counted_from);
                    if (m.due.start_by) y["start_by"] = iso_text(*m.due.start_by);
                    if (m.started) y["started"] = iso_text(*m.started);
                    y["start_late"] = m.start_late;
                    if (m.due.deployed_by) y["deployed_by"] = iso_text(*m.due.deployed_by);
                    if (m.deployed) y["deployed"] = iso_text(*m.deployed);
                    y["deployment_late"] = m.deploy_late;
                    missions.push_back(std::move(y));
                }
                x["missions"] = std::move(missions);
            }
            x["rates_not_given_count_as_100_percent"] = r.contract->rates_assumed;
            if (r.contract->schedule) {
                const auto& sc = *r.contract->schedule;
                json::array years;
                for (std::size_t n = 0; n < r.contract->yearly_amounts.size(); ++n) {
                    json::object y;
                    y["year"] = static_cast<int>(n + 1);
                    if (r.contract->yearly_amounts[n]) y["amount"] = r.contract->yearly_amounts[n]->value.decimal_text();
                    years.push_back(std::move(y));
                }
                x["yearly_amounts"] = std::move(years);
                json::array payments;
                for (const auto& p : sc) {
                    json::object y;
                    y["due"] = iso_text(p.due);
                    y["year"] = p.year;
                    y["part"] = std::string{id(p.part)};
                    if (p.mission) y["mission"] = std::string{id(*p.mission)};
                    y["amount"] = p.amount.decimal_text();
                    payments.push_back(std::move(y));
                }
                x["payments"] = std::move(payments);
                x["total"] = sc.total().decimal_text();
                json::array used;
                for (const auto& f : r.contract->figures_used) used.push_back(figure_json(f));
                x["figures_used"] = std::move(used);
                x["uncertain"] = sc.figures.uncertain();
            }
            s["contract"] = std::move(x);
        }
        if (r.msp_year) s["aci_msp"] = agreement_json(*r.msp_year, L);
        if (r.fir) s["fir_plan"] = fir_json(*r.fir, L);
        if (r.direct_access) s["direct_access"] = direct_access_json(*r.direct_access);
        if (r.territory) s["territory"] = territory_json(*r.territory, L);
        if (r.procedure) s["procedure"] = procedure_json(*r.procedure, L);
        structures.push_back(std::move(s));
    }
    out["structures"] = std::move(structures);
    if (const auto& cd = rep.context.communes)
        out["commune_data"] = json::object{{"source", cd->source}, {"vintage", cd->vintage}, {"integrity", cd->integrity}};
    if (!rep.coverage.empty()) {
        json::array list;
        for (const auto& c : rep.coverage) {
            json::object x;
            x["department"] = c.department;
            x["places"] = c.places;
            x["population"] = c.population;
            x["covered_places"] = c.covered_places;
            x["covered_population"] = c.covered_population;
            x["covered_basis_points"] = c.covered_basis_points;
            json::array overlaps;
            for (const auto& ov : c.overlaps) {
                json::object y;
                json::array who, where;
                for (const auto t : ov.structures) who.emplace_back(results[t].pointer);
                for (const auto& p : ov.places) where.emplace_back(p);
                y["structures"] = std::move(who);
                y["places"] = std::move(where);
                y["population"] = ov.population;
                overlaps.push_back(std::move(y));
            }
            x["overlaps"] = std::move(overlaps);
            x["overlap_population"] = c.overlap_population;
            json::array white;
            for (const auto& p : c.white_zone) white.emplace_back(p);
            x["white_zone"] = std::move(white);
            x["white_zone_population"] = c.white_zone_population;
            json::array diagnostics;
            for (const auto& diag : c.diagnostics) diagnostics.push_back(diagnostic_json(diag, "", L));
            x["diagnostics"] = std::move(diagnostics);
            list.push_back(std::move(x));
        }
        out["coverage"] = std::move(list);
    }
    return out;

}

}  // namespace coordcare::render
