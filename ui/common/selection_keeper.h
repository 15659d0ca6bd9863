#pragma once
// The current cell of every named table of a view, kept by what its row says, so that a view rebuilt on new data
// (after an import, an edit, an undo: issue 20) shows the same row and column selected as before: the row that
// reads the same, else the one whose first column does (the row just edited), else the same position, clamped.

#include <QList>
#include <QString>

class QWidget;

namespace SelectionKeeper {

struct Cell {
    QString table;  // the table's objectName
    QString rowText; // every column of the row as shown
    QString rowKey;  // the row's first column as shown, without the ✎ mark (a row marked since is the same row)
    int row = -1;
    int column = -1;
};

QList<Cell> save(const QWidget *view);
void restore(QWidget *view, const QList<Cell> &cells);

} // namespace SelectionKeeper
