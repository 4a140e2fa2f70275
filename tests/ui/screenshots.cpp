// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Regenerates docs/screenshots/*.png: the main window on the sample campus (the whole site, one
// hall, the violations of a broken rule). Run with `cmake --build build --target screenshots`
// (it sets QT_QPA_PLATFORM=offscreen) or directly: hw_screenshots SAMPLE OUTDIR.
#include "screenshots_charts.h"
#include "screenshots_tenants.h"
#include "screenshots_whatif.h"

#include "core/edit/hall_objects.h"
#include "ui/dialogs/auto_place_dialog.h"
#include "ui/document/plan_document.h"
#include "ui/main_window.h"
#include "ui/panels/violations_panel.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/hall_view.h"
#include "ui/services/analysis_runner.h"
#include "ui/services/prompts.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include <cstdio>

namespace {

/** Answers every question without a dialog. */
class SilentPrompts : public hw::ui::Prompts
{
public:
    SaveChoice askSaveChanges(QWidget *, const QString &) override { return SaveChoice::Discard; }
    bool askRecover(QWidget *, const QString &) override { return false; }
    bool askOpenDespiteLock(QWidget *, const QString &, const QString &) override { return true; }
    void showError(QWidget *, const QString &, const QString &text) override
    {
        std::fprintf(stderr, "error: %s\n", qPrintable(text));
    }
    void showInfo(QWidget *, const QString &, const QString &) override {}
    QString openFileName(QWidget *, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
};

void settle(hw::ui::MainWindow &w)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 3000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!w.runner()->isBusy() && w.runner()->latest() &&
            w.runner()->latest()->revision == w.document()->revision())
            break;
    }
    QApplication::processEvents();
}

bool grab(hw::ui::MainWindow &w, const QString &path)
{
    settle(w);
    const bool ok = w.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Hallwright"));
    QApplication::setApplicationName(QStringLiteral("HallwrightScreenshots"));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    if (argc < 3) {
        std::fprintf(stderr, "usage: hw_screenshots SAMPLE.json OUTDIR\n");
        return 2;
    }
    const QString sample = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    QTemporaryDir locks;
    SilentPrompts prompts;
    hw::ui::MainWindow w(&prompts);
    w.resize(1600, 1000);
    w.show();
    if (!w.openFile(sample)) return 1;
    bool ok = grab(w, out + QStringLiteral("/site.png"));
    ok = chartScreenshots(w, QStringLiteral(HW_TEST_DATA_DIR), out) && ok;
    w.showSite();

    const auto &plan = w.document()->plan();
    const std::string hall = plan.halls.front().id;
    w.openHall(hall);
    QApplication::processEvents();
    ok = grab(w, out + QStringLiteral("/hall.png")) && ok;

    // Break a rule: move a rack onto its neighbour and show what the engine says.
    const hw::core::Hall *h = w.document()->hall(hall);
    if (h && h->racks.size() > 1) {
        const auto &a = h->racks[0];
        const auto &b = h->racks[1];
        const hw::core::Vec2 delta{(b.position.x - a.position.x) * 0.5,
                                   (b.position.y - a.position.y) * 0.5};
        w.document()->moveObjects(hall, {a.id}, {}, {}, delta, 0);
        settle(w);
        if (w.violationsPanel()->list()->topLevelItemCount() > 0)
            w.violationsPanel()->activateRow(0);
    }
    ok = grab(w, out + QStringLiteral("/violations.png")) && ok;

    // Auto-place: empty half of the last hall and let the engine fill it; the proposal is dashed.
    w.document()->undoStack()->undo();
    const std::string last = plan.halls.back().id;
    std::vector<hw::core::ObjectRef> remove;
    const hw::core::Hall &lh = *w.document()->hall(last);
    for (std::size_t i = 0; i < lh.racks.size() / 2; ++i)
        remove.push_back({hw::core::ObjectKind::Rack, last, lh.racks[i].id});
    w.document()->removeObjects(remove);
    w.openHall(last);
    hw::ui::AutoPlaceDialog *dialog = w.showAutoPlace();
    dialog->setRequest(last, "gb300-nvl72", std::nullopt);
    bool finished = false;
    QObject::connect(dialog, &hw::ui::AutoPlaceDialog::finishedRun, dialog,
                     [&finished] { finished = true; });
    dialog->start();
    QElapsedTimer waited;
    waited.start();
    while (!finished && waited.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    settle(w);
    QImage shot = w.grab().toImage();
    {
        QPainter p(&shot);
        const QImage d = dialog->grab().toImage();
        p.drawImage(QPoint(shot.width() - d.width() - 340, shot.height() - d.height() - 230), d);
        p.setPen(QColor(120, 120, 120));
        p.drawRect(QRect(QPoint(shot.width() - d.width() - 340, shot.height() - d.height() - 230),
                         d.size()));
    }
    const bool wrote = shot.save(out + QStringLiteral("/autoplace.png"));
    std::printf("%s %s\n", wrote ? "wrote" : "FAILED",
                qPrintable(out + QStringLiteral("/autoplace.png")));
    ok = ok && wrote;
    dialog->close();
    w.document()->undoStack()->setClean(); // nothing to save
    ok = tenantScreenshots(w, QStringLiteral(HW_TEST_DATA_DIR), out) && ok;
    ok = whatIfScreenshots(w, sample, out) && ok;
    return ok ? 0 : 1;
}
