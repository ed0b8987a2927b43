// coordcare — a dossier's report as text for a terminal: what coordcare-check prints, in French or English.
// Text from outside (names, paths) is made safe for a terminal (render::for_terminal).
//
//   const auto report = coordcare::check(dossier, options);
//   std::cout << coordcare::render::text(report, {language::en, "my-dossier.json"});
//
// Needs neither Boost.JSON nor the JSON reader.
#pragma once

#include <coordcare/io/render/common.hpp>
#include <coordcare/vocabulary/utf8.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace coordcare::render {

/// Text that came from outside (a file's names, a path) made safe for a terminal: C0 and C1 control
/// characters, DEL, and the Unicode controls that reorder or break lines (bidirectional overrides and
/// isolates, line and paragraph separators) are written as \u escapes; bytes that are not UTF-8 as \xNN.
[[nodiscard]] inline std::string for_terminal(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    auto escape = [&](unsigned code) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04X", code);
        out += buffer;
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            escape(c);
            ++i;
            continue;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (i + len > text.size() || utf8::first_invalid_utf8(text.substr(i, len))) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned>(c));
            out += buffer;
            ++i;
            continue;
        }
        unsigned code = 0;
        if (len == 2) code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
        else if (len == 3)
            code = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                   (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
        else
            code = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 12) |
                   ((static_cast<unsigned char>(text[i + 2]) & 0x3Fu) << 6) | (static_cast<unsigned char>(text[i + 3]) & 0x3Fu);
        const bool control = (code >= 0x80 && code <= 0x9F) || code == 0x200E || code == 0x200F || (code >= 0x2028 && code <= 0x202E) ||
                             (code >= 0x2066 && code <= 0x2069);
        if (control) escape(code);
        else out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

