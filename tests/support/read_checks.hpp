// What the reader's tests check of a refused document: no dossier, and the first error's kind and pointer.
#pragma once

#include <coordcare/io.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace coordcare::test {

/// The input is refused, and its first error is of `kind` at `pointer` (every error is shown on failure).
inline void check_rejects(const std::string& input, read_error_kind kind, const std::string& pointer) {
    const auto r = read_dossier(input);
    for (const auto& err : r.errors) UNSCOPED_INFO(err.text());
    REQUIRE_FALSE(r.ok());
    CHECK(id(r.errors[0].kind) == id(kind));
    CHECK(r.errors[0].pointer == pointer);
}

}  // namespace coordcare::test
