// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/charts/chart_widget.h"

#include "ui/charts/chart_export.h"
#include "ui/render/plan_renderer.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <set>

namespace hw::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

/** Fixed colours for the known keys, so "load" is the same blue on every chart. */
QColor keyColour(const ChartSeries &s, int index, bool dark)
{
    static const std::map<std::string, const char *> fixed = {
        {"load", "#4477AA"},
        {"worst", "#EE7733"},
        {"whatif", "#AA3377"},
        {"heat", "#4477AA"},
        {"flow", "#33A0C8"},
        {"headroom", "#228833"},
        {"stranded", "#CC6677"},
        {"space", "#999933"},
        {"power", "#4477AA"},
        {"liquid", "#33A0C8"},
        {"air", "#228833"},
        {"addable", "#332288"},
        {"it", "#4477AA"},
        {"facility", "#EE7733"},
        {"itLoad", "#4477AA"},
        {"liquidLoad", "#33A0C8"},
        {"airLoad", "#228833"},
        {"powerCapacity", "#1F3F6F"},
        {"liquidCapacity", "#0F6F8F"},
        {"airCapacity", "#115522"},
        {"kwPerM2", "#EE7733"},
        {"gpusPerMw", "#228833"},
        {"installed", "#4477AA"},
        {"reserved", "#88AADD"},
    };
    QColor c;
    if (!s.colour.empty()) {
        c = QColor(str(s.colour));
    } else if (auto it = fixed.find(s.key); it != fixed.end()) {
        c = QColor(QLatin1String(it->second));
    } else {
        // Halls, precisions: the plan's categorical colours, red left for marks.
        static const int skipRed[] = {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        c = categoricalColour(skipRed[index % 11]);
    }
    if (dark && c.lightness() < 110) c = c.lighter(150);
    return c;
}

/** Scales a font whether its size is in points (the desktop) or pixels (slides). */
void scaleFont(QFont &font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
}

QColor markColour(bool dark)
{
    return dark ? QColor(0xFF, 0x6E, 0x54) : QColor(0xCC, 0x33, 0x11);
}

QColor bindingColour(bool dark)
{
    return dark ? QColor(0xFF, 0x66, 0xAA) : QColor(0xEE, 0x33, 0x77);
}

int decimalsFor(ChartKind kind)
{
    switch (kind) {
    case ChartKind::LoopFlow:
    case ChartKind::Headroom:
    case ChartKind::ScenarioHeadroom:
    case ChartKind::DensityGpus:
        return 0;
    case ChartKind::DensityPflops:
        return 3;
    case ChartKind::DensityKw:
    case ChartKind::ScenarioPower:
        return 2;
    default:
        return 1;
    }
}

/** What a marked category means on each kind of chart. */
enum class Mark
{
    Over,
    Binding,
    RunOut,
    Active,
    None
};

Mark markOf(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Feeds:
    case ChartKind::Sources:
    case ChartKind::LoopHeat:
    case ChartKind::LoopFlow:
    case ChartKind::Air:
        return Mark::Over;
    case ChartKind::Headroom:
        return Mark::Binding;
    case ChartKind::Timeline:
        return Mark::RunOut;
    case ChartKind::ScenarioPower:
    case ChartKind::ScenarioCompute:
    case ChartKind::ScenarioStranded:
    case ChartKind::ScenarioHeadroom:
        return Mark::Active;
    default:
        return Mark::None;
    }
}

} // namespace

/** The Qt Charts view with the objects ChartWidget reads back. */
class ChartCanvas : public QChartView
{
public:
    explicit ChartCanvas(QWidget *parent) : QChartView(parent)
    {
        setRenderHint(QPainter::Antialiasing);
        clear();
    }

    /** A fresh chart each time: removing axes from a live chart can leave their labels drawn. */
    void clear()
    {
        auto *fresh = new QChart;
        fresh->setAnimationOptions(QChart::NoAnimation);
        fresh->legend()->setAlignment(Qt::AlignBottom);
        fresh->layout()->setContentsMargins(2, 2, 2, 2);
        fresh->setBackgroundRoundness(0);
        QChart *old = chart();
        setChart(fresh);
        delete old;
        bars = nullptr;
        sets.clear();
        lines.clear();
        axisX = nullptr;
        axisY = nullptr;
    }

