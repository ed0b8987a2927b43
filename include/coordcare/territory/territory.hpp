// coordcare — a territory: the communes (or, in Paris, Lyon and Marseille, the municipal arrondissements) a
// CPTS covers, checked against the commune index, with its population, its size under the ACI CPTS and the
// departments and regions it touches. The communes of [insee-cog], read through
// [etalab-decoupage-administratif].
//
//   const auto checked = territories::resolve(index, codes);      // TERRITORY.* diagnostics, one per bad code
//   const auto s = territories::summarize(index, checked.value);   // population, departments, regions
//   territories::size_on(s, as_of)                                  // the CPTS size of that population
//
// A code is read in this order: a current commune or arrondissement of the vintage; a delegated or
// associated commune (TERRITORY.FORMER_COMMUNE, naming its current commune); a postal code
// (TERRITORY.POSTAL_CODE, naming the INSEE codes it covers); nothing (TERRITORY.UNKNOWN_CODE). A code that
// is both an INSEE code and a postal code (13001: Aix-en-Provence, and Marseille 1er) is the INSEE code.
#pragma once

#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/structures/validate.hpp>
#include <coordcare/territory/commune_index.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace coordcare::territories {

namespace rules {
namespace detail_territory {
inline constexpr source_note data_date{certainty::confirmed, "a property of the data: holds at every date, for the vintage in use"};
}
/// A code names a current commune or municipal arrondissement of the vintage in use.
struct known_code {
    static constexpr rule_info info{
        "TERRITORY.UNKNOWN_CODE", rule_layer::data_constraint, legal::cog_commune_codes,
        {"Un code de commune est celui d'une commune ou d'un arrondissement municipal du millésime en usage.",
         "A commune code is that of a commune or municipal arrondissement of the vintage in use."},
        since_always, detail_territory::data_date};
};
/// A postal code is not an INSEE code.
struct not_postal_code {
    static constexpr rule_info info{
        "TERRITORY.POSTAL_CODE", rule_layer::data_constraint, legal::cog_commune_codes,
        {"Un territoire se décrit par codes INSEE, non par codes postaux.",
         "A territory is described by INSEE codes, not by postal codes."},
        since_always, detail_territory::data_date};
};
/// A delegated or associated commune is named by its current commune.
struct current_commune {
    static constexpr rule_info info{
        "TERRITORY.FORMER_COMMUNE", rule_layer::data_constraint, legal::cog_commune_codes,
        {"Une commune déléguée ou associée se désigne par sa commune actuelle.",
         "A delegated or associated commune is named by its current commune."},
        since_always, detail_territory::data_date};
};
/// A territory lists each place once.
struct no_duplicate {
    static constexpr rule_info info{
        "TERRITORY.DUPLICATE", rule_layer::data_constraint, legal::csp_L1434_12_territory,
        {"Un territoire cite chaque commune une seule fois.", "A territory lists each commune once."},
        since_always, detail_territory::data_date};
};
/// A territory lists a commune or its arrondissements, not both.
struct commune_or_arrondissements {
    static constexpr rule_info info{
        "TERRITORY.COMMUNE_AND_ARRONDISSEMENT", rule_layer::data_constraint, legal::csp_L1434_12_territory,
        {"Un territoire cite Paris, Lyon ou Marseille, ou certains de ses arrondissements, pas les deux.",
         "A territory lists Paris, Lyon or Marseille, or some of its arrondissements, not both."},
        since_always, detail_territory::data_date};
};
/// A structure's seat is a current commune or municipal arrondissement of the vintage in use.
struct seat_known {
    static constexpr rule_info info{
        "TERRITORY.SEAT", rule_layer::data_constraint, legal::cog_commune_codes,
        {"Le siège est une commune ou un arrondissement municipal du millésime en usage, désigné par son code INSEE.",
         "The seat is a commune or municipal arrondissement of the vintage in use, given by its INSEE code."},
        since_always, detail_territory::data_date};
};
/// Within the area a coverage looks at, no place is in the territories of two multi-thematic CPTS. Under a
/// doctrine that asks for one multi-thematic CPTS per territory (ARS PACA: "Un seul projet de santé pourra donc
/// être approuvé sur un territoire donné"), an error; with a thematic CPTS, or under another doctrine, a note
/// (the law forbids no overlap: it says the project states its territory, CSP L.1434-12).
struct no_overlap {
    static constexpr rule_info info{
        "TERRITORY.OVERLAP", rule_layer::regional_doctrine, legal::paca_coverage,
        {"Les territoires de deux CPTS pluri-thématiques ne se chevauchent pas.", "The territories of two multi-thematic CPTS do not overlap."},
        since_always, detail_territory::data_date};
};
/// Within the area a coverage looks at, every place is in a CPTS territory: under a doctrine that asks for a
/// region covered "sans zone blanche" (ARS PACA), a warning; elsewhere a note.
struct no_white_zone {
    static constexpr rule_info info{
        "TERRITORY.WHITE_ZONE", rule_layer::regional_doctrine, legal::paca_coverage,
        {"Les territoires des CPTS couvrent la zone sans zone blanche.", "The territories of the CPTS cover the area without white zone."},
        since_always, detail_territory::data_date, std::nullopt, severity::warning};
};

/// A code that is an INSEE code and also the postal code of other places is read as the INSEE code: in a list
/// that has postal codes in it, a warning for each such code with the other reading; in a list of INSEE codes
/// alone, one note for the list.
struct unambiguous_code {
    static constexpr rule_info info{
        "TERRITORY.AMBIGUOUS_CODE", rule_layer::data_constraint, legal::cog_commune_codes,
        {"Un code qui est aussi le code postal d'autres lieux est lu comme code INSEE : à vérifier.",
         "A code that is also the postal code of other places is read as an INSEE code: to check."},
        since_always, detail_territory::data_date, std::nullopt, severity::note};
};
/// A coverage looks at a department or region of the data.
struct known_area {
    static constexpr rule_info info{
        "TERRITORY.AREA", rule_layer::data_constraint, legal::cog_commune_codes,
        {"La zone d'une couverture est un département ou une région des données.", "The area of a coverage is a department or region of the data."},
        since_always, detail_territory::data_date};
};

/// The rules of the territory layer, for the generated rule reference.
inline constexpr std::array<const rule_info*, 10> territory_rules{
    &known_code::info,  &not_postal_code::info, &current_commune::info, &no_duplicate::info, &commune_or_arrondissements::info,
    &unambiguous_code::info, &seat_known::info, &known_area::info,      &no_overlap::info,   &no_white_zone::info};
}  // namespace rules

