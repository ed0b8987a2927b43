// Static tests of the structures layer: constant structures checked where they are built, and the
// facts their types carry. Compiling this file is passing it.
#include <coordcare/coordcare.hpp>

#include <type_traits>

namespace {
using namespace coordcare;

constexpr health_project project{std::chrono::year{2024} / 3 / 1};
constexpr person_literal gp(bool associate) {
    return {.name = "GP", .job = professions::doctor, .specialty = doctor_specialty::general_practice,
            .mode = practice_mode::liberal, .associate = associate, .signatory = true};
}
constexpr person_literal nurse(bool associate) {
    return {.name = "Nurse", .job = professions::nurse, .specialty = std::nullopt, .mode = practice_mode::liberal,
            .associate = associate, .signatory = true};
}

// A SISA-MSP with two GP associates and a nurse associate: valid, so it compiles.
constexpr auto lilas = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP des Lilas", .seat = "93045"_insee, .project = project}, {gp(true), gp(true), nurse(true)});
// A CPTS in Strasbourg, under the local law of Alsace-Moselle.
constexpr auto strasbourg = make_constant<structure_kind::cpts, legal_form::association_local_law>(
    {.name = "CPTS Strasbourg", .seat = "67482"_insee, .project = project},
    {gp(false), nurse(false), organisation_literal{.name = "EHPAD", .kind = organisation_kind::medico_social_actor, .signatory = true}});
// An ESP without legal form.
constexpr auto val = make_constant<structure_kind::esp, legal_form::none>({.name = "ESP du Val", .project = project},
                                                                          {gp(false), nurse(false)});

// Facts of the types.
static_assert(kind_of_v<decltype(lilas)> == structure_kind::msp);
static_assert(kind_of_v<msp> == structure_kind::msp);
static_assert(kind_of_v<const cpts&> == structure_kind::cpts);
static_assert(legal_form_of_v<decltype(lilas)> == legal_form::sisa);
static_assert(legal_form_of_v<decltype(strasbourg)> == legal_form::association_local_law);
static_assert(can_receive_v<decltype(lilas), funding_scheme::aci_msp>);
static_assert(!can_receive_v<decltype(lilas), funding_scheme::aci_cpts>);
static_assert(can_receive_v<decltype(strasbourg), funding_scheme::aci_cpts>);
static_assert(!can_receive_v<decltype(val), funding_scheme::fir>, "FIR for an ESP goes to an association");
static_assert(form_can_receive<structure_kind::esp, legal_form::association_1901, funding_scheme::fir>());
static_assert(!form_can_receive<structure_kind::msp, legal_form::association_1901, funding_scheme::aci_msp>());
static_assert(structure_type<msp> && structure_type<decltype(lilas.data)> && !structure_type<int>);
static_assert(constant_structure_type<decltype(lilas)> && !constant_structure_type<msp>);

// The facts drive code at compile time.
template <class S>
constexpr std::string_view contract_of(const S&) {
    if constexpr (can_receive_v<S, funding_scheme::aci_msp>) return "ACI MSP";
    else if constexpr (can_receive_v<S, funding_scheme::aci_cpts>) return "ACI CPTS";
    else return "none";
}
static_assert(contract_of(lilas) == "ACI MSP");
static_assert(contract_of(strasbourg) == "ACI CPTS");
static_assert(contract_of(val) == "none");

// The constant's data is what was written.
static_assert(lilas.data.members.size() == 3 && lilas.data.name == "MSP des Lilas");
static_assert(lilas.data.seat->department() == "93");

// The Hana map from kinds to rules.
static_assert(rules_of<structure_kind::msp>::size == 13);
static_assert(rules_of<structure_kind::cpts>::size == 8);
static_assert(rules::msp_sisa_min_associates::info.id == rule_id{"MSP.SISA.MIN_ASSOCIATES"});
static_assert(rules::health_project_required<structure_kind::cds>::info.reference.article == "L.6323-1-10");
static_assert(in_force(rules::cpts_legal_form::info, std::chrono::year{2022} / 5 / 14));
static_assert(!in_force(rules::cpts_legal_form::info, std::chrono::year{2022} / 5 / 13));
static_assert(!checked_on_constants<rules::esp_regional_minimum>, "doctrine is not checked on constants");
static_assert(!checked_on_constants<rules::esp_first_recourse>, "warnings are not checked on constants");
static_assert(!checked_on_constants<rules::ess_fir_association_recommended>, "a recommendation is a warning");
static_assert(rules::member_doctor_specialty::info.layer == rule_layer::data_constraint);
static_assert(rules::siret_within_siren::info.layer == rule_layer::data_constraint);
static_assert(checked_on_constants<rules::msp_sisa_min_associates>);
}  // namespace
