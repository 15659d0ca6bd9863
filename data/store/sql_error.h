#pragma once
// What a failed SQLite call means for the user, in words that point at the cause: a full disk, a read-only
// file, another program holding the lock; never an empty reason, and never the data's fault when it is not.

#include <QSqlError>
#include <QString>

namespace SqlErrors {
// "the disk is full (SQLite: database or disk is full)"; falls back to SQLite's own text, or says it gave none.
QString describe(const QSqlError &error);
// A constraint (UNIQUE, NOT NULL) was violated: the row's fault, not the disk's.
bool isConstraint(const QSqlError &error);
}
