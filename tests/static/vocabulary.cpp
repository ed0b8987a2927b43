// Static tests of the vocabulary: compiling this file is passing it.
#include <coordcare/coordcare.hpp>
#include <coordcare/vocabulary/reflection.hpp>

#include <boost/hana/accessors.hpp>
#include <boost/hana/equal.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/transform.hpp>

#include <type_traits>

namespace {
using namespace coordcare;
using namespace std::chrono;

// ---- Money -------------------------------------------------------------------------------------
static_assert(sizeof(euros) == sizeof(std::int64_t), "euros is exactly its cents");
static_assert(std::is_trivially_copyable_v<euros>);
static_assert(!std::is_constructible_v<euros, double>);
static_assert(!std::is_constructible_v<euros, long double>);
static_assert(!std::is_constructible_v<euros, int>);
static_assert(!std::is_convertible_v<double, euros>);
static_assert((50'000_eur).cents() == 5'000'000);
static_assert(75_pct * 50'000_eur == 37'500_eur);
static_assert(percent::basis_points(17'500) * 50'000_eur == 87'500_eur);  // +75 %: 175 %
static_assert(10_eur / 3 == euros::from_cents(333));
static_assert(20_eur / 3 == euros::from_cents(667));
static_assert(!checked_add(euros::from_cents(INT64_MAX), 1_cents));

template <class A, class B>
concept addable = requires(A a, B b) { a + b; };
template <class A, class B>
concept multipliable = requires(A a, B b) { a * b; };
static_assert(addable<euros, euros>);
static_assert(!addable<euros, int>, "an amount is not a count");
static_assert(!addable<int, euros>);
static_assert(!addable<euros, double>);
static_assert(multipliable<euros, int>);
static_assert(!multipliable<euros, euros>);
static_assert(!multipliable<euros, double>);
static_assert(!multipliable<euros, bool>);

// ---- Dates: the examples of dates.hpp's header comment -----------------------------------------
static_assert(add_months(2024y / January / 31d, months{1}) == 2024y / February / 29d);
static_assert(add_months(2023y / January / 31d, months{1}) == 2023y / February / 28d);
static_assert(add_months(2024y / December / 31d, months{2}) == 2025y / February / 28d);
static_assert(add_months(2024y / March / 31d, months{-1}) == 2024y / February / 29d);
static_assert(add_days(2024y / February / 28d, days{2}) == 2024y / March / 1d);
static_assert(whole_months_between(2024y / January / 31d, 2024y / February / 29d) == 1);
static_assert(whole_months_between(2024y / January / 15d, 2024y / March / 14d) == 1);
static_assert(whole_months_between(2024y / March / 14d, 2024y / January / 15d) == -1);
static_assert(days_between(2024y / February / 28d, 2024y / March / 1d) == 2);
static_assert(parse_date("2026-11-24") == 2026y / November / 24d);
static_assert(!parse_date("2026-02-29"));

// ---- Professions ---------------------------------------------------------------------------------
static_assert(professions::doctor.tre_g15_code() == 10);
static_assert(professions::nurse.category() == profession_category::medical_auxiliary);
static_assert(profession{21}.category() == profession_category::pharmacy);
static_assert(profession{93}.category() == profession_category::not_a_health_profession,
              "TRE_G15 93 (psychologist) was created withdrawn: no health profession");
static_assert(profession{93}.retired_since() == std::chrono::year{2021} / 12 / 17);
static_assert(profession{36}.retired_since() == std::chrono::year{2024} / 12 / 13);
static_assert(!professions::physiotherapist.retired_since());

// ---- Dated values ------------------------------------------------------------------------------
inline constexpr dated history{dated_entry{2019y / August / 25d, 450'000_eur, source_note{certainty::confirmed, "2019"}},
                               dated_entry{2022y / March / 31d, 580'000_eur, source_note{certainty::stated, "avenant 2"}}};
static_assert(!history.at(2019y / August / 24d), "before the first date of effect: no value");
static_assert(history.at(2019y / August / 25d)->value == 450'000_eur);
static_assert(history.at(2022y / March / 30d)->value == 450'000_eur);
static_assert(history.at(2022y / March / 30d)->until == 2022y / March / 31d);
static_assert(history.at(2022y / March / 31d)->value == 580'000_eur);
static_assert(!history.at(2030y / January / 1d)->until);
static_assert(history.at(2030y / January / 1d)->source.status == certainty::stated);
static_assert(history.size() == 2 && history.first_date() == 2019y / August / 25d);

// ---- Departments -------------------------------------------------------------------------------
static_assert(department_table.size() == 101);
static_assert(department_name("57") == "Moselle" && department_name("2A") == "Corse-du-Sud" && department_name("976") == "Mayotte");
static_assert(!department_name("20") && !department_name("975"));
static_assert(!std::is_constructible_v<profession, double>);

// ---- Every enumerator has its table entry (a missing one would not compile) ---------------------
template <auto... values>
constexpr bool all_named = ((!name(values).fr.empty() && !name(values).en.empty()) && ...);
static_assert(all_named<profession_category::medical, profession_category::pharmacy, profession_category::medical_auxiliary,
                        profession_category::other_health_profession, profession_category::not_a_health_profession>);
static_assert(all_named<practice_mode::liberal, practice_mode::salaried, practice_mode::volunteer, practice_mode::mixed>);
static_assert(all_named<doctor_specialty::general_practice, doctor_specialty::other_specialty>);
static_assert(all_named<non_health_role::psychologist, non_health_role::osteopath, non_health_role::psychotherapist,
                        non_health_role::chiropractor, non_health_role::social_worker, non_health_role::medical_assistant,
                        non_health_role::coordinator, non_health_role::health_mediator,
                        non_health_role::adapted_physical_activity_teacher, non_health_role::administrative_staff,
                        non_health_role::other>);
static_assert(all_named<legal_form::none, legal_form::association_1901, legal_form::association_local_law, legal_form::sisa,
                        legal_form::scic, legal_form::other_non_profit, legal_form::commune_or_grouping,
                        legal_form::departement, legal_form::public_health_establishment,
                        legal_form::private_health_establishment_non_profit,
                        legal_form::private_health_establishment_for_profit, legal_form::other_company>);
static_assert(all_named<structure_kind::esp, structure_kind::ess, structure_kind::msp, structure_kind::cds,
                        structure_kind::cpts, structure_kind::dac>);
static_assert(legal_form_table.size() == 12 && practice_mode_table.size() == 4 && structure_kind_table.size() == 6);

// ---- Structure kinds --------------------------------------------------------------------------
static_assert(tre_r66_codes(structure_kind::esp).empty(), "no TRE_R66 code exists for an ESP");
static_assert(structure_kind_from_tre_r66(603) == structure_kind::msp);
static_assert(acronym(structure_kind::cpts) == "CPTS");

// ---- Diagnostics and reflection ---------------------------------------------------------------
static_assert(rule_id{"MSP.SISA.MIN_ASSOCIATES"}.text() == "MSP.SISA.MIN_ASSOCIATES");
static_assert(!rule_id::parse("msp.sisa"));
static_assert(boost::hana::length(boost::hana::accessors<diagnostic>()) == boost::hana::size_c<8>);
static_assert(boost::hana::first(boost::hana::accessors<legal_reference>()[boost::hana::size_c<1>]) ==
              BOOST_HANA_STRING("article"));
// Department, region and postal codes ([insee-cog]; the postal codes as [etalab-decoupage-administratif] gives
// them): what is and is not one.
constexpr bool is_department(std::string_view t) { return std::holds_alternative<department_code>(department_code::parse(t)); }
constexpr bool is_region(std::string_view t) { return std::holds_alternative<region_code>(region_code::parse(t)); }
constexpr bool is_postal(std::string_view t) { return std::holds_alternative<postal_code>(postal_code::parse(t)); }
static_assert(is_department("01") && is_department("2A") && is_department("2B") && is_department("95") && is_department("974") &&
              is_department("976") && is_department("988"));
static_assert(!is_department("20") && !is_department("00") && !is_department("96") && !is_department("2C") && !is_department("970") &&
              !is_department("975 ") && !is_department("1") && !is_department("9741"));
static_assert(is_region("93") && is_region("01") && is_region("975") && !is_region("00") && !is_region("9") && !is_region("96A") &&
              !is_region("123"));
static_assert(region_code::parse("93").index() == 0 && std::get<region_code>(region_code::parse("93")).has_ars());
static_assert(!std::get<region_code>(region_code::parse("975")).has_ars() && std::get<region_code>(region_code::parse("977")).has_ars());
static_assert(is_postal("75015") && is_postal("01400") && !is_postal("2A004") && !is_postal("7501") && !is_postal("750150"));
static_assert("13001"_postal.text() == "13001");
// A postal code and an INSEE code are different types: neither converts into the other.
static_assert(!std::is_convertible_v<postal_code, commune_code> && !std::is_convertible_v<commune_code, postal_code>);
static_assert(std::get<department_code>(department_code::parse("2A")) < std::get<department_code>(department_code::parse("2B")));
}  // namespace


