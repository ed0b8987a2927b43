// coordcare — umbrella header of the domain (no input/output).
//
// coordcare models French coordinated primary care ("exercice coordonné"): the structures ESP, ESS,
// MSP, CDS and CPTS, who may belong to them, their legal forms, and the rules that decide what they
// are eligible for. See README.md and docs/.
#pragma once

#include <coordcare/version.hpp>
#include <coordcare/vocabulary.hpp>
#include <coordcare/parameters.hpp>
#include <coordcare/structures.hpp>
#include <coordcare/territory.hpp>
#include <coordcare/funding.hpp>
#include <coordcare/practice.hpp>
#include <coordcare/procedures.hpp>
#include <coordcare/dossier.hpp>