/// "13055 Marseille".
[[nodiscard]] inline bilingual place_text(const commune_index& index, place_id id) {
    return bilingual{} << index.at(id).code.text() << " " << index.name(id);
}

/// What a code names in the index: the place it is, or the diagnostic-to-be of why it names none.
struct code_lookup {
    place_id id = no_place;           ///< a current commune or arrondissement, when the code is one
    const rule_info* rule = nullptr;  ///< otherwise the rule it breaks (UNKNOWN_CODE, POSTAL_CODE, FORMER_COMMUNE)
    bilingual detail;                 ///< and why
    std::optional<bilingual> other_reading{};  ///< a place found, when the code is also others' postal code
};

/// The places a postal code covers, as a hint: a city whose arrondissement is also listed is left out (the
/// arrondissement is the answer; the two together would be an error).
[[nodiscard]] inline bilingual postal_hint(const commune_index& index, std::span<const place_id> covered) {
    bilingual out;
    bool first = true;
    for (const auto id : covered) {
        const bool has_listed_arrondissement = std::any_of(covered.begin(), covered.end(), [&](place_id other) {
            return index.at(other).kind == place_kind::municipal_arrondissement && index.at(other).parent == id;
        });
        if (has_listed_arrondissement) continue;
        if (!first) out << ", ";
        first = false;
        out << place_text(index, id);
    }
    return out;
}

/// Why `p`, a postal code, is not an INSEE code, with the places it covers; nothing when it covers none.
[[nodiscard]] inline std::optional<bilingual> postal_code_detail(const commune_index& index, postal_code p) {
    const auto covered = index.communes_of(p);
    if (covered.empty()) return std::nullopt;
    return bilingual{} << p.text() << label{" est un code postal, pas un code INSEE ; il couvre ", " is a postal code, not an INSEE code; it covers "}
                       << postal_hint(index, covered);
}

