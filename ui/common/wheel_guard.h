#pragma once
// Inputs never change under a scrolling wheel unless focused (DESIGN §7). Installed on the application, it covers
// every combo box, spin box and slider of every view, present and future: over one that does not have the focus
// the wheel scrolls the panel around it instead, and the wheel no longer gives such an input the focus by itself.
// A click (or Tab) focuses the input; then the wheel changes it as usual.

#include <QObject>

class QWidget;

class WheelGuard : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // A combo box, spin box or slider (not a scroll bar): an input the wheel would change.
    static bool guards(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
