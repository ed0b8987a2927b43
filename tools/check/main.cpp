// coordcare-check — checks a dossier of structures (JSON) and reports, for each structure, its verdict
// and every finding with its rule, what was found, the article of law and the field.
//
//   coordcare-check [FILE|-] [--as-of YYYY-MM-DD] [--region PRESET] [--rulebook FILE] [--communes FILE]
//                   [--complements suspend|restart] [--deemed-validation day-after|last-day]
//                   [--lang fr|en] [--format text|json|html]
//
// Every seat is checked against the official commune data (TERRITORY.SEAT): the extract installed with the
// library, found without configuration (<coordcare/io/communes.hpp>), or the one --communes names. A
// CPTS's territory (format version 4) is checked code by code (TERRITORY.*) and shown with its population,
// its size and the departments it touches; for a dossier of several CPTS, the coverage of each department
// they touch: overlaps, white zone, share of the population covered.
//
// For a CPTS with an ACI contract (dossier format version 2) it also shows the size, the edition in force
// at the signature, the missions due with their deadlines and which are late as of the date, the amounts of
// each contract year and the payment schedule, with the figures used and their certainty; --rulebook
// applies a user's figures over the national ones. For an MSP's year under the ACI MSP (format version 3)
// it shows the points of each indicator, the euros, the advance and the balance with their dates and, for
// an MSP not yet a SISA, the day by which it must become one; for a FIR plan, the doctrine's figures and
// what the plan pays; for direct-access sessions, their count; each with the figures used.
//
// Exit status: 0 every structure is valid (warnings may be reported), 1 a structure has an error, 2 the
// input could not be read or the arguments are wrong. With no FILE it checks the sample dossier built
// into it, which has errors on purpose (so its exit status is 1).
//
// Everything it prints is in the chosen language, argument errors included; with --format json every
// outcome (a report, read errors, argument errors) is one JSON document on standard output. The text
// report escapes control characters, so that a name read from a file never reaches a terminal raw.
#include <coordcare/io.hpp>
#include <coordcare/dossier/check.hpp>
#include <coordcare/io/communes.hpp>

#include "html_report.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_set>
#include <variant>
#include <vector>

namespace coordcare::check_tool {
extern const std::string_view bundled_sample;
extern const std::string_view bundled_sample_path;
}  // namespace coordcare::check_tool

