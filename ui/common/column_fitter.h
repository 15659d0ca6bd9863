#pragma once
// Table columns that size to their content and share the width: each column as wide as its widest cell or
// header, the room left over spread evenly so the table fills its view. When the content is wider than the view
// the widest columns give way first, down to what their headers need (their text wraps or elides in the middle;
// the tooltip has it whole), so every column stays in view; only then does a sideways scroll bar appear. It refits whenever the view's width, the model's shape or
// its texts change (a language switch, a new baseline, a scroll bar coming or going).

#include <QObject>

#include <limits>

class QTableView;

class ColumnFitter : public QObject {
    Q_OBJECT
public:
    // Fits the columns of `table` from now on; owned by the table.
    static ColumnFitter *attach(QTableView *table);
    // What QTableView::sizeHintForColumn gives, with each distinct cell (text, font, icon, check box) measured
    // once: the style lays a cell's text out to measure it, and kinds, countries, owners and dates repeat down
    // hundreds of rows. A column with a delegate of its own (it may draw more than those) is measured cell by cell.
    // With `enough`, stops at the first cell at least that wide and gives its width (a column capped at a share of
    // the view needs no more).
    static int contentWidth(const QTableView *table, int column, int enough = std::numeric_limits<int>::max());
    // Measures every column again and fits them now (after a change the fitter cannot see, or to fit before
    // scrolling to a cell).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ColumnFitter(QTableView *table);
    void connectModel();
    // Shares the width out from the measured widths, measuring first only what changed since: measuring asks
    // every cell for its size, so a resize of the window must not repeat it.
    void apply();
    int naturalWidth(int column);
    QTableView *m_table;
    const QObject *m_viewport = nullptr; // compared, never called: it may be half destroyed
    QList<int> m_natural; // each column's widest cell or header; -1 until measured
    bool m_measured = false; // false after the model changed, until apply() has measured again
    bool m_scheduled = false;
    bool m_fitting = false;
};
