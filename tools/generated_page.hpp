// The one main() of the programs that generate a page of docs/ (coordcare-rules-doc, coordcare-figures-doc,
// coordcare-procedures-doc): the page to standard output, or to the file named by the first argument.
#pragma once

#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace coordcare::tools {

/// Writes `text` to argv[1] (byte for byte), or to standard output without an argument. 0, or 2 when the
/// file cannot be written.
inline int write_generated_page(int argc, char** argv, const std::string& text, std::string_view program) {
    if (argc < 2) {
        std::cout << text;
        return 0;
    }
    std::ofstream out(argv[1], std::ios::binary);
    out << text;
    if (!out) {
        std::cerr << program << ": cannot write " << argv[1] << '\n';
        return 2;
    }
    return 0;
}

}  // namespace coordcare::tools
