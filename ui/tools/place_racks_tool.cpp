// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/tools/place_racks_tool.h"

#include "core/edit/hall_objects.h"
#include "core/edit/rack_ops.h"
#include "core/geometry/footprint.h"
#include "ui/document/plan_document.h"
#include "ui/scene/coords.h"
#include "ui/scene/hall_view.h"
#include "ui/scene/plan_palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSpinBox>

namespace hw::ui {

PlaceRacksTool::PlaceRacksTool(HallView *view, QObject *parent)
    : AbstractTool(tr("Place Racks"), QIcon(QStringLiteral(":/icons/tool-place-racks.svg")), view,
                   parent)
{}

void PlaceRacksTool::activate()
{
    AbstractTool::activate();
    if (document()->currentHall().empty())
        Q_EMIT statusMessage(tr("Open a hall to place racks in it (double-click it on the site)."));
    else
        Q_EMIT statusMessage(tr("Click to place; R turns the row; +/- change the count."));
}

void PlaceRacksTool::setRackType(const std::string &type)
{
    if (type == mRackType) return;
    mRackType = type;
    Q_EMIT optionsChanged();
    updateOverlay();
}

void PlaceRacksTool::setCount(int count)
{
    count = std::clamp(count, 1, 200);
    if (count == mCount) return;
    mCount = count;
    Q_EMIT optionsChanged();
    updateOverlay();
}

void PlaceRacksTool::setRotation(int degrees)
{
    degrees = ((degrees % 360) + 360) % 360 / 90 * 90;
    if (degrees == mRotation) return;
    mRotation = degrees;
    Q_EMIT optionsChanged();
    updateOverlay();
}

void PlaceRacksTool::setConnection(const std::string &pair, const std::string &loop)
{
    mPair = pair;
    mLoop = loop;
    Q_EMIT optionsChanged();
}

bool PlaceRacksTool::placeAt(core::Vec2 p)
{
    PlanDocument *doc = document();
    const std::string hallId = doc->currentHall();
    const core::Hall *hall = doc->hall(hallId);
    if (!hall) {
        Q_EMIT statusMessage(tr("Open a hall first: racks are placed in the hall being edited."));
        return false;
    }
    const core::RackType *type = doc->catalog().rackType(mRackType);
    if (!type) {
        Q_EMIT statusMessage(
            tr("Refused: unknown rack type \"%1\"").arg(QString::fromStdString(mRackType)));
        return false;
    }
    std::vector<std::string> feeds;
    if (!mPair.empty()) {
        for (const core::Feed &f : hall->power.feeds) {
            if (f.pair == mPair) feeds.push_back(f.id);
        }
    }
    const std::string loop =
        (!mLoop.empty() && core::findObject<core::Loop>(*hall, mLoop)) ? mLoop : std::string();
    const auto positions = core::rowPositions(p, mRotation, type->widthM, mCount);
    const auto ids =
        core::freshIds(doc->plan(), core::ObjectKind::Rack, hallId + "-R", positions.size(), 4);
    std::vector<core::Rack> racks;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        core::Rack r;
        r.id = ids[i];
        r.type = mRackType;
        r.position = positions[i];
        if (mRotation != 0) r.rotationDeg = mRotation;
        r.feeds = feeds;
        r.loop = loop;
        racks.push_back(std::move(r));
    }
    const QString text = tr("Place %n rack(s)", nullptr, int(racks.size()));
    const core::Status s = doc->addRacks(hallId, std::move(racks), text);
    if (!s.ok()) {
        Q_EMIT statusMessage(tr("Refused: %1").arg(QString::fromStdString(s.error().toString())));
        return false;
    }
    Q_EMIT statusMessage(tr("Placed %n rack(s) at %1 m, %2 m", nullptr, mCount)
                             .arg(p.x, 0, 'f', 2)
                             .arg(p.y, 0, 'f', 2));
    return true;
}

bool PlaceRacksTool::mousePressed(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() != Qt::LeftButton) return false;
    placeAt(view()->snapped(view()->toWork(scenePos)));
    return true;
}

bool PlaceRacksTool::mouseMoved(QMouseEvent *, const QPointF &scenePos)
{
    mHover = view()->snapped(view()->toWork(scenePos));
    updateOverlay();
    return true;
}

bool PlaceRacksTool::keyPressed(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_R:
        setRotation(mRotation + ((event->modifiers() & Qt::ShiftModifier) ? -90 : 90));
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setCount(mCount + 1);
        return true;
    case Qt::Key_Minus:
        setCount(mCount - 1);
        return true;
    default:
        return false;
    }
}

void PlaceRacksTool::mouseLeft()
{
    mHover.reset();
    updateOverlay();
}