    QAbstractBarSeries *bars = nullptr;
    std::vector<QBarSet *> sets;
    /** Per legend name: the line series drawn for it (one per category, or one on a timeline). */
    std::vector<std::pair<QString, std::vector<QLineSeries *>>> lines;
    QBarCategoryAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    std::function<void()> onResize;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QChartView::resizeEvent(event);
        if (onResize) onResize();
    }
};

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent), mCanvas(new ChartCanvas(this)), mEmpty(new QLabel(this)),
      mStack(new QStackedLayout(this))
{
    mEmpty->setAlignment(Qt::AlignCenter);
    mEmpty->setWordWrap(true);
    mEmpty->setMargin(12);
    mStack->setContentsMargins(0, 0, 0, 0);
    mStack->addWidget(mCanvas);
    mStack->addWidget(mEmpty);
    mCanvas->onResize = [this] { restyle(); };
    setMinimumSize(280, 220);
    setToolTip(QString());
    rebuild();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setData(ChartData data)
{
    mData = std::move(data);
    rebuild();
}

void ChartWidget::setContext(const QString &context)
{
    if (context == mContext) return;
    mContext = context;
    restyle();
}

QString ChartWidget::unit(ChartKind kind)
{
    switch (kind) {
    case ChartKind::LoopFlow:
        return tr("L/min");
    case ChartKind::Headroom:
    case ChartKind::ScenarioHeadroom:
        return tr("racks");
    case ChartKind::DensityPflops:
        return tr("PFLOPS/m²");
    case ChartKind::DensityKw:
        return tr("kW/m²");
    case ChartKind::DensityGpus:
        return tr("GPUs/MW");
    case ChartKind::ScenarioPower:
        return tr("MW");
    case ChartKind::ScenarioCompute:
        return tr("PFLOPS");
    case ChartKind::TenantShare:
        return tr("%");
    default:
        return tr("kW");
    }
}

QString ChartWidget::seriesName(const ChartSeries &s)
{
    if (!s.label.empty()) return str(s.label);
    static const std::map<std::string, const char *> names = {
        {"load", QT_TR_NOOP("Normal load")},
        {"worst", QT_TR_NOOP("Worst single failure")},
        {"whatif", QT_TR_NOOP("Under the what-if failure")},
        {"capacity", QT_TR_NOOP("Usable capacity")},
        {"heat", QT_TR_NOOP("Liquid heat")},
        {"flow", QT_TR_NOOP("Coolant flow")},
        {"space", QT_TR_NOOP("Space")},
        {"power", QT_TR_NOOP("Power")},
        {"liquid", QT_TR_NOOP("Liquid cooling")},
        {"air", QT_TR_NOOP("Air cooling")},
        {"it", QT_TR_NOOP("IT")},
        {"facility", QT_TR_NOOP("Facility")},
        {"kwPerM2", QT_TR_NOOP("kW per m²")},
        {"gpusPerMw", QT_TR_NOOP("GPUs per MW of IT")},
        {"itLoad", QT_TR_NOOP("IT load")},
        {"liquidLoad", QT_TR_NOOP("Liquid heat")},
        {"airLoad", QT_TR_NOOP("Air heat")},
        {"powerCapacity", QT_TR_NOOP("Usable power")},
        {"liquidCapacity", QT_TR_NOOP("Usable liquid")},
        {"airCapacity", QT_TR_NOOP("Usable air")},
        {"headroom", QT_TR_NOOP("Further racks")},
        {"stranded", QT_TR_NOOP("Stranded")},
        {"addable", QT_TR_NOOP("Addable racks")},
        {"installed", QT_TR_NOOP("Installed")},
        {"reserved", QT_TR_NOOP("Reserved")},
    };
    if (auto it = names.find(s.key); it != names.end()) return tr(it->second);
    // Precisions read as their usual upper-case names; hall ids as they are.
    static const std::set<std::string> precisions = {"fp4",  "fp6",  "fp8",  "fp16", "bf16",
                                                     "tf32", "fp32", "fp64", "int8"};
    if (precisions.count(s.key)) return str(s.key).toUpper();
    return str(s.key);
}

QString ChartWidget::emptyMessage() const
{
    return mStack->currentWidget() == mEmpty ? mEmpty->text() : QString();
}

void ChartWidget::setTitleVisible(bool visible)
{
    mTitleVisible = visible;
    restyle();
}

void ChartWidget::setMessage(const QString &message)
{
    mEmpty->setText(message);
    mStack->setCurrentWidget(mEmpty);
}

QString ChartWidget::format(double value) const
{
    if (std::isnan(value)) return tr("not modelled");
    return QString::number(value, 'f', decimalsFor(mData.kind));
}

QString ChartWidget::categoryLabel(int i) const
{
    const std::size_t k = std::size_t(i);
    const QString id = str(mData.categories[k]);
    const QString note = k < mData.notes.size() ? str(mData.notes[k]) : QString();
    QString label = id;
    switch (mData.kind) {
    case ChartKind::Timeline:
        label = id.isEmpty() ? tr("existing") : id;
        if (!note.isEmpty()) label += QLatin1Char(' ') + note;
        break;
    case ChartKind::ScenarioPower:
    case ChartKind::ScenarioCompute:
    case ChartKind::ScenarioStranded:
    case ChartKind::ScenarioHeadroom:
    case ChartKind::TenantKw:
        if (!note.isEmpty()) label = note;
        if (label.isEmpty()) label = tr("this plan");
        break;
    case ChartKind::Headroom:
    case ChartKind::Stranded:
        if (mData.hall.empty() && mData.kind == ChartKind::Headroom) break;
        label = seriesName(ChartSeries(mData.categories[k], {}));
        break;
    default:
        break;
    }
    if (mData.siteCategory == i) label = tr("Site");
    QStringList flags;
    if (mData.kind == ChartKind::Headroom && mData.hall.empty() && k < mData.binding.size() &&
        mData.binding[k] >= 0 && std::size_t(mData.binding[k]) < mData.series.size())
        flags << tr("%1 binds").arg(str(mData.series[std::size_t(mData.binding[k])].key));
    if (k < mData.failed.size() && mData.failed[k])
        flags << (mData.kind == ChartKind::LoopHeat || mData.kind == ChartKind::LoopFlow
                      ? tr("CDU failed")
                      : tr("failed"));
    if (k < mData.marked.size() && mData.marked[k]) {
        switch (markOf(mData.kind)) {
        case Mark::Over:
            flags << tr("over");
            break;
        case Mark::Binding:
            flags << tr("binding");
            break;
        case Mark::RunOut:
            flags << tr("run-out");
            break;
        case Mark::Active:
            flags << tr("active");
            break;
        case Mark::None:
            break;
        }
    }
    if (!flags.isEmpty())
        label += QStringLiteral(" (") + flags.join(QStringLiteral(", ")) + QLatin1Char(')');
    return label;
}

void ChartWidget::rebuild()
{
    mCanvas->clear();
    QChart *chart = mCanvas->chart();
    if (mData.empty() || mData.series.empty()) {
        QString what;
        switch (mData.kind) {
        case ChartKind::Feeds:
            what = tr("No feeds to chart here.");
            break;
        case ChartKind::Sources:
            what = tr("No power sources to chart here.");
            break;
        case ChartKind::LoopHeat:
        case ChartKind::LoopFlow:
            what = tr("No liquid loops to chart here.");
            break;
        case ChartKind::Air:
            what = tr("No hall here models air cooling.");
            break;
        case ChartKind::Timeline:
            what = tr("The plan has no phases. Give the plan phases with dates and the racks a "
                      "phase to see the build-out against capacity.");
            break;
        case ChartKind::TenantKw:
        case ChartKind::TenantShare:
            what = tr("No tenant holds racks or reservations here.");
            break;
        default:
            what = tr("Nothing to chart yet.");
            break;
        }
        mEmpty->setText(what);
        mStack->setCurrentWidget(mEmpty);
        return;
    }
    mStack->setCurrentWidget(mCanvas);

    const int n = int(mData.categories.size());
    QStringList labels;
    for (int i = 0; i < n; ++i) {
        QString l = categoryLabel(i);
        while (labels.contains(l)) // the category axis needs distinct labels
            l += QChar(0x200B);
        labels << l;
    }
    mLabels = labels;
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    auto *axisY = new QValueAxis;
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    mCanvas->axisX = axisX;
    mCanvas->axisY = axisY;

    QAbstractBarSeries *bars = mData.stacked
                                   ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                   : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double top = 0, bottom = 0;
    std::vector<double> stackedTop(std::size_t(n), 0.0);
    for (const ChartSeries &s : mData.series) {
        if (s.line) continue;
        auto *set = new QBarSet(seriesName(s));
        for (int i = 0; i < n; ++i) {
            const double v = std::size_t(i) < s.values.size() ? s.values[std::size_t(i)] : kNaN;
            const double shown = std::isnan(v) ? 0.0 : v;
            set->append(shown);
            stackedTop[std::size_t(i)] += std::max(0.0, shown);
            top = std::max(top, mData.stacked ? stackedTop[std::size_t(i)] : shown);
            bottom = std::min(bottom, shown);
        }
        bars->append(set);
        mCanvas->sets.push_back(set);
    }
    // Marked categories: their bars in the marking colour (restyle() sets the colours); on a
    // load-against-capacity chart only the bars above the capacity.
    std::vector<const ChartSeries *> barSeries;
    const ChartSeries *capacity = nullptr;
    for (const ChartSeries &s : mData.series) {
        if (!s.line)
            barSeries.push_back(&s);
        else if (s.key == "capacity")
            capacity = &s;
    }
    for (std::size_t si = 0; si < mCanvas->sets.size(); ++si) {
        QList<int> selected;
        for (int i = 0; i < n; ++i) {
            const std::size_t k = std::size_t(i);
            bool mark = false;
            if (mData.kind == ChartKind::Headroom && mData.hall.empty())
                mark = k < mData.binding.size() && mData.binding[k] == int(si);
            else if (markOf(mData.kind) != Mark::Active && markOf(mData.kind) != Mark::None)
                mark = k < mData.marked.size() && mData.marked[k];
            if (mark && markOf(mData.kind) == Mark::Over && capacity &&
                k < capacity->values.size() && !std::isnan(capacity->values[k]) &&
                k < barSeries[si]->values.size())
                mark = barSeries[si]->values[k] > capacity->values[k] + 1e-6;
            if (mData.siteCategory == i) mark = true;
            if (mark) selected << i;
        }
        mCanvas->sets[si]->selectBars(selected);
    }
    bars->setBarWidth(mCanvas->sets.size() > 2 ? 0.85 : 0.7);
    chart->addSeries(bars);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);
    mCanvas->bars = bars;
    connect(bars, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        if (on)
            showToolTip(index);
        else
            QToolTip::hideText();
    });

    const bool joinedLine = mData.kind == ChartKind::Timeline;
    for (const ChartSeries &s : mData.series) {
        if (!s.line) continue;
        const QString name = seriesName(s);
        std::vector<QLineSeries *> parts;
        auto attach = [&](QLineSeries *l) {
            l->setName(name);
            chart->addSeries(l);
            l->attachAxis(axisX);
            l->attachAxis(axisY);
            parts.push_back(l);
            connect(l, &QLineSeries::hovered, this, [this](const QPointF &p, bool on) {
                if (on)
                    showToolTip(int(std::lround(p.x())));
                else
                    QToolTip::hideText();
            });
        };
        if (joinedLine) {
            auto *l = new QLineSeries;
            for (int i = 0; i < n; ++i) {
                const double v = s.values[std::size_t(i)];
                if (!std::isnan(v)) l->append(i, v);
            }
            l->setPointsVisible(true);
            attach(l);
        } else {
            for (int i = 0; i < n; ++i) {
                const double v = s.values[std::size_t(i)];
                if (std::isnan(v)) continue;
                auto *l = new QLineSeries;
                l->append(i - 0.45, v);
                l->append(i + 0.45, v);
                attach(l);
            }
        }
        for (double v : s.values) {
            if (!std::isnan(v)) top = std::max(top, v);
        }
        if (!parts.empty()) mCanvas->lines.emplace_back(name, std::move(parts));
    }
    // One legend entry per capacity series, not one per tick.
    for (const auto &[name, parts] : mCanvas->lines) {
        for (std::size_t i = 1; i < parts.size(); ++i) {
            for (QLegendMarker *m : chart->legend()->markers(parts[i]))
                m->setVisible(false);
        }
    }

    axisY->setRange(bottom, top > bottom ? top * 1.08 : bottom + 1.0);
    axisY->applyNiceNumbers();
    axisY->setTitleText(unit(mData.kind));
    const int decimals = top < 2 ? 2 : (top < 20 ? 1 : 0);
    axisY->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    restyle();
}

