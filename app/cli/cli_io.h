#pragma once
// Where a headless sub-command writes: machine output to `out`, messages and errors to `err`.

#include <QTextStream>

struct CliIo {
    QTextStream &out;
    QTextStream &err;
};

// Exit codes shared by every sub-command.
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Failure = 1;    // the work failed (I/O, invalid data)
inline constexpr int BadUsage = 2;   // wrong sub-command, flag, value, chip …
}
