// The glossary (issue 11): the Chinese variants GLOSSARY.md rules out, listed with the reason for each in
// tests/fixtures/glossary_forbidden.tsv, must not appear in the interface translations (both .ts files) nor in the
// dataset's Chinese columns (*_zh_hant for zh_TW, *_zh_hans for zh_CN). A failure names the file, the message or
// row, the variant and what to write instead, so a slip cannot come back unnoticed.
#include "csv_reader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

namespace {

struct Rule {
    int line = 0; // in the .tsv
    QString locale, where;
    QRegularExpression forbidden, whenEnglish; // whenEnglish: empty pattern = always
    QString use, example, why;
};

// One Chinese text and where it is: a translation with its English source, or a dataset cell with the row's English.
struct Text {
    QString where;   // "ts" or "data"
    QString place;   // "translations/compute-atlas_zh_TW.ts:812 [RooflineText] \"Kernel\"", "flow.csv:11 alphabet-2025-capex description_zh_hant"
    QString chinese;
    QString english;
};

QString sourceDir()
{
    return QStringLiteral(ATLAS_SOURCE_DIR);
}

QList<Rule> readRules(QString *error)
{
    QFile file(sourceDir() + QStringLiteral("/tests/fixtures/glossary_forbidden.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.fileName() + QStringLiteral(": cannot be read");
        return {};
    }
    QList<Rule> rules;
    int n = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        ++n;
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 7) {
            *error = QStringLiteral("glossary_forbidden.tsv:%1: %2 fields, expected 7 (locale, where, forbidden, when_english, use, example, why)")
                         .arg(n)
                         .arg(f.size());
            return {};
        }
        Rule r;
        r.line = n;
        r.locale = f.at(0);
        r.where = f.at(1);
        r.forbidden = QRegularExpression(f.at(2), QRegularExpression::UseUnicodePropertiesOption);
        r.whenEnglish = QRegularExpression(f.at(3) == QLatin1String("-") ? QString() : f.at(3));
        r.use = f.at(4);
        r.example = f.at(5);
        r.why = f.at(6);
        rules << r;
    }
    return rules;
}

QList<Text> translations(const QString &locale, QString *error)
{
    const QString relative = QStringLiteral("translations/compute-atlas_%1.ts").arg(locale);
    QFile file(sourceDir() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = relative + QStringLiteral(": cannot be read");
        return {};
    }
    QList<Text> texts;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" || xml.name() == u"numerusform") {
            const qint64 line = xml.lineNumber();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty())
                texts << Text{QStringLiteral("ts"), QStringLiteral("%1:%2 [%3] \"%4\"").arg(relative).arg(line).arg(context, source), text, source};
        }
    }
    if (xml.hasError())
        *error = relative + QStringLiteral(": ") + xml.errorString();
    return texts;
}

QList<Text> datasetCells(const QString &locale, QString *error)
{
    const QString suffix = locale == QLatin1String("zh_TW") ? QStringLiteral("_zh_hant") : QStringLiteral("_zh_hans");
    QList<Text> texts;
    const QDir dir(sourceDir() + QStringLiteral("/data/dataset"));
    for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = name + QStringLiteral(": cannot be read");
            return {};
        }
        const CsvParseResult parsed = Csv::parse(file.readAll());
        if (!parsed.errors.isEmpty()) {
            *error = QStringLiteral("%1:%2: %3").arg(name).arg(parsed.errors.first().line).arg(parsed.errors.first().message);
            return {};
        }
        const QStringList &header = parsed.document.header;
        for (int c = 0; c < header.size(); ++c) {
            if (!header.at(c).endsWith(suffix))
                continue;
            // The row's English: name_zh_hant → name_en, else the column the Chinese translates (note_zh_hant → note).
            const QString base = header.at(c).chopped(suffix.size());
            qsizetype english = header.indexOf(base + QStringLiteral("_en"));
            if (english < 0)
                english = header.indexOf(base);
            for (const CsvRecord &record : parsed.document.records) {
                const QString text = record.fields.value(c);
                if (text.isEmpty())
                    continue;
                texts << Text{QStringLiteral("data"),
                              QStringLiteral("data/dataset/%1:%2 %3 %4").arg(name).arg(record.line).arg(record.fields.value(0), header.at(c)),
                              text, english >= 0 ? record.fields.value(english) : QString()};
            }
        }
    }
    return texts;
}

