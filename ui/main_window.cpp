// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/main_window.h"

#include "core/edit/hall_objects.h"
#include "core/edit/rack_ops.h"
#include "core/engine/evaluate.h"
#include "core/io/builtin_catalog.h"
#include "core/io/json_plan_format.h"
#include "core/io/plan_files.h"
#include "ui/charts/dashboard_panel.h"
#include "ui/commands/macro_guard.h"
#include "ui/dialogs/auto_place_dialog.h"
#include "ui/dialogs/connect_dialog.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/dialogs/import_dxf_dialog.h"
#include "ui/document/plan_document.h"
#include "ui/english_plurals.h"
#include "ui/panels/catalog_panel.h"
#include "ui/panels/plan_tree_panel.h"
#include "ui/panels/properties_panel.h"
#include "ui/panels/scenarios_panel.h"
#include "ui/panels/tenants_panel.h"
#include "ui/panels/violations_panel.h"
#include "ui/panels/whatif_panel.h"
#include "ui/presentation/presentation_window.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/hall_view.h"
#include "ui/services/analysis_runner.h"
#include "ui/services/document_io.h"
#include "ui/services/plan_lock.h"
#include "ui/services/prompts.h"
#include "ui/services/recovery_store.h"
#include "ui/settings.h"
#include "ui/tools/draw_polygon_tool.h"
#include "ui/tools/place_cdu_tool.h"
#include "ui/tools/place_racks_tool.h"
#include "ui/tools/select_tool.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace hw::ui {

