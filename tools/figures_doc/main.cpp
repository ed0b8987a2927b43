// Writes docs/figures.md from the parameters layer itself: every figure of every edition of the ACI CPTS
// and of the ACI MSP, with its id, value, certainty and source, the missions and indicators of each
// edition, the PASS, the FIR doctrines, the law on direct access, the delays of the procedures, and the regional
// doctrines.
//
//   coordcare-figures-doc [OUTPUT]      (standard output without OUTPUT)
//
// The test suite regenerates the page and fails when the committed one differs; the target
// update-figures-doc rewrites it.
#include "../generated_page.hpp"

#include <coordcare/coordcare.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {
using namespace coordcare;

std::string cell(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '|') out += "\\|";
        else out += c;
    }
    return out;
}

std::string months(const std::optional<int>& m) { return m ? std::to_string(*m) + " months" : std::string{"the CPTS's choice"}; }

template <class T>
void figure_row(std::ostringstream& md, std::string_view what, const figure<T>& f, const std::string& value) {
    md << "| `" << f.id << "` | " << what << " | " << value << " | " << entry(f.layer).name.en << " | " << letter(f.source.status) << " | "
       << cell(f.source.text) << " |\n";
}

void edition(std::ostringstream& md, const aci_cpts_edition& e) {
    md << "\n## " << e.name.en << " — `" << e.id << "`\n\n"
       << "- Text: " << e.text.title_fr << "\n"
       << "- In force for contracts signed from " << iso_text(e.in_force_from) << " (" << letter(e.date_source.status) << ": "
       << e.date_source.text << ")\n\n"
       << "| Id | Figure | Value | Layer | C/S/U | Source |\n|---|---|---|---|---|---|\n";
    figure_row(md, "contracts signed before it come under it (1 yes, 0 no), from their first year beginning on or after its date",
               e.contracts_in_force, std::to_string(e.contracts_in_force.value));
    figure_row(md, "size 2 from (inhabitants)", e.sizes.size_2_from, std::to_string(e.sizes.size_2_from.value));
    figure_row(md, "size 3 from (inhabitants)", e.sizes.size_3_from, std::to_string(e.sizes.size_3_from.value));
    figure_row(md, "size 4 from (inhabitants)", e.sizes.size_4_from, std::to_string(e.sizes.size_4_from.value));
    for (const auto s : all_cpts_sizes)
        figure_row(md, "fonctionnement, size " + std::to_string(number(s)), e.fonctionnement_of(s), e.fonctionnement_of(s).value.french_text());
    for (const auto s : all_cpts_sizes) {
        if (const auto& f = e.yearly_maximum_of(s))
            figure_row(md, "yearly maximum, size " + std::to_string(number(s)), *f, f->value.french_text());
        else
            md << "| `" << e.id << ".YEARLY_MAXIMUM.SIZE_" << number(s) << "` | yearly maximum, size " << number(s)
               << " | not known | U | not found in our sources; a rulebook may give it |\n";
    }
    for (const auto s : all_cpts_sizes)
        if (const auto& f = e.accelerated_fonctionnement_of(s))
            figure_row(md,
                       "fonctionnement of the first year under this edition, size " + std::to_string(number(s)) + ", of a contract signed by " +
                           (e.accelerator_signed_by ? iso_text(*e.accelerator_signed_by) : std::string{"—"}),
                       *f, f->value.french_text());
    figure_row(md, "term (years)", e.term_years, std::to_string(e.term_years.value));
    figure_row(md, "share paid in advance", e.advance, std::to_string(e.advance.value.in_basis_points() / 100) + " %");
    figure_row(md, "proration basis of a mission's first year", e.proration,
               e.proration.value == proration_basis::days ? "days" : "months");
    md << "\n| Mission | Kind | Starts within | Deployed within | C/S/U | Source |\n|---|---|---|---|---|---|\n";
    for (const auto& m : cpts_mission_table) {
        const auto& t = e.terms(m.mission);
        if (!t) {
            md << "| " << m.name.en << " | not in this edition | | | | |\n";
            continue;
        }
        md << "| " << m.name.en << " | " << (t->socle ? "socle" : "optional") << " | " << months(t->start_within_months) << " | "
           << months(t->deployed_within_months) << " | " << letter(t->source.status) << " | " << cell(t->source.text) << " |\n";
    }
}

