// Format version 3: an MSP's year under the ACI MSP, FIR plans and direct-access sessions. What reads (with
// the values the structure gives: the signature date, the seat's department), what is refused with which
// pointer, that an older version refuses these fields, and that the writer chooses the oldest version.
#include <coordcare/io.hpp>

#include <catch2/catch.hpp>

#include "read_checks.hpp"

#include <string>

using namespace coordcare;

namespace {
date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

const std::string members =
    R"([{"person": {"name": "Dr A", "job": {"profession": 10}, "specialty": "general_practice", "mode": "L", "associate": true, "signatory": true}},
        {"person": {"name": "Dr B", "job": {"profession": 10}, "specialty": "general_practice", "mode": "L", "associate": true, "signatory": true}},
        {"person": {"name": "C", "job": {"profession": 60}, "mode": "L", "associate": true, "signatory": true}}])";
const std::string year_2025 = R"({"project_validated": "2024-05-02", "year": 2025, "patientele": 4000,
    "indicators": [{"indicator": "opening_hours"}, {"indicator": "crisis_response", "rate": "0"}, {"indicator": "coordination"},
                   {"indicator": "information_system", "count": 5}, {"indicator": "protocols", "count": 3, "with_ipa": 1, "rate": "100"}]})";

std::string msp_with(const std::string& extra, int version = 3, const std::string& funding = R"({"fir_requested": false, "aci_signed": "2024-06-15"})",
                     const std::string& kind = "MSP", const std::string& seat = R"(, "seat": "93045")") {
    return R"({"format": "coordcare-dossier", "version": )" + std::to_string(version) + R"(, "structures": [{"kind": ")" + kind +
           R"(", "name": "MSP des Lilas", "form": "sisa", "ids": {})" + seat + R"(, "members": )" + members +
           R"(, "project": {"adopted": "2024-03-01"}, "funding": )" + funding + extra + "}]}";
}

using test::check_rejects;
}  // namespace

