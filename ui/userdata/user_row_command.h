#pragma once
// One change to the user's rows on the window's undo stack (Edit → Undo/Redo, issue 20): redo writes the change,
// undo writes its inverse, each as one transaction in the user database. A change that cannot be written (the
// database went read-only or away) is reported and marks the command obsolete, so the stack drops it.
// A change of one field of one row (typed into a table cell) merges with the next change of the same field of the
// same row: one Undo takes the field back to what it was before the typing began.

#include "atlas_store.h"
#include "user_rows.h"

#include <QUndoCommand>
#include <functional>

class UserRowCommand : public QUndoCommand {
public:
    // `written` runs after every successful write (the window reloads the views); `failed` with the reason.
    UserRowCommand(const AtlasStore &store, UserRowChange change, const QString &text, std::function<void()> written,
                   std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;
    const UserRowChange &change() const { return m_change; }

    // Marks this change as the edit of one field (`column` of the row `id` of `table`), which merges with the next
    // edit of the same field.
    void setField(const QString &table, const QString &id, const QString &column);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void write(const UserRowChange &change);

    const AtlasStore &m_store;
    UserRowChange m_change;
    std::function<void()> m_written;
    std::function<void(const QString &)> m_failed;
    QString m_field; // "table|id|column" for the edit of one field; empty for any other change
};