/// A code that names no current commune nor arrondissement, read as a postal code: TERRITORY.POSTAL_CODE with
/// the places it covers, or TERRITORY.UNKNOWN_CODE when it is none either.
[[nodiscard]] inline code_lookup look_up_as_postal(const commune_index& index, std::string_view text, const postal_code* p) {
    if (p)
        if (auto d = postal_code_detail(index, *p)) return {no_place, &rules::not_postal_code::info, std::move(*d)};
    return {no_place, &rules::known_code::info,
            bilingual{} << text << label{" n'est ni une commune, ni un arrondissement municipal, ni un code postal du millésime ",
                                         " is neither a commune, a municipal arrondissement nor a postal code of the "}
                        << index.vintage() << label{"", " vintage"} << " (" << index.source() << ")"};
}

/// Looks `code` up as a current commune or arrondissement of `index`; otherwise the rule it breaks
/// (TERRITORY.FORMER_COMMUNE, .POSTAL_CODE or .UNKNOWN_CODE) and why.
[[nodiscard]] inline code_lookup look_up(const commune_index& index, commune_code code) {
    const auto postal = postal_code::parse(code.text());
    const auto* as_postal = std::get_if<postal_code>(&postal);
    if (const auto id = index.find(code); id != no_place) {
        code_lookup found{id, nullptr, {}};
        if (as_postal) {
            const auto covered = index.communes_of(*as_postal);
            if (!covered.empty() && std::find(covered.begin(), covered.end(), id) == covered.end())
                found.other_reading = bilingual{} << code.text() << label{" est lu comme le code INSEE de ", " is read as the INSEE code of "}
                                                  << index.name(id) << label{" ; comme code postal, ce serait ", "; as a postal code it would be "}
                                                  << postal_hint(index, covered);
        }
        return found;
    }
    if (const auto former = index.find_former(code); former != no_place) {
        const auto& f = index.at(former);
        return {no_place, &rules::current_commune::info,
                bilingual{} << place_text(index, former)
                            << (f.kind == place_kind::associated_commune ? label{" est une commune associée à ", " is an associated commune of "}
                                                                         : label{" est une commune déléguée de ", " is a delegated commune of "})
                            << place_text(index, f.parent) << label{" : indiquer ", ": give "} << index.at(f.parent).code.text()};
    }
    return look_up_as_postal(index, code.text(), as_postal);
}

/// A code of a declared territory: an INSEE code, or what can only be a postal code (a Corsican one, 20xxx,
/// which no INSEE code is), kept so that the check can say which INSEE codes it covers.
using declared_code = std::variant<commune_code, postal_code>;

/// A territory as a dossier declares it: the INSEE codes of its communes (or arrondissements), as given.
struct declared_territory {
    std::vector<declared_code> communes;
    /// A thematic CPTS (one theme, beside the multi-thematic CPTS of its territory): only two multi-thematic
    /// CPTS may not share a territory ("une seule CPTS pluri thématique par territoire" [ars-paca-cdc-cpts]).
    bool thematic = false;
    friend bool operator==(const declared_territory&, const declared_territory&) = default;
};
/// The text of a declared code.
[[nodiscard]] constexpr std::string_view text_of(const declared_code& c) noexcept {
    return std::visit([](const auto& x) { return x.text(); }, c);
}

/// A territory checked against the index: its places (current communes or arrondissements, each once, in
/// the order given), and a diagnostic for each code that names none of them.
struct territory {
    std::vector<place_id> places;
    friend bool operator==(const territory&, const territory&) = default;
};

/// The result of resolve().
struct territory_check {
    territory value;                    ///< the places of the codes that name one (all of them when valid)
    std::vector<diagnostic> diagnostics;
    [[nodiscard]] bool valid() const noexcept {
        return std::none_of(diagnostics.begin(), diagnostics.end(), [](const diagnostic& d) { return d.level == severity::error; });
    }
    [[nodiscard]] bool reports(std::string_view id) const noexcept {
        return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const diagnostic& d) { return d.rule.text() == id; });
    }
};

