#pragma once
// One named QtSql connection to an SQLite file, removed when the object goes away (RAII around
// QSqlDatabase's global connection registry).

#include <QSqlDatabase>
#include <QString>

class SqlConnection {
public:
    enum class Mode { ReadOnly, ReadWrite };
    SqlConnection(const QString &path, Mode mode);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString errorText() const { return m_error; }
    QSqlDatabase database() const;
    QString path() const { return m_path; }

private:
    QString m_name;
    QString m_path;
    QString m_error;
    bool m_open = false;
};
