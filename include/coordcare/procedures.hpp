// coordcare — the procedures layer: transition tables of each structure's procedure, the typed path whose
// forbidden steps do not compile, the replay of an event log with its deadlines, its diagnostics, and the
// diagrams. The CPTS's procedure of [ars-paca-cdc-cpts] and the law's delay (CSP L.1434-12 [csp]);
// docs/procedures.md.
#pragma once

#include <coordcare/procedures/delays.hpp>
#include <coordcare/procedures/diagram.hpp>
#include <coordcare/procedures/explain.hpp>
#include <coordcare/procedures/path.hpp>
#include <coordcare/procedures/records.hpp>
#include <coordcare/procedures/replay.hpp>
#include <coordcare/procedures/table.hpp>
