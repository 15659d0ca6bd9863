#pragma once
// Table columns that size to their content and share the width: each column as wide as its widest cell or
// header, the room left over spread evenly so the table fills its view. When the content is wider than the view
// the widest columns give way first, down to what their headers need (their text wraps or elides in the middle;
// the tooltip has it whole), so every column stays in view; only then does a sideways scroll bar appear. It refits whenever the view's width, the model's shape or
// its texts change (a language switch, a new baseline, a scroll bar coming or going).

#include <QObject>

class QTableView;

class ColumnFitter : public QObject {
    Q_OBJECT
public:
    // Fits the columns of `table` from now on; owned by the table.
    static ColumnFitter *attach(QTableView *table);
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ColumnFitter(QTableView *table);
    void connectModel();
    QTableView *m_table;
    bool m_fitting = false;
};
