#include "text_encoding.h"

#include <QBuffer>

#include <algorithm>
#include <cstring>

namespace TextEncodings {

namespace {

constexpr qint64 kChunk = 1 << 16;
const QString kNameIt = QStringLiteral("--encoding utf-8|utf-16|big5|gbk|latin1");

// RFC 3629 UTF-8, checked byte by byte across chunks without decoding: no overlong forms, no surrogates, nothing
// above U+10FFFF, no character cut off at the end. Counts lines so an error can say where.
class Utf8Check {
public:
    void feed(const char *data, qint64 size)
    {
        qint64 i = 0;
        while (i < size && !m_bad) {
            // Plain ASCII eight bytes at a time (most of a CSV file); lines and NULs are counted per run below.
            if (m_need == 0) {
                const qint64 start = i;
                while (i + 8 <= size) {
                    quint64 word;
                    memcpy(&word, data + i, 8);
                    if (word & 0x8080808080808080ull)
                        break;
                    i += 8;
                }
                while (i < size && static_cast<unsigned char>(data[i]) < 0x80)
                    ++i;
                m_line += std::count(data + start, data + i, '\n');
                m_nul = m_nul || memchr(data + start, 0, size_t(i - start)) != nullptr;
                if (i == size)
                    break;
            }
            const auto b = static_cast<unsigned char>(data[i++]);
            if (m_need > 0) {
                if (b < m_lower || b > m_upper) {
                    m_bad = true;
                    break;
                }
                m_lower = 0x80;
                m_upper = 0xBF;
                --m_need;
            } else if (b >= 0xC2 && b <= 0xDF) {
                m_need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_need = 2;
                m_lower = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
                m_upper = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_need = 3;
                m_lower = b == 0xF0 ? 0x90 : 0x80;
                m_upper = b == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF otherwise
            } else {
                m_bad = true;
            }
        }
    }
    bool valid() const { return !m_bad && m_need == 0; } // at the end: a character cut off is not valid
    bool failed() const { return m_bad; }               // so far (a chunk may end inside a character)
    bool sawNul() const { return m_nul; }
    qint64 line() const { return m_line; } // the line of the first bad byte once !valid()

private:
    int m_need = 0;
    unsigned char m_lower = 0x80, m_upper = 0xBF;
    qint64 m_line = 1;
    bool m_bad = false;
    bool m_nul = false;
};

// Big5 or GBK: decodes through ICU and, on the bytes, counts the double-byte characters and how many of them
// are rare. Both standards put their frequent characters in one block: Big5 its 5,401 "frequently used"
// characters at A440–C67E (symbols at A140–A3BF), GBK the 3,755 level-1 characters of GB 2312 at B0A1–D7FE (symbols
// at A1A1–A9FE). Text read in the wrong one of the two lands mostly outside that block: 中文 saved as GBK reads
// as Big5 笢恅, two rare characters; "Québec" saved as Latin-1 reads as rare characters in both.
class DoubleByteCheck {
public:
    explicit DoubleByteCheck(TextEncoding encoding) : m_encoding(encoding), m_decoder(decoder(encoding)) {}

    void feed(const char *data, qint64 size)
    {
        const QString text = m_decoder(QByteArrayView(data, size));
        // ICU maps bytes outside the standard (0x80, 0xFF, user-defined areas) to C1 controls and private-use
        // characters instead of failing; they are no part of real text, so they count as "cannot decode".
        for (const QChar c : text)
            if (c.unicode() == 0 || (c.unicode() >= 0x80 && c.unicode() <= 0x9F) || c.category() == QChar::Other_PrivateUse)
                m_outside = true;
        for (qint64 i = 0; i < size; ++i) {
            const auto b = static_cast<unsigned char>(data[i]);
            if (m_lead) {
                ++m_doubleByte;
                if (!isFrequent(m_lead, b))
                    ++m_rare;
                m_lead = 0;
            } else if (b >= 0x81 && b <= 0xFE) {
                m_lead = b;
            }
        }
    }
    bool decodes() const { return !m_decoder.hasError() && !m_outside && m_lead == 0; }
    qint64 rare() const { return m_rare; }
    // Plausible text: at most one double-byte character in five outside the frequent block.
    bool plausible() const { return decodes() && m_rare * 5 <= m_doubleByte; }

private:
    bool isFrequent(unsigned char lead, unsigned char trail) const
    {
        const int code = lead << 8 | trail;
        if (m_encoding == TextEncoding::Big5)
            return (code >= 0xA140 && code <= 0xA3BF) || (code >= 0xA440 && code <= 0xC67E);
        return trail >= 0xA1 && ((lead >= 0xA1 && lead <= 0xA9) || (lead >= 0xB0 && lead <= 0xD7));
    }