namespace {
const char *const kPlanMime = "application/x-hallwright-racks+json";
QString str(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

MainWindow::MainWindow(Prompts *prompts, QWidget *parent)
    : QMainWindow(parent), mOwnPrompts(prompts ? nullptr : new DialogPrompts),
      mPrompts(prompts ? prompts : mOwnPrompts.get()), mSettings(std::make_unique<Settings>()),
      mDocument(new PlanDocument({}, this)), mScene(new HallScene(mDocument, this)),
      mView(new HallView(mScene, this)), mRunner(new AnalysisRunner(mDocument, this)),
      mSelectTool(new SelectTool(mView, this)), mPlaceRacksTool(new PlaceRacksTool(mView, this)),
      mPlaceCduTool(new PlaceCduTool(mView, this)), mPolygonTool(new DrawPolygonTool(mView, this)),
      mRecovery(std::make_unique<RecoveryStore>()), mLock(std::make_unique<PlanLock>())
{
    EnglishPlurals::install();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hallwright.svg")));
    setCentralWidget(mView);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    core::Plan plan;
    plan.name = tr("New plan").toStdString();
    mDocument->reset(plan, {});

    createActions();
    createDocks();
    createMenus();
    createToolBars();
    createStatusBar();

    connect(mDocument, &PlanDocument::modifiedChanged, this, [this] { updateTitle(); });
    connect(mDocument, &PlanDocument::filePathChanged, this, [this] { updateTitle(); });
    connect(mDocument, &PlanDocument::selectionChanged, this, [this] { updateActions(); });
    connect(mDocument, &PlanDocument::currentHallChanged, this, [this] {
        updateActions();
        updateStatusFigures();
    });
    connect(mDocument, &PlanDocument::changed, this, [this] { updateActions(); });
    connect(mRunner, &AnalysisRunner::analysisReady, this, &MainWindow::onAnalysis);
    connect(mRunner, &AnalysisRunner::analysisFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The check of this plan failed: %1").arg(message), 15000);
        updateStatusFigures();
    });
    connect(mSelectTool, &SelectTool::hallOpened, this, &MainWindow::openHall);
    connect(mPolygonTool, &DrawPolygonTool::hallCreated, this, [this](const std::string &id) {
        openHall(id);
        setTool(mSelectTool);
        mDocument->setSelection({{core::ObjectKind::Hall, id, id}});
    });
    for (AbstractTool *tool :
         {static_cast<AbstractTool *>(mSelectTool), static_cast<AbstractTool *>(mPlaceRacksTool),
          static_cast<AbstractTool *>(mPlaceCduTool), static_cast<AbstractTool *>(mPolygonTool)})
        connect(tool, &AbstractTool::statusMessage, this,
                [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(mView, &HallView::rackTypeDropped, this, [this](const QString &type, core::Vec2 p) {
        mPlaceRacksTool->setRackType(type.toStdString());
        mPlaceRacksTool->placeAt(p);
    });
    connect(mView, &HallView::cursorMoved, this, [this](core::Vec2 p) {
        mCursorLabel->setText(tr("x %1 m  y %2 m").arg(p.x, 0, 'f', 2).arg(p.y, 0, 'f', 2));
    });
    connect(mView, &HallView::cursorLeft, this, [this] { mCursorLabel->setText(QString()); });
    connect(mView, &HallView::zoomChanged, this, [this](double ppm) {
        mZoomLabel->setText(tr("%1 px/m").arg(ppm, 0, 'f', ppm < 10 ? 2 : 0));
    });

    mAutosaveTimer = new QTimer(this);
    mAutosaveTimer->setInterval(mSettings->autosaveSeconds() * 1000);
    connect(mAutosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    mAutosaveTimer->start();

    restoreSettings();
    setTool(mSelectTool);
    updateTitle();
    updateActions();
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    mView->setTool(nullptr);
    // ~QWidget hides the docks after this destructor has run: their actions' signals must not
    // reach the handlers of a MainWindow that is gone (UBSan: member access in a QWidget).
    disconnect(mDashboard->toggleViewAction(), nullptr, this, nullptr);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QAction *MainWindow::makeAction(const QString &name, const QString &text,
                                const QKeySequence &shortcut, const QString &icon)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty()) a->setShortcut(shortcut);
    if (!icon.isEmpty())
        a->setIcon(icon.startsWith(QLatin1Char(':')) ? QIcon(icon) : QIcon::fromTheme(icon));
    return a;
}

void MainWindow::createActions()
{
    auto on = [this](QAction *a, auto f) { connect(a, &QAction::triggered, this, f); };
    QStyle *s = style();
    auto *newA = makeAction(QStringLiteral("actionNew"), tr("&New"), QKeySequence::New);
    newA->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    on(newA, [this] {
        if (maybeSave()) newPlan();
    });
    auto *openA = makeAction(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open);
    openA->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    on(openA, [this] {
        const QString path = mPrompts->openFileName(this, mSettings->lastDirectory());
        if (!path.isEmpty()) openFile(path);
    });
    auto *saveA = makeAction(QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save);
    saveA->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    on(saveA, [this] { save(); });
    on(makeAction(QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs),
       [this] { saveAs(); });
    on(makeAction(QStringLiteral("actionExportJson"), tr("Export &JSON…"),
                  QKeySequence(tr("Ctrl+E"))),
       [this] { exportJson(); });
    on(makeAction(QStringLiteral("actionExport"), tr("E&xport…"), QKeySequence(tr("Ctrl+Shift+E"))),
       [this] { ExportDialog::run(mDocument, this); });
    on(makeAction(QStringLiteral("actionImportDxf"), tr("&Import DXF…")),
       [this] { ImportDxfDialog::run(mDocument, mScene, this); });
    on(makeAction(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit),
       [this] { close(); });

    QAction *undo = mDocument->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    QAction *redo = mDocument->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
    on(makeAction(QStringLiteral("actionCut"), tr("Cu&t"), QKeySequence::Cut), [this] {
        copySelection();
        deleteSelection();
    });
    on(makeAction(QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy),
       [this] { copySelection(); });
    on(makeAction(QStringLiteral("actionPaste"), tr("&Paste"), QKeySequence::Paste),
       [this] { paste(); });
    on(makeAction(QStringLiteral("actionDuplicate"), tr("D&uplicate"), QKeySequence(tr("Ctrl+D"))),
       [this] { duplicateSelection(); });
    on(makeAction(QStringLiteral("actionDelete"), tr("&Delete"), QKeySequence::Delete),
       [this] { deleteSelection(); });
    on(makeAction(QStringLiteral("actionSelectAll"), tr("Select &All"), QKeySequence::SelectAll),
       [this] { selectAll(); });
    on(makeAction(QStringLiteral("actionRotateLeft"), tr("Rotate 90° &Left"), QKeySequence(tr("R")),
                  QStringLiteral(":/icons/rotate-left.svg")),
       [this] { rotateSelection(1); });
    on(makeAction(QStringLiteral("actionRotateRight"), tr("Rotate 90° R&ight"),
                  QKeySequence(tr("Shift+R")), QStringLiteral(":/icons/rotate-right.svg")),
       [this] { rotateSelection(-1); });
    on(makeAction(QStringLiteral("actionConnect"), tr("C&onnect to Feeds and Loop…"),
                  QKeySequence(tr("Ctrl+K")), QStringLiteral(":/icons/connect.svg")),
       [this] { connectSelectionDialog(); });
    on(makeAction(QStringLiteral("actionDisconnect"), tr("Disconnect"),
                  QKeySequence(tr("Ctrl+Shift+K"))),
       [this] {
           const std::string hall = mDocument->currentHall();
           const core::Hall *h = mDocument->hall(hall);
           if (!h) return;
           std::vector<std::string> ids;
           for (const auto &r : mDocument->selection())
               if (r.kind == core::ObjectKind::Rack && r.hall == hall) ids.push_back(r.id);
           const core::Status st = mDocument->changeRacks(
               hall, core::connectedRacks(core::objectsById<core::Rack>(*h, ids), {}, {}, true),
               tr("Disconnect %n rack(s)", nullptr, int(ids.size())));
           if (!st.ok()) report(tr("Disconnect"), st.error().toString());
       });

    // Insert
    on(makeAction(QStringLiteral("actionNewHall"), tr("New &Hall (draw outline)"),
                  QKeySequence(tr("Ctrl+Shift+N"))),
       [this] {
           showSite();
           mPolygonTool->setTarget(DrawPolygonTool::Target::NewHall);
           setTool(mPolygonTool);
       });
    on(makeAction(QStringLiteral("actionRedrawOutline"), tr("Redraw Hall &Outline")), [this] {
        mPolygonTool->setTarget(DrawPolygonTool::Target::HallOutline);
        setTool(mPolygonTool);
    });
    on(makeAction(QStringLiteral("actionDrawObstacle"), tr("Draw &Obstacle"), QKeySequence(tr("O")),
                  QStringLiteral(":/icons/tool-polygon.svg")),
       [this] {
           mPolygonTool->setTarget(DrawPolygonTool::Target::Obstacle);
           setTool(mPolygonTool);
       });
    on(makeAction(QStringLiteral("actionDrawFeedRoute"), tr("Draw &Feed Route")), [this] {
        const auto &sel = mDocument->selection();
        if (sel.size() != 1 || sel.front().kind != core::ObjectKind::Feed) {
            statusBar()->showMessage(tr("Select one feed (in the plan tree) to draw its route."),
                                     8000);
            return;
        }
        mPolygonTool->setTarget(DrawPolygonTool::Target::FeedRoute, sel.front().id);
        setTool(mPolygonTool);
    });
    on(makeAction(QStringLiteral("actionAutoPlace"), tr("&Auto-place Racks…"),
                  QKeySequence(tr("Ctrl+Shift+P"))),
       [this] { showAutoPlace(); });
    on(makeAction(QStringLiteral("actionAddSource"), tr("Add &Source")), [this] { addSource(); });
    on(makeAction(QStringLiteral("actionAddFeedPair"), tr("Add Feed &Pair")),
       [this] { addFeedPair(); });
    on(makeAction(QStringLiteral("actionAddLoop"), tr("Add &Loop")), [this] { addLoop(); });

    // Tools
    mToolGroup = new QActionGroup(this);
    auto toolAction = [this](AbstractTool *tool, const QString &name, const QKeySequence &key) {
        auto *a = makeAction(name, tool->name(), key);
        a->setIcon(tool->icon());
        a->setCheckable(true);
        mToolGroup->addAction(a);
        tool->setAction(a);
        connect(a, &QAction::triggered, this, [this, tool] { setTool(tool); });
        return a;
    };
    toolAction(mSelectTool, QStringLiteral("actionToolSelect"), QKeySequence(tr("S")));
    toolAction(mPlaceRacksTool, QStringLiteral("actionToolPlaceRacks"), QKeySequence(tr("P")));
    toolAction(mPlaceCduTool, QStringLiteral("actionToolPlaceCdu"), QKeySequence(tr("C")));
    toolAction(mPolygonTool, QStringLiteral("actionToolPolygon"), QKeySequence());
    mPolygonTool->action()->setText(tr("Draw Polygon"));

    // View
    on(makeAction(QStringLiteral("actionSiteOverview"), tr("&Site Overview"),
                  QKeySequence(tr("Alt+Home")), QStringLiteral(":/icons/site.svg")),
       [this] { showSite(); });
    on(makeAction(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn),
       [this] { mView->zoomBy(1.25); });
    on(makeAction(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut),
       [this] { mView->zoomBy(0.8); });
    on(makeAction(QStringLiteral("actionZoomFit"), tr("Zoom to &Fit"), QKeySequence(tr("Ctrl+0")),
                  QStringLiteral(":/icons/zoom-fit.svg")),
       [this] { mView->zoomToFit(); });
    on(makeAction(QStringLiteral("actionZoomSelection"), tr("Zoom to &Selection"),
                  QKeySequence(tr("Ctrl+2")), QStringLiteral(":/icons/zoom-selection.svg")),
       [this] { mView->zoomToSelection(); });
    auto *grid = makeAction(QStringLiteral("actionGrid"), tr("Show &Grid"),
                            QKeySequence(tr("Ctrl+G")), QStringLiteral(":/icons/grid.svg"));
    grid->setCheckable(true);
    on(grid, [this](bool v) {
        mView->setGridVisible(v);
        mSettings->setGridVisible(v);
    });
    auto *snap = makeAction(QStringLiteral("actionSnap"), tr("S&nap to Grid"),
                            QKeySequence(tr("Ctrl+Shift+G")));
    snap->setCheckable(true);
    on(snap, [this](bool v) {
        mView->setSnap(v, mView->snapStep());
        mSettings->setSnapEnabled(v);
    });
    on(makeAction(QStringLiteral("actionSnapStep"), tr("Snap S&tep…")),
       [this] { snapStepDialog(); });
    on(makeAction(QStringLiteral("actionPresent"), tr("&Present"), QKeySequence(Qt::Key_F5)),
       [this] { present(); });
    mColourGroup = new QActionGroup(this);
    const QStringList modes{tr("Colour by Feed &Pair"), tr("Colour by &Loop"),
                            tr("Colour by &Utilization"), tr("Colour by &Tenant")};
    for (int i = 0; i < modes.size(); ++i) {
        auto *a = makeAction(QStringLiteral("actionColour%1").arg(i), modes[i],
                             QKeySequence(tr("Alt+%1").arg(i + 1)));
        a->setCheckable(true);
        a->setData(i);
        mColourGroup->addAction(a);
        on(a, [this, i] {
            mScene->setColourMode(ColourMode(i));
            mSettings->setColourMode(i);
        });
    }
    auto *ghosts = makeAction(QStringLiteral("actionShowGhosts"), tr("Show &Reserved Racks"));
    ghosts->setCheckable(true);
    ghosts->setChecked(true);
    ghosts->setStatusTip(tr("Draw the racks that reservations keep room for, dashed"));
    on(ghosts, [this](bool v) { mScene->setGhostsVisible(v); });
    on(makeAction(QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts")),
       [this] { showShortcuts(); });
    on(makeAction(QStringLiteral("actionAbout"), tr("&About Hallwright")), [this] {
        QMessageBox::about(
            this, tr("About Hallwright"),
            tr("<h3>Hallwright %1</h3><p>Capacity planner for liquid-cooled AI halls.</p>"
               "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                .arg(QLatin1String(HW_VERSION)));
    });

    // Failure what-if and phase filter (issue 6 items 2, 3).
    on(makeAction(QStringLiteral("actionFailSelected"), tr("&Fail / Restore Selected"),
                  QKeySequence(tr("F"))),
       [this] {
           if (!mWhatIf->toggleObjects(mDocument->selection()))
               statusBar()->showMessage(
                   tr("Select a feed, source or CDU (on the plan or in the tree) to fail it."),
                   8000);
           mWhatIf->show();
       });
    on(makeAction(QStringLiteral("actionWorstFailure"), tr("&Worst Single Failure of This Hall"),
                  QKeySequence(tr("Ctrl+Shift+F"))),
       [this] {
           mWhatIf->show();
           mWhatIf->raise();
           mWhatIf->failWorstOf(mDocument->currentHall());
       });
    on(makeAction(QStringLiteral("actionClearWhatIf"), tr("&Clear What-if")),
       [this] { mWhatIf->clear(); });
    mPhaseGroup = new QActionGroup(this);
    auto *allPhases = makeAction(QStringLiteral("actionPhaseAll"), tr("&All Phases"));
    allPhases->setCheckable(true);
    allPhases->setChecked(true);
    mPhaseGroup->addAction(allPhases);
    on(allPhases, [this] { setPhaseFilter({}); });

    // Single-letter shortcuts act only while the plan has focus, never while typing a value.
    for (const char *name :
         {"actionRotateLeft", "actionRotateRight", "actionToolSelect", "actionToolPlaceRacks",
          "actionToolPlaceCdu", "actionDrawObstacle", "actionDelete", "actionFailSelected"}) {
        QAction *a = action(QLatin1String(name));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        mView->addAction(a);
    }
}

void MainWindow::createMenus()
{
    auto add = [this](QMenu *m, std::initializer_list<const char *> names) {
        for (const char *n : names) {
            if (!*n)
                m->addSeparator();
            else
                m->addAction(action(QLatin1String(n)));
        }
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, {"actionNew", "actionOpen"});
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    add(file, {"", "actionSave", "actionSaveAs", "actionExportJson", "", "actionExport",
               "actionImportDxf", "", "actionQuit"});
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, {"actionUndo", "actionRedo", "", "actionCut", "actionCopy", "actionPaste",
               "actionDuplicate", "actionDelete", "", "actionSelectAll", "", "actionRotateLeft",
               "actionRotateRight", "", "actionConnect", "actionDisconnect"});
    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    add(insert, {"actionNewHall", "actionRedrawOutline", "actionDrawObstacle", "",
                 "actionAddSource", "actionAddFeedPair", "actionDrawFeedRoute", "", "actionAddLoop",
                 "actionToolPlaceCdu", "", "actionToolPlaceRacks", "actionAutoPlace"});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, {"actionSiteOverview", "", "actionZoomIn", "actionZoomOut", "actionZoomFit",
               "actionZoomSelection", "", "actionGrid", "actionSnap", "actionSnapStep", "",
               "actionDashboard", "actionPresent", ""});
    for (QAction *a : mColourGroup->actions())
        view->addAction(a);
    view->addAction(action(QStringLiteral("actionShowGhosts")));
    view->addSeparator();
    mPhaseMenu = view->addMenu(tr("P&hase Filter"));
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        panels->addAction(d->toggleViewAction());
    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    add(analysis, {"actionFailSelected", "actionWorstFailure", "actionClearWhatIf", "",
                   "actionNewScenario", "actionDuplicateScenario", "actionRenameScenario",
                   "actionRemoveScenario", "actionActivateScenario", "", "actionCompareScenarios"});
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    for (QAction *a : mToolGroup->actions())
        tools->addAction(a);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, {"actionShortcuts", "actionAbout"});
}

void MainWindow::createToolBars()
{
    QToolBar *main = addToolBar(tr("Main"));
    main->setObjectName(QStringLiteral("mainToolBar"));
    for (const char *n :
         {"actionNew", "actionOpen", "actionSave", "", "actionUndo", "actionRedo", "",
          "actionSiteOverview", "actionZoomFit", "actionZoomSelection", "actionGrid"}) {
        if (!*n)
            main->addSeparator();
        else
            main->addAction(action(QLatin1String(n)));
    }
    QToolBar *tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("toolsToolBar"));
    for (QAction *a : mToolGroup->actions())
        tools->addAction(a);
    tools->addSeparator();
    tools->addAction(action(QStringLiteral("actionRotateLeft")));
    tools->addAction(action(QStringLiteral("actionRotateRight")));
    tools->addAction(action(QStringLiteral("actionConnect")));
    QToolBar *phases = addToolBar(tr("Phases"));
    phases->setObjectName(QStringLiteral("phaseToolBar"));
    phases->addWidget(new QLabel(tr(" Phases: "), phases));
    mPhaseCombo = new QComboBox(phases);
    mPhaseCombo->setObjectName(QStringLiteral("phaseFilterCombo"));
    mPhaseCombo->setToolTip(tr("Show all racks, the site as built up to a phase, or one phase"));
    mPhaseCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    phases->addWidget(mPhaseCombo);
    connect(mPhaseCombo, &QComboBox::activated, this, [this](int index) {
        const QStringList v = mPhaseCombo->itemData(index).toStringList();
        PhaseFilter f;
        if (v.size() == 2) {
            f.mode =
                v[0] == QLatin1String("upto") ? PhaseFilter::Mode::UpTo : PhaseFilter::Mode::Only;
            f.phase = v[1].toStdString();
        }
        setPhaseFilter(f);
    });
    addToolBarBreak();
    QToolBar *options = addToolBar(tr("Tool Options"));
    options->setObjectName(QStringLiteral("toolOptionsToolBar"));
    mToolOptions = new QStackedWidget(options);
    for (AbstractTool *tool :
         {static_cast<AbstractTool *>(mSelectTool), static_cast<AbstractTool *>(mPlaceRacksTool),
          static_cast<AbstractTool *>(mPlaceCduTool), static_cast<AbstractTool *>(mPolygonTool)}) {
        QWidget *w = tool->createOptionsWidget(mToolOptions);
        if (!w) {
            w = new QLabel(tool == mSelectTool
                               ? tr("Click, Shift-click or drag a box to select; drag to move; "
                                    "arrow keys nudge; double-click a hall to open it.")
                               : tr("Click to add points; double-click or Enter finishes."),
                           mToolOptions);
        }
        w->setProperty("tool", QVariant::fromValue(static_cast<QObject *>(tool)));
        mToolOptions->addWidget(w);
    }
    options->addWidget(mToolOptions);
}

void MainWindow::createDocks()
{
    mTree = new PlanTreePanel(mDocument, this);
    addDockWidget(Qt::LeftDockWidgetArea, mTree);
    mCatalog = new CatalogPanel(mDocument, this);
    addDockWidget(Qt::LeftDockWidgetArea, mCatalog);
    mProperties = new PropertiesPanel(mDocument, this);
    addDockWidget(Qt::RightDockWidgetArea, mProperties);
    auto *undo = new QDockWidget(tr("History"), this);
    undo->setObjectName(QStringLiteral("UndoPanel"));
    auto *undoView = new QUndoView(mDocument->undoStack(), undo);
    undoView->setEmptyLabel(tr("<opened plan>"));
    undo->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, undo);
    mViolations = new ViolationsPanel(mDocument, this);
    addDockWidget(Qt::BottomDockWidgetArea, mViolations);
    applyDefaultDockSizes();
    mTenants = new TenantsPanel(mDocument, this);
    mTenants->setPrompts(mPrompts);
    addDockWidget(Qt::RightDockWidgetArea, mTenants);
    tabifyDockWidget(undo, mTenants);
    undo->raise();
    mDashboard = new DashboardPanel(mDocument, mRunner, this);
    mDashboard->setPrompts(mPrompts);
    addDockWidget(Qt::BottomDockWidgetArea, mDashboard);
    tabifyDockWidget(mViolations, mDashboard);
    mViolations->raise();
    mDashboard->hide();
    QAction *dashboard = mDashboard->toggleViewAction();
    dashboard->setObjectName(QStringLiteral("actionDashboard"));
    dashboard->setText(tr("Capacity &Dashboard"));
    dashboard->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(dashboard, &QAction::triggered, this, [this](bool on) {
        if (on) mDashboard->raise(); // tabbed with the violations: bring it to the front
    });
    // Closing the dashboard gives the plan back the room it took: the violations list returns
    // to the height it had (toggled, unlike visibilityChanged, ignores switching tabs).
    connect(dashboard, &QAction::toggled, this, [this](bool on) {
        if (on) {
            if (!mViolations->isHidden() && !mViolations->isFloating())
                mViolationsHeight = mViolations->height();
        } else if (!mDashboard->isFloating() && !mViolations->isHidden()) {
            QTimer::singleShot(
                0, this, [this] { resizeDocks({mViolations}, {mViolationsHeight}, Qt::Vertical); });
        }
    });
    connect(mDashboard, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // Charts need room: a dashboard docked at the bottom opens at least 420 px high.
        if (visible && !mDashboard->isFloating() && mDashboard->height() < 360)
            resizeDocks({mDashboard}, {420}, Qt::Vertical);
    });
    mWhatIf = new WhatIfPanel(mDocument, mScene, this);
    addDockWidget(Qt::RightDockWidgetArea, mWhatIf);
    tabifyDockWidget(mProperties, mWhatIf);
    mProperties->raise();
    mWhatIf->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    connect(mWhatIf, &WhatIfPanel::whatIfChanged, mDashboard, &DashboardPanel::setWhatIf);
    connect(mWhatIf, &WhatIfPanel::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    mScenarios = new ScenariosPanel(mDocument, this);
    addDockWidget(Qt::LeftDockWidgetArea, mScenarios);
    tabifyDockWidget(mCatalog, mScenarios);
    mCatalog->raise();
    connect(mScenarios, &ScenariosPanel::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    mView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mView, &QWidget::customContextMenuRequested, this, &MainWindow::planContextMenu);
    connect(mDocument, &PlanDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.everything() || e.touches(ChangeEvent::PlanProperties)) refillPhaseFilter();
    });
    connect(mCatalog, &CatalogPanel::rackTypeChosen, this, [this](const QString &type) {
        mPlaceRacksTool->setRackType(type.toStdString());
        setTool(mPlaceRacksTool);
    });
    connect(mViolations, &ViolationsPanel::zoomToSelectionRequested, this,
            [this] { mView->zoomToSelection(); });
    connect(mTree, &PlanTreePanel::zoomRequested, this, [this] {
        const auto &sel = mDocument->selection();
        if (sel.size() == 1 && sel.front().kind == core::ObjectKind::Hall)
            openHall(sel.front().hall);
        else
            mView->zoomToSelection();
    });
}

