// Writes docs/rules.md from the rule catalogue itself (include/coordcare/structures/catalogue.hpp and the
// rule families of include/coordcare/structures/rules/).
//
//   coordcare-rules-doc [OUTPUT]      (standard output without OUTPUT)
//
// The test suite regenerates the page and fails when the committed one differs; the target
// update-rules-doc rewrites it.
#include "../generated_page.hpp"

#include <coordcare/coordcare.hpp>

#include <cstddef>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {
using namespace coordcare;

struct catalogue_entry {
    rule_info info;
    bool on_constants;
    std::vector<structure_kind> kinds;
    std::string applies_to = {};  ///< for a rule of the funding layer: what it checks
};

template <structure_kind K>
void collect(std::map<std::string, catalogue_entry>& out) {
    for_each_rule<K>([&](auto rule_type) {
        using R = typename decltype(rule_type)::type;
        auto [it, added] = out.try_emplace(std::string{R::info.id.text()}, catalogue_entry{R::info, checked_on_constants<R>, {}});
        it->second.kinds.push_back(K);
    });
}

template <std::size_t... I>
std::map<std::string, catalogue_entry> catalogue(std::index_sequence<I...>) {
    std::map<std::string, catalogue_entry> out;
    (collect<checked_structure_kinds[I]>(out), ...);
    // The funding layer's rules, checked on records rather than on a structure.
    for (const auto* info : funding::rules::indemnity_rules)
        out.try_emplace(std::string{info->id.text()}, catalogue_entry{*info, false, {}, "CPTS: indemnities paid to members"});
    funding::rules::contract_rules::for_each([&](auto rule_type) {
        using R = typename decltype(rule_type)::type;
        out.try_emplace(std::string{R::info.id.text()}, catalogue_entry{R::info, checked_on_constants<R>, {}, "CPTS: ACI contract"});
    });
    for (const auto* info : {&funding::rules::contract_territory_at_signature::info, &funding::rules::contract_size_evolution::info})
        out.try_emplace(std::string{info->id.text()}, catalogue_entry{*info, false, {}, "CPTS: ACI contract and its territory"});
    funding::rules::agreement_rules::for_each([&](auto rule_type) {
        using R = typename decltype(rule_type)::type;
        out.try_emplace(std::string{R::info.id.text()}, catalogue_entry{R::info, checked_on_constants<R>, {}, "MSP: a year under the ACI MSP"});
    });
    for (const auto* info : funding::rules::fir_rules)
        out.try_emplace(std::string{info->id.text()}, catalogue_entry{*info, false, {}, "a FIR start-up aid plan"});
    for (const auto* info : practice::rules::direct_access_rules)
        out.try_emplace(std::string{info->id.text()}, catalogue_entry{*info, false, {}, "direct-access physiotherapy sessions"});
    for (const auto* info : territories::rules::territory_rules) {
        const std::string_view id = info->id.text();
        const char* what = id == "TERRITORY.SEAT"                                     ? "any structure's seat, with the commune data"
                           : id == "TERRITORY.OVERLAP" || id == "TERRITORY.WHITE_ZONE" ? "the coverage of an area by CPTS territories"
                                                                                       : "a CPTS's territory, with the commune data";
        out.try_emplace(std::string{id}, catalogue_entry{*info, false, {}, what});
    }
    for (const auto* info : procedures::rules::procedure_rules)
        out.try_emplace(std::string{info->id.text()}, catalogue_entry{*info, false, {}, "an event log replayed (docs/procedures.md)"});
    return out;
}

std::string kinds_text(const std::vector<structure_kind>& kinds, const std::string& applies_to = {}) {
    if (!applies_to.empty()) return applies_to;
    std::string out;
    for (const auto k : kinds) {
        if (!out.empty()) out += ", ";
        out += acronym(k);
    }
    return out;
}

/// The anchor GitHub gives a heading: lower case, punctuation other than '-' and '_' dropped.
std::string anchor(std::string_view heading) {
    std::string out;
    for (const char c : heading) {
        if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') out += c;
        else if (c == ' ') out += '-';
    }
    return out;
}

