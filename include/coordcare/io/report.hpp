// coordcare — the renderers of a dossier's report (<coordcare/dossier/report.hpp>): text for a terminal,
// a self-contained HTML page, and JSON. Each is a function of the report and renders it, nothing more: every
// number comes from the report. coordcare-check prints them; a program that embeds the check calls them.
//
//   const auto report = coordcare::check(dossier, options);
//   coordcare::render::text(report, {language::en, "my-dossier.json"})    // what coordcare-check prints
//   coordcare::render::json(report, {language::fr, "my-dossier.json"})    // a boost::json::object (docs/json-format.md)
//   coordcare::render::html(report, {language::fr, "my-dossier.json"})    // one page, no script, no external resource
//
// Text from outside (names, paths) is made safe for a terminal in the text renderer and escaped in HTML.
#pragma once

#include <coordcare/coordcare.hpp>
#include <coordcare/io/funding_codec.hpp>
#include <coordcare/io/json.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace coordcare::render {

/// The version of the JSON report's shape (docs/report.schema.json): 1, this one. A field added keeps the
/// version; a field removed, renamed or retyped bumps it.
inline constexpr int report_version = 1;

/// How a report is rendered: its language, the name of the dossier's source (a file name, "standard
/// input"), and the name of the program that renders it (in the text's first line, the HTML's title and
/// the JSON's "tool").
struct render_options {
    language lang = language::fr;
    std::string source{};
    std::string tool = "coordcare";
};

namespace detail_html {


/// Text for an HTML element or attribute.
[[nodiscard]] inline std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                // Control characters never reach the page (a name read from a file).
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += "&#xFFFD;";
                else out += c;
        }
    }
    return out;
}