namespace {
using namespace coordcare;

constexpr int exit_valid = 0;
constexpr int exit_violations = 1;
constexpr int exit_unreadable = 2;

struct options {
    std::optional<std::string> file;  // "-" for standard input; none for the bundled sample
    date as_of{};
    regional_doctrine doctrine = doctrines::national;
    language lang = language::fr;
    bool json_output = false;
    bool html_output = false;  ///< --format html: one self-contained HTML page on standard output
    std::optional<std::string> rulebook_file;
    std::optional<std::string> communes_file;
    procedures::delay_conventions conventions{};  ///< --complements, --deemed-validation
};

std::string_view tr(language lang, std::string_view fr, std::string_view en) { return lang == language::fr ? fr : en; }

/// Text that came from outside (a file's names, a path) made safe for a terminal: C0 and C1 control
/// characters, DEL, and the Unicode controls that reorder or break lines (bidirectional overrides and
/// isolates, line and paragraph separators) are written as \u escapes; bytes that are not UTF-8 as \xNN.
std::string for_terminal(std::string_view text) {
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

void print_help(std::ostream& out, language L) {
    out << tr(L, "Usage : ", "Usage: ")
        << "coordcare-check [FILE|-] [--as-of YYYY-MM-DD] [--region PRESET] [--rulebook FILE] [--communes FILE]\n"
           "                [--complements suspend|restart] [--deemed-validation day-after|last-day]\n"
           "                [--lang fr|en] [--format text|json|html]\n\n"
        << tr(L,
              "Vérifie un dossier de structures d'exercice coordonné (ESP, ESS, MSP, CDS, CPTS) au regard des règles\n"
              "de la loi, des accords nationaux et de la doctrine régionale en vigueur à une date, et signale chaque\n"
              "manquement avec sa règle, ce qui a été constaté, l'article de loi et le champ.\n\n"
              "  FILE              le dossier (JSON, format coordcare-dossier, versions 1 à 5) ; - lit l'entrée standard ;\n"
              "                    sans FILE, l'exemple intégré au programme (qui comporte des erreurs, à dessein)\n"
              "  --as-of DATE      la date de la vérification (par défaut : aujourd'hui)\n"
              "  --region PRESET   la doctrine régionale :",
              "Checks a dossier of coordinated-care structures (ESP, ESS, MSP, CDS, CPTS) against the rules of law,\n"
              "national agreements and regional doctrine in force on a date, and reports every finding with its\n"
              "rule, what was found, the article of law and the field.\n\n"
              "  FILE              the dossier (JSON, format coordcare-dossier, versions 1 to 5); - reads standard input;\n"
              "                    without FILE, the sample built into this program (which has errors, on purpose)\n"
              "  --as-of DATE      the date the check is made for (default: today)\n"
              "  --region PRESET   the regional doctrine:");
    for (const auto& d : doctrines::all) out << ' ' << d.name;
    out << tr(L,
              " (par défaut : national)\n"
              "  --rulebook FILE   des figures (JSON coordcare-rulebook) qui remplacent les figures nationales\n"
              "  --communes FILE   les données des communes (extrait coordcare, docs/territory.md) ; par défaut\n"
              "                    celles installées avec la bibliothèque, ou la variable COORDCARE_COMMUNES\n"
              "  --complements suspend|restart  une demande de compléments suspend le délai de deux mois d'un projet de\n"
              "                    CPTS ou le fait repartir à la réception ; par défaut, selon la doctrine : suspendu\n"
              "                    sous celle de l'ARS PACA, qui le dit, reparti sinon (CRPA L.114-5)\n"
              "  --deemed-validation day-after|last-day  le jour où le projet est réputé validé : le lendemain du\n"
              "                    dernier jour du délai (par défaut) ou ce dernier jour (docs/procedures.md)\n"
              "  --lang fr|en      la langue des messages (par défaut : fr, le texte de référence)\n"
              "  --format text|json|html  le format du rapport (par défaut : text) ; en json, les erreurs de lecture et\n"
              "                    d'arguments sont aussi un document JSON sur la sortie standard ; html écrit une page\n"
              "                    autonome (sans réseau ni script) avec la frise de chaque procédure\n"
              "  --help, --version\n\n"
              "Code de sortie : 0 toutes les structures sont conformes (des avertissements peuvent être signalés),\n"
              "1 une structure au moins a une erreur (c'est le cas de l'exemple intégré), 2 entrée illisible ou\n"
              "arguments erronés.\n",
              " (default: national)\n"
              "  --rulebook FILE   figures (JSON coordcare-rulebook) that replace the national ones\n"
              "  --communes FILE   the commune data (a coordcare extract, docs/territory.md); by default the data\n"
              "                    installed with the library, or the variable COORDCARE_COMMUNES\n"
              "  --complements suspend|restart  a request for complements suspends a CPTS project's two-month delay\n"
              "                    or makes it start again on receipt; by default, by the doctrine: suspended under\n"
              "                    ARS PACA's, which says so, started again otherwise (CRPA L.114-5)\n"
              "  --deemed-validation day-after|last-day  the day a project is deemed validated: the day after the\n"
              "                    delay's last day (default) or that last day (docs/procedures.md)\n"
              "  --lang fr|en      the language of the messages (default: fr, the reference text)\n"
              "  --format text|json|html  the report's format (default: text); with json, read and argument errors are\n"
              "                    also a JSON document on standard output; html writes a self-contained page (no\n"
              "                    network, no script) with the timeline of each procedure\n"
              "  --help, --version\n\n"
              "Exit status: 0 all structures valid (warnings may be reported), 1 at least one structure has an\n"
              "error (as the bundled sample does), 2 unreadable input or bad arguments.\n");
}

date today() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return date{now};
}

/// The header every JSON document of the program starts with.
json::object json_header() {
    json::object out;
    out["tool"] = "coordcare-check";
    out["version"] = version_string;
    return out;
}

/// An argument error: printed in the chosen language, as text on standard error or as JSON on standard output.
int argument_error(const options& o, const bilingual& message) {
    if (o.json_output) {
        json::object out = json_header();
        out["language"] = o.lang == language::fr ? "fr" : "en";
        json::array errors;
        json::object e;
        e["kind"] = "argument";
        e["message"] = message.in(o.lang);
        errors.push_back(std::move(e));
        out["errors"] = std::move(errors);
        std::cout << pretty(out) << '\n';
    } else {
        std::cerr << "coordcare-check: " << for_terminal(message.in(o.lang)) << '\n';
    }
    return exit_unreadable;
}

/// Parses the arguments. Returns the options, or an exit code after printing help, version or an error.
/// --lang and --format are read first, so that every message is in the language and format asked for.
std::variant<options, int> parse_arguments(int argc, char** argv) {
    options o;
    o.as_of = today();
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == "--lang" && (args[i + 1] == "fr" || args[i + 1] == "en")) o.lang = args[i + 1] == "fr" ? language::fr : language::en;
        if (args[i] == "--format" && (args[i + 1] == "text" || args[i + 1] == "json" || args[i + 1] == "html")) {
            o.json_output = args[i + 1] == "json";
            o.html_output = args[i + 1] == "html";
        }
    }
    const auto quoted = [](std::string_view text) { return "\"" + std::string{text} + "\""; };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto arg = args[i];
        std::optional<std::string_view> value;
        auto take_value = [&]() -> bool {
            if (i + 1 >= args.size()) return false;
            value = args[++i];
            return true;
        };
        auto missing_value = [&] {
            return argument_error(o, bilingual{} << std::string{arg} << label{" attend une valeur (voir --help)", " needs a value (see --help)"});
        };
        if (arg == "--help" || arg == "-h") {
            print_help(std::cout, o.lang);
            return exit_valid;
        }
        if (arg == "--version") {
            std::cout << "coordcare-check " << version_string << tr(o.lang, " (format de dossier ", " (dossier format ") << dossier_format
                      << " version " << dossier_format_version << ")\n";
            return exit_valid;
        }
        if (arg == "--as-of") {
            if (!take_value()) return missing_value();
            const auto d = parse_date(*value);
            if (!d)
                return argument_error(o, bilingual{} << label{"--as-of attend une date AAAA-MM-JJ qui existe, non ", "--as-of expects a date YYYY-MM-DD that exists, not "}
                                                     << quoted(*value));
            o.as_of = *d;
        } else if (arg == "--rulebook") {
            if (!take_value()) return missing_value();
            o.rulebook_file = std::string{*value};
        } else if (arg == "--communes") {
            if (!take_value()) return missing_value();
            o.communes_file = std::string{*value};
        } else if (arg == "--region") {
            if (!take_value()) return missing_value();
            const auto* d = doctrines::find(*value);
            if (d == nullptr) {
                bilingual message = bilingual{} << label{"--region inconnue ", "unknown --region "} << quoted(*value)
                                                << label{" ; les doctrines sont :", "; the presets are:"};
                for (const auto& p : doctrines::all) message << " " << p.name;
                return argument_error(o, message);
            }
            o.doctrine = *d;
        } else if (arg == "--complements") {
            if (!take_value()) return missing_value();
            if (*value != "suspend" && *value != "restart")
                return argument_error(o, bilingual{} << label{"--complements attend suspend ou restart, non ", "--complements expects suspend or restart, not "}
                                                     << quoted(*value));
            o.conventions.complements = *value == "suspend" ? procedures::complements_effect::suspend : procedures::complements_effect::restart;
        } else if (arg == "--deemed-validation") {
            if (!take_value()) return missing_value();
            if (*value != "day-after" && *value != "last-day")
                return argument_error(o, bilingual{} << label{"--deemed-validation attend day-after ou last-day, non ",
                                                              "--deemed-validation expects day-after or last-day, not "}
                                                     << quoted(*value));
            o.conventions.decision =
                *value == "day-after" ? procedures::deemed_decision_day::day_after_expiry : procedures::deemed_decision_day::expiry_day;
        } else if (arg == "--lang") {
            if (!take_value()) return missing_value();
            if (*value != "fr" && *value != "en")
                return argument_error(o, bilingual{} << label{"--lang attend fr ou en, non ", "--lang expects fr or en, not "} << quoted(*value));
        } else if (arg == "--format") {
            if (!take_value()) return missing_value();
            if (*value != "text" && *value != "json" && *value != "html")
                return argument_error(o, bilingual{} << label{"--format attend text, json ou html, non ", "--format expects text, json or html, not "}
                                                     << quoted(*value));
        } else if (arg.size() > 1 && arg.front() == '-') {
            return argument_error(o, bilingual{} << label{"option inconnue ", "unknown option "} << quoted(arg)
                                                 << label{" (voir --help)", " (see --help)"});
        } else if (o.file) {
            return argument_error(o, bilingual{} << label{"un seul dossier à la fois (reçu ", "one dossier at a time (got "} << quoted(*o.file)
                                                 << label{" et ", " and "} << quoted(arg) << ")");
        } else {
            o.file = std::string{arg};
        }
    }
    return o;
}

