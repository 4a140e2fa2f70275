// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/presentation/presentation_window.h"

#include "core/io/builtin_catalog.h"
#include "ui/charts/chart_data.h"
#include "ui/charts/chart_export.h"
#include "ui/charts/chart_widget.h"
#include "ui/presentation/plan_slide.h"
#include "ui/services/worker_result.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace hw::ui {

namespace {

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

QPalette lightPalette()
{
    QPalette p;
    const QColor paper(0xFF, 0xFF, 0xFF), ink(0x1A, 0x1A, 0x1A), muted(0x5A, 0x5A, 0x5A);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Window, paper);
        p.setColor(g, QPalette::Base, paper);
        p.setColor(g, QPalette::AlternateBase, QColor(0xF4, 0xF4, 0xF4));
        p.setColor(g, QPalette::WindowText, g == QPalette::Disabled ? muted : ink);
        p.setColor(g, QPalette::Text, g == QPalette::Disabled ? muted : ink);
        p.setColor(g, QPalette::Button, QColor(0xF0, 0xF0, 0xF0));
        p.setColor(g, QPalette::ButtonText, ink);
        p.setColor(g, QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xE8));
        p.setColor(g, QPalette::ToolTipText, ink);
        p.setColor(g, QPalette::PlaceholderText, muted);
        p.setColor(g, QPalette::Mid, QColor(0xB0, 0xB0, 0xB0));
    }
    return p;
}

/** "1,234 PFLOPS FP8": the precision with the largest figure. */
QString pflopsText(const std::map<std::string, double> &pflops)
{
    if (pflops.empty()) return {};
    auto best = std::max_element(pflops.begin(), pflops.end(),
                                 [](const auto &a, const auto &b) { return a.second < b.second; });
    return PresentationWindow::tr("%1 PFLOPS %2")
        .arg(QLocale(QLocale::English).toString(best->second, 'f', 0), str(best->first).toUpper());
}

QString metricsText(const core::Metrics &m, int errors)
{
    QStringList parts;
    parts << PresentationWindow::tr("%n rack(s)", nullptr, m.rackCount);
    parts << PresentationWindow::tr("%1 MW IT").arg(m.itKw / 1000.0, 0, 'f', 2);
    parts << PresentationWindow::tr("%1 MW facility").arg(m.facilityKw / 1000.0, 0, 'f', 2);
    parts << PresentationWindow::tr("%1 GPUs").arg(QLocale(QLocale::English).toString(m.gpus));
    const QString pf = pflopsText(m.pflops);
    if (!pf.isEmpty()) parts << pf;
    parts << (errors == 0 ? PresentationWindow::tr("no errors")
                          : PresentationWindow::tr("%n error(s)", nullptr, errors));
    return parts.join(QStringLiteral("  ·  "));
}

QString hallText(const core::HallReport &h)
{
    QString text = metricsText(h.metrics, h.errors);
    const core::FeedReport *worst = nullptr;
    for (const core::FeedReport &f : h.feeds) {
        if (!worst || f.utilization > worst->utilization) worst = &f;
    }
    if (worst)
        text += PresentationWindow::tr("  ·  worst N-1: %1 at %2 %")
                    .arg(str(worst->id))
                    .arg(worst->utilization * 100.0, 0, 'f', 0);
    if (!h.headroom.referenceRackType.empty())
        text += PresentationWindow::tr("  ·  room for %1 more %2 (bound by %3)")
                    .arg(h.headroom.addableRacks)
                    .arg(str(h.headroom.referenceRackType), h.headroom.limitedBy.empty()
                                                                ? PresentationWindow::tr("nothing")
                                                                : str(h.headroom.limitedBy));
    return text;
}

} // namespace

