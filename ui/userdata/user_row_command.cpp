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
