// TableExport (data/export/table_export.h): RFC 4180 CSV with CRLF and an optional UTF-8 BOM, JSON with
// numbers as numbers and null for missing values, and files written whole or not at all.

#include "table_export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestTableExport : public QObject {
    Q_OBJECT

private slots:
    void quotesCsvFields_data();
    void quotesCsvFields();
    void writesHeaderAndCrlf();
    void writesBomOnlyWhenAsked();
    void writesChineseAsUtf8();
    void writesNumbers_data();
    void writesNumbers();
    void writesNullAsEmptyField();
    void writesJsonArrayOfObjects();
    void writesEmptyJsonArray();
    void savesExactBytes();
    void replacesExistingFile();
    void saveIntoMissingDirectoryFails();
    void parsesFormatKeys_data();
    void parsesFormatKeys();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void streamedJsonIsWhatQtWrites();
    void refusesToReplaceWhatIsNotAFile();
};

namespace {
DataTable oneColumn(const QVariantList &values)
{
    DataTable t;
    t.name = QStringLiteral("test");
    t.columns = QStringList{QStringLiteral("x")};
    for (const QVariant &v : values)
        t.rows << QVariantList{v};
    return t;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

void TestTableExport::quotesCsvFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("csv");

    QTest::newRow("plain") << QStringLiteral("H100 SXM") << QByteArray("H100 SXM");
    QTest::newRow("empty") << QString() << QByteArray("");
    QTest::newRow("comma") << QStringLiteral("Santa Clara, CA") << QByteArray("\"Santa Clara, CA\"");
    // RFC 4180 §2.7: the field is quoted and each quote inside it doubled.
    QTest::newRow("quote") << QStringLiteral("GTC \"Vera Rubin\"") << QByteArray("\"GTC \"\"Vera Rubin\"\"\"");
    QTest::newRow("LF") << QStringLiteral("two\nlines") << QByteArray("\"two\nlines\"");
    QTest::newRow("CRLF") << QStringLiteral("two\r\nlines") << QByteArray("\"two\r\nlines\"");
    QTest::newRow("all together") << QStringLiteral("a,\"b\"\nc") << QByteArray("\"a,\"\"b\"\"\nc\"");
    QTest::newRow("semicolon is not special") << QStringLiteral("H100;Hopper") << QByteArray("H100;Hopper");
}

void TestTableExport::quotesCsvFields()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, csv);
    QCOMPARE(TableExport::toCsv(oneColumn({field}), false), QByteArray("x\r\n") + csv + "\r\n");
}

void TestTableExport::writesHeaderAndCrlf()
{
    DataTable t;
    t.columns = QStringList{QStringLiteral("id"), QStringLiteral("units"), QStringLiteral("site")};
    t.headers = QStringList{QStringLiteral("Id"), QStringLiteral("Units (GPUs)"), QStringLiteral("Site")};
    t.rows << QVariantList{QStringLiteral("kr-gov"), qlonglong(50000), QStringLiteral("Gwangju")};
    t.rows << QVariantList{QStringLiteral("kr-naver"), qlonglong(60000), QStringLiteral("Chuncheon")};
    // The machine column names are the header, not the human ones; every line ends with CRLF.
    QCOMPARE(TableExport::toCsv(t, false),
             QByteArray("id,units,site\r\nkr-gov,50000,Gwangju\r\nkr-naver,60000,Chuncheon\r\n"));

    DataTable empty;
    empty.columns = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(TableExport::toCsv(empty, false), QByteArray("a,b\r\n"));
}

void TestTableExport::writesBomOnlyWhenAsked()
{
    const DataTable t = oneColumn({QStringLiteral("v")});
    const QByteArray without = TableExport::toCsv(t, false);
    const QByteArray with = TableExport::toCsv(t, true);
    QCOMPARE(without, QByteArray("x\r\nv\r\n"));
    QCOMPARE(with, QByteArray("\xEF\xBB\xBF" "x\r\nv\r\n"));
    QCOMPARE(with.left(3).toHex(), QByteArray("efbbbf"));
    QCOMPARE(with.mid(3), without);
}

void TestTableExport::writesChineseAsUtf8()
{
    // 輝達 is U+8F1D U+9054 → UTF-8 E8 BC 9D, E9 81 94.
    const QByteArray csv = TableExport::toCsv(oneColumn({QString::fromUtf8("輝達")}), false);
    QCOMPARE(csv, QByteArray("x\r\n\xE8\xBC\x9D\xE9\x81\x94\r\n"));
    const QByteArray json = TableExport::toJson(oneColumn({QString::fromUtf8("輝達")}));
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("x")).toString(), QString::fromUtf8("輝達"));
}

