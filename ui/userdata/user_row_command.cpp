#include "user_row_command.h"

UserRowCommand::UserRowCommand(const AtlasStore &store, UserRowChange change, const QString &text, std::function<void()> written,
                               std::function<void(const QString &)> failed)
    : QUndoCommand(text)
    , m_store(store)
    , m_change(std::move(change))
    , m_written(std::move(written))
    , m_failed(std::move(failed))
{
}

void UserRowCommand::redo()
{
    write(m_change);
}

void UserRowCommand::undo()
{
    write(m_change.inverse());
}

void UserRowCommand::write(const UserRowChange &change)
{
    QString error;
    if (!UserRows::apply(m_store, change, &error)) {
        setObsolete(true);
        if (m_failed)
            m_failed(error);
        return;
    }
    if (m_written)
        m_written();
}

void UserRowCommand::setField(const QString &table, const QString &id, const QString &column)
{
    m_field = table + QLatin1Char('|') + id + QLatin1Char('|') + column;
}

int UserRowCommand::id() const
{
    // One id for every field edit: mergeWith decides by the field itself. Other changes never merge.
    return m_field.isEmpty() ? -1 : 20;
}

bool UserRowCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const UserRowCommand *>(other);
    // The next edit must start from the row this one left (nothing changed the row in between).
    if (!next || next->m_field != m_field || next->m_change.removed != m_change.added)
        return false;
    m_change.added = next->m_change.added;
    // Typed back to what it was: nothing is left to undo.
    setObsolete(m_change.added == m_change.removed);
    return true;
}