namespace detail_territory_check {
/// The checks of resolve(): `lookup(i)` gives code i's code_lookup.
template <class Lookup>
[[nodiscard]] territory_check resolve_each(const commune_index& index, std::size_t count, Lookup lookup, const field_path& at) {
    territory_check out;
    out.value.places.reserve(count);
    std::vector<std::pair<place_id, std::size_t>> seen;  // (place, position), kept sorted
    seen.reserve(count);
    auto first_seen = [&](place_id id) -> std::optional<std::size_t> {
        const auto it = std::lower_bound(seen.begin(), seen.end(), std::pair<place_id, std::size_t>{id, 0});
        return it != seen.end() && it->first == id ? std::optional<std::size_t>{it->second} : std::nullopt;
    };
    auto report = [&](const rule_info& rule, std::size_t i, bilingual detail) {
        out.diagnostics.push_back(make_diagnostic(rule, location{}, std::move(detail)));
        out.diagnostics.back().path = at / i;
    };
    bool postal_codes_listed = false;
    struct ambiguous_code {
        std::size_t position;
        place_id place;
        bilingual detail;
    };
    std::vector<ambiguous_code> ambiguous;
    for (std::size_t i = 0; i < count; ++i) {
        auto found = lookup(i);
        if (found.id == no_place) {
            postal_codes_listed = postal_codes_listed || found.rule == &rules::not_postal_code::info;
            report(*found.rule, i, std::move(found.detail));
            continue;
        }
        const place_id id = found.id;
        if (const auto first = first_seen(id)) {
            report(rules::no_duplicate::info, i,
                   bilingual{} << place_text(index, id) << label{" figure déjà en ", " is already listed at "} << (at / *first).json_pointer());
            continue;
        }
        const auto& p = index.at(id);
        std::optional<std::size_t> clash;
        place_id other = no_place;
        if (p.kind == place_kind::municipal_arrondissement) {
            if ((clash = first_seen(p.parent))) other = p.parent;
        } else {
            for (const auto child : index.arrondissements_of(id))
                if ((clash = first_seen(child))) {
                    other = child;
                    break;
                }
        }
        if (clash) {
            bilingual d = bilingual{} << place_text(index, id);
            if (p.kind == place_kind::municipal_arrondissement)
                d << label{" est un arrondissement de ", " is an arrondissement of "} << place_text(index, other) << label{", qui figure déjà en ", ", already listed at "};
            else
                d << label{" a pour arrondissement ", " has as arrondissement "} << place_text(index, other) << label{", qui figure déjà en ", ", already listed at "};
            report(rules::commune_or_arrondissements::info, i, std::move(d << (at / *clash).json_pointer()));
            continue;
        }
        if (found.other_reading) ambiguous.push_back({i, id, std::move(*found.other_reading)});
        seen.insert(std::upper_bound(seen.begin(), seen.end(), std::pair<place_id, std::size_t>{id, i}), {id, i});
        out.value.places.push_back(id);
    }
    // A list that has postal codes in it may have more: each of its ambiguous codes is a warning. A list of
    // INSEE codes alone (a department's, say) is read as one: its ambiguous codes are one note, at the list.
    if (postal_codes_listed || ambiguous.size() == 1) {
        for (auto& a : ambiguous) {
            report(rules::unambiguous_code::info, a.position, std::move(a.detail));
            if (postal_codes_listed) out.diagnostics.back().level = severity::warning;
        }
    } else if (!ambiguous.empty()) {
        bilingual d = bilingual{} << ambiguous.size()
                                  << label{" codes de la liste sont aussi les codes postaux d'autres lieux (", " codes of the list are also other places' postal codes ("};
        for (std::size_t k = 0; k < ambiguous.size() && k < 5; ++k)
            d << (k > 0 ? ", " : "") << place_text(index, ambiguous[k].place) << " " << (at / ambiguous[k].position).json_pointer();
        if (ambiguous.size() > 5) d << label{" et ", " and "} << ambiguous.size() - 5 << label{" autres", " more"};
        d << label{") : la liste n'a aucun code postal, ils sont lus comme codes INSEE", "): the list has no postal code, they are read as INSEE codes"};
        out.diagnostics.push_back(make_diagnostic(rules::unambiguous_code::info, location{}, std::move(d)));
        out.diagnostics.back().path = at;
    }
    // In the order of the list (the note on the whole list last).
    const auto position = [&](const diagnostic& d) {
        const auto& s = d.path.segments();
        return s.size() > at.segments().size() && s[at.segments().size()].is_index ? s[at.segments().size()].index : count;
    };
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(), [&](const diagnostic& a, const diagnostic& b) { return position(a) < position(b); });
    return out;
}
}  // namespace detail_territory_check

