// Printing a validation for the structure examples.
#pragma once

#include <coordcare/coordcare.hpp>

#include <iostream>
#include <string_view>

namespace example {

/// Prints the verdict and every diagnostic, in French and English.
inline void print(std::string_view title, const coordcare::validation& v) {
    std::cout << title << ": " << (v.valid() ? "valid" : "NOT valid") << '\n';
    for (const auto& d : v.diagnostics) {
        std::cout << "  " << d.summary(coordcare::language::fr) << '\n'
                  << "  " << d.summary(coordcare::language::en) << '\n';
        if (const auto url = d.reference.url(); !url.empty()) std::cout << "    " << url << '\n';
    }
}

/// The example's exit status: the valid structure has no diagnostic and the broken one reports `rule`.
inline int outcome(const coordcare::validation& valid, const coordcare::validation& broken, std::string_view rule) {
    return valid.diagnostics.empty() && broken.reports(rule) ? 0 : 1;
}

}  // namespace example
