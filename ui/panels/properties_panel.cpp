// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/panels/properties_panel.h"

#include "core/edit/hall_objects.h"
#include "core/edit/hall_ops.h"
#include "core/model/defaults.h"
#include "core/model/resolve.h"
#include "ui/commands/macro_guard.h"
#include "ui/document/plan_document.h"
#include "ui/panels/property_delegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace hw::ui {

namespace {

using Status = core::Status;

QString fmt(double v)
{
    QString s = QString::number(v, 'f', 3);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.'))) s.chop(1);
    }
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}
QString fmt(const std::optional<double> &v)
{
    return v ? fmt(*v) : QString();
}
QString fmt(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}
QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

core::Error bad(const QString &what)
{
    return core::Error(what.toStdString());
}

core::Result<double> number(QString text)
{
    text = text.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return bad(PropertiesPanel::tr("\"%1\" is not a number").arg(text));
    return v;
}
core::Result<std::optional<double>> optionalNumber(const QString &text)
{
    if (text.trimmed().isEmpty()) return std::optional<double>();
    auto v = number(text);
    if (!v.ok()) return v.error();
    return std::optional<double>(*v);
}
core::Result<int> integer(const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok) return bad(PropertiesPanel::tr("\"%1\" is not a whole number").arg(text.trimmed()));
    return v;
}
core::Result<std::optional<int>> optionalInteger(const QString &text)
{
    if (text.trimmed().isEmpty()) return std::optional<int>();
    auto v = integer(text);
    if (!v.ok()) return v.error();
    return std::optional<int>(*v);
}
core::Result<core::Vec2> point(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(';'), QLatin1Char(' '));
    // "x, y" with decimal points, or "x y"; a decimal comma needs the space form.
    QStringList parts = t.split(QLatin1String(", "), Qt::SkipEmptyParts);
    if (parts.size() != 2) parts = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2 && !t.contains(QLatin1Char(' ')))
        parts = t.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return bad(
            PropertiesPanel::tr("\"%1\" is not a point: write x, y in metres").arg(text.trimmed()));
    auto x = number(parts[0]);
    auto y = number(parts[1]);
    if (!x.ok()) return x.error();
    if (!y.ok()) return y.error();
    return core::Vec2{*x, *y};
}
/** Plain-text id references: "A1, B1". */
std::vector<std::string> idList(const QString &text)
{
    std::vector<std::string> out;
    for (const QString &p :
         text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out.push_back(p.toStdString());
    return out;
}
QString joinIds(const std::vector<std::string> &ids)
{
    QStringList l;
    for (const auto &i : ids)
        l << str(i);
    return l.join(QStringLiteral(", "));
}
std::string choiceId(const QString &text)
{
    // Choices read "id — description"; "(none)" clears.
    const QString t = text.trimmed();
    if (t.isEmpty() || t == PropertiesPanel::tr("(none)")) return {};
    return t.section(QStringLiteral(" — "), 0, 0).trimmed().toStdString();
}

Status changeObjects(PlanDocument *d, const std::string &h, std::vector<core::Rack> v,
                     const QString &t)
{
    return d->changeRacks(h, std::move(v), t);
}
Status changeObjects(PlanDocument *d, const std::string &h, std::vector<core::Feed> v,
                     const QString &t)
{
    return d->changeFeeds(h, std::move(v), t);
}
Status changeObjects(PlanDocument *d, const std::string &h, std::vector<core::Source> v,
                     const QString &t)
{
    return d->changeSources(h, std::move(v), t);
}
Status changeObjects(PlanDocument *d, const std::string &h, std::vector<core::Loop> v,
                     const QString &t)
{
    return d->changeLoops(h, std::move(v), t);
}
Status changeObjects(PlanDocument *d, const std::string &h, std::vector<core::Cdu> v,
                     const QString &t)
{
    return d->changeCdus(h, std::move(v), t);
}
Status changeObjects(PlanDocument *d, const std::string &h, std::vector<core::Obstacle> v,
                     const QString &t)
{
    return d->changeObstacles(h, std::move(v), t);
}

/** Builds rows for a group of objects of one kind in one hall. */
template <class T> class RowBuilder
{
public:
    RowBuilder(PlanDocument *doc, std::string hall, std::vector<T> objects,
               std::vector<PropertiesPanel::Row> &rows)
        : mDoc(doc), mHall(std::move(hall)), mObjects(std::move(objects)), mRows(rows)
    {}

    using Getter = std::function<QString(const T &)>;
    using Setter = std::function<Status(T &, const QString &)>;

    void field(const QString &label, Getter get, Setter set, const QString &defaultText = {},
               QStringList choices = {})
    {
        PropertiesPanel::Row row;
        row.label = label;
        row.choices = std::move(choices);
        bool same = true;
        const QString first = get(mObjects.front());
        for (const T &o : mObjects)
            same = same && get(o) == first;
        if (same) {
            row.value = first;
            if (first.isEmpty() && !defaultText.isEmpty()) row.placeholder = defaultText;
        } else {
            row.placeholder = PropertiesPanel::tr("(mixed)");
        }
        if (set) {
            PlanDocument *doc = mDoc;
            const std::string hall = mHall;
            const std::vector<T> objects = mObjects;
            row.apply = [doc, hall, objects, set, label](const QString &text) -> Status {
                std::vector<T> changed = objects;
                for (T &o : changed) {
                    if (Status s = set(o, text); !s.ok()) return s;
                }
                return changeObjects(doc, hall, std::move(changed),
                                     PropertiesPanel::tr("Set %1").arg(label));
            };
        }
        mRows.push_back(std::move(row));
    }

    void readOnly(const QString &label, Getter get) { field(label, std::move(get), nullptr); }

    /** A number field over an optional<double> member. */
    void optionalNumber(const QString &label, std::optional<double> T::*member,
                        const QString &def = {})
    {
        field(
            label, [member](const T &o) { return fmt(o.*member); },
            [member](T &o, const QString &t) -> Status {
                auto v = ::hw::ui::optionalNumber(t);
                if (!v.ok()) return v.error();
                o.*member = *v;
                return core::Done{};
            },
            def);
    }

    /** A vertex list: one row per vertex, "x, y" in metres. */
    void vertices(const QString &what, core::Polyline T::*member)
    {
        if (mObjects.size() != 1) return;
        const std::size_t n = (mObjects.front().*member).size();
        for (std::size_t i = 0; i < n; ++i) {
            field(
                PropertiesPanel::tr("%1 point %2 (x, y m)").arg(what).arg(i + 1),
                [member, i](const T &o) {
                    const auto &p = o.*member;
                    return i < p.size() ? fmt(p[i].x) + QStringLiteral(", ") + fmt(p[i].y)
                                        : QString();
                },
                [member, i](T &o, const QString &t) -> Status {
                    auto v = point(t);
                    if (!v.ok()) return v.error();
                    if (i < (o.*member).size()) (o.*member)[i] = *v;
                    return core::Done{};
                });
        }
    }

private:
    PlanDocument *mDoc;
    std::string mHall;
    std::vector<T> mObjects;
    std::vector<PropertiesPanel::Row> &mRows;
};

QStringList rotations()
{
    return {QStringLiteral("0"), QStringLiteral("90"), QStringLiteral("180"),
            QStringLiteral("270")};
}

Status setRotation(std::optional<int> &field, const QString &t)
{
    auto v = integer(t);
    if (!v.ok()) return v.error();
    if (*v % 90 != 0)
        return bad(PropertiesPanel::tr("the rotation must be a multiple of 90°, found %1").arg(*v));
    field = ((*v % 360) + 360) % 360;
    return core::Done{};
}

template <class T>
std::vector<T> selected(const PlanDocument *doc, const core::Hall &hall,
                        const std::vector<core::ObjectRef> &refs)
{
    std::vector<std::string> ids;
    for (const auto &r : refs) {
        if (r.kind == core::kindOf<T>() && r.hall == hall.id) ids.push_back(r.id);
    }
    Q_UNUSED(doc);
    return core::objectsById<T>(hall, ids);
}

} // namespace