PresentationWindow::PresentationWindow(PresentationContent content, Prompts *prompts,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window), mContent(std::move(content)), mPrompts(prompts),
      mStack(new QStackedWidget(this)), mFooter(new QLabel(this)), mCounter(new QLabel(this))
{
    setObjectName(QStringLiteral("PresentationWindow"));
    setWindowTitle(tr("Hallwright presentation — %1").arg(str(mContent.plan->name)));
    setPalette(lightPalette());
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(mStack, 1);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(24, 4, 24, 10);
    mFooter->setText(str(mContent.plan->name));
    mFooter->setForegroundRole(QPalette::PlaceholderText);
    mCounter->setObjectName(QStringLiteral("slideCounter"));
    mCounter->setForegroundRole(QPalette::PlaceholderText);
    mCounter->setAlignment(Qt::AlignRight | Qt::AlignVCenter); // the layout may give it room
    footer->addWidget(mFooter, 1);
    footer->addWidget(mCounter);
    column->addLayout(footer);
    buildSlides();

    const bool phases = !mContent.plan->phases.empty() && !mContent.timeline;
    const bool scenarios = !mContent.plan->scenarios.empty() && !mContent.comparison;
    if (phases || scenarios) {
        connect(&mWatcher, &QFutureWatcher<Computed>::finished, this, [this] {
            mComputing = false;
            QString failure;
            std::optional<Computed> got = takeResult(mWatcher.future(), &failure);
            if (mStop.stop_requested()) return;
            if (!got) {
                mFooter->setText(tr("%1 — the timeline and scenario slides could not be "
                                    "computed: %2")
                                     .arg(str(mContent.plan->name), failure));
                return;
            }
            Computed &c = *got;
            if (!mContent.timeline && !mContent.plan->phases.empty()) {
                mContent.timeline =
                    std::make_shared<const core::PhaseTimeline>(std::move(c.timeline));
                addTimelineSlides();
            }
            if (!mContent.comparison && !mContent.plan->scenarios.empty()) {
                mContent.comparison =
                    std::make_shared<const core::ScenarioComparison>(std::move(c.comparison));
                addScenarioSlides();
            }
            applyFonts();
            updateCounter();
            Q_EMIT slidesAdded();
        });
        std::shared_ptr<const core::Plan> plan = mContent.plan;
        const std::stop_token stop = mStop.get_token();
        mComputing = true;
        mWatcher.setFuture(QtConcurrent::run([plan, stop, phases, scenarios] {
            Computed c;
            if (phases) c.timeline = core::phaseTimeline(*plan, core::builtinCatalog(), stop);
            if (scenarios)
                c.comparison = core::compareScenarios(*plan, core::builtinCatalog(), {}, stop);
            return c;
        }));
    }
    applyFonts();
    updateCounter();
}

PresentationWindow::~PresentationWindow()
{
    mStop.request_stop();
    mWatcher.waitForFinished();
}

void PresentationWindow::addSlide(const QString &title, const QString &subtitle, QWidget *body)
{
    auto *slide = new QWidget;
    slide->setObjectName(QStringLiteral("slide"));
    slide->setAutoFillBackground(true);
    auto *column = new QVBoxLayout(slide);
    column->setContentsMargins(32, 20, 32, 8);
    column->setSpacing(6);
    auto *t = new QLabel(title, slide);
    t->setWordWrap(true);
    auto *s = new QLabel(subtitle, slide);
    s->setWordWrap(true);
    s->setForegroundRole(QPalette::PlaceholderText);
    s->setVisible(!subtitle.isEmpty());
    column->addWidget(t);
    column->addWidget(s);
    body->setParent(slide);
    column->addWidget(body, 1);
    mTitles.push_back(t);
    mSubtitles.push_back(s);
    slide->setWindowTitle(title);
    mStack->addWidget(slide);
    for (QWidget *w : slide->findChildren<QWidget *>())
        w->setFocusPolicy(Qt::NoFocus);
}

void PresentationWindow::buildSlides()
{
    const core::Plan &plan = *mContent.plan;
    const core::EvaluationReport &r = *mContent.report;
    addSlide(str(plan.name), metricsText(r.site.metrics, r.site.errors),
             new PlanSlide(mContent.plan, mContent.catalog, mContent.report, {}));
    for (const core::HallReport &h : r.halls) {
        if (!plan.hall(h.id)) continue;
        const QString name = h.name.empty() || h.name == h.id
                                 ? tr("Hall %1").arg(str(h.id))
                                 : tr("Hall %1 — %2").arg(str(h.id), str(h.name));
        addSlide(name, hallText(h),
                 new PlanSlide(mContent.plan, mContent.catalog, mContent.report, h.id));
    }
    auto chart = [this](ChartData data, const QString &context = {}) {
        auto *c = new ChartWidget;
        c->setTitleVisible(false);
        c->setContext(context);
        c->setData(std::move(data));
        const QString title = c->title();
        addSlide(title.section(QStringLiteral(" — "), 0, 0),
                 title.section(QStringLiteral(" — "), 1), c);
    };
    chart(feedsChart(r, {}));
    chart(sourcesChart(r, {}));
    chart(loopHeatChart(r, {}));
    chart(loopFlowChart(r, {}));
    if (!airChart(r, {}).empty()) chart(airChart(r, {}));
    if (const core::FailureReport *f = mContent.whatIf.get()) {
        QStringList ids;
        for (const std::string &id : f->failed)
            ids << str(id);
        const QString context = tr("what-if: %1 failed").arg(ids.join(QStringLiteral(", ")));
        chart(feedsChart(r, {}, f), context);
        chart(loopHeatChart(r, {}, f), context);
    }
    chart(headroomChart(r, {}));
    chart(strandedChart(r, {}));
    chart(densityChart(r, ChartKind::DensityPflops));
    chart(densityChart(r, ChartKind::DensityKw));
    chart(densityChart(r, ChartKind::DensityGpus));
    if (!r.tenants.empty()) {
        chart(tenantKwChart(r, {}));
        chart(tenantShareChart(r, {}));
    }
    addTimelineSlides();
    addScenarioSlides();
}

