// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/io/dxf_import.h"
#include "core/model/result.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace hw::ui {

class HallScene;
class PlanDocument;
class DxfPreview;

/**
 * File ▸ Import DXF…: pick an architect's drawing, see its layers (with how many closed polylines
 * each holds) and its units, tick the layer of the hall outline and those of the obstacles, give
 * the units when the file does not, and choose a new hall or a hall whose outline to replace. A
 * preview shows the drawing with the outline and obstacles that will be taken. apply() makes the
 * change as one undoable step through the document; the drawing can also stay on the plan as a
 * read-only underlay (UnderlayItem).
 *
 * The main window's hook is one line: `ImportDxfDialog::run(document, scene, this);`
 */
class ImportDxfDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDxfDialog(PlanDocument *document, QWidget *parent = nullptr);

    /** Shows the dialog; on OK applies the import and, if asked, adds the underlay to `scene`. */
    static void run(PlanDocument *document, HallScene *scene, QWidget *parent);

    /** Reads a drawing and fills the layer lists; false (with the reason shown) if unreadable. */
    bool loadFile(const QString &path);

    /** The outline and obstacles the current choices take, or why not. */
    core::Result<core::DxfHallGeometry> geometry() const;
    /** The hall the import creates or changes. */
    std::string targetHall() const;
    bool createsHall() const;

    /** Makes the change in the document as one undo step. */
    core::Status apply();

    bool wantsUnderlay() const;
    /** The whole drawing as an underlay, in metres. */
    core::Result<core::DxfUnderlay> underlay() const;

    // For tests and remembered choices.
    void setOutlineLayers(const QStringList &layers);
    void setObstacleLayers(const QStringList &layers);
    void setUnits(const QString &unit); ///< "" = from the file, else m, cm, mm, in, ft, ...
    void setNewHall(const QString &id, bool moveToOrigin);
    void setReplaceOutline(const QString &hallId);

    void accept() override;

private:
    void browse();
    void updatePreview();
    std::optional<double> metresPerUnit() const;
    static QStringList checked(const QListWidget *list);

    PlanDocument *mDocument;
    std::optional<core::DxfDrawing> mDrawing;
    QLineEdit *mPath;
    QLabel *mUnitsFound;
    QComboBox *mUnits;
    QListWidget *mOutlineLayers;
    QListWidget *mObstacleLayers;
    QRadioButton *mNewHall;
    QLineEdit *mNewHallId;
    QCheckBox *mMoveToOrigin;
    QRadioButton *mReplace;
    QComboBox *mReplaceHall;
    QCheckBox *mUnderlay;
    QLabel *mStatus;
    DxfPreview *mPreview;
};

} // namespace hw::ui
