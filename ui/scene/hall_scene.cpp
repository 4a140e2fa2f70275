// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/hall_scene.h"

#include "core/model/resolve.h"
#include "ui/document/plan_document.h"
#include "ui/scene/cdu_item.h"
#include "ui/scene/coords.h"
#include "core/geometry/footprint.h"
#include "ui/render/tenant_colour.h"
#include "ui/scene/feed_path_item.h"
#include "ui/scene/ghost_item.h"
#include "ui/scene/hall_item.h"
#include "ui/scene/obstacle_item.h"
#include "ui/scene/outline_item.h"
#include "ui/scene/plan_palette.h"
#include "ui/scene/preview_item.h"
#include "ui/scene/rack_item.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace hw::ui {

struct HallScene::HallEntry
{
    HallItem *item = nullptr;
    OutlineItem *outline = nullptr;
    std::unordered_map<std::string, RackItem *> racks;
    std::unordered_map<std::string, CduItem *> cdus;
    std::unordered_map<std::string, ObstacleItem *> obstacles;
    std::unordered_map<std::string, FeedPathItem *> feeds;
    std::vector<LegendEntry> legend;
    GhostItem *ghosts = nullptr; ///< reserved racks of the latest analysis
    std::unordered_set<std::string> filteredOut; ///< racks the phase filter hides
};

