#include "window_shortcuts.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
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
    return hasAction(event);
}

bool WindowShortcuts::hasAction(const QKeyEvent *event) const
{
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
    if (!widget || widget->window() != m_window)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!isWindowShortcut(key) && !(nothingToUndo(widget, key) && hasAction(key)))
        return false;
    // Not accepted: the widget does not take the key, and the window's shortcut runs.
    event->ignore();
    return true;
}

bool WindowShortcuts::nothingToUndo(const QWidget *widget, const QKeyEvent *event)
{
    // A text field keeps Ctrl+Z while it has typing to undo; with none, the key is the window's Edit → Undo.
    const auto *edit = qobject_cast<const QLineEdit *>(widget);
    if (!edit)
        return false;
    if (event->matches(QKeySequence::Undo))
        return !edit->isUndoAvailable();
    if (event->matches(QKeySequence::Redo))
        return !edit->isRedoAvailable();
    return false;
}
