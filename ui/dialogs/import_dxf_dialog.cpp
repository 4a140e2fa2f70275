// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/dialogs/import_dxf_dialog.h"

#include "core/edit/hall_ops.h"
#include "core/io/export_text.h"
#include "ui/commands/macro_guard.h"
#include "ui/document/plan_document.h"
#include "ui/scene/hall_item.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/underlay_item.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hw::ui {

/** The drawing in grey, the outline to be taken in green, the obstacles in red; north up. */
class DxfPreview : public QWidget
{
public:
    using QWidget::QWidget;

    void setContent(std::optional<core::DxfUnderlay> drawing,
                    std::optional<core::DxfHallGeometry> geometry)
    {
        mDrawing = std::move(drawing);
        mGeometry = std::move(geometry);
        update();
    }
    QSize sizeHint() const override { return QSize(320, 240); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(0xfb, 0xfb, 0xf8));
        p.setPen(QColor(180, 180, 180));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
        if (!mDrawing || mDrawing->segments.empty()) return;
        const double w = std::max(1e-9, mDrawing->maxX - mDrawing->minX);
        const double h = std::max(1e-9, mDrawing->maxY - mDrawing->minY);
        const double s = std::min((width() - 16) / w, (height() - 16) / h);
        const double ox = (width() - w * s) / 2, oy = (height() + h * s) / 2;
        auto map = [&](core::Vec2 v) {
            return QPointF(ox + (v.x - mDrawing->minX) * s, oy - (v.y - mDrawing->minY) * s);
        };
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(120, 125, 135), 0));
        for (const auto &[a, b] : mDrawing->segments)
            p.drawLine(map(a), map(b));
        if (!mGeometry) return;
        auto polygon = [&](const core::Polyline &ring) {
            QPolygonF poly;
            for (const auto &v : ring)
                poly << map(v);
            return poly;
        };
        p.setPen(QPen(QColor(0xd0, 0x30, 0x30), 1.5));
        p.setBrush(QColor(0xd0, 0x30, 0x30, 60));
        for (const auto &o : mGeometry->obstacles)
            p.drawPolygon(polygon(o.polygon));
        p.setPen(QPen(QColor(0x22, 0x88, 0x33), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(polygon(mGeometry->outline));
    }

private:
    std::optional<core::DxfUnderlay> mDrawing;
    std::optional<core::DxfHallGeometry> mGeometry;
};

namespace {

const char *const kUnitNames[] = {"m", "cm", "mm", "dm", "in", "ft", "yd", "km"};

QString suggestHallId(const core::Plan &plan)
{
    for (int n = int(plan.halls.size()) + 1;; ++n) {
        const QString id = QStringLiteral("H%1").arg(n);
        if (!plan.hall(id.toStdString())) return id;
    }
}

} // namespace

ImportDxfDialog::ImportDxfDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), mDocument(document)
{
    setWindowTitle(tr("Import DXF"));
    mPath = new QLineEdit(this);
    mPath->setReadOnly(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mPath, 1);
    fileRow->addWidget(browse);

    mUnitsFound = new QLabel(this);
    mUnits = new QComboBox(this);
    mUnits->addItem(tr("as the drawing says"), QString());
    for (const char *u : kUnitNames)
        mUnits->addItem(QString::fromLatin1(u), QString::fromLatin1(u));

    mOutlineLayers = new QListWidget(this);
    mObstacleLayers = new QListWidget(this);
    auto *layers = new QGridLayout;
    auto *outlineLabel = new QLabel(tr("Hall &outline (largest closed polyline):"), this);
    outlineLabel->setBuddy(mOutlineLayers);
    auto *obstacleLabel = new QLabel(tr("O&bstacles (every closed polyline):"), this);
    obstacleLabel->setBuddy(mObstacleLayers);
    layers->addWidget(outlineLabel, 0, 0);
    layers->addWidget(obstacleLabel, 0, 1);
    layers->addWidget(mOutlineLayers, 1, 0);
    layers->addWidget(mObstacleLayers, 1, 1);

    mNewHall = new QRadioButton(tr("As a &new hall:"), this);
    mNewHallId = new QLineEdit(suggestHallId(document->plan()), this);
    mMoveToOrigin = new QCheckBox(tr("move its corner to (0, 0)"), this);
    mMoveToOrigin->setChecked(true);
    mReplace = new QRadioButton(tr("&Replace the outline of:"), this);
    mReplaceHall = new QComboBox(this);
    for (const auto &h : document->plan().halls)
        mReplaceHall->addItem(QString::fromStdString(h.id));
    if (!document->currentHall().empty())
        mReplaceHall->setCurrentText(QString::fromStdString(document->currentHall()));
    mReplace->setEnabled(mReplaceHall->count() > 0);
    mNewHall->setChecked(true);
    auto *target = new QGridLayout;
    target->addWidget(mNewHall, 0, 0);
    target->addWidget(mNewHallId, 0, 1);
    target->addWidget(mMoveToOrigin, 0, 2);
    target->addWidget(mReplace, 1, 0);
    target->addWidget(mReplaceHall, 1, 1);
    mUnderlay = new QCheckBox(tr("Also show the drawing behind the hall as an &underlay"), this);
    mStatus = new QLabel(this);
    mStatus->setWordWrap(true);
    mPreview = new DxfPreview(this);
    mPreview->setMinimumSize(280, 240);

    auto *form = new QFormLayout;
    form->addRow(tr("Drawing:"), fileRow);
    form->addRow(tr("Units:"), mUnitsFound);
    form->addRow(tr("&Use units:"), mUnits);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(layers);
    left->addLayout(target);
    left->addWidget(mUnderlay);
    left->addWidget(mStatus);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(mPreview, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDxfDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDxfDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDxfDialog::reject);
    for (QListWidget *list : {mOutlineLayers, mObstacleLayers})
        connect(list, &QListWidget::itemChanged, this, &ImportDxfDialog::updatePreview);
    connect(mUnits, &QComboBox::currentIndexChanged, this, &ImportDxfDialog::updatePreview);
    connect(mNewHall, &QRadioButton::toggled, this, &ImportDxfDialog::updatePreview);
    updatePreview();
}

