// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "ui/scene/phase_filter.h"
#include "ui/services/analysis_result.h"

#include <QMainWindow>

#include <memory>
#include <string>
#include <vector>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;

namespace hw::ui {

class AbstractTool;
class AutoPlaceDialog;
class AnalysisRunner;
class CatalogPanel;
class DashboardPanel;
class DrawPolygonTool;
class HallScene;
class HallView;
class PlaceCduTool;
class PlaceRacksTool;
class PlanDocument;
class PlanLock;
class PlanTreePanel;
class PresentationWindow;
class Prompts;
class PropertiesPanel;
class RecoveryStore;
class ScenariosPanel;
class SelectTool;
class Settings;
class TenantsPanel;
class ViolationsPanel;
class WhatIfPanel;

/**
 * The Hallwright main window: the plan view in the middle, the plan tree, properties,
 * violations, catalog and undo history docks, menus and toolbars whose every action works, and
 * the file handling (open, save, autosave, recovery, the second-instance warning). Every question
 * goes through Prompts, so tests drive the whole window without a modal dialog.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** `prompts` null: real dialogs. The window does not own a given `prompts`. */
    explicit MainWindow(Prompts *prompts = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanDocument *document() const { return mDocument; }
    HallScene *scene() const { return mScene; }
    HallView *view() const { return mView; }
    AnalysisRunner *runner() const { return mRunner; }
    PlanTreePanel *treePanel() const { return mTree; }
    PropertiesPanel *propertiesPanel() const { return mProperties; }
    ViolationsPanel *violationsPanel() const { return mViolations; }
    TenantsPanel *tenantsPanel() const { return mTenants; }
    DashboardPanel *dashboardPanel() const { return mDashboard; }
    CatalogPanel *catalogPanel() const { return mCatalog; }
    WhatIfPanel *whatIfPanel() const { return mWhatIf; }
    ScenariosPanel *scenariosPanel() const { return mScenarios; }
    QComboBox *phaseFilterCombo() const { return mPhaseCombo; }
    SelectTool *selectTool() const { return mSelectTool; }
    PlaceRacksTool *placeRacksTool() const { return mPlaceRacksTool; }
    PlaceCduTool *placeCduTool() const { return mPlaceCduTool; }
    DrawPolygonTool *polygonTool() const { return mPolygonTool; }
    RecoveryStore *recoveryStore() const { return mRecovery.get(); }
    /** An action by object name ("actionSave", ...), for tests and the screenshot tool. */
    QAction *action(const QString &objectName) const;

    // Files. Each asks through Prompts where a person would be asked; false when not done.
    void newPlan();
    bool openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path = {});
    bool exportJson(const QString &path = {});
    /** Writes the recovery copy now when there is unsaved work (the autosave timer calls it). */
    bool autosaveNow();
    /** Offers the recovery copies of crashed sessions; true when one was restored. */
    bool offerRecovery();
    /** Asks to save unsaved work; false when the user cancels. */
    bool maybeSave();

    // Navigation.
    void openHall(const std::string &hallId);
    void showSite();

    // Edits of the selection.
    void copySelection();
    bool paste();
    bool duplicateSelection();
    void deleteSelection();
    void rotateSelection(int quarterTurns);
    void selectAll();
    bool connectSelectionTo(const std::vector<std::string> &feeds, const std::string &loop);
    void addSource();
    void addFeedPair();
    void addLoop();

    void setTool(AbstractTool *tool);
    /** Shows the (modeless) auto-place dialog; null when the plan has no hall. */
    AutoPlaceDialog *showAutoPlace();
    /**
     * Presentation mode (F5): full-screen slides of the current revision, the dashboard's what-if
     * included. Returns the window (it deletes itself when closed).
     */
    PresentationWindow *present();
    /** Shows only the racks of some phases on the plan (a view setting; issue 6 item 3). */
    void setPhaseFilter(const PhaseFilter &filter);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void applyDefaultDockSizes();
    void createStatusBar();
    void restoreSettings();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void updateStatusFigures();
    void onAnalysis(AnalysisResultPtr result);
    void connectSelectionDialog();
    void snapStepDialog();
    void showShortcuts();
    bool pasteText(const QString &text);
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut = {},
                        const QString &icon = {});
    void report(const QString &what, const std::string &error);
    void refillPhaseFilter();
    void planContextMenu(const QPoint &pos);

    std::unique_ptr<Prompts> mOwnPrompts;
    Prompts *mPrompts;
    std::unique_ptr<Settings> mSettings;
    PlanDocument *mDocument;
    HallScene *mScene;
    HallView *mView;
    AnalysisRunner *mRunner;
    SelectTool *mSelectTool;
    PlaceRacksTool *mPlaceRacksTool;
    PlaceCduTool *mPlaceCduTool;
    DrawPolygonTool *mPolygonTool;
    PlanTreePanel *mTree = nullptr;
    PropertiesPanel *mProperties = nullptr;
    bool mDefaultDockSizes = false; ///< no saved layout: size the docks on the first show
    int mViolationsHeight = 170;    ///< before the dashboard opened over it
    ViolationsPanel *mViolations = nullptr;
    TenantsPanel *mTenants = nullptr;
    DashboardPanel *mDashboard = nullptr;
    PresentationWindow *mPresentation = nullptr;
    CatalogPanel *mCatalog = nullptr;
    QStackedWidget *mToolOptions = nullptr;
    QActionGroup *mToolGroup = nullptr;
    QActionGroup *mColourGroup = nullptr;
    QMenu *mRecentMenu = nullptr;
    QLabel *mCursorLabel = nullptr;
    QLabel *mZoomLabel = nullptr;
    QLabel *mFiguresLabel = nullptr;
    QTimer *mAutosaveTimer = nullptr;
    std::unique_ptr<RecoveryStore> mRecovery;
    std::unique_ptr<PlanLock> mLock;
    bool mAutosaving = false;
    AutoPlaceDialog *mAutoPlace = nullptr;
    WhatIfPanel *mWhatIf = nullptr;
    ScenariosPanel *mScenarios = nullptr;
    QComboBox *mPhaseCombo = nullptr;
    QMenu *mPhaseMenu = nullptr;
    QActionGroup *mPhaseGroup = nullptr;
    QLabel *mPhaseLabel = nullptr;
};

} // namespace hw::ui