std::string points(const std::array<std::int64_t, 3>& p, int levels) {
    std::string out;
    for (int i = 0; i < (levels < 1 ? 1 : levels); ++i) out += (i ? " / " : "") + std::to_string(p[static_cast<std::size_t>(i)]);
    return out;
}

std::string shape_text(const msp_indicator_terms& t) {
    switch (t.shape) {
        case msp_points_shape::flat: return "met";
        case msp_points_shape::per_unit: return "per unit, at most " + std::to_string(t.cap);
        case msp_points_shape::levels: return "by level (" + std::to_string(t.levels()) + ")";
        case msp_points_shape::by_patients: return "variable: per 4 000 patients up to " + std::to_string(t.cap) + ", then the second rate";
        case msp_points_shape::by_professionals: return "variable: per associated professional up to " + std::to_string(t.cap) + ", then the second rate";
    }
    return {};
}

void msp_edition(std::ostringstream& md, const aci_msp_edition& e) {
    md << "\n## " << e.name.en << " — `" << e.id << "`\n\n"
       << "- Text: " << e.text.title_fr << "\n"
       << "- Used for the remuneration of the calendar years whose 31 December is on or after " << iso_text(e.in_force_from) << " ("
       << letter(e.date_source.status) << ": " << e.date_source.text << ")\n\n"
       << "| Id | Figure | Value | Layer | C/S/U | Source |\n|---|---|---|---|---|---|\n";
    figure_row(md, "value of a point", e.point_value, e.point_value.value.french_text());
    figure_row(md, "patientèle of reference", e.reference_patients, std::to_string(e.reference_patients.value));
    figure_row(md, "share of the year paid in advance", e.advance, std::to_string(e.advance.value.in_basis_points() / 100) + " %");
    if (e.advance_minimum) figure_row(md, "least advance", *e.advance_minimum, e.advance_minimum->value.french_text());
    else md << "| — | least advance | none in this edition | | |\n";
    figure_row(md, "months to become a SISA after signing", e.sisa_months, std::to_string(e.sisa_months.value));
    md << "\nIndicators (points are not figures a rulebook replaces: they are corrected in `include/coordcare/parameters/`; "
          "variable points are at 100 % and, where prorated, for the patientèle of reference):\n\n"
       << "| Indicator | Kind | Points earned | Fixed | Variable | With an IPA | Prorated | C/S/U | Source |\n|---|---|---|---|---|---|---|---|---|\n";
    for (const auto& entry : msp_indicator_table) {
        const auto& t = e.terms(entry.indicator);
        if (!t) {
            md << "| " << entry.name.en << " | not in this edition | | | | | | | |\n";
            continue;
        }
        std::string kind{name(t->kind).en};
        if (t->prerequisite_from_year) kind += " (from " + std::to_string(*t->prerequisite_from_year) + "; optional before)";
        const int levels = t->shape == msp_points_shape::levels ? t->levels() : (t->shape == msp_points_shape::by_patients || t->shape == msp_points_shape::by_professionals ? 2 : 1);
        std::string ipa;
        if (t->ipa_fixed) ipa += std::to_string(t->ipa_fixed) + " fixed" + (t->shape == msp_points_shape::per_unit ? (t->ipa_per_unit ? " each" : " once") : "");
        if (t->ipa_variable) ipa += (ipa.empty() ? "" : ", ") + std::to_string(t->ipa_variable) + " variable";
        md << "| " << entry.name.en << " | " << kind << " | " << shape_text(*t) << " | " << points(t->fixed, t->shape == msp_points_shape::levels ? levels : 1) << " | "
           << points(t->variable, levels) << " | " << (ipa.empty() ? "—" : ipa) << " | "
           << (t->variable[0] == 0 && t->variable[1] == 0 && t->variable[2] == 0 && t->ipa_variable == 0 ? "—" : t->scaled ? "yes" : "no") << " | "
           << letter(t->source.status)
           << " | " << cell(t->source.text) << " |\n";
    }
}

