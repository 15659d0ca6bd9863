#pragma once
// Dates as people read them in the interface language, keeping the precision the source gave (DESIGN §5):
// English "2026", "H2 2026", "Q4 2022", "March 2026", "16 March 2026"; Chinese "2026 年", "2026 年下半年",
// "2022 年第 4 季" (zh_CN "2022 年第 4 季度"), "2026 年 3 月", "2026 年 3 月 16 日". Machine formats keep ISO text.

#include "number_format.h"
#include "partial_date.h"

#include <QString>

namespace DateFormat {
QString partial(const PartialDate &date, Language language);
// The dataset's text ("2026-03", "2025-H2") in `language`; text that is not a date comes back unchanged.
QString text(const QString &isoText, Language language);
// From `first` to `last`, shortened where they share a month or a year: "16–19 March 2026", "2026 年 3 月 16–19 日".
QString span(const PartialDate &first, const PartialDate &last, Language language);
}
