// coordcare — a rulebook: a user's or a region's own figures, as an overlay on a figure set. Each entry
// names a figure by its id (docs/figures.md), gives its new value, its certainty and its source. Applying
// a rulebook gives a copy of the set in which each named figure has the new value and a source that says
// where it comes from ("rulebook «PACA 2026»: … (replaces 80 000, ACI CPTS 2019 …)"), so that every
// result computed with it shows the override in its provenance. An unknown id, a value of the wrong kind
// or out of range is an error of the rulebook, never ignored. A figure of the law that a text confirms (the
// PASS of a year, the two-month delay of L.1434-12, the eight sessions of direct access) is replaced only by a
// rulebook that says it is a what-if (`what_if`): the report then says so at its top. Read from JSON by
// io/rulebook.hpp.
//
//   parameters::rulebook mine{"mine", {{"ACI_CPTS.2019.SIZE_3_FROM", std::int64_t{80'001}, certainty::stated, "my reading"}}};
//   const auto applied = parameters::apply(parameters::national_figures, mine);
//   applied.errors.empty();  applied.figures().aci_cpts[0].sizes.size_of(80'000) == cpts_size::two
#pragma once

#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/vocabulary/bilingual.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace coordcare::parameters {

/// The value of a figure in a rulebook: a count (inhabitants, years), an amount, a share, a basis.
using figure_value = std::variant<std::int64_t, euros, percent, proration_basis>;

/// One figure of a rulebook.
struct figure_override {
    std::string id;       ///< the id of the figure it replaces, e.g. "ACI_CPTS.2019.SIZE_3_FROM"
    figure_value value;
    certainty status = certainty::uncertain;
    std::string source;   ///< where the new value comes from (required)

    friend bool operator==(const figure_override&, const figure_override&) = default;
};

/// A set of figures replacing national ones.
struct rulebook {
    std::string name;                       ///< e.g. "ARS PACA 2026"; shown in every provenance
    std::vector<figure_override> figures;
    /// A what-if: the rulebook may replace figures of the law (certainty C), and every result computed with
    /// it is a simulation, not the law's verdict.
    bool what_if = false;
    std::string file{};                     ///< where it was read from, for the provenance (empty: built in code)

    friend bool operator==(const rulebook&, const rulebook&) = default;
};

/// Why an entry of a rulebook was refused.
struct rulebook_error {
    std::size_t index;  ///< the entry (figures[index])
    bilingual why;
};

/// A figure set with a rulebook applied. It owns the texts its replaced figures' sources point to: it
/// can be moved, not copied, and the figure set it gives lives as long as it does.
class applied_rulebook {
public:
    applied_rulebook(const applied_rulebook&) = delete;
    applied_rulebook& operator=(const applied_rulebook&) = delete;
    applied_rulebook(applied_rulebook&&) noexcept = default;
    applied_rulebook& operator=(applied_rulebook&&) noexcept = default;
    ~applied_rulebook() = default;

    [[nodiscard]] const figure_set& figures() const noexcept { return set_; }
    std::vector<rulebook_error> errors;  ///< empty when every entry was applied
    bool what_if = false;                ///< the rulebook said it is a what-if
    std::vector<std::string> law_figures_replaced;  ///< the figures of the law (certainty C) it replaced: a what-if's

    friend applied_rulebook apply(const figure_set& base, const rulebook& book);

private:
    applied_rulebook() = default;
    figure_set set_{};
    std::unique_ptr<std::deque<std::string>> texts_ = std::make_unique<std::deque<std::string>>();  // never moves its texts
};

