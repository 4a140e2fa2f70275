// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/panels/plan_tree_model.h"

#include "core/edit/hall_objects.h"
#include "ui/document/plan_document.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

namespace hw::ui {

namespace {

// internalId: level (2 bits) | hall (24 bits) | group (4 bits) | row (32 bits)
enum Level : quint64
{
    SiteLevel = 0,
    HallLevel = 1,
    GroupLevel = 2,
    ObjectLevel = 3
};

quintptr encode(quint64 level, quint64 hall = 0, quint64 group = 0, quint64 row = 0)
{
    return quintptr(level << 62 | (hall & 0xffffff) << 36 | (group & 0xf) << 32 |
                    (row & 0xffffffff));
}
quint64 levelOf(quintptr id)
{
    return quint64(id) >> 62;
}
int hallOf(quintptr id)
{
    return int((quint64(id) >> 36) & 0xffffff);
}
int groupOf(quintptr id)
{
    return int((quint64(id) >> 32) & 0xf);
}
int rowOf(quintptr id)
{
    return int(quint64(id) & 0xffffffff);
}

int groupSize(const core::Hall &h, int group)
{
    switch (group) {
    case PlanTreeModel::Racks:
        return int(h.racks.size());
    case PlanTreeModel::Feeds:
        return int(h.power.feeds.size());
    case PlanTreeModel::Sources:
        return int(h.power.sources.size());
    case PlanTreeModel::Loops:
        return int(h.cooling.loops.size());
    case PlanTreeModel::Cdus:
        return int(h.cooling.cdus.size());
    case PlanTreeModel::Obstacles:
        return int(h.obstacles.size());
    }
    return 0;
}

core::ObjectKind kindOfGroup(int group)
{
    switch (group) {
    case PlanTreeModel::Racks:
        return core::ObjectKind::Rack;
    case PlanTreeModel::Feeds:
        return core::ObjectKind::Feed;
    case PlanTreeModel::Sources:
        return core::ObjectKind::Source;
    case PlanTreeModel::Loops:
        return core::ObjectKind::Loop;
    case PlanTreeModel::Cdus:
        return core::ObjectKind::Cdu;
    default:
        return core::ObjectKind::Obstacle;
    }
}

int groupOfKind(core::ObjectKind k)
{
    switch (k) {
    case core::ObjectKind::Rack:
        return PlanTreeModel::Racks;
    case core::ObjectKind::Feed:
        return PlanTreeModel::Feeds;
    case core::ObjectKind::Source:
        return PlanTreeModel::Sources;
    case core::ObjectKind::Loop:
        return PlanTreeModel::Loops;
    case core::ObjectKind::Cdu:
        return PlanTreeModel::Cdus;
    case core::ObjectKind::Obstacle:
        return PlanTreeModel::Obstacles;
    case core::ObjectKind::Hall:
        break;
    }
    return -1;
}

const std::string &objectId(const core::Hall &h, int group, int row)
{
    const auto r = std::size_t(row);
    switch (group) {
    case PlanTreeModel::Racks:
        return h.racks[r].id;
    case PlanTreeModel::Feeds:
        return h.power.feeds[r].id;
    case PlanTreeModel::Sources:
        return h.power.sources[r].id;
    case PlanTreeModel::Loops:
        return h.cooling.loops[r].id;
    case PlanTreeModel::Cdus:
        return h.cooling.cdus[r].id;
    default:
        return h.obstacles[r].id;
    }
}

QString pct(double u)
{
    return QStringLiteral("%1 %").arg(std::lround(u * 100));
}

} // namespace

PlanTreeModel::PlanTreeModel(PlanDocument *document, QObject *parent)
    : QAbstractItemModel(parent), mDocument(document)
{
    connect(document, &PlanDocument::changed, this, &PlanTreeModel::onChanged);
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column > 1) return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, encode(SiteLevel)) : QModelIndex();
    const quintptr id = parent.internalId();
    switch (levelOf(id)) {
    case SiteLevel:
        return row < int(mDocument->plan().halls.size())
                   ? createIndex(row, column, encode(HallLevel, quint64(row)))
                   : QModelIndex();
    case HallLevel:
        return row < GroupCount
                   ? createIndex(row, column, encode(GroupLevel, quint64(hallOf(id)), quint64(row)))
                   : QModelIndex();
    case GroupLevel:
        return createIndex(
            row, column,
            encode(ObjectLevel, quint64(hallOf(id)), quint64(groupOf(id)), quint64(row)));
    default:
        return {};
    }
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) return {};
    const quintptr id = child.internalId();
    switch (levelOf(id)) {
    case HallLevel:
        return createIndex(0, 0, encode(SiteLevel));
    case GroupLevel:
        return createIndex(hallOf(id), 0, encode(HallLevel, quint64(hallOf(id))));
    case ObjectLevel:
        return createIndex(groupOf(id), 0,
                           encode(GroupLevel, quint64(hallOf(id)), quint64(groupOf(id))));
    default:
        return {};
    }
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) return 1;
    if (parent.column() != 0) return 0;
    const quintptr id = parent.internalId();
    const auto &halls = mDocument->plan().halls;
    switch (levelOf(id)) {
    case SiteLevel:
        return int(halls.size());
    case HallLevel:
        return GroupCount;
    case GroupLevel:
        return hallOf(id) < int(halls.size())
                   ? groupSize(halls[std::size_t(hallOf(id))], groupOf(id))
                   : 0;
    default:
        return 0;
    }
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == 0 ? tr("Object") : tr("Status");
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) return {};
    const quintptr id = index.internalId();
    const auto &plan = mDocument->plan();
    const int hi = hallOf(id);
    const core::HallReport *report = nullptr;
    if (mAnalysis && levelOf(id) != SiteLevel && hi < int(mAnalysis->report.halls.size()) &&
        hi < int(plan.halls.size()) &&
        mAnalysis->report.halls[std::size_t(hi)].id == plan.halls[std::size_t(hi)].id)
        report = &mAnalysis->report.halls[std::size_t(hi)];

    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (levelOf(id)) {
        case SiteLevel:
            if (index.column() == 0)
                return tr("Site: %1")
                    .arg(QString::fromStdString(plan.name.empty() ? "untitled" : plan.name));
            if (mAnalysis)
                return tr("%1 MW IT, %2 errors")
                    .arg(mAnalysis->report.site.metrics.itKw / 1000, 0, 'f', 1)
                    .arg(mAnalysis->report.site.errors);
            return {};
        case HallLevel: {
            if (hi >= int(plan.halls.size())) return {};
            const core::Hall &h = plan.halls[std::size_t(hi)];
            if (index.column() == 0)
                return QString::fromStdString(h.name.empty() ? h.id : h.id + " · " + h.name);
            if (report)
                return tr("%n rack(s), %1 errors", nullptr, report->metrics.rackCount)
                    .arg(report->errors);
            return tr("%n rack(s)", nullptr, int(h.racks.size()));
        }
        case GroupLevel: {
            if (index.column() != 0 || hi >= int(plan.halls.size())) return {};
            static const char *names[] = {QT_TR_NOOP("Racks"),   QT_TR_NOOP("Feeds"),
                                          QT_TR_NOOP("Sources"), QT_TR_NOOP("Loops"),
                                          QT_TR_NOOP("CDUs"),    QT_TR_NOOP("Obstacles")};
            return QStringLiteral("%1 (%2)")
                .arg(tr(names[groupOf(id)]))
                .arg(groupSize(plan.halls[std::size_t(hi)], groupOf(id)));
        }
        case ObjectLevel: {
            if (hi >= int(plan.halls.size())) return {};
            const core::Hall &h = plan.halls[std::size_t(hi)];
            const int g = groupOf(id), r = rowOf(id);
            if (r >= groupSize(h, g)) return {};
            if (index.column() == 0) return QString::fromStdString(objectId(h, g, r));
            if (g == Racks) return QString::fromStdString(h.racks[std::size_t(r)].type);
            if (g == Feeds && report) {
                for (const auto &f : report->feeds) {
                    if (f.id == h.power.feeds[std::size_t(r)].id)
                        return tr("N-1 %1 (%2 kW)")
                            .arg(pct(f.utilization))
                            .arg(std::lround(f.worstCaseKw));
                }
            }
            if (g == Loops && report) {
                for (const auto &l : report->loops) {
                    if (l.id == h.cooling.loops[std::size_t(r)].id)
                        return tr("%1 (%2 kW)").arg(pct(l.utilization)).arg(std::lround(l.loadKw));
                }
            }
            if (g == Cdus) return QString::fromStdString(h.cooling.cdus[std::size_t(r)].loop);
            if (g == Obstacles) return QString::fromStdString(h.obstacles[std::size_t(r)].kind);
            return {};
        }
        }
    }
    if (role == Qt::ForegroundRole && index.column() == 1 && report) {
        if (levelOf(id) == HallLevel && report->errors > 0) return QBrush(QColor(0xc0, 0x10, 0x10));
        if (levelOf(id) == ObjectLevel && (groupOf(id) == Feeds || groupOf(id) == Loops)) {
            const core::Hall &h = plan.halls[std::size_t(hi)];
            const std::string &oid = objectId(h, groupOf(id), rowOf(id));
            double u = 0;
            for (const auto &f : report->feeds)
                u = f.id == oid ? f.utilization : u;
            for (const auto &l : report->loops)
                u = l.id == oid ? l.utilization : u;
            if (u > 1.0) return QBrush(QColor(0xc0, 0x10, 0x10));
            if (u >= 0.9) return QBrush(QColor(0xb0, 0x60, 0x00));
        }
    }
    if (role == Qt::FontRole && levelOf(id) <= HallLevel && index.column() == 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

std::optional<core::ObjectRef> PlanTreeModel::refAt(const QModelIndex &index) const
{
    if (!index.isValid()) return std::nullopt;
    const quintptr id = index.internalId();
    const auto &halls = mDocument->plan().halls;
    const int hi = hallOf(id);
    if (levelOf(id) == SiteLevel || levelOf(id) == GroupLevel || hi >= int(halls.size()))
        return std::nullopt;
    const core::Hall &h = halls[std::size_t(hi)];
    if (levelOf(id) == HallLevel) return core::ObjectRef{core::ObjectKind::Hall, h.id, h.id};
    if (rowOf(id) >= groupSize(h, groupOf(id))) return std::nullopt;
    return core::ObjectRef{kindOfGroup(groupOf(id)), h.id, objectId(h, groupOf(id), rowOf(id))};
}

QModelIndex PlanTreeModel::indexOf(const core::ObjectRef &ref) const
{
    const int hi = mDocument->hallIndex(ref.hall);
    if (hi < 0) return {};
    const QModelIndex hallIndex = index(hi, 0, siteIndex());
    if (ref.kind == core::ObjectKind::Hall) return hallIndex;
    const int g = groupOfKind(ref.kind);
    const core::Hall &h = mDocument->plan().halls[std::size_t(hi)];
    const int n = groupSize(h, g);
    for (int r = 0; r < n; ++r) {
        if (objectId(h, g, r) == ref.id) return index(r, 0, index(g, 0, hallIndex));
    }
    return {};
}

void PlanTreeModel::setAnalysis(AnalysisResultPtr result)
{
    mAnalysis = std::move(result);
    const QModelIndex site = siteIndex();
    Q_EMIT dataChanged(index(0, 1), index(0, 1));
    const int halls = rowCount(site);
    if (halls > 0) Q_EMIT dataChanged(index(0, 1, site), index(halls - 1, 1, site));
    for (int h = 0; h < halls; ++h) {
        const QModelIndex hall = index(h, 0, site);
        for (int g : {Feeds, Loops}) {
            const QModelIndex group = index(g, 0, hall);
            const int n = rowCount(group);
            if (n > 0) Q_EMIT dataChanged(index(0, 0, group), index(n - 1, 1, group));
        }
    }
}

void PlanTreeModel::onChanged(const ChangeEvent &event)
{
    if (event.structural()) {
        beginResetModel();
        endResetModel();
        return;
    }
    const QModelIndex site = siteIndex();
    Q_EMIT dataChanged(site, index(0, 1));
    for (const std::string &hallId : event.halls) {
        const int hi = mDocument->hallIndex(hallId);
        if (hi < 0) continue;
        const QModelIndex hall = index(hi, 0, site);
        Q_EMIT dataChanged(hall, index(hi, 1, site));
        for (int g = 0; g < GroupCount; ++g) {
            const QModelIndex group = index(g, 0, hall);
            const int n = rowCount(group);
            if (n > 0) Q_EMIT dataChanged(index(0, 0, group), index(n - 1, 1, group));
        }
    }
}

} // namespace hw::ui
