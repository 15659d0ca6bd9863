#include "sources_filter.h"

#include "sources_model.h"


namespace {

// Where a word is found, best first; each field also scores a whole word before part of one.
enum Field { TitleField, PublisherField, NoteField, DescriptionField, AddressField, FieldCount };

bool isWholeWord(const QString &text, qsizetype at, qsizetype length)
{
    auto letter = [&](qsizetype i) { return i >= 0 && i < text.size() && text.at(i).isLetterOrNumber() && text.at(i).script() == QChar::Script_Latin; };
    return !letter(at - 1) && !letter(at + length);
}

// 0 (a whole word) or 1 (part of a word) for the best match of `word` in `text`; -1 if absent.
int matchIn(const QString &text, const QString &word)
{
    int best = -1;
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0; at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        // Words in Chinese are not separated by spaces: any match of them is whole.
        const bool whole = word.at(0).script() != QChar::Script_Latin || isWholeWord(text, at, word.size());
        best = best < 0 ? (whole ? 0 : 1) : std::min(best, whole ? 0 : 1);
        if (best == 0)
            break;
    }
    return best;
}

} // namespace

void SourcesFilter::setSearch(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidate();
    if (!m_words.isEmpty())
        sort(0, Qt::AscendingOrder); // by rank (lessThan); the column does not matter
}

int SourcesFilter::rank(int sourceRow) const
{
    if (m_words.isEmpty())
        return 0;
    const auto *model = qobject_cast<const SourcesModel *>(sourceModel());
    if (!model)
        return 0;
    const Source &s = model->source(sourceRow);
    auto shown = [&](int column) { return model->index(sourceRow, column).data().toString(); };
    const QString fields[FieldCount] = {
        s.title,
        s.publisher,
        s.note,
        QStringList{shown(SourcesModel::Kind), shown(SourcesModel::LanguageColumn), shown(SourcesModel::Backs), s.publishedOn}.join(QLatin1Char(' ')),
        s.url + QLatin1Char(' ') + s.id,
    };
    // The source ranks by its weakest word: every word must be somewhere.
    int worst = 0;
    for (const QString &word : m_words) {
        int best = -1;
        for (int f = 0; f < FieldCount && best < 0; ++f) {
            const int m = matchIn(fields[f], word);
            if (m >= 0)
                best = 2 * f + m;
        }
        if (best < 0)
            return -1;
        worst = std::max(worst, best);
    }
    return worst;
}

bool SourcesFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    return rank(sourceRow) >= 0;
}

bool SourcesFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_words.isEmpty())
        return QSortFilterProxyModel::lessThan(left, right);
    const int a = rank(left.row());
    const int b = rank(right.row());
    if (a != b)
        return a < b;
    // The newest first within a rank.
    const QString da = sourceModel()->index(left.row(), SourcesModel::Date).data(SourcesModel::SortRole).toString();
    const QString db = sourceModel()->index(right.row(), SourcesModel::Date).data(SourcesModel::SortRole).toString();
    return da > db;
}
