// coordcare-check — checks a dossier of structures (JSON) and reports, for each structure, its verdict
// and every violation with its rule, message, article of law and field.
//
//   coordcare-check [FILE|-] [--as-of YYYY-MM-DD] [--region PRESET] [--lang fr|en] [--format text|json]
//
// Exit status: 0 every structure is valid, 1 violations were found, 2 the input could not be read or
// the arguments are wrong. With no FILE it checks the sample dossier built into it.
#include <coordcare/io.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace coordcare::check {
extern const std::string_view bundled_sample;
extern const std::string_view bundled_sample_name;
}  // namespace coordcare::check

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
};

std::string_view tr(language lang, std::string_view fr, std::string_view en) { return lang == language::fr ? fr : en; }

void print_help(std::ostream& out) {
    out << "Usage: coordcare-check [FILE|-] [--as-of YYYY-MM-DD] [--region PRESET] [--lang fr|en] [--format text|json]\n"
           "\n"
           "Checks a dossier of coordinated-care structures (ESP, ESS, MSP, CDS, CPTS) against the rules of law,\n"
           "national agreements and regional doctrine in force on a date, and reports every violation with its\n"
           "rule id, message, article of law and field.\n"
           "\n"
           "  FILE              the dossier (JSON, format coordcare-dossier version 1); - reads standard input;\n"
           "                    without FILE, the sample dossier built into this program\n"
           "  --as-of DATE      the date the check is made for (default: today)\n"
           "  --region PRESET   the regional doctrine:";
    for (const auto& d : doctrines::all) out << ' ' << d.name;
    out << " (default: national)\n"
           "  --lang fr|en      the language of the messages (default: fr, the reference text)\n"
           "  --format text|json  the report's format (default: text)\n"
           "  --help, --version\n"
           "\n"
           "Exit status: 0 all structures valid, 1 violations found, 2 unreadable input or bad arguments.\n";
}

date today() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return date{now};
}

/// Parses the arguments; on a mistake prints why and returns nothing.
std::optional<options> parse_arguments(int argc, char** argv, int& exit_code) {
    options o;
    o.as_of = today();
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto arg = args[i];
        auto value = [&](std::string_view name) -> std::optional<std::string_view> {
            if (i + 1 < args.size()) return args[++i];
            std::cerr << "coordcare-check: " << name << " needs a value (see --help)\n";
            return std::nullopt;
        };
        if (arg == "--help" || arg == "-h") {
            print_help(std::cout);
            exit_code = exit_valid;
            return std::nullopt;
        }
        if (arg == "--version") {
            std::cout << "coordcare-check " << version_string << " (dossier format " << dossier_format << " version "
                      << dossier_format_version << ")\n";
            exit_code = exit_valid;
            return std::nullopt;
        }
        exit_code = exit_unreadable;
        if (arg == "--as-of") {
            const auto v = value(arg);
            if (!v) return std::nullopt;
            const auto d = parse_date(*v);
            if (!d) {
                std::cerr << "coordcare-check: --as-of expects a date YYYY-MM-DD that exists, not \"" << *v << "\"\n";
                return std::nullopt;
            }
            o.as_of = *d;
        } else if (arg == "--region") {
            const auto v = value(arg);
            if (!v) return std::nullopt;
            const auto* d = doctrines::find(*v);
            if (d == nullptr) {
                std::cerr << "coordcare-check: unknown --region \"" << *v << "\"; the presets are:";
                for (const auto& p : doctrines::all) std::cerr << ' ' << p.name;
                std::cerr << '\n';
                return std::nullopt;
            }
            o.doctrine = *d;
        } else if (arg == "--lang") {
            const auto v = value(arg);
            if (!v) return std::nullopt;
            if (*v != "fr" && *v != "en") {
                std::cerr << "coordcare-check: --lang expects fr or en, not \"" << *v << "\"\n";
                return std::nullopt;
            }
            o.lang = *v == "fr" ? language::fr : language::en;
        } else if (arg == "--format") {
            const auto v = value(arg);
            if (!v) return std::nullopt;
            if (*v != "text" && *v != "json") {
                std::cerr << "coordcare-check: --format expects text or json, not \"" << *v << "\"\n";
                return std::nullopt;
            }
            o.json_output = *v == "json";
        } else if (arg.size() > 1 && arg.front() == '-' ) {
            std::cerr << "coordcare-check: unknown option \"" << arg << "\" (see --help)\n";
            return std::nullopt;
        } else if (o.file) {
            std::cerr << "coordcare-check: one dossier at a time (got \"" << *o.file << "\" and \"" << arg << "\")\n";
            return std::nullopt;
        } else {
            o.file = std::string{arg};
        }
    }
    exit_code = exit_valid;
    return o;
}

/// Reads at most limit + 1 bytes, so that a huge input is refused without reading it all.
std::optional<std::string> read_input(const options& o, std::size_t limit, std::string& source) {
    if (!o.file) {
        source = std::string{check::bundled_sample_name};
        return std::string{check::bundled_sample};
    }
    source = *o.file == "-" ? "standard input" : *o.file;
    std::ifstream file;
    std::istream* in = &std::cin;
    if (*o.file != "-") {
        file.open(*o.file, std::ios::binary);
        if (!file) {
            std::cerr << "coordcare-check: cannot open \"" << *o.file << "\"\n";
            return std::nullopt;
        }
        in = &file;
    }
    std::string text(limit + 1, '\0');
    in->read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in->gcount()));
    if (in->bad()) {
        std::cerr << "coordcare-check: cannot read \"" << source << "\"\n";
        return std::nullopt;
    }
    return text;
}