void ImportDxfDialog::run(PlanDocument *document, HallScene *scene, QWidget *parent)
{
    ImportDxfDialog dialog(document, parent);
    if (dialog.exec() != QDialog::Accepted) return;
    if (dialog.wantsUnderlay() && scene) {
        if (auto underlay = dialog.underlay(); underlay.ok()) {
            if (QGraphicsItem *hall = scene->hallItem(dialog.targetHall()))
                new UnderlayItem(*underlay, hall);
        }
    }
}

void ImportDxfDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import DXF"), mPath->text(), tr("DXF drawings (*.dxf *.DXF);;All files (*)"));
    if (!path.isEmpty()) loadFile(path);
}

bool ImportDxfDialog::loadFile(const QString &path)
{
    auto drawing = core::readDxfFile(path.toStdString());
    if (!drawing) {
        QMessageBox::warning(this, tr("Import DXF"),
                             QString::fromStdString(drawing.error().toString()));
        return false;
    }
    mDrawing = std::move(*drawing);
    mPath->setText(path);
    const QSignalBlocker b1(mOutlineLayers), b2(mObstacleLayers);
    mOutlineLayers->clear();
    mObstacleLayers->clear();
    for (const auto &l : mDrawing->layers) {
        QString text = tr("%1  (%2 closed, %3 other)")
                           .arg(QString::fromStdString(l.name))
                           .arg(l.closedPolylines)
                           .arg(l.otherEntities);
        if (l.unreadEntities > 0)
            text += tr(", %n not read (blocks, text)", nullptr, l.unreadEntities);
        for (QListWidget *list : {mOutlineLayers, mObstacleLayers}) {
            auto *item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, QString::fromStdString(l.name));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            if (l.closedPolylines == 0)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    if (mDrawing->insUnits && core::metresPerDxfUnit(*mDrawing->insUnits)) {
        mUnitsFound->setText(tr("1 drawing unit = %1 m ($INSUNITS %2)")
                                 .arg(QString::fromStdString(core::formatDecimal(
                                     *core::metresPerDxfUnit(*mDrawing->insUnits), 4)))
                                 .arg(*mDrawing->insUnits));
    } else {
        mUnitsFound->setText(tr("not given in the drawing: choose them below"));
    }
    updatePreview();
    return true;
}

QStringList ImportDxfDialog::checked(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            names << list->item(i)->data(Qt::UserRole).toString();
    }
    return names;
}

std::optional<double> ImportDxfDialog::metresPerUnit() const
{
    const QString unit = mUnits->currentData().toString();
    return unit.isEmpty() ? std::nullopt : core::metresPerUnitName(unit.toStdString());
}

core::Result<core::DxfHallGeometry> ImportDxfDialog::geometry() const
{
    if (!mDrawing) return core::Error(tr("Choose a DXF drawing.").toStdString());
    core::DxfImportOptions options;
    for (const QString &l : checked(mOutlineLayers))
        options.outlineLayers.push_back(l.toStdString());
    for (const QString &l : checked(mObstacleLayers))
        options.obstacleLayers.push_back(l.toStdString());
    options.metresPerUnit = metresPerUnit();
    options.obstacleIdPrefix = targetHall() + "-OBS";
    return core::hallGeometryFromDxf(*mDrawing, options);
}

std::string ImportDxfDialog::targetHall() const
{
    return (createsHall() ? mNewHallId->text() : mReplaceHall->currentText())
        .trimmed()
        .toStdString();
}

bool ImportDxfDialog::createsHall() const
{
    return mNewHall->isChecked();
}

bool ImportDxfDialog::wantsUnderlay() const
{
    return mUnderlay->isChecked();
}

