#pragma once

// qcustomplot.h declares its signals and loops with Qt's keyword macros (signals, slots,
// emit, foreach), which QT_NO_KEYWORDS turns off project-wide because LibTorch headers use
// `slots` as an identifier. The keywords are defined only around this one header.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
