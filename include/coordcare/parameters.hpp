// coordcare — the parameters layer: the figures that change by date of effect and by region. Today the
// regional doctrine of the structures' rules; the editions of the national agreements join it next.
#pragma once

#include <coordcare/parameters/doctrine.hpp>
