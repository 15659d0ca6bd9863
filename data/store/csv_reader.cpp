#include "csv_reader.h"

#include <QStringDecoder>

#include <algorithm>

namespace Csv {

bool decode(const QByteArray &bytes, QString *text, QString *encoding, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        *encoding = QStringLiteral("UTF-8");
        *text = utf8(bytes.mid(3));
        if (utf8.hasError()) { // QString::fromUtf8 would silently turn bad bytes into U+FFFD
            *error = QStringLiteral("the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
            return false;
        }
        return true;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        // Stateless: a cut-off last character is an error, not silently dropped. Qt's UTF-16 decoder flags
        // neither an odd byte count nor a lone surrogate, so both are checked here.
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        *encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        *text = decoder(bytes.mid(2));
        if (decoder.hasError() || bytes.size() % 2 != 0 || !text->isValidUtf16()) {
            *error = QStringLiteral("the file starts with a UTF-16 byte-order mark but is not valid UTF-16");
            return false;
        }
        return true;
    }
    {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString decoded = utf8(bytes);
        if (!utf8.hasError()) {
            *encoding = QStringLiteral("UTF-8");
            *text = decoded;
            return true;
        }
    }
    // Not UTF-8: spreadsheets saved on Traditional-Chinese systems write Big5.
    QStringDecoder big5("Big5", QStringConverter::Flag::Stateless);
    if (big5.isValid()) {
        const QString decoded = big5(bytes);
        // ICU's Big5 is Microsoft's code page 950, which maps bytes outside Big5 (0x80, 0xFF, the
        // user-defined areas) to C1 controls and private-use characters instead of failing: treat those as
        // "not Big5", or any binary file would be read as Big5.
        const bool outsideBig5 = std::any_of(decoded.cbegin(), decoded.cend(), [](QChar c) {
            return (c.unicode() >= 0x80 && c.unicode() <= 0x9F) || c.category() == QChar::Other_PrivateUse;
        });
        if (!big5.hasError() && !outsideBig5) {
            *encoding = QStringLiteral("Big5");
            *text = decoded;
            return true;
        }
    }
    *error = QStringLiteral("the file is neither UTF-8, UTF-16 with a byte-order mark, nor Big5; save it as UTF-8");
    return false;
}

CsvParseResult parseText(const QString &text)
{
    CsvParseResult result;
    QList<CsvRecord> rows;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int line = 1;
    int quoteStartLine = 0;
    current.line = 1;

    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        // A line with nothing on it (e.g. the file's last newline) is not a record.
        if (recordHasContent || current.fields.size() > 1)
            rows << current;
        current = CsvRecord{};
        current.line = nextLine;
        recordHasContent = false;
    };

    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                result.errors.append({line, int(current.fields.size()) + 1,
                                      QStringLiteral("a quote inside an unquoted field; quote the whole field and double the quotes inside it")});
                field += c;
                continue;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
            quoteStartLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else {
            if (fieldWasQuoted) {
                result.errors.append({line, int(current.fields.size()) + 1,
                                      QStringLiteral("text after a closing quote; quote the whole field")});
            }
            field += c;
            recordHasContent = true;
        }
    }
    if (inQuotes) {
        result.errors.append({quoteStartLine, int(current.fields.size()) + 1,
                              QStringLiteral("a quoted field is never closed (missing \")")});
    }
    if (recordHasContent || !field.isEmpty() || current.fields.size() > 0)
        endRecord(line);

    if (rows.isEmpty()) {
        result.errors.append({1, 1, QStringLiteral("the file is empty; it needs a header row")});
        return result;
    }
    result.document.header = rows.takeFirst().fields;
    for (QString &h : result.document.header)
        h = h.trimmed();
    result.document.headerLine = 1;
    result.document.records = rows;
    return result;
}

CsvParseResult parse(const QByteArray &bytes)
{
    QString text, encoding, error;
    if (!decode(bytes, &text, &encoding, &error)) {
        CsvParseResult r;
        r.errors.append({1, 1, error});
        return r;
    }
    CsvParseResult r = parseText(text);
    r.document.encoding = encoding;
    return r;
}

} // namespace Csv
