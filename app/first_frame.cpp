#include "first_frame.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <unistd.h>
#include <utility>

namespace {
// Watches every paint event of the application, because the window itself may get none: children that cover it
// (a chart view filling a main window) are painted instead.
class NextFrameWatcher : public QObject {
public:
    NextFrameWatcher(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            // A zero timer fires after this backing-store sync has been flushed; the watcher goes with it.
            QTimer::singleShot(0, m_window, std::exchange(m_then, {}));
            qApp->removeEventFilter(this);
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    std::function<void()> m_then;
};
} // namespace

void afterNextFrame(QWidget *window, std::function<void()> then)
{
    qApp->installEventFilter(new NextFrameWatcher(window, std::move(then)));
}

void quitAfterNextFrame(QWidget *window)
{
    afterNextFrame(window, [] {
        std::fflush(nullptr);
        ::_exit(0);
    });
}
