// An agency's tool embeds coordcare: it reads a dossier, checks it, shows three figures, writes its own JSON.
//   coordcare-agency-check DOSSIER.json COMMUNE_DATA_DIR
#include <coordcare/dossier/check.hpp>
#include <coordcare/io.hpp>
#include <coordcare/io/communes.hpp>

#include <boost/json.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    using namespace coordcare;
    if (argc < 3) return std::cerr << "usage: coordcare-agency-check DOSSIER.json COMMUNE_DATA_DIR\n", 2;
    std::stringstream text;
    text << std::ifstream(argv[1], std::ios::binary).rdbuf();
    const auto read = read_dossier(text.str());
    if (!read.ok()) return std::cerr << read.errors.front().text(language::en) << '\n', 2;
    commune_library communes{argv[2]};
    check_options options;
    options.as_of = date{std::chrono::year{2024}, std::chrono::December, std::chrono::day{31}};
    options.communes = communes.index_for(options.as_of).index;
    options.communes_at = communes.vintage_source();
    const dossier_report report = check(*read.value, options);
    std::cout << "structures without an error: " << report.valid_structures() << " of " << report.structures.size() << '\n'
              << "errors: " << report.count(severity::error) << ", warnings: " << report.count(severity::warning) << '\n';
    for (const auto& s : report.structures)
        if (s.territory) std::cout << s.name << ": " << s.territory->population << " inhabitants\n";
    boost::json::array findings;  // the tool's own format: rule, pointer, severity
    for (const auto& s : report.structures)
        for (const auto& f : s.findings) findings.push_back({{"rule", f.d.rule.text()}, {"pointer", f.pointer}, {"error", f.d.level == severity::error}});
    std::cout << boost::json::serialize(boost::json::object{{"valid", report.valid()}, {"findings", findings}}) << '\n';
    return report.valid() ? 0 : 1;
}
