#pragma once
// Parses one sub-command's arguments: options with a value (--format json, --format=json), flags, and
// positional words; anything else is an error naming the valid choices.

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

class CliArgs {
public:
    struct Spec {
        QString command;          // for messages: "chips"
        QStringList valueOptions; // "--format", "-o"
        QStringList flags;        // "--explain"
        int maxPositional = 0;    // -1 = any number
    };
    static std::optional<CliArgs> parse(const QStringList &args, const Spec &spec, QString *error);

    bool has(const QString &option) const { return m_values.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const;
    QStringList values(const QString &option) const { return m_values.value(option); } // repeated options
    const QStringList &positional() const { return m_positional; }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};

// "'x' is not a valid format; valid: a, b" — the one wording every sub-command uses.
QString invalidChoice(const QString &what, const QString &given, const QStringList &valid);
