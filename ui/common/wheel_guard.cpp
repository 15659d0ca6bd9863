#include "wheel_guard.h"

#include <QEvent>
#include <QWidget>

void WheelGuard::guard(QWidget *widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(this);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->hasFocus()) {
            event->ignore(); // passed on to the parent, which scrolls
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
