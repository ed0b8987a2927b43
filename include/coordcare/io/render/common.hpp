// coordcare — what the three renderers of a dossier's report share (<coordcare/io/render/text.hpp>,
// html.hpp, json.hpp): how a report is rendered (its options), the report's summary line, the what-if
// banner. Each renderer is a function of the report and renders it, nothing more: every number comes
// from the report (<coordcare/dossier/report.hpp>). Include only the renderer you use; <coordcare/io/report.hpp>
// includes the three.
#pragma once

#include <coordcare/dossier/report.hpp>
#include <coordcare/procedures/explain.hpp>
#include <coordcare/version.hpp>
#include <coordcare/vocabulary/label.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
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

namespace detail_render {

inline std::string certainty_mark(const source_note& s) { return std::string(1, letter(s.status)); }

/// Hundredths of a point as text: "7440,00" / "7440.00".
inline std::string points_text(std::int64_t hundredths, language L) {
    const std::int64_t cents = hundredths % 100;
    return std::to_string(hundredths / 100) + (L == language::fr ? "," : ".") + (cents < 10 ? "0" : "") + std::to_string(cents);
}

inline std::string grouped(std::int64_t n, language L) { return grouped_count(n).in(L); }

/// The report's count in one line: "20 structure(s), 12 conforme(s), 8 non conforme(s) (11 erreur(s),
/// 9 avertissement(s), 2 note(s))" — the text's summary and the HTML page's header.
[[nodiscard]] inline std::string summary_line(const dossier_report& rep, language L) {
    const std::size_t total = rep.structures.size(), valid = rep.valid_structures(), notes = rep.count(severity::note);
    std::string line = std::to_string(total) + " structure(s), " + std::to_string(valid) + std::string{tr(L, " conforme(s), ", " valid, ")};
    line += std::to_string(total - valid) + std::string{tr(L, " non conforme(s) (", " with errors (")};
    line += std::to_string(rep.count(severity::error)) + std::string{tr(L, " erreur(s), ", " error(s), ")};
    line += std::to_string(rep.count(severity::warning)) + std::string{tr(L, " avertissement(s)", " warning(s)")};
    if (notes > 0) line += ", " + std::to_string(notes) + " note(s)";
    return line + ")";
}

/// The name of the commune data the report's territories were checked against (empty without).
[[nodiscard]] inline std::string communes_source(const dossier_report& rep) { return rep.context.communes ? rep.context.communes->source : std::string{}; }

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
}  // namespace coordcare::render