TEST_CASE("version 3: an MSP's year reads, its signature date the structure's", "[io][version_3]") {
    const auto r = read_dossier(msp_with(R"(, "aci_msp": )" + year_2025));
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    REQUIRE(r.ok());
    const auto* f = r.value->funding_of(0);
    REQUIRE(f);
    REQUIRE(f->msp_agreement);
    const auto& a = *f->msp_agreement;
    CHECK(a.signed_on == ymd(2024, 6, 15));
    CHECK(a.year == 2025);
    CHECK(a.patientele == 4'000);
    REQUIRE(a.indicators.size() == 5);
    CHECK(a.indicators[0].count == 1);                                       // default: met
    CHECK(a.indicators[0].rate.value() == percent::whole(100));             // default: 100 %
    CHECK(a.indicators[1].rate.value() == percent{});
    CHECK(a.indicators[3].count == 5);
    CHECK(a.indicators[4].with_ipa == 1);
    CHECK(write_dossier(*r.value).find("\"version\": 3") != std::string::npos);
    const auto again = read_dossier(write_dossier(*r.value));
    REQUIRE(again.ok());
    CHECK(*again.value == *r.value);
}

TEST_CASE("version 3: an MSP's year is refused where it cannot be", "[io][version_3]") {
    // In a version-2 file, the field is of a later version.
    check_rejects(msp_with(R"(, "aci_msp": )" + year_2025, 2), read_error_kind::unknown_field, "/structures/0/aci_msp");
    // On a CPTS, the field does not exist.
    check_rejects(msp_with(R"(, "aci_msp": )" + year_2025, 3, R"({"fir_requested": false})", "CPTS"), read_error_kind::unknown_field,
                  "/structures/0/aci_msp");
    // Without the structure's signature date.
    check_rejects(msp_with(R"(, "aci_msp": )" + year_2025, 3, R"({"fir_requested": false})"), read_error_kind::missing_field,
                  "/structures/0/funding/aci_signed");
    // An unknown indicator, a level out of range, a patientèle of zero, a year that is a string.
    const auto with = [](std::string from, std::string to) {
        std::string y = year_2025;
        y.replace(y.find(from), from.size(), to);
        return msp_with(R"(, "aci_msp": )" + y);
    };
    check_rejects(with(R"("opening_hours")", R"("teleconsultation")"), read_error_kind::unknown_code, "/structures/0/aci_msp/indicators/0/indicator");
    check_rejects(with(R"("count": 5)", R"("count": 1001)"), read_error_kind::out_of_range, "/structures/0/aci_msp/indicators/3/count");
    check_rejects(with(R"("patientele": 4000)", R"("patientele": 0)"), read_error_kind::out_of_range, "/structures/0/aci_msp/patientele");
    check_rejects(with(R"("year": 2025)", R"("year": "2025")"), read_error_kind::wrong_type, "/structures/0/aci_msp/year");
    check_rejects(with(R"("rate": "0")", R"("rate": "100.01")"), read_error_kind::out_of_range, "/structures/0/aci_msp/indicators/1/rate");
    check_rejects(with(R"("year": 2025)", R"("year": 2025, "points": 7000)"), read_error_kind::unknown_field, "/structures/0/aci_msp/points");
}

TEST_CASE("version 3: a FIR plan reads on any structure, and is refused when malformed", "[io][version_3]") {
    const std::string plan = R"(, "fir_plan": {"region": "occitanie", "letter_of_intent_validated": "2024-02-01",
        "payments": [{"paid": "2024-04-01", "amount": "25000"}, {"paid": "2024-09-01", "amount": "5000.5", "purpose": "methodological_support"}]})";
    const std::string asks = R"({"fir_requested": true, "aci_signed": "2024-06-15"})";
    const auto r = read_dossier(msp_with(plan, 3, asks));
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    REQUIRE(r.ok());
    const auto& p = *r.value->funding_of(0)->fir_plan;
    CHECK(p.region == "occitanie");
    CHECK(p.letter_of_intent_validated == ymd(2024, 2, 1));
    REQUIRE(p.payments.size() == 2);
    CHECK(p.payments[0].purpose == fir_purpose::start_up);  // the default
    CHECK(p.payments[1].amount == euros::from_cents(500'050));
    CHECK(p.payments[1].purpose == fir_purpose::methodological_support);
    CHECK(read_dossier(msp_with(plan, 3, R"({"fir_requested": true})", "CPTS")).ok());
    // One truth: a structure with a FIR plan asks for FIR (and its legal form is checked for it).
    check_rejects(msp_with(plan), read_error_kind::invalid_value, "/structures/0/funding/fir_requested");
    check_rejects(msp_with(plan, 2, asks), read_error_kind::unknown_field, "/structures/0/fir_plan");
    std::string bad = plan;
    bad.replace(bad.find(R"("25000")"), 7, "25000");
    check_rejects(msp_with(bad, 3, asks), read_error_kind::wrong_type, "/structures/0/fir_plan/payments/0/amount");
    bad = plan;
    bad.replace(bad.find("methodological_support"), 22, "travel");
    check_rejects(msp_with(bad, 3, asks), read_error_kind::unknown_code, "/structures/0/fir_plan/payments/1/purpose");
}

TEST_CASE("version 3: direct-access sessions read, the department from the seat when not given", "[io][version_3]") {
    const std::string sessions = R"(, "direct_access": {"sessions": [{"patient": "p1", "on": "2025-02-03"},
        {"patient": "p1", "on": "2025-02-10", "prior_diagnosis": true}], "reports": [{"patient": "p1", "sent": "2025-02-04"}]})";
    const auto r = read_dossier(msp_with(sessions));
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    REQUIRE(r.ok());
    const auto& x = *r.value->funding_of(0)->direct_access;
    CHECK(x.setting == care_setting::msp);
    CHECK(x.department == "93");  // the seat 93045
    CHECK(x.department_from_seat);
    CHECK(write_dossier(*r.value).find("\"department\"") == std::string::npos);  // written as read: from the seat
    REQUIRE(x.sessions.size() == 2);
    CHECK_FALSE(x.sessions[0].prior_diagnosis);
    CHECK(x.sessions[1].prior_diagnosis);
    REQUIRE(x.reports.size() == 1);
    const auto again = read_dossier(write_dossier(*r.value));
    REQUIRE(again.ok());
    CHECK(*again.value == *r.value);
    // A CPTS: its setting; a department given explicitly; one that does not exist; no seat and no department.
    const auto cpts = read_dossier(msp_with(R"(, "direct_access": {"department": "2B", "sessions": []})", 3, R"({"fir_requested": false})", "CPTS"));
    REQUIRE(cpts.ok());
    CHECK(cpts.value->funding_of(0)->direct_access->setting == care_setting::cpts);
    CHECK(cpts.value->funding_of(0)->direct_access->department == "2B");
    check_rejects(msp_with(R"(, "direct_access": {"department": "20", "sessions": []})"), read_error_kind::unknown_code,
                  "/structures/0/direct_access/department");
    check_rejects(msp_with(sessions, 3, R"({"fir_requested": false, "aci_signed": "2024-06-15"})", "MSP", ""), read_error_kind::missing_field,
                  "/structures/0/direct_access/department");
    check_rejects(msp_with(R"(, "direct_access": {"sessions": [{"patient": "p1"}]})"), read_error_kind::missing_field,
                  "/structures/0/direct_access/sessions/0/on");
}

