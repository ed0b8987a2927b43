// The check of a sample dossier as coordcare-check runs it (a date, a regional preset, a rulebook, the
// commune data of every vintage), for the tests that assert on the report's values.
#pragma once

#include <catch2/catch.hpp>

#include <coordcare/dossier/check.hpp>
#include <coordcare/io.hpp>
#include <coordcare/io/communes.hpp>
#include <coordcare/io/rulebook.hpp>

#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace coordcare::testing {

inline std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

/// A sample of examples/dossiers (or a path of its own), read as the program reads it.
inline dossier sample(const std::string& name) {
    const auto path = name.find('/') == std::string::npos ? std::string{COORDCARE_SAMPLES_DIR} + "/" + name : name;
    auto read = read_dossier(file_text(path));
    REQUIRE(read.ok());
    return std::move(*read.value);
}

inline date ymd(int y, unsigned m, unsigned d) { return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

/// What a check is run with, and what it must outlive.
struct checked_sample {
    commune_library communes{COORDCARE_COMMUNES_DIR};
    std::optional<parameters::applied_rulebook> rulebook{};
    dossier_report report{};
};

/// `coordcare-check FILE --as-of DATE [--region PRESET] [--rulebook FILE]`, as a report value.
inline std::unique_ptr<checked_sample> check_sample(const std::string& name, date as_of, std::string_view region = {},
                                                     const std::string& rulebook = {}, bool with_communes = true) {
    auto out = std::make_unique<checked_sample>();
    check_options o;
    o.as_of = as_of;
    if (!region.empty()) {
        const auto* d = doctrines::find(region);
        REQUIRE(d != nullptr);
        o.doctrine = *d;
    }
    if (!rulebook.empty()) {
        auto book = read_rulebook(file_text(rulebook));
        REQUIRE(book.ok());
        book.value->file = rulebook;
        out->rulebook.emplace(parameters::apply(parameters::national_figures, *book.value));
        REQUIRE(out->rulebook->errors.empty());
        o.figures = &out->rulebook->figures();
        o.what_if = out->rulebook->what_if;
        o.law_figures_replaced = out->rulebook->law_figures_replaced;
    }
    if (with_communes) {
        const auto index = out->communes.index_for(as_of);
        REQUIRE(index.index);
        o.communes = index.index;
        o.communes_at = out->communes.vintage_source();
    }
    out->report = check(sample(name), o);
    return out;
}

/// Every finding of a report, one line each: "structure severity RULE pointer", the coverage's as
/// "coverage DEPARTMENT severity RULE", in the report's order.
inline std::vector<std::string> finding_lines(const dossier_report& r) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < r.structures.size(); ++i)
        for (const auto& f : r.structures[i].findings)
            out.push_back(std::to_string(i) + " " + std::string{entry(f.d.level).id} + " " + std::string{f.d.rule.text()} + " " + f.pointer);
    for (const auto& c : r.coverage)
        for (const auto& d : c.diagnostics)
            out.push_back("coverage " + c.department + " " + std::string{entry(d.level).id} + " " + std::string{d.rule.text()});
    return out;
}

}  // namespace coordcare::testing
