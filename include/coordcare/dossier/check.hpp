// coordcare — the check of a dossier as one library call: every structure validated with the figures,
// doctrine and commune data of the options, each of its records checked and computed, the indemnities
// summed per professional over every CPTS, the procedures replayed, the departments' coverage measured;
// the result a plain value (<coordcare/dossier/report.hpp>) that renderers only render.
//
//   coordcare::check_options o;
//   o.as_of = 2026y / December / 3d;
//   o.doctrine = coordcare::doctrines::provence_alpes_cote_d_azur;
//   o.communes = index;                              // std::shared_ptr<const territories::commune_index>
//   const auto report = coordcare::check(dossier, o);
//   report.valid();
//
// No exception, no I/O: what the check cannot do (no commune data) is a note of the report. The commune
// data in force at a contract's signature comes from `options.communes_at` when the caller gives it (the
// library of every vintage: `commune_library::vintage_source()` in <coordcare/io/communes.hpp>).
#pragma once

#include <coordcare/dossier/report.hpp>
#include <coordcare/funding/aci_cpts_territory.hpp>
#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/practice/direct_access.hpp>
#include <coordcare/procedures/explain.hpp>
#include <coordcare/procedures/records.hpp>
#include <coordcare/structures/dossier.hpp>
#include <coordcare/territory/seat.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace coordcare {

/// What a check is run with.
struct check_options {
    date as_of{};
    regional_doctrine doctrine = doctrines::national;
    /// The figures: the national ones, or a rulebook's (parameters::apply); it must outlive the report.
    const parameters::figure_set* figures = &parameters::national_figures;
    /// The figure set is a what-if rulebook's, and the figures of the law it replaced (applied_rulebook).
    bool what_if = false;
    std::vector<std::string> law_figures_replaced{};
    /// The commune data in force on `as_of`; none: the checks of seats, territories and coverage are skipped
    /// (a note of the report says so).
    std::shared_ptr<const territories::commune_index> communes{};
    /// The commune data in force on a date (a contract's signature); none, or nothing for a date: the
    /// territory at the signature is not counted.
    std::function<std::optional<territories::commune_vintage>(date)> communes_at{};
    procedures::delay_conventions conventions{};
};

