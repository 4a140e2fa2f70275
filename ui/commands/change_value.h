// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "ui/commands/command_ids.h"

#include <QUndoCommand>

namespace hw::ui {

class PlanDocument;

/**
 * An edit that sets a value and restores the old one on undo (after Tiled's changevalue.h).
 * Subclasses write getValue()/setValue() and say what counts as the same target for merging.
 *
 * The old value is read on the first redo(), which QUndoStack::push() runs. Commands with the
 * same CommandId and the same non-zero merge session merge: the first old value and the latest
 * new one survive, so a whole drag undoes in one step; a drag that ends where it began leaves
 * no step at all (the command turns obsolete).
 */
template <class Value> class ChangeValue : public QUndoCommand
{
public:
    ChangeValue(PlanDocument *document, Value newValue, const QString &text, CommandId commandId,
                int mergeSession = 0, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), mDocument(document), mNew(std::move(newValue)),
          mCommandId(commandId), mMergeSession(mergeSession)
    {}

    void redo() override
    {
        if (!mCaptured) {
            mOld = getValue();
            mCaptured = true;
        }
        setValue(mNew);
    }
    void undo() override { setValue(mOld); }

    int id() const override { return mMergeSession != 0 ? int(mCommandId) : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeValue *>(other);
        if (!o || o->mMergeSession != mMergeSession || !sameTarget(*o)) return false;
        mNew = o->mNew;
        setObsolete(mOld == mNew);
        return true;
    }

    const Value &oldValue() const { return mOld; }
    const Value &newValue() const { return mNew; }

protected:
    virtual Value getValue() const = 0;
    virtual void setValue(const Value &value) = 0;
    /** Whether `other` changes the same objects, so that merging keeps a correct undo. */
    virtual bool sameTarget(const ChangeValue &other) const = 0;

    PlanDocument *mDocument;

private:
    Value mOld{};
    Value mNew;
    CommandId mCommandId;
    int mMergeSession;
    bool mCaptured = false;
};

} // namespace hw::ui
