// The main window's part of issue 20: the Edit menu (Undo/Redo of changes to the user's rows, the forms that add
// and edit them, Your rows…), View → Show my data, File → Reset to bundled data…, and reading the data again
// after a change.
#include "main_window.h"

#include "common/atlas_view.h"
#include "table_report.h"
#include "userdata/problem_text.h"
#include "userdata/row_form.h"
#include "userdata/user_row_command.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString kShowUserDataKey = QStringLiteral("view/showUserData");
// The tables with a view of their own to add rows in; the others are edited in the data table under Sources.
const QStringList kViewTables{QStringLiteral("flow"), QStringLiteral("deployment"), QStringLiteral("spec_claim")};

// The dates a newer row of a table is claimed on: today, when it starts from an older row.
const QStringList kClaimDates{QStringLiteral("claimed_on"), QStringLiteral("stated_on")};

// A new row's fields: empty but for the defaults given by column.
UserRow newRow(const QString &table, const QHash<QString, QString> &defaults)
{
    UserRow row{table, {}};
    for (const ColumnSpec &c : findTable(table)->columns)
        row.fields << defaults.value(c.name);
    return row;
}
} // namespace

void MainWindow::fillEditMenu()
{
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateEditActions);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateEditActions);

    m_addFlowAction = new QAction(this);
    connect(m_addFlowAction, &QAction::triggered, this, [this] { openRowForm(QStringLiteral("flow")); });
    m_addDeploymentAction = new QAction(this);
    connect(m_addDeploymentAction, &QAction::triggered, this, [this] { openRowForm(QStringLiteral("deployment")); });
    m_addClaimAction = new QAction(this);
    connect(m_addClaimAction, &QAction::triggered, this, [this] {
        // The figure selected in the view shown (a Compare cell), else the form starts empty.
        const AtlasView *current = m_views.value(m_stack->currentIndex());
        openRowForm(QStringLiteral("spec_claim"), current ? current->newerClaimRequest() : QVariantMap());
    });
    m_yourRowsAction = new QAction(this);
    connect(m_yourRowsAction, &QAction::triggered, this, [this] { openYourRows(); });
    m_resetAction = new QAction(this);
    m_resetAction->setObjectName(QStringLiteral("resetToBundledData"));
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::confirmResetToBundledData);

    m_showUserDataAction = new QAction(this);
    m_showUserDataAction->setCheckable(true);
    m_showUserDataAction->setChecked(QSettings().value(kShowUserDataKey, true).toBool());
    connect(m_showUserDataAction, &QAction::toggled, this, [this](bool show) {
        QSettings().setValue(kShowUserDataKey, show);
        reloadData();
    });

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_addFlowAction);
    m_editMenu->addAction(m_addDeploymentAction);
    m_editMenu->addAction(m_addClaimAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_yourRowsAction);
    updateUserDataState();
}

