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
    void tellsGbkFromBig5_data();
    void tellsGbkFromBig5();
    void refusesWhatItCannotTell_data();
    void refusesWhatItCannotTell();
    void readsTheEncodingItIsTold_data();
    void readsTheEncodingItIsTold();
    void readsAcrossChunkBoundaries_data();
    void readsAcrossChunkBoundaries();
    void stopsAtWhatIsNotATable_data();
    void stopsAtWhatIsNotATable();
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

void TestCsvReader::tellsGbkFromBig5_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    // Simplified Chinese saved as GBK: 英伟达 (D3A2 CEB0 B4EF), 台积电, 新竹 are common GB 2312 characters; read as
    // Big5, three of the eight (D3A2, D0C2, D6F1) fall among Big5's rare ones.
    const QString simplified = QString::fromUtf8("id,name_zh_hans\nnvidia,英伟达\ntsmc,\"台积电, 新竹\"\n");
    QTest::newRow("GBK, simplified") << QByteArray(QStringEncoder("GBK")(simplified)) << QStringLiteral("GBK") << QString::fromUtf8("英伟达");
    // 中文 in GBK is D6D0 CEC4; as Big5 it reads 笢恅, two rare characters.
    QTest::newRow("GBK, 中文") << QByteArray("id,name\nzh,\xD6\xD0\xCE\xC4\n") << QStringLiteral("GBK") << QString::fromUtf8("中文");
    // Traditional Chinese saved as Big5: 輝達 and 台積電 are Big5's frequent characters; GBK has no character for
    // A5 78 (台) at all.
    const QString traditional = QString::fromUtf8("id,name_zh_hant\nnvidia,輝達\ntsmc,\"台積電, 新竹\"\n");
    QTest::newRow("Big5, traditional") << QByteArray(QStringEncoder("Big5")(traditional)) << QStringLiteral("Big5") << QString::fromUtf8("輝達");
}

void TestCsvReader::tellsGbkFromBig5()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const CsvParseResult r = Csv::parse(input);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QCOMPARE(r.document.encoding, encoding);
    QCOMPARE(r.document.records.first().fields.at(1), text);
}

void TestCsvReader::refusesWhatItCannotTell_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QString unclear = QStringLiteral("the file is not UTF-8 (line 2 has bytes UTF-8 cannot have), and its encoding is unclear: ");
    // "Québec" in Latin-1: E9 62 is a rare character in Big5 (嶵) and in GBK (閎) alike.
    QTest::newRow("Latin-1 Québec") << QByteArray("a,b\nx,Qu\xE9" "bec\n")
                                    << unclear + QStringLiteral("it reads as Big5 with 1 rare characters and as GBK with 1 rare characters; "
                                                                "name it with --encoding utf-8|utf-16|big5|gbk|latin1 (latin1 for Western "
                                                                "European text), or save it as UTF-8");
    // "Zürich": FC 72 is no Big5 character; as GBK it is 黵, a rare one, and the only double-byte one.
    QTest::newRow("Latin-1 Zürich") << QByteArray("a,b\nx,Z\xFCrich\n")
                                    << unclear + QStringLiteral("it reads as GBK with 1 rare characters; name it with --encoding "
                                                                "utf-8|utf-16|big5|gbk|latin1 (latin1 for Western European text), or save it as UTF-8");
    // UTF-16 without a byte-order mark: every other byte of ASCII text is a NUL.
    QTest::newRow("UTF-16 without BOM") << QByteArray("a\0,\0b\0\n\0", 8)
                                        << QStringLiteral("the file holds NUL bytes, so it is not text in UTF-8, Big5 or GBK; if it is "
                                                          "UTF-16 without a byte-order mark, give --encoding utf-16");
}

void TestCsvReader::refusesWhatItCannotTell()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const CsvParseResult r = Csv::parse(input);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().message, message);
    QVERIFY(r.document.records.isEmpty());
}