void TestTableExport::writesNumbers_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text"); // empty: only check that it reads back exactly

    QTest::newRow("integer 50000") << QVariant(qlonglong(50000)) << QStringLiteral("50000");
    QTest::newRow("whole double 50000.0") << QVariant(50000.0) << QStringLiteral("50000");
    QTest::newRow("int 0") << QVariant(0) << QStringLiteral("0");
    QTest::newRow("80 GiB = 85899345920 B") << QVariant(85899345920.0) << QStringLiteral("85899345920");
    QTest::newRow("3.35e12 B/s") << QVariant(3.35e12) << QStringLiteral("3350000000000");
    QTest::newRow("989.4e12 FLOP/s") << QVariant(989.4e12) << QString();
    QTest::newRow("300e9 USD") << QVariant(300e9) << QStringLiteral("300000000000");
    QTest::newRow("35e15 FLOP/s") << QVariant(35e15) << QString();
    QTest::newRow("0.5") << QVariant(0.5) << QStringLiteral("0.5");
    QTest::newRow("17.5 %") << QVariant(17.5) << QStringLiteral("17.5");
    QTest::newRow("-2.25") << QVariant(-2.25) << QStringLiteral("-2.25");
    // 0.1 + 0.2 is not 0.3 in binary; the shortest exact text has 17 digits.
    QTest::newRow("0.1 + 0.2") << QVariant(0.1 + 0.2) << QStringLiteral("0.30000000000000004");
    QTest::newRow("1.1e-9") << QVariant(1.1e-9) << QString();
}

void TestTableExport::writesNumbers()
{
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    const QString written = TableExport::numberText(value);
    if (!text.isEmpty())
        QCOMPARE(written, text);
    bool ok = false;
    const double back = written.toDouble(&ok);
    QVERIFY2(ok, qPrintable(written));
    QVERIFY2(back == value.toDouble(), qPrintable(QStringLiteral("%1 reads back as a different double").arg(written)));
    // The same text appears in the CSV, and as a JSON number.
    QCOMPARE(TableExport::toCsv(oneColumn({value}), false), QByteArray("x\r\n") + written.toUtf8() + "\r\n");
    const QJsonValue json = QJsonDocument::fromJson(TableExport::toJson(oneColumn({value}))).array().at(0).toObject().value("x");
    QVERIFY(json.isDouble());
    QVERIFY(json.toDouble() == value.toDouble());
}

void TestTableExport::writesNullAsEmptyField()
{
    DataTable t;
    t.columns = QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    t.rows << QVariantList{QVariant(), QStringLiteral("x"), QVariant()};
    QCOMPARE(TableExport::toCsv(t, false), QByteArray("a,b,c\r\n,x,\r\n"));
}

void TestTableExport::writesJsonArrayOfObjects()
{
    DataTable t;
    t.columns = QStringList{QStringLiteral("chip_id"), QStringLiteral("value"), QStringLiteral("sparse"),
                            QStringLiteral("note")};
    t.rows << QVariantList{QStringLiteral("h100-sxm"), 989.4e12, qlonglong(0), QVariant()};
    t.rows << QVariantList{QStringLiteral("rubin"), 22e12, qlonglong(1), QStringLiteral("a \"quoted\", note\nline 2")};

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(TableExport::toJson(t), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 2);

    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{"chip_id", "note", "sparse", "value"})); // QJsonObject sorts keys
    QCOMPARE(first.value("chip_id").toString(), QStringLiteral("h100-sxm"));
    QVERIFY(first.value("value").isDouble());
    QVERIFY(first.value("value").toDouble() == 989.4e12);
    QVERIFY(first.value("sparse").isDouble());
    QCOMPARE(first.value("sparse").toInt(-1), 0);
    QVERIFY(first.value("note").isNull()); // present, and null

    const QJsonObject second = rows.at(1).toObject();
    QVERIFY(second.value("value").toDouble() == 22e12);
    QCOMPARE(second.value("sparse").toInt(-1), 1);
    QCOMPARE(second.value("note").toString(), QStringLiteral("a \"quoted\", note\nline 2"));
}

void TestTableExport::writesEmptyJsonArray()
{
    DataTable t;
    t.columns = QStringList{QStringLiteral("id")};
    const QJsonDocument doc = QJsonDocument::fromJson(TableExport::toJson(t));
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().isEmpty());
}

void TestTableExport::savesExactBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chips.csv"));
    // A BOM, CRLF, a NUL byte and UTF-8: every byte must arrive unchanged (no text-mode translation).
    // BOM 3 + "id\r\n" 4 + "h100\r\n" 6 + NUL and LF 2 + 輝 3 = 18 bytes.
    const QByteArray bytes("\xEF\xBB\xBF" "id\r\nh100\r\n\0\n" "\xE8\xBC\x9D", 18);
    QCOMPARE(bytes.count('\0'), 1);
    QString error;
    QVERIFY2(TableExport::saveFile(path, bytes, &error), qPrintable(error));
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("chips.csv")}); // no temporary file left behind
}

