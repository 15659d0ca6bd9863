#include "zip_check.h"

#include <QFile>
#include <QXmlStreamReader>
#include <QtEndian>
#include <zlib.h>

namespace ZipCheck {

namespace {
quint16 u16(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint16>(b.constData() + at); }
quint32 u32(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint32>(b.constData() + at); }

bool inflateRaw(const char *data, qsizetype size, QByteArray *out)
{
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    z.next_out = reinterpret_cast<Bytef *>(out->data());
    z.avail_out = uInt(out->size());
    const int result = inflate(&z, Z_FINISH);
    const bool whole = result == Z_STREAM_END && z.total_out == uLong(out->size());
    inflateEnd(&z);
    return whole;
}
} // namespace

QString problem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("it cannot be read back (%1)").arg(file.errorString());
    const QByteArray zip = file.readAll();
    // The end-of-central-directory record: 22 bytes, behind at most a 64 KiB comment.
    qsizetype end = -1;
    for (qsizetype at = zip.size() - 22; at >= 0 && at >= zip.size() - 22 - 65535 && end < 0; --at)
        if (u32(zip, at) == 0x06054b50)
            end = at;
    if (end < 0)
        return QStringLiteral("it is not a whole ZIP package (no central directory)");
    const int entries = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    for (int i = 0; i < entries; ++i) {
        if (at + 46 > zip.size() || u32(zip, at) != 0x02014b50)
            return QStringLiteral("its central directory is cut off");
        const quint16 method = u16(zip, at + 10);
        const quint32 crc = u32(zip, at + 16), packed = u32(zip, at + 20), size = u32(zip, at + 24);
        const quint16 nameLength = u16(zip, at + 28);
        const qsizetype local = u32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
        if (local + 30 > zip.size() || u32(zip, local) != 0x04034b50)
            return QStringLiteral("part %1 is missing").arg(name);
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + qsizetype(packed) > zip.size())
            return QStringLiteral("part %1 is cut off").arg(name);
        QByteArray content(qsizetype(size), Qt::Uninitialized);
        if (method == 0)
            content = zip.mid(data, packed);
        else if (method != 8 || !inflateRaw(zip.constData() + data, packed, &content))
            return QStringLiteral("part %1 cannot be unpacked").arg(name);
        if (crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())) != crc)
            return QStringLiteral("part %1 is damaged").arg(name);
        if (name.endsWith(QLatin1String(".xml")) || name.endsWith(QLatin1String(".rels"))) {
            QXmlStreamReader xml(content);
            while (!xml.atEnd())
                xml.readNext();
            if (xml.hasError())
                return QStringLiteral("part %1 is cut off (%2)").arg(name, xml.errorString());
        }
    }
    return {};
}

} // namespace ZipCheck
