// The coverage of all of France by a synthetic partition into about 800 CPTS territories (with overlaps
// and holes), timed from the files: reading the commune extract and parsing it into the index (load), then
// reading the territories, resolving their codes and computing the coverage (coverage). The same work is
// done in the same run by a Node.js script (bench/territory_coverage.mjs) on the same two files; both must
// find the same result. Prints both times, their ratio and the peak memory of each; the targets (at least
// 3x faster than Node, under 100 ms for load + coverage) are reported, not enforced: the program fails only
// when the two results differ.
//
//   coordcare_bench_territory [RUNS]      (default 10; best, median and first of RUNS in each process)
//
// The partition: the coverage units of the ARS departments in code order, every 37th left out (holes), cut
// into 800 runs of consecutive units; every 10th territory also takes the first 3 units of the next one
// (overlaps); the territory that holds Marseille's 1st arrondissement lists Marseille (13055) instead of its
// arrondissements, and the territory before the one that holds Lyon's 1st arrondissement also lists Lyon
// (69123): the whole city overlaps the arrondissements other territories list.

#include <coordcare/io/communes.hpp>
#include <coordcare/territory/commune_index.hpp>
#include <coordcare/territory/coverage.hpp>
#include <coordcare/territory/territory.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <sys/resource.h>
#include <unistd.h>
#include <variant>
#include <vector>

#ifndef COORDCARE_COMMUNES_FILE
#error "COORDCARE_COMMUNES_FILE: the commune extract (set by the CMake target coordcare::coordcare)"
#endif
#ifndef COORDCARE_BENCH_TERRITORY_SCRIPT
#error "COORDCARE_BENCH_TERRITORY_SCRIPT: the path of bench/territory_coverage.mjs (set by bench/CMakeLists.txt)"
#endif

namespace {
using namespace coordcare;
using namespace coordcare::territories;

constexpr std::size_t territory_count = 800;
constexpr std::size_t hole_every = 37;     // every 37th unit is in no territory
constexpr std::size_t overlap_every = 10;  // every 10th territory takes the first units of the next
constexpr std::size_t overlap_units = 3;

std::optional<std::string> read_file(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return std::nullopt;
    // One read into a string of the file's size (as load_commune_data does); a file that grows is read whole.
    std::string text;
    if (std::fseek(f, 0, SEEK_END) == 0) {
        const long size = std::ftell(f);
        if (size > 0) text.resize(static_cast<std::size_t>(size));
        std::rewind(f);
    }
    const std::size_t used = std::fread(text.data(), 1, text.size(), f);
    text.resize(used);
    char buffer[1 << 12];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) text.append(buffer, n);
    const bool ok = std::ferror(f) == 0;
    std::fclose(f);
    if (!ok) return std::nullopt;
    return text;
}

// ---- The synthetic partition, written once for both programs ---------------------------------------
struct partition {
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> codes;
};

partition make_partition(const commune_index& index) {
    // The coverage units of the ARS departments (a department's region has a 2-digit code), in code order.
    std::vector<place_id> units;
    const department_info* last = nullptr;
    for (std::uint32_t u = 0; u < index.unit_count(); ++u) {
        const place_id id = index.unit_place(u);
        const auto& p = index.at(id);
        if (last == nullptr || !(last->code == p.department)) last = index.department(p.department.text());
        if (last != nullptr && last->region.has_ars()) units.push_back(id);
    }
    std::sort(units.begin(), units.end(), [&](place_id a, place_id b) { return index.at(a).code.text() < index.at(b).code.text(); });
    std::vector<place_id> kept;
    for (std::size_t i = 0; i < units.size(); ++i)
        if (i % hole_every != hole_every - 1) kept.push_back(units[i]);

    std::vector<std::vector<place_id>> runs(territory_count);
    for (std::size_t t = 0; t < territory_count; ++t)
        runs[t].assign(kept.begin() + static_cast<std::ptrdiff_t>(t * kept.size() / territory_count),
                       kept.begin() + static_cast<std::ptrdiff_t>((t + 1) * kept.size() / territory_count));
    std::vector<std::vector<place_id>> chosen = runs;
    for (std::size_t t = 0; t + 1 < territory_count; ++t)
        if (t % overlap_every == overlap_every - 1)
            chosen[t].insert(chosen[t].end(), runs[t + 1].begin(), runs[t + 1].begin() + static_cast<std::ptrdiff_t>(std::min(overlap_units, runs[t + 1].size())));

    // A whole city instead of (or besides) arrondissements: `t` drops the city's arrondissements it has and lists the city.
    auto city_in = [&](std::size_t t, place_id city) {
        std::erase_if(chosen[t], [&](place_id id) { return index.at(id).parent == city; });
        chosen[t].push_back(city);
    };
    auto city = [&](std::string_view code) { return index.find(std::get<commune_code>(commune_code::parse(code))); };
    auto holding = [&](std::string_view code) -> std::optional<std::size_t> {  // the first territory that lists it
        const place_id id = city(code);
        for (std::size_t t = 0; t < territory_count; ++t)
            if (std::find(chosen[t].begin(), chosen[t].end(), id) != chosen[t].end()) return t;
        return std::nullopt;
    };
    if (const auto t = holding("13201")) city_in(*t, city("13055"));
    if (const auto t = holding("69381"); t && *t > 0) city_in(*t - 1, city("69123"));

    partition out;
    for (std::size_t t = 0; t < territory_count; ++t) {
        char name[32];
        std::snprintf(name, sizeof name, "CPTS %03zu", t + 1);
        out.names.emplace_back(name);
        auto& codes = out.codes.emplace_back();
        for (const auto id : chosen[t]) codes.emplace_back(index.at(id).code.text());
    }
    return out;
}

