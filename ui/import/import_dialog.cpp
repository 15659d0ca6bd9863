#include "import_dialog.h"

#include "atlas_store.h"
#include "table_schema.h"
#include "userdata/problem_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr auto kLastFolderKey = "import/lastFolder";

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ImportDialog::ImportDialog(const AtlasStore &store, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_bundledPath(store.bundled().databaseName())
    , m_userPath(store.userPath())
{
    setWindowTitle(tr("Import a CSV file"));
    setAcceptDrops(false);

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setPlaceholderText(tr("Choose a CSV file…"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    // Leaving the field (focus moving on) ends editing too: only a path that changed is checked again.
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(m_fileEdit->text().trimmed()) != m_checkedPath)
            startCheck();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browseButton);

    m_tableCombo = new QComboBox(this);
    m_tableCombo->addItem(tr("Choose a table"), QString());
    for (const QString &name : datasetTableNames())
        m_tableCombo->addItem(name, name);
    m_tableCombo->setToolTip(tr("The table the file's rows go into: its columns must be the table's"));
    connect(m_tableCombo, &QComboBox::currentIndexChanged, this, [this] { startCheck(); });

    m_encodingCombo = new QComboBox(this);
    m_encodingCombo->addItem(tr("Detect"), QString());
    const QStringList keys = TextEncodings::optionKeys();
    for (const QString &key : keys)
        m_encodingCombo->addItem(TextEncodings::name(*TextEncodings::fromOptionKey(key)).replace(QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16")), key);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, [this] { startCheck(); });
    m_encodingLabel = new QLabel(this);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encodingCombo);
    encodingRow->addWidget(m_encodingLabel, 1);

    // Rows that hold a layout get their label made here, with the field it names as its buddy (Alt+F, Alt+E).
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Table:"), m_tableCombo);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encodingCombo);
    form->addRow(encodingLabel, encodingRow);

    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto *previewBox = new QGroupBox(tr("First rows, as read"), this);
    (new QVBoxLayout(previewBox))->addWidget(m_preview);

    m_problems = new QTableWidget(0, 3, this);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setWordWrap(true);
    auto *problemBox = new QGroupBox(tr("Problems"), this);
    (new QVBoxLayout(problemBox))->addWidget(m_problems);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(problemBox);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    // Import starts the work; Cancel stops an import (it rolls back) before it closes anything.
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(900, 600);

    m_summary->setText(tr("Nothing is written until you press Import, and then all rows or none."));
    if (!file.isEmpty())
        setFile(file);
}

ImportDialog::~ImportDialog() = default; // the job's destructor cancels and waits

void ImportDialog::setFile(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    const QString guess = tableForFileName(path);
    if (!guess.isEmpty() && table().isEmpty()) {
        setTable(guess); // starts the check
        return;
    }
    startCheck();
}

void ImportDialog::setTable(const QString &table)
{
    const int index = m_tableCombo->findData(table);
    if (index >= 0)
        m_tableCombo->setCurrentIndex(index);
}

void ImportDialog::setEncodingKey(const QString &key)
{
    const int index = m_encodingCombo->findData(key);
    if (index >= 0)
        m_encodingCombo->setCurrentIndex(index);
}

QString ImportDialog::table() const
{
    return m_tableCombo->currentData().toString();
}

QString ImportDialog::tableForFileName(const QString &path)
{
    const QString base = QFileInfo(path).completeBaseName().toLower();
    QString best;
    for (const QString &name : datasetTableNames()) {
        // The longest name the file's name ends with: "market_share" before "share"-like prefixes of others.
        if ((base == name || base.endsWith(QLatin1Char(' ') + name) || base.endsWith(QLatin1Char('_') + name)
             || base.endsWith(QLatin1Char('-') + name) || base.startsWith(name + QLatin1Char('_')) || base.startsWith(name + QLatin1Char('-')))
            && name.size() > best.size())
            best = name;
    }
    return best;
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

bool ImportDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a CSV file"), settings.value(kLastFolderKey).toString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    setFile(path);
}

ImportRequest ImportDialog::request(bool keep) const
{
    ImportRequest r;
    r.bundledPath = m_bundledPath;
    r.userPath = m_userPath;
    r.table = table();
    r.file = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    r.encoding = TextEncodings::fromOptionKey(m_encodingCombo->currentData().toString());
    r.keep = keep;
    return r;
}

void ImportDialog::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_progress->setFormat(what + QStringLiteral(" %p%"));
    m_importButton->setEnabled(!busy && m_checkedOk);
    const bool importing = busy && m_job->request().keep;
    m_fileEdit->setEnabled(!importing);
    m_tableCombo->setEnabled(!importing);
    m_encodingCombo->setEnabled(!importing);
}

void ImportDialog::startCheck()
{
    m_job.reset(); // a check of the previous choice is cancelled
    m_checkedOk = false;
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_problems->setRowCount(0);
    m_encodingLabel->clear();
    const ImportRequest r = request(false);
    m_checkedPath = r.file;
    if (r.file.isEmpty() || r.table.isEmpty()) {
        m_importButton->setEnabled(false);
        m_summary->setText(r.file.isEmpty() ? tr("Choose a file to see its first rows and any problems.")
                                            : tr("Choose the table the rows go into."));
        return;
    }
    m_summary->setText(tr("Checking %1…").arg(QFileInfo(r.file).fileName()));
    m_job = std::make_unique<ImportJob>(r);
    connect(m_job.get(), &ImportJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job.get(), &ImportJob::finished, this, &ImportDialog::checkFinished);
    setBusy(true, tr("Checking"));
    m_job->start();
}

void ImportDialog::checkFinished()
{
    const ImportOutcome &outcome = m_job->outcome();
    const ImportResult &result = outcome.result;
    m_preview->setColumnCount(int(outcome.header.size()));
    m_preview->setHorizontalHeaderLabels(outcome.header);
    m_preview->setRowCount(int(outcome.preview.size()));
    QStringList lines;
    for (int r = 0; r < outcome.preview.size(); ++r) {
        const CsvRecord &record = outcome.preview.at(r);
        lines << QString::number(record.line);
        for (int c = 0; c < record.fields.size() && c < m_preview->columnCount(); ++c)
            m_preview->setItem(r, c, readOnlyItem(record.fields.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lines); // the file's line numbers, as the problems name them
    m_preview->resizeColumnsToContents();

    m_encodingRead = result.encoding;
    if (!result.encoding.isEmpty())
        m_encodingLabel->setText(m_encodingCombo->currentData().toString().isEmpty() ? tr("Detected: %1").arg(result.encoding)
                                                                                   : tr("Read as %1").arg(result.encoding));
    showProblems(result);
    m_checkedOk = result.ok() && result.rowsImported > 0;
    setBusy(false, QString());
    if (result.cancelled)
        m_summary->setText(tr("The check was cancelled."));
    else if (!result.error.isEmpty())
        m_summary->setText(tr("The file cannot be imported: %1").arg(result.error));
    else if (!result.ok() && result.encoding.isEmpty())
        m_summary->setText(tr("The file cannot be read as text in the encoding detected or chosen: choose its encoding above."));
    else if (!result.ok())
        m_summary->setText(tr("%n problem(s): nothing can be imported until the file is corrected.", "",
                              int(result.problems.size() + result.unlistedProblems)));
    else if (result.rowsImported == 0)
        m_summary->setText(tr("The file has no rows to import."));
    else
        m_summary->setText(tr("%n row(s) pass every check. Nothing is written until you press Import.", "", result.rowsImported));
    emit checked();
}

void ImportDialog::showProblems(const ImportResult &result)
{
    m_problems->setRowCount(0);
    for (const Problem &p : result.problems) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        m_problems->setItem(row, 0, readOnlyItem(QString::number(p.line)));
        m_problems->setItem(row, 1, readOnlyItem(QString::number(p.column)));
        m_problems->setItem(row, 2, readOnlyItem(ProblemText::translated(p.message)));
    }
    if (result.unlistedProblems > 0) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        m_problems->setItem(row, 2, readOnlyItem(tr("… and %n more problem(s)", "", int(result.unlistedProblems))));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
}

void ImportDialog::startImport()
{
    if (!m_checkedOk || isBusy())
        return;
    m_job = std::make_unique<ImportJob>(request(true));
    connect(m_job.get(), &ImportJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job.get(), &ImportJob::finished, this, &ImportDialog::importDone);
    m_summary->setText(tr("Importing…"));
    setBusy(true, tr("Importing"));
    m_job->start();
}

void ImportDialog::importDone()
{
    const ImportResult result = m_job->outcome().result;
    setBusy(false, QString());
    if (result.ok()) {
        m_rowsImported = result.rowsImported;
        m_encodingRead = result.encoding;
        emit importFinished(true);
        accept();
        return;
    }
    // Something changed since the check (the file, or rows in the user database): say what, write nothing.
    m_checkedOk = false;
    m_importButton->setEnabled(false);
    showProblems(result);
    if (result.cancelled)
        m_summary->setText(tr("The import was cancelled; nothing was imported."));
    else if (!result.error.isEmpty())
        m_summary->setText(tr("Nothing was imported: %1").arg(result.error));
    else
        m_summary->setText(tr("Nothing was imported: the file has %n problem(s).", "", int(result.problems.size() + result.unlistedProblems)));
    emit importFinished(false);
}

bool ImportDialog::isImporting() const
{
    return isBusy() && m_job->request().keep;
}

void ImportDialog::reject()
{
    // Cancel, Escape and the window's close button stop an import first (it rolls back); a check just goes away
    // with the dialog.
    if (isImporting()) {
        m_summary->setText(tr("Cancelling…"));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}
