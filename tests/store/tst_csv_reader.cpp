// Csv (data/store/csv_reader.h): RFC 4180 parsing with the line each record starts on, and the encodings
// spreadsheets save (UTF-8 with or without BOM, UTF-16 with BOM, Big5).

#include "csv_reader.h"

#include <QStringEncoder>
#include <QTest>

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void parsesRecords_data();
    void parsesRecords();
    void reportsErrors_data();
    void reportsErrors();
    void decodesEncodings_data();
    void decodesEncodings();
    void big5IsAvailable();
    void rejectsUndecodableBytes_data();
    void rejectsUndecodableBytes();
    void keepsEveryHalfCharacter_data();
    void keepsEveryHalfCharacter();
};

namespace {
// UTF-16 bytes with a byte-order mark, written out code unit by code unit so a reader can check them.
QByteArray utf16WithBom(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

QList<QStringList> fieldsOf(const CsvDocument &d)
{
    QList<QStringList> out;
    for (const CsvRecord &r : d.records)
        out << r.fields;
    return out;
}

QList<int> linesOf(const CsvDocument &d)
{
    QList<int> out;
    for (const CsvRecord &r : d.records)
        out << r.line;
    return out;
}
} // namespace

void TestCsvReader::parsesRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    const QStringList ab{"a", "b"};
    QTest::newRow("LF, trailing newline") << QByteArray("a,b\n1,2\n3,4\n") << ab
                                          << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{2, 3};
    QTest::newRow("LF, no trailing newline") << QByteArray("a,b\n1,2\n3,4") << ab
                                             << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{2, 3};
    QTest::newRow("CRLF, trailing newline") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << ab
                                            << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{2, 3};
    QTest::newRow("CRLF, no trailing newline") << QByteArray("a,b\r\n1,2\r\n3,4") << ab
                                               << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{2, 3};
    QTest::newRow("header only") << QByteArray("a,b\n") << ab << QList<QStringList>{} << QList<int>{};
    QTest::newRow("header names trimmed") << QByteArray(" a , b\n1,2\n") << ab << QList<QStringList>{{"1", "2"}}
                                          << QList<int>{2};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\nx,,z\n") << QStringList{"a", "b", "c"}
                                  << QList<QStringList>{{"", "", ""}, {"x", "", "z"}} << QList<int>{2, 3};
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"x,y\",z\n") << ab << QList<QStringList>{{"x,y", "z"}}
                                  << QList<int>{2};
    QTest::newRow("quoted empty field") << QByteArray("a,b\n\"\",z\n") << ab << QList<QStringList>{{"", "z"}}
                                        << QList<int>{2};
    // "He said ""hi""" is the text He said "hi" (RFC 4180 §2.7).
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"He said \"\"hi\"\"\",\"\"\"\"\n") << ab
                                    << QList<QStringList>{{"He said \"hi\"", "\""}} << QList<int>{2};
    // The record on lines 2-3 starts on line 2; the next one is on line 4, not 3.
    QTest::newRow("embedded LF") << QByteArray("a,b\n\"one\ntwo\",x\n3,4\n") << ab
                                 << QList<QStringList>{{"one\ntwo", "x"}, {"3", "4"}} << QList<int>{2, 4};
    // The field keeps its CRLF; lines 2-4 are one record, the next starts on line 5.
    QTest::newRow("embedded CRLF, two breaks") << QByteArray("a,b\r\n\"one\r\ntwo\r\nthree\",x\r\n3,4\r\n") << ab
                                               << QList<QStringList>{{"one\r\ntwo\r\nthree", "x"}, {"3", "4"}}
                                               << QList<int>{2, 5};
    QTest::newRow("embedded newline in last record, no trailing newline")
        << QByteArray("a,b\n1,2\n\"x\ny\",z") << ab << QList<QStringList>{{"1", "2"}, {"x\ny", "z"}} << QList<int>{2, 3};
    QTest::newRow("Chinese text") << QByteArray("id,name\nnvidia,輝達\n") << QStringList{"id", "name"}
                                  << QList<QStringList>{{"nvidia", QString::fromUtf8("輝達")}} << QList<int>{2};
}