void MainWindow::createStatusBar()
{
    mFiguresLabel = new QLabel(this);
    mFiguresLabel->setObjectName(QStringLiteral("figuresLabel"));
    mCursorLabel = new QLabel(this);
    mCursorLabel->setMinimumWidth(170);
    mZoomLabel = new QLabel(this);
    mZoomLabel->setMinimumWidth(70);
    mPhaseLabel = new QLabel(this);
    mPhaseLabel->setObjectName(QStringLiteral("phaseFilterLabel"));
    mPhaseLabel->hide();
    statusBar()->addPermanentWidget(mPhaseLabel);
    refillPhaseFilter(); // the combo, the menu and this note exist now
    statusBar()->addPermanentWidget(mFiguresLabel);
    statusBar()->addPermanentWidget(mCursorLabel);
    statusBar()->addPermanentWidget(mZoomLabel);
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(mSettings->geometry())) {
        // First start: most of the screen, centred.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect avail = screen->availableGeometry();
            resize(avail.size() * 0.85);
            move(avail.center() - rect().center());
        }
    }
    // Without a saved layout the docks get their default sizes once the window has its own
    // (resizeDocks() before the first show is lost in the first layout).
    mDefaultDockSizes = !restoreState(mSettings->windowState());
    action(QStringLiteral("actionGrid"))->setChecked(mSettings->gridVisible());
    mView->setGridVisible(mSettings->gridVisible());
    action(QStringLiteral("actionSnap"))->setChecked(mSettings->snapEnabled());
    mView->setSnap(mSettings->snapEnabled(), mSettings->snapStepM());
    const int mode = std::clamp(mSettings->colourMode(), 0, 3);
    mColourGroup->actions().at(mode)->setChecked(true);
    mScene->setColourMode(ColourMode(mode));
}

