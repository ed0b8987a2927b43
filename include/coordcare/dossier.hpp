// coordcare — the dossier layer: the check of a dossier as one call, check(dossier, options), and the
// report it returns, a plain value (docs/check.md).
#pragma once

#include <coordcare/dossier/check.hpp>
#include <coordcare/dossier/dossier.hpp>
#include <coordcare/dossier/report.hpp>
