// Your own rows from the window: a form checks what is typed by the dataset's rules and writes nothing while a
// problem remains; an added flow shows in Money flows (graph and loops) at once; Edit → Undo removes it and Redo
// brings it back; a bundled row cannot be edited, only superseded by a newer claim that becomes the current value.
#include "database_builder.h"
#include "compare/compare_model.h"
#include "compare/compare_view.h"
#include "deployments/deployments_view.h"
#include "flows/flows_view.h"
#include "main_window.h"
#include "sql_connection.h"
#include "flow_text.h"
#include "table_reader.h"
#include "userdata/row_form.h"
#include "userdata/problem_text.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

class TestUserRows : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundled;
    int m_stores = 0;

    std::unique_ptr<AtlasStore> openStore()
    {
        QString error;
        auto store = AtlasStore::open(m_bundled, m_dir.filePath(QStringLiteral("user-%1.sqlite").arg(++m_stores)), &error);
        if (!store)
            qWarning() << error;
        return store;
    }

    static int userRows(const AtlasStore &store, const QString &table)
    {
        return int(TableReader::read({store.user()}, table).rows.size());
    }

    static QAction *editAction(MainWindow &window, const QString &startsWith)
    {
        for (QAction *a : window.menuBar()->actions())
            if (a->menu())
                for (QAction *item : a->menu()->actions())
                    if (item->text().startsWith(startsWith))
                        return item;
        return nullptr;
    }

    // Oracle pays OpenAI back: with the fixture's OpenAI → Oracle contract this closes a loop of two companies.
    static void fillReturnFlow(RowForm &form)
    {
        form.setField(QStringLiteral("from_id"), QStringLiteral("oracle"));
        form.setField(QStringLiteral("to_id"), QStringLiteral("openai"));
        form.setField(QStringLiteral("kind"), QStringLiteral("equity"));
        form.setField(QStringLiteral("amount_usd"), QStringLiteral("5e9"));
        form.setField(QStringLiteral("announced_on"), QStringLiteral("2026-11"));
        form.setField(QStringLiteral("description_en"), QStringLiteral("Oracle invests in OpenAI"));
        form.setField(QStringLiteral("description_zh_hant"), QStringLiteral("甲骨文投資 OpenAI"));
        form.setField(QStringLiteral("description_zh_hans"), QStringLiteral("甲骨文投资 OpenAI"));
        form.setField(QStringLiteral("status"), QStringLiteral("active"));
        form.setField(QStringLiteral("source_id"), QStringLiteral("art-korea"));
    }

    // The Compare cell of H100's dense BF16 figure.
    static QModelIndex bf16Cell(MainWindow &window)
    {
        const QAbstractItemModel *model = window.compareView()->table()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex i = model->index(r, c);
                const QVariantMap figure = i.data(CompareModel::NewerClaimRole).toMap();
                if (figure.value(QStringLiteral("chip")) == QLatin1String("h100-sxm") && figure.value(QStringLiteral("precision")) == QLatin1String("bf16"))
                    return i;
            }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QList<Problem> problems;
        const auto tables = DatasetFiles::read(QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset"), &problems);
        QVERIFY(problems.isEmpty());
        m_bundled = m_dir.filePath(QStringLiteral("bundled.sqlite"));
        QString error;
        QVERIFY2(DatabaseBuilder::build(tables, m_bundled, {QStringLiteral("v"), QStringLiteral("2026-11-29")}, &error), qPrintable(error));
    }

    void aBadFieldIsReportedAsTypedAndNothingIsWritten()
    {
        auto store = openStore();
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("flows")});
        RowForm *form = window.openRowForm(QStringLiteral("flow"));
        QVERIFY(form);
        fillReturnFlow(*form);
        form->validateNow();
        QVERIFY2(form->canAccept(), qPrintable(form->problems().join(QLatin1Char('\n'))));
        form->setField(QStringLiteral("amount_usd"), QStringLiteral("five billion"));
        form->validateNow();
        QVERIFY(!form->canAccept());
        QString problems = form->problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("Amount (US$): 'five billion' is not a number")), qPrintable(problems));
        form->setField(QStringLiteral("amount_usd"), QStringLiteral("5e9"));
        form->setField(QStringLiteral("to_id"), QStringLiteral("nobody"));
        form->validateNow();
        QVERIFY(!form->canAccept());
        problems = form->problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("to_id 'nobody' does not exist in company")), qPrintable(problems));
        form->accept(); // OK is refused while a problem remains
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 0);
        form->close();
    }

    void aNewSourceIsRequiredToBeComplete()
    {
        auto store = openStore();
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("flows")});
        RowForm *form = window.openRowForm(QStringLiteral("flow"));
        fillReturnFlow(*form);
        form->setField(QStringLiteral("source_id"), RowForm::newSourceChoice());
        form->validateNow();
        QVERIFY(!form->canAccept()); // the new source has no title or publisher yet
        QVERIFY2(form->problems().join(QLatin1Char('\n')).contains(QStringLiteral("New source · Title: required")), qPrintable(form->problems().join('\n')));
        form->setField(QStringLiteral("title"), QStringLiteral("My notes"), true);
        form->setField(QStringLiteral("publisher"), QStringLiteral("Me"), true);
        form->validateNow();
        QVERIFY2(form->canAccept(), qPrintable(form->problems().join(QLatin1Char('\n'))));
        QCOMPARE(form->change().added.size(), 2); // the source, then the flow citing it
        form->accept();
        QCOMPARE(userRows(*store, QStringLiteral("source")), 1);
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 1);
        window.undoStack()->undo(); // one change, one undo: both rows go
        QCOMPARE(userRows(*store, QStringLiteral("source")), 0);
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 0);
    }

    void anAddedFlowShowsInTheGraphAndLoopsAndUndoRedoFollow()
    {
        auto store = openStore();
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("flows")});
        auto *flows = static_cast<FlowsView *>(window.view(QStringLiteral("flows")));
        flows->setStatusChoice(1);
        const qsizetype statuses = flows->filter().statuses.size();
        QCOMPARE(flows->graph().flows().size(), 1); // the fixture's one contract
        QCOMPARE(flows->cycles().size(), 0);

        RowForm *form = window.openRowForm(QStringLiteral("flow"));
        fillReturnFlow(*form);
        form->validateNow();
        QVERIFY2(form->canAccept(), qPrintable(form->problems().join(QLatin1Char('\n'))));
        const QString id = form->row().id();
        QCOMPARE(id, QStringLiteral("my-flow"));
        form->accept();
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 1);

        // The view was rebuilt on the new data and kept its choices (every status).
        flows = static_cast<FlowsView *>(window.view(QStringLiteral("flows")));
        QCOMPARE(flows->filter().statuses.size(), statuses);
        QCOMPARE(flows->graph().flows().size(), 2);
        QCOMPARE(flows->cycles().size(), 1); // OpenAI → Oracle → OpenAI
        QVERIFY(window.catalog().isUserRow(QStringLiteral("flow"), id));
        QVERIFY(!window.catalog().isUserRow(QStringLiteral("flow"), QStringLiteral("openai-oracle")));

        QAction *undo = editAction(window, QStringLiteral("&Undo"));
        QAction *redo = editAction(window, QStringLiteral("&Redo"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add money flow my-flow"));
        QCOMPARE(undo->shortcut(), QKeySequence(QStringLiteral("Ctrl+Z")));
        QCOMPARE(redo->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
        QVERIFY(!redo->isEnabled());
        undo->trigger();
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 0);
        flows = static_cast<FlowsView *>(window.view(QStringLiteral("flows")));
        QCOMPARE(flows->graph().flows().size(), 1);
        QCOMPARE(flows->cycles().size(), 0);
        QCOMPARE(redo->text(), QStringLiteral("&Redo Add money flow my-flow"));
        redo->trigger();
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 1);
        flows = static_cast<FlowsView *>(window.view(QStringLiteral("flows")));
        QCOMPARE(flows->cycles().size(), 1);

        // Hidden with View → Show my data, back when it is on again.
        window.setShowUserData(false);
        flows = static_cast<FlowsView *>(window.view(QStringLiteral("flows")));
        QCOMPARE(flows->graph().flows().size(), 1);
        window.setShowUserData(true);
        flows = static_cast<FlowsView *>(window.view(QStringLiteral("flows")));
        QCOMPARE(flows->graph().flows().size(), 2);

        // Edit the user's row: one change (the old row out, the new in), undone as one.
        RowForm *edit = window.openRowForm(QStringLiteral("flow"), {{QStringLiteral("id"), id}});
        QVERIFY(edit);
        edit->setField(QStringLiteral("amount_usd"), QStringLiteral("7e9"));
        edit->validateNow();
        QVERIFY2(edit->canAccept(), qPrintable(edit->problems().join(QLatin1Char('\n'))));
        edit->accept();
        QCOMPARE(UserRows::find(*store, QStringLiteral("flow"), id)->value(u"amount_usd"), QStringLiteral("7000000000"));
        window.undoStack()->undo();
        QCOMPARE(UserRows::find(*store, QStringLiteral("flow"), id)->value(u"amount_usd"), QStringLiteral("5000000000"));

        QVERIFY(window.deleteUserRow(QStringLiteral("flow"), id));
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 0);
        window.undoStack()->undo();
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 1);
    }

    void aBundledRowCannotBeEditedOnlySuperseded()
    {
        auto store = openStore();
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("compare")});
        QVERIFY(!window.openRowForm(QStringLiteral("flow"), {{QStringLiteral("id"), QStringLiteral("openai-oracle")}}));
        QVERIFY(!window.deleteUserRow(QStringLiteral("flow"), QStringLiteral("openai-oracle")));
        QCOMPARE(window.undoStack()->count(), 0);

        // A newer claim about H100's BF16 figure: prefilled from the current one, chip and figure locked.
        const Chip *h100 = window.catalog().findChip(u"h100-sxm");
        QVERIFY(h100);
        const double before = h100->peak(Precision::BF16).value_or(0);
        QVERIFY(before > 0);
        // From the Compare cell: Edit → Add a newer claim… starts from the figure selected.
        QModelIndex cell = bf16Cell(window);
        QVERIFY(cell.isValid());
        QVERIFY(!cell.data(CompareModel::UserDataRole).toBool());
        window.compareView()->table()->setCurrentIndex(cell);
        QAction *addClaim = editAction(window, QStringLiteral("Add a newer &claim"));
        QVERIFY(addClaim);
        addClaim->trigger();
        auto *form = window.findChild<RowForm *>();
        QVERIFY(form);
        QCOMPARE(form->row().value(u"chip_id"), QStringLiteral("h100-sxm"));
        QCOMPARE(form->row().value(u"precision"), QStringLiteral("bf16"));
        QVERIFY(!form->field(QStringLiteral("chip_id"))->isEnabled());
        QCOMPARE(form->row().value(u"value").toDouble(), before);
        form->setField(QStringLiteral("value"), QStringLiteral("1.2e15"));
        form->setField(QStringLiteral("source_id"), QStringLiteral("nv-h100-ds"));
        form->setField(QStringLiteral("note"), QStringLiteral("Read off the updated datasheet"));
        form->validateNow();
        QVERIFY2(form->canAccept(), qPrintable(form->problems().join(QLatin1Char('\n'))));
        form->accept();
        const Chip *after = window.catalog().findChip(u"h100-sxm");
        QCOMPARE(after->peak(Precision::BF16).value_or(0), 1.2e15); // the user's claim is the current value
        const QList<SpecClaim> history = window.catalog().claims(QStringLiteral("h100-sxm"), QStringLiteral("peak_flops"), Precision::BF16);
        QVERIFY(history.size() >= 2); // the bundled claim and the user's, oldest first
        QCOMPARE(history.last().value, 1.2e15);
        QVERIFY(window.catalog().isUserRow(QStringLiteral("spec_claim"), history.last().id));
        QVERIFY(!window.catalog().isUserRow(QStringLiteral("spec_claim"), history.first().id));
        cell = bf16Cell(window); // the view was rebuilt on the new data: its cell is marked as the user's
        QVERIFY(cell.data(CompareModel::UserDataRole).toBool());
        QVERIFY2(cell.data(CompareModel::ValueTextRole).toString().startsWith(QStringLiteral("✎ ")), qPrintable(cell.data(CompareModel::ValueTextRole).toString()));
        QVERIFY(cell.data(CompareModel::ProvenanceRole).toString().contains(QLatin1String("your data")));
        window.undoStack()->undo();
        QCOMPARE(window.catalog().findChip(u"h100-sxm")->peak(Precision::BF16).value_or(0), before);
    }

    void anAddedDeploymentIsMarkedInTheViewAndItsExport()
    {
        auto store = openStore();
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("deployments")});
        RowForm *form = window.openRowForm(QStringLiteral("deployment"));
        QVERIFY(form);
        form->setField(QStringLiteral("country_iso2"), QStringLiteral("US"));
        form->setField(QStringLiteral("site"), QStringLiteral("My cluster"));
        form->setField(QStringLiteral("chip_id"), QStringLiteral("h100-sxm"));
        form->setField(QStringLiteral("sector"), QStringLiteral("private"));
        form->setField(QStringLiteral("units"), QStringLiteral("1000"));
        form->setField(QStringLiteral("units_kind"), QStringLiteral("planned"));
        form->setField(QStringLiteral("source_id"), QStringLiteral("nv-h100-ds"));
        form->accept();
        QVERIFY2(form->canAccept(), qPrintable(form->problems().join(QLatin1Char('\n'))));
        auto *view = static_cast<DeploymentsView *>(window.view(QStringLiteral("deployments")));
        const Report report = view->tableReport();
        const qsizetype site = report.table.columns.indexOf(QStringLiteral("site"));
        QVERIFY(site >= 0);
        int marked = 0;
        for (const auto &row : report.table.rows)
            marked += row.at(site).toString() == QStringLiteral("✎ My cluster") ? 1 : 0;
        QCOMPARE(marked, 1); // the user's row, and only it
        QVERIFY(report.notes.join(QLatin1Char(' ')).contains(QLatin1String("your data")));
    }

    // File → Reset to bundled data…: confirmed, the user database is moved aside (the added row still in it), a new
    // empty one takes its place, the views no longer show the row and the undo history is gone.
    void resetMovesTheUserDatabaseAsideAndTheViewsForgetItsRows()
    {
        auto store = openStore();
        const QString userPath = store->userPath();
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("flows")});
        RowForm *form = window.openRowForm(QStringLiteral("flow"));
        fillReturnFlow(*form);
        form->validateNow();
        QVERIFY2(form->canAccept(), qPrintable(form->problems().join(QLatin1Char('\n'))));
        form->accept();
        auto *flows = static_cast<FlowsView *>(window.view(QStringLiteral("flows")));
        QCOMPARE(flows->graph().flows().size(), 2); // the fixture's contract and the user's flow
        QCOMPARE(window.undoStack()->count(), 1);

        QAction *reset = window.findChild<QAction *>(QStringLiteral("resetToBundledData"));
        QVERIFY(reset && reset->isEnabled());
        QVERIFY(reset->associatedObjects().size() > 0); // in the File menu
        // Cancel first: nothing moves.
        QTimer::singleShot(0, &window, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->informativeText().contains(QLatin1String("never deleted")));
            box->button(QMessageBox::Cancel)->click();
        });
        reset->trigger();
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 1);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("user-%1-*.sqlite").arg(m_stores)}).size(), 0);

        QTimer::singleShot(0, &window, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        reset->trigger();
        const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("user-%1-*.sqlite").arg(m_stores)});
        QCOMPARE(aside.size(), 1); // "user-N-yyyyMMdd-HHmmss.sqlite" beside the new one
        QVERIFY(QFileInfo::exists(userPath));
        QVERIFY(store->hasUserDatabase());
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 0);
        {
            // The old file keeps the row.
            SqlConnection old(m_dir.filePath(aside.first()), SqlConnection::Mode::ReadOnly);
            QVERIFY(old.isOpen());
            QCOMPARE(TableReader::read({old.database()}, QStringLiteral("flow")).rows.size(), 1);
        }
        flows = static_cast<FlowsView *>(window.view(QStringLiteral("flows")));
        QCOMPARE(flows->graph().flows().size(), 1); // the fixture's contract alone
        QVERIFY(!window.catalog().isUserRow(QStringLiteral("flow"), QStringLiteral("my-flow")));
        QCOMPARE(window.undoStack()->count(), 0);
        QVERIFY2(window.statusBar()->currentMessage().contains(aside.first()), qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(store->notices().isEmpty()); // moved on purpose: not reported as gone

        // The new database takes rows at once.
        form = window.openRowForm(QStringLiteral("flow"));
        fillReturnFlow(*form);
        form->accept();
        QCOMPARE(userRows(*store, QStringLiteral("flow")), 1);
        QCOMPARE(static_cast<FlowsView *>(window.view(QStringLiteral("flows")))->graph().flows().size(), 2);
    }

    // A choice is shown in the interface language, in the words the views use; the row keeps the dataset's key.
    void choicesAreShownInTheInterfaceLanguage()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/compute-atlas_zh_TW.qm")));
        QCoreApplication::installTranslator(&zh);
        auto store = openStore();
        const Catalog catalog = Catalog::load(store->databases());
        RowForm form(*store, catalog, UserRow{QStringLiteral("flow"), QStringList(findTable(u"flow")->columns.size(), QString())}, false);
        form.setField(QStringLiteral("kind"), QStringLiteral("equity"));
        form.setField(QStringLiteral("status"), QStringLiteral("active"));
        const QString kindShown = qobject_cast<QComboBox *>(form.field(QStringLiteral("kind")))->currentText();
        const QString statusShown = qobject_cast<QComboBox *>(form.field(QStringLiteral("status")))->currentText();
        const QString expectedKind = FlowText::kind(QStringLiteral("equity")); // the Money flows view's word
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(kindShown != QLatin1String("equity") && kindShown == expectedKind, qPrintable(kindShown));
        QVERIFY2(!statusShown.contains(QLatin1String("active"), Qt::CaseInsensitive), qPrintable(statusShown));
        QCOMPARE(form.row().value(u"kind"), QStringLiteral("equity"));
        QCOMPARE(form.row().value(u"status"), QStringLiteral("active"));
    }

    void problemsAreTranslated()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/compute-atlas_zh_TW.qm")));
        QCoreApplication::installTranslator(&zh);
        const QString text = ProblemText::translated(QStringLiteral("'title' is required"));
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(text != QLatin1String("'title' is required") && text.contains(QLatin1String("title")), qPrintable(text));
        // A message it does not know is shown as it is.
        QCOMPARE(ProblemText::translated(QStringLiteral("something new")), QStringLiteral("something new"));
    }
};

QTEST_MAIN(TestUserRows)
#include "tst_user_rows.moc"