PropertiesPanel::PropertiesPanel(PlanDocument *document, QWidget *parent)
    : QDockWidget(tr("Properties"), parent), mDocument(document), mHeader(new QLabel(this)),
      mTable(new QTableWidget(this)), mError(new QLabel(this))
{
    setObjectName(QStringLiteral("PropertiesPanel"));
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(4, 4, 4, 4);
    mHeader->setWordWrap(true);
    QFont bold = mHeader->font();
    bold.setBold(true);
    mHeader->setFont(bold);
    mTable->setObjectName(QStringLiteral("propertyTable"));
    mTable->setColumnCount(2);
    mTable->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mTable->verticalHeader()->hide();
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    mTable->setItemDelegateForColumn(1, new PropertyDelegate(this));
    mError->setObjectName(QStringLiteral("propertyError"));
    mError->setWordWrap(true);
    mError->setStyleSheet(QStringLiteral("QLabel { color: #b00000; }"));
    mError->hide();
    layout->addWidget(mHeader);
    layout->addWidget(mTable, 1);
    layout->addWidget(mError);
    setWidget(w);

    connect(mTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!mRebuilding && item->column() == 1)
            commit(item->row(), item->data(Qt::EditRole).toString());
    });
    auto later = [this] {
        // Coalesce: a drag changes the document on every mouse move.
        if (mPending) return;
        mPending = true;
        QTimer::singleShot(0, this, [this] {
            mPending = false;
            rebuild();
        });
    };
    connect(mDocument, &PlanDocument::selectionChanged, this, [this, later] {
        mError->hide();
        later();
    });
    connect(mDocument, &PlanDocument::changed, this, later);
    connect(mDocument, &PlanDocument::currentHallChanged, this, later);
    rebuild();
}