std::string date_text(date d) {
    return d == since_always ? std::string{"always"} : iso_text(d);
}

std::string reference_text(const legal_reference& r) {
    const std::string url = r.url();
    if (url.empty()) return r.citation();
    std::string out{"["};  // appended piece by piece: GCC 12 warns wrongly (-Wrestrict) on a + chain at -O3
    out += r.citation();
    out += "](";
    out += url;
    out += ')';
    return out;
}

std::string page() {
    const auto rules = catalogue(std::make_index_sequence<checked_structure_kinds.size()>{});
    std::ostringstream md;
    md << "# Rule reference\n\n"
       << "<!-- Generated by tools/rules_doc from the rule catalogue; do not edit. "
          "Regenerate with: cmake --build --preset dev --target update-rules-doc -->\n\n"
       << "Every rule of coordcare " << version_string << ", generated from the catalogue in "
       << "`include/coordcare/structures/catalogue.hpp` (the rules themselves are in `include/coordcare/structures/rules/`, "
          "one header per family). Each rule has a stable id, a layer (law, national agreement, regional doctrine, "
          "data constraint), a severity (an error makes a structure invalid; a warning — a recommendation, or something "
          "to check — does not), the article it comes from, its text in French (the reference) and English, and the "
          "date from which it applies: `validate(structure, as_of, doctrine)` checks the rules in force on `as_of`. "
          "Each diagnostic also carries a detail: what was found in that structure and what the rule needs. "
          "Rules marked *constants: yes* are also checked at compile time on structures built with `make_constant`, "
          "where a violation does not compile and the compiler's message names the id. The certainty letter of a "
          "date or a reference is C (confirmed), S (stated) or U (uncertain), and a source note cites each document by its "
          "key in square brackets, as [sources.md](sources.md) lists them.\n\n"
       << rules.size() << " rules.\n\n"
       << "| Id | Applies to | Layer | Severity | In force from | Reference | Constants |\n"
       << "|---|---|---|---|---|---|---|\n";
    for (const auto& [id, e] : rules) {
        md << "| [" << id << "](#" << anchor(id) << ") | " << kinds_text(e.kinds, e.applies_to) << " | " << entry(e.info.layer).id << " | "
           << entry(e.info.level).id << " | " << date_text(e.info.in_force_from) << " (" << letter(e.info.date_source.status) << ") | "
           << e.info.reference.citation() << " | " << (e.on_constants ? "yes" : "no") << " |\n";
    }
    for (const auto& [id, e] : rules) {
        md << "\n## " << id << "\n\n"
           << "- **FR**: " << e.info.text.fr << "\n"
           << "- **EN**: " << e.info.text.en << "\n"
           << "- Applies to: " << kinds_text(e.kinds, e.applies_to) << "\n"
           << "- Layer: " << entry(e.info.layer).name.en << " (" << entry(e.info.layer).name.fr << ")\n"
           << "- Severity: " << entry(e.info.level).id << "\n"
           << "- Reference: " << reference_text(e.info.reference) << " — " << e.info.reference.text.title_fr
           << (e.info.reference.article.empty() ? " (no article identified)" : "") << " ("
           << letter(e.info.reference.source.status) << ": " << e.info.reference.source.text << ")\n"
           << "- In force: ";
        if (e.info.in_force_from == since_always) md << "at every date";
        else md << "from " << iso_text(e.info.in_force_from);
        if (e.info.in_force_until) md << " until " << iso_text(*e.info.in_force_until) << " (excluded)";
        md << " (" << letter(e.info.date_source.status) << ": " << e.info.date_source.text << ")\n"
           << "- Checked on constants: "
           << (e.on_constants ? "yes"
               : !e.applies_to.empty()            ? "no (records read at run time)"
               : e.info.level != severity::error ? "no (a warning)"
                                                 : "no (regional doctrine)")
           << "\n";
    }
    return md.str();
}
}  // namespace

int main(int argc, char** argv) { return coordcare::tools::write_generated_page(argc, argv, page(), "coordcare-rules-doc"); }
