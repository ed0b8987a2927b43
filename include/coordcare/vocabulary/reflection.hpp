// coordcare — reflection of the vocabulary's aggregates with Boost.Hana, so that generic code (the
// JSON layer, printers, tests) walks their members by name instead of one hand-written function per
// field. A type is reflected here, once, next to the others.
#pragma once

#include <coordcare/vocabulary/bilingual.hpp>
#include <coordcare/vocabulary/diagnostic.hpp>
#include <coordcare/vocabulary/label.hpp>
#include <coordcare/vocabulary/legal_reference.hpp>
#include <coordcare/vocabulary/source_note.hpp>

#include <boost/hana/adapt_struct.hpp>

BOOST_HANA_ADAPT_STRUCT(coordcare::label, fr, en);
BOOST_HANA_ADAPT_STRUCT(coordcare::bilingual, fr, en);
BOOST_HANA_ADAPT_STRUCT(coordcare::source_note, status, text);
BOOST_HANA_ADAPT_STRUCT(coordcare::legal_text, abbreviation, title_fr, title_en, legifrance_id);
BOOST_HANA_ADAPT_STRUCT(coordcare::legal_reference, text, article, article_legifrance_id, source);
BOOST_HANA_ADAPT_STRUCT(coordcare::diagnostic, rule, level, layer, reference, path, message_fr, message_en, detail);
