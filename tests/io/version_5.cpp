// Format version 5: the event log of a structure's procedure. What reads, what is refused with which pointer,
// that an older version refuses the field, and that the writer writes version 5 for a log and reads it back.
#include <coordcare/io.hpp>

#include <catch2/catch.hpp>

#include "read_checks.hpp"

#include <string>

using namespace coordcare;

namespace {
date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

const std::string members =
    R"([{"person": {"name": "Dr A", "job": {"profession": 10}, "specialty": "general_practice", "mode": "L", "associate": false, "signatory": true}},
        {"person": {"name": "B", "job": {"profession": 60}, "mode": "L", "associate": false, "signatory": true}}])";

std::string esp_with(const std::string& procedure, int version = 5) {
    return R"({"format": "coordcare-dossier", "version": )" + std::to_string(version) +
           R"(, "structures": [{"kind": "ESP", "name": "ESP du Lez", "form": "association_1901", "ids": {}, "members": )" + members +
           R"(, "project": {"adopted": "2024-03-01"}, "funding": {"fir_requested": false}, "procedure": )" + procedure + "}]}";
}

using test::check_rejects;
}  // namespace

TEST_CASE("version 5: a procedure's event log reads and is written back", "[io][version_5]") {
    const auto r = read_dossier(esp_with(
        R"({"events": [{"event": "project_submitted", "date": "2024-03-04"}, {"event": "project_validated", "date": "2024-05-02"}]})"));
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    REQUIRE(r.ok());
    const auto* f = r.value->funding_of(0);
    REQUIRE(f);
    REQUIRE(f->events.size() == 2);
    CHECK(f->events[0] == procedure_event{procedure_event_kind::project_submitted, ymd(2024, 3, 4), std::nullopt});
    CHECK(f->events[1].kind == procedure_event_kind::project_validated);
    const auto text = write_dossier(*r.value);
    CHECK(text.find("\"version\": 5") != std::string::npos);
    const auto again = read_dossier(text);
    REQUIRE(again.ok());
    CHECK(*again.value == *r.value);
}

TEST_CASE("version 5: a mission's event names its mission", "[io][version_5]") {
    const auto cpts_log = R"({"events": [{"event": "mission_started", "date": "2024-09-02", "mission": "access_to_care"},
                                         {"event": "amendment_signed", "date": "2025-01-06", "mission": "quality_relevance"}]})";
    const auto r = read_dossier(esp_with(cpts_log));  // the reader takes any event; the replay says which belong
    REQUIRE(r.ok());
    CHECK(r.value->funding_of(0)->events[0].mission == cpts_mission::access_to_care);
    CHECK(r.value->funding_of(0)->events[1].mission == cpts_mission::quality_relevance);
    const auto again = read_dossier(write_dossier(*r.value));
    REQUIRE(again.ok());
    CHECK(*again.value == *r.value);
}

TEST_CASE("version 5: a malformed event log is refused with its pointer", "[io][version_5]") {
    const std::string ok = R"({"events": [{"event": "project_submitted", "date": "2024-03-04"}]})";
    check_rejects(esp_with(ok, 4), read_error_kind::unknown_field, "/structures/0/procedure");
    check_rejects(esp_with(R"({"events": []})"), read_error_kind::out_of_range, "/structures/0/procedure/events");
    check_rejects(esp_with(R"({"events": {}})"), read_error_kind::wrong_type, "/structures/0/procedure/events");
    check_rejects(esp_with(R"({})"), read_error_kind::missing_field, "/structures/0/procedure/events");
    check_rejects(esp_with(R"({"events": [{"event": "project_sent", "date": "2024-03-04"}]})"), read_error_kind::unknown_code,
                  "/structures/0/procedure/events/0/event");
    check_rejects(esp_with(R"({"events": [{"event": "project_submitted", "date": "2023-02-29"}]})"), read_error_kind::invalid_value,
                  "/structures/0/procedure/events/0/date");
    check_rejects(esp_with(R"({"events": [{"event": "project_submitted"}]})"), read_error_kind::missing_field,
                  "/structures/0/procedure/events/0/date");
    check_rejects(esp_with(R"({"events": [{"event": "mission_started", "date": "2024-03-04"}]})"), read_error_kind::missing_field,
                  "/structures/0/procedure/events/0/mission");
    check_rejects(esp_with(R"({"events": [{"event": "project_submitted", "date": "2024-03-04", "mission": "prevention"}]})"),
                  read_error_kind::unknown_field, "/structures/0/procedure/events/0/mission");
    check_rejects(esp_with(R"({"events": [{"event": "mission_started", "date": "2024-03-04", "mission": "dentistry"}]})"),
                  read_error_kind::unknown_code, "/structures/0/procedure/events/0/mission");
    check_rejects(esp_with(R"({"events": [{"event": "project_submitted", "date": "2024-03-04", "by": "ARS"}]})"), read_error_kind::unknown_field,
                  "/structures/0/procedure/events/0/by");
    check_rejects(esp_with(R"({"events": ["project_submitted"]})"), read_error_kind::wrong_type, "/structures/0/procedure/events/0");
}

TEST_CASE("the writer refuses an event it could not read back", "[io][version_5]") {
    dossier d;
    d.structures.emplace_back(esp{});
    d.funding.resize(1);
    d.funding[0].events.push_back(procedure_event{procedure_event_kind::mission_started, ymd(2024, 1, 1), std::nullopt});
    REQUIRE(record_conflicts(d).size() == 1);
    CHECK_THROWS_AS(write_dossier(d), std::invalid_argument);
    d.funding[0].events[0].mission = cpts_mission::prevention;
    CHECK(record_conflicts(d).empty());
    CHECK(write_dossier(d).find("\"version\": 5") != std::string::npos);
}
