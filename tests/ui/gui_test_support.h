// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

// Helpers shared by the GUI tests: prompts answered by a script instead of modal dialogs, and
// waiting for the analysis runner.

#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"
#include "ui/document/plan_document.h"
#include "ui/services/analysis_runner.h"
#include "ui/services/prompts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QtTest>

namespace hw::test {

/** Answers like a user following a script; records what was asked. */
class ScriptedPrompts : public ui::Prompts
{
public:
    SaveChoice saveChoice = SaveChoice::Discard;
    bool recover = true;
    bool openDespiteLock = false;
    QString openName;
    QString saveName;
    QStringList asked; ///< "save", "recover", "lock", "error: ...", "info"

    SaveChoice askSaveChanges(QWidget *, const QString &) override
    {
        asked << QStringLiteral("save");
        return saveChoice;
    }
    bool askRecover(QWidget *, const QString &) override
    {
        asked << QStringLiteral("recover");
        return recover;
    }
    bool askOpenDespiteLock(QWidget *, const QString &, const QString &) override
    {
        asked << QStringLiteral("lock");
        return openDespiteLock;
    }
    void showError(QWidget *, const QString &, const QString &text) override
    {
        asked << QStringLiteral("error: ") + text;
    }
    void showInfo(QWidget *, const QString &, const QString &) override
    {
        asked << QStringLiteral("info");
    }
    QString openFileName(QWidget *, const QString &) override { return openName; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveName;
    }
};

inline QString samplePath()
{
    return QStringLiteral(HW_SAMPLES_DIR "/campus.json");
}

inline core::Plan samplePlan()
{
    auto plan = core::loadPlan(HW_SAMPLES_DIR "/campus.json", core::builtinCatalog());
    if (!plan.ok()) qFatal("cannot load the sample: %s", plan.error().toString().c_str());
    return plan.value();
}

/** Waits until the runner has a result for the document's current revision. */
inline bool waitForAnalysis(ui::AnalysisRunner *runner, ui::PlanDocument *doc, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!runner->isBusy() && runner->latest() && runner->latest()->revision == doc->revision())
            return true;
    }
    return false;
}

} // namespace hw::test