inline constexpr std::string_view style = R"(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 1100px; color: #1d2733; line-height: 1.4; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin: 0 0 .4rem; } h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
header p { margin: .2rem 0; color: #4a5868; }
.summary { font-weight: 600; color: #1d2733; }
.what-if { padding: .5em .8em; border: 2px solid #b35c00; background: #fff4e5; color: #6b3700; }
section.structure { border: 1px solid #c9d3de; border-radius: 8px; padding: 1rem 1.2rem; margin: 1.2rem 0; }
section.structure.invalid { border-left: 6px solid #c0392b; } section.structure.valid { border-left: 6px solid #2e8b57; }
.verdict { font-size: .85rem; padding: .1rem .5rem; border-radius: 1rem; margin-left: .5rem; vertical-align: middle; }
.verdict.valid { background: #e3f4ea; color: #1f6b40; } .verdict.invalid { background: #fbe4e1; color: #9b2a1e; }
.pointer { font-family: ui-monospace, monospace; color: #6b7a8a; font-size: .85rem; margin: 0 0 .6rem; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .4rem 0; }
th, td { text-align: left; padding: .3rem .4rem; border-bottom: 1px solid #e3e8ee; vertical-align: top; }
th { color: #4a5868; font-weight: 600; }
tr.error td:first-child { color: #b03a2e; font-weight: 600; } tr.warning td:first-child { color: #a66300; font-weight: 600; }
tr.note td:first-child { color: #4a5868; }
code { font-family: ui-monospace, monospace; font-size: .85em; }
small { color: #6b7a8a; }
ul.late-items { margin: .3rem 0; padding-left: 1.2rem; } li.late-item { color: #d81b1b; }
svg.timeline { width: 100%; height: auto; background: #fbfcfd; border: 1px solid #e3e8ee; border-radius: 6px; margin: .4rem 0; }
svg.timeline text { font-size: 10px; fill: #1d2733; }
svg.timeline .axis { stroke: #6b7a8a; stroke-width: 1.5; } svg.timeline .tick { stroke: #c9d3de; }
svg.timeline .year { fill: #6b7a8a; font-size: 11px; }
svg.timeline .event { fill: #2f6db3; } svg.timeline .event-out { fill: #c0392b; }
svg.timeline .as-of { stroke: #1d2733; stroke-dasharray: 4 3; } svg.timeline .as-of-label { font-weight: 600; }
svg.timeline .met { fill: #2e8b57; } svg.timeline .late, svg.timeline .met_late { fill: #c0392b; }
svg.timeline .pending, svg.timeline .suspended { fill: #e0a100; } svg.timeline .lapsed, svg.timeline .elapsed { fill: #9aa7b4; }
svg.timeline .payment { fill: #7a4fb3; } svg.timeline .leader { stroke: #c9d3de; }
svg.timeline text.late-label { fill: #d81b1b; }
.legend { font-size: .8rem; color: #4a5868; }
)";

/// A mark on the timeline: a date, a label, and the CSS class that colours it.
struct mark {
    date on;
    std::string label;
    std::string css;
};

/// The timeline of one structure, as inline SVG. Events are drawn above the axis, deadlines below, payments
/// on a line of their own; labels are staggered over a few rows so that close dates stay readable. Every
/// label is a <text> element holding its date, so that the dates are in the page's text.
[[nodiscard]] inline std::string timeline_svg(const std::vector<mark>& events, const std::vector<mark>& deadlines, const std::vector<mark>& payments,
                                              date as_of, std::string_view as_of_label) {
    constexpr int width = 1060, left = 30, right = 30, rows = 8, row_height = 14;
    constexpr int events_top = 20, axis_y = events_top + rows * row_height + 20;
    constexpr int deadlines_top = axis_y + 24, payments_axis = deadlines_top + rows * row_height + 24, height = payments_axis + rows * row_height + 24;
    date first = as_of, last = as_of;
    for (const auto* list : {&events, &deadlines, &payments})
        for (const auto& m : *list) {
            first = std::min(first, m.on);
            last = std::max(last, m.on);
        }
    first = date{first.year(), first.month(), std::chrono::day{1}};
    last = add_months(date{last.year(), last.month(), std::chrono::day{1}}, std::chrono::months{1});
    const double span = std::max<std::int64_t>(days_between(first, last), 1);
    const auto x_of = [&](date d) { return left + static_cast<int>((width - left - right) * (static_cast<double>(days_between(first, d)) / span)); };

    std::string svg = "<svg class=\"timeline\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                      "\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">\n";
    const auto line = [&](int x1, int y1, int x2, int y2, std::string_view css) {
        svg += "<line class=\"" + std::string{css} + "\" x1=\"" + std::to_string(x1) + "\" y1=\"" + std::to_string(y1) + "\" x2=\"" +
               std::to_string(x2) + "\" y2=\"" + std::to_string(y2) + "\"/>\n";
    };
    const auto text = [&](int x, int y, const std::string& t, std::string_view css = {}) {
        svg += "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\"" + (css.empty() ? "" : " class=\"" + std::string{css} + "\"") + ">" +
               escape(t) + "</text>\n";
    };
    // Years (every year over a span of up to 40, then every 10th, 100th...: a hostile date does not make the page huge).
    int step = 1;
    while ((static_cast<int>(last.year()) - static_cast<int>(first.year())) / step > 40) step *= 10;
    for (int y = static_cast<int>(first.year()); y <= static_cast<int>(last.year()); ++y) {
        if (y % step != 0) continue;
        const date jan{std::chrono::year{y}, std::chrono::January, std::chrono::day{1}};
        if (jan < first || last < jan) continue;
        const int x = x_of(jan);
        line(x, events_top - 8, x, height - 8, "tick");
        text(x + 3, height - 10, std::to_string(y), "year");
    }
    line(left, axis_y, width - right, axis_y, "axis");
    line(left, payments_axis, width - right, payments_axis, "axis");
    // A row of labels: each label takes the first row whose last label ends before it starts.
    // Marks of one day are one label ("2024-09-01 a; b"), coloured by the most urgent of them.
    const auto grouped = [](const std::vector<mark>& marks) {
        constexpr std::array<std::string_view, 4> urgency{"late", "met_late", "event-out", "pending"};
        const auto rank = [&](const std::string& css) {
            for (std::size_t i = 0; i < urgency.size(); ++i)
                if (css == urgency[i]) return i;
            return urgency.size();
        };
        std::vector<mark> out;
        for (const auto& m : marks) {
            if (!out.empty() && out.back().on == m.on) {
                out.back().label += "; " + m.label.substr(std::min<std::size_t>(m.label.size(), 11));
                if (rank(m.css) < rank(out.back().css)) out.back().css = m.css;
            } else {
                out.push_back(m);
            }
        }
        return out;
    };
    const auto place = [&](const std::vector<mark>& all_marks, int top, int axis, bool above, std::string_view shape) {
        const auto marks = grouped(all_marks);
        std::vector<int> row_end(rows, -1000);
        for (const auto& m : marks) {
            const int x = x_of(m.on);
            const int label_width = static_cast<int>(m.label.size() * 56 / 10) + 12;
            // The label starts at its mark, or ends at the right margin; it takes the first row free where it
            // starts, or when none is, the row that frees first.
            const int label_x = std::max(left - 20, std::min(x, width - right - label_width));
            int row = 0;
            while (row < rows && row_end[static_cast<std::size_t>(row)] > label_x) ++row;
            if (row == rows) row = static_cast<int>(std::min_element(row_end.begin(), row_end.end()) - row_end.begin());
            row_end[static_cast<std::size_t>(row)] = label_x + label_width;
            const int y = above ? top + (rows - 1 - row) * row_height + 10 : top + row * row_height + 10;
            line(x, axis, x, above ? y + 2 : y - 9, "leader");
            if (shape == "circle")
                svg += "<circle class=\"" + m.css + "\" cx=\"" + std::to_string(x) + "\" cy=\"" + std::to_string(axis) + "\" r=\"5\"/>\n";
            else if (shape == "diamond")
                svg += "<polygon class=\"" + m.css + "\" points=\"" + std::to_string(x) + "," + std::to_string(axis - 6) + " " + std::to_string(x + 6) + "," +
                       std::to_string(axis) + " " + std::to_string(x) + "," + std::to_string(axis + 6) + " " + std::to_string(x - 6) + "," +
                       std::to_string(axis) + "\"/>\n";
            else
                svg += "<rect class=\"" + m.css + "\" x=\"" + std::to_string(x - 4) + "\" y=\"" + std::to_string(axis - 4) + "\" width=\"8\" height=\"8\"/>\n";
            text(label_x + 2, y, m.label, m.css == "late" || m.css == "met_late" || m.css == "event-out" ? "late-label" : "");
        }
    };
    place(events, events_top, axis_y, true, "circle");
    place(deadlines, deadlines_top, axis_y, false, "diamond");
    place(payments, payments_axis + 14, payments_axis, false, "square");
    const int ax = x_of(as_of);
    line(ax, events_top - 12, ax, height - 20, "as-of");
    text(std::min(ax + 4, width - right - 150), events_top - 4, std::string{as_of_label}, "as-of-label");
    svg += "</svg>\n";
    return svg;
}

}  // namespace detail_html

namespace detail_render {
namespace json = boost::json;

inline std::string_view tr(language lang, std::string_view fr, std::string_view en) { return lang == language::fr ? fr : en; }

/// Text that came from outside (a file's names, a path) made safe for a terminal: C0 and C1 control
/// characters, DEL, and the Unicode controls that reorder or break lines (bidirectional overrides and
/// isolates, line and paragraph separators) are written as \u escapes; bytes that are not UTF-8 as \xNN.
inline std::string for_terminal(std::string_view text) {
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
        if (i + len > text.size() || detail::json_io::first_invalid_utf8(text.substr(i, len))) {
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

inline std::string certainty_mark(const source_note& s) { return std::string(1, letter(s.status)); }

/// Hundredths of a point as text: "7440,00" / "7440.00".
inline std::string points_text(std::int64_t hundredths, language L) {
    const std::int64_t cents = hundredths % 100;
    return std::to_string(hundredths / 100) + (L == language::fr ? "," : ".") + (cents < 10 ? "0" : "") + std::to_string(cents);
}

// ---- The ACI MSP, FIR plans and direct access in the report ----------------------------------------

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
    x["amount"] = amount_json_text(m.amount.value);
    json::object advance;
    advance["amount"] = amount_json_text(m.advance.value);
    advance["due"] = iso_text(m.advance_due);
    x["advance"] = std::move(advance);
    json::object balance;
    balance["amount"] = (m.balance < euros{} ? "-" : "") + amount_json_text(m.balance < euros{} ? -m.balance : m.balance);
    balance["due"] = iso_text(m.balance_due);
    x["balance"] = std::move(balance);
    json::array used;
    for (const auto& f : m.advance.figures) used.push_back(figure_json(f));
    x["figures_used"] = std::move(used);
    x["uncertain"] = m.uncertain();
    return x;
}

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

inline json::object fir_json(const fir_report& v, language L) {
    json::object x;
    x["region"] = v.plan.region;
    x["doctrine_known"] = v.doctrine != nullptr;
    json::array aids;
    for (const auto& t : v.aids) {
        json::object y;
        y["purpose"] = std::string{id(t.purpose)};
        y["name"] = std::string{name(t.purpose).in(L)};
        y["planned_total"] = amount_json_text(t.planned_total);
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

inline json::object direct_access_json(const direct_access_report& x) {
    json::object o;
    o["setting"] = std::string{id(x.record.setting)};
    o["department"] = x.record.department;
    o["sessions_without_diagnosis"] = x.sessions_without_diagnosis;
    o["patients"] = x.patients;
    o["max_sessions_figure"] = std::string{x.max_sessions.id};
    return o;
}

inline std::string direct_access_text(const direct_access_report& x, language L) {
    const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    return T("    Accès direct (kinésithérapie) : ", "    Direct access (physiotherapy): ") + std::to_string(x.sessions_without_diagnosis) +
           T(" séance(s) sans diagnostic pour ", " session(s) without a diagnosis for ") + std::to_string(x.patients) +
           T(" patient(s), département ", " patient(s), department ") + for_terminal(x.record.department) + T(" ; au plus ", "; at most ") +
           x.max_sessions.value_text() + T(" par patient (", " per patient (") + std::string{x.max_sessions.id} + ")\n";
}

inline std::string grouped(std::int64_t n, language L) { return grouped_count(n).in(L); }

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


/// The banner of a what-if report: its verdicts are a simulation's (empty for the law's figures).
inline std::string what_if_banner(const dossier_report& rep, language L) {
    const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    const auto& simulation = rep.context;
    std::string what_if_banner;
    if (!simulation.what_if) return what_if_banner;
    what_if_banner = T("SIMULATION : le rulebook « ", "WHAT-IF: the rulebook \"") + simulation.figures + T(" » ", "\" ");
    if (simulation.law_figures_replaced.empty()) what_if_banner += T("se dit une simulation", "says it is a simulation");
    else {
        what_if_banner += T("remplace des figures de la loi (", "replaces figures of the law (");
        for (std::size_t k = 0; k < simulation.law_figures_replaced.size(); ++k) what_if_banner += (k ? ", " : "") + simulation.law_figures_replaced[k];
        what_if_banner += ")";
    }
    what_if_banner += T(" : ce rapport n'est pas le verdict de la loi.", ": this report is not the law's verdict.");
    return what_if_banner;
}
}  // namespace detail_render

/// The report as one self-contained HTML page (no script, no external resource).
[[nodiscard]] inline std::string html(const dossier_report& rep, const render_options& ro = {}) {
    using namespace detail_render;
    const auto L = ro.lang;
    const bilingual source = bilingual{} << std::string_view{ro.source};
    const auto& results = rep.structures;
    [[maybe_unused]] const std::size_t valid = rep.valid_structures(), errors = rep.count(severity::error),
                                       warnings = rep.count(severity::warning), notes = rep.count(severity::note);
    [[maybe_unused]] const std::string_view figures_name = rep.context.figures;
    [[maybe_unused]] const std::string commune_source = rep.context.communes ? rep.context.communes->source : std::string{};
    [[maybe_unused]] const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    [[maybe_unused]] const std::string what_if_banner = detail_render::what_if_banner(rep, L);
    [[maybe_unused]] const auto& simulation = rep.context;
    namespace H = detail_html;
    const auto E = [](std::string_view t) { return H::escape(t); };
    std::string page = "<!DOCTYPE html>\n<html lang=\"" + std::string{L == language::fr ? "fr" : "en"} + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    page += "<meta name=\"generator\" content=\"" + E(ro.tool) + " " + std::string{version_string} + "\">\n";
    page += "<title>" + E(ro.tool) + " — " + E(source.in(L)) + "</title>\n<style>" + std::string{H::style} + "</style>\n</head>\n<body>\n";
    page += "<header>\n<h1>" + E(ro.tool) + " " + std::string{version_string} + "</h1>\n<p>" + E(source.in(L)) + "</p>\n<p>";
    page += T("Vérification au ", "Checked as of ") + "<time datetime=\"" + iso_text(rep.context.as_of) + "\">" + iso_text(rep.context.as_of) + "</time>";
    page += T(", doctrine régionale : ", ", regional doctrine: ") + E(rep.context.doctrine) + T(", figures : ", ", figures: ") + E(figures_name) + "</p>\n";
    if (simulation.what_if) page += "<p class=\"what-if\"><strong>" + E(what_if_banner) + "</strong></p>\n";
    for (const auto& n : rep.notes) page += "<p class=\"note\">" + E(n.in(L)) + "</p>\n";
    page += "<p class=\"summary\">" + std::to_string(results.size()) + " structure(s), " + std::to_string(valid) + T(" conforme(s), ", " valid, ") +
            std::to_string(results.size() - valid) + T(" non conforme(s) (", " with errors (") + std::to_string(errors) + T(" erreur(s), ", " error(s), ") +
            std::to_string(warnings) + T(" avertissement(s)", " warning(s)") + (notes > 0 ? ", " + std::to_string(notes) + " note(s)" : std::string{}) + ")</p>\n</header>\n";
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i];
        const std::size_t n_errors = r.count(severity::error);
        page += "<section class=\"structure " + std::string{r.valid() ? "valid" : "invalid"} + "\" id=\"structure-" + std::to_string(i) +
                "\" data-kind=\"" + E(acronym(r.kind)) + "\">\n<h2>[" + std::to_string(i + 1) + "] " + E(acronym(r.kind)) + " " + T("« ", "\"") + E(r.name) + T(" »", "\"") +
                "<span class=\"verdict " + std::string{r.valid() ? "valid" : "invalid"} + "\">" +
                (r.valid() ? T("conforme", "valid") : std::to_string(n_errors) + T(" erreur(s)", " error(s)")) + "</span></h2>\n";
        page += "<p class=\"pointer\">" + E(r.pointer) + "</p>\n";
        if (!r.findings.empty()) {
            page += "<table class=\"diagnostics\">\n<tr><th>" + T("Gravité", "Severity") + "</th><th>" + T("Règle", "Rule") + "</th><th>" +
                    T("Champ", "Field") + "</th><th>" + T("Constat", "Finding") + "</th><th>" + T("Référence", "Reference") + "</th></tr>\n";
            for (const auto& f : r.findings) {
                const auto& diag = f.d;
                page += "<tr class=\"" + std::string{entry(diag.level).id} + "\"><td>" + E(entry(diag.level).name.in(L)) + "</td><td><code>" +
                        E(diag.rule.text()) + "</code></td><td><code>" + E(f.pointer) + "</code></td><td>" +
                        E(diag.detail.empty() ? diag.message(L) : diag.detail.in(L)) + E(diag.uncertainty_text(L)) + "<br><small>" + E(diag.message(L)) + "</small></td><td>";
                const auto url = diag.reference.url();
                if (!url.empty()) page += "<a href=\"" + E(url) + "\">" + E(diag.reference.citation()) + "</a>";
                else page += E(diag.reference.citation());
                page += "</td></tr>\n";
            }
            page += "</table>\n";
        }
        const auto* schedule = r.contract && r.contract->schedule ? &*r.contract->schedule : nullptr;
        if (!r.procedure && schedule == nullptr) {
            page += "</section>\n";
            continue;
        }
        std::vector<H::mark> events, due, paid;
        std::vector<std::string> late_items;
        if (r.procedure) {
            const auto& rp = r.procedure->result;
            page += "<h3>" + T("Procédure", "Procedure") + " <code>" + E(procedures::table_of(rp.kind).id) + "</code> : " + T("« ", "\"") +
                    E(procedures::name(rp.current).in(L)) + T(" »", "\"");
            if (rp.since) page += T(" depuis le ", " since ") + iso_text(*rp.since);
            page += "</h3>\n";
            for (const auto& x : r.procedure->events) {
                if (x.after_as_of) continue;
                const auto& ev = x.event;
                std::string label = iso_text(ev.on) + " " + std::string{name(ev.kind).in(L)};
                if (ev.mission) label += " (" + std::string{id(*ev.mission)} + ")";
                events.push_back({ev.on, label, x.refused ? "event-out" : "event"});
            }
            for (const auto& h : rp.history)
                if (!h.event) events.push_back({h.on, iso_text(h.on) + " " + std::string{procedures::name(h.to).in(L)} + T(" (au terme du délai)", " (at the end of the delay)"), "event"});
            std::sort(events.begin(), events.end(), [](const H::mark& a, const H::mark& b) { return a.on < b.on; });
            for (const auto& dl : rp.deadlines) {
                if (!dl.due) continue;
                const auto status = procedures::entry(dl.status);
                std::string label = iso_text(*dl.due) + " " + std::string{procedures::entry(dl.kind).name.in(L)};
                if (dl.mission) label += " (" + std::string{id(*dl.mission)} + ")";
                if (dl.period > 0) label += T(" (année ", " (year ") + std::to_string(dl.period) + ")";
                label += " — " + std::string{status.name.in(L)};
                due.push_back({*dl.due, label, std::string{status.id}});
            }
            std::sort(due.begin(), due.end(), [](const H::mark& a, const H::mark& b) { return a.on < b.on; });
            for (const auto& item : r.procedure->late) late_items.push_back(item.text.in(L) + " [" + std::string{item.rule.text()} + "]");
        }
        if (schedule != nullptr) {
            for (const auto& p : *schedule) {
                if (!paid.empty() && paid.back().on == p.due) continue;
                euros total{};
                for (const auto& q : *schedule)
                    if (q.due == p.due) total = *checked_add(total, q.amount);
                paid.push_back({p.due, iso_text(p.due) + " " + total.french_text(), "payment"});
            }
        }
        if (!late_items.empty()) {
            page += "<h3>" + T("En retard ou hors procédure", "Late or out of the procedure") + "</h3>\n<ul class=\"late-items\">\n";
            for (const auto& item : late_items) page += "<li class=\"late-item\">" + E(item) + "</li>\n";
            page += "</ul>\n";
        }
        page += "<h3>" + T("Frise", "Timeline") + "</h3>\n";
        page += H::timeline_svg(events, due, paid, rep.context.as_of, T("au ", "as of ") + iso_text(rep.context.as_of));
        page += "<p class=\"legend\">" +
                T("Au-dessus de l'axe : les événements (en rouge, ceux que la procédure refuse). Au-dessous : les échéances (vert tenue, rouge en "
                  "retard, orange à venir, gris sans objet ou écoulée). Ligne du bas : les versements du contrat (montant total par date).",
                  "Above the axis: the events (in red, those the procedure refuses). Below: the deadlines (green met, red late, orange pending, "
                  "grey lapsed or elapsed). Bottom line: the contract's payments (total by date).") +
                "</p>\n";
        if (r.procedure && !r.procedure->result.deadlines.empty()) {
            page += "<table class=\"deadlines\">\n<tr><th>" + T("Échéance", "Deadline") + "</th><th>" + T("État", "Status") + "</th><th>" +
                    T("Règle", "Rule") + "</th></tr>\n";
            for (const auto& dl : r.procedure->result.deadlines)
                page += "<tr class=\"" + std::string{procedures::entry(dl.status).id} + "\"><td>" + E(procedures::deadline_text(dl).in(L)) + "</td><td>" +
                        E(procedures::entry(dl.status).name.in(L)) + "</td><td><code>" + E(dl.rule->id.text()) + "</code></td></tr>\n";
            page += "</table>\n";
        }
        page += "</section>\n";
    }
    if (!rep.coverage.empty()) {
        page += "<section class=\"coverage\">\n<h2>" + T("Couverture des départements par les territoires des CPTS", "Coverage of the departments by the CPTS's territories") +
                "</h2>\n<p class=\"pointer\">" + E(commune_source) + "</p>\n<table>\n<tr><th>" + T("Département", "Department") + "</th><th>" +
                T("Lieux", "Places") + "</th><th>" + T("Habitants", "Inhabitants") + "</th><th>" + T("Couverts", "Covered") + "</th><th>" +
                T("Constats", "Findings") + "</th></tr>\n";
        for (const auto& cr : rep.coverage) {
            page += "<tr><td>" + E(cr.name.in(L)) + "</td><td>" + std::to_string(cr.places) +
                    "</td><td>" + grouped(cr.population, L) + "</td><td>" + grouped(cr.covered_population, L) + " (" +
                    E(territories::percent_text(cr.covered_basis_points).in(L)) + ")</td><td>";
            for (const auto& diag : cr.diagnostics)
                page += "<div class=\"" + std::string{entry(diag.level).id} + "\"><code>" + E(diag.rule.text()) + "</code> " + E(diag.detail.in(L)) + "</div>";
            page += "</td></tr>\n";
        }
        page += "</table>\n</section>\n";
    }
    page += "</body>\n</html>\n";
    return page;

}

/// The report as JSON (docs/json-format.md, "The report").
[[nodiscard]] inline boost::json::object json(const dossier_report& rep, const render_options& ro = {}) {
    using namespace detail_render;
    const auto L = ro.lang;
    const bilingual source = bilingual{} << std::string_view{ro.source};
    const auto& results = rep.structures;
    [[maybe_unused]] const std::size_t valid = rep.valid_structures(), errors = rep.count(severity::error),
                                       warnings = rep.count(severity::warning), notes = rep.count(severity::note);
    [[maybe_unused]] const std::string_view figures_name = rep.context.figures;
    [[maybe_unused]] const std::string commune_source = rep.context.communes ? rep.context.communes->source : std::string{};
    [[maybe_unused]] const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    [[maybe_unused]] const std::string what_if_banner = detail_render::what_if_banner(rep, L);
    [[maybe_unused]] const auto& simulation = rep.context;
    json::object out = json_header(ro.tool);
    out["report_format"] = "coordcare-report";
    out["report_version"] = report_version;
    out["source"] = source.in(L);
    out["as_of"] = iso_text(rep.context.as_of);
    out["region"] = rep.context.doctrine;
    out["figures"] = std::string{figures_name};
    if (simulation.what_if) {
        json::object w;
        w["rulebook"] = std::string{figures_name};
        json::array replaced;
        for (const auto& id : simulation.law_figures_replaced) replaced.emplace_back(id);
        w["law_figures_replaced"] = std::move(replaced);
        w["text"] = what_if_banner;
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
                y["total"] = amount_json_text(t->total);
                y["ceiling"] = figure_json(t->ceiling);
                y["over"] = t->over;
                json::array paid;
                for (const auto& c : t->payments) {
                    json::object z;
                    z["pointer"] = c.pointer;
                    z["paid"] = iso_text(c.paid);
                    z["amount"] = amount_json_text(c.amount);
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
                    y["fonctionnement"] = amount_json_text(t.fonctionnement);
                    if (t.ceiling.envelope) y["fonctionnement_envelope"] = figure_json(funding::use(*t.ceiling.envelope, t.edition->in_force_from));
                    y["accelerated"] = t.ceiling.accelerated;
                    if (t.total_at_full) y["total_at_100_percent"] = amount_json_text(*t.total_at_full);
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
                    if (r.contract->yearly_amounts[n]) y["amount"] = amount_json_text(r.contract->yearly_amounts[n]->value);
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
                    y["amount"] = amount_json_text(p.amount);
                    payments.push_back(std::move(y));
                }
                x["payments"] = std::move(payments);
                x["total"] = amount_json_text(sc.total());
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

/// The report as text for a terminal (what coordcare-check prints).
[[nodiscard]] inline std::string text(const dossier_report& rep, const render_options& ro = {}) {
    using namespace detail_render;
    const auto L = ro.lang;
    const bilingual source = bilingual{} << std::string_view{ro.source};
    const auto& results = rep.structures;
    [[maybe_unused]] const std::size_t valid = rep.valid_structures(), errors = rep.count(severity::error),
                                       warnings = rep.count(severity::warning), notes = rep.count(severity::note);
    [[maybe_unused]] const std::string_view figures_name = rep.context.figures;
    [[maybe_unused]] const std::string commune_source = rep.context.communes ? rep.context.communes->source : std::string{};
    [[maybe_unused]] const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    [[maybe_unused]] const std::string what_if_banner = detail_render::what_if_banner(rep, L);
    [[maybe_unused]] const auto& simulation = rep.context;
    const std::size_t coverage_findings = rep.coverage_findings();
    std::string text;
    text += ro.tool;
    text += ' ';
    text += version_string;
    text += " — ";
    text += for_terminal(source.in(L));
    text += '\n';
    text += tr(L, "Vérification au ", "Checked as of ");
    text += iso_text(rep.context.as_of);
    text += tr(L, ", doctrine régionale : ", ", regional doctrine: ");
    text += rep.context.doctrine;
    text += tr(L, ", figures : ", ", figures: ");
    text += for_terminal(figures_name);
    text += "\n";
    if (simulation.what_if) text += for_terminal(what_if_banner) + "\n";
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
                if (t.ceiling.envelope)
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
        text += for_terminal(commune_source) + ")\n";
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
    text += std::to_string(results.size()) + " structure(s), " + std::to_string(valid);
    text += tr(L, " conforme(s), ", " valid, ");
    text += std::to_string(results.size() - valid);
    text += tr(L, " non conforme(s) (", " with errors (");
    text += std::to_string(errors);
    text += tr(L, " erreur(s), ", " error(s), ");
    text += std::to_string(warnings);
    text += tr(L, " avertissement(s)", " warning(s)");
    if (notes > 0) text += ", " + std::to_string(notes) + std::string{tr(L, " note(s)", " note(s)")};
    text += ")";
    if (coverage_findings > 0)
        text += std::string{tr(L, " ; couverture : ", "; coverage: ")} + std::to_string(coverage_findings) + std::string{tr(L, " constat(s)", " finding(s)")};
    text += '.';
    text += '\n';
    return text;

}

}  // namespace coordcare::render