namespace {

QString percent(double u)
{
    return QStringLiteral("%1 %").arg(std::lround(u * 100));
}

template <class Map> void deleteMissing(Map &map, const std::unordered_set<std::string> &keep)
{
    for (auto it = map.begin(); it != map.end();) {
        if (!keep.count(it->first)) {
            delete it->second;
            it = map.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace

HallScene::HallScene(PlanDocument *document, QObject *parent)
    : QGraphicsScene(parent), mDocument(document)
{
    setItemIndexMethod(BspTreeIndex);
    connect(document, &PlanDocument::changed, this, &HallScene::onChanged);
    connect(document, &PlanDocument::selectionChanged, this, &HallScene::onSelectionChanged);
    connect(document, &PlanDocument::currentHallChanged, this, [this] {
        updateVisibility();
        updateBatching();
        onSelectionChanged();
        Q_EMIT overlayChanged();
    });
    rebuild();
}

HallScene::~HallScene()
{
    for (auto &[id, entry] : mHalls)
        delete entry;
}

void HallScene::setPreview(const std::string &hallId, const std::vector<core::Rack> &racks)
{
    delete mPreview;
    mPreview = nullptr;
    auto it = mHalls.find(hallId);
    if (racks.empty() || it == mHalls.end()) return;
    mPreview = new PreviewItem(it->second->item);
    mPreview->setRacks(racks, mDocument->catalog());
}

void HallScene::rebuild()
{
    delete mPreview; // a child of a hall item about to go
    mPreview = nullptr;
    for (auto &[id, entry] : mHalls) {
        delete entry->item;
        delete entry;
    }
    mHalls.clear();
    mShownSelection.clear();
    for (const core::Hall &h : mDocument->plan().halls)
        addHall(h.id);
    updateSceneRect();
    updateVisibility();
    onSelectionChanged();
}

void HallScene::updateSceneRect()
{
    // A margin around the site so that panning past the edge is possible.
    const QRectF site = siteRect();
    const qreal m = std::max(100.0, std::max(site.width(), site.height()) * 0.6);
    setSceneRect(site.adjusted(-m, -m, m, m));
}

void HallScene::addHall(const std::string &hallId)
{
    auto *entry = new HallEntry;
    entry->item = new HallItem(hallId);
    entry->outline = new OutlineItem(entry->item);
    addItem(entry->item);
    addItem(entry->item->label());
    entry->item->setBatchVisible(mBatched);
    mHalls[hallId] = entry;
    entry->item->setScreenWidth(entry->item->boundingRect().width() * mZoom);
    syncHall(hallId, {ChangeEvent::Everything, {hallId}, {}});
}

void HallScene::removeHall(const std::string &hallId)
{
    auto it = mHalls.find(hallId);
    if (it == mHalls.end()) return;
    if (mPreview && mPreview->parentItem() == it->second->item) mPreview = nullptr;
    delete it->second->item; // deletes the children too, the preview among them
    delete it->second;
    mHalls.erase(it);
}

void HallScene::syncHall(const std::string &hallId, const ChangeEvent &event)
{
    auto it = mHalls.find(hallId);
    const core::Hall *hall = mDocument->hall(hallId);
    if (it == mHalls.end() || !hall) return;
    HallEntry &e = *it->second;
    const bool everything = event.properties == ChangeEvent::Properties(ChangeEvent::Everything);
    if (everything || event.touches(ChangeEvent::HallProperties)) {
        e.item->syncWithModel(*hall);
        e.outline->syncWithModel(hall->outline);
    }
    if (everything || event.touches(ChangeEvent::Racks))
        syncRacks(e, event.objects, everything || event.structural() || event.objects.empty());
    if (everything || event.touches(ChangeEvent::Cdus)) syncCdus(e);
    if (everything || event.touches(ChangeEvent::Obstacles)) syncObstacles(e);
    if (everything || event.touches(ChangeEvent::Feeds)) syncFeeds(e);
    if (everything || event.touches(ChangeEvent::Racks | ChangeEvent::Feeds | ChangeEvent::Loops))
        recolour(e);
}

void HallScene::syncRacks(HallEntry &e, const std::vector<std::string> &ids, bool all)
{
    const core::Hall &hall = *mDocument->hall(e.item->id());
    const core::Catalog &catalog = mDocument->catalog();
    if (all) {
        std::unordered_set<std::string> keep;
        keep.reserve(hall.racks.size());
        for (const core::Rack &r : hall.racks) {
            keep.insert(r.id);
            RackItem *&item = e.racks[r.id];
            if (!item) {
                item = new RackItem(r.id, e.item);
                item->setVisible(!mBatched);
            }
            item->syncWithModel(r, catalog.rackType(r.type));
        }
        deleteMissing(e.racks, keep);
        applyPhaseFilter(e);
        return;
    }
    const std::unordered_set<std::string> wanted(ids.begin(), ids.end());
    for (const core::Rack &r : hall.racks) {
        if (!wanted.count(r.id)) continue;
        auto it = e.racks.find(r.id);
        if (it != e.racks.end()) it->second->syncWithModel(r, catalog.rackType(r.type));
    }
    applyPhaseFilter(e);
}

void HallScene::applyPhaseFilter(HallEntry &e)
{
    e.filteredOut.clear();
    const core::Hall *hall = mDocument->hall(e.item->id());
    if (!hall) return;
    const bool active = mPhaseFilter.active();
    for (const core::Rack &r : hall->racks) {
        auto it = e.racks.find(r.id);
        if (it == e.racks.end()) continue;
        const bool out = active && (r.phase.empty() ? !mFilterUnphased
                                                    : mFilterPhases.count(r.phase) == 0);
        if (out) e.filteredOut.insert(r.id);
        it->second->setVisible(!mBatched && !out);
    }
}

void HallScene::updateFilterPhases()
{
    const PhaseSelection keeps = phaseSelection(mDocument->plan(), mPhaseFilter);
    mFilterPhases = {keeps.phases.begin(), keeps.phases.end()};
    mFilterUnphased = keeps.withoutPhase;
}

void HallScene::setPhaseFilter(const PhaseFilter &filter)
{
    mPhaseFilter = filter;
    updateFilterPhases();
    for (auto &[id, entry] : mHalls) {
        applyPhaseFilter(*entry);
        rebuildBatch(*entry);
        syncGhosts(*entry); // reservations needed by a hidden phase hide too
    }
    Q_EMIT overlayChanged();
}

bool HallScene::rackFilteredOut(const std::string &hallId, const std::string &rackId) const
{
    auto it = mHalls.find(hallId);
    return it != mHalls.end() && it->second->filteredOut.count(rackId) > 0;
}

void HallScene::syncCdus(HallEntry &e)
{
    const core::Hall &hall = *mDocument->hall(e.item->id());
    std::unordered_set<std::string> keep;
    for (const core::Cdu &c : hall.cooling.cdus) {
        keep.insert(c.id);
        CduItem *&item = e.cdus[c.id];
        if (!item) {
            item = new CduItem(c.id, e.item);
            item->setVisible(!mBatched);
        }
        item->syncWithModel(c, core::resolveCdu(c, mDocument->catalog()));
    }
    deleteMissing(e.cdus, keep);
    applyAnalysis(e);
    rebuildBatch(e);
}

void HallScene::syncObstacles(HallEntry &e)
{
    const core::Hall &hall = *mDocument->hall(e.item->id());
    std::unordered_set<std::string> keep;
    for (const core::Obstacle &o : hall.obstacles) {
        keep.insert(o.id);
        ObstacleItem *&item = e.obstacles[o.id];
        if (!item) item = new ObstacleItem(o.id, e.item);
        item->syncWithModel(o);
    }
    deleteMissing(e.obstacles, keep);
}

void HallScene::syncFeeds(HallEntry &e)
{
    const core::Hall &hall = *mDocument->hall(e.item->id());
    std::unordered_set<std::string> keep;
    std::map<std::string, int> pairSide;
    for (const core::Feed &f : hall.power.feeds) {
        const int side = f.pair.empty() ? 0 : pairSide[f.pair]++;
        if (f.path.size() < 2) continue;
        keep.insert(f.id);
        FeedPathItem *&item = e.feeds[f.id];
        if (!item) {
            item = new FeedPathItem(f.id, e.item);
            item->setVisible(!mBatched);
        }
        item->syncWithModel(f, side);
    }
    deleteMissing(e.feeds, keep);
    applyAnalysis(e);
}

void HallScene::recolour(HallEntry &e)
{
    const core::Hall &hall = *mDocument->hall(e.item->id());
    e.legend.clear();
    const core::HallReport *report = hallReport(hall.id);

    // Feed pairs or loops get colours in the hall's own order (not the racks'), so colours stay
    // put while racks are edited; the legend lists those in use.
    std::unordered_map<std::string, int> key;
    std::unordered_set<std::string> inLegend;
    auto colourFor = [&](const std::string &k, const QString &label) {
        auto it = key.find(k);
        if (it == key.end())
            it = key.emplace(k, int(key.size()) % PlanPalette::kCategoryCount).first;
        if (inLegend.insert(k).second) e.legend.push_back({label, it->second});
        return it->second;
    };
    if (mColourMode == ColourMode::FeedPair) {
        for (const core::Feed &f : hall.power.feeds) {
            if (!f.pair.empty() && !key.count(f.pair))
                key.emplace(f.pair, int(key.size()) % PlanPalette::kCategoryCount);
        }
    } else if (mColourMode == ColourMode::Loop) {
        for (const core::Loop &l : hall.cooling.loops)
            key.emplace(l.id, int(key.size()) % PlanPalette::kCategoryCount);
    }
    std::unordered_map<std::string, const core::Feed *> feeds;
    for (const core::Feed &f : hall.power.feeds)
        feeds.emplace(f.id, &f);
    auto pairKey = [&](const core::Rack &r) {
        if (r.feeds.empty()) return std::string();
        auto it = feeds.find(r.feeds.front());
        if (it != feeds.end() && !it->second->pair.empty()) {
            bool samePair = true;
            for (const std::string &f : r.feeds) {
                auto jt = feeds.find(f);
                samePair = samePair && jt != feeds.end() && jt->second->pair == it->second->pair;
            }
            if (samePair) return it->second->pair;
        }
        std::string k;
        for (const std::string &f : r.feeds)
            k += (k.empty() ? "" : "+") + f;
        return k;
    };
    auto pairLabel = [&](const std::string &k) {
        QStringList members;
        for (const core::Feed &f : hall.power.feeds) {
            if (f.pair == k) members << QString::fromStdString(f.id);
        }
        return members.isEmpty() ? QString::fromStdString(k)
                                 : QStringLiteral("%1 (%2)").arg(QString::fromStdString(k),
                                                                 members.join(QLatin1Char('+')));
    };

    std::unordered_map<std::string, double> feedUtil, loopUtil;
    if (report) {
        for (const auto &f : report->feeds)
            feedUtil[f.id] = f.utilization;
        for (const auto &l : report->loops)
            loopUtil[l.id] = l.utilization;
    }
    std::unordered_set<std::string> errors;
    if (report) {
        for (const auto &v : report->violations) {
            if (v.severity == core::Severity::Error)
                errors.insert(v.objects.begin(), v.objects.end());
        }
    }
    // Tenants: their own colours (keys past the palette), listed in plan order.
    const core::Plan &plan = mDocument->plan();
    std::unordered_map<std::string, int> tenantKey;
    std::vector<bool> tenantInHall;
    if (mColourMode == ColourMode::Tenant) {
        mCustomBrushes.clear();
        for (std::size_t i = 0; i < plan.tenants.size(); ++i) {
            const int k = PlanPalette::ColourCount + int(std::min<std::size_t>(i, 0xff00));
            tenantKey.emplace(plan.tenants[i].id, k);
            mCustomBrushes[k] = QBrush(tenantColour(plan.tenants[i], i));
        }
        tenantInHall.assign(plan.tenants.size(), false);
        for (const core::Reservation &res : plan.reservations) {
            auto kt = tenantKey.find(res.tenant);
            if (res.hall == hall.id && kt != tenantKey.end())
                tenantInHall[std::size_t(kt->second - PlanPalette::ColourCount)] = true;
        }
    }
    bool unassigned = false;
    for (const core::Rack &r : hall.racks) {
        auto it = e.racks.find(r.id);
        if (it == e.racks.end()) continue;
        int colour = PlanPalette::Unassigned;
        switch (mColourMode) {
        case ColourMode::Tenant: {
            auto kt = tenantKey.find(r.tenant);
            if (kt != tenantKey.end()) {
                colour = kt->second;
                tenantInHall[std::size_t(kt->second - PlanPalette::ColourCount)] = true;
            }
            break;
        }
        case ColourMode::FeedPair: {
            const std::string k = pairKey(r);
            if (!k.empty()) colour = colourFor(k, pairLabel(k));
            break;
        }
        case ColourMode::Loop:
            if (!r.loop.empty()) colour = colourFor(r.loop, QString::fromStdString(r.loop));
            break;
        case ColourMode::Utilization: {
            if (!report) {
                colour = PlanPalette::NoData;
                break;
            }
            double u = -1;
            for (const std::string &f : r.feeds) {
                auto jt = feedUtil.find(f);
                if (jt != feedUtil.end()) u = std::max(u, jt->second);
            }
            auto lt = loopUtil.find(r.loop);
            if (lt != loopUtil.end()) u = std::max(u, lt->second);
            if (u >= 0) colour = PlanPalette::utilizationColour(u);
            break;
        }
        }
        unassigned = unassigned || colour == PlanPalette::Unassigned;
        if (colour >= PlanPalette::ColourCount)
            it->second->setCustomColour(colour, mCustomBrushes[colour]);
        else
            it->second->setColour(colour);
        it->second->setHasError(errors.count(r.id) > 0);
    }
    if (mColourMode == ColourMode::FeedPair || mColourMode == ColourMode::Loop) {
        std::sort(e.legend.begin(), e.legend.end(),
                  [](const LegendEntry &a, const LegendEntry &b) { return a.colour < b.colour; });
        if (unassigned)
            e.legend.push_back(
                {mColourMode == ColourMode::FeedPair ? tr("no feeds") : tr("no loop"),
                 PlanPalette::Unassigned});
    }
    if (mColourMode == ColourMode::Tenant) {
        for (std::size_t i = 0; i < plan.tenants.size(); ++i) {
            if (!tenantInHall[i]) continue;
            const core::Tenant &t = plan.tenants[i];
            e.legend.push_back({QString::fromStdString(t.name.empty() ? t.id : t.name),
                                PlanPalette::ColourCount + int(i), tenantColour(t, i)});
        }
        if (unassigned) e.legend.push_back({tr("no tenant"), PlanPalette::Unassigned});
    }
    rebuildBatch(e);
}

namespace {
constexpr double kBatchBelowPixelsPerMetre = 6.0;
} // namespace

void HallScene::rebuildBatch(HallEntry &e)
{
    std::map<int, QVector<QRectF>> byColour;
    for (const auto &[id, item] : e.racks) {
        if (e.filteredOut.count(id)) continue;
        int colour = item->colour();
        if (item->planSelected())
            colour = -1;
        else if (item->hasError())
            colour = PlanPalette::UtilOver;
        byColour[colour].append(item->footprintInHall());
    }
    for (const auto &[id, item] : e.cdus)
        byColour[HallItem::kCduFill].append(item->mapRectToParent(item->boundingRect()));
    e.item->setRackBatch({byColour.begin(), byColour.end()});
    e.item->setCustomBrushes(mCustomBrushes);
}

void HallScene::setZoom(double pixelsPerMetre)
{
    mZoom = pixelsPerMetre;
    updateBatching();
    for (auto &[id, entry] : mHalls)
        entry->item->setScreenWidth(entry->item->boundingRect().width() * pixelsPerMetre);
}

void HallScene::updateBatching()
{
    const bool batched = mDocument->currentHall().empty() && mZoom < kBatchBelowPixelsPerMetre;
    if (batched == mBatched) return;
    mBatched = batched;
    for (auto &[id, entry] : mHalls) {
        applyPhaseFilter(*entry);
        for (auto &[cduId, item] : entry->cdus)
            item->setVisible(!batched);
        for (auto &[feedId, item] : entry->feeds)
            item->setVisible(!batched); // busway routes are noise at this scale
        entry->item->setBatchVisible(batched);
    }
}

void HallScene::applyAnalysis(HallEntry &e)
{
    const core::HallReport *report = hallReport(e.item->id());
    const core::Hall *hall = mDocument->hall(e.item->id());
    if (!hall) return;
    std::unordered_map<std::string, const core::LoopReport *> loops;
    std::unordered_map<std::string, const core::FeedReport *> feeds;
    if (report) {
        for (const auto &l : report->loops)
            loops.emplace(l.id, &l);
        for (const auto &f : report->feeds)
            feeds.emplace(f.id, &f);
    }
    for (const core::Cdu &c : hall->cooling.cdus) {
        auto it = e.cdus.find(c.id);
        if (it == e.cdus.end()) continue;
        auto lt = loops.find(c.loop);
        if (lt == loops.end())
            it->second->setUtilization(QString::fromStdString(c.loop), -1);
        else
            it->second->setUtilization(QString::fromStdString(c.loop) + QLatin1Char(' ') +
                                           percent(lt->second->utilization),
                                       PlanPalette::utilizationColour(lt->second->utilization));
    }
    for (auto &[id, item] : e.feeds) {
        auto ft = feeds.find(id);
        if (ft == feeds.end())
            item->setUtilization({}, -1);
        else
            item->setUtilization(tr("N-1 %1").arg(percent(ft->second->utilization)),
                                 PlanPalette::utilizationColour(ft->second->utilization));
    }
    if (report) {
        QString summary = tr("%n rack(s) · %1 MW IT", nullptr, report->metrics.rackCount)
                              .arg(QLocale().toString(report->metrics.itKw / 1000, 'f', 1));
        const double w = worstN1(hall->id);
        if (w >= 0) summary += tr(" · worst N-1 %1").arg(percent(w));
        if (report->errors > 0) summary += tr(" · %n error(s)", nullptr, report->errors);
        e.item->setSummary(summary, report->errors > 0);
    } else {
        e.item->setSummary({}, false);
    }
}

void HallScene::setAnalysis(AnalysisResultPtr result)
{
    mAnalysis = std::move(result);
    mReports.clear();
    if (mAnalysis) {
        for (const auto &h : mAnalysis->report.halls)
            mReports.emplace(h.id, &h);
    }
    for (auto &[id, entry] : mHalls) {
        applyAnalysis(*entry);
        recolour(*entry);
        syncGhosts(*entry);
    }
    Q_EMIT overlayChanged();
}

void HallScene::syncGhosts(HallEntry &e)
{
    const core::HallReport *report = hallReport(e.item->id());
    std::vector<GhostItem::Ghost> ghosts;
    if (report && mGhostsVisible) {
        const core::Plan &plan = mDocument->plan();
        std::unordered_map<std::string, std::string> tenantOf; // reservation → tenant
        for (const core::ReservationFit &f : report->reservations)
            tenantOf.emplace(f.id, f.tenant);
        std::unordered_set<std::string> hidden; // reservations of a phase the filter hides
        if (mPhaseFilter.active()) {
            for (const core::Reservation &r : plan.reservations) {
                if (r.phase.empty() ? !mFilterUnphased : !mFilterPhases.count(r.phase))
                    hidden.insert(r.id);
            }
        }
        for (const core::GhostRack &g : report->ghosts) {
            if (hidden.count(g.reservation)) continue;
            const core::RackType *t = mDocument->catalog().rackType(g.rack.type);
            QColor colour = tenantColour(plan, tenantOf[g.reservation]);
            if (!colour.isValid()) colour = noTenantColour();
            const core::Box box = core::footprint(g.rack.position, g.rack.rotation(),
                                                  t ? t->widthM : 0.6, t ? t->depthM : 1.2);
            ghosts.push_back({coords::toScene(box), colour, g.reservation, g.rack.id});
        }
    }
    if (ghosts.empty()) {
        delete e.ghosts;
        e.ghosts = nullptr;
        return;
    }
    if (!e.ghosts) e.ghosts = new GhostItem(e.item);
    e.ghosts->setGhosts(std::move(ghosts));
}

void HallScene::setGhostsVisible(bool visible)
{
    if (visible == mGhostsVisible) return;
    mGhostsVisible = visible;
    for (auto &[id, entry] : mHalls)
        syncGhosts(*entry);
}

GhostItem *HallScene::ghostItem(const std::string &hallId) const
{
    auto it = mHalls.find(hallId);
    return it == mHalls.end() ? nullptr : it->second->ghosts;
}

const core::HallReport *HallScene::hallReport(const std::string &hallId) const
{
    auto it = mReports.find(hallId);
    return it == mReports.end() ? nullptr : it->second;
}

double HallScene::worstN1(const std::string &hallId) const
{
    const core::HallReport *r = hallReport(hallId);
    if (!r || r->feeds.empty()) return -1;
    double worst = 0;
    for (const auto &f : r->feeds)
        worst = std::max(worst, f.utilization);
    return worst;
}

QString HallScene::worstN1Text(const std::string &hallId) const
{
    const core::HallReport *r = hallReport(hallId);
    if (!r || r->feeds.empty()) return {};
    const core::FeedReport *worst = &r->feeds.front();
    for (const auto &f : r->feeds) {
        if (f.utilization > worst->utilization) worst = &f;
    }
    return tr("Worst N-1: %1 at %2 (%3 of %4 kW, %5)")
        .arg(QString::fromStdString(worst->id), percent(worst->utilization),
             QLocale().toString(worst->worstCaseKw, 'f', 0),
             QLocale().toString(worst->capacityKw, 'f', 0),
             QString::fromStdString(worst->worstCaseScenario));
}

void HallScene::setColourMode(ColourMode mode)
{
    if (mode == mColourMode) return;
    mColourMode = mode;
    for (auto &[id, entry] : mHalls)
        recolour(*entry);
    Q_EMIT overlayChanged();
}

QString HallScene::colourModeName() const
{
    switch (mColourMode) {
    case ColourMode::FeedPair:
        return tr("feed pair");
    case ColourMode::Loop:
        return tr("cooling loop");
    case ColourMode::Utilization:
        return tr("utilization (worst of feeds N-1 and loop N+k)");
    case ColourMode::Tenant:
        return tr("tenant");
    }
    return {};
}

std::vector<LegendEntry> HallScene::legend() const
{
    if (mColourMode == ColourMode::Utilization) {
        std::vector<LegendEntry> out = {{tr("below 70 %"), PlanPalette::UtilLow},
                                        {tr("70–90 %"), PlanPalette::UtilMedium},
                                        {tr("90–100 %"), PlanPalette::UtilHigh},
                                        {tr("over capacity"), PlanPalette::UtilOver},
                                        {tr("not connected"), PlanPalette::Unassigned}};
        if (!mAnalysis) out.push_back({tr("analysis pending"), PlanPalette::NoData});
        return out;
    }
    const std::string &current = mDocument->currentHall();
    auto it = mHalls.find(current);
    if (it != mHalls.end()) return it->second->legend;
    if (mColourMode == ColourMode::Tenant) {
        // Tenant colours do not repeat per hall: the site has a legend too.
        const core::Plan &plan = mDocument->plan();
        std::vector<LegendEntry> out;
        for (std::size_t i = 0; i < plan.tenants.size(); ++i) {
            const core::Tenant &t = plan.tenants[i];
            out.push_back({QString::fromStdString(t.name.empty() ? t.id : t.name),
                           PlanPalette::ColourCount + int(i), tenantColour(t, i)});
        }
        out.push_back({tr("no tenant"), PlanPalette::Unassigned});
        return out;
    }
    return {};
}

QRectF HallScene::hallRect(const std::string &hallId) const
{
    auto it = mHalls.find(hallId);
    if (it == mHalls.end()) return {};
    return it->second->item->mapRectToScene(it->second->item->boundingRect());
}

QRectF HallScene::siteRect() const
{
    QRectF r;
    for (const auto &[id, entry] : mHalls)
        r |= entry->item->mapRectToScene(entry->item->boundingRect());
    return r;
}

QRectF HallScene::objectsRect(const std::vector<core::ObjectRef> &objects) const
{
    QRectF r;
    for (const auto &ref : objects) {
        auto it = mHalls.find(ref.hall);
        if (it == mHalls.end()) continue;
        const HallEntry &e = *it->second;
        const QGraphicsItem *item = nullptr;
        switch (ref.kind) {
        case core::ObjectKind::Hall:
            item = e.item;
            break;
        case core::ObjectKind::Rack: {
            auto jt = e.racks.find(ref.id);
            item = jt == e.racks.end() ? nullptr : jt->second;
            break;
        }
        case core::ObjectKind::Cdu: {
            auto jt = e.cdus.find(ref.id);
            item = jt == e.cdus.end() ? nullptr : jt->second;
            break;
        }
        case core::ObjectKind::Obstacle: {
            auto jt = e.obstacles.find(ref.id);
            item = jt == e.obstacles.end() ? nullptr : jt->second;
            break;
        }
        case core::ObjectKind::Feed: {
            auto jt = e.feeds.find(ref.id);
            item = jt == e.feeds.end() ? nullptr : jt->second;
            break;
        }
        case core::ObjectKind::Source:
        case core::ObjectKind::Loop:
            break;
        }
        if (ref.kind == core::ObjectKind::Loop) {
            // A loop is where its CDUs and racks are.
            if (const core::Hall *h = mDocument->hall(ref.hall)) {
                for (const auto &c : h->cooling.cdus) {
                    auto jt = e.cdus.find(c.id);
                    if (c.loop == ref.id && jt != e.cdus.end())
                        r |= jt->second->sceneBoundingRect();
                }
            }
        }
        if (item) r |= item->sceneBoundingRect();
    }
    return r;
}

bool HallScene::refForItem(const QGraphicsItem *item, core::ObjectRef *ref) const
{
    if (!item) return false;
    const QGraphicsItem *parent = item->parentItem();
    const auto *hall = qgraphicsitem_cast<const HallItem *>(parent ? parent : item);
    if (!hall) return false;
    switch (item->type()) {
    case HallItemType:
        *ref = {core::ObjectKind::Hall, hall->id(), hall->id()};
        return true;
    case OutlineItemType:
        *ref = {core::ObjectKind::Hall, hall->id(), hall->id()};
        return true;
    case RackItemType:
        *ref = {core::ObjectKind::Rack, hall->id(), static_cast<const RackItem *>(item)->id()};
        return true;
    case CduItemType:
        *ref = {core::ObjectKind::Cdu, hall->id(), static_cast<const CduItem *>(item)->id()};
        return true;
    case ObstacleItemType:
        *ref = {core::ObjectKind::Obstacle, hall->id(),
                static_cast<const ObstacleItem *>(item)->id()};
        return true;
    case FeedPathItemType:
        *ref = {core::ObjectKind::Feed, hall->id(), static_cast<const FeedPathItem *>(item)->id()};
        return true;
    default:
        return false;
    }
}

HallItem *HallScene::hallItem(const std::string &hallId) const
{
    auto it = mHalls.find(hallId);
    return it == mHalls.end() ? nullptr : it->second->item;
}

RackItem *HallScene::rackItem(const std::string &hallId, const std::string &rackId) const
{
    auto it = mHalls.find(hallId);
    if (it == mHalls.end()) return nullptr;
    auto jt = it->second->racks.find(rackId);
    return jt == it->second->racks.end() ? nullptr : jt->second;
}

int HallScene::itemCount() const
{
    return int(items().size());
}

void HallScene::updateVisibility()
{
    const std::string &current = mDocument->currentHall();
    for (auto &[id, entry] : mHalls) {
        entry->item->setVisible(current.empty() || id == current);
        entry->item->label()->setVisible(current.empty());
        entry->item->setCurrent(!current.empty() && id == current);
    }
}

void HallScene::onChanged(const ChangeEvent &event)
{
    if (event.properties == ChangeEvent::Properties(ChangeEvent::Everything)) {
        mAnalysis.reset();
        mReports.clear();
        updateFilterPhases(); // a new plan, or another scenario: other phases and racks
        rebuild();
        Q_EMIT overlayChanged();
        return;
    }
    if (event.touches(ChangeEvent::Halls)) {
        for (const std::string &id : event.halls) {
            if (mDocument->hall(id) && !mHalls.count(id))
                addHall(id);
            else if (!mDocument->hall(id))
                removeHall(id);
        }
        updateVisibility();
        onSelectionChanged();
    }
    for (const std::string &id : event.halls)
        syncHall(id, event);
    if (event.touches(ChangeEvent::Tenants)) {
        // Tenant names and colours: the colouring, the legend and the ghosts' colours.
        for (auto &[id, entry] : mHalls) {
            recolour(*entry);
            syncGhosts(*entry);
        }
    }
    if (event.touches(ChangeEvent::Halls | ChangeEvent::HallProperties)) updateSceneRect();
    if (event.structural() || event.touches(ChangeEvent::HallProperties)) onSelectionChanged();
    Q_EMIT overlayChanged();
}

void HallScene::onSelectionChanged()
{
    auto mark = [this](const core::ObjectRef &ref, bool on) {
        auto it = mHalls.find(ref.hall);
        if (it == mHalls.end()) return;
        HallEntry &e = *it->second;
        auto set = [on](auto &map, const std::string &id) {
            auto jt = map.find(id);
            if (jt != map.end()) jt->second->setPlanSelected(on);
        };
        switch (ref.kind) {
        case core::ObjectKind::Hall:
            e.item->setPlanSelected(on && mDocument->currentHall().empty());
            e.outline->setPlanSelected(on && !mDocument->currentHall().empty());
            break;
        case core::ObjectKind::Rack:
            set(e.racks, ref.id);
            break;
        case core::ObjectKind::Cdu:
            set(e.cdus, ref.id);
            break;
        case core::ObjectKind::Obstacle:
            set(e.obstacles, ref.id);
            break;
        case core::ObjectKind::Feed:
            set(e.feeds, ref.id);
            break;
        case core::ObjectKind::Source:
        case core::ObjectKind::Loop:
            break;
        }
    };
    for (const auto &ref : mShownSelection)
        mark(ref, false);
    mShownSelection = mDocument->selection();
    for (const auto &ref : mShownSelection)
        mark(ref, true);
}

} // namespace hw::ui