namespace detail_render {

inline std::string agreement_text(const msp_year_report& v, language L) {
    const auto& a = v.agreement;
    const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    std::string text = T("    ACI MSP, année ", "    ACI MSP, year ") + std::to_string(a.year) + T(" (signé le ", " (signed on ") + iso_text(a.signed_on) + ")";
    if (v.remuneration)
        text += T(" — édition : ", " — edition: ") + std::string{v.remuneration->edition->name.in(L)} + " (" + std::string{v.remuneration->edition->id} + ")";
    text += '\n';
    if (v.sisa_by)
        text += T("    SISA : la maison de santé doit être une SISA au plus tard le ", "    SISA: the health house must be a SISA by ") + iso_text(*v.sisa_by) + " (" +
                std::string{v.sisa_months->id} + " = " + v.sisa_months->value_text() + T(" mois)\n", " months)\n");
    if (!v.remuneration) return text + T("    Rémunération : non calculable (voir les erreurs)\n", "    Remuneration: cannot be computed (see the errors)\n");
    const auto& m = *v.remuneration;
    text += T("    Patientèle : ", "    Patientèle: ") + std::to_string(a.patientele) + T(" patients (référence ", " patients (reference ") +
            std::to_string(m.edition->reference_patients.value) + ")\n";
    text += T("      indicateur                                          type             fixes      variables\n",
              "      indicator                                           kind             fixed      variable\n");
    const auto pad = [](std::string s, std::size_t width) {
        std::size_t chars = 0;
        for (const char ch : s) chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
        if (chars < width) s.append(width - chars, ' ');
        return s;
    };
    for (const auto& line : m)
        text += "      " + pad(std::string{name(line.indicator).in(L)}, 50) + "  " + pad(std::string{name(line.kind).in(L)}, 15) + "  " +
                pad(points_text(line.fixed, L), 9) + "  " + points_text(line.variable, L) + " (" + certainty_mark(line.source) + ")\n";
    text += T("      total : ", "      total: ") + points_text(m.points(), L) + T(" points × ", " points × ") + m.edition->point_value.value.french_text();
    if (m.year_share.numerator != m.year_share.denominator)
        text += " × " + std::to_string(m.year_share.numerator) + "/" + std::to_string(m.year_share.denominator) + T(" (jours sous contrat)", " (days under contract)");
    text += " = " + m.amount.value.french_text();
    if (!m.prerequisites_met()) text += T(" (non versé : prérequis non atteint)", " (not paid: a prerequisite is not met)");
    text += '\n';
    if (!m.prerequisites_met()) {
        text += T("    Prérequis non atteint(s) : ", "    Prerequisite(s) not met: ");
        for (std::size_t i = 0; i < m.unmet_count; ++i) text += (i ? ", " : "") + std::string{name(m.unmet[i]).in(L)};
        text += T(" — aucune rémunération pour l'année\n", " — nothing is paid for the year\n");
    }
    text += T("    Avance : ", "    Advance: ") + m.advance.value.french_text() + T(" au plus tard le ", " by ") + iso_text(m.advance_due);
    text += T(" ; solde : ", "; balance: ") + m.balance.french_text() + T(" au plus tard le ", " by ") + iso_text(m.balance_due);
    if (m.balance < euros{}) text += T(" (à reverser)", " (to be paid back)");
    text += '\n';
    text += T("    Figures utilisées :\n", "    Figures used:\n");
    for (const auto& f : m.advance.figures)
        text += "      " + std::string{f.id} + " = " + f.value_text() + " (" + certainty_mark(f.source) + ") — " + for_terminal(f.source.text) + '\n';
    if (m.uncertain())
        text += T("    Incertain : une figure ou des points utilisés sont incertains (U).\n", "    Uncertain: a figure or points used are uncertain (U).\n");
    return text;
}

inline std::string fir_text(const fir_report& v, language L) {
    const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    std::string text = T("    Plan FIR, doctrine « ", "    FIR plan, doctrine \"") + for_terminal(v.plan.region) + T(" »", "\"");
    if (!v.doctrine) return text + T(" : aucune doctrine connue, le plan n'est pas vérifié\n", ": no doctrine known, the plan is not checked\n");
    text += " (" + std::string{v.doctrine->name.in(L)} + ")\n";
    for (const auto& t : v.aids) {
        const fir_aid_terms* aid = t.terms;
        text += "      " + std::string{name(t.purpose).in(L)} + T(" : prévu ", ": planned ") + t.planned_total.french_text() + T(" en ", " in ") +
                std::to_string(t.planned_payments) + T(" versement(s)", " payment(s)");
        if (t.first_payment && t.last_payment && *t.first_payment != *t.last_payment)
            text += T(" du ", " from ") + iso_text(*t.first_payment) + T(" au ", " to ") + iso_text(*t.last_payment);
        text += '\n';
        if (!aid) {
            text += T("        la doctrine n'en prévoit pas pour ce type de structure\n", "        the doctrine has none for this kind of structure\n");
            continue;
        }
        const auto figure_line = [&](const auto& f, std::string_view what, std::string value) {
            text += "        " + std::string{what} + " " + value + " — " + std::string{f.id} + " (" + certainty_mark(f.source) + ") — " + for_terminal(f.source.text) + '\n';
        };
        figure_line(aid->amount, T("au plus", "at most"), aid->amount.value.french_text());
        if (aid->disputed) figure_line(*aid->disputed, T("ou", "or"), aid->disputed->value.french_text());
        if (aid->payments) figure_line(*aid->payments, T("versements au plus :", "payments at most:"), std::to_string(aid->payments->value));
        if (aid->months) figure_line(*aid->months, T("période au plus (mois) :", "period at most (months):"), std::to_string(aid->months->value));
        if (aid->opens_at) text += T("        ouverte par : ", "        opened by: ") + std::string{name(*aid->opens_at).in(L)} + '\n';
    }
    return text;
}

inline std::string direct_access_text(const direct_access_report& x, language L) {
    const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    return T("    Accès direct (kinésithérapie) : ", "    Direct access (physiotherapy): ") + std::to_string(x.sessions_without_diagnosis) +
           T(" séance(s) sans diagnostic pour ", " session(s) without a diagnosis for ") + std::to_string(x.patients) +
           T(" patient(s), département ", " patient(s), department ") + for_terminal(x.record.department) + T(" ; au plus ", "; at most ") +
           x.max_sessions.value_text() + T(" par patient (", " per patient (") + std::string{x.max_sessions.id} + ")\n";
}

inline std::string territory_text(const territory_report& t, language L) {
    std::string text = std::string{tr(L, "    Territoire : ", "    Territory: ")} + std::to_string(t.declared.communes.size()) +
                       std::string{tr(L, " code(s), ", " code(s), ")} + std::to_string(t.places_checked) +
                       std::string{tr(L, " lieu(x) reconnu(s), ", " place(s) recognised, ")} + grouped(t.population, L) +
                       std::string{tr(L, " habitants (", " inhabitants (")} + for_terminal(t.population_basis.substr(0, t.population_basis.find(" ("))) + ", " +
                       std::string{tr(L, "millésime ", "vintage ")} + std::to_string(t.vintage) + ")";
    if (t.size) {
        text += std::string{tr(L, " — taille ", " — size ")} + std::to_string(number(t.size->size)) + " (" + std::string{t.size->edition->id};
        for (const auto* f : t.size->uncertain_figures())
            text += std::string{tr(L, " ; incertain : ", "; uncertain: ")} + std::string{f->id} + " = " + std::to_string(f->value) + " (U)";
        text += ")";
    }
    else if (t.places_checked < t.declared.communes.size())
        text += std::string{tr(L, " — incomplet : taille non calculée", " — incomplete: size not computed")};
    text += std::string{tr(L, "\n      départements : ", "\n      departments: ")};
    for (std::size_t i = 0; i < t.departments.size(); ++i) {
        text += (i ? ", " : "") + t.departments[i].code;
        if (!t.departments[i].name.empty()) text += " " + for_terminal(t.departments[i].name);
    }
    text += '\n';
    if (t.at_signature) {
        text += std::string{tr(L, "      à la signature du contrat : ", "      at the contract's signature: ")} + grouped(t.at_signature->population, L) +
                std::string{tr(L, " habitants (millésime ", " inhabitants (vintage ")} + std::to_string(t.at_signature->vintage);
        if (!t.at_signature_note.empty()) text += "; " + for_terminal(t.at_signature_note.in(L));
        text += ")\n";
    }
    return text;
}

inline std::string procedure_text(const procedure_report& v, language L) {
    const auto& r = v.result;
    std::string text = std::string{tr(L, "    Procédure (", "    Procedure (")} + std::string{procedures::table_of(r.kind).id} + std::string{tr(L, ") : ", "): ")};
    text += tr(L, "« ", "\"");
    text += procedures::name(r.current).in(L);
    text += tr(L, " »", "\"");
    if (r.since) text += std::string{tr(L, " depuis le ", " since ")} + iso_text(*r.since);
    if (r.edition) text += " (" + std::string{*r.edition} + ")";
    text += '\n';
    if (!r.history.empty()) {
        text += tr(L, "      parcours : ", "      path: ");
        for (std::size_t i = 0; i < r.history.size(); ++i) {
            const auto& h = r.history[i];
            if (i) text += " → ";
            text += iso_text(h.on) + " " + std::string{procedures::name(h.to).in(L)};
            if (!h.event) text += tr(L, " (au terme du délai)", " (at the end of the delay)");
        }
        text += '\n';
    }
    const auto open = r.open_deadlines();
    if (!open.empty()) {
        text += tr(L, "      échéances ouvertes :\n", "      open deadlines:\n");
        for (const auto i : open) {
            const auto& d = r.deadlines[i];
            text += "        ";
            text += d.status == procedures::deadline_status::late ? tr(L, "EN RETARD ", "LATE ") : "";
            text += for_terminal(procedures::deadline_text(d).in(L));
            text += " [" + std::string{d.rule->id.text()} + "]\n";
        }
    }
    return text;
}

}  // namespace detail_render