/// The input, or the error that prevents reading it. Reads at most limit + 1 bytes, so that a huge input
/// is refused without reading it all; a regular file's real size is taken from the file system.
struct input {
    std::string text;
    bilingual source;
    std::optional<read_error> too_large;
};

std::optional<input> read_input(const options& o, std::size_t limit) {
    input in;
    if (!o.file) {
        in.source = bilingual{} << label{"l'exemple intégré (", "the bundled sample ("} << check_tool::bundled_sample_path << ")";
        in.text = std::string{check_tool::bundled_sample};
        return in;
    }
    if (*o.file == "-") in.source = {"l'entrée standard", "standard input"};
    else in.source = same(*o.file);
    std::ifstream file;
    std::istream* stream = &std::cin;
    std::optional<std::size_t> real_size;
    if (*o.file != "-") {
        std::error_code ec;
        if (std::filesystem::is_directory(*o.file, ec)) {
            argument_error(o, bilingual{} << label{"« ", "\""} << *o.file << label{" » est un répertoire, non un fichier", "\" is a directory, not a file"});
            return std::nullopt;
        }
        file.open(*o.file, std::ios::binary);
        if (!file) {
            argument_error(o, bilingual{} << label{"impossible d'ouvrir « ", "cannot open \""} << *o.file << label{" »", "\""});
            return std::nullopt;
        }
        if (std::filesystem::is_regular_file(*o.file, ec)) {
            const auto size = std::filesystem::file_size(*o.file, ec);
            if (!ec) real_size = static_cast<std::size_t>(size);
        }
        stream = &file;
    }
    in.text.resize(limit + 1);
    stream->read(in.text.data(), static_cast<std::streamsize>(in.text.size()));
    in.text.resize(static_cast<std::size_t>(stream->gcount()));
    if (stream->bad()) {
        argument_error(o, bilingual{} << label{"impossible de lire ", "cannot read "} << in.source);
        return std::nullopt;
    }
    if (in.text.size() > limit) {
        in.too_large = too_large_error(limit, real_size && *real_size > limit ? real_size : std::nullopt);
        in.text.clear();
    }
    return in;
}

