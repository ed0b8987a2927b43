// coordcare — the practice layer: what professionals do in the structures that the law regulates. Direct
// access to physiotherapists (at most eight sessions without a diagnosis, in the settings the law allows,
// in a CPTS only within its experiment).
#pragma once

#include <coordcare/practice/direct_access.hpp>
