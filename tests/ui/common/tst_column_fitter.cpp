// ColumnFitter::contentWidth measures each distinct cell once; it must give what QTableView::sizeHintForColumn
// gives, which measures every cell, whatever repeats, hides or differs in font, icon or check box.
#include "common/column_fitter.h"

#include <QFont>
#include <QPixmap>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

namespace {
// Qt's own measure (public in QAbstractItemView, protected in QTableView).
int qtWidth(const QTableView &table, int column)
{
    return static_cast<const QAbstractItemView &>(table).sizeHintForColumn(column);
}

// Counts the cells it is asked to measure.
class CountingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++asked;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    mutable int asked = 0;
};
} // namespace

class TestColumnFitter : public QObject {
    Q_OBJECT

private slots:
    void sameWidthAsQtMeasuringEveryCell()
    {
        // Column 0: three kinds over 300 rows; column 1: every row its own text; column 2: one text, bold in one
        // row, with an icon in another and a check box in a third; column 3: no rows shown but one long text hidden.
        QStandardItemModel model(300, 4);
        const QStringList kinds{QStringLiteral("Vendor page"), QStringLiteral("Filing"), QStringLiteral("Press")};
        for (int r = 0; r < 300; ++r) {
            model.setItem(r, 0, new QStandardItem(kinds.at(r % 3)));
            model.setItem(r, 1, new QStandardItem(QStringLiteral("https://example.com/%1").arg(r * 7919)));
            model.setItem(r, 2, new QStandardItem(QStringLiteral("算力 row")));
        }
        QFont bold;
        bold.setBold(true);
        bold.setPointSize(bold.pointSize() + 6);
        model.item(150, 2)->setFont(bold);
        QPixmap icon(40, 16);
        icon.fill(Qt::red);
        model.item(151, 2)->setIcon(icon);
        model.item(152, 2)->setCheckable(true);
        model.item(152, 2)->setCheckState(Qt::Checked);
        model.setItem(299, 3, new QStandardItem(QStringLiteral("a much longer text in a row that is hidden from view")));

        QTableView table;
        table.setModel(&model);
        table.setRowHidden(299, true);
        for (int c = 0; c < 4; ++c)
            QCOMPARE(ColumnFitter::contentWidth(&table, c), qtWidth(table, c));
        // The bold, icon and check-box cells are wider than the plain ones: each was measured, not taken as a repeat.
        QStandardItemModel plain(1, 1);
        plain.setItem(0, 0, new QStandardItem(QStringLiteral("算力 row")));
        QTableView plainTable;
        plainTable.setModel(&plain);
        QVERIFY(ColumnFitter::contentWidth(&table, 2) > ColumnFitter::contentWidth(&plainTable, 0));

        // A delegate of its own is asked about every row shown (299: the last is hidden), as Qt asks it.
        auto *counting = new CountingDelegate(&table);
        table.setItemDelegateForColumn(0, counting);
        QCOMPARE(ColumnFitter::contentWidth(&table, 0), qtWidth(table, 0));
        counting->asked = 0;
        ColumnFitter::contentWidth(&table, 0);
        QCOMPARE(counting->asked, 299);
    }

    void distinctCellsOnly()
    {
        // The style asks the model for Qt::SizeHintRole once per cell it measures: three distinct texts over 300
        // rows are three measurements, where Qt's own measure takes 300.
        int sizeHintAsked = 0;
        class Probe : public QStandardItemModel {
        public:
            using QStandardItemModel::QStandardItemModel;
            int *asked = nullptr;
            QVariant data(const QModelIndex &index, int role) const override
            {
                if (role == Qt::SizeHintRole && asked)
                    ++*asked;
                return QStandardItemModel::data(index, role);
            }
        };
        Probe probe(300, 1);
        for (int r = 0; r < 300; ++r)
            probe.setItem(r, 0, new QStandardItem(r % 3 == 0 ? QStringLiteral("A") : r % 3 == 1 ? QStringLiteral("BB") : QStringLiteral("CCC")));
        QTableView table;
        table.setModel(&probe);
        probe.asked = &sizeHintAsked;
        const int width = ColumnFitter::contentWidth(&table, 0);
        QCOMPARE(sizeHintAsked, 3);
        sizeHintAsked = 0;
        QCOMPARE(width, qtWidth(table, 0));
        QCOMPARE(sizeHintAsked, 300);
        // Enough once a cell is as wide as asked for: the first row ("A", wider than 1 pixel) ends it.
        sizeHintAsked = 0;
        const int first = ColumnFitter::contentWidth(&table, 0, 1);
        QCOMPARE(sizeHintAsked, 1);
        QVERIFY(first >= 1 && first <= width);
        // A limit no cell reaches measures them all and gives the whole width.
        QCOMPARE(ColumnFitter::contentWidth(&table, 0, width + 1), width);
    }
};

QTEST_MAIN(TestColumnFitter)
#include "tst_column_fitter.moc"