void TestCsvReader::parsesRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);

    const CsvParseResult r = Csv::parse(input);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QCOMPARE(r.document.header, header);
    QCOMPARE(r.document.headerLine, 1);
    QCOMPARE(fieldsOf(r.document), records);
    QCOMPARE(linesOf(r.document), lines);
    QCOMPARE(r.document.encoding, QStringLiteral("UTF-8"));
}

void TestCsvReader::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QByteArray() << 1 << 1 << QStringLiteral("the file is empty; it needs a header row");
    QTest::newRow("blank lines only") << QByteArray("\n\r\n\n") << 1 << 1
                                      << QStringLiteral("the file is empty; it needs a header row");
    // The quote opens on line 3 in the second field and is still open at the end of line 4.
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\nstill open\n") << 3 << 2
                                        << QStringLiteral("a quoted field is never closed (missing \")");
    QTest::newRow("unterminated quote, CRLF, first field") << QByteArray("a,b\r\n\"open,2\r\n") << 2 << 1
                                                           << QStringLiteral("a quoted field is never closed (missing \")");
    QTest::newRow("quote inside unquoted field") << QByteArray("a,b\n1,2\n3,x\"y\n") << 3 << 2
                                                 << QStringLiteral("a quote inside an unquoted field; quote the whole field "
                                                                   "and double the quotes inside it");
    // The line number after an embedded newline must still be right: the bad record starts on line 4.
    QTest::newRow("quote inside unquoted field after a multi-line record")
        << QByteArray("a,b\n\"x\ny\",2\nb\"ad,4\n") << 4 << 1
        << QStringLiteral("a quote inside an unquoted field; quote the whole field and double the quotes inside it");
    QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,2\n") << 2 << 1
                                              << QStringLiteral("text after a closing quote; quote the whole field");
}

void TestCsvReader::reportsErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const CsvParseResult r = Csv::parse(input);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().line, line);
    QCOMPARE(r.errors.first().column, column);
    QCOMPARE(r.errors.first().message, message);
}

void TestCsvReader::decodesEncodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");

    // The same two-record table in every encoding; the Chinese names are 輝達 (NVIDIA) and 台積電 (TSMC).
    const QString text = QString::fromUtf8("id,name_zh_hant\nnvidia,輝達\ntsmc,\"台積電, 新竹\"\n");
    QTest::newRow("UTF-8 without BOM") << text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16LE with BOM") << utf16WithBom(text, true) << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE with BOM") << utf16WithBom(text, false) << QStringLiteral("UTF-16BE");
    QStringEncoder big5("Big5");
    if (big5.isValid()) // big5IsAvailable() fails loudly when it is not
        QTest::newRow("Big5") << QByteArray(big5(text)) << QStringLiteral("Big5");
}

void TestCsvReader::decodesEncodings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);

    const CsvParseResult r = Csv::parse(input);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QCOMPARE(r.document.encoding, encoding);
    // A BOM must not become part of the first column's name.
    QCOMPARE(r.document.header, (QStringList{"id", "name_zh_hant"}));
    QCOMPARE(fieldsOf(r.document),
             (QList<QStringList>{{"nvidia", QString::fromUtf8("輝達")}, {"tsmc", QString::fromUtf8("台積電, 新竹")}}));
    QCOMPARE(linesOf(r.document), (QList<int>{2, 3}));
}

