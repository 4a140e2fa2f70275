// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/failure_analysis.h"
#include "core/engine/phase_timeline.h"
#include "core/engine/report.h"
#include "core/engine/scenario_compare.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <stop_token>
#include <vector>

class QLabel;
class QStackedWidget;

namespace hw::ui {

class Prompts;

/** What a presentation shows: one revision of the plan and what the engine said about it. */
struct PresentationContent
{
    std::shared_ptr<const core::Plan> plan;
    std::shared_ptr<const core::Catalog> catalog; ///< the effective catalog (for drawing)
    std::shared_ptr<const core::EvaluationReport> report;
    /** Null: computed off the UI thread when the plan has phases, its slide added when done. */
    std::shared_ptr<const core::PhaseTimeline> timeline;
    /** Null: computed off the UI thread when the plan has scenarios. */
    std::shared_ptr<const core::ScenarioComparison> comparison;
    /** A failure what-if to add slides for; null: none. */
    std::shared_ptr<const core::FailureReport> whatIf;
};

/**
 * Presentation mode: full-screen slides of the site plan, each hall and the capacity charts, in a
 * clean light theme with fonts sized to the screen. Keys: Right, Space, PageDown next; Left,
 * PageUp, Backspace previous; Home, End; F5 back to the first slide; Esc leaves. The right-click
 * menu exports the current slide as PNG (300 dpi) or SVG. It shows the snapshot it was given,
 * whatever is edited meanwhile.
 */
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(PresentationContent content, Prompts *prompts = nullptr,
                                QWidget *parent = nullptr);
    ~PresentationWindow() override;

    /** Full screen, first slide. */
    void start();

    int slideCount() const;
    int currentSlide() const;
    QString slideTitle(int index) const;
    QWidget *slideWidget(int index) const;
    void setCurrentSlide(int index);
    void next();
    void previous();
    /** "3 / 14" as shown. */
    QString counterText() const;

    /** Writes the current slide as .png (300 dpi, A4 width) or .svg. */
    bool exportSlide(const QString &path, QString *error = nullptr);
    void exportSlideWithDialog();
    /** The timeline or scenario comparison is still being computed. */
    bool isComputing() const;

Q_SIGNALS:
    void slideChanged(int index);
    /** Slides computed off the UI thread were added. */
    void slidesAdded();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Computed
    {
        core::PhaseTimeline timeline;
        core::ScenarioComparison comparison;
    };

    void buildSlides();
    void addSlide(const QString &title, const QString &subtitle, QWidget *body);
    void addTimelineSlides();
    void addScenarioSlides();
    void updateCounter();
    void applyFonts();

    PresentationContent mContent;
    Prompts *mPrompts;
    QStackedWidget *mStack;
    QLabel *mFooter;
    QLabel *mCounter;
    std::vector<QLabel *> mTitles;
    std::vector<QLabel *> mSubtitles;
    QFutureWatcher<Computed> mWatcher;
    std::stop_source mStop;
    bool mComputing = false; ///< until the finished signal has been handled
};

} // namespace hw::ui