void MainWindow::setTool(AbstractTool *tool)
{
    mView->setTool(tool);
    if (tool->action()) tool->action()->setChecked(true);
    for (int i = 0; i < mToolOptions->count(); ++i) {
        if (mToolOptions->widget(i)->property("tool").value<QObject *>() == tool)
            mToolOptions->setCurrentIndex(i);
    }
    mView->setFocus();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Hallwright").arg(mDocument->displayName()));
    setWindowModified(mDocument->isModified());
}

void MainWindow::updateActions()
{
    const auto &sel = mDocument->selection();
    const bool inHall = !mDocument->currentHall().empty();
    const bool racks = std::any_of(sel.begin(), sel.end(), [](const core::ObjectRef &r) {
        return r.kind == core::ObjectKind::Rack;
    });
    action(QStringLiteral("actionCopy"))->setEnabled(racks);
    action(QStringLiteral("actionCut"))->setEnabled(racks);
    action(QStringLiteral("actionDuplicate"))->setEnabled(racks);
    action(QStringLiteral("actionRotateLeft"))->setEnabled(racks);
    action(QStringLiteral("actionRotateRight"))->setEnabled(racks);
    action(QStringLiteral("actionConnect"))->setEnabled(racks);
    action(QStringLiteral("actionDisconnect"))->setEnabled(racks);
    action(QStringLiteral("actionDelete"))->setEnabled(!sel.empty());
    action(QStringLiteral("actionPaste"))->setEnabled(inHall);
    action(QStringLiteral("actionZoomSelection"))->setEnabled(!sel.empty());
    for (const char *n :
         {"actionRedrawOutline", "actionDrawObstacle", "actionAddSource", "actionAddFeedPair",
          "actionAddLoop", "actionToolPlaceCdu", "actionToolPlaceRacks"})
        action(QLatin1String(n))->setEnabled(inHall);
    action(QStringLiteral("actionDrawFeedRoute"))
        ->setEnabled(inHall && sel.size() == 1 && sel.front().kind == core::ObjectKind::Feed);
    action(QStringLiteral("actionSiteOverview"))->setEnabled(inHall);
    if (!inHall && mView->tool() != mSelectTool &&
        !(mView->tool() == mPolygonTool &&
          mPolygonTool->target() == DrawPolygonTool::Target::NewHall))
        setTool(mSelectTool);
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList files = mSettings->recentFiles();
    for (const QString &f : files) {
        QAction *a = mRecentMenu->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        a->setStatusTip(f);
        connect(a, &QAction::triggered, this, [this, f] {
            if (maybeSave()) openFile(f);
        });
    }
    if (files.isEmpty()) {
        QAction *none = mRecentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    }
}

