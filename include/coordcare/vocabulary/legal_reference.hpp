// coordcare — references to the texts of law and agreements that rules and figures come from.
#pragma once

#include <coordcare/vocabulary/source_note.hpp>
#include <coordcare/vocabulary/sources.hpp>

#include <string>
#include <string_view>

namespace coordcare {

/// A text: a code, a law, an ordinance, a decree, an order or a national agreement.
struct legal_text {
    std::string_view abbreviation;   ///< e.g. "CSP"
    std::string_view title_fr;       ///< e.g. "Code de la santé publique"
    std::string_view title_en;       ///< e.g. "Public Health Code"
    std::string_view legifrance_id;  ///< stable Légifrance id of the text (LEGITEXT…, JORFTEXT…); empty when unknown
    std::string_view source_key{};   ///< its entry in the bibliography (sources.hpp, docs/sources.md); empty for a user's own text

    friend constexpr bool operator==(const legal_text&, const legal_text&) = default;
};

/// One article (or part) of a text. Légifrance article ids (LEGIARTI…) name one version of an
/// article: we keep the article number and the text, which do not change, and the id when known.
struct legal_reference {
    legal_text text;
    std::string_view article;             ///< e.g. "L.4041-4"; empty for the text as a whole
    std::string_view article_legifrance_id;  ///< e.g. "LEGIARTI000036494924"; empty when unknown
    source_note source;                   ///< how sure we are that this is the right article

    friend constexpr bool operator==(const legal_reference&, const legal_reference&) = default;

    /// "CSP, art. L.4041-4" for an article (a number, or L./R./D. and a number); "Guide, FAQ n°4" for
    /// another part of a text; "ACI MSP" for the text as a whole.
    [[nodiscard]] std::string citation() const {
        std::string out{text.abbreviation};
        if (article.empty()) return out;
        const bool numbered = (article.front() >= '0' && article.front() <= '9') || article.starts_with("L.") ||
                              article.starts_with("R.") || article.starts_with("D.");
        out += numbered ? ", art. " : ", ";
        out += article;
        return out;
    }

    /// Where to read it: the article's Légifrance address when its id is known, else the text's, else the
    /// address of the text's entry in the bibliography; empty when none is known.
    [[nodiscard]] std::string url() const {
        constexpr std::string_view site = "https://www.legifrance.gouv.fr/";
        auto with = [&](std::string_view path, std::string_view id) {
            std::string out{site};
            out += path;
            out += id;
            return out;
        };
        if (article_legifrance_id.starts_with("LEGIARTI")) return with("codes/article_lc/", article_legifrance_id);
        if (article_legifrance_id.starts_with("JORFARTI")) return with("jorf/article_jo/", article_legifrance_id);
        if (text.legifrance_id.starts_with("LEGITEXT")) return with("codes/texte_lc/", text.legifrance_id);
        if (text.legifrance_id.starts_with("JORFTEXT")) return with("jorf/id/", text.legifrance_id);
        if (const auto* doc = sources::find(text.source_key)) return std::string{doc->url};
        return {};
    }
};

}  // namespace coordcare