/// Checks a list of INSEE codes (code i at `at / i`): every TERRITORY.* rule of a territory.
[[nodiscard]] inline territory_check resolve(const commune_index& index, std::span<const commune_code> codes,
                                             const field_path& at = field_path{"communes"}) {
    return detail_territory_check::resolve_each(index, codes.size(), [&](std::size_t i) { return look_up(index, codes[i]); }, at);
}

/// The same for a territory as a dossier declares it (a code that can only be a postal code included).
[[nodiscard]] inline territory_check resolve(const commune_index& index, const declared_territory& t,
                                             const field_path& at = field_path{"communes"}) {
    return detail_territory_check::resolve_each(
        index, t.communes.size(),
        [&](std::size_t i) {
            if (const auto* c = std::get_if<commune_code>(&t.communes[i])) return look_up(index, *c);
            const auto& p = std::get<postal_code>(t.communes[i]);
            return look_up_as_postal(index, p.text(), &p);
        },
        at);
}

/// What a territory amounts to: its population (with the data's basis and vintage), the places without a
/// population in the data, the departments and regions it touches (in code order).
struct territory_summary {
    std::int64_t population = 0;
    std::size_t places = 0;
    std::size_t places_without_population = 0;
    int vintage = 0;
    std::string_view population_basis;
    std::vector<department_code> departments;
    std::vector<region_code> regions;
};

[[nodiscard]] inline territory_summary summarize(const commune_index& index, const territory& t) {
    territory_summary s{0, t.places.size(), 0, index.vintage(), index.population_basis(), {}, {}};
    for (const auto id : t.places) {
        const auto& p = index.at(id);
        if (p.population) s.population += *p.population;
        else ++s.places_without_population;
        if (std::find(s.departments.begin(), s.departments.end(), p.department) == s.departments.end()) s.departments.push_back(p.department);
    }
    std::sort(s.departments.begin(), s.departments.end());
    for (const auto& d : s.departments)
        if (const auto* info = index.department(d.text()))
            if (std::find(s.regions.begin(), s.regions.end(), info->region) == s.regions.end()) s.regions.push_back(info->region);
    std::sort(s.regions.begin(), s.regions.end());
    return s;
}

/// The size of a CPTS with this population under the ACI CPTS edition in force on `as_of` (the boundary
/// rule of parameters/aci_cpts_edition.hpp: a population equal to a threshold is of the larger size), with
/// the edition; nothing before the first edition.
struct territory_size {
    cpts_size size;
    std::int64_t population;
    const aci_cpts_edition* edition;  ///< its thresholds (edition->sizes) are the figures the size rests on

    /// The uncertain thresholds the size rests on: 80 000, between sizes 2 and 3, for a population of exactly
    /// 80 000 (cpts_size_thresholds::decisive); none otherwise.
    [[nodiscard]] std::vector<const figure<std::int64_t>*> uncertain_figures() const {
        std::vector<const figure<std::int64_t>*> out;
        for (const auto* f : edition->sizes.decisive(population, size))
            if (f->source.status == certainty::uncertain) out.push_back(f);
        return out;
    }
};
[[nodiscard]] constexpr std::optional<territory_size> size_on(const territory_summary& s, date as_of,
                                                              const parameters::figure_set& figures = parameters::national_figures) {
    const auto e = figures.aci_cpts_edition_on(as_of);
    if (!e) return std::nullopt;
    return territory_size{e->value->sizes.size_of(s.population), s.population, e->value};
}

}  // namespace coordcare::territories
