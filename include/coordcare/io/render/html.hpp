// coordcare — a dossier's report as one self-contained HTML page (no script, no external resource): the
// structures and their findings, each procedure's timeline, the coverage of the departments. Text from
// outside is escaped.
//
//   const auto report = coordcare::check(dossier, options);
//   const std::string page = coordcare::render::html(report, {language::fr, "my-dossier.json"});
//
// Needs neither Boost.JSON nor the JSON reader.
#pragma once

#include <coordcare/io/render/common.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coordcare::render {

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

/// The report as one self-contained HTML page (no script, no external resource).
[[nodiscard]] inline std::string html(const dossier_report& rep, const render_options& ro = {}) {
    using namespace detail_render;
    const auto L = ro.lang;
    const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    const auto& results = rep.structures;
    namespace H = detail_html;
    const auto E = [](std::string_view t) { return H::escape(t); };
    std::string page = "<!DOCTYPE html>\n<html lang=\"" + std::string{L == language::fr ? "fr" : "en"} + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    page += "<meta name=\"generator\" content=\"" + E(ro.tool) + " " + std::string{version_string} + "\">\n";
    page += "<title>" + E(ro.tool) + " — " + E(ro.source) + "</title>\n<style>" + std::string{H::style} + "</style>\n</head>\n<body>\n";
    page += "<header>\n<h1>" + E(ro.tool) + " " + std::string{version_string} + "</h1>\n<p>" + E(ro.source) + "</p>\n<p>";
    page += T("Vérification au ", "Checked as of ") + "<time datetime=\"" + iso_text(rep.context.as_of) + "\">" + iso_text(rep.context.as_of) + "</time>";
    page += T(", doctrine régionale : ", ", regional doctrine: ") + E(rep.context.doctrine) + T(", figures : ", ", figures: ") + E(rep.context.figures) + "</p>\n";
    if (rep.context.what_if) page += "<p class=\"what-if\"><strong>" + E(what_if_banner(rep, L)) + "</strong></p>\n";
    for (const auto& n : rep.notes) page += "<p class=\"note\">" + E(n.in(L)) + "</p>\n";
    page += "<p class=\"summary\">" + E(summary_line(rep, L)) + "</p>\n</header>\n";
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
                "</h2>\n<p class=\"pointer\">" + E(communes_source(rep)) + "</p>\n<table>\n<tr><th>" + T("Département", "Department") + "</th><th>" +
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

}  // namespace coordcare::render
