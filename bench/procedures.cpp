// The procedures layer's cost: replaying a CPTS's event log as of a date — the 20 events of the sample
// dossier's five-year contract (examples/dossiers/procedures.json), with its 18 deadlines — and turning a
// replay with findings into diagnostics. An agency's tool replays every project of a region on each request
// (a few hundred to a few thousand logs): this shows the cost per log, and that a log of 2 000 events (a
// hostile file) costs in proportion, not worse.
#include <coordcare/procedures.hpp>

#include <benchmark/benchmark.h>

#include <chrono>
#include <vector>

namespace {
using namespace coordcare;
using K = procedure_event_kind;

date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

std::vector<procedure_event> val_de_seille() {
    const auto e = [](K k, date on, std::optional<cpts_mission> m = std::nullopt) { return procedure_event{k, on, m}; };
    return {e(K::letter_filed, ymd(2020, 1, 13)), e(K::ccopd_opinion, ymd(2020, 2, 6)), e(K::letter_validated, ymd(2020, 2, 27)),
            e(K::project_submitted, ymd(2020, 11, 23)), e(K::complements_requested, ymd(2020, 12, 10)),
            e(K::complements_received, ymd(2020, 12, 21)), e(K::project_validated, ymd(2021, 1, 10)), e(K::contract_signed, ymd(2021, 3, 15)),
            e(K::mission_started, ymd(2021, 6, 1), cpts_mission::access_to_care), e(K::mission_started, ymd(2021, 9, 15), cpts_mission::patient_pathways),
            e(K::follow_up_meeting, ymd(2022, 2, 14)), e(K::mission_started, ymd(2022, 3, 15), cpts_mission::prevention),
            e(K::mission_deployed, ymd(2022, 9, 1), cpts_mission::access_to_care), e(K::follow_up_meeting, ymd(2023, 1, 16)),
            e(K::mission_deployed, ymd(2023, 2, 1), cpts_mission::patient_pathways), e(K::mission_deployed, ymd(2023, 3, 1), cpts_mission::prevention),
            e(K::follow_up_meeting, ymd(2024, 2, 5)), e(K::amendment_signed, ymd(2024, 6, 10), cpts_mission::quality_relevance),
            e(K::follow_up_meeting, ymd(2025, 3, 3)), e(K::follow_up_meeting, ymd(2025, 11, 17))};
}

void replay_a_cpts_log(benchmark::State& state) {
    const auto log = val_de_seille();
    for (auto _ : state) benchmark::DoNotOptimize(procedures::replay(structure_kind::cpts, log, ymd(2026, 1, 15)));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(log.size()));
}

/// The same log with its contract's events repeated: amendments and follow-up meetings, one a day.
void replay_a_long_log(benchmark::State& state) {
    auto log = val_de_seille();
    const auto events = static_cast<std::size_t>(state.range(0));
    for (std::size_t i = 0; log.size() < events; ++i)
        log.push_back({i % 2 ? K::amendment_signed : K::follow_up_meeting, add_days(ymd(2025, 11, 18), std::chrono::days{static_cast<int>(i / 8)})});
    for (auto _ : state) benchmark::DoNotOptimize(procedures::replay(structure_kind::cpts, log, ymd(2026, 1, 15)));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(log.size()));
}

/// A log whose contract is signed before its project is validated and whose missions are late: the replay
/// and its diagnostics with their French and English texts.
void diagnostics_of_a_late_log(benchmark::State& state) {
    auto log = val_de_seille();
    log.erase(log.begin() + 6);  // no validation: the signature breaks CPTS.CONTRACT.PROJECT_VALIDATED, and what follows
    for (auto _ : state) {
        const auto r = procedures::replay(structure_kind::cpts, log, ymd(2026, 1, 15));
        benchmark::DoNotOptimize(procedures::diagnostics(r, log));
    }
}
}  // namespace

BENCHMARK(replay_a_cpts_log);
BENCHMARK(replay_a_long_log)->Arg(200)->Arg(2'000);
BENCHMARK(diagnostics_of_a_late_log);
BENCHMARK_MAIN();
