#pragma once
// Window shortcuts work from any focus (DESIGN §7). A focused text field claims some keys before the window's
// actions see them: in a search box Ctrl+E means "end of line" (the Emacs bindings Qt uses on Linux), so File →
// Export… did nothing and the next keys went into the filter. Installed on the application, this refuses a
// widget's claim on the key sequence of any enabled action of `window` (present and future: it asks the window
// each time), except the editing keys a text field needs (copy, cut, paste, undo, select all …); undo and redo
// only while the field has typing to undo or redo.

#include <QObject>

class QKeyEvent;
class QWidget;

class WindowShortcuts : public QObject {
    Q_OBJECT
public:
    explicit WindowShortcuts(QWidget *window);

    // True if `event` is one of the window's action shortcuts that a focused widget must not take.
    bool isWindowShortcut(const QKeyEvent *event) const;
    // Undo or Redo in a text field that has nothing to undo or redo (the window's Edit → Undo then takes it).
    static bool nothingToUndo(const QWidget *widget, const QKeyEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool hasAction(const QKeyEvent *event) const; // an enabled action of the window has this shortcut
    QWidget *m_window;
};
