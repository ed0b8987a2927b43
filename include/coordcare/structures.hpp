// coordcare — the structures layer: ESP, ESS, MSP, CDS and CPTS, their members, their rules,
// run-time validation and compile-time constants.
#pragma once

#include <coordcare/structures/catalogue.hpp>
#include <coordcare/structures/constant.hpp>
#include <coordcare/structures/dossier.hpp>
#include <coordcare/structures/members.hpp>
#include <coordcare/structures/rule_model.hpp>
#include <coordcare/structures/structure.hpp>
#include <coordcare/structures/validate.hpp>
