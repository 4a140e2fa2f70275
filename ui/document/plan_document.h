// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_ops.h"
#include "core/edit/object_ref.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"
#include "ui/document/change_event.h"

#include <QObject>
#include <QString>

#include <memory>
#include <string>
#include <vector>

class QUndoStack;

namespace hw::ui {

/**
 * One open plan: the model (the truth), its undo stack, a revision every change bumps, the file it
 * came from, the selection and the hall being edited. Everything else in the GUI is a view of it.
 *
 * Edits go through the convenience methods below, which check the new state (the same validator
 * the file loader uses) and push one undo command; only ui/commands mutate the plan. Each
 * change is announced once through changed(ChangeEvent).
 */
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(core::Plan plan = {}, QObject *parent = nullptr);
    ~PlanDocument() override;

    const core::Plan &plan() const { return mPlan; }
    /**
     * Replaces the whole plan (New, Open, Recover): clears the undo stack, the selection and the
     * current hall, and announces ChangeEvent::Everything. The document object itself lives on,
     * so every view and panel stays connected.
     */
    void reset(core::Plan plan, const QString &filePath);
    /** The built-in catalog merged with the plan's own section. */
    const core::Catalog &catalog() const { return mCatalog; }
    QUndoStack *undoStack() const { return mUndoStack; }

    /** Bumped by every change; analysis results for an older revision are stale. */
    quint64 revision() const { return mRevision; }
    /** A copy of the plan for worker threads, with the revision it shows. */
    std::shared_ptr<const core::Plan> snapshot() const;

    QString filePath() const { return mFilePath; }
    void setFilePath(const QString &path);
    /** The file name, or "Untitled" for a plan never saved. */
    QString displayName() const;
    bool isModified() const;
    /** Marks the current state as saved (the undo stack's clean state). */
    void markSaved();
    /** Marks the document modified without an undo step (a recovered plan). */
    void markModified();

    // Selection and the hall being edited: view state shared by every panel, not undone.
    const std::vector<core::ObjectRef> &selection() const { return mSelection; }
    void setSelection(std::vector<core::ObjectRef> selection);
    bool isSelected(const core::ObjectRef &ref) const;
    /** The hall being edited; empty for the site overview. */
    const std::string &currentHall() const { return mCurrentHall; }
    void setCurrentHall(const std::string &hallId);
    const core::Hall *hall(const std::string &id) const { return mPlan.hall(id); }
    int hallIndex(const std::string &id) const;

    /** Whether the object still exists in the plan. */
    bool exists(const core::ObjectRef &ref) const;

    /**
     * Checks a candidate state of one hall with the plan validator (SPEC §2 "Bad input"):
     * positive sizes, known types and references, simple polygons. The message names the field.
     */
    core::Status checkHall(const core::Hall &candidate) const;

    /** A new number for a group of mergeable commands (one drag); 0 means "do not merge". */
    int newMergeSession() { return ++mMergeSession; }

    // Edits. Each checks, refuses with the reason, or pushes one undo command.
    core::Status addRacks(const std::string &hall, std::vector<core::Rack> racks,
                          const QString &text);
    core::Status addFeeds(const std::string &hall, std::vector<core::Feed> feeds,
                          const QString &text);
    core::Status addSources(const std::string &hall, std::vector<core::Source> sources,
                            const QString &text);
    core::Status addLoops(const std::string &hall, std::vector<core::Loop> loops,
                          const QString &text);
    core::Status addCdus(const std::string &hall, std::vector<core::Cdu> cdus, const QString &text);
    core::Status addObstacles(const std::string &hall, std::vector<core::Obstacle> obstacles,
                              const QString &text);
    core::Status addHall(core::Hall hall);

    core::Status changeRacks(const std::string &hall, std::vector<core::Rack> racks,
                             const QString &text, int mergeSession = 0);
    core::Status changeFeeds(const std::string &hall, std::vector<core::Feed> feeds,
                             const QString &text, int mergeSession = 0);
    core::Status changeSources(const std::string &hall, std::vector<core::Source> sources,
                               const QString &text);
    core::Status changeLoops(const std::string &hall, std::vector<core::Loop> loops,
                             const QString &text);
    core::Status changeCdus(const std::string &hall, std::vector<core::Cdu> cdus,
                            const QString &text, int mergeSession = 0);
    core::Status changeObstacles(const std::string &hall, std::vector<core::Obstacle> obstacles,
                                 const QString &text, int mergeSession = 0);
    core::Status changeHallProperties(const std::string &hall, core::HallProperties properties,
                                      const QString &text, int mergeSession = 0);
    core::Status changePlanProperties(core::PlanProperties properties, const QString &text);

    // Tenants and reservations (issue 9). The candidate plan is checked with the validator, so
    // an unknown hall, rack type, feed pair or loop, a bad colour or a used id is refused.
    core::Status addTenant(core::Tenant tenant);
    core::Status changeTenant(core::Tenant tenant);
    /**
     * Removes a tenant. While racks or reservations name it this refuses with the reason, unless
     * `clearUses`: then its reservations go and its racks keep no tenant, in the same undo step.
     */
    core::Status removeTenant(const std::string &tenantId, bool clearUses);
    core::Status addReservation(core::Reservation reservation);
    core::Status changeReservation(core::Reservation reservation);
    core::Status removeReservation(const std::string &reservationId);

    /**
     * Moves racks, CDUs and obstacles of one hall by `delta` metres. Within one `mergeSession`
     * (a drag) the pushes merge into one undo step that keeps the first positions.
     */
    void moveObjects(const std::string &hall, const std::vector<std::string> &racks,
                     const std::vector<std::string> &cdus,
                     const std::vector<std::string> &obstacles, core::Vec2 delta, int mergeSession);

    /**
     * Removes objects and what would dangle without them (racks are disconnected from removed
     * feeds and loops, a removed loop takes its CDUs), as one undo step.
     */
    core::Status removeObjects(const std::vector<core::ObjectRef> &objects);

    /** For ui/commands only: the plan to mutate. */
    core::Plan &planForCommands() { return mPlan; }
    /** For ui/commands only: announces a change and bumps the revision. */
    void notify(const ChangeEvent &event);

Q_SIGNALS:
    void changed(const hw::ui::ChangeEvent &event);
    void selectionChanged();
    void currentHallChanged(const std::string &hallId);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    core::Plan mPlan;
    core::Catalog mCatalog;
    QUndoStack *mUndoStack;
    quint64 mRevision = 1;
    QString mFilePath;
    bool mModifiedWithoutUndo = false;
    std::vector<core::ObjectRef> mSelection;
    std::string mCurrentHall;
    int mMergeSession = 0;
};

} // namespace hw::ui