void TestCsvReader::big5IsAvailable()
{
    // Big5 comes from ICU in Debian's Qt; without it Traditional-Chinese spreadsheets cannot be imported.
    QStringEncoder big5("Big5");
    QVERIFY2(big5.isValid(), "this Qt build has no Big5 codec (QStringEncoder(\"Big5\") is invalid)");
    // 台 = A5 78, 積 = BF 6E, 電 = B9 71 in the Big5 table.
    QCOMPARE(QByteArray(big5(QString::fromUtf8("台積電"))), QByteArray("\xA5\x78\xBF\x6E\xB9\x71"));
    QVERIFY(!big5.hasError());
}

void TestCsvReader::rejectsUndecodableBytes_data()
{
    QTest::addColumn<QByteArray>("input");

    // C3 must be followed by a continuation byte in UTF-8, and "(" (0x28) is no Big5 trail byte either.
    QTest::newRow("invalid lead then ASCII") << QByteArray("a,b\n\xC3\x28,x\n");
    // 0x80 and 0xFF are neither UTF-8 nor Big5 (Big5 lead bytes are 0x81-0xFE).
    QTest::newRow("0x80 and 0xFF") << QByteArray("a,b\n\x80,\xFF\n");
    // A Big5 lead byte (A5) followed by a newline: half a character.
    QTest::newRow("Big5 lead byte before a newline") << QByteArray("a,b\n\xA5\n");
}

void TestCsvReader::rejectsUndecodableBytes()
{
    QFETCH(QByteArray, input);

    const CsvParseResult r = Csv::parse(input);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().line, 1);
    QCOMPARE(r.errors.first().column, 1);
    // Where (the first line UTF-8 cannot read) and what to do (name the encoding, or save as UTF-8).
    QCOMPARE(r.errors.first().message,
             QStringLiteral("the file is not UTF-8 (line 2 has bytes UTF-8 cannot have), nor Big5 or GBK; name its encoding with "
                            "--encoding utf-8|utf-16|big5|gbk|latin1 (latin1 for Western European text), or save it as UTF-8"));
    QVERIFY(r.document.records.isEmpty());
}

void TestCsvReader::keepsEveryHalfCharacter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const QString notDecodable =
        QStringLiteral("the file is not UTF-8 (line 2 has bytes UTF-8 cannot have), nor Big5 or GBK; name its encoding with "
                       "--encoding utf-8|utf-16|big5|gbk|latin1 (latin1 for Western European text), or save it as UTF-8");
    const QString notUtf16 = QStringLiteral("the file starts with a UTF-16 byte-order mark but is not valid UTF-16");
    const QString notUtf8 = QStringLiteral("the file starts with a UTF-8 byte-order mark but is not valid UTF-8 (line 2)");
    // After the BOM, E8 BC is the start of 輝 (E8 BC 9D) with its last byte missing.
    QTest::newRow("UTF-8 with BOM, last character cut") << QByteArray("\xEF\xBB\xBF" "a\nx\xE8\xBC") << notUtf8;
    // After the BOM, 0xFF can never appear in UTF-8.
    QTest::newRow("UTF-8 with BOM, invalid byte") << QByteArray("\xEF\xBB\xBF" "a\n\xFF\n") << notUtf8;
    // A file that ends inside a character, or holds bytes its encoding cannot have, is an error:
    // nothing is dropped or replaced silently.
    // A5 is the first byte of 台 in Big5 (A5 78); the second byte is missing.
    QTest::newRow("Big5, last character cut") << QByteArray("a\nx\xA5") << notDecodable;
    // FF FE, then "a" as 61 00, then a lone 62: 5 bytes, not a whole number of UTF-16 code units.
    QTest::newRow("UTF-16LE, odd byte count") << QByteArray("\xFF\xFE\x61\x00\x62", 5) << notUtf16;
    // D800 is a high surrogate with no low surrogate after it.
    QTest::newRow("UTF-16LE, lone surrogate") << QByteArray("\xFF\xFE\x61\x00\x00\xD8\x0A\x00", 8) << notUtf16;
}

void TestCsvReader::keepsEveryHalfCharacter()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    const CsvParseResult r = Csv::parse(input);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().message, message);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
