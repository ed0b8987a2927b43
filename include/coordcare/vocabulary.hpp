// coordcare — the vocabulary layer: the words every other layer speaks.
#pragma once

#include <coordcare/vocabulary/bilingual.hpp>
#include <coordcare/vocabulary/cpts_missions.hpp>
#include <coordcare/vocabulary/procedure_events.hpp>
#include <coordcare/vocabulary/dated.hpp>
#include <coordcare/vocabulary/dates.hpp>
#include <coordcare/vocabulary/departments.hpp>
#include <coordcare/vocabulary/diagnostic.hpp>
#include <coordcare/vocabulary/identifiers.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/legal_forms.hpp>
#include <coordcare/vocabulary/legal_reference.hpp>
#include <coordcare/vocabulary/legal_texts.hpp>
#include <coordcare/vocabulary/money.hpp>
#include <coordcare/vocabulary/msp_indicators.hpp>
#include <coordcare/vocabulary/practice_mode.hpp>
#include <coordcare/vocabulary/professions.hpp>
#include <coordcare/vocabulary/source_note.hpp>
#include <coordcare/vocabulary/structure_kinds.hpp>
