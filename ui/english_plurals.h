// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QTranslator>

namespace hw::ui {

/**
 * The English plural forms of the source strings: Qt resolves "%n rack(s)" only through a
 * translator, so without one the user would read "2 rack(s)". This translator turns "(s)" into
 * "" or "s" by the count and leaves every other string to the next translator.
 */
class EnglishPlurals : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;
    bool isEmpty() const override { return false; }

    /** Installs one instance on the application (idempotent). */
    static void install();
};

} // namespace hw::ui