void ChartWidget::restyle()
{
    if (mRestyling || !mCanvas->axisX) return;
    mRestyling = true;
    QChart *chart = mCanvas->chart();
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(dark ? 55 : 40);
    QColor axisLine = text;
    axisLine.setAlpha(140);
    chart->setBackgroundBrush(pal.color(QPalette::Window));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    mCanvas->setBackgroundBrush(pal.color(QPalette::Window));

    QFont body = font();
    QFont titleFont = body;
    titleFont.setBold(true);
    scaleFont(titleFont, 1.15);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(text);
    if (mTitleVisible)
        chart->setTitle(
            QStringLiteral("<span>%1</span><br><span style=\"font-weight:normal\">%2</span>")
                .arg(title().section(QStringLiteral(" — "), 0, 0).toHtmlEscaped(),
                     title().section(QStringLiteral(" — "), 1).toHtmlEscaped()));
    else
        chart->setTitle(QString());

    for (QAbstractAxis *a : {static_cast<QAbstractAxis *>(mCanvas->axisX),
                             static_cast<QAbstractAxis *>(mCanvas->axisY)}) {
        a->setLabelsFont(body);
        a->setLabelsColor(text);
        a->setTitleFont(body);
        a->setTitleBrush(text);
        a->setLinePen(QPen(axisLine, 1));
        a->setGridLineColor(grid);
        a->setMinorGridLineColor(grid);
    }
    mCanvas->axisX->setGridLineVisible(false);
    // Labels side by side when they fit; else turned upright, in a smaller font when the bars
    // are narrow, and when even that is too wide only every k-th label (the tooltip names all).
    const int n = int(mLabels.size());
    const double per = std::max(1.0, (width() - 100.0) / std::max(1, n));
    QFont labelFont = body;
    int widest = 0;
    for (const QString &l : mLabels)
        widest = std::max(widest, QFontMetrics(labelFont).horizontalAdvance(l));
    int angle = 0, stride = 1;
    if (widest + 12 > per) {
        angle = -90;
        const int smallest = QFontMetrics(body).height() / 2;
        while (QFontMetrics(labelFont).height() + 4 > per &&
               QFontMetrics(labelFont).height() > std::max(9, smallest))
            scaleFont(labelFont, 0.94);
        stride = std::max(1, int(std::ceil((QFontMetrics(labelFont).height() + 4) / per)));
    }
    mCanvas->axisX->setLabelsFont(labelFont);
    mCanvas->axisX->setLabelsAngle(angle);
    mCanvas->axisX->setTruncateLabels(false); // the room is made above
    QStringList shown;
    for (int i = 0; i < n; ++i)
        shown << (i % stride == 0 ? mLabels[i] : QString(i + 1, QChar(0x200B)));
    if (shown != mCanvas->axisX->categories()) mCanvas->axisX->setCategories(shown);

    QLegend *legend = chart->legend();
    legend->setFont(body);
    legend->setLabelColor(text);
    legend->setBrush(Qt::NoBrush);
    legend->setPen(Qt::NoPen);
    legend->setShowToolTips(true); // a legend entry cut short names itself on hover

    int index = 0;
    std::size_t setIndex = 0;
    for (const ChartSeries &s : mData.series) {
        if (s.line) continue;
        QBarSet *set = mCanvas->sets[setIndex++];
        const QColor c = keyColour(s, index++, dark);
        set->setColor(c);
        set->setBorderColor(c.darker(dark ? 90 : 120));
        set->setLabelColor(text);
        if (s.key == "reserved") {
            set->setBrush(QBrush(c, Qt::BDiagPattern));
            set->setBorderColor(c);
        }
        QColor selected;
        if (mData.siteCategory >= 0)
            selected = dark ? c.lighter(135) : c.darker(150);
        else if (mData.kind == ChartKind::Headroom)
            selected = bindingColour(dark);
        else
            selected = s.key == "load" || s.key == "heat" || s.key == "itLoad"
                           ? markColour(dark).darker(125)
                           : markColour(dark);
        set->setSelectedColor(selected);
    }
    std::size_t lineIndex = 0;
    for (const ChartSeries &s : mData.series) {
        if (!s.line) continue;
        if (lineIndex >= mCanvas->lines.size()) break;
        QColor c = s.key == "capacity" ? text : keyColour(s, 0, dark);
        QPen pen(c, mData.kind == ChartKind::Timeline ? 2.5 : 3.0);
        if (mData.kind == ChartKind::Timeline) pen.setStyle(Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        for (QLineSeries *l : mCanvas->lines[lineIndex].second) {
            l->setPen(pen);
            l->setColor(c);
        }
        ++lineIndex;
    }
    mRestyling = false;
}

QString ChartWidget::title() const
{
    QString head;
    switch (mData.kind) {
    case ChartKind::Feeds:
        head = tr("Feeds: load against usable capacity");
        break;
    case ChartKind::Sources:
        head = tr("Power sources: load against capacity");
        break;
    case ChartKind::LoopHeat:
        head = tr("Liquid loops: heat against N+k capacity");
        break;
    case ChartKind::LoopFlow:
        head = tr("Liquid loops: coolant flow against usable flow");
        break;
    case ChartKind::Air:
        head = tr("Air cooling: heat against usable capacity");
        break;
    case ChartKind::Headroom:
        head = tr("Headroom: further racks by resource");
        break;
    case ChartKind::Stranded:
        head = tr("Stranded capacity by resource");
        break;
    case ChartKind::DensityPflops:
        head = tr("Compute density, dense");
        break;
    case ChartKind::DensityKw:
        head = tr("Power density, IT");
        break;
    case ChartKind::DensityGpus:
        head = tr("GPU density");
        break;
    case ChartKind::Timeline:
        head = tr("Build-out by phase: load against usable capacity");
        break;
    case ChartKind::ScenarioPower:
        head = tr("Scenarios: IT and facility power");
        break;
    case ChartKind::ScenarioCompute:
        head = tr("Scenarios: dense compute");
        break;
    case ChartKind::ScenarioStranded:
        head = tr("Scenarios: stranded capacity");
        break;
    case ChartKind::ScenarioHeadroom:
        head = tr("Scenarios: headroom by resource");
        break;
    case ChartKind::TenantKw:
        head = tr("Tenants: IT installed and reserved");
        break;
    case ChartKind::TenantShare:
        head = tr("Tenants: share of each hall's capacity");
        break;
    }
    head += QStringLiteral(" (") + unit(mData.kind) + QLatin1Char(')');
    QStringList sub;
    const bool acrossHalls =
        mData.kind == ChartKind::DensityPflops || mData.kind == ChartKind::DensityKw ||
        mData.kind == ChartKind::DensityGpus || mData.kind == ChartKind::ScenarioPower ||
        mData.kind == ChartKind::ScenarioCompute || mData.kind == ChartKind::ScenarioStranded ||
        mData.kind == ChartKind::ScenarioHeadroom;
    if (acrossHalls)
        sub << (mData.kind >= ChartKind::ScenarioPower ? tr("site, per scenario")
                                                       : tr("all halls and the site"));
    else
        sub << (mData.hall.empty() ? tr("site") : tr("hall %1").arg(str(mData.hall)));
    if (mData.kind == ChartKind::Headroom && !mData.hall.empty() && !mData.notes.empty() &&
        !mData.notes.front().empty())
        sub << tr("of %1").arg(str(mData.notes.front()));
    if (mData.kind == ChartKind::Headroom) sub << tr("the binding resource in pink");
    if (mData.totalCategories > mData.categories.size())
        sub << tr("the %1 fullest of %2").arg(mData.categories.size()).arg(mData.totalCategories);
    bool anyMarked = false;
    for (bool m : mData.marked)
        anyMarked = anyMarked || m;
    if (anyMarked && markOf(mData.kind) == Mark::Over) sub << tr("over capacity in red");
    if (mData.runOut >= 0)
        sub << tr("runs out at %1")
                   .arg(categoryLabel(mData.runOut).section(QStringLiteral(" ("), 0, 0));
    if (mData.whatIf) sub << (mContext.isEmpty() ? tr("what-if") : mContext);
    return head + QStringLiteral(" — ") + sub.join(QStringLiteral(", "));
}

QStringList ChartWidget::categoryLabels() const
{
    QStringList out;
    if (!mCanvas->axisX) return out;
    for (QString l : mCanvas->axisX->categories())
        out << l.remove(QChar(0x200B)); // blank: a label left out for room
    return out;
}

QStringList ChartWidget::legendNames() const
{
    QStringList out;
    for (QBarSet *s : mCanvas->sets)
        out << s->label();
    for (const auto &[name, parts] : mCanvas->lines)
        out << name;
    return out;
}

bool ChartWidget::isStacked() const
{
    return mCanvas->bars && qobject_cast<QStackedBarSeries *>(mCanvas->bars);
}

QList<double> ChartWidget::barValues(const QString &legendName) const
{
    QList<double> out;
    for (QBarSet *s : mCanvas->sets) {
        if (s->label() != legendName) continue;
        for (int i = 0; i < s->count(); ++i)
            out << s->at(i);
    }
    return out;
}

QList<int> ChartWidget::markedBars(const QString &legendName) const
{
    for (QBarSet *s : mCanvas->sets) {
        if (s->label() == legendName) {
            QList<int> out = s->selectedBars();
            std::sort(out.begin(), out.end());
            return out;
        }
    }
    return {};
}

QList<double> ChartWidget::lineValues(const QString &legendName) const
{
    QList<double> out;
    const int n = mCanvas->axisX ? int(mCanvas->axisX->count()) : 0;
    for (int i = 0; i < n; ++i)
        out << kNaN;
    for (const auto &[name, parts] : mCanvas->lines) {
        if (name != legendName) continue;
        for (QLineSeries *l : parts) {
            const QList<QPointF> pts = l->points();
            if (pts.size() == 2 && mData.kind != ChartKind::Timeline) {
                const int i = int(std::lround((pts[0].x() + pts[1].x()) / 2));
                if (i >= 0 && i < n) out[i] = pts[0].y();
            } else {
                for (const QPointF &p : pts) {
                    const int i = int(std::lround(p.x()));
                    if (i >= 0 && i < n) out[i] = p.y();
                }
            }
        }
    }
    return out;
}

QString ChartWidget::toolTipFor(int category) const
{
    if (category < 0 || std::size_t(category) >= mData.categories.size()) return {};
    const std::size_t k = std::size_t(category);
    const QString u = unit(mData.kind);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(categoryLabel(category).toHtmlEscaped());
    const QString note = k < mData.notes.size() ? str(mData.notes[k]) : QString();
    if (!note.isEmpty()) {
        switch (mData.kind) {
        case ChartKind::Feeds:
        case ChartKind::Sources:
            if (!mData.whatIf) lines << tr("Worst case when: %1").arg(note.toHtmlEscaped());
            break;
        case ChartKind::LoopHeat:
        case ChartKind::LoopFlow:
            lines << tr("Failed CDUs: %1").arg(note.toHtmlEscaped());
            break;
        case ChartKind::Headroom:
            lines << tr("Reference rack: %1").arg(note.toHtmlEscaped());
            break;
        case ChartKind::Timeline:
            lines << tr("Date: %1").arg(note.toHtmlEscaped());
            break;
        default:
            lines << note.toHtmlEscaped();
            break;
        }
    }
    for (const ChartSeries &s : mData.series) {
        if (k >= s.values.size()) continue;
        const double v = s.values[k];
        if (std::isnan(v) && s.line) continue;
        lines << QStringLiteral("%1: %2 %3")
                     .arg(seriesName(s).toHtmlEscaped(), format(v), std::isnan(v) ? QString() : u);
    }
    if (k < mData.failed.size() && mData.failed[k]) lines << tr("<b>Failed</b> in the what-if");
    if (k < mData.marked.size() && mData.marked[k]) {
        switch (markOf(mData.kind)) {
        case Mark::Over: {
            double worst = 0, cap = kNaN;
            for (const ChartSeries &s : mData.series) {
                if (k >= s.values.size() || std::isnan(s.values[k])) continue;
                if (s.line)
                    cap = s.values[k];
                else
                    worst = std::max(worst, s.values[k]);
            }
            lines << tr("<b>Over capacity</b> by %1 %2").arg(format(worst - cap), u);
            break;
        }
        case Mark::Binding:
            lines << tr("<b>Binding</b>: this resource limits further racks");
            break;
        case Mark::RunOut:
            lines << tr("<b>Run-out</b>: the first phase that no longer fits");
            break;
        case Mark::Active:
            lines << tr("The active scenario");
            break;
        case Mark::None:
            break;
        }
    }
    if (mData.kind == ChartKind::Headroom && mData.hall.empty() && k < mData.binding.size() &&
        mData.binding[k] >= 0 && std::size_t(mData.binding[k]) < mData.series.size())
        lines << tr("<b>Binding</b>: %1")
                     .arg(seriesName(mData.series[std::size_t(mData.binding[k])]));
    return lines.join(QStringLiteral("<br>"));
}

void ChartWidget::showToolTip(int category)
{
    QToolTip::showText(QCursor::pos(), toolTipFor(category), mCanvas);
}

void ChartWidget::exportWithDialog()
{
    QString name = QStringLiteral("chart");
    switch (mData.kind) {
    case ChartKind::Feeds:
        name = QStringLiteral("feeds");
        break;
    case ChartKind::Sources:
        name = QStringLiteral("sources");
        break;
    case ChartKind::LoopHeat:
        name = QStringLiteral("loop-heat");
        break;
    case ChartKind::LoopFlow:
        name = QStringLiteral("loop-flow");
        break;
    case ChartKind::Air:
        name = QStringLiteral("air");
        break;
    case ChartKind::Headroom:
        name = QStringLiteral("headroom");
        break;
    case ChartKind::Stranded:
        name = QStringLiteral("stranded");
        break;
    case ChartKind::Timeline:
        name = QStringLiteral("timeline");
        break;
    case ChartKind::TenantKw:
    case ChartKind::TenantShare:
        name = QStringLiteral("tenants");
        break;
    default:
        name = mData.kind >= ChartKind::ScenarioPower ? QStringLiteral("scenarios")
                                                      : QStringLiteral("density");
        break;
    }
    if (!mData.hall.empty()) name += QLatin1Char('-') + str(mData.hall);
    exportWidgetWithDialog(this, mPrompts, tr("Export Chart"), name, ExportOptions::chart());
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        restyle();
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *a = menu.addAction(tr("Export Chart…"));
    a->setObjectName(QStringLiteral("actionExportChart"));
    connect(a, &QAction::triggered, this, &ChartWidget::exportWithDialog);
    menu.exec(event->globalPos());
}

} // namespace hw::ui