namespace detail_rulebook {
[[nodiscard]] inline std::string value_text(std::int64_t v) { return std::to_string(v); }
/// The range a count figure may take, by the end of its id: a reference patientèle of at least one
/// patient, months and payments that a date or a plan can hold.
struct count_range {
    std::string_view suffix;
    std::int64_t low;
    std::int64_t high;
    std::string_view what_fr;
    std::string_view what_en;
};
inline constexpr std::array<count_range, 5> count_ranges{{
    {".CONTRACTS_IN_FORCE", 0, 1, "0 ou 1", "0 or 1"},
    {".REFERENCE_PATIENTS", 1, 1'000'000, "une patientèle de 1 à 1 000 000", "a patientèle of 1 to 1,000,000"},
    {".SISA_MONTHS", 0, 120, "un nombre de mois de 0 à 120", "a number of months from 0 to 120"},
    {".MONTHS", 0, 600, "un nombre de mois de 0 à 600", "a number of months from 0 to 600"},
    {".PAYMENTS", 1, 1'000, "un nombre de versements de 1 à 1 000", "a number of payments from 1 to 1,000"},
}};
[[nodiscard]] constexpr const count_range* range_of(std::string_view id) noexcept {
    for (const auto& r : count_ranges)
        if (id.ends_with(r.suffix)) return &r;
    return nullptr;
}
[[nodiscard]] inline std::string value_text(euros v) { return v.french_text(); }
[[nodiscard]] inline std::string value_text(percent v) {
    const auto bp = v.in_basis_points();
    std::string out = std::to_string(bp / 100);
    if (bp % 100 != 0) out += (bp % 100 < 10 ? ",0" : ",") + std::to_string(bp % 100);
    return out + " %";
}
[[nodiscard]] inline std::string value_text(proration_basis b) { return b == proration_basis::days ? "days" : "months"; }
[[nodiscard]] inline std::string_view kind_name(const figure_value& v) {
    constexpr std::string_view names[] = {"a count", "an amount", "a percentage", "a proration basis"};
    return names[v.index()];
}
template <class T>
[[nodiscard]] constexpr std::string_view kind_name_of() {
    if constexpr (std::is_same_v<T, euros>) return "an amount";
    else if constexpr (std::is_same_v<T, percent>) return "a percentage";
    else if constexpr (std::is_same_v<T, proration_basis>) return "a proration basis";
    else return "a count";
}
}  // namespace detail_rulebook

/// `base` with the figures of `book` replaced. Entries in error are not applied and are listed in
/// `errors`: an unknown id, an id given twice, a value of the wrong kind, a negative amount or count, a
/// count out of its range (detail_rulebook::count_ranges: a reference patientèle of at least 1, months and
/// payments a plan can hold), a size threshold that breaks the order of the thresholds, a share above
/// 100 %, an empty source.
[[nodiscard]] inline applied_rulebook apply(const figure_set& base, const rulebook& book) {
    applied_rulebook out;
    out.set_ = base;
    out.what_if = book.what_if;
    auto& texts = *out.texts_;
    texts.push_back(book.name);
    out.set_.name = texts.front();
    texts.push_back(book.file.empty() ? book.name : book.name + " (" + book.file + ")");
    const std::string_view origin = texts.back();
    for (std::size_t i = 0; i < book.figures.size(); ++i) {
        const auto& entry = book.figures[i];
        auto refuse = [&](bilingual why) { out.errors.push_back({i, std::move(why)}); };
        if (entry.source.empty()) {
            refuse(bilingual{} << label{"la figure ", "figure "} << entry.id << label{" n'a pas de source", " has no source"});
            continue;
        }
        bool twice = false;
        for (std::size_t j = 0; j < i; ++j) twice = twice || book.figures[j].id == entry.id;
        if (twice) {
            refuse(bilingual{} << label{"la figure ", "figure "} << entry.id << label{" est donnée deux fois", " is given twice"});
            continue;
        }
        bool found = false;
        for_each_figure(out.set_, [&](auto& fig) {
            using T = std::remove_cvref_t<decltype(fig.value)>;
            if (found || fig.id != entry.id) return;
            found = true;
            const auto replace = [&](T value) {
                // A figure of the law that a text confirms is the law's: replaced only in a what-if.
                if (fig.layer == rule_layer::law && fig.source.status == certainty::confirmed) {
                    if (!book.what_if) {
                        refuse(bilingual{} << label{"la figure ", "figure "} << entry.id
                                           << label{" est une figure de la loi (C) : un rulebook ne la remplace que pour une simulation (\"what_if\": true)",
                                                    " is a figure of the law (C): a rulebook replaces it only for a what-if (\"what_if\": true)"});
                        return;
                    }
                    out.law_figures_replaced.emplace_back(entry.id);
                }
                texts.push_back("rulebook «" + book.name + "»: " + entry.source + " (replaces " + detail_rulebook::value_text(fig.value) +
                                ", " + std::string{fig.source.text} + ")");
                fig.value = value;
                fig.source = source_note{entry.status, texts.back()};
                fig.rulebook = origin;
            };
            const auto wrong_kind = [&] {
                refuse(bilingual{} << label{"la figure ", "figure "} << entry.id << label{" attend ", " expects "}
                                   << detail_rulebook::kind_name_of<T>() << label{", pas ", ", not "} << detail_rulebook::kind_name(entry.value));
            };
            if constexpr (std::is_same_v<T, int>) {  // a number of years
                const auto* v = std::get_if<std::int64_t>(&entry.value);
                if (!v) return wrong_kind();
                if (*v < 1 || *v > 5) {
                    refuse(bilingual{} << label{"la figure ", "figure "} << entry.id << label{" : ", ": "} << *v
                                       << label{" n'est pas une durée de 1 à 5 ans", " is not a term of 1 to 5 years"});
                    return;
                }
                replace(static_cast<int>(*v));
            } else {
                const auto* v = std::get_if<T>(&entry.value);
                if (!v) return wrong_kind();
                if constexpr (std::is_same_v<T, euros>) {
                    if (*v < euros{}) {
                        refuse(bilingual{} << label{"la figure ", "figure "} << entry.id << label{" est négative", " is negative"});
                        return;
                    }
                } else if constexpr (std::is_same_v<T, percent>) {
                    if (*v < percent{} || percent::whole(100) < *v) {
                        refuse(bilingual{} << label{"la figure ", "figure "} << entry.id
                                           << label{" n'est pas une part de 0 à 100 %", " is not a share of 0 to 100 %"});
                        return;
                    }
                } else if constexpr (std::is_same_v<T, std::int64_t>) {
                    if (const auto* range = detail_rulebook::range_of(entry.id); range && (*v < range->low || *v > range->high)) {
                        refuse(bilingual{} << label{"la figure ", "figure "} << entry.id << label{" : ", ": "} << *v
                                           << label{" n'est pas ", " is not "} << bilingual{std::string{range->what_fr}, std::string{range->what_en}});
                        return;
                    }
                    if (*v < 0) {
                        refuse(bilingual{} << label{"la figure ", "figure "} << entry.id << label{" est négative", " is negative"});
                        return;
                    }
                }
                replace(*v);
            }
        });
        // A yearly maximum the edition does not know (avenant 2, sizes 1 and 3) may be given.
        for (auto& e : out.set_.aci_cpts) {
            for (const auto size : all_cpts_sizes) {
                if (found || e.yearly_maximum[index(size)]) continue;
                const std::string missing_id = std::string{e.id} + ".YEARLY_MAXIMUM.SIZE_" + std::to_string(number(size));
                if (entry.id != missing_id) continue;
                found = true;
                const auto* v = std::get_if<euros>(&entry.value);
                if (!v || *v < euros{}) {
                    refuse(bilingual{} << label{"la figure ", "figure "} << entry.id
                                       << label{" attend un montant positif ou nul", " expects an amount of zero or more"});
                    continue;
                }
                texts.push_back(missing_id);
                const std::string_view id = texts.back();
                texts.push_back("rulebook «" + book.name + "»: " + entry.source + " (not known nationally)");
                e.yearly_maximum[index(size)] = figure<euros>{id, *v, source_note{entry.status, texts.back()}, rule_layer::national_agreement, origin};
            }
        }
        if (!found)
            refuse(bilingual{} << label{"aucune figure ne s'appelle ", "no figure is called "} << entry.id
                               << label{" (voir docs/figures.md)", " (see docs/figures.md)"});
    }
    // The size thresholds stay in order: a rulebook cannot make size 3 start before size 2.
    for (const auto& e : out.set_.aci_cpts) {
        const auto& s = e.sizes;
        if (s.size_2_from.value < s.size_3_from.value && s.size_3_from.value < s.size_4_from.value) continue;
        std::size_t at = 0;
        for (std::size_t i = 0; i < book.figures.size(); ++i)
            if (book.figures[i].id.starts_with(std::string{e.id} + ".SIZE_")) at = i;
        out.errors.push_back({at, bilingual{} << label{"les seuils de taille de ", "the size thresholds of "} << e.id
                                              << label{" ne sont plus croissants : ", " are no longer increasing: "} << s.size_2_from.value
                                              << ", " << s.size_3_from.value << ", " << s.size_4_from.value});
    }
    return out;
}

}  // namespace coordcare::parameters
