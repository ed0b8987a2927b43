// coordcare — the FIR (fonds d'intervention régional) start-up aid as regional doctrine. No national rule
// sets it: each ARS decides, for each kind of structure, how much it grants, in how many
// payments, over how long, and which step of the procedure opens it. The presets are the figures of the
// regions' published documents, each with its source; a rulebook (rulebook.hpp) replaces any of them by its id (docs/figures.md).
//
//   const auto* paca = parameters::national_figures.fir_doctrine_of("provence-alpes-cote-d-azur");
//   paca->aid(structure_kind::cpts, fir_purpose::start_up)->amount.value == 40'000_eur
#pragma once

#include <coordcare/parameters/figure.hpp>
#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/money.hpp>
#include <coordcare/vocabulary/structure_kinds.hpp>
#include <coordcare/vocabulary/table.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace coordcare {

/// What a FIR aid pays for.
enum class fir_purpose : unsigned char {
    start_up,                ///< aide au démarrage: the project phase (the professionals' time, coordination)
    methodological_support,  ///< aide à l'accompagnement: a labelled support structure, paid directly to it (ARS PACA)
};
struct fir_purpose_entry {
    fir_purpose purpose;
    std::string_view id;
    label name;
};
inline constexpr std::array fir_purpose_table{
    fir_purpose_entry{fir_purpose::start_up, "start_up", {"aide au démarrage", "start-up aid"}},
    fir_purpose_entry{fir_purpose::methodological_support, "methodological_support", {"appui méthodologique", "methodological support"}},
};
[[nodiscard]] constexpr label name(fir_purpose p) noexcept { return detail::entry_of(fir_purpose_table, p, &fir_purpose_entry::purpose).name; }
[[nodiscard]] constexpr std::string_view id(fir_purpose p) noexcept { return detail::entry_of(fir_purpose_table, p, &fir_purpose_entry::purpose).id; }

/// The step of the procedure whose date opens an aid: no payment before it.
enum class fir_step : unsigned char {
    letter_of_intent_validated,  ///< the ARS validated the letter of intent (after the CCOPD: ARS PACA) or the pre-project (ARS Île-de-France)
    project_validated,           ///< the ARS validated the health project
};
struct fir_step_entry {
    fir_step step;
    std::string_view id;  ///< the field of a FIR plan that gives its date
    label name;
};
inline constexpr std::array fir_step_table{
    fir_step_entry{fir_step::letter_of_intent_validated, "letter_of_intent_validated", {"validation de la lettre d'intention", "validation of the letter of intent"}},
    fir_step_entry{fir_step::project_validated, "project_validated", {"validation du projet de santé", "validation of the health project"}},
};
[[nodiscard]] constexpr label name(fir_step s) noexcept { return detail::entry_of(fir_step_table, s, &fir_step_entry::step).name; }
[[nodiscard]] constexpr std::string_view id(fir_step s) noexcept { return detail::entry_of(fir_step_table, s, &fir_step_entry::step).id; }

/// What a doctrine grants one kind of structure for one purpose.
struct fir_aid_terms {
    structure_kind kind;
    fir_purpose purpose;
    figure<euros> amount;                           ///< the most it pays in all
    std::optional<figure<std::int64_t>> payments;   ///< the most payments; empty: not said
    std::optional<figure<std::int64_t>> months;     ///< the longest period from the first payment to the last; empty: not said
    std::optional<fir_step> opens_at;               ///< the step before which nothing is paid; empty: not said
    source_note opens_source{};                     ///< where the step comes from
    std::optional<figure<euros>> disputed{};        ///< a lower amount the same source also gives (a plan above it is flagged)
};

/// The FIR doctrine of one region: its aids, each with its figures.
struct fir_doctrine {
    std::string_view region;  ///< the preset's id, as regional_doctrine names it ("provence-alpes-cote-d-azur")
    label name;
    source_note source;
    std::array<std::optional<fir_aid_terms>, 4> aids;  ///< at most four (kind, purpose) pairs

    /// The aid for a kind of structure and a purpose, or nullptr when the doctrine says nothing of it.
    [[nodiscard]] constexpr const fir_aid_terms* aid(structure_kind k, fir_purpose p) const noexcept {
        for (const auto& a : aids)
            if (a && a->kind == k && a->purpose == p) return &*a;
        return nullptr;
    }
};

