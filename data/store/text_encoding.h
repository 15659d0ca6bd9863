#pragma once
// Which encoding a user's text file is in (DESIGN §2.2): UTF-8 (with or without a byte-order mark), UTF-16 with a
// byte-order mark, Big5 (spreadsheets saved on Traditional-Chinese Windows) or GBK (code page 936, Simplified-Chinese
// Windows). Detected, never assumed: when the bytes do not say which, the answer is an error that names
// --encoding, and Latin-1 is read only when the user names it.

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <optional>

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Big5, Gbk, Latin1 };

namespace TextEncodings {

// What a message or a result calls it: "UTF-8", "UTF-16LE", "UTF-16BE", "Big5", "GBK", "Latin-1".
QString name(TextEncoding encoding);
// The values of --encoding: utf-8, utf-16, big5, gbk, latin1.
QStringList optionKeys();
// "utf-16" means UTF-16 with the byte order its BOM gives (little-endian without one, as Windows writes it).
std::optional<TextEncoding> fromOptionKey(QStringView key);

struct Detection {
    std::optional<TextEncoding> encoding; // empty: see error
    int bomSize = 0;                      // bytes of byte-order mark to skip before decoding
    QString error;                        // why the file cannot be read as text (names --encoding where it helps)
};

// Reads `device` to its end in chunks (bounded memory whatever its size) and decides. `forced`: the encoding the
// user named; the file is still checked to decode without error. The device is left at its end.
Detection detect(QIODevice &device, std::optional<TextEncoding> forced = std::nullopt);
Detection detect(const QByteArray &bytes, std::optional<TextEncoding> forced = std::nullopt);

// A stateful decoder for `encoding` (a character cut between two chunks is joined, not lost).
QStringDecoder decoder(TextEncoding encoding);

} // namespace TextEncodings
