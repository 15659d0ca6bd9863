#pragma once
// File → Import… (DESIGN §2.2, §4): a user's CSV file into one table of the user database, all or nothing.
// Before anything is written the dialog shows the first rows as they are read, the encoding (detected, and
// changeable) and every problem with its line, column and why: the import's own checks, run and rolled back
// on a worker thread (import_job.h). Import then writes in one transaction with progress and Cancel.

#include "import_job.h"

#include <QDialog>
#include <memory>

class AtlasStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // `file` may be empty (the user chooses one) or a file dropped on the window.
    ImportDialog(const AtlasStore &store, const QString &file, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);
    void setTable(const QString &table);
    // An --encoding key (TextEncodings::optionKeys()), or empty to detect.
    void setEncodingKey(const QString &key);
    QString table() const;
    // The table a file's name suggests ("deployment.csv", "my flow.csv" → "flow"), else empty.
    static QString tableForFileName(const QString &path);

    // Writes the checked file; finishes with importFinished().
    void startImport();
    // Stops an import that is running (it rolls back, nothing is written); else closes the dialog.
    void reject() override;
    bool isBusy() const;      // a check or an import is running
    bool isImporting() const; // an import is running

    int rowsImported() const { return m_rowsImported; }
    QString encodingRead() const { return m_encodingRead; }
    QPushButton *importButton() const { return m_importButton; }
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *problemTable() const { return m_problems; }
    QString summaryText() const;

signals:
    void checked();                      // a check finished (its results are shown)
    void importFinished(bool succeeded); // an import finished, cancelled or failed

private:
    void browse();
    void startCheck();
    void checkFinished();
    void importDone();
    void showProblems(const ImportResult &result);
    void setBusy(bool busy, const QString &what);
    ImportRequest request(bool keep) const;

    QString m_bundledPath;
    QString m_userPath;
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_tableCombo = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    std::unique_ptr<ImportJob> m_job;
    QString m_checkedPath; // the file the last check was for
    bool m_checkedOk = false;
    int m_rowsImported = 0;
    QString m_encodingRead;
};