std::string page() {
    std::ostringstream md;
    md << "# Figures\n\n"
       << "<!-- Generated by tools/figures_doc from the parameters layer; do not edit. Regenerate with: cmake --build --preset dev "
          "--target update-figures-doc -->\n\n"
       << "Every figure coordcare " << version_string << " computes with, generated from `include/coordcare/parameters/`: "
       << "its stable id (what a rulebook names to override it), its value, its certainty (C confirmed, S stated, "
          "U uncertain, as [sources.md](sources.md) defines them) and its source, which cites each document by its key "
          "in square brackets. A contract is under the edition in force on its signature date "
          "(`parameters::aci_cpts_edition_on(date)`). A rulebook (docs/funding.md) replaces any figure below by its id; "
          "a yearly maximum not known here can be given by one under the id its row shows.\n";
    for (const auto& entry : parameters::aci_cpts_editions.entries()) edition(md, *entry.value);
    md << "\n## The annual social-security ceiling (PASS)\n\n"
       << "The ceiling of a CPTS's indemnities to one professional in a calendar year (CSP D.1434-44), `parameters::pass_of_year(year)`; "
          "a year after the last one known has none (it is set each December).\n\n"
       << "| Id | Year | PASS | C/S/U | Source |\n|---|---|---|---|---|\n";
    for (const auto& f : parameters::national_figures.pass)
        md << "| `" << f.id << "` | " << f.id.substr(5) << " | " << f.value.french_text() << " | " << letter(f.source.status) << " | "
           << cell(f.source.text) << " |\n";
    for (const auto& e : parameters::national_figures.aci_msp) msp_edition(md, e);
    md << "\n## FIR start-up aid (regional doctrine)\n\n"
       << "No national rule: each region's doctrine, `figure_set::fir_doctrine_of(region)`. A rulebook replaces any figure below by its id; "
          "a figure a doctrine does not give (\"not said\") is not checked.\n";
    for (const auto& d : parameters::national_figures.fir) {
        md << "\n### `" << d.region << "` — " << d.name.en << "\n\n"
           << "| Id | Structure | Aid | Figure | Value | C/S/U | Source |\n|---|---|---|---|---|---|---|\n";
        for (const auto& a : d.aids) {
            if (!a) continue;
            const std::string who{acronym(a->kind)};
            const std::string what{name(a->purpose).en};
            const auto row = [&](const auto& f, std::string_view figure_name, const std::string& value) {
                md << "| `" << f.id << "` | " << who << " | " << what << " | " << figure_name << " | " << value << " | " << letter(f.source.status) << " | "
                   << cell(f.source.text) << " |\n";
            };
            row(a->amount, "amount at most", a->amount.value.french_text());
            if (a->disputed) row(*a->disputed, "lower amount also given", a->disputed->value.french_text());
            if (a->payments) row(*a->payments, "payments at most", std::to_string(a->payments->value));
            else md << "| — | " << who << " | " << what << " | payments at most | not said | | |\n";
            if (a->months) row(*a->months, "months from the first payment to the last, at most", std::to_string(a->months->value));
            else md << "| — | " << who << " | " << what << " | period | not said | | |\n";
            md << "| — | " << who << " | " << what << " | opened by | " << (a->opens_at ? std::string{name(*a->opens_at).en} : std::string{"not said"}) << " | "
               << letter(a->opens_source.status) << " | " << cell(a->opens_source.text) << " |\n";
        }
    }
    const auto& law = parameters::direct_access;
    md << "\n## Direct access to physiotherapists (law)\n\n"
       << "| Id | Figure | Value | Layer | C/S/U | Source |\n|---|---|---|---|---|---|\n";
    figure_row(md, "sessions per patient without a prior medical diagnosis, at most", law.max_sessions, std::to_string(law.max_sessions.value));
    md << "\n| Setting | From | Until | C/S/U | Source |\n|---|---|---|---|---|\n";
    for (const auto& x : law.settings)
        md << "| " << name(x.setting).en << " | " << iso_text(x.from) << " | " << (x.until ? iso_text(*x.until) : std::string{"—"}) << " | "
           << letter(x.source.status) << " | " << cell(x.source.text) << " |\n";
    md << "\nThe CPTS experiment's departments (" << letter(law.departments_source.status) << ": " << cell(law.departments_source.text) << "): ";
    for (std::size_t i = 0; i < law.experiment_departments.size(); ++i)
        md << (i ? ", " : "") << law.experiment_departments[i] << " (" << *department_name(law.experiment_departments[i]) << ")";
    md << ".\n";
    const auto& proc = parameters::national_figures.procedures;
    md << "\n## Delays of a CPTS's procedure — `" << proc.id << "`\n\n"
       << "- For projects from " << iso_text(proc.in_force_from) << " (" << letter(proc.date_source.status) << ": " << proc.date_source.text << ")\n"
       << "- How they are counted (month ends, suspensions, the day of a deemed validation): docs/procedures.md\n\n"
       << "| Id | Figure | Value | Layer | C/S/U | Source |\n|---|---|---|---|---|---|\n";
    figure_row(md, "deemed validation of a submitted health project, unless opposed", proc.deemed_validation_months,
               std::to_string(proc.deemed_validation_months.value) + " months");
    figure_row(md, "one follow-up meeting in each period of", proc.follow_up_months, std::to_string(proc.follow_up_months.value) + " months");
    for (const auto& r : parameters::national_figures.regional_procedures) {
        md << "\n### A region's own steps — `" << r.id << "` (preset `" << r.region << "`)\n\n"
           << "- For letters filed from " << iso_text(r.in_force_from) << " (" << letter(r.date_source.status) << ": " << cell(r.date_source.text)
           << ")\n\n"
           << "| Id | Figure | Value | Layer | C/S/U | Source |\n|---|---|---|---|---|---|\n";
        figure_row(md, "the ARS's decision on a letter of intent, after the CCOPD's opinion", r.letter_decision_months,
                   std::to_string(r.letter_decision_months.value) + " months");
        figure_row(md, "the health project, after the letter's validation (recommended)", r.health_project_months,
                   std::to_string(r.health_project_months.value) + " months");
    }
    md << "\n## Regional doctrine (the structures' figures)\n\n"
       << "A doctrine is the national figures with a region's changes (`regional_doctrine::figures()`).\n\n"
       << "| Preset | ESP minimum beyond the national one | FIR to an association | CPTS cover the region without white zone nor overlap | C/S/U | Source |\n|---|---|---|---|---|---|\n";
    for (const auto& d : doctrines::all) {
        const auto f = d.figures();
        md << "| `" << d.name << "` | "
           << (f.esp == esp_minimum::one_gp_one_paramedical ? "a GP and a medical auxiliary" : "none") << " | "
           << (f.fir_requires_association ? "yes" : "no") << " | " << (f.cpts_full_coverage ? "yes (warnings)" : "not stated (notes)") << " | "
           << letter(d.source.status) << " | " << cell(d.source.text) << " |\n";
    }
    return md.str();
}

/// The ids of the national figures the page does not show (each as "`ID`"): none, or the page is incomplete.
std::vector<std::string> missing_ids(const std::string& md) {
    std::vector<std::string> missing;
    parameters::for_each_figure(parameters::national_figures, [&](const auto& f) {
        std::string quoted(1, '`');
        quoted.append(f.id).push_back('`');
        if (md.find(quoted) == std::string::npos) missing.emplace_back(f.id);
    });
    return missing;
}
}  // namespace

int main(int argc, char** argv) {
    const auto md = page();
    if (const auto missing = missing_ids(md); !missing.empty()) {
        for (const auto& id : missing) std::cerr << "coordcare-figures-doc: the figure " << id << " is not on the page\n";
        return 1;
    }
    return coordcare::tools::write_generated_page(argc, argv, md, "coordcare-figures-doc");
}
