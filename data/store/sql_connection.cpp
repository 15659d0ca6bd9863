#include "sql_connection.h"

#include <QAtomicInt>
#include <QSqlError>

namespace {
QAtomicInt connectionCounter;
}

SqlConnection::SqlConnection(const QString &path, Mode mode)
    : m_name(QStringLiteral("atlas-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_path(path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}
