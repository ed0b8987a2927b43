// coordcare — the funding layer: what a structure may receive, how much and when. The ACI CPTS contract
// (its rules, its yearly amounts and payment schedule), the indemnities a CPTS pays its members within the
// PASS of each year, an MSP's year under the ACI MSP (points, euros, advance and balance), and a FIR
// start-up aid plan checked against the region's doctrine. Each computation takes the figure set it works with (national, or a rulebook's).
#pragma once

#include <coordcare/funding/aci_cpts_contract.hpp>
#include <coordcare/funding/aci_cpts_payments.hpp>
#include <coordcare/funding/aci_cpts_territory.hpp>
#include <coordcare/funding/aci_msp.hpp>
#include <coordcare/funding/fir.hpp>
#include <coordcare/funding/indemnities.hpp>
