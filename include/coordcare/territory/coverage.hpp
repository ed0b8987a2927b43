// coordcare — how a set of CPTS territories covers an area (a department, a region, France): the places
// two or more of them share (overlaps, grouped by the territories that share them, with the population
// involved), the places none covers (the white zone), and the share of the population covered. ARS PACA's
// specifications ask for a region covered "sans zone blanche ni chevauchement", one multi-thematic CPTS per
// territory [ars-paca-cdc-cpts]: under a doctrine that asks for it (structure_figures::cpts_full_coverage), an
// overlap of two multi-thematic CPTS is an error (TERRITORY.OVERLAP), the white zone a warning
// (TERRITORY.WHITE_ZONE); an overlap with a thematic CPTS, and both under another doctrine, are notes that cite
// the law's territory (CSP L.1434-12), not a region's document.
// An area the data does not know is TERRITORY.AREA, an error, with nothing counted.
//
// The unit of a coverage is a commune without arrondissements or an arrondissement of Paris, Lyon or
// Marseille: a territory that lists Marseille (13055) covers its 16 arrondissements, and so overlaps a
// territory that lists 13201. Linear in the number of places listed and of places in the area.
//
//   const auto c = territories::coverage(index, territories, territories::area::of_department("13"));
//   c.overlaps, c.white_zone, c.covered_population * 100 / c.population
#pragma once

#include <coordcare/territory/territory.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coordcare::territories {

/// The area a coverage looks at.
struct area {
    enum class level : unsigned char { france, region, department };
    level of = level::france;
    std::string code;  ///< the region's or department's INSEE code; empty for France

    /// France: the places an ARS serves — the 101 departments of the 18 regions (metropolitan France and the
    /// five overseas departments), and Saint-Barthélemy (977) and Saint-Martin (978), which the ARS of
    /// Guadeloupe serves; not Saint-Pierre-et-Miquelon (975) nor the collectivities of the Pacific (98x).
    [[nodiscard]] static area france() { return {}; }
    [[nodiscard]] static area of_region(std::string code) { return {level::region, std::move(code)}; }
    [[nodiscard]] static area of_department(std::string code) { return {level::department, std::move(code)}; }

    /// "France", "région 93 Provence-Alpes-Côte d'Azur", "département 13 Bouches-du-Rhône".
    [[nodiscard]] bilingual describe(const commune_index& index) const {
        switch (of) {
            case level::france: return {"France (régions d'ARS)", "France (ARS regions)"};
            case level::region: {
                const auto* r = index.region(code);
                return bilingual{} << label{"région ", "region "} << code << (r ? " " + std::string{r->name} : std::string{});
            }
            case level::department: {
                const auto* d = index.department(code);
                return bilingual{} << label{"département ", "department "} << code << (d ? " " + std::string{d->name} : std::string{});
            }
        }
        return {};
    }
};

/// Places that the same territories share.
struct overlap {
    std::vector<std::size_t> territories;  ///< indices of the territories that share them, ascending (two or more)
    std::vector<place_id> places;          ///< the places (coverage units), in code order
    std::int64_t population = 0;
};

/// The coverage of an area by a set of territories.
struct coverage_report {
    std::size_t places = 0;               ///< coverage units in the area
    std::int64_t population = 0;          ///< their population
    std::size_t covered_places = 0;
    std::int64_t covered_population = 0;  ///< the population of the units one territory or more covers
    std::vector<overlap> overlaps;        ///< grouped by the set of territories, in order of that set
    std::int64_t overlap_population = 0;  ///< population of the units two territories or more cover
    std::vector<place_id> white_zone;     ///< units no territory covers, in code order
    std::int64_t white_zone_population = 0;
    std::vector<diagnostic> diagnostics;  ///< one TERRITORY.OVERLAP per overlap, one TERRITORY.WHITE_ZONE if any
    int vintage = 0;

    /// The share of the population covered, in basis points (1/10 000), rounded down; 0 for an empty area.
    [[nodiscard]] std::int64_t covered_basis_points() const noexcept {
        return population > 0 ? covered_population * 10'000 / population : 0;
    }
};

namespace detail_coverage {
/// "83,47 %" / "83.47%" from basis points.
[[nodiscard]] inline bilingual percent_text(std::int64_t basis_points) {
    const auto units = std::to_string(basis_points / 100);
    auto cents = std::to_string(basis_points % 100);
    if (cents.size() < 2) cents.insert(0, "0");
    return {units + "," + cents + " %", units + "." + cents + "%"};
}
}  // namespace detail_coverage
using detail_coverage::percent_text;

