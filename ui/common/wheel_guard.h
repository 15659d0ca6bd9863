#pragma once
// Keeps an input from changing under a scrolling mouse wheel unless it has the keyboard focus (DESIGN §7): the
// wheel then scrolls what is behind it instead. One guard serves any number of widgets.

#include <QObject>

class QWidget;

class WheelGuard : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Guards `widget` (a combo box, spin box, date edit, slider …) and gives it click-and-tab focus only.
    void guard(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
