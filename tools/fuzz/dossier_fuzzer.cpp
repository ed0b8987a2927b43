// libFuzzer target on the dossier reader: any bytes must give a dossier or errors — never a crash, a
// leak, undefined behaviour, or a dossier together with errors. A dossier that reads must be checked by
// coordcare::check (every structure and record: contracts, their amounts and schedule, indemnities, an MSP's
// year, FIR plans, direct access, procedures replayed and compared with the contract) into a report whose
// findings all point into the dossier, and write back to a document that reads to the same dossier.
//
// Built with Clang only (-fsanitize=fuzzer,address,undefined); Boost.JSON's implementation is compiled
// into this program so that the sanitizers see it too.
#include <boost/json/src.hpp>

#include <coordcare/dossier/check.hpp>
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
    // The check as a library user calls it (without commune data: the territory checks are skipped, a note).
    check_options options;
    options.as_of = as_of;
    options.doctrine = doctrines::provence_alpes_cote_d_azur;
    const auto report = check(*result.value, options);
    if (report.structures.size() != result.value->structures.size() || report.notes.empty()) std::abort();
    for (const auto& s : report.structures) {
        for (const auto& f : s.findings)  // every finding points into the dossier, at its own structure or another's
            if (f.pointer.rfind("/structures/", 0) != 0 || f.d.message(language::en).empty()) std::abort();
        if (s.procedure)
            for (const auto& d : s.procedure->result.deadlines)
                if (d.rule == nullptr) std::abort();
        if (s.contract && s.contract->schedule && s.contract->yearly_amounts.size() != static_cast<std::size_t>(s.contract->contract.term_years))
            std::abort();
    }
    for (std::size_t i = 0; i < result.value->structures.size(); ++i) {
        const auto* f = result.value->funding_of(i);
        if (!f) continue;
        if (f->msp_agreement) {
            const auto paid = funding::msp_remuneration(*f->msp_agreement);
            if (paid.first.has_value() == paid.second.has_value()) std::abort();  // exactly one of a remuneration and why not
        }
        if (!f->events.empty()) {
            const structure_kind kind = std::visit([](const auto& x) { return kind_of_v<decltype(x)>; }, result.value->structures[i]);
            const auto replayed = procedures::replay(kind, f->events, as_of);
            if (procedures::diagnostics(replayed, f->events).size() != replayed.findings.size()) std::abort();  // one diagnostic per finding
        }
        if (f->contract) {
            const auto schedule = funding::schedule_payments(*f->contract, f->achievement_or_full());
            if (schedule.value.has_value() == schedule.error.has_value()) std::abort();  // exactly one of a schedule and why not
        }
    }
    const auto again = read_dossier(write_dossier(*result.value));
    if (!again.ok() || !(*again.value == *result.value)) std::abort();
    return 0;
}
