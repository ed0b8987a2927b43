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
#include <coordcare/io/report.hpp>
#include <coordcare/io/communes.hpp>


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
        std::cerr << "coordcare-check: " << render::for_terminal(message.in(o.lang)) << '\n';
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

/// The report of a dossier's check in the format of the options, on standard output; the exit code.
int report(const options& o, const dossier_report& rep, const bilingual& source) {
    const render::render_options ro{o.lang, source.in(o.lang), "coordcare-check"};
    if (o.html_output) std::cout << render::html(rep, ro);
    else if (o.json_output) std::cout << pretty(render::json(rep, ro)) << '\n';
    else std::cout << render::text(rep, ro);
    return rep.valid() ? exit_valid : exit_violations;
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
        std::string text = "coordcare-check: " + render::for_terminal(source.in(L)) + std::string{tr(L, " ne peut pas être lu :", " cannot be read:")} + '\n';
        for (const auto& e : errors) text += "  " + render::for_terminal(e.text(L)) + '\n';
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