core::Result<core::DxfUnderlay> ImportDxfDialog::underlay() const
{
    if (!mDrawing) return core::Error("no drawing");
    auto u = core::underlayFromDxf(*mDrawing, metresPerUnit());
    if (!u || !createsHall() || !mMoveToOrigin->isChecked()) return u;
    // The hall was moved to (0, 0): move its background with it.
    auto g = geometry();
    if (!g || g->outline.empty()) return u;
    core::Vec2 low = g->outline.front();
    for (const auto &p : g->outline)
        low = {std::min(low.x, p.x), std::min(low.y, p.y)};
    for (auto &[a, b] : u->segments) {
        a = a - low;
        b = b - low;
    }
    u->minX -= low.x;
    u->maxX -= low.x;
    u->minY -= low.y;
    u->maxY -= low.y;
    return u;
}

void ImportDxfDialog::updatePreview()
{
    mNewHallId->setEnabled(mNewHall->isChecked());
    mMoveToOrigin->setEnabled(mNewHall->isChecked());
    mReplaceHall->setEnabled(mReplace->isChecked());
    if (!mDrawing) {
        mStatus->setText(
            tr("Choose a DXF drawing, then the layers of the hall outline and of the obstacles."));
        mPreview->setContent(std::nullopt, std::nullopt);
        return;
    }
    auto drawing = core::underlayFromDxf(*mDrawing, metresPerUnit().value_or(1.0));
    auto g = geometry();
    if (g) {
        const auto &o = g->outline;
        double minX = o.front().x, maxX = minX, minY = o.front().y, maxY = minY;
        for (const auto &p : o) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
        QString text = tr("Outline: %1 corners, %2 × %3 m; %4 obstacles.")
                           .arg(o.size())
                           .arg(maxX - minX, 0, 'f', 2)
                           .arg(maxY - minY, 0, 'f', 2)
                           .arg(g->obstacles.size());
        // The importer's notes (skipped polylines, an outline of implausible size) are shown.
        for (const std::string &note : g->notes)
            text += QStringLiteral("\n") + QString::fromStdString(note);
        mStatus->setText(text);
    } else {
        mStatus->setText(QString::fromStdString(g.error().toString()));
    }
    // Preview in drawing units scaled to metres when known, so the two overlays agree.
    if (drawing && g) {
        const double scale = g->metresPerUnit;
        auto metres = core::underlayFromDxf(*mDrawing, scale);
        mPreview->setContent(metres ? std::optional(*metres) : std::nullopt, *g);
    } else {
        mPreview->setContent(drawing ? std::optional(*drawing) : std::nullopt, std::nullopt);
    }
}

core::Status ImportDxfDialog::apply()
{
    auto g = geometry();
    if (!g) return g.error();
    const std::string id = targetHall();
    if (createsHall()) {
        auto plan =
            core::addHallFromDxf(mDocument->plan(), id, std::move(*g), mMoveToOrigin->isChecked());
        if (!plan) return plan.error();
        return mDocument->addHall(plan->halls.back());
    }
    const core::Hall *old = mDocument->hall(id);
    if (!old) return core::Error("no hall \"" + id + "\"");
    const bool obstacles = !checked(mObstacleLayers).isEmpty();
    auto plan = core::replaceHallOutlineFromDxf(mDocument->plan(), id, std::move(*g), obstacles);
    if (!plan) return plan.error();
    const core::Hall &changed = *plan->hall(id);
    core::HallProperties properties = core::hallProperties(*old);
    properties.outline = changed.outline;
    const MacroGuard macro(mDocument->undoStack(), tr("Import hall outline from DXF"));
    if (auto s = mDocument->changeHallProperties(id, properties, tr("Replace hall outline")); !s)
        return s;
    if (obstacles) {
        std::vector<core::ObjectRef> removed;
        for (const auto &o : old->obstacles)
            removed.push_back({core::ObjectKind::Obstacle, id, o.id});
        if (!removed.empty()) {
            if (auto s = mDocument->removeObjects(removed); !s) return s;
        }
        if (!changed.obstacles.empty())
            return mDocument->addObstacles(id, changed.obstacles, tr("Add obstacles from DXF"));
    }
    return core::Done{};
}

void ImportDxfDialog::accept()
{
    if (auto s = apply(); !s) {
        QMessageBox::warning(this, tr("Import DXF"), QString::fromStdString(s.error().toString()));
        return;
    }
    QDialog::accept();
}

void ImportDxfDialog::setOutlineLayers(const QStringList &layers)
{
    for (int i = 0; i < mOutlineLayers->count(); ++i) {
        auto *item = mOutlineLayers->item(i);
        item->setCheckState(layers.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
}

void ImportDxfDialog::setObstacleLayers(const QStringList &layers)
{
    for (int i = 0; i < mObstacleLayers->count(); ++i) {
        auto *item = mObstacleLayers->item(i);
        item->setCheckState(layers.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
}

void ImportDxfDialog::setUnits(const QString &unit)
{
    mUnits->setCurrentIndex(std::max(0, mUnits->findData(unit)));
}

void ImportDxfDialog::setNewHall(const QString &id, bool moveToOrigin)
{
    mNewHall->setChecked(true);
    mNewHallId->setText(id);
    mMoveToOrigin->setChecked(moveToOrigin);
    updatePreview();
}

void ImportDxfDialog::setReplaceOutline(const QString &hallId)
{
    mReplace->setChecked(true);
    mReplaceHall->setCurrentText(hallId);
    updatePreview();
}

} // namespace hw::ui
