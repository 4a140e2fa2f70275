// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace hw::ui {

/**
 * The user's settings (QSettings, organisation "Hallwright"): window geometry and dock layout,
 * recent files, grid and snapping, the rack colouring. Typed accessors keep keys in one place.
 */
class Settings
{
public:
    Settings();

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QStringList recentFiles() const;
    /** Puts `path` first in the recent files (at most kMaxRecent, existing files only). */
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    static constexpr int kMaxRecent = 10;

    bool gridVisible() const;
    void setGridVisible(bool visible);
    bool snapEnabled() const;
    void setSnapEnabled(bool enabled);
    double snapStepM() const;
    void setSnapStepM(double step);
    int colourMode() const;
    void setColourMode(int mode);
    /** Autosave interval in seconds (default 180). */
    int autosaveSeconds() const;
    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

private:
    mutable QSettings mSettings;
};

} // namespace hw::ui