void MainWindow::updateStatusFigures()
{
    const std::string &hall = mDocument->currentHall();
    QString text;
    if (const auto &a = mRunner->latest(); a && a->revision == mDocument->revision()) {
        if (hall.empty())
            text = tr("Site: %1 MW IT, %2 errors, %3 warnings")
                       .arg(a->report.site.metrics.itKw / 1000, 0, 'f', 1)
                       .arg(a->report.site.errors)
                       .arg(a->report.site.warnings);
        else
            text = mScene->worstN1Text(hall);
    } else if (mRunner->isBusy()) {
        text = tr("Checking…");
    } else if (!mRunner->lastError().isEmpty()) {
        text = tr("Check failed: %1").arg(mRunner->lastError());
    }
    mFiguresLabel->setText(text);
}

void MainWindow::onAnalysis(AnalysisResultPtr result)
{
    mScene->setAnalysis(result);
    mTree->setAnalysis(result);
    mViolations->setAnalysis(result);
    mTenants->setAnalysis(result);
    updateStatusFigures();
}

void MainWindow::report(const QString &what, const std::string &error)
{
    statusBar()->showMessage(tr("%1 refused: %2").arg(what, str(error)), 10000);
}

// ---- Files -------------------------------------------------------------------------------------

void MainWindow::newPlan()
{
    core::Plan plan;
    plan.name = tr("New plan").toStdString();
    mLock->unlock();
    mRecovery->discard();
    mDocument->reset(plan, {});
    showSite();
    mView->zoomToRect(QRectF(-10, -40, 80, 50));
    statusBar()->showMessage(tr("New plan: Insert ▸ New Hall draws the first hall."), 8000);
}

bool MainWindow::openFile(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    auto plan = DocumentIo::load(abs);
    if (!plan.ok()) {
        mPrompts->showError(
            this, tr("Cannot open plan"),
            tr("%1 could not be opened:\n\n%2").arg(abs, str(plan.error().toString())));
        mSettings->removeRecentFile(abs);
        updateRecentMenu();
        return false;
    }
    auto lock = std::make_unique<PlanLock>();
    if (!lock->lock(abs)) {
        if (!mPrompts->askOpenDespiteLock(this, abs, lock->owner())) return false;
        lock->lockAnyway(abs);
    }
    mLock = std::move(lock);
    mRecovery->discard();
    mDocument->reset(std::move(plan.value()), abs);
    mSettings->addRecentFile(abs);
    mSettings->setLastDirectory(QFileInfo(abs).absolutePath());
    updateRecentMenu();
    showSite();
    mRunner->runNow();
    statusBar()->showMessage(tr("Opened %1").arg(abs), 5000);
    return true;
}

bool MainWindow::save()
{
    if (mDocument->filePath().isEmpty() ||
        !mDocument->filePath().endsWith(QLatin1String(".hallplan"), Qt::CaseInsensitive)) {
        // A .json plan saves to a .hallplan (the native format) unless exported.
        return saveAs();
    }
    const core::Status s = DocumentIo::save(mDocument, mDocument->filePath());
    if (!s.ok()) {
        mPrompts->showError(this, tr("Save failed"),
                            tr("The plan was not saved (the file on disk is unchanged):\n\n%1")
                                .arg(str(s.error().toString())));
        return false;
    }
    mRecovery->discard();
    mSettings->addRecentFile(mDocument->filePath());
    updateRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(mDocument->filePath()), 5000);
    return true;
}

