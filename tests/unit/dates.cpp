#include <coordcare/vocabulary/dates.hpp>

#include <catch2/catch.hpp>

using namespace coordcare;
using namespace std::chrono;

TEST_CASE("add_months clamps to the end of the month", "[dates]") {
    CHECK(add_months(2024y / January / 31d, months{1}) == 2024y / February / 29d);
    CHECK(add_months(2023y / January / 31d, months{1}) == 2023y / February / 28d);
    CHECK(add_months(2024y / December / 31d, months{2}) == 2025y / February / 28d);
    CHECK(add_months(2024y / March / 31d, months{-1}) == 2024y / February / 29d);
    CHECK(add_months(2024y / May / 15d, months{-17}) == 2022y / December / 15d);
    CHECK(add_months(2019y / August / 24d, months{60}) == 2024y / August / 24d);
}

TEST_CASE("add_days and days_between", "[dates]") {
    CHECK(add_days(2024y / February / 28d, days{2}) == 2024y / March / 1d);
    CHECK(add_days(2025y / January / 1d, days{-1}) == 2024y / December / 31d);
    CHECK(days_between(2024y / February / 28d, 2024y / March / 1d) == 2);
    CHECK(days_between(2024y / March / 1d, 2024y / February / 28d) == -2);
}

TEST_CASE("whole_months_between counts whole months", "[dates]") {
    CHECK(whole_months_between(2024y / January / 31d, 2024y / February / 29d) == 1);
    CHECK(whole_months_between(2024y / January / 31d, 2024y / February / 28d) == 0);
    CHECK(whole_months_between(2024y / January / 15d, 2024y / March / 14d) == 1);
    CHECK(whole_months_between(2024y / January / 15d, 2024y / March / 15d) == 2);
    CHECK(whole_months_between(2024y / March / 14d, 2024y / January / 15d) == -1);
    CHECK(whole_months_between(2020y / June / 1d, 2020y / June / 1d) == 0);
    CHECK(whole_months_between(2019y / August / 24d, 2024y / August / 23d) == 59);
}

TEST_CASE("parse_date accepts exactly YYYY-MM-DD of a real day", "[dates]") {
    CHECK(parse_date("2026-11-24") == 2026y / November / 24d);
    CHECK(parse_date("2024-02-29") == 2024y / February / 29d);
    CHECK_FALSE(parse_date("2023-02-29"));
    CHECK_FALSE(parse_date("2026-13-01"));
    CHECK_FALSE(parse_date("2026-00-10"));
    CHECK_FALSE(parse_date("0000-01-01"));
    CHECK_FALSE(parse_date("2026-1-01"));
    CHECK_FALSE(parse_date("2026/11/24"));
    CHECK_FALSE(parse_date("24/11/2026"));
    CHECK_FALSE(parse_date("2026-11-24 "));
    CHECK_FALSE(parse_date("2026-+1-24"));
    CHECK_FALSE(parse_date(""));
}

TEST_CASE("dates print in ISO and French forms", "[dates]") {
    CHECK(iso_text(2026y / November / 4d) == "2026-11-04");
    CHECK(french_text(2026y / November / 4d) == "04/11/2026");
    CHECK(iso_text(year{812} / January / 1d) == "0812-01-01");
}
