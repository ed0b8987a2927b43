// The funding layer's cost: checking an ACI CPTS contract (its 11 rules), computing its five-year payment
// schedule and a yearly amount, and applying a rulebook, on the size-2 contract of docs/funding.md (three
// missions, 51 payments). A computation is a constexpr function on values: these show it is also cheap at
// run time, so a tool can recompute a schedule for every contract of a region on each request.
#include <coordcare/coordcare.hpp>

#include <benchmark/benchmark.h>

#include <chrono>

namespace {
using namespace coordcare;
using namespace coordcare::funding;

date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

aci_cpts_contract contract() {
    std::array<mission_year, contract_years> a{}, p{}, v{};
    a.fill({20'000_eur, 30'000_eur});
    p.fill({15'000_eur, 25'000_eur});
    v.fill({10'000_eur, 20'000_eur});
    aci_cpts_contract c{"CPTS du Val", "CPAM", "ARS", legal_form::association_1901, ymd(2021, 3, 15), ymd(2021, 1, 10), 60'000,
                        cpts_size::two, 5, 60'000_eur, {}};
    c.missions = {{cpts_mission::access_to_care, ymd(2021, 6, 1), ymd(2022, 9, 1), a},
                  {cpts_mission::patient_pathways, ymd(2021, 9, 15), std::nullopt, p},
                  {cpts_mission::prevention, ymd(2022, 3, 15), std::nullopt, v}};
    return c;
}

void validate_a_contract(benchmark::State& state) {
    const auto c = contract();
    for (auto _ : state) benchmark::DoNotOptimize(validate_contract(c, ymd(2025, 12, 31)));
}

void schedule_a_contract(benchmark::State& state) {
    const auto c = contract();
    const auto rates = achievement::uniform(achievement_rate{80_pct});
    for (auto _ : state) benchmark::DoNotOptimize(schedule_payments(c, rates));
}

void one_yearly_amount(benchmark::State& state) {
    const auto c = contract();
    const auto rates = achievement::uniform(achievement_rate{80_pct});
    for (auto _ : state) benchmark::DoNotOptimize(yearly_amount(c, 1, rates));
}

void apply_a_rulebook(benchmark::State& state) {
    const parameters::rulebook book{"bench", {{"ACI_CPTS.2019.PRORATION", proration_basis::months, certainty::stated, "a test"},
                                              {"PASS.2026", 48'060_eur, certainty::confirmed, "arrêté"}}};
    for (auto _ : state) benchmark::DoNotOptimize(parameters::apply(parameters::national_figures, book));
}

/// An MSP's year with the 19 indicators of avenant 1, and a FIR plan of 100 payments.
funding::msp_agreement msp_year() {
    funding::msp_agreement a{ymd(2021, 6, 1), ymd(2021, 3, 1), 2025, 6'500, {}};
    for (const auto& t : parameters::aci_msp_avenant_1.indicators)
        if (t) a.indicators.push_back({t->indicator, t->shape == msp_points_shape::by_professionals ? 12 : 1, 0, achievement_rate{80_pct}});
    return a;
}

void msp_remuneration_of_a_year(benchmark::State& state) {
    const auto a = msp_year();
    for (auto _ : state) benchmark::DoNotOptimize(msp_remuneration(a));
}

void validate_an_msp_year(benchmark::State& state) {
    const auto a = msp_year();
    for (auto _ : state) benchmark::DoNotOptimize(validate_agreement(a, ymd(2026, 6, 1)));
}

void check_a_fir_plan(benchmark::State& state) {
    fir_plan plan{"occitanie", ymd(2024, 1, 1), {}, {}};
    for (int i = 0; i < 100; ++i) plan.payments.push_back({ymd(2024, 1, 1), 100_eur});
    for (auto _ : state) benchmark::DoNotOptimize(check_fir_plan(plan, structure_kind::cpts, ymd(2026, 1, 1)));
}

BENCHMARK(msp_remuneration_of_a_year);
BENCHMARK(validate_an_msp_year);
BENCHMARK(check_a_fir_plan);
BENCHMARK(validate_a_contract);
BENCHMARK(schedule_a_contract);
BENCHMARK(one_yearly_amount);
BENCHMARK(apply_a_rulebook);
}  // namespace

BENCHMARK_MAIN();