bool MainWindow::saveAs(const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        QString suggested = mDocument->filePath();
        if (suggested.isEmpty())
            suggested = mSettings->lastDirectory() + QLatin1Char('/') + str(mDocument->plan().name);
        suggested = QFileInfo(suggested).path() + QLatin1Char('/') +
                    QFileInfo(suggested).completeBaseName() + QStringLiteral(".hallplan");
        path = mPrompts->saveFileName(this, tr("Save Plan As"), suggested,
                                      tr("Hallwright project (*.hallplan);;JSON plan (*.json)"));
        if (path.isEmpty()) return false;
    }
    path = QFileInfo(DocumentIo::withPlanExtension(path)).absoluteFilePath();
    const core::Status s = DocumentIo::save(mDocument, path);
    if (!s.ok()) {
        mPrompts->showError(
            this, tr("Save failed"),
            tr("The plan was not saved to %1:\n\n%2").arg(path, str(s.error().toString())));
        return false;
    }
    auto lock = std::make_unique<PlanLock>();
    if (!lock->lock(path)) lock->lockAnyway(path);
    mLock = std::move(lock);
    mRecovery->discard();
    mSettings->addRecentFile(path);
    mSettings->setLastDirectory(QFileInfo(path).absolutePath());
    updateRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::exportJson(const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        const QString base =
            mDocument->filePath().isEmpty()
                ? mSettings->lastDirectory() + QLatin1Char('/') + str(mDocument->plan().name)
                : mDocument->filePath();
        path =
            mPrompts->saveFileName(this, tr("Export JSON"),
                                   QFileInfo(base).path() + QLatin1Char('/') +
                                       QFileInfo(base).completeBaseName() + QStringLiteral(".json"),
                                   tr("JSON plan (*.json)"));
        if (path.isEmpty()) return false;
    }
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    const core::Status s = DocumentIo::save(mDocument, path, true);
    if (!s.ok()) {
        mPrompts->showError(this, tr("Export failed"),
                            tr("%1:\n\n%2").arg(path, str(s.error().toString())));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

bool MainWindow::autosaveNow()
{
    if (!mDocument->isModified() || mAutosaving) return false;
    mAutosaving = true;
    auto plan = mDocument->snapshot();
    const QString original = mDocument->filePath();
    RecoveryStore *store = mRecovery.get();
    QFuture<core::Status> f =
        QtConcurrent::run([store, plan, original] { return store->save(*plan, original); });
    auto *watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcher<core::Status>::finished, this, [this, watcher] {
        const core::Status s = watcher->result();
        if (!s.ok())
            statusBar()->showMessage(tr("Autosave failed: %1").arg(str(s.error().toString())),
                                     10000);
        mAutosaving = false;
        watcher->deleteLater();
    });
    watcher->setFuture(f);
    return true;
}

bool MainWindow::offerRecovery()
{
    bool recovered = false;
    for (const RecoveryStore::Entry &e : RecoveryStore::orphans()) {
        if (recovered || !mPrompts->askRecover(this, e.description())) {
            if (!recovered) RecoveryStore::remove(e);
            continue;
        }
        auto plan = RecoveryStore::take(e);
        if (!plan.ok()) {
            mPrompts->showError(this, tr("Recovery failed"), str(plan.error().toString()));
            continue;
        }
        mDocument->reset(std::move(plan.value()), e.originalPath);
        mDocument->markModified();
        showSite();
        mRunner->runNow();
        recovered = true;
        statusBar()->showMessage(tr("Recovered unsaved work. Save it to keep it."), 10000);
    }
    return recovered;
}

bool MainWindow::maybeSave()
{
    if (!mDocument->isModified()) return true;
    switch (mPrompts->askSaveChanges(this, mDocument->displayName())) {
    case Prompts::SaveChoice::Save:
        return save();
    case Prompts::SaveChoice::Discard:
        return true;
    case Prompts::SaveChoice::Cancel:
        return false;
    }
    return false;
}

void MainWindow::applyDefaultDockSizes()
{
    // The plan gets the room: side docks of a comfortable width, a short violations list.
    resizeDocks({mTree, mProperties}, {290, 320}, Qt::Horizontal);
    resizeDocks({mTree, mCatalog}, {420, 220}, Qt::Vertical);
    resizeDocks({mViolations}, {170}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!mDefaultDockSizes) return;
    mDefaultDockSizes = false;
    QTimer::singleShot(0, this, [this] {
        if (!mDashboard->isVisible()) applyDefaultDockSizes();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    mSettings->setGeometry(saveGeometry());
    mSettings->setWindowState(saveState());
    mRecovery->discard();
    mLock->unlock();
    event->accept();
}

// ---- Navigation --------------------------------------------------------------------------------

void MainWindow::openHall(const std::string &hallId)
{
    if (!mDocument->hall(hallId)) return;
    mDocument->setCurrentHall(hallId);
    mView->zoomToFit();
    statusBar()->showMessage(tr("Editing %1. Alt+Home returns to the site.").arg(str(hallId)),
                             5000);
}

void MainWindow::showSite()
{
    mDocument->setCurrentHall({});
    mView->zoomToFit();
    statusBar()->showMessage(tr("Site overview: double-click a hall to open it."), 8000);
}

// ---- Edits -------------------------------------------------------------------------------------

namespace {
std::vector<std::string> selectedRackIds(const PlanDocument *doc)
{
    std::vector<std::string> ids;
    for (const auto &r : doc->selection()) {
        if (r.kind == core::ObjectKind::Rack && r.hall == doc->currentHall()) ids.push_back(r.id);
    }
    return ids;
}
} // namespace

void MainWindow::copySelection()
{
    const core::Hall *h = mDocument->hall(mDocument->currentHall());
    if (!h) return;
    core::Plan clip;
    clip.name = "clipboard";
    core::Hall hall;
    hall.id = h->id;
    hall.outline = h->outline;
    hall.racks = core::objectsById<core::Rack>(*h, selectedRackIds(mDocument));
    if (hall.racks.empty()) return;
    clip.halls.push_back(std::move(hall));
    auto *data = new QMimeData;
    const QByteArray json = QByteArray::fromStdString(core::writePlanJson(clip, 0));
    data->setData(QLatin1String(kPlanMime), json);
    data->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied %n rack(s)", nullptr, int(clip.halls.front().racks.size())),
                             4000);
}

bool MainWindow::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data) return false;
    QString text;
    if (data->hasFormat(QLatin1String(kPlanMime)))
        text = QString::fromUtf8(data->data(QLatin1String(kPlanMime)));
    else
        text = data->text();
    return pasteText(text);
}

bool MainWindow::pasteText(const QString &text)
{
    const std::string hallId = mDocument->currentHall();
    const core::Hall *hall = mDocument->hall(hallId);
    if (!hall) {
        statusBar()->showMessage(tr("Open a hall to paste racks into it."), 6000);
        return false;
    }
    auto clip = core::readPlanJson(text.toStdString());
    if (!clip.ok() || clip->halls.empty() || clip->halls.front().racks.empty()) {
        statusBar()->showMessage(tr("The clipboard holds no Hallwright racks."), 6000);
        return false;
    }
    const core::Hall &source = clip->halls.front();
    // Into the same hall: beside the originals; into another hall: at the same coordinates.
    core::Vec2 delta{};
    if (source.id == hallId) {
        double minX = 1e300, maxX = -1e300;
        for (const auto &r : source.racks) {
            const core::RackType *t = mDocument->catalog().rackType(r.type);
            const double w = t ? (r.rotation() % 180 == 0 ? t->widthM : t->depthM) : 0.6;
            minX = std::min(minX, r.position.x - w / 2);
            maxX = std::max(maxX, r.position.x + w / 2);
        }
        delta = {maxX - minX, 0};
    }
    std::vector<std::string> phases;
    for (const auto &p : mDocument->plan().phases)
        phases.push_back(p.id);
    const auto ids = core::freshIds(mDocument->plan(), core::ObjectKind::Rack, hallId + "-R",
                                    source.racks.size(), 4);
    auto racks = core::racksForPaste(source.racks, ids, delta, *hall, phases);
    const core::Status s =
        mDocument->addRacks(hallId, racks, tr("Paste %n rack(s)", nullptr, int(racks.size())));
    if (!s.ok()) {
        report(tr("Paste"), s.error().toString());
        return false;
    }
    std::vector<core::ObjectRef> sel;
    for (const auto &r : racks)
        sel.push_back({core::ObjectKind::Rack, hallId, r.id});
    mDocument->setSelection(std::move(sel));
    return true;
}

