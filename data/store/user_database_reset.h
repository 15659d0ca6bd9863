#pragma once
// "Reset to bundled data" (DESIGN §2.2): the user database is moved aside under a dated name in its own folder,
// never deleted, so the next start begins with an empty one and the old rows can still be brought back.

#include <QDateTime>
#include <QString>

namespace UserDatabaseReset {

enum class Failure {
    None,
    ImportRunning,  // an import holds the database (`file`)
    CannotMove,     // `file` could not be renamed to `target`
    CannotMoveLog,  // the write-ahead log `file` could not be renamed beside `target`
    NoUserDatabase, // the program runs without one
};

struct Result {
    QString movedTo;           // where the old file went; empty if there was none to move
    QString error;             // why nothing was moved, in English (the command line's message)
    Failure failure = Failure::None; // the same, for a window to say in its language
    QString file, target;      // the paths the failure names
    bool ok() const { return error.isEmpty(); }
};

// "user.sqlite" → "user-20261130-043512.sqlite" beside it ("-2", "-3" … if that name is taken).
QString asideName(const QString &userPath, const QDateTime &when);

// Folds the write-ahead log into the file, then renames the file (and any log left beside it) to asideName.
// All or nothing: refused while an import holds the database; if a rename fails, what was renamed goes back.
Result moveAside(const QString &userPath, const QDateTime &when = QDateTime::currentDateTime());

} // namespace UserDatabaseReset
