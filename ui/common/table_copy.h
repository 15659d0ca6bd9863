#pragma once
// Ctrl+C in any table copies the selected cells as a table: tab-separated, one line per row, with the column
// and row headers the view shows, so it pastes into a spreadsheet as a block (item views copy one cell by
// default). Installed on the application, it covers every table of every view.

#include <QObject>
#include <QString>

class QAbstractItemView;

class TableCopy : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The selected cells of `view` (its current cell when nothing is selected) as tab-separated text: the header
    // row and the row labels where the view shows them; cells in the selection's rows and columns that are not
    // selected are left empty. Tabs and line breaks inside a cell become spaces.
    static QString selectionAsText(const QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
