// coordcare::check on a dossier of national size: 3 000 MSP, each with its ACI year, direct access and
// FIR plan, and 800 CPTS, each with its contract, event log, a territory of its own (the communes of
// France, in order of their codes, dealt out to the 800) and indemnities paid to professionals who are
// members of two CPTS (the sums of D.1434-44 over both), checked against the commune data
// of 2026 — about what an agency, or the health insurance for the whole country, holds.
//
// The MSP and the CPTS are those of the sample dossiers (examples/dossiers/msp-agreement.json and
// procedures.json), renamed. The dossier is made with 1 000, 2 000, 3 000 and 3 800 structures (the same
// proportion of MSP and CPTS each time); each is read once, then checked seven times with the commune data
// and seven without, and the fastest of each is printed with the time per structure (the fastest: the
// least disturbed by the other work of a shared machine). Targets: the whole size under a
// second, and the time per structure flat (at 3 800 structures at most 1.5x that at 1 000: a step that
// grows with the dossier, a quadratic search, shows as 3.8x); the program exits with 1 when either fails.
//
//   coordcare_bench_check [SAMPLES_DIR COMMUNE_DATA_DIR]
#include <coordcare/dossier/check.hpp>
#include <coordcare/io.hpp>
#include <coordcare/io/communes.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {
using namespace coordcare;

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path.c_str());
        std::exit(2);
    }
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

boost::json::object structure_of(const std::string& path, std::string_view kind) {
    const auto doc = boost::json::parse(file_text(path)).as_object();
    for (const auto& s : doc.at("structures").as_array())
        if (s.as_object().at("kind").as_string() == kind) return s.as_object();
    std::fprintf(stderr, "no %s in %s\n", std::string{kind}.c_str(), path.c_str());
    std::exit(2);
}

/// The current communes of the commune data, in the order of the file (their codes'): the first field
/// "c", the code second.
std::vector<std::string> communes_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string_view line{text.data() + start, end - start};
        if (line.size() > 8 && line.substr(0, 2) == "c\t") out.emplace_back(line.substr(2, 5));
        start = end + 1;
    }
    return out;
}

/// A dossier of `msps` MSP and `cptss` CPTS; the CPTS share the communes out among them.
std::string national_dossier(const boost::json::object& msp, const boost::json::object& cpts, const std::vector<std::string>& communes,
                             std::size_t msps, std::size_t cptss) {
    boost::json::array structures;
    structures.reserve(msps + cptss);
    for (std::size_t i = 0; i < msps; ++i) {
        auto s = msp;
        s["name"] = "MSP n° " + std::to_string(i + 1);
        structures.push_back(std::move(s));
    }
    const std::size_t per_cpts = communes.size() / 800;  // the territories of the full size, whatever the count
    for (std::size_t i = 0; i < cptss; ++i) {
        auto s = cpts;
        s["name"] = "CPTS n° " + std::to_string(i + 1);
        // Each professional is a member of two neighbouring CPTS, paid by both (their indemnities summed).
        const auto own = [&](boost::json::object& o, std::string_view key) {
            o[key] = std::string{o.at(key).as_string()} + " (" + std::to_string(i / 2 + 1) + ")";
        };
        for (auto& m : s["members"].as_array())
            if (auto* person = m.as_object().if_contains("person")) own(person->as_object(), "name");
        for (auto& payment : s["indemnities"].as_array()) own(payment.as_object(), "professional");
        boost::json::array territory;
        for (std::size_t k = i * per_cpts; k < (i + 1) * per_cpts; ++k) territory.emplace_back(communes[k]);
        s["seat"] = communes[i * per_cpts];
        s["territory"] = boost::json::object{{"communes", std::move(territory)}};
        structures.push_back(std::move(s));
    }
    return boost::json::serialize(boost::json::object{{"format", "coordcare-dossier"}, {"version", 6}, {"structures", std::move(structures)}});
}
}  // namespace

int main(int argc, char** argv) {
    const std::string samples = argc > 2 ? argv[1] : COORDCARE_SAMPLES_DIR;
    const std::string communes_dir = argc > 2 ? argv[2] : COORDCARE_COMMUNES_DIR;
    const auto msp = structure_of(samples + "/msp-agreement.json", "MSP");
    const auto cpts = structure_of(samples + "/procedures.json", "CPTS");
    check_options options;
    options.as_of = date{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};
    options.doctrine = doctrines::provence_alpes_cote_d_azur;
    commune_library library{communes_dir};
    const auto loaded = library.index_for(options.as_of);
    if (!loaded.index) {
        std::fprintf(stderr, "no commune data for 2025-06-01 in %s\n", communes_dir.c_str());
        return 2;
    }
    options.communes = loaded.index;
    options.communes_at = library.vintage_source();
    const auto codes = communes_of(file_text(communes_dir + "/communes-" + std::to_string(loaded.choice.vintage) + ".txt"));
    std::printf("coordcare::check of a national dossier (%zu communes dealt out to 800 CPTS), the fastest of 7 checks\n", codes.size());
    std::printf("  %6s %6s %8s %9s %13s %9s %9s %13s\n", "MSP", "CPTS", "MB", "check s", "us/structure", "errors", "warnings", "no communes");
    std::vector<double> per_structure;
    double full = 0;
    for (const std::size_t total : {1000, 2000, 3000, 3800}) {
        const std::size_t cptss = total * 800 / 3800, msps = total - cptss;
        const std::string text = national_dossier(msp, cpts, codes, msps, cptss);
        const auto read = read_dossier(text);
        if (!read.ok()) {
            std::fprintf(stderr, "the national dossier does not read: %s\n", read.errors.front().text(language::en).c_str());
            return 2;
        }
        std::size_t errors = 0, warnings = 0;
        // The the fastest of 7 checks, with the commune data and without (no seat, territory or coverage checked).
        const auto median_of = [&](const check_options& o) {
            std::vector<double> times;
            for (int run = 0; run < 7; ++run) {
                const auto start = std::chrono::steady_clock::now();
                const auto report = check(*read.value, o);
                times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
                if (report.structures.size() != msps + cptss) std::fprintf(stderr, "a structure is missing from the report\n"), std::exit(2);
                if (o.communes) errors = report.count(severity::error), warnings = report.count(severity::warning);
            }
            return *std::min_element(times.begin(), times.end());
        };
        const double median = median_of(options);
        check_options without = options;
        without.communes = nullptr;
        without.communes_at = nullptr;
        const double bare = median_of(without);
        per_structure.push_back(median / static_cast<double>(msps + cptss));
        if (total == 3800) full = median;
        std::printf("  %6zu %6zu %8.2f %9.3f %13.1f %9zu %9zu %11.1f us\n", msps, cptss, static_cast<double>(text.size()) / 1e6, median,
                    per_structure.back() * 1e6, errors, warnings, bare / static_cast<double>(msps + cptss) * 1e6);
    }
    const auto [low, high] = std::minmax_element(per_structure.begin(), per_structure.end());
    const double growth = per_structure.back() / per_structure.front();
    const bool fast = full < 1.0, flat = growth <= 1.5;
    std::printf("whole size: %.3f s (target under 1 s: %s); time per structure at 3 800 over 1 000: %.2f (target at most 1.5: %s);"
                " largest over smallest: %.2f\n",
                full, fast ? "met" : "MISSED", growth, flat ? "met" : "MISSED", *high / *low);
    return fast && flat ? 0 : 1;
}
