// coordcare — the bibliography: every public document the library relies on (codes and articles on
// Légifrance, the national agreements as the Journal officiel publishes them, the agencies' notes and
// specifications, guides, web pages, nomenclatures and data), each with a stable key. Source notes, rule
// texts, figures and the documentation cite a document by its key in square brackets ("[ars-paca-cdc-cpts]
// étape 2: ..."), so that a reader can follow every fact to a text they can open; docs/sources.md is
// generated from this table.
//
//   sources::find("csp")->url   == "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665"
//   sources::find("no-such-key") == nullptr
#pragma once

#include <array>
#include <string_view>

namespace coordcare {

/// What kind of document a source is.
enum class source_kind : unsigned char {
    code,             ///< a code (CSP, CSS, CRPA, CPC), cited by article
    law,              ///< a law, an ordinance
    regulation,       ///< a decree, an order (arrêté)
    agreement,        ///< a national agreement between the health insurance and the professions, and its amendments
    agency_document,  ///< a regional health agency's or the health insurance's note, specifications or guide
    guide,            ///< a guide or FAQ of another publisher
    web_page,         ///< a page of an institution's site, a press article, a parliamentary report
    nomenclature,     ///< a nomenclature or a register (ANS NOS, INSEE SIRENE, COG, RPPS)
    data,             ///< a data set (the commune data)
};

/// One document of the bibliography.
struct source_document {
    std::string_view key;        ///< stable, lowercase, hyphenated: "ars-paca-cdc-cpts"
    source_kind kind;
    std::string_view title;      ///< the document's own title, in its language
    std::string_view publisher;  ///< who publishes it
    std::string_view date;       ///< ISO date, year, or "undated" (with what dates it: "after 2022")
    std::string_view url;        ///< where to read it; empty when no stable address is known
    std::string_view note;       ///< what the library takes from it, and how it was read (English)
};

namespace sources {

// The order is the order of docs/sources.md: texts of law, agreements, agency documents, other guides and
// pages, nomenclatures and data.
inline constexpr std::array<source_document, 1> all{{
    {"csp", source_kind::code, "Code de la santé publique", "Légifrance", "in force",
     "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665",
     "Articles cited by number (L.1434-12, L.6323-3, D.1434-44, ...), with their Légifrance id where known."},
}};

/// The document of that key, or nullptr.
[[nodiscard]] constexpr const source_document* find(std::string_view key) noexcept {
    for (const auto& s : all)
        if (s.key == key) return &s;
    return nullptr;
}

}  // namespace sources
}  // namespace coordcare
