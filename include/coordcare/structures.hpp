// coordcare — the structures layer: ESP, ESS, MSP, CDS and CPTS, their members, their rules,
// run-time validation and compile-time constants.
#pragma once

#include <coordcare/structures/constant.hpp>
#include <coordcare/structures/doctrine.hpp>
#include <coordcare/structures/reflection.hpp>
#include <coordcare/structures/members.hpp>
#include <coordcare/structures/rule.hpp>
#include <coordcare/structures/rules.hpp>
#include <coordcare/structures/structure.hpp>
#include <coordcare/structures/validate.hpp>
