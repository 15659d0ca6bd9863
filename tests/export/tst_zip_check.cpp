// ZipCheck (data/export/zip_check.h): an XLSX package is checked whole before it is put in place, because
// libxlsxwriter reports success when its temporary part files could not be written.
#include "compare_fixture.h"
#include "xlsx_writer.h"
#include "zip_check.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <zlib.h>

namespace {
template <typename T>
QByteArray le(T v)
{
    QByteArray b(sizeof(T), Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

// A ZIP package with one part stored as it is (method 0): local header, data, central directory, end record.
QByteArray storedZip(const QByteArray &name, const QByteArray &content)
{
    const quint32 crc = crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size()));
    QByteArray local = le<quint32>(0x04034b50) + le<quint16>(20) + le<quint16>(0) + le<quint16>(0) + le<quint32>(0) + le<quint32>(crc)
                     + le<quint32>(content.size()) + le<quint32>(content.size()) + le<quint16>(name.size()) + le<quint16>(0) + name + content;
    const QByteArray central = le<quint32>(0x02014b50) + le<quint16>(20) + le<quint16>(20) + le<quint16>(0) + le<quint16>(0) + le<quint32>(0)
                             + le<quint32>(crc) + le<quint32>(content.size()) + le<quint32>(content.size()) + le<quint16>(name.size())
                             + le<quint16>(0) + le<quint16>(0) + le<quint16>(0) + le<quint16>(0) + le<quint32>(0) + le<quint32>(0) + name;
    const QByteArray end = le<quint32>(0x06054b50) + le<quint16>(0) + le<quint16>(0) + le<quint16>(1) + le<quint16>(1)
                         + le<quint32>(central.size()) + le<quint32>(local.size()) + le<quint16>(0);
    return local + central + end;
}
} // namespace

class TestZipCheck : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void aWorkbookIsWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("good.xlsx"));
        QString error;
        QVERIFY2(XlsxWriter::write(Fixture::report(), path, &error), qPrintable(error));
        QCOMPARE(ZipCheck::problem(path), QString());
    }

    void aWorkbookCutInHalfIsNot()
    {
        QFile good(m_dir.filePath(QStringLiteral("good.xlsx")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        QCOMPARE(ZipCheck::problem(write(QStringLiteral("half.xlsx"), bytes.left(bytes.size() / 2))),
                 QStringLiteral("it is not a whole ZIP package (no central directory)"));
    }

    void aCutOffXmlPartIsFound()
    {
        // What libxlsxwriter packs when the disk fills while it writes a sheet: consistent ZIP, cut-off XML.
        QCOMPARE(ZipCheck::problem(write(QStringLiteral("whole.zip"), storedZip("xl/sheet1.xml", "<worksheet><row/></worksheet>"))), QString());
        const QString problem = ZipCheck::problem(write(QStringLiteral("cut.zip"), storedZip("xl/sheet1.xml", "<worksheet><row/><ro")));
        QVERIFY2(problem.startsWith(QLatin1String("part xl/sheet1.xml is cut off")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestZipCheck)
#include "tst_zip_check.moc"