    TextEncoding m_encoding;
    QStringDecoder m_decoder;
    unsigned char m_lead = 0;
    qint64 m_doubleByte = 0;
    qint64 m_rare = 0;
    bool m_outside = false;
};

// UTF-16 as Qt decodes it, plus what Qt's decoder lets through: an odd byte count and lone surrogates.
class Utf16Check {
public:
    explicit Utf16Check(TextEncoding encoding) : m_decoder(decoder(encoding)) {}
    void feed(const char *data, qint64 size)
    {
        m_bytes += size;
        const QString text = m_decoder(QByteArrayView(data, size));
        for (const QChar c : text) {
            if (m_pendingHigh && !c.isLowSurrogate())
                m_bad = true;
            if (!m_pendingHigh && c.isLowSurrogate())
                m_bad = true;
            m_pendingHigh = c.isHighSurrogate();
        }
    }
    bool valid() const { return !m_decoder.hasError() && !m_bad && !m_pendingHigh && m_bytes % 2 == 0; }

private:
    QStringDecoder m_decoder;
    qint64 m_bytes = 0;
    bool m_pendingHigh = false;
    bool m_bad = false;
};

template <typename F>
void eachChunk(QIODevice &device, F feed)
{
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buffer.data(), kChunk);
        if (n <= 0)
            break;
        if (!feed(buffer.constData(), n))
            break;
    }
}

Detection failure(const QString &error)
{
    return Detection{std::nullopt, 0, error};
}

// `what` begins the message: "the file starts with a UTF-8 byte-order mark but".
Detection checkUtf8(QIODevice &device, int bom, const QString &what)
{
    Utf8Check check;
    eachChunk(device, [&](const char *d, qint64 n) {
        check.feed(d, n);
        return !check.failed();
    });
    if (!check.valid())
        return failure(QStringLiteral("%1 is not valid UTF-8 (line %2)").arg(what).arg(check.line()));
    return Detection{TextEncoding::Utf8, bom, {}};
}

Detection checkUtf16(QIODevice &device, TextEncoding encoding, int bom, const QString &what)
{
    Utf16Check check(encoding);
    eachChunk(device, [&](const char *d, qint64 n) {
        check.feed(d, n);
        return true;
    });
    if (!check.valid())
        return failure(QStringLiteral("%1 is not valid UTF-16").arg(what));
    return Detection{encoding, bom, {}};
}

Detection checkDoubleByte(QIODevice &device, TextEncoding encoding)
{
    DoubleByteCheck check(encoding);
    eachChunk(device, [&](const char *d, qint64 n) {
        check.feed(d, n);
        return true;
    });
    if (!check.decodes())
        return failure(QStringLiteral("--encoding %1 was given, but the file is not valid %2")
                           .arg(name(encoding).toLower(), name(encoding)));
    return Detection{encoding, 0, {}};
}