namespace detail_check {

inline std::vector<mission_state> mission_states(const funding::aci_cpts_contract& c, const funding::contract_context& ctx, date as_of) {
    std::vector<mission_state> out;
    for (const auto& entry : cpts_mission_table) {
        const auto d = funding::due_of(c, entry.mission, ctx);
        const funding::contracted_mission* m = nullptr;
        for (const auto& x : c.missions)
            if (x.mission == entry.mission && !m) m = &x;
        if (d.from_year == 0 || (!d.socle && !m)) continue;
        mission_state st{entry.mission, d.socle, m != nullptr, d.due, {}, {}, false, false, d.from_year, d.edition->id, d.later_edition, d.counted_from};
        if (m) {
            st.started = m->started;
            st.deployed = m->deployed;
        }
        const auto late = [&](const std::optional<date>& due, const std::optional<date>& done) { return due && (done ? *due < *done : *due < as_of); };
        st.start_late = late(st.due.start_by, st.started);
        st.deploy_late = late(st.due.deployed_by, st.deployed);
        out.push_back(st);
    }
    return out;
}

inline void add_findings(structure_report& r, const std::string& prefix, std::vector<diagnostic>&& diagnostics) {
    for (auto& d : diagnostics) r.findings.push_back({prefix + d.path.json_pointer(), std::move(d)});
}

inline contract_report contract_of(const funding_record& f, const check_options& o) {
    const auto& figures = *o.figures;
    const auto& c = *f.contract;
    contract_report out{c};
    out.edition = figures.aci_cpts_edition_on(c.signed_on);
    if (out.edition) out.size_by_population = out.edition->value->sizes.size_of(c.population);
    const funding::contract_context ctx{o.as_of, &figures};  // the editions known on the check's date
    out.years = funding::year_terms(c, ctx);
    out.missions = mission_states(c, ctx, o.as_of);
    const auto rates = f.achievement_or_full();
    out.rates_assumed = f.achievement.size() < c.missions.size() * static_cast<std::size_t>(std::max(c.term_years, 0));
    if (auto sched = funding::schedule_payments(c, rates, ctx)) out.schedule = *sched;
    if (!out.schedule) return out;
    for (int n = 1; n <= c.term_years; ++n) {
        const auto y = funding::yearly_amount(c, n, rates, ctx);
        out.yearly_amounts.push_back(y ? std::optional<funding::explained_amount>{*y} : std::nullopt);
    }
    const auto add = [&](const used_figure& u) {
        for (const auto& g : out.figures_used)
            if (g.id == u.id) return;
        out.figures_used.push_back(u);
    };
    for (const auto& u : out.schedule->figures) add(u);
    for (const auto& y : out.yearly_amounts)
        if (y)
            for (const auto& u : y->figures) add(u);
    return out;
}

inline fir_report fir_of(const funding::fir_plan& plan, structure_kind kind, const parameters::figure_set& figures) {
    fir_report out{plan, kind, figures.fir_doctrine_of(plan.region), {}};
    for (const auto purpose : {fir_purpose::start_up, fir_purpose::methodological_support}) {
        fir_aid_report a;
        a.purpose = purpose;
        for (const auto& p : plan.payments) {
            if (p.purpose != purpose) continue;
            if (const auto sum = checked_add(a.planned_total, p.amount)) a.planned_total = *sum;
            ++a.planned_payments;
            if (!a.first_payment || p.paid < *a.first_payment) a.first_payment = p.paid;
            if (!a.last_payment || *a.last_payment < p.paid) a.last_payment = p.paid;
        }
        a.terms = out.doctrine ? out.doctrine->aid(kind, purpose) : nullptr;
        if (a.planned_payments == 0 && !a.terms) continue;
        if (a.terms) {
            a.figures_used.push_back(use(a.terms->amount, std::nullopt));
            if (a.terms->payments) a.figures_used.push_back(use(*a.terms->payments, std::nullopt));
            if (a.terms->months) a.figures_used.push_back(use(*a.terms->months, std::nullopt));
            if (a.terms->disputed) a.figures_used.push_back(use(*a.terms->disputed, std::nullopt));
        }
        out.aids.push_back(std::move(a));
    }
    return out;
}

inline direct_access_report direct_access_of(const practice::direct_access_record& x, date as_of) {
    direct_access_report out{x, 0, 0, use(parameters::direct_access.max_sessions, std::nullopt)};
    std::unordered_set<std::string> patients;
    for (const auto& s : x.sessions) {
        if (s.prior_diagnosis || as_of < s.on) continue;
        ++out.sessions_without_diagnosis;
        patients.insert(s.patient);
    }
    out.patients = static_cast<std::int64_t>(patients.size());
    return out;
}

inline procedure_report procedure_of(procedures::replay_result&& replayed, const std::vector<procedure_event>& log, date as_of) {
    procedure_report out;
    out.result = std::move(replayed);
    const auto& rp = out.result;
    for (const auto& e : log) out.events.push_back({e, as_of < e.on, false});
    for (const auto& fi : rp.findings)
        if (fi.kind != procedures::finding_kind::deadline_missed && fi.event && *fi.event < out.events.size()) out.events[*fi.event].refused = true;
    for (const auto& dl : rp.deadlines) {
        if (!dl.due || !(dl.status == procedures::deadline_status::late || dl.status == procedures::deadline_status::met_late)) continue;
        bilingual text = procedures::deadline_text(dl);
        if (dl.closed_on) text << label{" ; fait le ", "; done on "} << std::string_view{iso_text(*dl.closed_on)};
        else text << label{" ; non fait au ", "; not done as of "} << std::string_view{iso_text(as_of)};
        out.late.push_back({std::move(text), dl.rule->id});
    }
    for (const auto& fi : rp.findings)
        if (fi.kind != procedures::finding_kind::deadline_missed && fi.level() == severity::error)
            out.late.push_back({procedures::finding_detail(rp, fi, log), fi.rule->id});
    return out;
}

}  // namespace detail_check

