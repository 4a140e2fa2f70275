// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/panels/catalog_panel.h"

#include "core/model/resolve.h"
#include "ui/document/plan_document.h"
#include "ui/scene/plan_palette.h"

#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace hw::ui {

namespace {
const char *const kRackTypeMime = "application/x-hallwright-rack-type";

/** A list that drags the rack type id under the catalog MIME type. */
class CatalogList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {QLatin1String(kRackTypeMime)}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty()) return nullptr;
        auto *data = new QMimeData;
        data->setData(QLatin1String(kRackTypeMime),
                      items.first()->data(Qt::UserRole).toString().toUtf8());
        return data;
    }
};

QIcon rackIcon(double w, double d)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    const double s = 26 / std::max(w, d);
    const QRectF r(16 - w * s / 2, 16 - d * s / 2, w * s, d * s);
    p.setPen(QPen(QColor(40, 40, 40), 1));
    p.setBrush(PlanPalette::instance().colours[0]);
    p.drawRect(r);
    p.setPen(QPen(QColor(20, 20, 20), 2));
    p.drawLine(r.topLeft(), r.topRight());
    return QIcon(pm);
}
} // namespace

CatalogPanel::CatalogPanel(PlanDocument *document, QWidget *parent)
    : QDockWidget(tr("Catalog"), parent), mDocument(document), mList(new CatalogList(this))
{
    setObjectName(QStringLiteral("CatalogPanel"));
    mList->setObjectName(QStringLiteral("catalogList"));
    mList->setDragEnabled(true);
    mList->setDragDropMode(QAbstractItemView::DragOnly);
    mList->setIconSize(QSize(32, 32));
    mList->setWordWrap(true);
    setWidget(mList);
    connect(mList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT rackTypeChosen(item->data(Qt::UserRole).toString());
    });
    connect(mDocument, &PlanDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.everything()) refill();
    });
    refill();
}

void CatalogPanel::refill()
{
    mList->clear();
    for (const core::RackType &t : mDocument->catalog().rackTypes) {
        const QString name = QString::fromStdString(t.name.empty() ? t.id : t.name);
        auto *item =
            new QListWidgetItem(rackIcon(t.widthM, t.depthM), tr("%1\n%2 kW · %3 × %4 m · %5 GPUs")
                                                                  .arg(name)
                                                                  .arg(t.maxKw)
                                                                  .arg(t.widthM)
                                                                  .arg(t.depthM)
                                                                  .arg(t.gpuCount()));
        item->setData(Qt::UserRole, QString::fromStdString(t.id));
        item->setToolTip(tr("%1 (%2): drag onto the plan, or click and then click on the plan.\n"
                            "Liquid-cooled share %3 %. Source: %4 (confidence %5).")
                             .arg(name, QString::fromStdString(t.id))
                             .arg(t.liquidShare() * 100)
                             .arg(QString::fromStdString(t.provenance.source),
                                  QString::fromStdString(t.provenance.confidence)));
        mList->addItem(item);
    }
}

} // namespace hw::ui