Detection detectFrom(QIODevice &device, std::optional<TextEncoding> forced)
{
    const qint64 start = device.pos();
    const QByteArray head = device.peek(3);
    const bool utf8Bom = head.startsWith("\xEF\xBB\xBF");
    const bool le = head.startsWith("\xFF\xFE");
    const bool be = head.startsWith("\xFE\xFF");

    if (forced) {
        switch (*forced) {
        case TextEncoding::Utf8:
            device.seek(start + (utf8Bom ? 3 : 0));
            return checkUtf8(device, utf8Bom ? 3 : 0, QStringLiteral("--encoding utf-8 was given, but the file"));
        case TextEncoding::Utf16LE:
        case TextEncoding::Utf16BE: {
            // The byte-order mark decides; without one, little-endian (what Windows programs write).
            const TextEncoding order = be ? TextEncoding::Utf16BE : TextEncoding::Utf16LE;
            device.seek(start + (le || be ? 2 : 0));
            return checkUtf16(device, order, le || be ? 2 : 0, QStringLiteral("--encoding utf-16 was given, but the file"));
        }
        case TextEncoding::Big5:
        case TextEncoding::Gbk:
            return checkDoubleByte(device, *forced);
        case TextEncoding::Latin1:
            return Detection{TextEncoding::Latin1, 0, {}};
        }
    }

    if (utf8Bom) {
        device.seek(start + 3);
        return checkUtf8(device, 3, QStringLiteral("the file starts with a UTF-8 byte-order mark but"));
    }
    if (le || be) {
        device.seek(start + 2);
        return checkUtf16(device, le ? TextEncoding::Utf16LE : TextEncoding::Utf16BE, 2,
                          QStringLiteral("the file starts with a UTF-16 byte-order mark but"));
    }

    Utf8Check utf8;
    eachChunk(device, [&](const char *d, qint64 n) {
        utf8.feed(d, n);
        return !utf8.failed() && !utf8.sawNul(); // a NUL byte decides it: stop reading
    });
    if (utf8.sawNul())
        return failure(QStringLiteral("the file holds NUL bytes, so it is not text in UTF-8, Big5 or GBK; if it is UTF-16 "
                                      "without a byte-order mark, give --encoding utf-16"));
    if (utf8.valid())
        return Detection{TextEncoding::Utf8, 0, {}};

    // Not UTF-8: read it again as each of the two Chinese code pages Windows spreadsheets save.
    device.seek(start);
    DoubleByteCheck big5(TextEncoding::Big5), gbk(TextEncoding::Gbk);
    eachChunk(device, [&](const char *d, qint64 n) {
        big5.feed(d, n);
        gbk.feed(d, n);
        return big5.decodes() || gbk.decodes();
    });
    const QString notUtf8 = QStringLiteral("the file is not UTF-8 (line %1 has bytes UTF-8 cannot have)").arg(utf8.line());
    if (big5.plausible() && (!gbk.plausible() || big5.rare() < gbk.rare()))
        return Detection{TextEncoding::Big5, 0, {}};
    if (gbk.plausible() && (!big5.plausible() || gbk.rare() < big5.rare()))
        return Detection{TextEncoding::Gbk, 0, {}};
    if (!big5.decodes() && !gbk.decodes())
        return failure(QStringLiteral("%1, nor Big5 or GBK; name its encoding with %2 (latin1 for Western European "
                                      "text), or save it as UTF-8")
                           .arg(notUtf8, kNameIt));
    QStringList readings;
    for (const auto &[encoding, check] : {std::pair{TextEncoding::Big5, &big5}, std::pair{TextEncoding::Gbk, &gbk}})
        if (check->decodes())
            readings << QStringLiteral("as %1 with %2 rare characters").arg(name(encoding)).arg(check->rare());
    return failure(QStringLiteral("%1, and its encoding is unclear: it reads %2; name it with %3 "
                                  "(latin1 for Western European text), or save it as UTF-8")
                       .arg(notUtf8, readings.join(QStringLiteral(" and ")), kNameIt));
}

} // namespace

QString name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case TextEncoding::Big5: return QStringLiteral("Big5");
    case TextEncoding::Gbk: return QStringLiteral("GBK");
    case TextEncoding::Latin1: return QStringLiteral("Latin-1");
    }
    return {};
}

QStringList optionKeys()
{
    return {QStringLiteral("utf-8"), QStringLiteral("utf-16"), QStringLiteral("big5"), QStringLiteral("gbk"), QStringLiteral("latin1")};
}

std::optional<TextEncoding> fromOptionKey(QStringView key)
{
    if (key.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0)
        return TextEncoding::Utf8;
    if (key.compare(QLatin1String("utf-16"), Qt::CaseInsensitive) == 0)
        return TextEncoding::Utf16LE;
    if (key.compare(QLatin1String("big5"), Qt::CaseInsensitive) == 0)
        return TextEncoding::Big5;
    if (key.compare(QLatin1String("gbk"), Qt::CaseInsensitive) == 0)
        return TextEncoding::Gbk;
    if (key.compare(QLatin1String("latin1"), Qt::CaseInsensitive) == 0)
        return TextEncoding::Latin1;
    return std::nullopt;
}

Detection detect(QIODevice &device, std::optional<TextEncoding> forced)
{
    return detectFrom(device, forced);
}

Detection detect(const QByteArray &bytes, std::optional<TextEncoding> forced)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return detectFrom(buffer, forced);
}

QStringDecoder decoder(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringDecoder(QStringConverter::Utf8);
    case TextEncoding::Utf16LE: return QStringDecoder(QStringConverter::Utf16LE);
    case TextEncoding::Utf16BE: return QStringDecoder(QStringConverter::Utf16BE);
    case TextEncoding::Big5: return QStringDecoder("Big5");
    case TextEncoding::Gbk: return QStringDecoder("GBK");
    case TextEncoding::Latin1: return QStringDecoder(QStringConverter::Latin1);
    }
    return QStringDecoder(QStringConverter::Utf8);
}

} // namespace TextEncodings