/// Checks every structure of `d` and each of its records with `o`, and the indemnities and coverage over
/// them: the report (docs/check.md). Never throws but std::bad_alloc.
[[nodiscard]] inline dossier_report check(const dossier& d, const check_options& o) {
    namespace dc = detail_check;
    const auto& figures = *o.figures;
    dossier_report report;
    report.context = {o.as_of, std::string{o.doctrine.name}, std::string{figures.name}, o.what_if, o.law_figures_replaced, std::nullopt, o.conventions};
    const territories::commune_index* index = o.communes.get();
    if (index) report.context.communes = commune_data_report{std::string{index->source()}, index->vintage(), std::string{index->integrity()}};
    else
        report.notes.push_back({"sans données des communes, les sièges, les territoires et leur couverture ne sont pas vérifiés",
                                "without commune data, the seats, the territories and their coverage are not checked"});
    report.structures.reserve(d.structures.size());
    std::vector<territories::territory> places(d.structures.size());  // each territory's places in `index`
    for (std::size_t i = 0; i < d.structures.size(); ++i) {
        const std::string pointer = "/structures/" + std::to_string(i);
        auto& r = report.structures.emplace_back();
        r.pointer = pointer;
        const structure_kind kind = std::visit([](const auto& s) { return kind_of_v<std::remove_cvref_t<decltype(s)>>; }, d.structures[i]);
        r.kind = kind;
        std::visit(
            [&](const auto& s) {
                r.name = s.name;
                if (index) dc::add_findings(r, pointer, territories::validate(s, o.as_of, *index, o.doctrine).diagnostics);
                else dc::add_findings(r, pointer, coordcare::validate(s, o.as_of, check_context{o.as_of, o.doctrine}).diagnostics);
            },
            d.structures[i]);
        const auto* f = d.funding_of(i);
        if (!f) continue;
        if (f->contract) {
            dc::add_findings(r, pointer + "/contract", funding::validate_contract(*f->contract, o.as_of, figures).diagnostics);
            r.contract = dc::contract_of(*f, o);
        }
        if (f->msp_agreement) {
            const auto& a = *f->msp_agreement;
            for (auto& diag : funding::validate_agreement(a, o.as_of, figures).diagnostics) {
                // The signature date is the structure's funding.aci_signed.
                const auto at = diag.path.json_pointer();
                r.findings.push_back({pointer + (at == "/signed_on" ? std::string{"/funding/aci_signed"} : "/aci_msp" + at), std::move(diag)});
            }
            msp_year_report m{a};
            if (const auto paid = funding::msp_remuneration(a, figures); paid.first) m.remuneration = *paid.first;
            if (std::get<msp>(d.structures[i]).form != legal_form::sisa) {
                const auto& e = figures.aci_msp_edition_on(a.signed_on);
                m.sisa_months = use(e.sisa_months, e.in_force_from);
                m.sisa_by = add_months(a.signed_on, std::chrono::months{e.sisa_months.value});
            }
            r.msp_year = std::move(m);
        }
        if (f->fir_plan) {
            dc::add_findings(r, pointer + "/fir_plan", funding::check_fir_plan(*f->fir_plan, kind, o.as_of, figures).diagnostics);
            r.fir = dc::fir_of(*f->fir_plan, kind, figures);
        }
        if (f->territory && index) {
            auto checked_area = territories::resolve(*index, *f->territory, field_path{"territory"} / "communes");
            const bool complete = checked_area.valid();
            dc::add_findings(r, pointer, std::move(checked_area.diagnostics));
            places[i] = std::move(checked_area.value);
            const auto summary = territories::summarize(*index, places[i]);
            territory_report t{*f->territory};
            t.places_checked = places[i].places.size();
            t.complete = complete;
            t.population = summary.population;
            t.places_without_population = summary.places_without_population;
            t.population_basis = std::string{index->population_basis()};
            t.vintage = index->vintage();
            t.data_source = std::string{index->source()};
            for (const auto& dep : summary.departments) {
                const auto* info = index->department(dep.text());
                t.departments.push_back({std::string{dep.text()}, info ? std::string{info->name} : std::string{}});
            }
            for (const auto& reg : summary.regions) t.regions.emplace_back(reg.text());
            // A territory with codes that name no place has no population to size: the size is withheld.
            if (complete) t.size = territories::size_on(summary, o.as_of, figures);
            // A contract's size is its population's at the signature: the territory in the vintage then in force.
            if (f->contract && complete) {
                if (const auto then = o.communes_at ? o.communes_at(f->contract->signed_on) : std::nullopt; then && then->index) {
                    const auto resolved = territories::resolve(*then->index, *f->territory, field_path{"territory"} / "communes");
                    if (resolved.valid()) {
                        t.at_signature = funding::territory_population{territories::summarize(*then->index, resolved.value).population, then->vintage,
                                                                       then->in_force};
                        t.at_signature_note = then->note;
                    }
                }
                const funding::territory_population now{summary.population, summary.vintage, true};
                dc::add_findings(r, pointer, funding::check_contract_territory(*f->contract, t.at_signature, now, o.as_of, figures).diagnostics);
            }
            r.territory = std::move(t);
        }
        if (f->direct_access) {
            for (auto& diag : practice::check_direct_access(*f->direct_access, o.as_of).diagnostics) {
                // A department taken from the seat: the diagnostic points at the seat, which the file gives.
                const auto at = diag.path.json_pointer();
                r.findings.push_back({pointer + (at == "/seat" ? at : "/direct_access" + at), std::move(diag)});
            }
            r.direct_access = dc::direct_access_of(*f->direct_access, o.as_of);
        }
        if (!f->events.empty()) {
            auto replayed = procedures::replay(kind, f->events, o.as_of, procedures::replay_options{&figures, o.conventions, &o.doctrine});
            dc::add_findings(r, pointer, procedures::diagnostics(replayed, f->events));
            // The contract record and the log give the same dates, or a warning says where not.
            if (f->contract) dc::add_findings(r, pointer, procedures::compare_with_contract(replayed, f->events, *f->contract));
            r.procedure = dc::procedure_of(std::move(replayed), f->events, o.as_of);
        }
    }
    // The indemnities of every CPTS of the dossier, summed per professional and year (D.1434-44: every CPTS
    // that pays them), each finding with the structure of the payment it names.
    std::vector<funding::indemnity_payer> payers;
    std::vector<std::size_t> payer_structure;
    for (std::size_t i = 0; i < d.structures.size(); ++i) {
        const auto* f = d.funding_of(i);
        if (!f || f->indemnities.empty()) continue;
        std::visit([&](const auto& s) { payers.push_back({s.name, field_path{"structures"} / i, &f->indemnities, &s.members}); }, d.structures[i]);
        payer_structure.push_back(i);
    }
    auto indemnities = funding::check_indemnities(payers, o.as_of, figures);
    for (auto& diag : indemnities.result.diagnostics) {
        const auto& segments = diag.path.segments();
        const std::size_t owner = segments.size() > 1 && segments[1].is_index ? segments[1].index : 0;
        auto pointer = diag.path.json_pointer();
        report.structures[owner].findings.push_back({std::move(pointer), std::move(diag)});
    }
    for (const auto& t : indemnities.totals) {
        indemnity_report x{t.professional, t.rpps, t.year, t.total, {}, t.ceiling, t.over, 0};
        std::set<std::size_t> paying;
        for (const auto& c : t.payments) {
            const auto s = payer_structure[c.payer];
            x.payments.push_back({(payers[c.payer].where / "indemnities" / c.index).json_pointer(), s, c.paid, c.amount});
            paying.insert(s);
        }
        for (const auto s : paying) {
            auto y = x;
            for (const auto& p : y.payments) y.by_other_structures += p.structure != s ? 1 : 0;
            report.structures[s].indemnities.push_back(std::move(y));
        }
    }
    // The coverage of each department the CPTS's territories touch, when the dossier has two CPTS or more.
    if (index) {
        std::vector<territories::territory> areas;
        std::vector<std::string> names;
        std::vector<bool> thematic;
        std::vector<std::size_t> owner;
        std::vector<std::string> departments;
        for (std::size_t i = 0; i < report.structures.size(); ++i)
            if (const auto& r = report.structures[i]; r.territory) {
                owner.push_back(i);
                areas.push_back(places[i]);
                names.push_back(r.name);
                thematic.push_back(r.territory->declared.thematic);
                for (const auto& dep : r.territory->departments)
                    if (std::find(departments.begin(), departments.end(), dep.code) == departments.end()) departments.push_back(dep.code);
            }
        std::sort(departments.begin(), departments.end());
        // Each department's coverage is computed from the territories that touch it (a territory touches
        // one department or a few): the time of the whole stays linear in the territories' size.
        std::vector<std::vector<std::size_t>> touching(departments.size());
        for (std::size_t t = 0; t < areas.size(); ++t)
            for (const auto& dep : report.structures[owner[t]].territory->departments) {
                const auto at = std::lower_bound(departments.begin(), departments.end(), dep.code);
                if (at != departments.end() && *at == dep.code) touching[static_cast<std::size_t>(at - departments.begin())].push_back(t);
            }
        if (areas.size() >= 2)
            for (std::size_t k = 0; k < departments.size(); ++k) {
                const auto& dep = departments[k];
                const auto where = territories::area::of_department(dep);
                std::vector<territories::territory> these;
                std::vector<std::string> these_names;
                std::vector<bool> these_thematic;
                for (const auto t : touching[k]) {
                    these.push_back(areas[t]);
                    these_names.push_back(names[t]);
                    these_thematic.push_back(thematic[t]);
                }
                auto cr = territories::coverage(*index, these, where, these_names, o.doctrine, these_thematic);
                department_coverage_report c{dep, where.describe(*index), cr.places, cr.population, cr.covered_places, cr.covered_population,
                                             cr.covered_basis_points(), {}, cr.overlap_population, {}, cr.white_zone_population, std::move(cr.diagnostics)};
                for (const auto& ov : cr.overlaps) {
                    coverage_overlap_report y{{}, {}, ov.population};
                    for (const auto t : ov.territories) y.structures.push_back(owner[touching[k][t]]);
                    for (const auto p : ov.places) y.places.emplace_back(index->at(p).code.text());
                    c.overlaps.push_back(std::move(y));
                }
                for (const auto p : cr.white_zone) c.white_zone.emplace_back(index->at(p).code.text());
                report.coverage.push_back(std::move(c));
            }
    }
    return report;
}

}  // namespace coordcare