/// The report as text for a terminal (what coordcare-check prints).
[[nodiscard]] inline std::string text(const dossier_report& rep, const render_options& ro = {}) {
    using namespace detail_render;
    const auto L = ro.lang;
    const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    const auto& results = rep.structures;
    const std::size_t coverage_findings = rep.coverage_findings();
    std::string text;
    text += ro.tool;
    text += ' ';
    text += version_string;
    text += " — ";
    text += for_terminal(ro.source);
    text += '\n';
    text += tr(L, "Vérification au ", "Checked as of ");
    text += iso_text(rep.context.as_of);
    text += tr(L, ", doctrine régionale : ", ", regional doctrine: ");
    text += rep.context.doctrine;
    text += tr(L, ", figures : ", ", figures: ");
    text += for_terminal(rep.context.figures);
    text += "\n";
    if (rep.context.what_if) text += for_terminal(what_if_banner(rep, L)) + "\n";
    for (const auto& n : rep.notes) text += T("Note : ", "Note: ") + for_terminal(n.in(L)) + "\n";
    text += "\n";
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i];
        text += '[' + std::to_string(i + 1) + "] " + std::string{acronym(r.kind)};
        text += tr(L, " « ", " \"");
        text += for_terminal(r.name);
        text += tr(L, " » (", "\" (");
        text += r.pointer;
        text += tr(L, ") : ", "): ");
        std::size_t structure_errors = 0, structure_notes = 0;
        for (const auto& f : r.findings) {
            structure_errors += f.d.level == severity::error ? 1 : 0;
            structure_notes += f.d.level == severity::note ? 1 : 0;
        }
        const std::size_t structure_warnings = r.findings.size() - structure_errors - structure_notes;
        if (structure_errors == 0) text += tr(L, "conforme", "valid");
        else text += std::to_string(structure_errors) + std::string{tr(L, " erreur(s)", " error(s)")};
        if (structure_warnings > 0) text += ", " + std::to_string(structure_warnings) + std::string{tr(L, " avertissement(s)", " warning(s)")};
        if (structure_notes > 0) text += ", " + std::to_string(structure_notes) + std::string{tr(L, " note(s)", " note(s)")};
        text += '\n';
        for (const auto& f : r.findings) {
            const auto& diag = f.d;
            text += "    ";
            text += entry(diag.level).name.in(L);
            text += ' ';
            text += diag.rule.text();
            text += " — ";
            text += f.pointer;
            text += "\n      ";
            text += for_terminal(diag.detail.empty() ? diag.message(L) : diag.detail.in(L));
            text += for_terminal(diag.uncertainty_text(L));
            if (diag.level == severity::note) {  // a note is one fact: its rule and article are in --format json and rules.md
                text += '\n';
                continue;
            }
            text += "\n      ";
            text += tr(L, "Règle : ", "Rule: ");
            text += diag.message(L);
            text += "\n      ";
            text += diag.reference.citation();
            if (const auto url = diag.reference.url(); !url.empty()) text += " — " + url;
            text += '\n';
        }
        if (r.msp_year) text += agreement_text(*r.msp_year, L);
        if (r.fir) text += fir_text(*r.fir, L);
        if (r.direct_access) text += direct_access_text(*r.direct_access, L);
        if (r.territory) text += territory_text(*r.territory, L);
        if (r.procedure) text += procedure_text(*r.procedure, L);
        if (!r.indemnities.empty()) {
            text += T("    Indemnités par professionnel et par année (toutes les CPTS du dossier) :\n",
                      "    Indemnities by professional and year (every CPTS of the dossier):\n");
            for (const auto& tot : r.indemnities) {
                const auto* t = &tot;
                const std::size_t others = t->by_other_structures;
                text += "      " + for_terminal(t->professional);
                if (t->rpps) text += " (RPPS " + std::string{t->rpps->text()} + ")";
                text += ", " + std::to_string(t->year) + T(" : ", ": ") + t->total.french_text() + T(" en ", " in ") + std::to_string(t->payments.size()) +
                        T(" versement(s)", " payment(s)");
                if (others > 0) text += T(", dont ", ", of which ") + std::to_string(others) + T(" par une autre CPTS", " by another CPTS");
                text += T(" ; plafond ", "; ceiling ") + std::string{t->ceiling.id} + " = " + t->ceiling.value_text() + " (" + certainty_mark(t->ceiling.source);
                if (!t->ceiling.rulebook.empty()) text += T(", rulebook ", ", rulebook ") + for_terminal(t->ceiling.rulebook);
                text += ")";
                if (t->over) text += T(" DÉPASSÉ", " EXCEEDED");
                text += '\n';
            }
        }
        if (r.contract) {
            const auto* c = &r.contract->contract;
            const auto& e = r.contract->edition;
            text += T("    Contrat ACI CPTS signé le ", "    ACI CPTS contract signed on ");
            text += iso_text(c->signed_on);
            if (!e) {
                text += T(" : avant toute édition de l'ACI CPTS\n", ": before any edition of the ACI CPTS\n");
                continue;
            }
            const auto& ed = *e->value;
            text += T(" — édition à la signature : ", " — edition at the signature: ");
            text += std::string{ed.name.in(L)} + " (" + std::string{ed.id} + T(", en vigueur du ", ", in force from ") + iso_text(e->from);
            if (e->until) text += T(" au ", " until ") + iso_text(*e->until);
            text += ")\n";
            text += T("    Taille ", "    Size ");
            text += std::to_string(number(c->size));
            text += T(" déclarée ; ", " stated; ");
            text += std::to_string(c->population);
            text += T(" habitants donnent la taille ", " inhabitants give size ");
            text += std::to_string(number(*r.contract->size_by_population));
            text += '\n';
            text += T("    Années du contrat :\n", "    Contract years:\n");
            for (const auto& t : r.contract->years) {
                const auto cite = [&](const figure<euros>& f) {
                    return f.value.french_text() + " (" + std::string{f.id} + ", " + certainty_mark(f.source) + ")";
                };
                text += T("      année ", "      year ") + std::to_string(t.year) + " (" + iso_text(t.from) + T(" au ", " to ") +
                        iso_text(add_days(t.until, std::chrono::days{-1})) + T(") : ", "): ") + std::string{t.edition->id};
                if (t.later_edition)
                    text += T(" (dès cette année : ", " (from this year: ") + std::string{t.edition->contracts_in_force.id} + " = " +
                            std::to_string(t.edition->contracts_in_force.value) + ", " + certainty_mark(t.edition->contracts_in_force.source) + ")";
                text += T(" ; fonctionnement ", "; fonctionnement ") + t.fonctionnement.french_text();
                if (t.ceiling.found())
                    text += T(", plafond ", ", envelope ") + std::string{t.ceiling.accelerated ? T("accéléré ", "accelerated ") : ""} + cite(*t.ceiling.envelope);
                if (t.total_at_full) text += T(" ; à 100 % : ", "; at 100 %: ") + t.total_at_full->french_text();
                if (t.maximum) text += T(", maximum ", ", maximum ") + cite(*t.maximum);
                else text += T(", maximum non connu", ", maximum not known");
                text += '\n';
            }
            text += T("    Missions (échéances comptées de la signature, ou de la première année sous l'édition qui les ajoute) :\n",
                      "    Missions (deadlines counted from the signature, or from the first year under the edition that adds them):\n");
            for (const auto& m : r.contract->missions) {
                text += "      - ";
                text += std::string{name(m.mission).in(L)};
                text += " [" + (m.socle ? std::string{"socle"} : T("optionnelle", "optional")) + "]";  // the mission's kind, in brackets
                if (m.later_edition)
                    text += T(" (dès l'année ", " (from year ") + std::to_string(m.from_year) + ", " + std::string{m.edition} + ", " + iso_text(*m.counted_from) + ")";
                if (!m.in_contract) {
                    text += T(" ABSENTE DU CONTRAT", " MISSING FROM THE CONTRACT");
                    if (m.due.start_by) text += T(" (démarrage dû le ", " (start due by ") + iso_text(*m.due.start_by) + ")";
                    if (m.start_late) text += T(" EN RETARD", " LATE");
                }
                const auto step = [&](std::string_view what, const std::optional<date>& due, const std::optional<date>& done, bool late) {
                    text += T(" ; ", "; ");
                    text += what;
                    if (done) text += T(" le ", " on ") + iso_text(*done);
                    else text += T(" : pas encore", ": not yet");
                    if (due) text += T(" (échéance ", " (due by ") + iso_text(*due) + ")";
                    if (late) text += T(" EN RETARD", " LATE");
                };
                if (m.in_contract) {
                    step(T("démarrée", "started"), m.due.start_by, m.started, m.start_late);
                    step(T("déployée", "deployed"), m.due.deployed_by, m.deployed, m.deploy_late);
                }
                text += '\n';
            }
            if (!r.contract->schedule) {
                text += T("    Montants : non calculables (voir les erreurs)\n", "    Amounts: cannot be computed (see the errors)\n");
                continue;
            }
            const auto& sc = *r.contract->schedule;
            text += T("    Montants par année de contrat", "    Amounts by contract year");
            if (r.contract->rates_assumed) text += T(" (taux non donnés comptés à 100 %)", " (rates not given counted at 100 %)");
            text += T(" :\n", ":\n");
            for (std::size_t n = 0; n < r.contract->yearly_amounts.size(); ++n)
                if (const auto& y = r.contract->yearly_amounts[n])
                    text += T("      année ", "      year ") + std::to_string(n + 1) + T(" : ", ": ") + y->value.french_text() + '\n';
            text += T("    Échéancier des versements :\n", "    Payment schedule:\n");
            text += T("      date        année  versement                        mission                      montant\n",
                       "      date        year   payment                          mission                      amount\n");
            const auto pad = [](std::string s, std::size_t width) {
                // width in characters (UTF-8 continuation bytes do not count)
                std::size_t chars = 0;
                for (const char ch : s) chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
                if (chars < width) s.append(width - chars, ' ');
                return s;
            };
            for (const auto& p : sc) {
                text += "      " + iso_text(p.due) + "  " + pad(std::to_string(p.year), 5) + "  " + pad(std::string{name(p.part).in(L)}, 31) + "  " +
                        pad(p.mission ? std::string{id(*p.mission)} : std::string{"—"}, 27) + "  " + p.amount.french_text() + '\n';
            }
            text += T("      total : ", "      total: ") + sc.total().french_text() + '\n';
            text += T("    Figures utilisées :\n", "    Figures used:\n");
            for (const auto& f : r.contract->figures_used) {
                text += "      " + std::string{f.id} + " = " + f.value_text() + " (" + certainty_mark(f.source) + ") — " + for_terminal(f.source.text) + '\n';
            }
            if (sc.figures.uncertain())
                text += T("    Incertain : une figure utilisée est incertaine (U) ; un rulebook peut la corriger (--rulebook).\n",
                           "    Uncertain: a figure used is uncertain (U); a rulebook can correct it (--rulebook).\n");
        }
    }
    if (!rep.coverage.empty()) {
        text += T("\nCouverture des départements par les territoires des CPTS (", "\nCoverage of the departments by the CPTS's territories (");
        text += for_terminal(communes_source(rep)) + ")\n";
        for (const auto& cr : rep.coverage) {
            text += "  " + for_terminal(cr.name.in(L)) + T(" : ", ": ");
            text += std::to_string(cr.places) + T(" lieux, ", " places, ") + grouped(cr.population, L) + T(" habitants ; couverts : ", " inhabitants; covered: ");
            text += grouped(cr.covered_population, L) + T(" habitants (", " inhabitants (") + territories::percent_text(cr.covered_basis_points).in(L) + ")\n";
            for (const auto& diag : cr.diagnostics) {
                text += "    ";
                text += entry(diag.level).name.in(L);
                text += ' ';
                text += diag.rule.text();
                text += "\n      " + for_terminal(diag.detail.in(L)) + "\n      " + diag.reference.citation() + '\n';
            }
        }
    }
    text += '\n';
    text += tr(L, "Bilan : ", "Summary: ");
    text += summary_line(rep, L);
    if (coverage_findings > 0)
        text += std::string{tr(L, " ; couverture : ", "; coverage: ")} + std::to_string(coverage_findings) + std::string{tr(L, " constat(s)", " finding(s)")};
    text += '.';
    text += '\n';
    return text;

}

}  // namespace coordcare::render
