#pragma once
// The Sources view's search: a source is shown when every word of the search is in one of its fields, and the
// sources found are ranked by where the words were found, not by date alone. A whole word in the title ranks
// first, then part of a word in the title, then the publisher, the note, the kind, language and what it backs,
// then the address and identifier; the newest first within a rank. "Korea" finds the Korean GPU deal before a
// study that only mentions "Korean". Without a search the table's own sort (a column header) applies.

#include <QSortFilterProxyModel>
#include <QStringList>

class SourcesFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString &text);
    QString search() const { return m_words.join(QLatin1Char(' ')); }
    // How well the source in `sourceRow` matches the search: 0 is best; -1 when it does not match.
    int rank(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
};