bool MainWindow::duplicateSelection()
{
    const core::Hall *h = mDocument->hall(mDocument->currentHall());
    if (!h) return false;
    core::Plan clip;
    core::Hall hall;
    hall.id = h->id;
    hall.outline = h->outline;
    hall.racks = core::objectsById<core::Rack>(*h, selectedRackIds(mDocument));
    if (hall.racks.empty()) return false;
    clip.halls.push_back(std::move(hall));
    return pasteText(QString::fromStdString(core::writePlanJson(clip, 0)));
}

void MainWindow::deleteSelection()
{
    if (mDocument->selection().empty()) return;
    const core::Status s = mDocument->removeObjects(mDocument->selection());
    if (!s.ok()) report(tr("Delete"), s.error().toString());
}

void MainWindow::rotateSelection(int quarterTurns)
{
    const std::string hallId = mDocument->currentHall();
    const core::Hall *h = mDocument->hall(hallId);
    if (!h) return;
    auto racks = core::objectsById<core::Rack>(*h, selectedRackIds(mDocument));
    if (racks.empty()) return;
    const core::Status s =
        mDocument->changeRacks(hallId, core::rotatedRacks(racks, quarterTurns),
                               tr("Rotate %n rack(s)", nullptr, int(racks.size())));
    if (!s.ok()) report(tr("Rotate"), s.error().toString());
}

void MainWindow::selectAll()
{
    const std::string hallId = mDocument->currentHall();
    std::vector<core::ObjectRef> refs;
    if (hallId.empty()) {
        for (const auto &h : mDocument->plan().halls)
            refs.push_back({core::ObjectKind::Hall, h.id, h.id});
    } else if (const core::Hall *h = mDocument->hall(hallId)) {
        for (const auto &r : h->racks)
            refs.push_back({core::ObjectKind::Rack, hallId, r.id});
    }
    mDocument->setSelection(std::move(refs));
}

bool MainWindow::connectSelectionTo(const std::vector<std::string> &feeds, const std::string &loop)
{
    const std::string hallId = mDocument->currentHall();
    const core::Hall *h = mDocument->hall(hallId);
    if (!h) return false;
    auto racks = core::objectsById<core::Rack>(*h, selectedRackIds(mDocument));
    if (racks.empty()) return false;
    std::vector<core::Rack> connected = racks;
    for (core::Rack &r : connected) {
        if (!feeds.empty()) r.feeds = feeds;
        if (!loop.empty()) r.loop = loop;
    }
    const core::Status s = mDocument->changeRacks(
        hallId, connected, tr("Connect %n rack(s)", nullptr, int(racks.size())));
    if (!s.ok()) {
        report(tr("Connect"), s.error().toString());
        return false;
    }
    return true;
}

