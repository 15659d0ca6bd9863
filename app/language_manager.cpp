#include "language_manager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const QString kSettingsKey = QStringLiteral("interface/language");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Entry> LanguageManager::languages()
{
    // Each name is written in its own language (not translated): a reader must find theirs whatever the
    // interface currently shows.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QStringList LanguageManager::codes()
{
    QStringList list;
    for (const Entry &e : languages())
        list << e.code;
    return list;
}

QString LanguageManager::shippedCode(QStringView code)
{
    const QString c = code.toString().replace(QLatin1Char('-'), QLatin1Char('_')).toLower();
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    if (c == QLatin1String("zh_tw") || c == QLatin1String("zh_hant") || c == QLatin1String("zh_hk") || c == QLatin1String("zh_mo")
        || c.startsWith(QLatin1String("zh_hant_")))
        return QStringLiteral("zh_TW");
    if (c == QLatin1String("zh_cn") || c == QLatin1String("zh_hans") || c == QLatin1String("zh_sg") || c == QLatin1String("zh")
        || c.startsWith(QLatin1String("zh_hans_")))
        return QStringLiteral("zh_CN");
    return {};
}

bool LanguageManager::setLanguage(const QString &requested, Remember remember, QString *error)
{
    const QString code = shippedCode(requested);
    if (code.isEmpty()) {
        if (error)
            *error = QStringLiteral("'%1' is not a shipped language; valid: %2").arg(requested, codes().join(QStringLiteral(", ")));
        return false;
    }

    // Ours for every language: English, the source language, has a file too, for its plural forms.
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/compute-atlas_%1.qm").arg(code))) {
        if (error)
            *error = QStringLiteral("the %1 translation is missing from the program").arg(code);
        return false;
    }
    std::unique_ptr<QTranslator> qt;
    if (code != QLatin1String("en")) {
        // Qt's own strings (standard dialogs, buttons). Missing only if qt6-translations-l10n is not
        // installed: the interface is still translated, the standard dialogs stay English.
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }

    // The locale first: widgets read it when the LanguageChange the translators cause reaches them.
    QLocale::setDefault(code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(code));
    removeTranslators();
    m_qtTranslator = std::move(qt);
    m_appTranslator = std::move(app);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QCoreApplication::installTranslator(m_appTranslator.get());
    m_code = code;

    if (remember == Remember::Yes) {
        QSettings settings;
        settings.setValue(kSettingsKey, code);
    }
    emit languageChanged(code);
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

QString LanguageManager::savedLanguage()
{
    QSettings settings;
    return shippedCode(settings.value(kSettingsKey).toString());
}

QString LanguageManager::systemLanguage()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese) {
        const bool traditional = system.script() == QLocale::TraditionalChineseScript || system.territory() == QLocale::Taiwan
            || system.territory() == QLocale::HongKong || system.territory() == QLocale::Macao;
        return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

QString LanguageManager::startupLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString saved = savedLanguage();
    return saved.isEmpty() ? systemLanguage() : saved;
}
