// File → Import…: the preview shows the file's rows and every problem before anything is written; a good file
// adds its rows, a bad one or a cancelled import writes nothing; a CSV dropped on the window opens the dialog.
#include "database_builder.h"
#include "import/import_dialog.h"
#include "main_window.h"
#include "table_reader.h"

#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestImportDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundled;
    const QByteArray kHeader = "chip_id,what,precision,value,unit,conditions,measured_on,source_id,note,id\n";

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

    std::unique_ptr<AtlasStore> openStore(const QString &userName)
    {
        QString error;
        auto store = AtlasStore::open(m_bundled, m_dir.filePath(userName), &error);
        if (!store)
            qWarning() << error;
        return store;
    }

    static int userRows(const AtlasStore &store, const QString &table)
    {
        return int(TableReader::read({store.user()}, table).rows.size());
    }

    static bool waitForCheck(ImportDialog &dialog)
    {
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        return dialog.isBusy() ? checked.wait(20000) : true;
    }

private slots:
    void initTestCase()
    {
        QList<Problem> problems;
        const auto tables = DatasetFiles::read(QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset"), &problems);
        QVERIFY(problems.isEmpty());
        m_bundled = m_dir.filePath(QStringLiteral("bundled.sqlite"));
        QString error;
        QVERIFY2(DatabaseBuilder::build(tables, m_bundled, {QStringLiteral("v"), QStringLiteral("2026-11-29")}, &error), qPrintable(error));
    }

    void tableIsGuessedFromTheFileName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("table");
        QTest::newRow("table") << "/x/deployment.csv" << "deployment";
        QTest::newRow("suffix") << "/x/my measurement.csv" << "measurement";
        QTest::newRow("longest") << "/x/2026_market_share.csv" << "market_share";
        QTest::newRow("prefix") << "/x/flow-2026.csv" << "flow";
        QTest::newRow("none") << "/x/notes.csv" << "";
    }
    void tableIsGuessedFromTheFileName()
    {
        QFETCH(QString, file);
        QFETCH(QString, table);
        QCOMPARE(ImportDialog::tableForFileName(file), table);
    }

    void aBadFileShowsItsProblemsAndWritesNothing()
    {
        auto store = openStore(QStringLiteral("bad.sqlite"));
        const QString path = write(QStringLiteral("measurement.csv"), kHeader
                                   + "h100-sxm,stream,,3.0e12,B/s,,2026-11,nv-h100-ds,,lab-1\n" // fine
                                     "h900,stream,,3.0e12,B/s,,2026-11,nv-h100-ds,,lab-2\n");  // unknown chip
        ImportDialog dialog(*store, path);
        QCOMPARE(dialog.table(), QStringLiteral("measurement")); // from the file's name
        QVERIFY(waitForCheck(dialog));
        // The first rows as read, numbered by their lines in the file.
        QCOMPARE(dialog.previewTable()->rowCount(), 2);
        QCOMPARE(dialog.previewTable()->columnCount(), 10);
        QCOMPARE(dialog.previewTable()->item(1, 0)->text(), QStringLiteral("h900"));
        QCOMPARE(dialog.previewTable()->verticalHeaderItem(1)->text(), QStringLiteral("3"));
        QCOMPARE(dialog.encodingRead(), QStringLiteral("UTF-8"));
        // The problem with its line, column and why.
        QCOMPARE(dialog.problemTable()->rowCount(), 1);
        QCOMPARE(dialog.problemTable()->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(dialog.problemTable()->item(0, 1)->text(), QStringLiteral("1"));
        QCOMPARE(dialog.problemTable()->item(0, 2)->text(), QStringLiteral("chip_id 'h900' does not exist in chip"));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.summaryText().contains(QLatin1String("1 problem")));
        QCOMPARE(userRows(*store, QStringLiteral("measurement")), 0); // the check wrote nothing, not even line 2
    }

    void aGoodFileAddsItsRows()
    {
        auto store = openStore(QStringLiteral("good.sqlite"));
        const QString path = write(QStringLiteral("lab.csv"), kHeader
                                   + "h100-sxm,stream,,3.0e12,B/s,,2026-11,nv-h100-ds,,lab-1\n"
                                     "h100-sxm,gemm,bf16,700e12,FLOP/s,8192^3,2026-11,nv-h100-ds,,lab-2\n");
        ImportDialog dialog(*store, path);
        QCOMPARE(dialog.table(), QString()); // "lab" names no table: the user chooses
        QVERIFY(!dialog.importButton()->isEnabled());
        dialog.setTable(QStringLiteral("measurement"));
        QVERIFY(waitForCheck(dialog));
        QCOMPARE(dialog.problemTable()->rowCount(), 0);
        QVERIFY(dialog.summaryText().startsWith(QLatin1String("2 row")) && dialog.summaryText().contains(QLatin1String("pass every check")));
        QCOMPARE(userRows(*store, QStringLiteral("measurement")), 0); // checked, not yet written
        QVERIFY(dialog.importButton()->isEnabled());

        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.importButton()->click();
        QVERIFY(dialog.isImporting());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(dialog.rowsImported(), 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(userRows(*store, QStringLiteral("measurement")), 2);
    }

    void aChosenEncodingIsUsed()
    {
        auto store = openStore(QStringLiteral("encoding.sqlite"));
        // "實驗" in Big5 (B9EA C5E7): not UTF-8, so only Big5 reads it as written.
        const QString path = write(QStringLiteral("big5 measurement.csv"), kHeader + "h100-sxm,stream,,3.0e12,B/s,,2026-11,nv-h100-ds,\xB9\xEA\xC5\xE7,lab-1\n");
        ImportDialog dialog(*store, path);
        dialog.setEncodingKey(QStringLiteral("big5"));
        QVERIFY(waitForCheck(dialog));
        QCOMPARE(dialog.encodingRead(), QStringLiteral("Big5"));
        QCOMPARE(dialog.previewTable()->item(0, 8)->text(), QStringLiteral("實驗"));
    }

    void cancelWritesNothing()
    {
        auto store = openStore(QStringLiteral("cancel.sqlite"));
        // Enough rows that the import checks for Cancel inside its loop (every 512 rows), not only at its ends.
        QByteArray rows = kHeader;
        for (int i = 0; i < 3000; ++i)
            rows += "h100-sxm,stream,,3.0e12,B/s,run " + QByteArray::number(i) + ",2026-11,nv-h100-ds,,lab-" + QByteArray::number(i) + "\n";
        ImportDialog dialog(*store, write(QStringLiteral("many measurement.csv"), rows));
        QVERIFY(waitForCheck(dialog));
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.summaryText()));
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        dialog.reject(); // Cancel while importing: the dialog stays, the import stops
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.summaryText().contains(QLatin1String("cancelled")), qPrintable(dialog.summaryText()));
        QCOMPARE(userRows(*store, QStringLiteral("measurement")), 0);
        QCOMPARE(dialog.rowsImported(), 0);
    }

    void aDroppedCsvOpensTheDialogAndTheStatusBarSaysWhatWasAdded()
    {
        auto store = openStore(QStringLiteral("drop.sqlite"));
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow window(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("sources")});
        const QString path = write(QStringLiteral("dropped measurement.csv"), kHeader + "h100-sxm,stream,,3.0e12,B/s,,2026-11,nv-h100-ds,,lab-9\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QCOMPARE(MainWindow::droppedCsvFile(&mime), path);
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("picture.png")))});
        QVERIFY(MainWindow::droppedCsvFile(&text).isEmpty()); // only a CSV file starts an import

        // As the window system delivers a drop: the drag enters (and is accepted), then it drops.
        QDragEnterEvent refused(QPoint(100, 100), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table(), QStringLiteral("measurement"));
        QVERIFY(waitForCheck(*dialog));
        QVERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->summaryText()));
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        dialog->startImport();
        QVERIFY2(finished.wait(20000), qPrintable(dialog->summaryText()));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Added 1 row(s) to measurement (read as UTF-8)."));
        QCOMPARE(userRows(*store, QStringLiteral("measurement")), 1);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
