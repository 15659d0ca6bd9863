// Translation completeness (issue 3): lupdate scans the sources into a copy of each .ts file; the test fails on
// any message that is new (in the code but not yet in the file), unfinished, empty or no longer in the code,
// naming each one, so a string cannot reach users untranslated.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context, source, type;
    bool numerus = false;
    QStringList translations; // one, or one per numerus form
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            messages << m;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (name == u"numerusform") {
            m.translations << xml.readElementText();
        }
    }
    return messages;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("tsFile");
        QTest::addColumn<bool>("pluralOnly");
        for (const QString &ts : QStringLiteral(ATLAS_TS_FILES).split(QLatin1Char('|')))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts << false;
        // English is the source language: its file only gives the plural forms ("1 chip", "22 chips").
        QTest::newRow("compute-atlas_en.ts") << QStringLiteral(ATLAS_TS_EN) << true;
    }

    void complete()
    {
        QFETCH(QString, tsFile);
        QFETCH(bool, pluralOnly);
        QVERIFY2(QFileInfo::exists(tsFile), qPrintable(tsFile + QStringLiteral(" is missing")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // The same scan as the update_translations target, but keeping vanished messages so they can be named.
        QStringList args{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h")};
        if (pluralOnly)
            args << QStringLiteral("-pluralonly");
        args << QStringLiteral(ATLAS_TRANSLATED_DIRS).split(QLatin1Char('|'));
        args << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(ATLAS_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString language;
        const QList<Message> before = readTs(tsFile, &language);
        const QList<Message> after = readTs(copy, &language);
        QVERIFY2(!before.isEmpty(), "the .ts file has no messages");
        if (pluralOnly)
            QVERIFY(std::all_of(before.cbegin(), before.cend(), [](const Message &m) { return m.numerus; }));
        QVERIFY2(language == QFileInfo(tsFile).completeBaseName().section(QLatin1Char('_'), 1), qPrintable(QStringLiteral("language attribute is '%1'").arg(language)));

        QStringList problems;
        for (const Message &m : after) {
            const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << QStringLiteral("no longer in the code (run the update_translations target): ") + where;
            else if (m.type == QLatin1String("unfinished"))
                problems << QStringLiteral("new or unfinished: ") + where;
            else if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.trimmed().isEmpty(); }))
                problems << QStringLiteral("empty translation: ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 (%2 of %3 messages):\n  ").arg(QFileInfo(tsFile).fileName()).arg(problems.size()).arg(after.size())
                                                + problems.join(QStringLiteral("\n  "))));
        // Every message the file holds is still there after the scan: nothing was silently dropped.
        QCOMPARE(after.size(), before.size());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
