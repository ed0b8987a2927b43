// coordcare — a dossier: the structures a caller checks together (what a JSON dossier file holds), as a
// domain value, so that the layers above the structures use it without any input/output.
#pragma once

#include <coordcare/structures/structure.hpp>

#include <variant>
#include <vector>

namespace coordcare {

/// Any of the five structures.
using any_structure = std::variant<esp, ess, msp, cds, cpts>;

/// The structures of one file or request, in order.
struct dossier {
    std::vector<any_structure> structures;
    friend bool operator==(const dossier&, const dossier&) = default;
};

}  // namespace coordcare
