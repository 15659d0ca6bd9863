#pragma once
// The "Data" tab under Sources (issue 20): any dataset table that has no view of its own to edit it in (systems,
// measurements, chip memory, model presets, sources, companies …), its rows as stored, the user's own marked ✎.
// Add a row, edit or delete a user row, type into a user row's field, or start a new row from any row (a bundled
// row cannot be edited, only superseded): each is asked of the window, which uses its forms and undo stack.

#include <QWidget>

class DataTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSqlDatabase;
class QTableView;

class DataTablePage : public QWidget {
    Q_OBJECT
public:
    explicit DataTablePage(const QList<QSqlDatabase> &databases, QWidget *parent = nullptr);

    // Shows `table` (a name from DataTableModel::offeredTables) and selects the row `id` if it is there.
    void showTable(const QString &table, const QString &id = QString());
    QString table() const;
    // The selected row's id, empty if none is selected.
    QString selectedId() const;
    // The column of the current cell, so that a rebuilt view puts the cursor back in the same field.
    QString currentColumn() const;
    void setCurrentColumn(const QString &column);
    void retranslate();

    DataTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *tableChoice() const { return m_tables; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *newFromButton() const { return m_newFrom; }
    QPushButton *deleteButton() const { return m_delete; }

signals:
    void rowFormRequested(const QString &table, const QVariantMap &request);
    void rowDeleteRequested(const QString &table, const QString &id);
    void rowFieldEdited(const QString &table, const QString &id, const QString &column, const QString &value);
    void statusMessage(const QString &text);

private:
    void updateButtons();
    void updateSummary();
    int selectedRow() const;

    DataTableModel *m_model = nullptr;
    QComboBox *m_tables = nullptr;
    QLabel *m_tableLabel = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_newFrom = nullptr;
    QPushButton *m_delete = nullptr;
};
