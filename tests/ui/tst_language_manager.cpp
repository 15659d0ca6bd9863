// LanguageManager: switching among the shipped languages installs our translation and Qt's own together,
// sets the default locale, remembers the choice, and refuses a language that is not shipped.
#include "language_manager.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestLanguageManager : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    static QString ours(const char *context, const char *text) { return QCoreApplication::translate(context, text); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setApplicationName(QStringLiteral("compute-atlas-test"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("compute-atlas"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void listsTheShippedLanguages()
    {
        QCOMPARE(LanguageManager::codes(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_TW"), QStringLiteral("zh_CN")}));
        QCOMPARE(LanguageManager::languages().at(1).nativeName, QStringLiteral("繁體中文"));
        QCOMPARE(LanguageManager::languages().at(2).nativeName, QStringLiteral("简体中文"));
        QCOMPARE(LanguageManager::shippedCode(u"zh-Hant"), QStringLiteral("zh_TW"));
        QCOMPARE(LanguageManager::shippedCode(u"zh_hk"), QStringLiteral("zh_TW"));
        QCOMPARE(LanguageManager::shippedCode(u"zh-Hans"), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::shippedCode(u"en_GB"), QStringLiteral("en"));
        QVERIFY(LanguageManager::shippedCode(u"fr").isEmpty());
    }

    void switchesAmongTheShippedLanguages()
    {
        LanguageManager manager;
        QSignalSpy changed(&manager, &LanguageManager::languageChanged);

        QVERIFY(manager.setLanguage(QStringLiteral("zh_TW")));
        QCOMPARE(manager.language(), QStringLiteral("zh_TW"));
        QCOMPARE(changed.count(), 1);
        // Our translation, including the strings data/model marks for translation …
        QCOMPARE(ours("MainWindow", "&File"), QStringLiteral("檔案(&F)"));
        QCOMPARE(ours("CompareTable", "Memory bandwidth"), QStringLiteral("記憶體頻寬"));
        // … and Qt's own beside it, so standard dialogs follow.
        QCOMPARE(ours("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(QLocale().territory(), QLocale::Taiwan);

        QVERIFY(manager.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(ours("MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(ours("CompareTable", "Memory bandwidth"), QStringLiteral("显存带宽"));
        QCOMPARE(ours("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(QLocale().territory(), QLocale::China);

        QVERIFY(manager.setLanguage(QStringLiteral("en")));
        QCOMPARE(ours("MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(ours("CompareTable", "Memory bandwidth"), QStringLiteral("Memory bandwidth"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(changed.count(), 3);
    }

    void refusesALanguageNotShipped()
    {
        LanguageManager manager;
        QVERIFY(manager.setLanguage(QStringLiteral("zh_TW")));
        QString error;
        QVERIFY(!manager.setLanguage(QStringLiteral("fr"), LanguageManager::Remember::Yes, &error));
        QVERIFY2(error.contains(QStringLiteral("zh_CN")), qPrintable(error)); // names the valid ones
        QCOMPARE(manager.language(), QStringLiteral("zh_TW"));
        QCOMPARE(ours("MainWindow", "&File"), QStringLiteral("檔案(&F)"));
        QVERIFY(manager.setLanguage(QStringLiteral("en")));
    }

    void remembersTheChoice()
    {
        {
            LanguageManager manager;
            QVERIFY(manager.setLanguage(QStringLiteral("zh_CN")));
        }
        QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::startupLanguage({}), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::startupLanguage(QStringLiteral("zh_TW")), QStringLiteral("zh_TW")); // --lang wins
        {
            LanguageManager manager;
            QVERIFY(manager.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
        }
        QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("zh_CN")); // a one-off (--lang) is not remembered
    }

    void uninstallsItsTranslatorsWhenDestroyed()
    {
        {
            LanguageManager manager;
            QVERIFY(manager.setLanguage(QStringLiteral("zh_TW"), LanguageManager::Remember::No));
            QCOMPARE(ours("MainWindow", "&File"), QStringLiteral("檔案(&F)"));
        }
        QCOMPARE(ours("MainWindow", "&File"), QStringLiteral("&File"));
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_language_manager.moc"