bool write_partition(const std::string& path, const partition& p) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) return false;
    for (std::size_t t = 0; t < p.names.size(); ++t) {
        std::fputs(p.names[t].c_str(), f);
        for (const auto& c : p.codes[t]) std::fprintf(f, "\t%s", c.c_str());
        std::fputc('\n', f);
    }
    return std::fclose(f) == 0;
}

// ---- One timed run: load, then coverage -----------------------------------------------------------
struct totals {
    long long places = 0, population = 0, covered_places = 0, covered_population = 0;
    long long white_zone = 0, white_zone_population = 0;
    long long overlap_groups = 0, overlap_places = 0, overlap_population = 0;
    friend bool operator==(const totals&, const totals&) = default;
};

struct run_result {
    double load_ms = 0, coverage_ms = 0;
    long page_faults = 0;  // minor page faults during the run (memory the run touches first)
    totals result;
    std::size_t territories = 0, codes = 0, bad_codes = 0, diagnostics = 0;
};

double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

long minor_faults() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

std::optional<run_result> run_once(const std::string& extract, const std::string& partition_file) {
    run_result r;
    const long faults_before = minor_faults();
    auto start = std::chrono::steady_clock::now();
    auto text = read_file(extract);
    if (!text) return std::nullopt;
    const auto loaded = commune_index::parse(std::move(*text));
    if (!loaded.index) {
        std::fprintf(stderr, "%s\n", loaded.error->summary(language::en).c_str());
        return std::nullopt;
    }
    const commune_index& index = *loaded.index;
    r.load_ms = ms_since(start);

    start = std::chrono::steady_clock::now();
    const auto lines = read_file(partition_file);
    if (!lines) return std::nullopt;
    std::vector<coordcare::territories::territory> territories;
    std::vector<std::string> names;
    std::vector<commune_code> codes;
    const std::string_view all{*lines};
    for (std::size_t at = 0; at < all.size();) {
        auto end = all.find('\n', at);
        if (end == std::string_view::npos) end = all.size();
        const auto line = all.substr(at, end - at);
        at = end + 1;
        if (line.empty()) continue;
        codes.clear();
        auto tab = line.find('\t');
        names.emplace_back(line.substr(0, tab));
        while (tab != std::string_view::npos) {
            const auto next = line.find('\t', tab + 1);
            const auto field = line.substr(tab + 1, next == std::string_view::npos ? std::string_view::npos : next - tab - 1);
            tab = next;
            const auto c = commune_code::parse(field);
            if (const auto* code = std::get_if<commune_code>(&c)) codes.push_back(*code);
            else ++r.bad_codes;
        }
        r.codes += codes.size();
        auto checked = resolve(index, codes);
        r.diagnostics += checked.diagnostics.size();
        territories.push_back(std::move(checked.value));
    }
    const auto report = coverage(index, territories, area::france(), names);
    r.coverage_ms = ms_since(start);
    r.page_faults = minor_faults() - faults_before;

    r.territories = territories.size();
    auto& t = r.result;
    t.places = static_cast<long long>(report.places);
    t.population = report.population;
    t.covered_places = static_cast<long long>(report.covered_places);
    t.covered_population = report.covered_population;
    t.white_zone = static_cast<long long>(report.white_zone.size());
    t.white_zone_population = report.white_zone_population;
    t.overlap_groups = static_cast<long long>(report.overlaps.size());
    for (const auto& o : report.overlaps) t.overlap_places += static_cast<long long>(o.places.size());
    t.overlap_population = report.overlap_population;
    return r;
}