void PlaceRacksTool::paintOverlay(QPainter *painter)
{
    PlanDocument *doc = document();
    if (!mHover || doc->currentHall().empty()) return;
    const core::RackType *type = doc->catalog().rackType(mRackType);
    if (!type) return;
    const PlanPalette &pal = PlanPalette::instance();
    painter->setPen(pal.selectionThin);
    painter->setBrush(pal.selectionFill);
    for (const core::Vec2 &p : core::rowPositions(*mHover, mRotation, type->widthM, mCount)) {
        const core::Box b =
            core::footprint(p + view()->workOrigin(), mRotation, type->widthM, type->depthM);
        painter->drawRect(coords::toScene(b));
        const core::Box front =
            core::frontZone(p + view()->workOrigin(), mRotation, type->widthM, type->depthM, 0.15);
        painter->fillRect(coords::toScene(front), pal.selectionFill);
    }
}

QWidget *PlaceRacksTool::createOptionsWidget(QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *type = new QComboBox(w);
    type->setObjectName(QStringLiteral("rackTypeCombo"));
    auto *count = new QSpinBox(w);
    count->setObjectName(QStringLiteral("rackCountSpin"));
    count->setRange(1, 200);
    count->setSuffix(tr(" racks"));
    auto *rotation = new QComboBox(w);
    for (int r : {0, 90, 180, 270})
        rotation->addItem(QStringLiteral("%1°").arg(r), r);
    auto *pair = new QComboBox(w);
    pair->setObjectName(QStringLiteral("feedPairCombo"));
    auto *loop = new QComboBox(w);
    loop->setObjectName(QStringLiteral("loopCombo"));
    layout->addWidget(new QLabel(tr("Type:"), w));
    layout->addWidget(type);
    layout->addWidget(new QLabel(tr("Row of"), w));
    layout->addWidget(count);
    layout->addWidget(new QLabel(tr("Rotation:"), w));
    layout->addWidget(rotation);
    layout->addWidget(new QLabel(tr("Connect to:"), w));
    layout->addWidget(pair);
    layout->addWidget(loop);

    auto refill = [this, type, count, rotation, pair, loop] {
        PlanDocument *doc = document();
        QSignalBlocker b1(type), b2(count), b3(rotation), b4(pair), b5(loop);
        type->clear();
        pair->clear();
        loop->clear();
        pair->addItem(tr("no feeds"), QString());
        loop->addItem(tr("no loop"), QString());
        {
            for (const core::RackType &t : doc->catalog().rackTypes)
                type->addItem(QStringLiteral("%1 (%2 kW)")
                                  .arg(QString::fromStdString(t.name.empty() ? t.id : t.name))
                                  .arg(t.maxKw),
                              QString::fromStdString(t.id));
            if (const core::Hall *h = doc->hall(doc->currentHall())) {
                QStringList pairs;
                for (const core::Feed &f : h->power.feeds) {
                    const QString p = QString::fromStdString(f.pair);
                    if (!f.pair.empty() && !pairs.contains(p)) pairs << p;
                }
                for (const QString &p : pairs)
                    pair->addItem(tr("pair %1").arg(p), p);
                for (const core::Loop &l : h->cooling.loops)
                    loop->addItem(tr("loop %1").arg(QString::fromStdString(l.id)),
                                  QString::fromStdString(l.id));
            }
        }
        type->setCurrentIndex(std::max(0, type->findData(QString::fromStdString(mRackType))));
        count->setValue(mCount);
        rotation->setCurrentIndex(mRotation / 90);
        const int pi = pair->findData(QString::fromStdString(mPair));
        pair->setCurrentIndex(pi < 0 ? 0 : pi);
        const int li = loop->findData(QString::fromStdString(mLoop));
        loop->setCurrentIndex(li < 0 ? 0 : li);
    };
    refill();
    connect(this, &PlaceRacksTool::optionsChanged, w, refill);
    {
        PlanDocument *doc = document();
        connect(doc, &PlanDocument::changed, w, [refill](const ChangeEvent &e) {
            if (e.touches(ChangeEvent::Feeds | ChangeEvent::Loops | ChangeEvent::Halls)) refill();
        });
        connect(doc, &PlanDocument::currentHallChanged, w, refill);
    }
    connect(type, &QComboBox::activated, this,
            [this, type] { setRackType(type->currentData().toString().toStdString()); });
    connect(count, &QSpinBox::valueChanged, this, [this](int v) { setCount(v); });
    connect(rotation, &QComboBox::activated, this,
            [this, rotation] { setRotation(rotation->currentData().toInt()); });
    auto connection = [this, pair, loop] {
        setConnection(pair->currentData().toString().toStdString(),
                      loop->currentData().toString().toStdString());
    };
    connect(pair, &QComboBox::activated, this, connection);
    connect(loop, &QComboBox::activated, this, connection);
    return w;
}

} // namespace hw::ui
