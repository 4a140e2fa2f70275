// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/object_ref.h"
#include "ui/document/change_event.h"
#include "ui/scene/phase_filter.h"
#include "ui/services/analysis_result.h"

#include <QBrush>
#include <QColor>
#include <QGraphicsScene>
#include <QString>

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace hw::core {
struct HallReport;
struct Rack;
} // namespace hw::core

namespace hw::ui {

class PlanDocument;
class HallItem;
class OutlineItem;
class RackItem;
class CduItem;
class ObstacleItem;
class FeedPathItem;
class PreviewItem;
class GhostItem;

/** What the rack fill colour shows; the legend says which. */
enum class ColourMode
{
    FeedPair,
    Loop,
    Utilization,
    Tenant ///< the tenant's colour from the plan; grey without a tenant
};

struct LegendEntry
{
    QString label;
    int colour; ///< PlanPalette index
    QColor custom = {}; ///< valid: this colour instead of the palette's (a tenant's)
};

/**
 * The site plan as a scene: every hall at its origin with its racks, CDUs, obstacles and feed
 * routes (one unit = one metre; coords.h). A view of the document: it creates, syncs and deletes
 * items from changed(ChangeEvent), touching only what the event names, and colours racks from
 * the latest analysis. With a current hall only that hall is shown (editing); without one, the
 * site overview shows all halls.
 */
class HallScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit HallScene(PlanDocument *document, QObject *parent = nullptr);
    ~HallScene() override;

    PlanDocument *document() const { return mDocument; }

    ColourMode colourMode() const { return mColourMode; }
    void setColourMode(ColourMode mode);
    QString colourModeName() const;
    /** The legend for the rack colours of the current hall (or the site). */
    std::vector<LegendEntry> legend() const;

    /** Takes a new analysis (already checked to be current by the runner). */
    void setAnalysis(AnalysisResultPtr result);
    const AnalysisResultPtr &analysis() const { return mAnalysis; }
    /** The latest report of a hall, or null before the first analysis. */
    const core::HallReport *hallReport(const std::string &hallId) const;
    /** "Worst N-1: A3 94 % (feed:B3 fails)", or empty without analysis or feeds. */
    QString worstN1Text(const std::string &hallId) const;
    /** The worst N-1 feed utilization of a hall (0..), or -1 when unknown. */
    double worstN1(const std::string &hallId) const;

    /** Bounding rectangle of a hall in scene coordinates (empty if unknown). */
    QRectF hallRect(const std::string &hallId) const;
    /** Bounding rectangle of all halls. */
    QRectF siteRect() const;
    /** Bounding rectangle of the given objects' items. */
    QRectF objectsRect(const std::vector<core::ObjectRef> &objects) const;

    /**
     * The zoom of the view (pixels per metre). Far out on the site overview, halls draw their
     * racks in batches and the rack items are hidden (see HallItem::setRackBatch()).
     */
    void setZoom(double pixelsPerMetre);
    bool batchedRacks() const { return mBatched; }

    /**
     * Shows only the racks the phase filter keeps; the others are hidden (and left out of the
     * site overview's batches). A view setting: the plan and its analysis are untouched.
     */
    void setPhaseFilter(const PhaseFilter &filter);
    const PhaseFilter &phaseFilter() const { return mPhaseFilter; }
    /** Whether the phase filter hides a rack. */
    bool rackFilteredOut(const std::string &hallId, const std::string &rackId) const;

    /**
     * Shows the ghost racks of the reservations (HallReport::ghosts of the latest analysis,
     * dashed in the tenant's colour); a view setting, not part of the plan.
     */
    void setGhostsVisible(bool visible);
    bool ghostsVisible() const { return mGhostsVisible; }
    /** The ghost racks drawn in a hall; null when it shows none. */
    GhostItem *ghostItem(const std::string &hallId) const;

    /** Shows proposed racks (the auto-place preview) in a hall; an empty list removes it. */
    void setPreview(const std::string &hallId, const std::vector<core::Rack> &racks);

    /** The plan object an item stands for (racks, CDUs, obstacles, feeds, halls, walls). */
    bool refForItem(const QGraphicsItem *item, core::ObjectRef *ref) const;
    HallItem *hallItem(const std::string &hallId) const;
    RackItem *rackItem(const std::string &hallId, const std::string &rackId) const;
    int itemCount() const;

Q_SIGNALS:
    /** The legend or the analysis overlay changed: views repaint their overlays. */
    void overlayChanged();

private:
    struct HallEntry;

    void rebuild();
    void addHall(const std::string &hallId);
    void removeHall(const std::string &hallId);
    void syncHall(const std::string &hallId, const ChangeEvent &event);
    void syncRacks(HallEntry &entry, const std::vector<std::string> &ids, bool all);
    void syncCdus(HallEntry &entry);
    void syncObstacles(HallEntry &entry);
    void syncFeeds(HallEntry &entry);
    void recolour(HallEntry &entry);
    void syncGhosts(HallEntry &entry);
    void applyAnalysis(HallEntry &entry);
    void updateVisibility();
    void applyPhaseFilter(HallEntry &entry);
    void updateFilterPhases();
    void updateBatching();
    void rebuildBatch(HallEntry &entry);
    void updateSceneRect();
    void onChanged(const ChangeEvent &event);
    void onSelectionChanged();

    PlanDocument *mDocument;
    std::unordered_map<std::string, HallEntry *> mHalls;
    ColourMode mColourMode = ColourMode::FeedPair;
    AnalysisResultPtr mAnalysis;
    std::unordered_map<std::string, const core::HallReport *> mReports;
    std::vector<core::ObjectRef> mShownSelection;
    PreviewItem *mPreview = nullptr;
    double mZoom = 10;
    bool mGhostsVisible = true;
    std::map<int, QBrush> mCustomBrushes; ///< tenant colours by RackItem colour key
    bool mBatched = false;
    PhaseFilter mPhaseFilter;
    std::unordered_set<std::string> mFilterPhases; ///< phaseSelection() of the filter
    bool mFilterUnphased = true;
};

} // namespace hw::ui