struct stats {
    double first = 0, best = 0, median = 0;
};
stats stats_of(std::vector<double> v) {
    stats s{v.front(), 0, 0};
    std::sort(v.begin(), v.end());
    s.best = v.front();
    const std::size_t n = v.size();
    s.median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return s;
}

/// A "VmHWM:" or "VmRSS:" figure of /proc/self/status, in kB (0 when unknown).
long status_kb(std::string_view key) {
    const auto status = read_file("/proc/self/status");
    if (!status) return 0;
    const auto at = status->find(key);
    if (at == std::string::npos) return 0;
    return std::strtol(status->c_str() + at + key.size(), nullptr, 10);
}

// ---- Node's side ----------------------------------------------------------------------------------
std::string shell_quoted(std::string_view s) {
    std::string out = "'";
    for (const char c : s) out += c == '\'' ? std::string{"'\\''"} : std::string(1, c);
    return out + "'";
}

/// The number after "key": in Node's flat JSON object; NaN when absent.
double json_number(const std::string& json, std::string_view key) {
    const auto at = json.find("\"" + std::string{key} + "\":");
    if (at == std::string::npos) return std::nan("");
    return std::strtod(json.c_str() + at + key.size() + 3, nullptr);
}
long long json_integer(const std::string& json, std::string_view key) {
    const auto at = json.find("\"" + std::string{key} + "\":");
    if (at == std::string::npos) return -1;
    return std::strtoll(json.c_str() + at + key.size() + 3, nullptr, 10);
}

/// The string after "key": (no escapes: a version).
std::string json_string(const std::string& json, std::string_view key) {
    const auto at = json.find("\"" + std::string{key} + "\":\"");
    if (at == std::string::npos) return "?";
    const auto from = at + key.size() + 4;
    return json.substr(from, json.find('"', from) - from);
}

totals node_totals(const std::string& json) {
    totals t;
    t.places = json_integer(json, "places");
    t.population = json_integer(json, "population");
    t.covered_places = json_integer(json, "covered_places");
    t.covered_population = json_integer(json, "covered_population");
    t.white_zone = json_integer(json, "white_zone");
    t.white_zone_population = json_integer(json, "white_zone_population");
    t.overlap_groups = json_integer(json, "overlap_groups");
    t.overlap_places = json_integer(json, "overlap_places");
    t.overlap_population = json_integer(json, "overlap_population");
    return t;
}

void print_totals(const char* who, const totals& t) {
    std::printf("  %-10s %lld places, %lld inhabitants; covered %lld places, %lld inhabitants; white zone %lld places, %lld inhabitants;"
                " %lld overlap groups, %lld places, %lld inhabitants\n",
                who, t.places, t.population, t.covered_places, t.covered_population, t.white_zone, t.white_zone_population,
                t.overlap_groups, t.overlap_places, t.overlap_population);
}

