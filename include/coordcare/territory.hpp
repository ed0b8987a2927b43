// coordcare — the territory layer: the commune index from the official data, territories with their
// population and size, the coverage of an area, and structures checked with the index. Reading the
// extract from a file is in <coordcare/io/communes.hpp>.
#pragma once

#include <coordcare/territory/commune_index.hpp>
#include <coordcare/territory/coverage.hpp>
#include <coordcare/territory/seat.hpp>
#include <coordcare/territory/territory.hpp>
