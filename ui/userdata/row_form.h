#pragma once
// The form that adds or edits one of the user's rows (a money flow, a deployment, a newer claim about a chip's
// figure), issue 20. One field per column of the table (table_schema.h); what is typed is checked as it is typed
// by the dataset's own rules (UserRows::check runs DatasetChecker, as `db import` does), and every problem is
// shown beside its field. A source is required: one the dataset has, or a new one entered in the same form, which
// is then added with the row in the same change. OK is enabled only when nothing is wrong.

#include "atlas_store.h"
#include "catalog.h"
#include "user_rows.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QTimer;

class RowForm : public QDialog {
    Q_OBJECT
public:
    // `initial`: the row's fields to start from (a user row to edit, or a new row's defaults); `editing`: the
    // change replaces `initial` instead of adding a row. `locked`: columns shown but not changeable.
    RowForm(const AtlasStore &store, const Catalog &catalog, const UserRow &initial, bool editing,
            const QStringList &locked = {}, QWidget *parent = nullptr);

    // What OK writes: the row (and the new source, if one was entered), replacing the edited row.
    UserRowChange change() const;
    UserRow row() const;
    // The problems found by the last check, as "column: why" (empty: the row can be written).
    QStringList problems() const { return m_problemTexts; }
    // Checks now instead of after the typing pause (tests).
    void validateNow();
    // The field of a column of the row (or of the new source, with `source`), for tests.
    QWidget *field(const QString &column, bool source = false) const;
    void setField(const QString &column, const QString &value, bool source = false);
    bool canAccept() const;
    // Checks once more and closes only if nothing is wrong.
    void accept() override;
    // The source choice that means "a new source, entered below".
    static QString newSourceChoice() { return QStringLiteral("+new"); }

    // A translated label for a column.
    static QString columnLabel(const QString &table, const QString &column);
    // What one row of `table` is, for the Undo menu: "system", "measurement" ….
    static QString rowName(const QString &table);
    // A coded value of a choice column in the interface language ("flow", "kind", "equity" → "Equity investment"),
    // in the words the views use; the form stores the key.
    static QString choiceLabel(const QString &table, const QString &column, const QString &key);

private:
    struct Fields {
        const TableSpec *spec = nullptr;
        QHash<QString, QWidget *> widgets; // column → its input
    };
    void buildFields(Fields &fields, QFormLayout *layout, const UserRow &initial, const QStringList &locked);
    QWidget *makeInput(const TableSpec &spec, const ColumnSpec &column, const QString &value);
    static QString text(const QWidget *input);
    static void setText(QWidget *input, const QString &value);
    UserRow rowOf(const Fields &fields) const;
    bool newSource() const;
    void scheduleCheck();
    void showProblems(const QList<Problem> &problems, const QString &error);

    const AtlasStore &m_store;
    const Catalog &m_catalog;
    UserRow m_initial;
    bool m_editing;
    Fields m_row;
    Fields m_source;
    QGroupBox *m_sourceBox = nullptr;
    QListWidget *m_problemList = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_checkTimer = nullptr;
    QStringList m_problemTexts;
    bool m_ok = false;
};