/// The coverage of `where` by `territories` (named `names[i]` in the diagnostics, when given; "#i"
/// otherwise; territory i of a thematic CPTS when `thematic[i]`). Places of a territory outside the area are
/// not counted.
[[nodiscard]] inline coverage_report coverage(const commune_index& index, std::span<const territory> territories, const area& where,
                                              std::span<const std::string> names = {},
                                              const regional_doctrine& doctrine = doctrines::national, const std::vector<bool>& thematic = {}) {
    coverage_report out;
    out.vintage = index.vintage();
    // An area the data does not know is an error, not an empty area.
    if ((where.of == area::level::department && !index.department(where.code)) || (where.of == area::level::region && !index.region(where.code))) {
        out.diagnostics.push_back(make_diagnostic(rules::known_area::info, location{},
                                                  bilingual{} << where.describe(index) << label{" : inconnu des données ", ": not in the data of "}
                                                              << index.source()));
        return out;
    }
    // Under a doctrine that asks for a full coverage by one multi-thematic CPTS per territory: overlaps of two
    // of them are errors, the white zone a warning; the rest are notes of the law's territory.
    const bool full_coverage = doctrine.figures().cpts_full_coverage;
    const auto as_note = [](diagnostic& d) {
        d.level = severity::note;
        d.layer = rule_layer::data_constraint;
        d.reference = legal::csp_L1434_12_territory;
    };
    const auto units = index.unit_count();
    // Which units are in the area (one pass, a department's verdict cached while the units follow its order).
    std::vector<char> inside(units, 0);
    {
        std::optional<department_code> last;
        bool last_inside = false;
        for (std::uint32_t u = 0; u < units; ++u) {
            const auto& d = index.at(index.unit_place(u)).department;
            if (!last || !(*last == d)) {
                last = d;
                switch (where.of) {
                    case area::level::department: last_inside = d.text() == where.code; break;
                    case area::level::region:
                    case area::level::france: {
                        const auto* info = index.department(d.text());
                        last_inside = info && (where.of == area::level::region ? info->region.text() == where.code : info->region.has_ars());
                        break;
                    }
                }
            }
            inside[u] = last_inside ? 1 : 0;
        }
    }
    constexpr std::uint32_t none = 0xFFFFFFFFu;
    std::vector<std::uint32_t> first(units, none), last_by(units, none);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> shared;  // (unit, territory) for every unit covered twice or more
    auto cover = [&](std::uint32_t u, std::uint32_t t) {
        if (!inside[u] || last_by[u] == t) return;
        if (first[u] == none) first[u] = t;
        else {
            if (last_by[u] == first[u]) shared.emplace_back(u, first[u]);
            shared.emplace_back(u, t);
        }
        last_by[u] = t;
    };
    for (std::uint32_t t = 0; t < territories.size(); ++t)
        for (const auto id : territories[t].places) {
            if (id >= index.places().size()) continue;
            const auto& p = index.at(id);
            if (p.unit != no_place) cover(p.unit, t);
            else
                for (const auto child : index.arrondissements_of(id)) cover(index.at(child).unit, t);
        }
    for (std::uint32_t u = 0; u < units; ++u) {
        if (!inside[u]) continue;
        const auto pop = index.at(index.unit_place(u)).population.value_or(0);
        ++out.places;
        out.population += pop;
        if (first[u] != none) {
            ++out.covered_places;
            out.covered_population += pop;
        } else {
            out.white_zone.push_back(index.unit_place(u));
            out.white_zone_population += pop;
        }
    }
    std::sort(shared.begin(), shared.end());
    std::map<std::vector<std::size_t>, std::size_t> group_of;
    for (std::size_t i = 0; i < shared.size();) {
        std::size_t j = i;
        std::vector<std::size_t> set;
        while (j < shared.size() && shared[j].first == shared[i].first) set.push_back(shared[j++].second);
        const auto place = index.unit_place(shared[i].first);
        const auto pop = index.at(place).population.value_or(0);
        const auto [it, added] = group_of.try_emplace(set, out.overlaps.size());
        if (added) out.overlaps.push_back({std::move(set), {}, 0});
        out.overlaps[it->second].places.push_back(place);
        out.overlaps[it->second].population += pop;
        out.overlap_population += pop;
        i = j;
    }
    std::sort(out.overlaps.begin(), out.overlaps.end(), [](const overlap& a, const overlap& b) { return a.territories < b.territories; });

    auto name = [&](std::size_t t) {
        if (t < names.size()) return names[t];
        std::string n = "#";  // built in two steps: GCC 12 at -O3 warns (-Wrestrict) on "#" + std::to_string(t)
        n += std::to_string(t);
        return n;
    };
    auto some_places = [&](bilingual& d, const std::vector<place_id>& places) {
        for (std::size_t i = 0; i < places.size() && i < 5; ++i) d << (i > 0 ? ", " : "") << place_text(index, places[i]);
        if (places.size() > 5) d << label{" et ", " and "} << places.size() - 5 << label{" autres", " more"};
    };
    for (const auto& o : out.overlaps) {
        bilingual d;
        for (std::size_t i = 0; i < o.territories.size(); ++i) d << (i == 0 ? "" : i + 1 == o.territories.size() ? " & " : ", ") << name(o.territories[i]);
        d << label{" se partagent ", " share "} << o.places.size() << label{" lieu(x), ", " place(s), "} << grouped_count(o.population)
          << label{" habitants : ", " inhabitants: "};
        some_places(d, o.places);
        std::size_t multi = 0;
        for (const auto t : o.territories) multi += t < thematic.size() && thematic[t] ? 0 : 1;
        if (multi < o.territories.size()) d << label{" (avec une CPTS thématique)", " (with a thematic CPTS)"};
        out.diagnostics.push_back(make_diagnostic(rules::no_overlap::info, location{}, std::move(d)));
        if (!full_coverage || multi < 2) as_note(out.diagnostics.back());
    }
    if (!out.white_zone.empty()) {
        bilingual d = bilingual{} << where.describe(index) << label{" : ", ": "} << out.white_zone.size() << label{" lieu(x) sans CPTS, ", " place(s) without a CPTS, "}
                                  << grouped_count(out.white_zone_population) << label{" habitants : ", " inhabitants: "};
        some_places(d, out.white_zone);
        out.diagnostics.push_back(make_diagnostic(rules::no_white_zone::info, location{}, std::move(d)));
        if (!full_coverage) as_note(out.diagnostics.back());
    }
    return out;
}

}  // namespace coordcare::territories
