// coordcare — the three renderers of a dossier's report (<coordcare/dossier/report.hpp>): text for a
// terminal, a self-contained HTML page, and JSON. Each is a function of the report and renders it,
// nothing more: every number comes from the report. coordcare-check prints them; a program that embeds
// the check calls them. A program that uses one renderer includes only its header.
//
//   const auto report = coordcare::check(dossier, options);
//   coordcare::render::text(report, {language::en, "my-dossier.json"})    // <coordcare/io/render/text.hpp>
//   coordcare::render::json(report, {language::fr, "my-dossier.json"})    // <coordcare/io/render/json.hpp>, a boost::json::object
//   coordcare::render::html(report, {language::fr, "my-dossier.json"})    // <coordcare/io/render/html.hpp>
#pragma once

#include <coordcare/io/render/html.hpp>
#include <coordcare/io/render/json.hpp>
#include <coordcare/io/render/text.hpp>