TEST_CASE("the writer writes the oldest version that holds the dossier", "[io][version_3]") {
    dossier d;
    d.structures.emplace_back(esp{});
    CHECK(write_dossier(d).find("\"version\": 1") != std::string::npos);
    d.funding.resize(1);
    d.funding[0].fir_plan = funding::fir_plan{"occitanie", {}, {}, {{ymd(2024, 1, 1), 1'000_eur}}};
    std::get<esp>(d.structures[0]).funding.fir_requested = true;
    CHECK(write_dossier(d).find("\"version\": 3") != std::string::npos);
}

TEST_CASE("the writer refuses records that contradict their structure", "[io][version_3]") {
    dossier d;
    msp lilas;
    lilas.name = "MSP des Lilas";
    lilas.funding.aci_signed = ymd(2024, 6, 15);
    d.structures.emplace_back(lilas);
    d.funding.resize(1);
    d.funding[0].msp_agreement = funding::msp_agreement{ymd(2024, 6, 15), std::nullopt, 2025, 4'000, {}};
    CHECK(record_conflicts(d).empty());
    CHECK_NOTHROW(write_dossier(d));
    d.funding[0].msp_agreement->signed_on = ymd(2023, 1, 2);  // not the structure's: it would read back changed
    REQUIRE(record_conflicts(d).size() == 1);
    CHECK(record_conflicts(d)[0].find("structures[0]") == 0);
    CHECK_THROWS_AS(write_dossier(d), std::invalid_argument);
    d.funding[0].msp_agreement->signed_on = ymd(2024, 6, 15);
    d.funding[0].direct_access = practice::direct_access_record{care_setting::cpts, "93", {}, {}};  // an MSP's sessions are in an MSP
    CHECK(record_conflicts(d).size() == 1);
    d.funding[0].direct_access->setting = care_setting::msp;
    d.funding[0].fir_plan = funding::fir_plan{"occitanie", {}, {}, {}};  // fir_requested is false
    CHECK(record_conflicts(d).size() == 1);
    d.structures[0] = cds{};
    d.funding[0].fir_plan.reset();
    CHECK(record_conflicts(d).size() == 2);  // an MSP year and an MSP setting on a CDS
}
