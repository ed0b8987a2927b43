// Throughput of reading and validating dossiers: 10 000 generated dossiers at national scale (3 000 MSP,
// 3 000 CDS, 800 CPTS, 1 600 ESP, 1 600 ESS), each read from JSON text with read_dossier() and its
// structure validated. Prints MB/s and dossiers/s (median of 5 runs), the share of the time spent
// reading, and the time against Boost.JSON's own parse of the same text measured in the same process
// (target: at most 2.5 times as long; the program exits with 1 when it is not met).
//
//   coordcare_bench_read [COUNT]      (default 10000)
#include <coordcare/io.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {
using namespace coordcare;

const profession any_profession[] = {professions::nurse, professions::physiotherapist, professions::pharmacist,
                                     professions::midwife, professions::dentist, professions::speech_therapist};

template <structure_kind K>
structure<K> generate(std::mt19937& rng, int index) {
    structure<K> s;
    s.name = std::string{acronym(K)} + " n° " + std::to_string(index);
    s.form = K == structure_kind::msp ? legal_form::sisa
             : K == structure_kind::cds ? legal_form::commune_or_grouping
             : K == structure_kind::cpts ? legal_form::association_1901
                                         : legal_form::association_1901;
    s.ids.siren = "732829320"_siren;
    s.ids.siret = "73282932000074"_siret;
    s.seat = "93045"_insee;
    s.project = health_project{date{std::chrono::year{2024}, std::chrono::March, std::chrono::day{1}}};
    const int members = K == structure_kind::cpts ? 20 + static_cast<int>(rng() % 40) : 5 + static_cast<int>(rng() % 20);
    const practice_mode mode = K == structure_kind::cds ? practice_mode::salaried : practice_mode::liberal;
    for (int i = 0; i < members; ++i) {
        const std::string name = "Professionnel de santé n° " + std::to_string(i);
        if (K == structure_kind::cpts && i % 5 == 4) {
            s.members.push_back(organisation{"Établissement n° " + std::to_string(i), organisation_kind::health_establishment, true});
        } else if (i < 2) {
            s.members.push_back(person{name, professions::doctor,
                                       K == structure_kind::ess ? doctor_specialty::other_specialty : doctor_specialty::general_practice,
                                       mode, K == structure_kind::msp, true});
        } else {
            s.members.push_back(person{name, any_profession[rng() % 6], std::nullopt, mode, K == structure_kind::msp && i == 2, true});
        }
    }
    if constexpr (K == structure_kind::msp) s.funding.aci_signed = date{std::chrono::year{2023}, std::chrono::May, std::chrono::day{2}};
    if constexpr (K == structure_kind::cds) s.funding.national_agreement = true;
    return s;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

int main(int argc, char** argv) {
    const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10'000;
    std::mt19937 rng{20261124};
    std::vector<std::string> texts;
    texts.reserve(count);
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t share = i * 10'000 / count;  // the national proportions
        dossier d;
        if (share < 3'000) d.structures.push_back(generate<structure_kind::msp>(rng, static_cast<int>(i)));
        else if (share < 6'000) d.structures.push_back(generate<structure_kind::cds>(rng, static_cast<int>(i)));
        else if (share < 6'800) d.structures.push_back(generate<structure_kind::cpts>(rng, static_cast<int>(i)));
        else if (share < 8'400) d.structures.push_back(generate<structure_kind::esp>(rng, static_cast<int>(i)));
        else d.structures.push_back(generate<structure_kind::ess>(rng, static_cast<int>(i)));
        texts.push_back(write_dossier(d));
        bytes += texts.back().size();
    }

    const date as_of{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};
    std::vector<double> totals, reads, floors;
    std::size_t invalid = 0;
    for (int round = 0; round < 5; ++round) {
        // The floor of any reader built on Boost.JSON: its own parse of the same texts into a json::value.
        {
            std::size_t values = 0;
            const auto start = std::chrono::steady_clock::now();
            for (const auto& text : texts) {
                json::error_code ec;
                const json::value v = json::parse(text, ec);
                values += v.is_object() ? 1 : 0;
            }
            floors.push_back(seconds_since(start));
            if (values != texts.size()) return 1;
        }
        double reading = 0;
        invalid = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const auto& text : texts) {
            const auto t0 = std::chrono::steady_clock::now();
            const auto result = read_dossier(text);
            reading += seconds_since(t0);
            if (!result.ok()) return 1;
            for (const auto& s : result.value->structures)
                invalid += std::visit([&](const auto& x) { return validate(x, as_of).valid() ? 0 : 1; }, s);
        }
        totals.push_back(seconds_since(start));
        reads.push_back(reading);
    }
    std::sort(totals.begin(), totals.end());
    std::sort(reads.begin(), reads.end());
    std::sort(floors.begin(), floors.end());
    const double total = totals[2];
    std::printf("read and validated %zu dossiers (%.1f MB of JSON, %.0f bytes each), median of 5 runs:\n", count,
                static_cast<double>(bytes) / 1e6, static_cast<double>(bytes) / static_cast<double>(count));
    std::printf("  %.3f s: %.1f MB/s, %.0f dossiers/s (reading %.0f %% of the time); %zu structures with violations\n", total,
                static_cast<double>(bytes) / 1e6 / total, static_cast<double>(count) / total, 100.0 * reads[2] / total, invalid);
    std::printf("  Boost.JSON's own parse of the same text: %.3f s (%.1f MB/s); read + validate takes %.2f times as long\n", floors[2],
                static_cast<double>(bytes) / 1e6 / floors[2], total / floors[2]);
    const bool met = total / floors[2] <= 2.5;
    std::printf("  target at most 2.5 times: %s\n", met ? "met" : "NOT met");
    return met ? 0 : 1;
}
