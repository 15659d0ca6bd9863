#pragma once
// The language the interface shows numbers and data names in: the default QLocale, which the application's
// language switch sets before the QEvent::LanguageChange it causes reaches the widgets (DESIGN §5).

#include "number_format.h"
#include "source.h" // companyName, companyShortName

Language interfaceLanguage();

// Puts the region's CJK font right behind the interface font: Han characters are drawn differently in Taiwan and
// mainland China, and without a hint the font fallback takes whichever CJK font it finds first. English restores
// the font the application started with.
void applyInterfaceFont(Language language);
