#pragma once
// What the main window asks of every view (DESIGN §4): follow the interface language, remember its choices,
// export what it shows, and ask for another view without knowing its type. The window builds a view the first
// time it is shown, so a view's constructor is the only start-up cost it adds, and only when it is opened.

#include "number_format.h"

#include <QVariantMap>
#include <QWidget>

class QSettings;

class AtlasView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Called once right after construction and on every language switch.
    virtual void setLanguage(Language language) = 0;

    // Choices kept between runs; not called for screenshots, which show the defaults.
    virtual void restoreSettings(const QSettings &settings) { Q_UNUSED(settings); }
    virtual void saveSettings(QSettings &settings) const { Q_UNUSED(settings); }

    // File → Export… (Ctrl+E) is enabled where this is true and calls exportWithDialog().
    virtual bool canExport() const { return false; }
    virtual void exportWithDialog() { }
    // The export action's status tip while this view is shown, in the interface language.
    virtual QString exportStatusTip() const { return {}; }

    // A request from another view, e.g. {"chips": ["rubin", "tpu-v7"]} for Compare. The keys each view accepts
    // are listed in its header; unknown keys are ignored. Called after the view is shown.
    virtual void openRequest(const QVariantMap &request) { Q_UNUSED(request); }

    // What Edit → Add a newer claim… starts from: the figure selected here ({chip, metric, precision}), if any.
    virtual QVariantMap newerClaimRequest() const { return {}; }

signals:
    void exported(const QString &path);
    // A short message for the window's status bar.
    void statusMessage(const QString &text);
    // Asks the window to show the view named `viewName` ("compare", "roofline" …) and hand it `request`.
    void openViewRequested(const QString &viewName, const QVariantMap &request);
    // Asks the window to change the user's rows (issue 20), through its forms and undo stack. The window reads the
    // data again afterwards, which rebuilds this view: it acts once control has returned to the event loop.
    // The form for a row of `table`: `request` {} a new row, {"id": id} to edit that user row, {"from": id} a new
    // row starting from that row (bundled or not).
    void rowFormRequested(const QString &table, const QVariantMap &request);
    void rowDeleteRequested(const QString &table, const QString &id);
    // One field of the user row `id` typed into: one undoable change, merged with the next if it is the same field.
    void rowFieldEdited(const QString &table, const QString &id, const QString &column, const QString &value);
};