void PresentationWindow::addTimelineSlides()
{
    if (!mContent.timeline || mContent.timeline->steps.empty()) return;
    auto *c = new ChartWidget;
    c->setTitleVisible(false);
    c->setData(timelineChart(*mContent.timeline, {}));
    const QString title = c->title();
    addSlide(title.section(QStringLiteral(" — "), 0, 0), title.section(QStringLiteral(" — "), 1),
             c);
}

void PresentationWindow::addScenarioSlides()
{
    if (!mContent.comparison || mContent.comparison->scenarios.size() < 2) return;
    for (ChartKind kind : {ChartKind::ScenarioPower, ChartKind::ScenarioCompute,
                           ChartKind::ScenarioStranded, ChartKind::ScenarioHeadroom}) {
        auto *c = new ChartWidget;
        c->setTitleVisible(false);
        c->setData(scenarioChart(*mContent.comparison, kind));
        const QString title = c->title();
        addSlide(title.section(QStringLiteral(" — "), 0, 0),
                 title.section(QStringLiteral(" — "), 1), c);
    }
}

void PresentationWindow::start()
{
    setCurrentSlide(0);
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

int PresentationWindow::slideCount() const
{
    return mStack->count();
}

int PresentationWindow::currentSlide() const
{
    return mStack->currentIndex();
}

QString PresentationWindow::slideTitle(int index) const
{
    return index >= 0 && index < int(mTitles.size()) ? mTitles[std::size_t(index)]->text()
                                                     : QString();
}

QWidget *PresentationWindow::slideWidget(int index) const
{
    return mStack->widget(index);
}

void PresentationWindow::setCurrentSlide(int index)
{
    index = std::clamp(index, 0, std::max(0, slideCount() - 1));
    if (index == currentSlide()) {
        updateCounter();
        return;
    }
    mStack->setCurrentIndex(index);
    updateCounter();
    Q_EMIT slideChanged(index);
}

void PresentationWindow::next()
{
    setCurrentSlide(currentSlide() + 1);
}

void PresentationWindow::previous()
{
    setCurrentSlide(currentSlide() - 1);
}

QString PresentationWindow::counterText() const
{
    return mCounter->text();
}

void PresentationWindow::updateCounter()
{
    QString text = tr("%1 / %2").arg(currentSlide() + 1).arg(slideCount());
    if (isComputing())
        text = tr("computing the timeline and scenarios…") + QStringLiteral("   ") + text;
    mCounter->setText(text);
}

bool PresentationWindow::isComputing() const
{
    return mComputing;
}

bool PresentationWindow::exportSlide(const QString &path, QString *error)
{
    return exportWidget(mStack->currentWidget(), path, ExportOptions::slide(), error);
}

void PresentationWindow::exportSlideWithDialog()
{
    exportWidgetWithDialog(mStack->currentWidget(), mPrompts, tr("Export Slide"),
                           QStringLiteral("slide-%1").arg(currentSlide() + 1),
                           ExportOptions::slide());
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
    case Qt::Key_F5:
        setCurrentSlide(0);
        break;
    case Qt::Key_End:
        setCurrentSlide(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    connect(menu.addAction(tr("Next Slide")), &QAction::triggered, this, &PresentationWindow::next);
    connect(menu.addAction(tr("Previous Slide")), &QAction::triggered, this,
            &PresentationWindow::previous);
    menu.addSeparator();
    connect(menu.addAction(tr("Export Slide (PNG or SVG)…")), &QAction::triggered, this,
            &PresentationWindow::exportSlideWithDialog);
    menu.addSeparator();
    connect(menu.addAction(tr("Leave Presentation (Esc)")), &QAction::triggered, this,
            &QWidget::close);
    menu.exec(event->globalPos());
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void PresentationWindow::applyFonts()
{
    // Sized to the screen: a 1080-pixel-high screen gets 22-pixel body text.
    const int body = std::max(12, height() / 48);
    QFont f = font();
    f.setPixelSize(body);
    for (int i = 0; i < mStack->count(); ++i)
        mStack->widget(i)->setFont(f);
    mFooter->setFont(f);
    mCounter->setFont(f);
    QFont title = f;
    title.setPixelSize(int(body * 1.9));
    title.setBold(true);
    for (QLabel *t : mTitles)
        t->setFont(title);
    QFont sub = f;
    sub.setPixelSize(int(body * 1.1));
    for (QLabel *s : mSubtitles)
        s->setFont(sub);
}

} // namespace hw::ui