bool applies(const Rule &rule, const Text &text)
{
    if (rule.where != QLatin1String("all") && rule.where != text.where)
        return false;
    return rule.whenEnglish.pattern().isEmpty() || rule.whenEnglish.match(text.english).hasMatch();
}

} // namespace

class TestGlossary : public QObject {
    Q_OBJECT

private slots:
    // The list itself: every rule is well formed and catches the example it gives.
    void rulesCatchTheirExamples()
    {
        QString error;
        const QList<Rule> rules = readRules(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(rules.size() >= 20);
        for (const Rule &r : rules) {
            const QString at = QStringLiteral("glossary_forbidden.tsv:%1").arg(r.line);
            QVERIFY2(r.locale == QLatin1String("zh_TW") || r.locale == QLatin1String("zh_CN"), qPrintable(at + QStringLiteral(": locale ") + r.locale));
            QVERIFY2(QStringList({"ts", "data", "all"}).contains(r.where), qPrintable(at + QStringLiteral(": where ") + r.where));
            QVERIFY2(r.forbidden.isValid(), qPrintable(at + QStringLiteral(": ") + r.forbidden.errorString()));
            QVERIFY2(r.whenEnglish.isValid(), qPrintable(at + QStringLiteral(": ") + r.whenEnglish.errorString()));
            QVERIFY2(!r.why.trimmed().isEmpty(), qPrintable(at + QStringLiteral(": says no why")));
            QVERIFY2(r.forbidden.match(r.example).hasMatch(), qPrintable(at + QStringLiteral(": does not catch its own example ") + r.example));
        }
    }

    // A rule that names an English word applies only where the English says it: 核心 stays right for a core.
    void englishConditionNarrowsARule()
    {
        QString error;
        const QList<Rule> rules = readRules(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto kernel = std::find_if(rules.cbegin(), rules.cend(), [](const Rule &r) {
            return r.locale == QLatin1String("zh_TW") && r.forbidden.pattern() == u"核心";
        });
        QVERIFY(kernel != rules.cend());
        QVERIFY(applies(*kernel, Text{QStringLiteral("ts"), {}, QStringLiteral("核心"), QStringLiteral("Kernel")}));
        QVERIFY(!applies(*kernel, Text{QStringLiteral("data"), {}, QStringLiteral("Tensor 核心"), QStringLiteral("Tensor Cores")}));
    }

    void noForbiddenVariant_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("where");
        for (const char *locale : {"zh_TW", "zh_CN"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 interface").arg(QLatin1String(locale)))) << QString::fromLatin1(locale) << QStringLiteral("ts");
            QTest::newRow(qPrintable(QStringLiteral("%1 dataset").arg(QLatin1String(locale)))) << QString::fromLatin1(locale) << QStringLiteral("data");
        }
    }

    void noForbiddenVariant()
    {
        QFETCH(QString, locale);
        QFETCH(QString, where);
        QString error;
        const QList<Rule> rules = readRules(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Text> texts = where == QLatin1String("ts") ? translations(locale, &error) : datasetCells(locale, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(texts.size() > 50); // the files were found and read

        QStringList found;
        for (const Text &text : texts) {
            for (const Rule &rule : rules) {
                if (rule.locale != locale || !applies(rule, text))
                    continue;
                const QRegularExpressionMatch m = rule.forbidden.match(text.chinese);
                if (m.hasMatch())
                    found << QStringLiteral("%1: \"%2\" in 「%3」; write %4 (%5, glossary_forbidden.tsv:%6)")
                                 .arg(text.place, m.captured(), text.chinese, rule.use, rule.why)
                                 .arg(rule.line);
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 variant(s) the glossary rules out:\n").arg(found.size()) + found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
