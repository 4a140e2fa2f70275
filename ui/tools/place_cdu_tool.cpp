// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/tools/place_cdu_tool.h"

#include "core/edit/hall_objects.h"
#include "core/geometry/footprint.h"
#include "core/model/resolve.h"
#include "ui/document/plan_document.h"
#include "ui/scene/coords.h"
#include "ui/scene/hall_view.h"
#include "ui/scene/plan_palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>

namespace hw::ui {

PlaceCduTool::PlaceCduTool(HallView *view, QObject *parent)
    : AbstractTool(tr("Place CDU"), QIcon(QStringLiteral(":/icons/tool-cdu.svg")), view, parent)
{}

void PlaceCduTool::activate()
{
    AbstractTool::activate();
    Q_EMIT statusMessage(tr("Click to place a CDU on the chosen loop."));
}

bool PlaceCduTool::placeAt(core::Vec2 p)
{
    PlanDocument *doc = document();
    const std::string hallId = doc->currentHall();
    const core::Hall *hall = doc->hall(hallId);
    auto refuse = [this](const QString &why) {
        Q_EMIT statusMessage(tr("Refused: %1").arg(why));
        return false;
    };
    if (!hall) return refuse(tr("open a hall first"));
    std::string loop = mLoop;
    if (!core::findObject<core::Loop>(*hall, loop))
        loop = hall->cooling.loops.empty() ? std::string() : hall->cooling.loops.front().id;
    if (loop.empty()) return refuse(tr("the hall has no cooling loop yet (Insert ▸ Add Loop)"));
    core::Cdu c;
    c.id = core::freshIds(doc->plan(), core::ObjectKind::Cdu, hallId + "-CDU", 1).front();
    c.loop = loop;
    c.type = mType;
    c.position = p;
    const std::string id = c.id;
    const core::Status s =
        doc->addCdus(hallId, {c}, tr("Place CDU %1").arg(QString::fromStdString(id)));
    if (!s.ok()) return refuse(QString::fromStdString(s.error().toString()));
    doc->setSelection({{core::ObjectKind::Cdu, hallId, id}});
    return true;
}

bool PlaceCduTool::mousePressed(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() != Qt::LeftButton) return false;
    placeAt(view()->snapped(view()->toWork(scenePos)));
    return true;
}

bool PlaceCduTool::mouseMoved(QMouseEvent *, const QPointF &scenePos)
{
    mHover = view()->snapped(view()->toWork(scenePos));
    updateOverlay();
    return true;
}

void PlaceCduTool::mouseLeft()
{
    mHover.reset();
    updateOverlay();
}

void PlaceCduTool::paintOverlay(QPainter *painter)
{
    PlanDocument *doc = document();
    if (!mHover || doc->currentHall().empty()) return;
    core::Cdu probe;
    probe.type = mType;
    const core::CduValues v = core::resolveCdu(probe, doc->catalog());
    const core::Box b = core::footprint(*mHover + view()->workOrigin(), 0, v.widthM.value_or(1.2),
                                        v.depthM.value_or(1.2));
    const PlanPalette &pal = PlanPalette::instance();
    painter->setPen(pal.selectionThin);
    painter->setBrush(pal.selectionFill);
    painter->drawRect(coords::toScene(b));
}

QWidget *PlaceCduTool::createOptionsWidget(QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *type = new QComboBox(w);
    auto *loop = new QComboBox(w);
    layout->addWidget(new QLabel(tr("CDU type:"), w));
    layout->addWidget(type);
    layout->addWidget(new QLabel(tr("Loop:"), w));
    layout->addWidget(loop);
    auto refill = [this, type, loop] {
        PlanDocument *doc = document();
        QSignalBlocker b1(type), b2(loop);
        type->clear();
        loop->clear();
        for (const core::CduType &t : doc->catalog().cduTypes)
            type->addItem(QStringLiteral("%1 (%2 kW)")
                              .arg(QString::fromStdString(t.name.empty() ? t.id : t.name))
                              .arg(t.capacityKw.value_or(0)),
                          QString::fromStdString(t.id));
        if (const core::Hall *h = doc->hall(doc->currentHall())) {
            for (const core::Loop &l : h->cooling.loops)
                loop->addItem(QString::fromStdString(l.id), QString::fromStdString(l.id));
        }
        type->setCurrentIndex(std::max(0, type->findData(QString::fromStdString(mType))));
        const int li = loop->findData(QString::fromStdString(mLoop));
        loop->setCurrentIndex(li < 0 ? 0 : li);
        mLoop = loop->currentData().toString().toStdString();
    };
    refill();
    connect(document(), &PlanDocument::changed, w, [refill](const ChangeEvent &e) {
        if (e.touches(ChangeEvent::Loops | ChangeEvent::Halls)) refill();
    });
    connect(document(), &PlanDocument::currentHallChanged, w, refill);
    connect(type, &QComboBox::activated, this,
            [this, type] { mType = type->currentData().toString().toStdString(); });
    connect(loop, &QComboBox::activated, this,
            [this, loop] { mLoop = loop->currentData().toString().toStdString(); });
    return w;
}

} // namespace hw::ui