void TestTableExport::replacesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QString error;
    QVERIFY(TableExport::saveFile(path, QByteArray(1000, 'o'), &error));
    QVERIFY2(TableExport::saveFile(path, QByteArray("[]\n"), &error), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("[]\n")); // the old, longer content is gone entirely
}

void TestTableExport::saveIntoMissingDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/out.csv"));
    QString error;
    QVERIFY(!TableExport::saveFile(path, QByteArray("x\r\n"), &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(entries(dir.path()), QStringList()); // neither the folder nor a temporary file was created
}

void TestTableExport::parsesFormatKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("format"); // -1: not a format

    QTest::newRow("csv") << QStringLiteral("csv") << int(ExportFormat::Csv);
    QTest::newRow("json") << QStringLiteral("json") << int(ExportFormat::Json);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("xlsx (not a machine format here)") << QStringLiteral("xlsx") << -1;
    QTest::newRow("trailing space") << QStringLiteral("csv ") << -1;
}

void TestTableExport::parsesFormatKeys()
{
    QFETCH(QString, key);
    QFETCH(int, format);
    const std::optional<ExportFormat> parsed = TableExport::formatFromKey(key);
    if (format < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), format);
    }
    // Every advertised key parses.
    QCOMPARE(TableExport::formatKeys(), (QStringList{"csv", "json"}));
    for (const QString &k : TableExport::formatKeys())
        QVERIFY(TableExport::formatFromKey(k));
}

void TestTableExport::neutralisesFormulas_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("written");
    // A spreadsheet opening the CSV runs a cell that starts with = + - @, a tab or a CR as a formula; the usual
    // apostrophe makes it text. Numbers, stored or typed as text, stay as they are.
    QTest::newRow("=") << QVariant(QStringLiteral("=HYPERLINK(\"http://x\")")) << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("+") << QVariant(QStringLiteral("+cmd|' /C calc'!A0")) << QByteArray("'+cmd|' /C calc'!A0");
    QTest::newRow("-") << QVariant(QStringLiteral("-2+3")) << QByteArray("'-2+3");
    QTest::newRow("@") << QVariant(QStringLiteral("@SUM(1+1)")) << QByteArray("'@SUM(1+1)");
    QTest::newRow("tab") << QVariant(QStringLiteral("\t=1")) << QByteArray("'\t=1");
    QTest::newRow("CR") << QVariant(QStringLiteral("\r=1")) << QByteArray("\"'\r=1\"");
    QTest::newRow("negative number as text") << QVariant(QStringLiteral("-5")) << QByteArray("-5");
    QTest::newRow("signed exponent as text") << QVariant(QStringLiteral("+3.2e12")) << QByteArray("+3.2e12");
    QTest::newRow("negative number") << QVariant(-5.5) << QByteArray("-5.5");
    QTest::newRow("plain text") << QVariant(QStringLiteral("a=b")) << QByteArray("a=b");
}

void TestTableExport::neutralisesFormulas()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, written);
    QCOMPARE(TableExport::toCsv(oneColumn({value}), false), QByteArray("x\r\n") + written + "\r\n");
}

void TestTableExport::streamedJsonIsWhatQtWrites()
{
    // The JSON export is written a row at a time; it must read exactly as QJsonDocument writes the whole array.
    DataTable t;
    t.columns = QStringList{QStringLiteral("id"), QStringLiteral("value"), QStringLiteral("note")};
    t.rows << QVariantList{QStringLiteral("h100-sxm"), 3.35e12, QVariant()}
           << QVariantList{QStringLiteral("輝達"), 989.4e12, QStringLiteral("two\nlines \"quoted\"")};
    QJsonArray rows;
    for (const QVariantList &r : t.rows) {
        QJsonObject o;
        for (int c = 0; c < t.columns.size(); ++c)
            o.insert(t.columns.at(c), r.at(c).isValid() ? QJsonValue::fromVariant(r.at(c)) : QJsonValue());
        rows.append(o);
    }
    QCOMPARE(TableExport::toJson(t), QJsonDocument(rows).toJson(QJsonDocument::Indented));
    t.rows.clear();
    QCOMPARE(TableExport::toJson(t), QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));
}

void TestTableExport::refusesToReplaceWhatIsNotAFile()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    QVERIFY(mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    QString error;
    QVERIFY(!TableExport::saveFile(fifo, "x\r\n", &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: it is a device, pipe or socket, not a regular file; it was left as it is. Give a file name.").arg(fifo));
    QVERIFY(!TableExport::saveFile(dir.path(), "x\r\n", &error));
    QVERIFY2(error.contains(QLatin1String("it is a folder, not a regular file")), qPrintable(error));
    // Nothing beside it (no temporary file left), and it is still the pipe (QDir lists a pipe as a "system" entry).
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("pipe.csv")});
    QVERIFY(!QFileInfo(fifo).isFile());
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_table_export.moc"