json::object figure_json(const used_figure& f) {
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

json::object diagnostic_json(const diagnostic& d, const std::string& structure_pointer, language lang) {
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

std::string certainty_mark(const source_note& s) { return std::string(1, letter(s.status)); }

/// Hundredths of a point as text: "7440,00" / "7440.00".
std::string points_text(std::int64_t hundredths, language L) {
    const std::int64_t cents = hundredths % 100;
    return std::to_string(hundredths / 100) + (L == language::fr ? "," : ".") + (cents < 10 ? "0" : "") + std::to_string(cents);
}

// ---- The ACI MSP, FIR plans and direct access in the report ----------------------------------------

json::object agreement_json(const msp_year_report& v, language L) {
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

std::string agreement_text(const msp_year_report& v, language L) {
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

json::object fir_json(const fir_report& v, language L) {
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

std::string fir_text(const fir_report& v, language L) {
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

json::object direct_access_json(const direct_access_report& x) {
    json::object o;
    o["setting"] = std::string{id(x.record.setting)};
    o["department"] = x.record.department;
    o["sessions_without_diagnosis"] = x.sessions_without_diagnosis;
    o["patients"] = x.patients;
    o["max_sessions_figure"] = std::string{x.max_sessions.id};
    return o;
}

std::string direct_access_text(const direct_access_report& x, language L) {
    const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    return T("    Accès direct (kinésithérapie) : ", "    Direct access (physiotherapy): ") + std::to_string(x.sessions_without_diagnosis) +
           T(" séance(s) sans diagnostic pour ", " session(s) without a diagnosis for ") + std::to_string(x.patients) +
           T(" patient(s), département ", " patient(s), department ") + for_terminal(x.record.department) + T(" ; au plus ", "; at most ") +
           x.max_sessions.value_text() + T(" par patient (", " per patient (") + std::string{x.max_sessions.id} + ")\n";
}

std::string grouped(std::int64_t n, language L) { return grouped_count(n).in(L); }

json::object territory_json(const territory_report& t, language L) {
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

std::string territory_text(const territory_report& t, language L) {
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

std::string procedure_text(const procedure_report& v, language L) {
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

json::object procedure_json(const procedure_report& v, language L) {
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
    return x;
}

/// The report of a dossier's check in the format of the options, on standard output; the exit code.
int report(const options& o, const dossier_report& rep, const bilingual& source) {
    const auto& results = rep.structures;
    const std::size_t valid = rep.valid_structures(), errors = rep.count(severity::error), warnings = rep.count(severity::warning),
                      notes = rep.count(severity::note);
    const std::size_t coverage_findings = rep.coverage_findings();
    const bool all_valid = rep.valid();
    const auto& simulation = rep.context;
    const std::string_view figures_name = rep.context.figures;
    const std::string commune_source = rep.context.communes ? rep.context.communes->source : std::string{};
    const auto L = o.lang;
    const auto T = [&](std::string_view fr, std::string_view en) { return std::string{tr(L, fr, en)}; };
    // A what-if says so before anything else: its verdicts are a simulation's.
    std::string what_if_banner;
    if (simulation.what_if) {
        what_if_banner = T("SIMULATION : le rulebook « ", "WHAT-IF: the rulebook \"") + std::string{figures_name} + T(" » ", "\" ");
        if (simulation.law_figures_replaced.empty()) what_if_banner += T("se dit une simulation", "says it is a simulation");
        else {
            what_if_banner += T("remplace des figures de la loi (", "replaces figures of the law (");
            for (std::size_t k = 0; k < simulation.law_figures_replaced.size(); ++k) what_if_banner += (k ? ", " : "") + simulation.law_figures_replaced[k];
            what_if_banner += ")";
        }
        what_if_banner += T(" : ce rapport n'est pas le verdict de la loi.", ": this report is not the law's verdict.");
    }

    if (o.html_output) {
        namespace H = check_tool::html;
        const auto E = [](std::string_view t) { return H::escape(t); };
        std::string page = "<!DOCTYPE html>\n<html lang=\"" + std::string{L == language::fr ? "fr" : "en"} + "\">\n<head>\n<meta charset=\"utf-8\">\n";
        page += "<meta name=\"generator\" content=\"coordcare-check " + std::string{version_string} + "\">\n";
        page += "<title>coordcare-check — " + E(source.in(L)) + "</title>\n<style>" + std::string{H::style} + "</style>\n</head>\n<body>\n";
        page += "<header>\n<h1>coordcare-check " + std::string{version_string} + "</h1>\n<p>" + E(source.in(L)) + "</p>\n<p>";
        page += T("Vérification au ", "Checked as of ") + "<time datetime=\"" + iso_text(o.as_of) + "\">" + iso_text(o.as_of) + "</time>";
        page += T(", doctrine régionale : ", ", regional doctrine: ") + E(o.doctrine.name) + T(", figures : ", ", figures: ") + E(figures_name) + "</p>\n";
        if (simulation.what_if) page += "<p class=\"what-if\"><strong>" + E(what_if_banner) + "</strong></p>\n";
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
            page += H::timeline_svg(events, due, paid, o.as_of, T("au ", "as of ") + iso_text(o.as_of));
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
        std::cout << page;
        return all_valid ? exit_valid : exit_violations;
    }

    if (o.json_output) {
        json::object out = json_header();
        out["source"] = source.in(L);
        out["as_of"] = iso_text(o.as_of);
        out["region"] = std::string{o.doctrine.name};
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
        out["valid"] = all_valid;
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
        std::cout << pretty(out) << '\n';
        return all_valid ? exit_valid : exit_violations;
    }

    std::string text;
    text += "coordcare-check ";
    text += version_string;
    text += " — ";
    text += for_terminal(source.in(L));
    text += '\n';
    text += tr(L, "Vérification au ", "Checked as of ");
    text += iso_text(o.as_of);
    text += tr(L, ", doctrine régionale : ", ", regional doctrine: ");
    text += o.doctrine.name;
    text += tr(L, ", figures : ", ", figures: ");
    text += for_terminal(figures_name);
    text += "\n";
    if (simulation.what_if) text += for_terminal(what_if_banner) + "\n";
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
                text += m.socle ? " [socle]" : T(" [optionnelle]", " [optional]");
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
    std::cout << text;
    return all_valid ? exit_valid : exit_violations;
}

int report_read_errors(const options& o, const std::vector<read_error>& errors, const bilingual& source) {
    const auto L = o.lang;
    if (o.json_output) {
        json::object out = json_header();
        out["source"] = source.in(L);
        out["language"] = L == language::fr ? "fr" : "en";
        json::array list;
        for (const auto& e : errors) {
            json::object x;
            x["kind"] = std::string{id(e.kind)};
            x["pointer"] = e.pointer;
            x["expected"] = e.expected.in(L);
            x["found"] = e.found.in(L);
            x["message"] = e.text(L);
            list.push_back(std::move(x));
        }
        out["errors"] = std::move(list);
        std::cout << pretty(out) << '\n';
    } else {
        std::string text = "coordcare-check: " + for_terminal(source.in(L)) + std::string{tr(L, " ne peut pas être lu :", " cannot be read:")} + '\n';
        for (const auto& e : errors) text += "  " + for_terminal(e.text(L)) + '\n';
        std::cerr << text;
    }
    return exit_unreadable;
}
}  // namespace

int main(int argc, char** argv) {
    const auto parsed = parse_arguments(argc, argv);
    if (const auto* code = std::get_if<int>(&parsed)) return *code;
    const auto& o = std::get<options>(parsed);
    const read_limits limits;
    const auto in = read_input(o, limits.max_bytes);
    if (!in) return exit_unreadable;
    if (in->too_large) return report_read_errors(o, {*in->too_large}, in->source);
    // A rulebook first: a figure set that cannot be built is an input error, whatever the dossier says.
    std::optional<parameters::applied_rulebook> applied;
    if (o.rulebook_file) {
        options ro = o;
        ro.file = o.rulebook_file;
        const auto book_in = read_input(ro, limits.max_bytes);
        if (!book_in) return exit_unreadable;
        if (book_in->too_large) return report_read_errors(o, {*book_in->too_large}, book_in->source);
        auto book = read_rulebook(book_in->text, limits);
        if (!book.ok()) return report_read_errors(o, book.errors, book_in->source);
        book.value->file = *o.rulebook_file;
        applied.emplace(parameters::apply(parameters::national_figures, *book.value));
        if (!applied->errors.empty()) {
            std::vector<read_error> errors;
            for (const auto& e : applied->errors)
                errors.push_back({read_error_kind::invalid_value, "/figures/" + std::to_string(e.index),
                                  {"une figure que cette version connaît, avec une valeur admise", "a figure this version knows, with a value it admits"},
                                  e.why});
            return report_read_errors(o, errors, book_in->source);
        }
    }
    const auto result = read_dossier(in->text, limits);
    if (!result.ok()) return report_read_errors(o, result.errors, in->source);
    // The commune data: --communes, or the data found without configuration (next to this program when it
    // is installed, or the build's).
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    const auto program_dir = ec ? std::filesystem::path{argv[0]}.parent_path() : self.parent_path();
    // Every vintage, each read when a date asks for it: the one in force on the check's date for the seats,
    // territories and coverage; the one in force at a contract's signature for its size then.
    auto library = o.communes_file ? commune_library{*o.communes_file} : commune_library_found(program_dir);
    const auto communes = library.index_for(o.as_of);
    if (!communes.index) {
        const auto& e = *communes.error;
        const bilingual where = communes.file.empty() ? bilingual{"les données des communes", "the commune data"} : same(communes.file.string());
        return report_read_errors(o, {{read_error_kind::invalid_value, e.line > 0 ? "line " + std::to_string(e.line) : std::string{}, e.expected, e.found}}, where);
    }
    check_options co;
    co.as_of = o.as_of;
    co.doctrine = o.doctrine;
    if (applied) {
        co.figures = &applied->figures();
        co.what_if = applied->what_if;
        co.law_figures_replaced = applied->law_figures_replaced;
    }
    co.communes = communes.index;
    co.communes_at = library.vintage_source();
    co.conventions = o.conventions;
    return report(o, check(*result.value, co), in->source);
}
