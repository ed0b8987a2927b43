// coordcare — the funding layer: what a structure may receive and how much. Today the indemnities a CPTS
// pays its members, within the PASS of each year; the ACI contracts and FIR plans come next.
#pragma once

#include <coordcare/funding/indemnities.hpp>