json::object diagnostic_json(const diagnostic& d, const std::string& structure_pointer, language lang) {
    json::object out;
    out["rule"] = std::string{d.rule.text()};
    out["severity"] = std::string{entry(d.level).id};
    out["layer"] = std::string{entry(d.layer).id};
    out["message"] = d.message(lang);
    json::object reference;
    reference["citation"] = d.reference.citation();
    if (const auto url = d.reference.url(); !url.empty()) reference["url"] = url;
    out["reference"] = std::move(reference);
    out["pointer"] = structure_pointer + d.path.json_pointer();
    return out;
}

int report(const options& o, const dossier& d, const std::string& source) {
    struct checked {
        std::string kind, name, pointer;
        validation result;
    };
    std::vector<checked> results;
    for (std::size_t i = 0; i < d.structures.size(); ++i) {
        std::visit(
            [&](const auto& s) {
                results.push_back({std::string{acronym(kind_of_v<decltype(s)>)}, s.name, "/structures/" + std::to_string(i),
                                   validate(s, o.as_of, o.doctrine)});
            },
            d.structures[i]);
    }
    std::size_t valid = 0, errors = 0, warnings = 0;
    for (const auto& r : results) {
        valid += r.result.valid() ? 1 : 0;
        for (const auto& diag : r.result.diagnostics) (diag.level == severity::error ? errors : warnings) += 1;
    }
    const bool all_valid = valid == results.size();

    if (o.json_output) {
        json::object out;
        out["tool"] = "coordcare-check";
        out["version"] = version_string;
        out["source"] = source;
        out["as_of"] = iso_text(o.as_of);
        out["region"] = std::string{o.doctrine.name};
        out["language"] = o.lang == language::fr ? "fr" : "en";
        out["valid"] = all_valid;
        json::array structures;
        for (const auto& r : results) {
            json::object s;
            s["pointer"] = r.pointer;
            s["kind"] = r.kind;
            s["name"] = r.name;
            s["valid"] = r.result.valid();
            json::array diagnostics;
            for (const auto& diag : r.result.diagnostics) diagnostics.push_back(diagnostic_json(diag, r.pointer, o.lang));
            s["diagnostics"] = std::move(diagnostics);
            structures.push_back(std::move(s));
        }
        out["structures"] = std::move(structures);
        std::cout << pretty(out) << '\n';
        return all_valid ? exit_valid : exit_violations;
    }

    const auto L = o.lang;
    std::cout << "coordcare-check " << version_string << " — " << source << '\n'
              << tr(L, "Vérification au ", "Checked as of ") << iso_text(o.as_of) << tr(L, ", doctrine régionale : ", ", regional doctrine: ")
              << o.doctrine.name << "\n\n";
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i];
        std::cout << '[' << i + 1 << "] " << r.kind << tr(L, " « ", " \"") << r.name << tr(L, " » (", "\" (") << r.pointer << "): ";
        if (r.result.diagnostics.empty()) {
            std::cout << tr(L, "conforme", "valid") << '\n';
            continue;
        }
        std::cout << r.result.diagnostics.size() << tr(L, " manquement(s)", " violation(s)") << '\n';
        for (const auto& diag : r.result.diagnostics) {
            std::cout << "    " << entry(diag.level).name.in(L) << ' ' << diag.rule.text() << " — " << r.pointer
                      << diag.path.json_pointer() << '\n'
                      << "      " << diag.message(L) << '\n'
                      << "      " << diag.reference.citation();
            if (const auto url = diag.reference.url(); !url.empty()) std::cout << " — " << url;
            std::cout << '\n';
        }
    }
    std::cout << '\n'
              << tr(L, "Bilan : ", "Summary: ") << results.size() << tr(L, " structure(s), ", " structure(s), ") << valid
              << tr(L, " conforme(s), ", " valid, ") << results.size() - valid << tr(L, " non conforme(s) (", " with violations (")
              << errors << tr(L, " erreur(s), ", " error(s), ") << warnings << tr(L, " avertissement(s)).", " warning(s)).") << '\n';
    return all_valid ? exit_valid : exit_violations;
}

int report_read_errors(const options& o, const std::vector<read_error>& errors, const std::string& source) {
    if (o.json_output) {
        json::object out;
        out["tool"] = "coordcare-check";
        out["version"] = version_string;
        out["source"] = source;
        json::array list;
        for (const auto& e : errors) {
            json::object x;
            x["kind"] = std::string{id(e.kind)};
            x["pointer"] = e.pointer;
            x["expected"] = e.expected.in(o.lang);
            x["found"] = e.found.in(o.lang);
            list.push_back(std::move(x));
        }
        out["errors"] = std::move(list);
        std::cout << pretty(out) << '\n';
    } else {
        std::cerr << "coordcare-check: " << source << tr(o.lang, " ne peut pas être lu :", " cannot be read:") << '\n';
        for (const auto& e : errors) std::cerr << "  " << e.text(o.lang) << '\n';
    }
    return exit_unreadable;
}
}  // namespace

int main(int argc, char** argv) {
    int exit_code = exit_valid;
    const auto o = parse_arguments(argc, argv, exit_code);
    if (!o) return exit_code;
    const read_limits limits;
    std::string source;
    const auto text = read_input(*o, limits.max_bytes, source);
    if (!text) return exit_unreadable;
    const auto result = read_dossier(*text, limits);
    if (!result.ok()) return report_read_errors(*o, result.errors, source);
    return report(*o, *result.value, source);
}