void print_row(const char* who, const char* what, double load, double cover, double total) {
    std::printf("  %-10s %-7s %9.2f ms %11.2f ms %9.2f ms\n", who, what, load, cover, total);
}
}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    const std::string extract = COORDCARE_COMMUNES_FILE;
    const std::string script = COORDCARE_BENCH_TERRITORY_SCRIPT;
    const long start_rss_kb = status_kb("VmRSS:");

    // The partition, from a first load of the data (not timed), to a temporary file both programs read.
    std::string partition_file;
    std::size_t partition_codes = 0;
    {
        const auto loaded = load_commune_data(extract);
        if (!loaded.index) {
            std::fprintf(stderr, "%s\n", loaded.error->summary(language::en).c_str());
            return 2;
        }
        const auto p = make_partition(*loaded.index);
        for (const auto& c : p.codes) partition_codes += c.size();
        partition_file = (std::filesystem::temp_directory_path() / ("coordcare-territories-" + std::to_string(::getpid()) + ".tsv")).string();
        if (!write_partition(partition_file, p)) {
            std::fprintf(stderr, "cannot write %s\n", partition_file.c_str());
            return 2;
        }
    }
    struct remove_at_exit {
        std::string path;
        ~remove_at_exit() { std::remove(path.c_str()); }
    } cleanup{partition_file};

    // coordcare: RUNS runs in this process.
    std::vector<double> load, cover, total, faults;
    run_result last;
    for (int i = 0; i < runs; ++i) {
        const auto r = run_once(extract, partition_file);
        if (!r) {
            std::fprintf(stderr, "a run failed\n");
            return 2;
        }
        if (i > 0 && !(r->result == last.result)) {
            std::fprintf(stderr, "MISMATCH: two runs of coordcare disagree\n");
            return 1;
        }
        last = *r;
        load.push_back(r->load_ms), cover.push_back(r->coverage_ms), total.push_back(r->load_ms + r->coverage_ms);
        faults.push_back(static_cast<double>(r->page_faults));
    }
    const auto cl = stats_of(load), cc = stats_of(cover), ct = stats_of(total);
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const long peak_kb = std::max(static_cast<long>(usage.ru_maxrss), status_kb("VmHWM:"));

    std::printf("coverage of France (ARS regions) by %zu territories listing %zu codes (holes: every %zuth unit; overlaps: every %zuth"
                " territory takes %zu units of the next; Marseille and Lyon listed whole), %d runs in each process\n",
                last.territories, partition_codes, hole_every, overlap_every, overlap_units, runs);
    std::printf("  partition: %s\n", partition_file.c_str());
    if (last.bad_codes != 0 || last.diagnostics != 0)
        std::printf("  note: %zu unreadable codes, %zu diagnostics from resolve()\n", last.bad_codes, last.diagnostics);
    print_totals("coordcare", last.result);
    std::printf("  %-10s %-7s %12s %14s %12s\n", "", "", "load", "coverage", "total");
    print_row("coordcare", "best", cl.best, cc.best, ct.best);
    print_row("", "median", cl.median, cc.median, ct.median);
    print_row("", "first", cl.first, cc.first, ct.first);
    std::printf("  coordcare peak memory: %.1f MB (maxrss; %.1f MB at start); %.0f minor page faults per run (median)\n",
                static_cast<double>(peak_kb) / 1024.0, static_cast<double>(start_rss_kb) / 1024.0, stats_of(faults).median);
    std::fflush(stdout);

    // Node.js: the same work on the same files, in its own process.
    if (std::system("command -v node >/dev/null 2>&1") != 0) {
        std::printf("  node: not found on PATH, no comparison\n");
        return 0;
    }
    const std::string command = "node " + shell_quoted(script) + " " + shell_quoted(extract) + " " + shell_quoted(partition_file) + " " + std::to_string(runs);
    std::FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        std::printf("  node: cannot be run, no comparison\n");
        return 0;
    }
    std::string json;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) json.append(buffer, n);
    const int status = ::pclose(pipe);
    if (status != 0 || json.find("\"total_median_ms\":") == std::string::npos) {
        std::fprintf(stderr, "node failed (status %d): %s\n", status, json.c_str());
        return 2;
    }
    const totals nt = node_totals(json);
    print_totals("node", nt);
    print_row("node", "best", json_number(json, "load_best_ms"), json_number(json, "coverage_best_ms"), json_number(json, "total_best_ms"));
    print_row("", "median", json_number(json, "load_median_ms"), json_number(json, "coverage_median_ms"), json_number(json, "total_median_ms"));
    print_row("", "first", json_number(json, "load_first_ms"), json_number(json, "coverage_first_ms"), json_number(json, "total_first_ms"));
    std::printf("  node peak memory: %.1f MB (resourceUsage().maxRSS; %.1f MB at start); %.0f minor page faults in all (start included); node %s\n",
                json_number(json, "max_rss_kb") / 1024.0, json_number(json, "start_rss_kb") / 1024.0, json_number(json, "minor_page_faults"),
                json_string(json, "node_version").c_str());

    const double ratio_best = json_number(json, "total_best_ms") / ct.best;
    const double ratio_median = json_number(json, "total_median_ms") / ct.median;
    std::printf("  ratio node / coordcare (load + coverage): %.2fx on the best runs, %.2fx on the medians"
                " (load %.2fx, coverage %.2fx on the medians)\n",
                ratio_best, ratio_median, json_number(json, "load_median_ms") / cl.median, json_number(json, "coverage_median_ms") / cc.median);
    std::printf("  targets (medians): at least 3x faster than node: %s (%.2fx); under 100 ms for load + coverage: %s (%.2f ms)\n",
                ratio_median >= 3.0 ? "met" : "MISSED", ratio_median, ct.median < 100.0 ? "met" : "MISSED", ct.median);
    if (!(nt == last.result)) {
        std::printf("MISMATCH: coordcare and node disagree on the coverage\n");
        return 1;
    }
    std::printf("  same result: yes\n");
    return 0;
}
