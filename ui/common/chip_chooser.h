#pragma once
// Choosing chips to compare: a search box (name, alias, family or vendor, in any of the dataset's languages)
// over a tree of checkable chips grouped by vendor, in the catalog's order, names in the interface language.
// A vendor's name shows all its chips; a search that finds nothing says so.

#include "catalog.h"
#include "number_format.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

class ChipChooser : public QWidget {
    Q_OBJECT
public:
    explicit ChipChooser(const Catalog &catalog, QWidget *parent = nullptr);

    // Checked chips in the catalog's order (vendor by vendor, as the tree shows them).
    QStringList checkedIds() const;
    void setCheckedIds(const QStringList &ids);
    // Only chips matching `text` stay visible; empty shows all.
    void setFilterText(const QString &text);
    void setLanguage(Language language);

    QTreeView *tree() const { return m_tree; }
    // The width the tree needs to show every name whole (indentation and check box included).
    int namesWidth() const;
    QLineEdit *searchBox() const { return m_search; }
    QLabel *noMatchLabel() const { return m_noMatch; }

signals:
    void checkedIdsChanged(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateNoMatch();
    QList<QStandardItem *> chipItems() const;

    const Catalog &m_catalog;
    Language m_language = Language::English;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_noMatch = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    bool m_updating = false;
};
