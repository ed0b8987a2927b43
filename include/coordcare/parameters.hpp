// coordcare — the parameters layer: the figures that change by date of effect and by region. The
// editions of the ACI CPTS and of the ACI MSP (one header each), the PASS by year, the FIR doctrines of the
// regions, the law on direct access to physiotherapists, the figure set the funding layer computes with,
// rulebooks (a user's figures over the national ones), and the regional doctrine of the structures' rules as
// an overlay on the national figures.
#pragma once

#include <coordcare/parameters/aci_cpts.hpp>
#include <coordcare/parameters/aci_cpts_2019.hpp>
#include <coordcare/parameters/aci_cpts_avenant_2.hpp>
#include <coordcare/parameters/aci_cpts_edition.hpp>
#include <coordcare/parameters/aci_msp_2017.hpp>
#include <coordcare/parameters/aci_msp_avenant_1.hpp>
#include <coordcare/parameters/aci_msp_edition.hpp>
#include <coordcare/parameters/direct_access.hpp>
#include <coordcare/parameters/doctrine.hpp>
#include <coordcare/parameters/figure.hpp>
#include <coordcare/parameters/figure_set.hpp>
#include <coordcare/parameters/fir.hpp>
#include <coordcare/parameters/pass.hpp>
#include <coordcare/parameters/rulebook.hpp>