void MainWindow::connectSelectionDialog()
{
    const core::Hall *h = mDocument->hall(mDocument->currentHall());
    const auto ids = selectedRackIds(mDocument);
    if (!h || ids.empty()) return;
    ConnectDialog dialog(*h, int(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted) connectSelectionTo(dialog.feeds(), dialog.loop());
}

void MainWindow::addSource()
{
    const std::string hallId = mDocument->currentHall();
    if (hallId.empty()) return;
    core::Source s;
    s.id = core::freshIds(mDocument->plan(), core::ObjectKind::Source, hallId + "-UPS", 1).front();
    s.capacityKw = 3000;
    const core::Status st = mDocument->addSources(hallId, {s}, tr("Add source %1").arg(str(s.id)));
    if (!st.ok()) return report(tr("Add source"), st.error().toString());
    mDocument->setSelection({{core::ObjectKind::Source, hallId, s.id}});
}

void MainWindow::addFeedPair()
{
    const std::string hallId = mDocument->currentHall();
    const core::Hall *h = mDocument->hall(hallId);
    if (!h) return;
    std::string pair;
    for (int n = 1; pair.empty(); ++n) {
        const std::string candidate = hallId + "-P" + std::to_string(n);
        if (std::none_of(h->power.feeds.begin(), h->power.feeds.end(),
                         [&](const core::Feed &f) { return f.pair == candidate; }))
            pair = candidate;
    }
    const auto ids = core::freshIds(mDocument->plan(), core::ObjectKind::Feed, hallId + "-F", 2);
    std::vector<core::Feed> feeds(2);
    for (int i = 0; i < 2; ++i) {
        feeds[std::size_t(i)].id = ids[std::size_t(i)];
        feeds[std::size_t(i)].pair = pair;
        if (!h->power.sources.empty())
            feeds[std::size_t(i)].source =
                h->power.sources[std::size_t(i) % h->power.sources.size()].id;
        if (mDocument->catalog().feedType("busway-1600a-415"))
            feeds[std::size_t(i)].type = "busway-1600a-415";
        else
            feeds[std::size_t(i)].capacityKw = 1000;
    }
    const core::Status st =
        mDocument->addFeeds(hallId, feeds, tr("Add feed pair %1").arg(str(pair)));
    if (!st.ok()) return report(tr("Add feed pair"), st.error().toString());
    mDocument->setSelection(
        {{core::ObjectKind::Feed, hallId, ids[0]}, {core::ObjectKind::Feed, hallId, ids[1]}});
    statusBar()->showMessage(
        tr("Added %1 and %2; select one and use Insert ▸ Draw Feed Route to route it.")
            .arg(str(ids[0]), str(ids[1])),
        10000);
}

void MainWindow::addLoop()
{
    const std::string hallId = mDocument->currentHall();
    if (hallId.empty()) return;
    core::Loop l;
    l.id = core::freshIds(mDocument->plan(), core::ObjectKind::Loop, hallId + "-L", 1).front();
    const core::Status st = mDocument->addLoops(hallId, {l}, tr("Add loop %1").arg(str(l.id)));
    if (!st.ok()) return report(tr("Add loop"), st.error().toString());
    mDocument->setSelection({{core::ObjectKind::Loop, hallId, l.id}});
}

AutoPlaceDialog *MainWindow::showAutoPlace()
{
    if (mDocument->plan().halls.empty()) {
        statusBar()->showMessage(tr("Draw a hall first (Insert ▸ New Hall)."), 8000);
        return nullptr;
    }
    if (!mAutoPlace) {
        mAutoPlace = new AutoPlaceDialog(mDocument, mScene, this);
        mAutoPlace->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    mAutoPlace->show();
    mAutoPlace->raise();
    return mAutoPlace;
}

PresentationWindow *MainWindow::present()
{
    if (mPresentation) {
        mPresentation->start();
        return mPresentation;
    }
    PresentationContent content;
    content.plan = mDocument->snapshot();
    content.catalog = std::make_shared<const core::Catalog>(mDocument->catalog());
    const AnalysisResultPtr latest = mRunner->latest();
    if (latest && latest->revision == mDocument->revision())
        content.report = std::shared_ptr<const core::EvaluationReport>(latest, &latest->report);
    else // an edit is still being analysed: evaluate this revision now
        content.report = std::make_shared<const core::EvaluationReport>(
            core::evaluate(*content.plan, core::builtinCatalog()));
    content.timeline = mDashboard->timeline();
    content.comparison = mDashboard->comparison();
    content.whatIf = mDashboard->whatIf();
    mPresentation = new PresentationWindow(std::move(content), mPrompts, this);
    mPresentation->setAttribute(Qt::WA_DeleteOnClose);
    connect(mPresentation, &QObject::destroyed, this, [this] { mPresentation = nullptr; });
    mPresentation->start();
    return mPresentation;
}

void MainWindow::refillPhaseFilter()
{
    if (!mPhaseMenu || !mPhaseCombo || !mPhaseLabel) return; // not built yet
    const core::Plan &plan = mDocument->plan();
    PhaseFilter filter = mScene->phaseFilter();
    const std::vector<std::string> order = phasesInBuildOrder(plan);
    if (filter.active() && std::find(order.begin(), order.end(), filter.phase) == order.end())
        filter = {}; // another plan: its phase is gone
    mPhaseCombo->clear();
    mPhaseCombo->addItem(tr("All phases"));
    for (QAction *a : mPhaseGroup->actions()) {
        if (a->objectName() != QLatin1String("actionPhaseAll")) delete a;
    }
    mPhaseMenu->clear();
    mPhaseMenu->addAction(action(QStringLiteral("actionPhaseAll")));
    mPhaseMenu->addSeparator();
    for (const std::string &id : order) {
        const core::Phase *phase = nullptr;
        for (const core::Phase &p : plan.phases)
            if (p.id == id) phase = &p;
        QString name = str(phase->name.empty() ? phase->id : phase->name);
        if (!phase->date.empty()) name += QStringLiteral(" (%1)").arg(str(phase->date));
        for (const bool upTo : {true, false}) {
            const QString text = upTo ? tr("Built up to %1").arg(name) : tr("Only %1").arg(name);
            mPhaseCombo->addItem(
                text, QStringList{upTo ? QStringLiteral("upto") : QStringLiteral("only"), str(id)});
            auto *a = new QAction(text, mPhaseGroup);
            a->setObjectName(
                (upTo ? QStringLiteral("actionPhaseUpTo_") : QStringLiteral("actionPhaseOnly_")) +
                str(id));
            a->setCheckable(true);
            a->setData(
                QStringList{upTo ? QStringLiteral("upto") : QStringLiteral("only"), str(id)});
            PhaseFilter f{upTo ? PhaseFilter::Mode::UpTo : PhaseFilter::Mode::Only, id};
            connect(a, &QAction::triggered, this, [this, f] { setPhaseFilter(f); });
        }
    }
    // The menu lists "up to" first, then "only", so each reads as a column of phases.
    for (const char *kind : {"actionPhaseUpTo_", "actionPhaseOnly_"}) {
        for (QAction *a : mPhaseGroup->actions())
            if (a->objectName().startsWith(QLatin1String(kind))) mPhaseMenu->addAction(a);
        mPhaseMenu->addSeparator();
    }
    if (order.empty()) {
        QAction *none = mPhaseMenu->addAction(tr("This plan has no phases"));
        none->setEnabled(false);
    }
    mPhaseCombo->setEnabled(!order.empty());
    setPhaseFilter(filter);
}

void MainWindow::setPhaseFilter(const PhaseFilter &filter)
{
    mScene->setPhaseFilter(filter);
    const QString mode =
        filter.mode == PhaseFilter::Mode::UpTo ? QStringLiteral("upto") : QStringLiteral("only");
    const QStringList key{mode, str(filter.phase)};
    int index = 0;
    if (filter.active()) {
        for (int i = 1; i < mPhaseCombo->count(); ++i)
            if (mPhaseCombo->itemData(i).toStringList() == key) index = i;
    }
    mPhaseCombo->setCurrentIndex(index);
    for (QAction *a : mPhaseGroup->actions())
        a->setChecked(index == 0 ? a->objectName() == QLatin1String("actionPhaseAll")
                                 : a->data().toStringList() == key);
    if (index == 0) {
        mPhaseLabel->hide();
        return;
    }
    const PhaseSelection keeps = phaseSelection(mDocument->plan(), filter);
    int shown = 0, total = 0;
    for (const core::Hall &h : mDocument->plan().halls) {
        for (const core::Rack &r : h.racks) {
            ++total;
            const bool kept = r.phase.empty() ? keeps.withoutPhase
                                              : std::find(keeps.phases.begin(), keeps.phases.end(),
                                                          r.phase) != keeps.phases.end();
            shown += kept ? 1 : 0;
        }
    }
    mPhaseLabel->setText(tr("Phase filter: %1 — %2 of %3 racks shown (view only)")
                             .arg(mPhaseCombo->currentText())
                             .arg(shown)
                             .arg(total));
    mPhaseLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a4500; font-weight: bold; }"));
    mPhaseLabel->show();
}

void MainWindow::planContextMenu(const QPoint &pos)
{
    core::ObjectRef ref;
    bool found = false;
    for (QGraphicsItem *item : mView->items(pos)) {
        if (mScene->refForItem(item, &ref) && item->isVisible()) {
            found = true;
            break;
        }
    }
    if (!found) return;
    QMenu menu(this);
    if (mWhatIf->addFailActions(&menu, ref) == 0) return;
    menu.exec(mView->viewport()->mapToGlobal(pos));
}

void MainWindow::snapStepDialog()
{
    bool ok = false;
    const double step =
        QInputDialog::getDouble(this, tr("Snap Step"), tr("Grid snapping step (m):"),
                                mView->snapStep(), 0.01, 10.0, 2, &ok);
    if (!ok) return;
    mView->setSnap(mView->snapEnabled(), step);
    mSettings->setSnapStepM(step);
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (QAction *a : findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty()) continue;
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(a->text().remove(QLatin1Char('&')),
                         a->shortcut().toString(QKeySequence::NativeText));
    }
    rows += tr("<tr><td>Pan</td><td><b>middle drag, or Space + drag</b></td></tr>"
               "<tr><td>Zoom</td><td><b>mouse wheel</b></td></tr>"
               "<tr><td>Nudge selection</td><td><b>arrow keys (Shift: ×10)</b></td></tr>"
               "<tr><td>Open a hall</td><td><b>double-click it on the site</b></td></tr>");
    mPrompts->showInfo(this, tr("Keyboard Shortcuts"),
                       QStringLiteral("<table>%1</table>").arg(rows));
}

} // namespace hw::ui