void MainWindow::updateUserDataState()
{
    // Forms need the data (chips, sources, companies): off while it is being read.
    const bool writable = m_catalog && m_store.hasUserDatabase() && !m_store.userReadOnly();
    m_importAction->setEnabled(m_catalog != nullptr);
    for (QAction *a : {m_addFlowAction, m_addDeploymentAction, m_addClaimAction, m_yourRowsAction})
        a->setEnabled(writable);
    // A broken or read-only user database is exactly what a reset is for: only a window without one has none to reset.
    m_resetAction->setEnabled(!m_store.userPath().isEmpty());
    // A problem (the user's data is not used) in red; a note (it was replaced because it had gone, it is read-only)
    // in the status bar's own colour.
    m_userProblemLabel->setStyleSheet(m_store.userProblem().isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_userProblemLabel->setVisible(!m_store.userProblem().isEmpty() || !m_store.notices().isEmpty());
    if (!m_store.userProblem().isEmpty()) {
        m_userProblemLabel->setText(tr("⚠ Your own data could not be used; showing the bundled data only."));
        m_userProblemLabel->setToolTip(m_store.userProblem());
    } else if (!m_store.notices().isEmpty()) {
        m_userProblemLabel->setText(tr("ⓘ A note about your own data: point here to read it."));
        m_userProblemLabel->setToolTip(m_store.notices().join(QLatin1Char('\n')));
    }
}

void MainWindow::confirmResetToBundledData()
{
    QMessageBox box(QMessageBox::Question, tr("Reset to bundled data"),
                    tr("Start again with the bundled data only?"), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmReset"));
    box.setInformativeText(tr("Your user database %1 will be moved aside in the same folder under a name with today's date and "
                              "time. It is never deleted: your rows stay in it. The Undo history is cleared.")
                               .arg(QDir::toNativeSeparators(m_store.userPath())));
    QPushButton *reset = box.addButton(tr("Move aside and reset"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != reset)
        return;
    const UserDatabaseReset::Result result = resetToBundledData();
    if (!result.ok())
        QMessageBox::warning(this, tr("Your data was not reset"), resetFailureText(result));
}

QString MainWindow::resetFailureText(const UserDatabaseReset::Result &result)
{
    using Failure = UserDatabaseReset::Failure;
    const QString file = QDir::toNativeSeparators(result.file);
    const QString target = QDir::toNativeSeparators(result.target);
    switch (result.failure) {
    case Failure::ImportRunning:
        return tr("An import into %1 is running: nothing was moved. Try again when it has finished.").arg(file);
    case Failure::CannotMove:
        return tr("%1 could not be moved to %2 (no permission to write its folder?): nothing was moved.").arg(file, target);
    case Failure::CannotMoveLog:
        return tr("The write-ahead log %1 could not be moved beside %2: nothing was moved.").arg(file, target);
    case Failure::NoUserDatabase:
        return tr("This window uses no user database: nothing was moved.");
    case Failure::None: break;
    }
    return result.error;
}

UserDatabaseReset::Result MainWindow::resetToBundledData()
{
    const UserDatabaseReset::Result result = m_store.resetUserDatabase();
    if (!result.ok())
        return result; // nothing moved: the undo history still applies
    // The commands on the undo stack name rows of the old file: undoing one now would write into the new one.
    m_undoStack->clear();
    reloadData();
    if (result.movedTo.isEmpty())
        statusBar()->showMessage(tr("There was no user database to move aside; showing the bundled data."), 15000);
    else
        statusBar()->showMessage(tr("Reset to bundled data: your old user database is now %1").arg(QDir::toNativeSeparators(result.movedTo)), 30000);
    return result;
}

void MainWindow::retranslateEditMenu()
{
    m_editMenu->setTitle(tr("&Edit"));
    updateEditActions();
    m_addFlowAction->setText(tr("Add a &money flow…"));
    m_addFlowAction->setStatusTip(tr("Add a deal you read about, with its source: it shows in Money flows at once"));
    m_addDeploymentAction->setText(tr("Add a &deployment…"));
    m_addDeploymentAction->setStatusTip(tr("Add a cluster or an order, with its source: it shows in Deployments at once"));
    m_addClaimAction->setText(tr("Add a newer &claim…"));
    m_addClaimAction->setStatusTip(tr("A newer figure for a chip: it becomes the current value, and the claim history keeps both"));
    m_yourRowsAction->setText(tr("&Your rows…"));
    m_yourRowsAction->setStatusTip(tr("Edit or delete the rows you added; the bundled rows cannot be edited, only superseded"));
    m_resetAction->setText(tr("&Reset to bundled data…"));
    m_resetAction->setStatusTip(tr("Move your own rows aside in a dated file (never deleted) and go on with the bundled data only"));
    m_showUserDataAction->setText(tr("Show &my data"));
    m_showUserDataAction->setStatusTip(tr("Show the rows you imported or added beside the bundled data, or the bundled data alone"));
}

void MainWindow::updateEditActions()
{
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
}

bool MainWindow::showsUserData() const
{
    return m_showUserDataAction->isChecked();
}

void MainWindow::setShowUserData(bool show)
{
    m_showUserDataAction->setChecked(show);
}

QList<QSqlDatabase> MainWindow::shownDatabases() const
{
    return showsUserData() ? m_store.databases() : QList<QSqlDatabase>{m_store.bundled()};
}

void MainWindow::reloadData()
{
    if (!m_store.isOpen())
        return; // the window's first frame: the program opens the store, then reads the data
    auto fresh = std::make_unique<Catalog>(Catalog::load(shownDatabases()));
    if (!m_carriedSettings) {
        m_carryDir = std::make_unique<QTemporaryDir>();
        m_carriedSettings = std::make_unique<QSettings>(m_carryDir->filePath(QStringLiteral("views.ini")), QSettings::IniFormat);
    }
    const int current = m_stack->currentIndex();
    const QWidget *focus = QApplication::focusWidget();
    const bool focusInViews = focus && m_stack->isAncestorOf(focus);
    // The views hold the old data: each is put aside with its choices and built again on the new data (now if it
    // is shown, else when it is next shown).
    for (int i = 0; i < m_views.size(); ++i) {
        AtlasView *v = m_views.at(i);
        if (!v)
            continue;
        v->saveSettings(*m_carriedSettings);
        m_carried[i] = true;
        m_keptSelections[i] = SelectionKeeper::save(v);
        m_stack->insertWidget(i, new QWidget(m_stack));
        m_stack->removeWidget(v);
        m_views[i] = nullptr;
        delete v;
    }
    m_ownCatalog.swap(fresh);
    m_catalog = m_ownCatalog.get();
    if (current >= 0) {
        buildView(current);
        m_stack->setCurrentIndex(current);
        m_exportAction->setEnabled(m_views.at(current)->canExport());
        if (focusInViews) // the focused widget went with the old view: keys still go to the view shown
            m_views.at(current)->setFocus(Qt::OtherFocusReason);
    }
    retranslateUi();
}

UserRowCommand *MainWindow::newCommand(const UserRowChange &change, const QString &actionName)
{
    return new UserRowCommand(
        m_store, change, actionName, [this] { reloadData(); },
        [this](const QString &error) {
            QMessageBox::warning(this, tr("Your data was not changed"), tr("The change could not be written: %1").arg(error));
        });
}

void MainWindow::pushChange(const UserRowChange &change, const QString &actionName)
{
    m_undoStack->push(newCommand(change, actionName));
    statusBar()->showMessage(actionName, 8000);
}

bool MainWindow::editUserField(const QString &table, const QString &id, const QString &column, const QString &value)
{
    const auto row = UserRows::find(m_store, table, id);
    const int at = row ? row->spec()->columnIndex(column) : -1;
    if (!row || at < 0 || column == row->spec()->idColumn()) {
        statusBar()->showMessage(tr("Only your own rows can be changed; a bundled row can only be superseded."), 8000);
        return false;
    }
    UserRow changed = *row;
    changed.fields[at] = value.trimmed();
    if (changed == *row)
        return false;
    const UserRowChange change{{*row}, {changed}};
    QString error;
    const QList<Problem> problems = UserRows::check(m_store, change, &error);
    const QString label = RowForm::columnLabel(table, column);
    if (!error.isEmpty() || !problems.isEmpty()) {
        // Nothing is written: the cell shows the stored value again, the status bar says why.
        const QString why = !error.isEmpty() ? error : ProblemText::translated(problems.first().message);
        statusBar()->showMessage(tr("%1 of %2 was not changed: %3").arg(label, id, why), 15000);
        return false;
    }
    const QString name = tr("Change %1 of %2").arg(label, id);
    UserRowCommand *command = newCommand(change, name);
    command->setField(table, id, column);
    m_undoStack->push(command);
    statusBar()->showMessage(name, 8000);
    return true;
}

bool MainWindow::deleteUserRow(const QString &table, const QString &id)
{
    const auto row = UserRows::find(m_store, table, id);
    if (!row) {
        statusBar()->showMessage(tr("Only your own rows can be deleted; a bundled row can only be superseded."), 8000);
        return false;
    }
    pushChange({{*row}, {}}, tr("Delete %1").arg(id));
    return true;
}

RowForm *MainWindow::openRowForm(const QString &table, const QVariantMap &request)
{
    const TableSpec *spec = findTable(table);
    if (!spec)
        return nullptr;
    if (!m_catalog)
        reloadData(); // the form offers the data's chips, sources and companies
    if (!m_catalog)
        return nullptr; // the store is not open yet
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    UserRow initial;
    QStringList locked;
    bool editing = false;
    const QString idColumn = spec->idColumn();
    const bool slugId = !idColumn.isEmpty() && spec->column(idColumn)->kind == ColumnSpec::Kind::Id;
    if (const QString id = request.value(QStringLiteral("id")).toString(); !id.isEmpty()) {
        const auto row = UserRows::find(m_store, table, id);
        if (!row) {
            statusBar()->showMessage(tr("Bundled rows cannot be edited, only superseded: add a newer row with its source."), 8000);
            return nullptr;
        }
        initial = *row;
        editing = true;
    } else if (const QString from = request.value(QStringLiteral("from")).toString(); !from.isEmpty()) {
        // A newer row starting from an older one (the user's own, else the bundled one): its own id, claimed today,
        // and a source still to be given: the old row's source does not back the new figures.
        std::optional<UserRow> row = showsUserData() ? UserRows::find(m_store, table, from) : std::nullopt;
        if (!row)
            row = UserRows::findIn(m_store.bundled(), table, from);
        if (!row)
            return nullptr;
        initial = *row;
        if (!idColumn.isEmpty())
            initial.fields[spec->columnIndex(idColumn)] = slugId ? UserRows::freeId(m_store, table, from) : QString();
        for (const QString &date : kClaimDates)
            if (spec->column(date))
                initial.fields[spec->columnIndex(date)] = today;
        if (spec->column(u"source_id"))
            initial.fields[spec->columnIndex(u"source_id")].clear();
    } else if (!kViewTables.contains(table)) {
        QHash<QString, QString> defaults;
        if (slugId)
            defaults.insert(idColumn, UserRows::freeId(m_store, table, QStringLiteral("my-") + QString(table).replace(QLatin1Char('_'), QLatin1Char('-'))));
        for (const QString &date : kClaimDates)
            defaults.insert(date, today);
        initial = newRow(table, defaults);
    } else if (table == QLatin1String("flow")) {
        initial = newRow(table, {{QStringLiteral("id"), UserRows::freeId(m_store, table, QStringLiteral("my-flow"))},
                                 {QStringLiteral("announced_on"), today},
                                 {QStringLiteral("upper_bound"), QStringLiteral("0")}});
    } else if (table == QLatin1String("deployment")) {
        initial = newRow(table, {{QStringLiteral("id"), UserRows::freeId(m_store, table, QStringLiteral("my-deployment"))},
                                 {QStringLiteral("announced_on"), today}});
    } else {
        // A newer claim supersedes the current one: same chip and figure, a later date, the user's source.
        const QString chipId = request.value(QStringLiteral("chip")).toString();
        const QString metric = request.value(QStringLiteral("metric"), QStringLiteral("peak_flops")).toString();
        const QString precision = request.value(QStringLiteral("precision")).toString();
        QHash<QString, QString> defaults{{QStringLiteral("chip_id"), chipId},
                                         {QStringLiteral("metric"), metric},
                                         {QStringLiteral("precision"), precision},
                                         {QStringLiteral("sparse"), QStringLiteral("0")},
                                         {QStringLiteral("basis"), QStringLiteral("reported")},
                                         {QStringLiteral("claimed_on"), today}};
        if (const Chip *chip = m_catalog->findChip(chipId)) {
            const auto current = chip->currentClaims.constFind(claimKey(metric, precisionFromKey(precision)));
            if (current != chip->currentClaims.cend()) {
                defaults.insert(QStringLiteral("value"), QString::number(current->value, 'g', 12));
                defaults.insert(QStringLiteral("unit"), current->unit);
            }
        }
        const QString stem = QStringLiteral("my-%1-%2%3").arg(chipId.isEmpty() ? QStringLiteral("claim") : chipId, QString(metric).replace(QLatin1Char('_'), QLatin1Char('-')),
                                                              precision.isEmpty() ? QString() : QLatin1Char('-') + precision);
        defaults.insert(QStringLiteral("id"), UserRows::freeId(m_store, table, stem));
        initial = newRow(table, defaults);
        if (!chipId.isEmpty())
            locked = {QStringLiteral("chip_id"), QStringLiteral("metric"), QStringLiteral("precision")};
    }
    auto *form = new RowForm(m_store, *m_catalog, initial, editing, locked, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowModality(Qt::WindowModal);
    connect(form, &QDialog::accepted, this, [this, form, editing] {
        const UserRow row = form->row();
        const QString what = row.table == QLatin1String("flow")         ? tr("money flow")
                             : row.table == QLatin1String("deployment") ? tr("deployment")
                             : row.table == QLatin1String("spec_claim") ? tr("claim")
                                                                        : RowForm::rowName(row.table);
        pushChange(form->change(), (editing ? tr("Edit %1 %2") : tr("Add %1 %2")).arg(what, row.id()));
    });
    form->open();
    return form;
}

QDialog *MainWindow::openYourRows()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("yourRows"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Your rows"));
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("yourRowsList"));
    const auto fill = [this, list] {
        list->clear();
        if (!m_store.hasUserDatabase())
            return;
        QStringList tables = kViewTables;
        for (const TableSpec &t : datasetTables())
            if (!tables.contains(t.name) && !t.idColumn().isEmpty())
                tables << t.name;
        for (const QString &table : std::as_const(tables)) {
            QStringList ids = UserRows::ids(m_store.user(), table).values();
            ids.sort();
            const QString what = table == QLatin1String("flow")         ? tr("Money flow")
                                 : table == QLatin1String("deployment") ? tr("Deployment")
                                 : table == QLatin1String("spec_claim") ? tr("Claim")
                                                                        : datasetTableTitle(table);
            for (const QString &id : std::as_const(ids)) {
                auto *item = new QListWidgetItem(QStringLiteral("✎ %1 · %2").arg(what, id), list);
                item->setData(Qt::UserRole, table);
                item->setData(Qt::UserRole + 1, id);
            }
        }
    };
    fill();
    auto *note = new QLabel(tr("Rows you imported or added. Bundled rows are not listed: they cannot be edited, only superseded."), dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *edit = buttons->addButton(tr("Edit…"), QDialogButtonBox::ActionRole);
    QPushButton *remove = buttons->addButton(tr("Delete"), QDialogButtonBox::ActionRole);
    const auto selected = [list] {
        const QListWidgetItem *item = list->currentItem();
        return item ? std::pair(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString()) : std::pair(QString(), QString());
    };
    connect(edit, &QPushButton::clicked, dialog, [this, selected] {
        if (const auto [table, id] = selected(); !id.isEmpty())
            openRowForm(table, {{QStringLiteral("id"), id}});
    });
    connect(remove, &QPushButton::clicked, dialog, [this, selected] {
        if (const auto [table, id] = selected(); !id.isEmpty())
            deleteUserRow(table, id);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, dialog, fill); // a deletion, its undo and redo alike
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(note);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog->resize(520, 420);
    dialog->open();
    return dialog;
}
