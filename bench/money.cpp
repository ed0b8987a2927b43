// The cost of the euros strong type: sums and percentages of 100 000 amounts with euros (checked
// arithmetic) and with plain std::int64_t cents (unchecked), in the same run.
#include <coordcare/vocabulary/money.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <vector>

namespace {
using namespace coordcare;

constexpr std::size_t count = 100'000;

std::vector<std::int64_t> random_cents() {
    std::mt19937_64 rng{20261124};
    std::uniform_int_distribution<std::int64_t> amount{0, 10'000'000};  // up to 100 000 €
    std::vector<std::int64_t> out(count);
    for (auto& c : out) c = amount(rng);
    return out;
}

void sum_plain_cents(benchmark::State& state) {
    const auto cents = random_cents();
    for (auto _ : state) {
        std::int64_t total = 0;
        for (const auto c : cents) total += c;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * count));
}

void sum_euros(benchmark::State& state) {
    std::vector<euros> amounts;
    for (const auto c : random_cents()) amounts.push_back(euros::from_cents(c));
    for (auto _ : state) {
        euros total;
        for (const auto a : amounts) total += a;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * count));
}

void percent_plain_cents(benchmark::State& state) {
    const auto cents = random_cents();
    for (auto _ : state) {
        std::int64_t total = 0;
        for (const auto c : cents) {
            const std::int64_t p = c * 7'500;  // 75 % in basis points, rounded half away from zero
            total += (p + 5'000) / 10'000;
        }
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * count));
}

void percent_euros(benchmark::State& state) {
    std::vector<euros> amounts;
    for (const auto c : random_cents()) amounts.push_back(euros::from_cents(c));
    for (auto _ : state) {
        euros total;
        for (const auto a : amounts) total += 75_pct * a;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * count));
}

BENCHMARK(sum_plain_cents);
BENCHMARK(sum_euros);
BENCHMARK(percent_plain_cents);
BENCHMARK(percent_euros);
}  // namespace

BENCHMARK_MAIN();
