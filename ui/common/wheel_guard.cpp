#include "wheel_guard.h"

#include <QEvent>
#include <QObject>
#include <QWidget>

namespace {
class Filter : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel)
            if (auto *w = qobject_cast<QWidget *>(watched); w && !w->hasFocus()) {
                event->ignore();
                return true;
            }
        return QObject::eventFilter(watched, event);
    }
};
}

void WheelGuard::install(QWidget *input)
{
    input->setFocusPolicy(Qt::StrongFocus);
    input->installEventFilter(new Filter(input));
}
