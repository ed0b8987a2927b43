// coordcare — any of the five structures, as one value type. The dossier (the structures a caller checks
// together, with their funding records) is in funding/dossier.hpp: it holds the funding layer's values.
#pragma once

#include <coordcare/structures/structure.hpp>

#include <variant>

namespace coordcare {

/// Any of the five structures.
using any_structure = std::variant<esp, ess, msp, cds, cpts>;

}  // namespace coordcare
