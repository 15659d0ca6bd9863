#include "window_shortcuts.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

WindowShortcuts::WindowShortcuts(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool WindowShortcuts::isWindowShortcut(const QKeyEvent *event) const
{
    // Text fields keep the keys that edit text, even should the window ever bind one of them.
    static const QKeySequence::StandardKey editing[] = {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo,
                                                        QKeySequence::Redo, QKeySequence::SelectAll, QKeySequence::Delete};
    for (QKeySequence::StandardKey key : editing)
        if (event->matches(key))
            return false;
    const QKeySequence pressed(event->keyCombination());
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->isEnabled() || action->shortcutContext() != Qt::WindowShortcut)
            continue;
        for (const QKeySequence &shortcut : action->shortcuts())
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch)
                return true;
    }
    return false;
}

bool WindowShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window || !isWindowShortcut(static_cast<QKeyEvent *>(event)))
        return false;
    // Not accepted: the widget does not take the key, and the window's shortcut runs.
    event->ignore();
    return true;
}
