#pragma once
// The interface languages Compute Atlas ships and the switch between them at run time (DESIGN §5, §7): installs
// Qt's own translations (qtbase_<code>.qm) and ours (:/i18n/compute-atlas_<code>.qm) together, makes the
// language the default QLocale (the views format numbers from it) and remembers the choice in QSettings.
// QtCore only, so the headless command line can use it for --lang as well. One per application: the
// translators it installs are global.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

class LanguageManager : public QObject {
    Q_OBJECT
public:
    struct Entry {
        QString code;       // "en", "zh_TW", "zh_CN"
        QString nativeName; // the language's name in itself, as a language menu shows it
    };
    enum class Remember { No, Yes };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The languages shipped, English (the source language) first.
    static QList<Entry> languages();
    static QStringList codes();
    // The shipped code `code` stands for ("zh-Hant" → "zh_TW", "zh_hk" → "zh_TW", "EN" → "en"), or empty.
    static QString shippedCode(QStringView code);

    // Switches to `code` (any spelling shippedCode() accepts). Returns false and changes nothing if the
    // language is not shipped or its translation cannot be loaded; `error` then says why.
    bool setLanguage(const QString &code, Remember remember = Remember::Yes, QString *error = nullptr);
    QString language() const { return m_code; }

    // The choice saved by an earlier setLanguage(…, Remember::Yes), or empty.
    static QString savedLanguage();
    // The shipped language closest to the system's, English if none is.
    static QString systemLanguage();
    // What to start in: `requested` (--lang) if given, else the saved choice, else the system's.
    static QString startupLanguage(const QString &requested);

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_code = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
};
