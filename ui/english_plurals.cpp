// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/english_plurals.h"

#include <QCoreApplication>

#include <cstring>

namespace hw::ui {

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)")) return {};
    QString s = QString::fromUtf8(sourceText);
    s.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return s;
}

void EnglishPlurals::install()
{
    static EnglishPlurals *installed = nullptr;
    if (installed || !QCoreApplication::instance()) return;
    installed = new EnglishPlurals(QCoreApplication::instance());
    QCoreApplication::installTranslator(installed);
}

} // namespace hw::ui
