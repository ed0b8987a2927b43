// Static tests of the funding layer: a contract known at compile time is checked where it is built, its
// missions are a set in its type, and its yearly amounts and payment schedule are constant expressions.
#include <coordcare/coordcare.hpp>

namespace {
using namespace coordcare;
using namespace coordcare::funding;
using namespace std::chrono;

constexpr std::array<mission_year, contract_years> every_year(long long fixed, long long variable) {
    const mission_year y{euros::whole(fixed), euros::whole(variable)};
    return {y, y, y, y, y};
}

// Signed in 2020 under the ACI of 2019: the three original socle missions are enough.
constexpr auto val_2020 = make_constant_contract<cpts_size::two>(
    {.cpts = "CPTS du Val", .cpam = "CPAM", .ars = "ARS", .signed_on = 2020y / March / 16d, .project_validated = 2020y / January / 10d,
     .population = 60'000, .fonctionnement = fonctionnement_envelope<cpts_size::two>(parameters::aci_cpts_2019)},
    mission_literal<cpts_mission::access_to_care>{.started = 2020y / March / 16d, .years = every_year(20'000, 30'000)},
    mission_literal<cpts_mission::patient_pathways>{.years = every_year(15'000, 25'000)},
    mission_literal<cpts_mission::prevention>{.years = every_year(10'000, 20'000)});

// Missions with no amounts given (five zero years) are a constant too, checked by every rule.
constexpr auto no_amounts_yet = make_constant_contract<cpts_size::one>(
    {.cpts = "CPTS des Monts", .signed_on = 2021y / March / 15d, .project_validated = 2021y / January / 10d, .population = 30'000,
     .fonctionnement = fonctionnement_envelope<cpts_size::one>(parameters::aci_cpts_2019)},
    mission_literal<cpts_mission::access_to_care>{}, mission_literal<cpts_mission::patient_pathways>{},
    mission_literal<cpts_mission::prevention>{});
static_assert(no_amounts_yet.data.missions[2].years[4] == mission_year{});

static_assert(decltype(val_2020)::size == cpts_size::two);
static_assert(has_mission_v<decltype(val_2020), cpts_mission::prevention>);
static_assert(!has_mission_v<decltype(val_2020), cpts_mission::crisis_response>);
static_assert(val_2020.data.fonctionnement == 60'000_eur);

// Year 1, access to care started at signing, all at 80 %: 60 000 + 20 000 + 24 000 = 104 000 €; the other
// two missions have not started.
constexpr auto at_80 = achievement::uniform(achievement_rate{80_pct});
static_assert(yearly_amount(val_2020.data, 1, at_80)->value == 104'000_eur);
static_assert(!yearly_amount(val_2020.data, 1, at_80)->figures.uncertain(), "no proration: nothing uncertain");
constexpr auto schedule = schedule_payments(val_2020.data, at_80);
static_assert(schedule.value->size() == 9 + 15);  // fonctionnement, and access to care 3 × 5
static_assert(schedule.value->total() == 5 * 104'000_eur);
static_assert(schedule.value->begin()[1].due == 2020y / March / 16d && schedule.value->begin()[1].amount == 15'000_eur);

static_assert(anniversary(2024y / February / 29d, 1) == 2025y / February / 28d);
static_assert(contract_year_of(2021y / March / 15d, 5, 2022y / March / 14d) == 1);
static_assert(contract_year_of(2021y / March / 15d, 5, 2022y / March / 15d) == 2);
static_assert(contract_year_of(2021y / March / 15d, 5, 2026y / March / 15d) == 6);
static_assert(deadlines_of(parameters::aci_cpts_avenant_2, cpts_mission::crisis_response, 2023y / January / 16d).start_by ==
              2023y / July / 16d);

// An MSP's year known at compile time: checked where it is built, and its remuneration a constant. The type
// carries the rule of the legal form (can_be_paid_aci_msp_v), and the Cnam guide's example of 8 000 patients
// (the coordination function: "4 400 points × 7 euros = 30 800 euros") is a constant expression.
constexpr auto lilas = make_constant<structure_kind::msp, legal_form::sisa>(
    {.name = "MSP des Lilas", .project = health_project{2023y / March / 1d}},
    {person_literal{.name = "A", .job = professions::doctor, .specialty = doctor_specialty::general_practice, .mode = practice_mode::liberal,
                    .associate = true, .signatory = true},
     person_literal{.name = "B", .job = professions::doctor, .specialty = doctor_specialty::general_practice, .mode = practice_mode::liberal,
                    .associate = true, .signatory = true},
     person_literal{.name = "C", .job = professions::nurse, .mode = practice_mode::liberal, .associate = true, .signatory = true}});
constexpr auto lilas_2025 = make_constant_msp_agreement(
    2024y / January / 15d, 2023y / December / 1d, 2025, 8'000,
    std::array{msp_indicator_result{msp_indicator::opening_hours}, msp_indicator_result{msp_indicator::crisis_response, 1, 0, achievement_rate{}},
               msp_indicator_result{msp_indicator::coordination}, msp_indicator_result{msp_indicator::information_system, 10}});
constexpr auto lilas_paid = msp_remuneration_of(lilas, lilas_2025);
static_assert(lilas_paid.edition->id == "ACI_MSP.AVENANT_1");
static_assert(lilas_paid.points() == (800 + 100 + 4'400 + 500 + 2'000) * 100);
static_assert(lilas_paid.amount.value == 54'600_eur);  // 7 800 points × 7 €
static_assert(can_be_paid_aci_msp_v<legal_form::sisa> && !can_be_paid_aci_msp_v<legal_form::association_1901>);
static_assert(!parameters::national_figures.aci_msp_index_for_year(2016));
static_assert(parameters::national_figures.aci_msp_index_for_year(2022) == 1);  // avenant 1, published in August, for the year
static_assert(parameters::national_figures.fir[2].aid(structure_kind::cpts, fir_purpose::start_up)->amount.value == 40'000_eur);
static_assert(parameters::direct_access.max_sessions.value == 8 && parameters::direct_access.in_experiment("2B"));
}  // namespace
