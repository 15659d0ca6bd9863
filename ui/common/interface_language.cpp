#include "interface_language.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLocale>

Language interfaceLanguage()
{
    const QLocale locale;
    if (locale.language() != QLocale::Chinese)
        return Language::English;
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
        || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao;
    return traditional ? Language::TraditionalChinese : Language::SimplifiedChinese;
}

void applyInterfaceFont(Language language)
{
    static const QFont original = QApplication::font();
    QStringList preferred;
    if (language == Language::TraditionalChinese)
        preferred = {QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Source Han Sans TC"), QStringLiteral("Microsoft JhengHei"),
                     QStringLiteral("PingFang TC")};
    else if (language == Language::SimplifiedChinese)
        preferred = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
                     QStringLiteral("PingFang SC")};
    const QStringList installed = QFontDatabase::families();
    QFont font = original;
    for (const QString &family : preferred) {
        if (installed.contains(family)) {
            // The resolved family first ("Sans Serif" is only an alias): Latin text and line heights stay as they were.
            font.setFamilies({QFontInfo(original).family(), family});
            break;
        }
    }
    if (QApplication::font() != font)
        QApplication::setFont(font);
}
