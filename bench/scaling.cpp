// Linear cost under a large input: reads and checks a dossier of one CPTS with 1 000, 10 000 and 100 000
// members (the largest the default limits allow: 100 000 array elements, 16 MiB), and prints the time
// per member at each size. A quadratic step anywhere (a duplicate search, a string built again and
// again) shows as a time per member that grows tenfold from one size to the next; the three figures must
// stay within 2× of each other, and the program exits with 1 when they do not.
//
// Two dossiers at each size: a valid one, and one where every member breaks a rule (a doctor without a
// specialty), so that the diagnostics' path is measured too.
//
//   coordcare_bench_scaling [BASE]      (default 1000: sizes BASE, 10×BASE, 100×BASE)
#include <coordcare/io.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {
using namespace coordcare;

/// A dossier of one CPTS with n members, each of them broken when `broken`.
std::string dossier_text(std::size_t n, bool broken) {
    const int codes[] = {10, 21, 60, 70, 91, 50, 40, 80};
    std::string out = R"({"format": "coordcare-dossier", "version": 1, "structures": [{"kind": "CPTS", "name": "CPTS du Grand Territoire",
        "form": "association_1901", "ids": {}, "seat": "75120", "project": {"adopted": "2024-03-01"},
        "funding": {"fir_requested": false}, "members": [)";
    out.reserve(n * 150 + 400);
    for (std::size_t i = 0; i < n; ++i) {
        const int code = broken ? 10 : codes[i % 8];
        if (i > 0) out += ",\n";
        out += R"({"person": {"name": "Professionnel n° )" + std::to_string(i) + R"(", "job": {"profession": )" + std::to_string(code) +
               "}";
        if (code == 10 && !broken) out += R"(, "specialty": "general_practice")";
        out += R"(, "mode": "L", "associate": false, "signatory": true}})";
    }
    out += "]}]}";
    return out;
}

struct measure {
    double seconds;
    std::size_t diagnostics;
};

/// Reads and validates the text; the median of 5 runs.
measure read_and_check(const std::string& text) {
    std::vector<double> times;
    std::size_t diagnostics = 0;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const auto result = read_dossier(text);
        if (!result.ok()) {
            std::fprintf(stderr, "the generated dossier does not read: %s\n", result.errors.at(0).text().c_str());
            std::exit(2);
        }
        diagnostics = validate(std::get<cpts>(result.value->structures.at(0)), std::chrono::year{2025} / 6 / 1).diagnostics.size();
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return {times[2], diagnostics};
}
}  // namespace

int main(int argc, char** argv) {
    const std::size_t base = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000;
    bool linear = true;
    for (const bool broken : {false, true}) {
        std::printf("%s:\n", broken ? "every member breaks a rule" : "a valid CPTS");
        std::vector<double> per_member;
        for (const std::size_t n : {base, base * 10, base * 100}) {
            const std::string text = dossier_text(n, broken);
            const auto m = read_and_check(text);
            per_member.push_back(m.seconds / static_cast<double>(n));
            std::printf("  %7zu members  %6.2f MB  %9.4f s  %8.1f ns/member  %zu diagnostics\n", n,
                        static_cast<double>(text.size()) / 1e6, m.seconds, per_member.back() * 1e9, m.diagnostics);
        }
        const auto [low, high] = std::minmax_element(per_member.begin(), per_member.end());
        const double spread = *high / *low;
        std::printf("  largest / smallest time per member: %.2f (must stay below 2)\n", spread);
        linear = linear && spread < 2.0;
    }
    return linear ? 0 : 1;
}
