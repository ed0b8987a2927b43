// coordcare — JSON for the library's value types, with Boost.JSON: errors and limits (io/errors.hpp),
// the scan of the text (io/scanner.hpp), the codec and its customisation point (io/codec.hpp), reading
// (io/reader.hpp) and writing (io/writer.hpp) a dossier. docs/json-format.md describes the format;
// docs/dossier.schema.json is its JSON Schema.
//
// This header needs Boost.JSON's implementation: link the CMake target coordcare::io (which links
// Boost::json), or include <boost/json/src.hpp> in exactly one translation unit.
#pragma once

#include <coordcare/io/codec.hpp>
#include <coordcare/io/errors.hpp>
#include <coordcare/io/reader.hpp>
#include <coordcare/io/rulebook.hpp>
#include <coordcare/io/scanner.hpp>
#include <coordcare/io/writer.hpp>
