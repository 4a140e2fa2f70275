// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The GUI side of issue 7, offscreen: File ▸ Export… runs in the background and can be cancelled;
// File ▸ Import DXF… adds a hall or replaces an outline as one undo step; the underlay draws.
// With HW_DIALOG_SCREENSHOTS=DIR the dialogs are also saved as PNG there, to be looked at.
#include "core/io/builtin_catalog.h"
#include "core/io/dxf_export.h"
#include "core/io/plan_files.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/dialogs/import_dxf_dialog.h"
#include "ui/document/plan_document.h"
#include "ui/scene/underlay_item.h"

#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace hw;

namespace {

core::Plan samplePlan()
{
    auto plan = core::loadPlan(HW_SAMPLES_DIR "/campus.json", core::builtinCatalog());
    if (!plan) qFatal("%s", plan.error().toString().c_str());
    return *plan;
}

void maybeScreenshot(QWidget &widget, const char *name)
{
    const QByteArray dir = qgetenv("HW_DIALOG_SCREENSHOTS");
    if (dir.isEmpty()) return;
    widget.adjustSize();
    widget.show();
    QCoreApplication::processEvents();
    widget.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

} // namespace

class TestExportDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportRunsInTheBackground()
    {
        QTemporaryDir dir;
        ui::ExportDialog dialog(std::make_shared<const core::Plan>(samplePlan()), "H2");
        QCOMPARE(dialog.request().hallId, std::string("H2"));
        ui::ExportRequest r;
        r.format = ui::ExportFormat::Csv;
        r.csv = core::CsvKind::BillOfMaterials;
        r.path = dir.filePath(QStringLiteral("bom.txt")).toStdString();
        dialog.setRequest(r);
        // The extension follows the format.
        QCOMPARE(QString::fromStdString(dialog.request().path),
                 dir.filePath(QStringLiteral("bom.csv")));
        maybeScreenshot(dialog, "export-dialog.png");
        QSignalSpy finished(&dialog, &ui::ExportDialog::finished);
        QVERIFY(dialog.startExport());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(dialog.result().ok());
        QFile file(dir.filePath(QStringLiteral("bom.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("category,item,description,quantity"));
    }

    void cancelLeavesNothingBehind()
    {
        QTemporaryDir dir;
        ui::ExportDialog dialog(std::make_shared<const core::Plan>(samplePlan()), {});
        ui::ExportRequest r;
        r.format = ui::ExportFormat::Pdf;
        r.path = dir.filePath(QStringLiteral("report.pdf")).toStdString();
        dialog.setRequest(r);
        QSignalSpy finished(&dialog, &ui::ExportDialog::finished);
        QVERIFY(dialog.startExport());
        QVERIFY(dialog.isRunning());
        dialog.reject(); // Cancel while running: stops the export, keeps the dialog
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("report.pdf"))));
    }

    void importAddsAHallInOneUndoStep()
    {
        QTemporaryDir dir;
        const core::Plan plan = samplePlan();
        const QString dxf = dir.filePath(QStringLiteral("h2.dxf"));
        QVERIFY(core::writeDxfFile(plan, core::builtinCatalog(), dxf.toStdString(), "H2").ok());

        ui::PlanDocument document(plan);
        ui::ImportDxfDialog dialog(&document);
        QVERIFY(dialog.loadFile(dxf));
        dialog.setOutlineLayers({QStringLiteral("HALL-OUTLINE")});
        dialog.setObstacleLayers({QStringLiteral("OBSTACLES")});
        dialog.setNewHall(QStringLiteral("H9"), false);
        maybeScreenshot(dialog, "import-dxf-dialog.png");
        auto geometry = dialog.geometry();
        QVERIFY(geometry.ok());
        QCOMPARE(geometry->outline.size(), plan.hall("H2")->outline.size());
        QVERIFY2(dialog.apply().ok(), "apply");
        const core::Hall *added = document.plan().hall("H9");
        QVERIFY(added);
        QCOMPARE(added->obstacles.size(), plan.hall("H2")->obstacles.size());
        QCOMPARE(added->outline.size(), plan.hall("H2")->outline.size());
        document.undoStack()->undo();
        QVERIFY(!document.plan().hall("H9"));
        QVERIFY(document.plan() == plan);
    }

    void importReplacesAnOutlineInOneUndoStep()
    {
        QTemporaryDir dir;
        core::Plan plan = samplePlan();
        const QString dxf = dir.filePath(QStringLiteral("h2.dxf"));
        QVERIFY(core::writeDxfFile(plan, core::builtinCatalog(), dxf.toStdString(), "H2").ok());
        ui::PlanDocument document(plan);
        ui::ImportDxfDialog dialog(&document);
        QVERIFY(dialog.loadFile(dxf));
        dialog.setOutlineLayers({QStringLiteral("HALL-OUTLINE")});
        dialog.setObstacleLayers({QStringLiteral("OBSTACLES")});
        dialog.setReplaceOutline(QStringLiteral("H1")); // H1 takes H2's L-shaped outline
        QVERIFY2(dialog.apply().ok(), "apply");
        QCOMPARE(document.plan().hall("H1")->outline.size(), std::size_t(6));
        QCOMPARE(document.plan().hall("H1")->racks.size(), plan.hall("H1")->racks.size());
        document.undoStack()->undo();
        QVERIFY(document.plan() == plan);
    }

    void underlayDrawsBehindTheHall()
    {
        const core::Plan plan = samplePlan();
        auto text = core::exportDxf(plan, core::builtinCatalog(), "H3");
        QVERIFY(text.ok());
        auto drawing = core::readDxfText(*text);
        QVERIFY(drawing.ok());
        auto underlay = core::underlayFromDxf(*drawing, std::nullopt);
        QVERIFY(underlay.ok());
        QGraphicsScene scene;
        auto *item = new ui::UnderlayItem(*underlay);
        scene.addItem(item);
        QVERIFY(item->segmentCount() > 100);
        QCOMPARE(item->acceptedMouseButtons(), Qt::NoButton);
        // 22 m × 11.5 m, y flipped into the scene.
        QVERIFY(std::abs(item->boundingRect().width() - 22.1) < 0.01);
        QVERIFY(item->boundingRect().top() < -11.0);
        QImage image(440, 240, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter);
        painter.end();
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                drawn += image.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY(drawn > 1000);
    }
};

QTEST_MAIN(TestExportDialogs)
#include "test_export_dialogs.moc"