void TestCsvReader::readsTheEncodingItIsTold_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("text");
    QTest::newRow("latin1") << QByteArray("a,b\nx,Qu\xE9" "bec\n") << int(TextEncoding::Latin1) << QString::fromUtf8("Québec");
    QTest::newRow("utf-16 without BOM is little-endian") << QByteArray("a\0,\0b\0\n\0x\0,\0\xE9\0\n\0", 16) << int(TextEncoding::Utf16LE)
                                                         << QString::fromUtf8("é");
    QTest::newRow("gbk where it is unclear") << QByteArray("a,b\nx,\xE9\x62\n") << int(TextEncoding::Gbk) << QString::fromUtf8("閎");
}

void TestCsvReader::readsTheEncodingItIsTold()
{
    QFETCH(QByteArray, input);
    QFETCH(int, encoding);
    QFETCH(QString, text);
    const CsvParseResult r = Csv::parse(input, TextEncoding(encoding));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QCOMPARE(r.document.records.first().fields.at(1), text);
    // Named, the encoding must still decode: UTF-8 told of Latin-1 bytes is an error, not replacement characters.
    QCOMPARE(Csv::parse(QByteArray("a\n\xE9\n"), TextEncoding::Utf8).errors.value(0).message,
             QStringLiteral("--encoding utf-8 was given, but the file is not valid UTF-8 (line 2)"));
}

void TestCsvReader::readsAcrossChunkBoundaries_data()
{
    QTest::addColumn<int>("shift");
    // The file is read in pieces of 64 KiB: each shift puts the first boundary at another byte of the repeated row
    // y,"a""b",輝達<CR><LF> (17 bytes): inside 輝, between CR and LF, between the two quotes of "".
    for (int shift = 0; shift < 17; ++shift)
        QTest::newRow(qPrintable(QStringLiteral("boundary at byte %1 of the row").arg(shift))) << shift;
}

void TestCsvReader::readsAcrossChunkBoundaries()
{
    QFETCH(int, shift);
    const QByteArray header = "k,v,w\r\n";
    const QByteArray row = "y,\"a\"\"b\",\xE8\xBC\x9D\xE9\x81\x94\r\n"; // 輝達 in UTF-8
    QCOMPARE(row.size(), 17);
    // The filler line ends 17 - shift bytes before the boundary.
    const QByteArray filler = "f,x," + QByteArray(65536 - header.size() - 4 - 2 - (17 - shift), 'z') + "\r\n";
    QByteArray input = header + filler;
    QCOMPARE(input.size(), 65536 - (17 - shift));
    for (int i = 0; i < 8; ++i)
        input += row;
    const CsvParseResult r = Csv::parse(input);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QCOMPARE(r.document.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.document.records.size(), 9);
    for (int i = 1; i < 9; ++i) {
        QCOMPARE(r.document.records.at(i).fields, (QStringList{QStringLiteral("y"), QStringLiteral("a\"b"), QString::fromUtf8("輝達")}));
        QCOMPARE(r.document.records.at(i).line, 2 + i); // header on line 1, filler on 2
    }
}

void TestCsvReader::stopsAtWhatIsNotATable_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    // A NUL character in UTF-8 text (a binary file whose start happens to be text).
    QTest::newRow("NUL in a named encoding") << QByteArray("a,b\nx,y\0z\n", 11) << 2 << QStringLiteral("a NUL character; this is not a text file");
    QTest::newRow("a field over 1 MiB") << QByteArray("a,b\nx,") + QByteArray((1 << 20) + 1, 'q') << 2
                                        << QStringLiteral("a field longer than 1048576 characters; this is not a CSV table");
}

void TestCsvReader::stopsAtWhatIsNotATable()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    const CsvParseResult r = Csv::parse(input, TextEncoding::Utf8);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().line, line);
    QCOMPARE(r.errors.first().message, message);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
