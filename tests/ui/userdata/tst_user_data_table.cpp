// The data table under Sources (issue 20): the tables without a view of their own, their rows as stored, the
// user's marked ✎; a row added through the window's form and undo stack, a bundled row read-only but a new row
// can start from it, a field of the user's row typed into (one Undo step per field, however often it is typed),
// the selection kept when the view is rebuilt for the new data; and a failed reset says why once, in one sentence.
#include "bundled_database.h"
#include "compare/compare_view.h"
#include "database_builder.h"
#include "flows/flows_view.h"
#include "language_manager.h"
#include "main_window.h"
#include "report_writer.h"
#include "sources/data_table_model.h"
#include "sources/data_table_page.h"
#include "sources/sources_model.h"
#include "sources/sources_view.h"
#include "table_reader.h"
#include "user_rows.h"
#include "userdata/row_form.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QHeaderView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestUserDataTable : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundled;
    int m_stores = 0;
    LanguageManager m_english; // English plural forms ("1 row", "2 rows"), as the program loads them

    std::unique_ptr<AtlasStore> openStore()
    {
        QString error;
        auto store = AtlasStore::open(m_bundled, m_dir.filePath(QStringLiteral("user-%1.sqlite").arg(++m_stores)), &error);
        if (!store)
            qWarning() << error;
        return store;
    }

    // The user's system "my-pod": 4 H100s, cited to the fixture's datasheet.
    static UserRow myPod()
    {
        UserRow row{QStringLiteral("system"), {}};
        const QHash<QString, QString> values{{QStringLiteral("id"), QStringLiteral("my-pod")},
                                             {QStringLiteral("name"), QStringLiteral("My pod")},
                                             {QStringLiteral("chip_id"), QStringLiteral("h100-sxm")},
                                             {QStringLiteral("accelerators"), QStringLiteral("4")},
                                             {QStringLiteral("status"), QStringLiteral("shipping")},
                                             {QStringLiteral("claimed_on"), QStringLiteral("2026-11")},
                                             {QStringLiteral("source_id"), QStringLiteral("nv-h100-ds")}};
        for (const ColumnSpec &c : findTable(u"system")->columns)
            row.fields << values.value(c.name);
        return row;
    }

    static UserRow rowOf(const QString &table, const QHash<QString, QString> &values)
    {
        UserRow row{table, {}};
        for (const ColumnSpec &c : findTable(table)->columns)
            row.fields << values.value(c.name);
        return row;
    }

    static QString stored(const AtlasStore &store, const QString &id, const QString &column)
    {
        const auto row = UserRows::find(store, QStringLiteral("system"), id);
        return row ? row->value(column) : QStringLiteral("(no row)");
    }

    // The data page of the Sources view as it is now (the view is rebuilt after every change).
    static DataTablePage *page(MainWindow &window) { return window.sourcesView()->showDataPage(); }

    // The form a button asked for: the request is queued, so it opens once the event loop has run.
    static RowForm *openForm(MainWindow &window)
    {
        for (int i = 0; i < 100 && !window.findChild<RowForm *>(); ++i)
            QCoreApplication::processEvents();
        return window.findChild<RowForm *>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_english.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
        QList<Problem> problems;
        const auto tables = DatasetFiles::read(QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset"), &problems);
        QVERIFY(problems.isEmpty());
        m_bundled = m_dir.filePath(QStringLiteral("bundled.sqlite"));
        QString error;
        QVERIFY2(DatabaseBuilder::build(tables, m_bundled, {QStringLiteral("v"), QStringLiteral("2026-11-29")}, &error), qPrintable(error));
    }

    // Start-up pays nothing for it: the tab is filled when it is first shown, with the systems.
    void theDataTabIsBuiltWhenFirstShown()
    {
        auto store = openStore();
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("sources")});
        QVERIFY(!window.sourcesView()->dataPage());
        DataTablePage *data = page(window);
        QCOMPARE(data->table(), QStringLiteral("system"));
        QCOMPARE(data->model()->rowCount(), 2); // the fixture's dgx-h100 and rubin-rack
        QCOMPARE(data->model()->userRowCount(), 0);
        // Tables with a view of their own to edit them in are not offered here.
        QCOMPARE(data->tableChoice()->findData(QStringLiteral("flow")), -1);
        QVERIFY(data->tableChoice()->findData(QStringLiteral("measurement")) >= 0);
        data->showTable(QStringLiteral("measurement"));
        QCOMPARE(data->model()->rowCount(), 1); // the fixture's H100 GEMM measurement
        QCOMPARE(data->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Value"));
        const QString summary = data->findChild<QLabel *>(QStringLiteral("dataTableSummary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("1 row: 1 bundled, 0 ✎ yours.")), qPrintable(summary));
    }

    // Add a row… opens the window's form; OK writes the row, which shows marked ✎; Undo removes it, Redo restores it.
    void aSystemAddedFromTheDataTableIsMarkedAndUndone()
    {
        auto store = openStore();
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("sources")});
        page(window)->addButton()->click();
        RowForm *form = openForm(window);
        QVERIFY(form);
        QCOMPARE(form->windowTitle(), QStringLiteral("Add a row to Systems"));
        const UserRow pod = myPod();
        const TableSpec &spec = *findTable(u"system");
        QCOMPARE(qobject_cast<QLineEdit *>(form->field(QStringLiteral("id")))->text(), QStringLiteral("my-system"));
        for (int c = 0; c < spec.columns.size(); ++c)
            if (!pod.fields.at(c).isEmpty())
                form->setField(spec.columns.at(c).name, pod.fields.at(c));
        form->validateNow();
        QVERIFY2(form->canAccept(), qPrintable(form->problems().join(QLatin1Char('\n'))));
        form->accept();
        QCOMPARE(stored(*store, QStringLiteral("my-pod"), QStringLiteral("accelerators")), QStringLiteral("4"));
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Add system my-pod"));

        // The view was rebuilt on the new data and still shows the systems: 2 bundled + 1 of the user's.
        DataTablePage *data = page(window);
        QCOMPARE(data->table(), QStringLiteral("system"));
        QCOMPARE(data->model()->rowCount(), 3);
        const int mine = data->model()->rowOfId(QStringLiteral("my-pod"));
        QCOMPARE(mine, 2); // after the bundled rows
        QCOMPARE(data->model()->index(mine, 0).data().toString(), QStringLiteral("✎ my-pod"));
        QCOMPARE(data->model()->index(0, 0).data().toString(), QStringLiteral("dgx-h100"));

        window.undoStack()->undo();
        QCOMPARE(page(window)->model()->rowCount(), 2);
        QCOMPARE(stored(*store, QStringLiteral("my-pod"), QStringLiteral("id")), QStringLiteral("(no row)"));
        window.undoStack()->redo();
        QCOMPARE(page(window)->model()->rowCount(), 3);
        QCOMPARE(page(window)->model()->userRowCount(), 1);
    }

    // A bundled row: no field can be typed into, Edit and Delete are off; "New row from this one…" starts a row with
    // its figures, its own id, claimed today and without the old row's source.
    void aBundledRowIsReadOnlyAndANewRowStartsFromIt()
    {
        auto store = openStore();
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("sources")});
        DataTablePage *data = page(window);
        const int dgx = data->model()->rowOfId(QStringLiteral("dgx-h100"));
        QVERIFY(dgx >= 0);
        const QModelIndex accelerators = data->model()->index(dgx, findTable(u"system")->columnIndex(u"accelerators"));
        QVERIFY(!(data->model()->flags(accelerators) & Qt::ItemIsEditable));
        QVERIFY(!data->model()->setData(accelerators, QStringLiteral("16")));
        data->view()->selectRow(dgx);
        QVERIFY(!data->editButton()->isEnabled());
        QVERIFY(!data->deleteButton()->isEnabled());
        QVERIFY(data->newFromButton()->isEnabled());
        QVERIFY(!window.deleteUserRow(QStringLiteral("system"), QStringLiteral("dgx-h100")));
        QVERIFY(!window.editUserField(QStringLiteral("system"), QStringLiteral("dgx-h100"), QStringLiteral("accelerators"), QStringLiteral("16")));
        QCOMPARE(window.undoStack()->count(), 0);

        data->newFromButton()->click();
        RowForm *form = openForm(window);
        QVERIFY(form);
        const UserRow start = form->row();
        QCOMPARE(start.value(u"id"), QStringLiteral("dgx-h100-2"));
        QCOMPARE(start.value(u"accelerators"), QStringLiteral("8"));
        QCOMPARE(start.value(u"power_w"), QStringLiteral("10200"));
        QCOMPARE(start.value(u"claimed_on"), QDate::currentDate().toString(Qt::ISODate));
        // A source still to give: the form starts on "New source (below)".
        QCOMPARE(qobject_cast<QComboBox *>(form->field(QStringLiteral("source_id")))->currentData().toString(), RowForm::newSourceChoice());
        form->setField(QStringLiteral("source_id"), QStringLiteral("art-korea"));
        form->setField(QStringLiteral("power_w"), QStringLiteral("10400"));
        form->validateNow();
        QVERIFY2(form->canAccept(), qPrintable(form->problems().join(QLatin1Char('\n'))));
        form->accept();
        QCOMPARE(stored(*store, QStringLiteral("dgx-h100-2"), QStringLiteral("power_w")), QStringLiteral("10400"));
        // The bundled row is unchanged beside it.
        QCOMPARE(UserRows::findIn(store->bundled(), QStringLiteral("system"), QStringLiteral("dgx-h100"))->value(u"power_w"), QStringLiteral("10200"));
    }

    // Typing into the same field again and again is one Undo step back to the value before the typing; another
    // field is a step of its own; a value that breaks a rule is not written and the status bar says why.
    void typingIntoAFieldIsOneUndoStepPerField()
    {
        auto store = openStore();
        QString error;
        QVERIFY2(UserRows::apply(*store, {{}, {myPod()}}, &error), qPrintable(error));
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("sources")});
        const QString system = QStringLiteral("system"), pod = QStringLiteral("my-pod"), accelerators = QStringLiteral("accelerators");

        // Through the table: the cell's new text goes to the window (queued), which writes it.
        DataTablePage *data = page(window);
        const int mine = data->model()->rowOfId(pod);
        QVERIFY(mine >= 0);
        const QModelIndex cell = data->model()->index(mine, findTable(u"system")->columnIndex(accelerators));
        QVERIFY(data->model()->flags(cell) & Qt::ItemIsEditable);
        data->model()->setData(cell, QStringLiteral("8"));
        QTRY_COMPARE(stored(*store, pod, accelerators), QStringLiteral("8"));
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Change Accelerators of my-pod"));
        QVERIFY(window.editUserField(system, pod, accelerators, QStringLiteral("16")));
        QVERIFY(window.editUserField(system, pod, accelerators, QStringLiteral("32")));
        QCOMPARE(stored(*store, pod, accelerators), QStringLiteral("32"));
        QCOMPARE(window.undoStack()->count(), 1); // 4 → 8 → 16 → 32 merged

        QVERIFY(window.editUserField(system, pod, QStringLiteral("name"), QStringLiteral("My big pod")));
        QCOMPARE(window.undoStack()->count(), 2); // another field: its own step
        window.undoStack()->undo();
        QCOMPARE(stored(*store, pod, QStringLiteral("name")), QStringLiteral("My pod"));
        QCOMPARE(stored(*store, pod, accelerators), QStringLiteral("32"));
        window.undoStack()->undo();
        QCOMPARE(stored(*store, pod, accelerators), QStringLiteral("4")); // one step back past all the typing
        window.undoStack()->redo();
        QCOMPARE(stored(*store, pod, accelerators), QStringLiteral("32"));

        // Typed back to where it started: the merged step undoes nothing and goes.
        window.undoStack()->undo();
        QVERIFY(window.editUserField(system, pod, accelerators, QStringLiteral("5")));
        QVERIFY(window.editUserField(system, pod, accelerators, QStringLiteral("4")));
        QCOMPARE(window.undoStack()->count(), 0);

        // A rule broken: nothing written, nothing to undo, the reason in the status bar.
        QVERIFY(!window.editUserField(system, pod, accelerators, QStringLiteral("many")));
        QCOMPARE(stored(*store, pod, accelerators), QStringLiteral("4"));
        QCOMPARE(window.undoStack()->count(), 0);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QLatin1String("Accelerators of my-pod was not changed")) && message.contains(QLatin1String("'many' is not a number")),
                 qPrintable(message));
    }

    // The view is rebuilt on the new data after every change: the same table, row and field stay selected.
    void theSelectionIsKeptWhenTheViewIsRebuilt()
    {
        auto store = openStore();
        QString error;
        UserRow second = myPod();
        second.fields[0] = QStringLiteral("my-pod-2");
        QVERIFY2(UserRows::apply(*store, {{}, {myPod(), second}}, &error), qPrintable(error));
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("sources")});
        DataTablePage *data = page(window);
        const int row = data->model()->rowOfId(QStringLiteral("my-pod-2"));
        const int column = findTable(u"system")->columnIndex(u"name");
        data->view()->setCurrentIndex(data->model()->index(row, column));
        QCOMPARE(data->selectedId(), QStringLiteral("my-pod-2"));
        QVERIFY(window.editUserField(QStringLiteral("system"), QStringLiteral("my-pod-2"), QStringLiteral("name"), QStringLiteral("Second pod")));
        QVERIFY(page(window) != data); // rebuilt
        data = page(window);
        QCOMPARE(data->selectedId(), QStringLiteral("my-pod-2"));
        QCOMPARE(data->currentColumn(), QStringLiteral("name"));
        QCOMPARE(data->view()->currentIndex().data().toString(), QStringLiteral("Second pod"));

        // Every other view's table too: Deployments keeps its selected row (by what the row says) across a change.
        auto *deployments = window.view(QStringLiteral("deployments"))->findChild<QTableView *>(QStringLiteral("deploymentsTable"));
        QVERIFY(deployments && deployments->model()->rowCount() > 1);
        deployments->setCurrentIndex(deployments->model()->index(1, 0));
        const QString site = deployments->currentIndex().data().toString();
        QVERIFY(window.editUserField(QStringLiteral("system"), QStringLiteral("my-pod-2"), QStringLiteral("name"), QStringLiteral("Pod two")));
        deployments = window.view(QStringLiteral("deployments"))->findChild<QTableView *>(QStringLiteral("deploymentsTable"));
        QCOMPARE(deployments->currentIndex().data().toString(), site);

        // The All sources tab keeps its selected source too.
        SourcesView *sources = window.sourcesView();
        sources->showSource(QStringLiteral("art-korea"));
        window.undoStack()->undo();
        QCOMPARE(window.sourcesView()->table()->currentIndex().data(SourcesModel::SourceIdRole).toString(), QStringLiteral("art-korea"));
    }

    // Delete removes the user's row (undoably); the bundled rows stay.
    void aUserRowIsDeletedFromTheDataTable()
    {
        auto store = openStore();
        QString error;
        QVERIFY2(UserRows::apply(*store, {{}, {myPod()}}, &error), qPrintable(error));
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("sources")});
        DataTablePage *data = page(window);
        data->view()->selectRow(data->model()->rowOfId(QStringLiteral("my-pod")));
        QVERIFY(data->deleteButton()->isEnabled());
        data->deleteButton()->click();
        QTRY_COMPARE(page(window)->model()->rowCount(), 2);
        QCOMPARE(stored(*store, QStringLiteral("my-pod"), QStringLiteral("id")), QStringLiteral("(no row)"));
        window.undoStack()->undo();
        QCOMPARE(page(window)->model()->rowCount(), 3);
    }

    // The user's own rows are marked ✎ in the Compare and Money flows exports, as in the Deployments export: a
    // newer H100 BF16 claim and an Oracle → OpenAI flow that closes a loop with the fixture's OpenAI → Oracle contract.
    void yourRowsAreMarkedInCompareAndFlowsExports()
    {
        auto store = openStore();
        const UserRow claim = rowOf(QStringLiteral("spec_claim"), {{QStringLiteral("chip_id"), QStringLiteral("h100-sxm")},
                                                                   {QStringLiteral("metric"), QStringLiteral("peak_flops")},
                                                                   {QStringLiteral("precision"), QStringLiteral("bf16")},
                                                                   {QStringLiteral("value"), QStringLiteral("1000e12")},
                                                                   {QStringLiteral("unit"), QStringLiteral("FLOP/s")},
                                                                   {QStringLiteral("sparse"), QStringLiteral("0")},
                                                                   {QStringLiteral("basis"), QStringLiteral("reported")},
                                                                   {QStringLiteral("claimed_on"), QStringLiteral("2026-11")},
                                                                   {QStringLiteral("source_id"), QStringLiteral("art-korea")},
                                                                   {QStringLiteral("id"), QStringLiteral("my-h100-bf16")}});
        const UserRow flow = rowOf(QStringLiteral("flow"), {{QStringLiteral("id"), QStringLiteral("my-flow")},
                                                            {QStringLiteral("from_id"), QStringLiteral("oracle")},
                                                            {QStringLiteral("to_id"), QStringLiteral("openai")},
                                                            {QStringLiteral("kind"), QStringLiteral("equity")},
                                                            {QStringLiteral("amount_usd"), QStringLiteral("5e9")},
                                                            {QStringLiteral("upper_bound"), QStringLiteral("0")},
                                                            {QStringLiteral("announced_on"), QStringLiteral("2026-11")},
                                                            {QStringLiteral("description_en"), QStringLiteral("Oracle invests in OpenAI")},
                                                            {QStringLiteral("description_zh_hant"), QStringLiteral("甲骨文投資 OpenAI")},
                                                            {QStringLiteral("description_zh_hans"), QStringLiteral("甲骨文投资 OpenAI")},
                                                            {QStringLiteral("source_id"), QStringLiteral("art-korea")},
                                                            {QStringLiteral("status"), QStringLiteral("active")}});
        QString error;
        QVERIFY2(UserRows::apply(*store, {{}, {claim, flow}}, &error), qPrintable(error));
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("compare")});

        const Report compare = window.compareView()->report();
        const qsizetype yours = compare.table.columns.indexOf(QStringLiteral("your_data"));
        const qsizetype h100 = compare.table.columns.indexOf(QStringLiteral("h100-sxm"));
        QVERIFY(yours > 0 && h100 > 0);
        int markedRows = 0;
        for (int r = 0; r < compare.table.rows.size(); ++r) {
            const QString metric = compare.table.rows.at(r).at(0).toString();
            const bool mine = !compare.table.rows.at(r).at(yours).isNull();
            markedRows += mine ? 1 : 0;
            QCOMPARE(compare.cellText(r, int(h100)).startsWith(QStringLiteral("✎ ")), mine);
            if (metric == QLatin1String("bf16_flops")) {
                QVERIFY(mine);
                QCOMPARE(compare.table.rows.at(r).at(h100).toDouble(), 1000e12); // the newer claim, raw
                QCOMPARE(compare.cellText(r, int(h100)), QStringLiteral("✎ 1 PFLOP/s"));
            }
        }
        QVERIFY(markedRows >= 1); // BF16, and the rows derived from it (ridge point …) only if they read the claim
        QVERIFY(compare.notes.join(QLatin1Char(' ')).contains(QLatin1String("your data")));
        const QString csv = QString::fromUtf8(renderReport(compare, ReportFormat::Csv));
        QVERIFY2(csv.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral("✎ Your data\r")), qPrintable(csv.section(QLatin1Char('\n'), 0, 0)));
        const QJsonArray rows = QJsonDocument::fromJson(renderReport(compare, ReportFormat::Json)).object().value(QStringLiteral("rows")).toArray();
        bool jsonMarked = false;
        for (const QJsonValue &row : rows)
            if (row.toObject().value(QStringLiteral("metric")).toString() == QLatin1String("bf16_flops"))
                jsonMarked = row.toObject().value(QStringLiteral("your_data")).toString() == QLatin1String("h100-sxm");
        QVERIFY(jsonMarked);
        QVERIFY(QString::fromUtf8(renderReport(compare, ReportFormat::Html)).contains(QStringLiteral("✎ 1 PFLOP/s")));

        auto *flows = static_cast<FlowsView *>(window.view(QStringLiteral("flows")));
        const Report list = flows->report(FlowsView::Table::Flows);
        const qsizetype description = list.table.columns.indexOf(QStringLiteral("description"));
        QStringList descriptions;
        for (const QVariantList &row : list.table.rows)
            descriptions << row.at(description).toString();
        descriptions.sort();
        QCOMPARE(descriptions, (QStringList{QStringLiteral("OpenAI buys compute from Oracle"), QStringLiteral("✎ Oracle invests in OpenAI")}));
        const Report loops = flows->report(FlowsView::Table::Loops);
        QCOMPARE(loops.table.rows.size(), 1); // OpenAI → Oracle → OpenAI, through the user's flow
        QVERIFY2(loops.table.rows.at(0).at(0).toString().startsWith(QStringLiteral("✎ ")), qPrintable(loops.table.rows.at(0).at(0).toString()));
        QVERIFY(loops.cellText(0, 0).startsWith(QStringLiteral("✎ ")));
        QVERIFY(flows->report(FlowsView::Table::Companies).notes.join(QLatin1Char(' ')).contains(QLatin1String("your data")));
    }

    // The Data tab on the real dataset with a system of the user's, in every language at the smallest and a large
    // window: every button shows its whole label and the table shows at least five rows. With ATLAS_SCREENSHOT_DIR
    // set, each is saved there as data-tab-LANG-WxH.png (the README's screenshots).
    void theDataTabFitsTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "zh_TW", "zh_CN"})
            for (const QSize size : {QSize(1024, 640), QSize(1920, 1080)})
                QTest::addRow("%s-%dx%d", language, size.width(), size.height()) << QString::fromLatin1(language) << size;
    }

    void theDataTabFitsTheWindow()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QString error;
        auto store = AtlasStore::open(BundledDatabase::resourcePath(), m_dir.filePath(QStringLiteral("real-%1.sqlite").arg(++m_stores)), &error);
        QVERIFY2(store, qPrintable(error));
        auto quote = UserRows::findIn(store->bundled(), QStringLiteral("system"), QStringLiteral("dgx-h100"));
        QVERIFY(quote);
        const TableSpec &spec = *findTable(u"system");
        quote->fields[spec.columnIndex(u"id")] = QStringLiteral("my-dgx-h100-quote");
        quote->fields[spec.columnIndex(u"name")] = QStringLiteral("DGX H100 (a reseller's quote)");
        quote->fields[spec.columnIndex(u"price_usd")] = QStringLiteral("289000");
        quote->fields[spec.columnIndex(u"price_basis")] = QStringLiteral("reported");
        quote->fields[spec.columnIndex(u"price_on")] = QStringLiteral("2026-11");
        quote->fields[spec.columnIndex(u"claimed_on")] = QStringLiteral("2026-11");
        QVERIFY2(UserRows::apply(*store, {{}, {*quote}}, &error), qPrintable(error));
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language, LanguageManager::Remember::No));
        {
            const Catalog catalog = Catalog::load(store->databases());
            MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("sources")});
            window.setAttribute(Qt::WA_DontShowOnScreen);
            window.resize(size);
            window.show();
            DataTablePage *data = page(window);
            data->showTable(QStringLiteral("system"), QStringLiteral("my-dgx-h100-quote"));
            QCoreApplication::processEvents();
            QCOMPARE(data->selectedId(), QStringLiteral("my-dgx-h100-quote"));
            for (QPushButton *button : {data->addButton(), data->newFromButton(), data->editButton(), data->deleteButton()})
                QVERIFY2(button->isVisible() && button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            QVERIFY2(data->view()->viewport()->height() >= 5 * data->view()->verticalHeader()->defaultSectionSize(),
                     qPrintable(QString::number(data->view()->viewport()->height())));
            const QString dir = qEnvironmentVariable("ATLAS_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("data-tab-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()))));
            // A new row from a bundled one cannot be added before its source is given.
            data->view()->selectRow(data->model()->rowOfId(QStringLiteral("dgx-h100")));
            data->newFromButton()->click();
            RowForm *form = openForm(window);
            QVERIFY(form);
            form->validateNow();
            QVERIFY(!form->canAccept());
            if (!dir.isEmpty())
                QVERIFY(form->grab().save(QDir(dir).filePath(QStringLiteral("data-form-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()))));
            form->reject();
        }
        QVERIFY(languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    // A reset refused (an import holds the database) says so in one sentence: "nothing was moved" once.
    void aFailedResetSaysNothingWasMovedOnce()
    {
        auto store = openStore();
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("sources")});
        QLockFile importLock(store->userPath() + QStringLiteral(".import-lock"));
        QVERIFY(importLock.tryLock(0));
        const UserDatabaseReset::Result result = window.resetToBundledData();
        QVERIFY(!result.ok());
        QCOMPARE(result.failure, UserDatabaseReset::Failure::ImportRunning);
        const QString text = MainWindow::resetFailureText(result);
        QCOMPARE(text.count(QLatin1String("nothing was moved"), Qt::CaseInsensitive), 1);
        QVERIFY2(text.startsWith(QLatin1String("An import into ")), qPrintable(text));
        QVERIFY(QFileInfo::exists(store->userPath()));
    }
};

QTEST_MAIN(TestUserDataTable)
#include "tst_user_data_table.moc"