namespace parameters {

namespace detail_fir {
inline constexpr source_note faq{
    certainty::uncertain,
    "[guichet-cpts-faq-4]: 'FIR : 30 000 € en 3 fois maxi sur 3 ans maxi' (ESP), '50 000 € en 2 fois sur 2 ans' (MSP), '50 000 € en 2 fois "
    "sur 6 mois' (CPTS); undated, and the region is not stated: its links point to Occitanie's URPS, so one region's doctrine (U)"};
inline constexpr source_note faq_opens{certainty::uncertain, "the FAQ does not say which step opens the aid: none is checked"};
inline constexpr source_note idf{certainty::stated,
                                 "[ars-idf-cpts]: 'Le montant maximal pouvant être alloué par l'ARS IDF pour cette phase ... s'élève à 30 000 €' "
                                 "(phase 1, after the pre-project is validated); payments and period not stated"};
inline constexpr source_note idf_opens{certainty::stated, "[ars-idf-cpts]: 'La validation du pré-projet donne droit à un premier financement'"};
inline constexpr source_note paca_start{certainty::stated,
                                        "[ars-paca-cdc-cpts]: 'Versement d'une aide au démarrage à hauteur de 40 000€'; its template agrees ('Aide au "
                                        "démarrage (40 000 €)'); payments and period not stated"};
inline constexpr source_note paca_support{
    certainty::uncertain,
    "[ars-paca-cdc-cpts], its body: 'Attribution d'une aide à l'accompagnement à hauteur de 25000€ ... versée directement à la structure "
    "d'appui'; its letter-of-intent template says '20 000 €' (the DISPUTED figure): both kept, the body's as the ceiling"};
inline constexpr source_note paca_opens{certainty::stated,
                                        "[ars-paca-cdc-cpts] étape 2: 'La validation de la lettre d'intention est synonyme de déclenchement des aides "
                                        "financières de l'ARS'"};
}  // namespace detail_fir

/// The regions' FIR doctrines. The help desk FAQ's is filed under Occitanie (U: see its source).
inline constexpr std::array<fir_doctrine, 3> fir_doctrines{{
    {"occitanie",
     {"Occitanie (FAQ du guichet CPTS)", "Occitanie (CPTS help-desk FAQ)"},
     detail_fir::faq,
     {{fir_aid_terms{structure_kind::esp, fir_purpose::start_up, {"FIR.OCCITANIE.ESP.START_UP.AMOUNT", 30'000_eur, detail_fir::faq, rule_layer::regional_doctrine},
                     figure<std::int64_t>{"FIR.OCCITANIE.ESP.START_UP.PAYMENTS", 3, detail_fir::faq, rule_layer::regional_doctrine},
                     figure<std::int64_t>{"FIR.OCCITANIE.ESP.START_UP.MONTHS", 36, detail_fir::faq, rule_layer::regional_doctrine}, std::nullopt, detail_fir::faq_opens},
       fir_aid_terms{structure_kind::msp, fir_purpose::start_up, {"FIR.OCCITANIE.MSP.START_UP.AMOUNT", 50'000_eur, detail_fir::faq, rule_layer::regional_doctrine},
                     figure<std::int64_t>{"FIR.OCCITANIE.MSP.START_UP.PAYMENTS", 2, detail_fir::faq, rule_layer::regional_doctrine},
                     figure<std::int64_t>{"FIR.OCCITANIE.MSP.START_UP.MONTHS", 24, detail_fir::faq, rule_layer::regional_doctrine}, std::nullopt, detail_fir::faq_opens},
       fir_aid_terms{structure_kind::cpts, fir_purpose::start_up, {"FIR.OCCITANIE.CPTS.START_UP.AMOUNT", 50'000_eur, detail_fir::faq, rule_layer::regional_doctrine},
                     figure<std::int64_t>{"FIR.OCCITANIE.CPTS.START_UP.PAYMENTS", 2, detail_fir::faq, rule_layer::regional_doctrine},
                     figure<std::int64_t>{"FIR.OCCITANIE.CPTS.START_UP.MONTHS", 6, detail_fir::faq, rule_layer::regional_doctrine}, std::nullopt, detail_fir::faq_opens},
       std::nullopt}}},
    {"ile-de-france",
     {"Île-de-France", "Île-de-France"},
     detail_fir::idf,
     {{fir_aid_terms{structure_kind::cpts, fir_purpose::start_up, {"FIR.ILE_DE_FRANCE.CPTS.START_UP.AMOUNT", 30'000_eur, detail_fir::idf, rule_layer::regional_doctrine}, std::nullopt,
                     std::nullopt, fir_step::letter_of_intent_validated, detail_fir::idf_opens},
       std::nullopt, std::nullopt, std::nullopt}}},
    {"provence-alpes-cote-d-azur",
     {"Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur"},
     detail_fir::paca_start,
     {{fir_aid_terms{structure_kind::cpts, fir_purpose::start_up,
                     {"FIR.PROVENCE_ALPES_COTE_D_AZUR.CPTS.START_UP.AMOUNT", 40'000_eur, detail_fir::paca_start, rule_layer::regional_doctrine}, std::nullopt, std::nullopt,
                     fir_step::letter_of_intent_validated, detail_fir::paca_opens},
       fir_aid_terms{structure_kind::cpts, fir_purpose::methodological_support,
                     {"FIR.PROVENCE_ALPES_COTE_D_AZUR.CPTS.METHODOLOGICAL_SUPPORT.AMOUNT", 25'000_eur, detail_fir::paca_support, rule_layer::regional_doctrine}, std::nullopt,
                     std::nullopt, fir_step::letter_of_intent_validated, detail_fir::paca_opens,
                     figure<euros>{"FIR.PROVENCE_ALPES_COTE_D_AZUR.CPTS.METHODOLOGICAL_SUPPORT.DISPUTED", 20'000_eur,
                                   {certainty::uncertain, "[ars-paca-cdc-cpts], letter-of-intent template: 'Aide à l'appui méthodologique pour "
                                                          "l'élaboration du projet de santé (20 000 €)'"},
                                   rule_layer::regional_doctrine}},
       std::nullopt, std::nullopt}}},
}};

}  // namespace parameters
}  // namespace coordcare
