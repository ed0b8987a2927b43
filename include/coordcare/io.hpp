// coordcare — umbrella of the input/output layer: JSON for every value type (Boost.JSON), kept apart
// from the domain so that the core needs only Boost's headers. Link the CMake target coordcare::io.
#pragma once

#include <coordcare/coordcare.hpp>
#include <coordcare/io/json.hpp>
#include <coordcare/io/report.hpp>
