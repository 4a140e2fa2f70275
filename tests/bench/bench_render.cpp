// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Benchmark of issue 5 item 9: the GUI with a 1 GW campus (7,040 racks in 40 halls). Measures
// the time to open the plan in the main window (read, validate, build the scene and the panels,
// first frame), the frame time of the whole-campus view while zooming and panning, the frame
// time inside one hall, and one step of a rack drag (edit + repaint). Runs offscreen; the
// figures go to docs/PERFORMANCE.md ("GUI").
#include "bench_util.h"
#include "campus_builder.h"

#include "core/io/plan_files.h"
#include "ui/document/plan_document.h"
#include "ui/main_window.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/hall_view.h"
#include "ui/services/analysis_runner.h"
#include "ui/services/plan_lock.h"
#include "ui/services/prompts.h"
#include "ui/services/recovery_store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>
#include <cstring>

using namespace hw;

namespace {

class SilentPrompts : public ui::Prompts
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

double repaintMs(ui::HallView *view)
{
    bench::Stopwatch sw;
    view->viewport()->repaint();
    return sw.ms();
}

/** Frames while zooming in and out by 2 % and panning by a few pixels, as a wheel or a drag does.
 */
std::vector<double> interactiveFrames(ui::HallView *view, int frames)
{
    std::vector<double> times;
    for (int i = 0; i < frames; ++i) {
        switch (i % 4) {
        case 0:
            view->zoomBy(1.02, view->viewport()->rect().center());
            break;
        case 1:
            view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 7);
            break;
        case 2:
            view->zoomBy(1 / 1.02, view->viewport()->rect().center());
            break;
        default:
            view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() - 7);
            break;
        }
        QCoreApplication::processEvents();
        times.push_back(repaintMs(view));
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    ui::RecoveryStore::setDirectory(dir.filePath(QStringLiteral("recovery")));
    ui::PlanLock::setDirectory(dir.filePath(QStringLiteral("locks")));
    const int frames = bench::intArg(argc, argv, "--frames", 60);
    const int width = bench::intArg(argc, argv, "--width", 1600);
    const int height = bench::intArg(argc, argv, "--height", 1000);

    const core::Plan campus = bench::buildCampus();
    std::size_t racks = 0;
    for (const auto &h : campus.halls)
        racks += h.racks.size();
    const QString hallplan = dir.filePath(QStringLiteral("campus.hallplan"));
    const QString json = dir.filePath(QStringLiteral("campus.json"));
    if (!core::writePlanFile(campus, hallplan.toStdString()).ok() ||
        !core::writePlanFile(campus, json.toStdString()).ok()) {
        std::fprintf(stderr, "cannot write the campus\n");
        return 1;
    }
    std::printf("campus: %zu halls, %zu racks; window %d x %d, offscreen raster\n",
                campus.halls.size(), racks, width, height);

    SilentPrompts prompts;
    ui::MainWindow window(&prompts);
    window.resize(width, height);
    window.show();
    QCoreApplication::processEvents();
    ui::HallView *view = window.view();
    if (bench::intArg(argc, argv, "--grid", 1) == 0) view->setGridVisible(false);
    if (bench::intArg(argc, argv, "--overlays", 1) == 0) view->setOverlaysVisible(false);

    // Open: read, validate, build the scene and the tree, and paint the first frame.
    std::vector<double> openHallplan, openJson;
    for (int i = 0; i < 3; ++i) {
        for (const auto &[path, out] :
             {std::pair{hallplan, &openHallplan}, std::pair{json, &openJson}}) {
            bench::Stopwatch sw;
            if (!window.openFile(path)) return 1;
            view->viewport()->repaint();
            out->push_back(sw.ms());
            window.document()->markSaved();
        }
    }
    bench::printStats("open .hallplan (to the first frame)", openHallplan);
    bench::printStats("open .json (to the first frame)", openJson);
    std::printf("scene items: %d\n", window.scene()->itemCount());

    // The first analysis runs in the background meanwhile; wait so that colours are final.
    QElapsedTimer wait;
    wait.start();
    while ((window.runner()->isBusy() || !window.runner()->latest()) && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (window.runner()->latest())
        std::printf("first analysis of the campus: %.1f ms on a worker thread\n",
                    window.runner()->latest()->milliseconds);

    // The whole campus in view.
    view->zoomToFit();
    QCoreApplication::processEvents();
    repaintMs(view);
    std::printf("site view: %.2f px/m, racks drawn in batches by their halls: %s\n",
                view->pixelsPerMetre(), window.scene()->batchedRacks() ? "yes" : "no");
    const auto site = interactiveFrames(view, frames);
    bench::printStats("frame, whole campus, zoom/pan", site);
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0) {
            view->zoomToFit();
            QCoreApplication::processEvents();
            window.grab().save(QString::fromLocal8Bit(argv[i + 1]));
        }
    }

    // One hall, as when editing.
    const std::string hallId = campus.halls[campus.halls.size() / 2].id;
    window.openHall(hallId);
    QCoreApplication::processEvents();
    repaintMs(view);
    std::printf("hall view: %.2f px/m\n", view->pixelsPerMetre());
    const auto hall = interactiveFrames(view, frames);
    bench::printStats("frame, one hall, zoom/pan", hall);

    // Dragging a row of racks: each mouse move pushes a merged MoveObjects and repaints.
    ui::PlanDocument *doc = window.document();
    std::vector<std::string> row;
    for (std::size_t i = 0; i < 11; ++i)
        row.push_back(doc->hall(hallId)->racks[i].id);
    const int session = doc->newMergeSession();
    std::vector<double> drag;
    for (int i = 0; i < frames; ++i) {
        bench::Stopwatch sw;
        doc->moveObjects(hallId, row, {}, {}, {0.05, 0}, session);
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        drag.push_back(sw.ms());
    }
    bench::printStats("drag step, 11 racks (edit + frame)", drag);
    std::printf("undo steps after the drag: %d\n", doc->undoStack()->count());
    std::printf("peak memory (max RSS): %.1f MiB\n", bench::peakRssMiB());
    doc->markSaved();

    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const bool ok = median(site) <= 16.0 && median(openHallplan) < 2000 && median(openJson) < 2000;
    std::printf("targets (frame <= 16 ms, open < 2 s): %s\n", ok ? "met" : "NOT met");
    return 0;
}