QString PropertiesPanel::errorText() const
{
    return mError->isVisible() ? mError->text() : QString();
}

core::Status PropertiesPanel::edit(const QString &label, const QString &text)
{
    rebuild();
    for (std::size_t i = 0; i < mRows.size(); ++i) {
        if (mRows[i].label == label) {
            commit(int(i), text);
            return mError->isHidden() ? Status(core::Done{}) : Status(bad(mError->text()));
        }
    }
    return bad(tr("no property \"%1\"").arg(label));
}

void PropertiesPanel::commit(int row, const QString &text)
{
    if (row < 0 || row >= int(mRows.size()) || !mRows[std::size_t(row)].apply) return;
    const Row r = mRows[std::size_t(row)];
    const Status s = r.apply(text);
    if (!s.ok()) {
        mError->setText(
            tr("%1: refused, %2").arg(r.label, QString::fromStdString(s.error().toString())));
        mError->show();
    } else {
        mError->hide();
    }
    rebuild();
}

void PropertiesPanel::rebuild()
{
    mRows.clear();
    PlanDocument *doc = mDocument;
    const auto &selection = doc->selection();
    const core::Catalog &catalog = doc->catalog();
    QStringList rackTypes, cduTypes, feedTypes, coolants;
    for (const auto &t : catalog.rackTypes)
        rackTypes << str(t.id) + QStringLiteral(" — ") + str(t.name);
    for (const auto &t : catalog.cduTypes)
        cduTypes << str(t.id) + QStringLiteral(" — ") + str(t.name);
    for (const auto &t : catalog.feedTypes)
        feedTypes << str(t.id) + QStringLiteral(" — ") + str(t.name);
    for (const auto &t : catalog.coolants)
        coolants << str(t.id);
    QStringList phases{tr("(none)")};
    for (const auto &p : doc->plan().phases)
        phases << str(p.id) + QStringLiteral(" — ") + str(p.name);
    QStringList tenants{tr("(none)")};
    for (const auto &t : doc->plan().tenants)
        tenants << str(t.id) + QStringLiteral(" — ") + str(t.name);

    QString header;
    const core::Hall *hall = selection.empty() ? nullptr : doc->hall(selection.front().hall);
    const core::ObjectKind kind =
        selection.empty() ? core::ObjectKind::Hall : selection.front().kind;
    int ofKind = 0;
    for (const auto &r : selection)
        ofKind += (r.kind == kind && r.hall == selection.front().hall) ? 1 : 0;
    QStringList loops{tr("(none)")}, sources{tr("(none)")};
    if (hall) {
        for (const auto &l : hall->cooling.loops)
            loops << str(l.id);
        for (const auto &s : hall->power.sources)
            sources << str(s.id);
    }

    if (!hall) {
        header = tr("Plan");
        PlanDocument *d = doc;
        auto planField = [&](const QString &label, QString value, QString def,
                             std::function<Status(core::PlanProperties &, const QString &)> set) {
            Row row{label, value, value.isEmpty() ? def : QString(), {}, nullptr};
            row.apply = [d, set, label](const QString &t) -> Status {
                core::PlanProperties p = core::planProperties(d->plan());
                if (Status s = set(p, t); !s.ok()) return s;
                return d->changePlanProperties(p, tr("Set %1").arg(label));
            };
            mRows.push_back(std::move(row));
        };
        planField(tr("Name"), str(doc->plan().name), {},
                  [](core::PlanProperties &p, const QString &t) -> Status {
                      p.name = t.trimmed().toStdString();
                      return core::Done{};
                  });
        planField(tr("PUE"), fmt(doc->plan().assumptions.pue),
                  tr("default %1").arg(core::defaults::kPue),
                  [](core::PlanProperties &p, const QString &t) -> Status {
                      auto v = optionalNumber(t);
                      if (!v.ok()) return v.error();
                      if (*v && *v < 1.0)
                          return bad(tr("a PUE below 1 is not possible, found %1").arg(**v));
                      p.pue = *v;
                      return core::Done{};
                  });
        mRows.push_back({tr("Halls"), QString::number(doc->plan().halls.size()), {}, {}, nullptr});
    } else if (kind == core::ObjectKind::Hall) {
        header = tr("Hall %1").arg(str(hall->id));
        PlanDocument *d = doc;
        const std::string hallId = hall->id;
        auto hallField = [&](const QString &label, QString value, QString def,
                             std::function<Status(core::HallProperties &, const QString &)> set,
                             QStringList choices = {}) {
            Row row{label, value, value.isEmpty() ? def : QString(), std::move(choices), nullptr};
            if (set) {
                row.apply = [d, hallId, set, label](const QString &t) -> Status {
                    const core::Hall *h = d->hall(hallId);
                    if (!h) return bad(tr("the hall is gone"));
                    core::HallProperties p = core::hallProperties(*h);
                    if (Status s = set(p, t); !s.ok()) return s;
                    return d->changeHallProperties(hallId, p, tr("Set %1").arg(label));
                };
            }
            mRows.push_back(std::move(row));
        };
        using HP = core::HallProperties;
        auto optNum = [](auto accessor) {
            return [accessor](HP &p, const QString &t) -> Status {
                auto v = optionalNumber(t);
                if (!v.ok()) return v.error();
                accessor(p) = *v;
                return core::Done{};
            };
        };
        auto optInt = [](auto accessor) {
            return [accessor](HP &p, const QString &t) -> Status {
                auto v = optionalInteger(t);
                if (!v.ok()) return v.error();
                accessor(p) = *v;
                return core::Done{};
            };
        };
        const core::RuleValues rv = core::resolveRules(hall->rules);
        hallField(tr("Id"), str(hall->id), {}, nullptr);
        hallField(tr("Name"), str(hall->name), {}, [](HP &p, const QString &t) -> Status {
            p.name = t.trimmed().toStdString();
            return core::Done{};
        });
        const core::Vec2 o = hall->originOrZero();
        hallField(tr("Origin (x, y m)"), fmt(o.x) + QStringLiteral(", ") + fmt(o.y), {},
                  [](HP &p, const QString &t) -> Status {
                      auto v = point(t);
                      if (!v.ok()) return v.error();
                      p.origin = *v;
                      return core::Done{};
                  });
        hallField(tr("Floor load (kg/m²)"), fmt(hall->floorLoadKgPerM2), tr("not checked"),
                  optNum([](HP &p) -> std::optional<double> & { return p.floorLoadKgPerM2; }));
        QStringList refTypes{tr("(none)")};
        refTypes << rackTypes;
        hallField(
            tr("Reference rack type"), str(hall->referenceRackType), tr("most common type"),
            [](HP &p, const QString &t) -> Status {
                p.referenceRackType = choiceId(t);
                return core::Done{};
            },
            refTypes);
        hallField(tr("Topology"), str(hall->power.topology.value_or("")), tr("default 2N"),
                  [](HP &p, const QString &t) -> Status {
                      const QString v = t.trimmed();
                      if (v.isEmpty())
                          p.topology.reset();
                      else if (v == QLatin1String("2N") || v == QLatin1String("distributed"))
                          p.topology = v.toStdString();
                      else
                          return bad(tr("the topology is 2N or distributed, found \"%1\"").arg(v));
                      return core::Done{};
                  },
                  {QStringLiteral("2N"), QStringLiteral("distributed")});
        hallField(tr("Wall clearance (m)"), fmt(hall->rules.wallClearanceM),
                  tr("default %1").arg(rv.wallClearanceM),
                  optNum([](HP &p) -> std::optional<double> & { return p.rules.wallClearanceM; }));
        hallField(
            tr("Obstacle clearance (m)"), fmt(hall->rules.obstacleClearanceM),
            tr("default %1").arg(rv.obstacleClearanceM),
            optNum([](HP &p) -> std::optional<double> & { return p.rules.obstacleClearanceM; }));
        hallField(tr("Front clearance (m)"), fmt(hall->rules.frontClearanceM),
                  tr("default %1").arg(rv.frontClearanceM),
                  optNum([](HP &p) -> std::optional<double> & { return p.rules.frontClearanceM; }));
        hallField(tr("Rear clearance (m)"), fmt(hall->rules.rearClearanceM),
                  tr("default %1").arg(rv.rearClearanceM),
                  optNum([](HP &p) -> std::optional<double> & { return p.rules.rearClearanceM; }));
        hallField(tr("Max racks per row"), fmt(hall->rules.maxRowRacks),
                  tr("default %1").arg(rv.maxRowRacks),
                  optInt([](HP &p) -> std::optional<int> & { return p.rules.maxRowRacks; }));
        hallField(tr("Cross aisle (m)"), fmt(hall->rules.crossAisleM),
                  tr("default %1").arg(rv.crossAisleM),
                  optNum([](HP &p) -> std::optional<double> & { return p.rules.crossAisleM; }));
        const bool air = hall->cooling.air.has_value();
        auto airField = [&](const QString &label, QString value, QString def,
                            std::function<Status(core::Air &, const QString &)> set) {
            hallField(label, value, def, [set](HP &p, const QString &t) -> Status {
                core::Air a = p.air.value_or(core::Air{});
                if (Status s = set(a, t); !s.ok()) return s;
                p.air = a;
                return core::Done{};
            });
        };
        airField(tr("Air unit (kW)"), air ? fmt(hall->cooling.air->unitKw) : QString(),
                 tr("air not modelled"), [](core::Air &a, const QString &t) -> Status {
                     auto v = number(t);
                     if (!v.ok()) return v.error();
                     a.unitKw = *v;
                     return core::Done{};
                 });
        airField(tr("Air units"), air ? QString::number(hall->cooling.air->units) : QString(),
                 tr("air not modelled"), [](core::Air &a, const QString &t) -> Status {
                     auto v = integer(t);
                     if (!v.ok()) return v.error();
                     a.units = *v;
                     return core::Done{};
                 });
        airField(tr("Air redundant units"),
                 air ? fmt(hall->cooling.air->redundantUnits) : QString(),
                 tr("default %1").arg(core::defaults::kRedundantAirUnits),
                 [](core::Air &a, const QString &t) -> Status {
                     auto v = optionalInteger(t);
                     if (!v.ok()) return v.error();
                     a.redundantUnits = *v;
                     return core::Done{};
                 });
        airField(tr("Other air load (kW)"), air ? fmt(hall->cooling.air->otherLoadKw) : QString(),
                 tr("default 0"), [](core::Air &a, const QString &t) -> Status {
                     auto v = optionalNumber(t);
                     if (!v.ok()) return v.error();
                     a.otherLoadKw = *v;
                     return core::Done{};
                 });
        for (std::size_t i = 0; i < hall->outline.size(); ++i) {
            const core::Vec2 p = hall->outline[i];
            hallField(tr("Outline point %1 (x, y m)").arg(i + 1),
                      fmt(p.x) + QStringLiteral(", ") + fmt(p.y), {},
                      [i](HP &hp, const QString &t) -> Status {
                          auto v = point(t);
                          if (!v.ok()) return v.error();
                          if (i < hp.outline.size()) hp.outline[i] = *v;
                          return core::Done{};
                      });
        }
    } else if (kind == core::ObjectKind::Rack) {
        auto racks = selected<core::Rack>(doc, *hall, selection);
        header = racks.size() == 1 ? tr("Rack %1").arg(str(racks.front().id))
                                   : tr("%n racks", nullptr, int(racks.size()));
        if (!racks.empty()) {
            RowBuilder<core::Rack> b(doc, hall->id, racks, mRows);
            if (racks.size() == 1)
                b.readOnly(tr("Id"), [](const core::Rack &r) { return str(r.id); });
            b.field(
                tr("Type"), [](const core::Rack &r) { return str(r.type); },
                [](core::Rack &r, const QString &t) -> Status {
                    r.type = choiceId(t);
                    return core::Done{};
                },
                {}, rackTypes);
            b.field(
                tr("X (m)"), [](const core::Rack &r) { return fmt(r.position.x); },
                [](core::Rack &r, const QString &t) -> Status {
                    auto v = number(t);
                    if (!v.ok()) return v.error();
                    r.position.x = *v;
                    return core::Done{};
                });
            b.field(
                tr("Y (m)"), [](const core::Rack &r) { return fmt(r.position.y); },
                [](core::Rack &r, const QString &t) -> Status {
                    auto v = number(t);
                    if (!v.ok()) return v.error();
                    r.position.y = *v;
                    return core::Done{};
                });
            b.field(
                tr("Rotation (°)"),
                [](const core::Rack &r) { return QString::number(r.rotation()); },
                [](core::Rack &r, const QString &t) { return setRotation(r.rotationDeg, t); }, {},
                rotations());
            b.field(
                tr("Feeds"), [](const core::Rack &r) { return joinIds(r.feeds); },
                [](core::Rack &r, const QString &t) -> Status {
                    r.feeds = idList(t);
                    return core::Done{};
                },
                tr("not connected"));
            b.field(
                tr("Loop"), [](const core::Rack &r) { return str(r.loop); },
                [](core::Rack &r, const QString &t) -> Status {
                    r.loop = choiceId(t);
                    return core::Done{};
                },
                tr("(none)"), loops);
            b.field(
                tr("Phase"), [](const core::Rack &r) { return str(r.phase); },
                [](core::Rack &r, const QString &t) -> Status {
                    r.phase = choiceId(t);
                    return core::Done{};
                },
                tr("(none)"), phases);
            b.field(
                tr("Tenant"), [](const core::Rack &r) { return str(r.tenant); },
                [](core::Rack &r, const QString &t) -> Status {
                    r.tenant = choiceId(t);
                    return core::Done{};
                },
                tr("(none)"), tenants);
            const core::RackType *type = catalog.rackType(racks.front().type);
            b.optionalNumber(tr("Planning power (kW)"), &core::Rack::powerKw,
                             type ? tr("type maximum %1").arg(type->maxKw) : QString());
        }
    } else if (kind == core::ObjectKind::Feed) {
        auto feeds = selected<core::Feed>(doc, *hall, selection);
        header = feeds.size() == 1 ? tr("Feed %1").arg(str(feeds.front().id))
                                   : tr("%n feeds", nullptr, int(feeds.size()));
        if (!feeds.empty()) {
            RowBuilder<core::Feed> b(doc, hall->id, feeds, mRows);
            if (feeds.size() == 1)
                b.readOnly(tr("Id"), [](const core::Feed &f) { return str(f.id); });
            b.field(
                tr("Source"), [](const core::Feed &f) { return str(f.source); },
                [](core::Feed &f, const QString &t) -> Status {
                    f.source = choiceId(t);
                    return core::Done{};
                },
                tr("(none)"), sources);
            b.field(
                tr("Pair"), [](const core::Feed &f) { return str(f.pair); },
                [](core::Feed &f, const QString &t) -> Status {
                    f.pair = t.trimmed().toStdString();
                    return core::Done{};
                },
                tr("(none)"));
            QStringList ft{tr("(none)")};
            ft << feedTypes;
            b.field(
                tr("Type"), [](const core::Feed &f) { return str(f.type); },
                [](core::Feed &f, const QString &t) -> Status {
                    f.type = choiceId(t);
                    return core::Done{};
                },
                tr("(none)"), ft);
            const core::FeedValues fv = core::resolveFeed(feeds.front(), catalog);
            b.readOnly(tr("Usable capacity (kW)"), [&catalog](const core::Feed &f) {
                const auto u = core::resolveFeed(f, catalog).usableKw();
                return u ? fmt(std::round(*u * 10) / 10) : tr("unknown");
            });
            b.optionalNumber(tr("Capacity (kW)"), &core::Feed::capacityKw, tr("from V and A"));
            b.optionalNumber(tr("Voltage (V)"), &core::Feed::voltageV,
                             fv.voltageV ? tr("type: %1").arg(*fv.voltageV) : QString());
            b.optionalNumber(tr("Current (A)"), &core::Feed::currentA,
                             fv.currentA ? tr("type: %1").arg(*fv.currentA) : QString());
            b.field(
                tr("Phases"), [](const core::Feed &f) { return fmt(f.phases); },
                [](core::Feed &f, const QString &t) -> Status {
                    auto v = optionalInteger(t);
                    if (!v.ok()) return v.error();
                    f.phases = *v;
                    return core::Done{};
                },
                tr("default %1").arg(fv.phases), {QStringLiteral("3"), QStringLiteral("1")});
            b.optionalNumber(tr("Power factor"), &core::Feed::powerFactor,
                             tr("default %1").arg(fv.powerFactor));
            b.optionalNumber(tr("Derating (%)"), &core::Feed::deratePct,
                             tr("default %1").arg(fv.deratePct));
            b.optionalNumber(tr("Reach (m)"), &core::Feed::reachM, tr("default %1").arg(fv.reachM));
            b.vertices(tr("Route"), &core::Feed::path);
        }
    } else if (kind == core::ObjectKind::Source) {
        auto sources = selected<core::Source>(doc, *hall, selection);
        header = sources.size() == 1 ? tr("Source %1").arg(str(sources.front().id))
                                     : tr("%n sources", nullptr, int(sources.size()));
        if (!sources.empty()) {
            RowBuilder<core::Source> b(doc, hall->id, sources, mRows);
            if (sources.size() == 1)
                b.readOnly(tr("Id"), [](const core::Source &s) { return str(s.id); });
            b.optionalNumber(tr("Capacity (kW)"), &core::Source::capacityKw, tr("not checked"));
        }
    } else if (kind == core::ObjectKind::Loop) {
        auto loopsSel = selected<core::Loop>(doc, *hall, selection);
        header = loopsSel.size() == 1 ? tr("Loop %1").arg(str(loopsSel.front().id))
                                      : tr("%n loops", nullptr, int(loopsSel.size()));
        if (!loopsSel.empty()) {
            RowBuilder<core::Loop> b(doc, hall->id, loopsSel, mRows);
            if (loopsSel.size() == 1)
                b.readOnly(tr("Id"), [](const core::Loop &l) { return str(l.id); });
            b.field(
                tr("Coolant"), [](const core::Loop &l) { return str(l.coolant.value_or("")); },
                [](core::Loop &l, const QString &t) -> Status {
                    const std::string v = choiceId(t);
                    if (v.empty())
                        l.coolant.reset();
                    else
                        l.coolant = v;
                    return core::Done{};
                },
                tr("default %1").arg(QLatin1String(core::defaults::kCoolant)), coolants);
            b.optionalNumber(tr("Supply temperature (°C)"), &core::Loop::supplyTempC,
                             tr("default %1").arg(core::defaults::kSupplyTempC));
            b.optionalNumber(tr("ΔT (K)"), &core::Loop::deltaTK,
                             tr("default %1").arg(core::defaults::kDeltaTK));
            b.field(
                tr("Redundant CDUs"), [](const core::Loop &l) { return fmt(l.redundantCdus); },
                [](core::Loop &l, const QString &t) -> Status {
                    auto v = optionalInteger(t);
                    if (!v.ok()) return v.error();
                    if (*v && **v < 0) return bad(tr("must not be negative, found %1").arg(**v));
                    l.redundantCdus = *v;
                    return core::Done{};
                },
                tr("default %1").arg(core::defaults::kRedundantCdus));
            b.optionalNumber(tr("Max pipe run (m)"), &core::Loop::maxPipeRunM, tr("not checked"));
        }
    } else if (kind == core::ObjectKind::Cdu) {
        auto cdus = selected<core::Cdu>(doc, *hall, selection);
        header = cdus.size() == 1 ? tr("CDU %1").arg(str(cdus.front().id))
                                  : tr("%n CDUs", nullptr, int(cdus.size()));
        if (!cdus.empty()) {
            RowBuilder<core::Cdu> b(doc, hall->id, cdus, mRows);
            const core::CduValues cv = core::resolveCdu(cdus.front(), catalog);
            if (cdus.size() == 1)
                b.readOnly(tr("Id"), [](const core::Cdu &c) { return str(c.id); });
            QStringList cdLoops = loops.mid(1);
            b.field(
                tr("Loop"), [](const core::Cdu &c) { return str(c.loop); },
                [](core::Cdu &c, const QString &t) -> Status {
                    c.loop = choiceId(t);
                    return core::Done{};
                },
                {}, cdLoops);
            QStringList ct{tr("(none)")};
            ct << cduTypes;
            b.field(
                tr("Type"), [](const core::Cdu &c) { return str(c.type); },
                [](core::Cdu &c, const QString &t) -> Status {
                    c.type = choiceId(t);
                    return core::Done{};
                },
                tr("(none)"), ct);
            b.field(
                tr("X (m)"), [](const core::Cdu &c) { return fmt(c.position.x); },
                [](core::Cdu &c, const QString &t) -> Status {
                    auto v = number(t);
                    if (!v.ok()) return v.error();
                    c.position.x = *v;
                    return core::Done{};
                });
            b.field(
                tr("Y (m)"), [](const core::Cdu &c) { return fmt(c.position.y); },
                [](core::Cdu &c, const QString &t) -> Status {
                    auto v = number(t);
                    if (!v.ok()) return v.error();
                    c.position.y = *v;
                    return core::Done{};
                });
            b.field(
                tr("Rotation (°)"),
                [](const core::Cdu &c) { return QString::number(c.rotation()); },
                [](core::Cdu &c, const QString &t) { return setRotation(c.rotationDeg, t); }, {},
                rotations());
            auto typeDefault = [](const std::optional<double> &v) {
                return v ? tr("type: %1").arg(*v) : QString();
            };
            b.optionalNumber(tr("Width (m)"), &core::Cdu::widthM, typeDefault(cv.widthM));
            b.optionalNumber(tr("Depth (m)"), &core::Cdu::depthM, typeDefault(cv.depthM));
            b.optionalNumber(tr("Capacity (kW)"), &core::Cdu::capacityKw,
                             typeDefault(cv.capacityKw));
            b.optionalNumber(tr("Max flow (L/min)"), &core::Cdu::maxFlowLpm,
                             typeDefault(cv.maxFlowLpm));
        }
    } else if (kind == core::ObjectKind::Obstacle) {
        auto obstacles = selected<core::Obstacle>(doc, *hall, selection);
        header = obstacles.size() == 1 ? tr("Obstacle %1").arg(str(obstacles.front().id))
                                       : tr("%n obstacles", nullptr, int(obstacles.size()));
        if (!obstacles.empty()) {
            RowBuilder<core::Obstacle> b(doc, hall->id, obstacles, mRows);
            if (obstacles.size() == 1)
                b.readOnly(tr("Id"), [](const core::Obstacle &o) { return str(o.id); });
            b.field(
                tr("Kind"), [](const core::Obstacle &o) { return str(o.kind); },
                [](core::Obstacle &o, const QString &t) -> Status {
                    o.kind = t.trimmed().toStdString();
                    return core::Done{};
                },
                {}, {QStringLiteral("column"), QStringLiteral("keepout"), QStringLiteral("shaft")});
            b.vertices(tr("Polygon"), &core::Obstacle::polygon);
        }
    }
    if (int(selection.size()) > ofKind && hall)
        header +=
            tr(" (of %n selected objects; only these are edited)", nullptr, int(selection.size()));
    mHeader->setText(header);

    mRebuilding = true;
    mTable->setRowCount(int(mRows.size()));
    for (int i = 0; i < int(mRows.size()); ++i) {
        const Row &r = mRows[std::size_t(i)];
        auto *name = new QTableWidgetItem(r.label);
        name->setFlags(Qt::ItemIsEnabled);
        auto *value = new QTableWidgetItem;
        value->setData(Qt::EditRole, r.value);
        value->setData(PropertyDelegate::PlaceholderRole, r.placeholder);
        value->setData(PropertyDelegate::ChoicesRole, r.choices);
        value->setFlags(r.apply ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable)
                                : Qt::ItemIsEnabled);
        if (!r.apply) value->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        mTable->setItem(i, 0, name);
        mTable->setItem(i, 1, value);
    }
    mRebuilding = false;
}

} // namespace hw::ui
