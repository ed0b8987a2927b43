// libFuzzer target on the dossier reader: any bytes must give a dossier or errors — never a crash, a
// leak, undefined behaviour, or a dossier together with errors. A dossier that reads must validate (its
// structures, a CPTS's contract and indemnities, whose amounts and schedule are computed, an MSP's year,
// whose remuneration is computed, a FIR plan and direct-access sessions; a procedure's event log is replayed,
// its findings explained, and compared with the contract), and write back to a document that reads to the
// same dossier.
//
// Built with Clang only (-fsanitize=fuzzer,address,undefined); Boost.JSON's implementation is compiled
// into this program so that the sanitizers see it too.
#include <boost/json/src.hpp>

#include <coordcare/io.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace coordcare;
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    const auto result = read_dossier(text);
    if (result.ok() == !result.errors.empty()) std::abort();  // exactly one of a dossier and errors
    if (!result.ok()) {
        for (const auto& e : result.errors)
            if (e.expected.en.empty() || e.expected.fr.empty() || (!e.pointer.empty() && e.pointer.front() != '/')) std::abort();
        return 0;
    }
    const date as_of{std::chrono::year{2025}, std::chrono::June, std::chrono::day{1}};
    for (const auto& s : result.value->structures)
        std::visit([&](const auto& x) { (void)validate(x, as_of, doctrines::provence_alpes_cote_d_azur); }, s);
    for (std::size_t i = 0; i < result.value->structures.size(); ++i) {
        const auto* f = result.value->funding_of(i);
        if (!f) continue;
        (void)funding::check_indemnities(f->indemnities, as_of);
        if (f->msp_agreement) {
            (void)funding::validate_agreement(*f->msp_agreement, as_of);
            const auto paid = funding::msp_remuneration(*f->msp_agreement);
            if (paid.first.has_value() == paid.second.has_value()) std::abort();  // exactly one of a remuneration and why not
        }
        const structure_kind kind = std::visit([](const auto& x) { return kind_of_v<decltype(x)>; }, result.value->structures[i]);
        if (f->fir_plan) (void)funding::check_fir_plan(*f->fir_plan, kind, as_of);
        if (f->direct_access) (void)practice::check_direct_access(*f->direct_access, as_of);
        if (!f->events.empty()) {
            const auto replayed = procedures::replay(kind, f->events, as_of);
            const auto diagnostics = procedures::diagnostics(replayed, f->events);
            if (diagnostics.size() != replayed.findings.size()) std::abort();  // one diagnostic per finding
            for (const auto& d : replayed.deadlines)
                if (d.rule == nullptr) std::abort();
            if (f->contract) (void)procedures::compare_with_contract(replayed, f->events, *f->contract);
        }
        if (!f->contract) continue;
        (void)funding::validate_contract(*f->contract, as_of);
        const auto rates = f->achievement_or_full();
        const auto schedule = funding::schedule_payments(*f->contract, rates);
        if (schedule.value.has_value() == schedule.error.has_value()) std::abort();  // exactly one of a schedule and why not
        for (int n = 1; n <= f->contract->term_years && schedule; ++n) (void)funding::yearly_amount(*f->contract, n, rates);
    }
    const auto again = read_dossier(write_dossier(*result.value));
    if (!again.ok() || !(*again.value == *result.value)) std::abort();
    return 0;
}
