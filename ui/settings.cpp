// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/settings.h"

#include <QFileInfo>

namespace hw::ui {

Settings::Settings() : mSettings(QStringLiteral("Hallwright"), QStringLiteral("Hallwright")) {}

QByteArray Settings::geometry() const
{
    return mSettings.value(QStringLiteral("window/geometry")).toByteArray();
}
void Settings::setGeometry(const QByteArray &g)
{
    mSettings.setValue(QStringLiteral("window/geometry"), g);
}
QByteArray Settings::windowState() const
{
    return mSettings.value(QStringLiteral("window/state")).toByteArray();
}
void Settings::setWindowState(const QByteArray &s)
{
    mSettings.setValue(QStringLiteral("window/state"), s);
}

QStringList Settings::recentFiles() const
{
    QStringList out;
    for (const QString &f : mSettings.value(QStringLiteral("files/recent")).toStringList()) {
        if (QFileInfo::exists(f)) out << f;
    }
    return out;
}

void Settings::addRecentFile(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecent)
        list.removeLast();
    mSettings.setValue(QStringLiteral("files/recent"), list);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList list = mSettings.value(QStringLiteral("files/recent")).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    mSettings.setValue(QStringLiteral("files/recent"), list);
}

bool Settings::gridVisible() const
{
    return mSettings.value(QStringLiteral("view/grid"), true).toBool();
}
void Settings::setGridVisible(bool v)
{
    mSettings.setValue(QStringLiteral("view/grid"), v);
}
bool Settings::snapEnabled() const
{
    return mSettings.value(QStringLiteral("view/snap"), true).toBool();
}
void Settings::setSnapEnabled(bool v)
{
    mSettings.setValue(QStringLiteral("view/snap"), v);
}
double Settings::snapStepM() const
{
    const double v = mSettings.value(QStringLiteral("view/snapStepM"), 0.1).toDouble();
    return v > 0 ? v : 0.1;
}
void Settings::setSnapStepM(double s)
{
    mSettings.setValue(QStringLiteral("view/snapStepM"), s);
}
int Settings::colourMode() const
{
    return mSettings.value(QStringLiteral("view/colourMode"), 0).toInt();
}
void Settings::setColourMode(int m)
{
    mSettings.setValue(QStringLiteral("view/colourMode"), m);
}
int Settings::autosaveSeconds() const
{
    const int v = mSettings.value(QStringLiteral("files/autosaveSeconds"), 180).toInt();
    return v >= 10 ? v : 180;
}
QString Settings::lastDirectory() const
{
    return mSettings.value(QStringLiteral("files/lastDirectory")).toString();
}
void Settings::setLastDirectory(const QString &d)
{
    mSettings.setValue(QStringLiteral("files/lastDirectory"), d);
}

} // namespace hw::ui
