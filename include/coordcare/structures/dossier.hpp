// coordcare — any of the five structures, as one value type. The dossier (the structures a caller checks
// together, with their records) is in dossier/dossier.hpp: the dossier layer, above the funding, territory,
// practice and procedures layers whose records it holds.
#pragma once

#include <coordcare/structures/structure.hpp>

#include <variant>

namespace coordcare {

/// Any of the five structures.
using any_structure = std::variant<esp, ess, msp, cds, cpts>;

}  // namespace coordcare
