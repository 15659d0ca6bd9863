#include "chip_chooser.h"

#include "interface_language.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {
enum Role { ChipIdRole = Qt::UserRole + 1, VendorIdRole, SearchRole };
}

ChipChooser::ChipChooser(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("chipSearch"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chipSummary"));
    m_model = new QStandardItemModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    // A vendor's name ("nvidia", "輝達") finds its chips, not an empty heading.
    m_filter->setAutoAcceptChildRows(true);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("chipTree"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setIndentation(14);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("chipNoMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setVisible(false);

    // Vendors in the order their first chip appears in the catalog, chips in catalog order under them.
    QHash<QString, QStandardItem *> vendors;
    for (const Chip &chip : catalog.chips()) {
        QStandardItem *vendor = vendors.value(chip.vendorId);
        if (!vendor) {
            vendor = new QStandardItem;
            vendor->setData(chip.vendorId, VendorIdRole);
            vendor->setFlags(Qt::ItemIsEnabled);
            QFont bold = vendor->font();
            bold.setBold(true);
            vendor->setFont(bold);
            QStringList search{chip.vendorId};
            if (const Company *c = catalog.company(chip.vendorId))
                search << c->nameEn << c->nameZhHant << c->nameZhHans;
            vendor->setData(search.join(QLatin1Char(' ')), SearchRole);
            m_model->appendRow(vendor);
            vendors.insert(chip.vendorId, vendor);
        }
        auto *item = new QStandardItem(chip.name);
        item->setData(chip.id, ChipIdRole);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        // Any of its names in any language finds a chip.
        item->setData(QStringList{chip.name, chip.nameZhHant, chip.nameZhHans, chip.id, chip.family, chip.aliases.join(QLatin1Char(' '))}
                          .join(QLatin1Char(' ')),
                      SearchRole);
        vendor->appendRow(item);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, &ChipChooser::setFilterText);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_updating || !item->data(ChipIdRole).isValid())
            return;
        retranslateUi();
        emit checkedIdsChanged(checkedIds());
    });
    m_tree->expandAll();
    setLanguage(Language::English);
}

int ChipChooser::namesWidth() const
{
    const QFontMetrics fm(m_tree->font());
    int widest = 0;
    for (int v = 0; v < m_model->rowCount(); ++v) {
        widest = std::max(widest, fm.horizontalAdvance(m_model->item(v)->text()) + m_tree->indentation());
        for (int c = 0; c < m_model->item(v)->rowCount(); ++c)
            widest = std::max(widest, fm.horizontalAdvance(m_model->item(v)->child(c)->text()) + 2 * m_tree->indentation() + 24);
    }
    return widest + m_tree->verticalScrollBar()->sizeHint().width() + 2 * m_tree->frameWidth() + 8;
}

QList<QStandardItem *> ChipChooser::chipItems() const
{
    QList<QStandardItem *> items;
    for (int v = 0; v < m_model->rowCount(); ++v) {
        QStandardItem *vendor = m_model->item(v);
        for (int c = 0; c < vendor->rowCount(); ++c)
            items << vendor->child(c);
    }
    return items;
}

QStringList ChipChooser::checkedIds() const
{
    QStringList ids;
    for (QStandardItem *item : chipItems())
        if (item->checkState() == Qt::Checked)
            ids << item->data(ChipIdRole).toString();
    return ids;
}

void ChipChooser::setCheckedIds(const QStringList &ids)
{
    m_updating = true;
    for (QStandardItem *item : chipItems())
        item->setCheckState(ids.contains(item->data(ChipIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    retranslateUi();
    emit checkedIdsChanged(checkedIds());
}

void ChipChooser::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_filter->setFilterFixedString(text.trimmed());
    m_tree->expandAll();
    updateNoMatch();
}

void ChipChooser::updateNoMatch()
{
    const QString text = m_search->text().trimmed();
    const bool none = !text.isEmpty() && m_filter->rowCount() == 0;
    m_noMatch->setText(tr("No chip matches \"%1\". Search by name, alias, family or vendor.").arg(text));
    m_noMatch->setVisible(none);
}

void ChipChooser::setLanguage(Language language)
{
    m_language = language;
    const bool was = m_updating;
    m_updating = true; // renaming items is no change of choice
    for (int v = 0; v < m_model->rowCount(); ++v) {
        QStandardItem *vendor = m_model->item(v);
        const Company *c = m_catalog.company(vendor->data(VendorIdRole).toString());
        vendor->setText(c ? companyShortName(*c, language) : vendor->data(VendorIdRole).toString());
        for (int i = 0; i < vendor->rowCount(); ++i) {
            QStandardItem *item = vendor->child(i);
            const Chip *chip = m_catalog.findChip(item->data(ChipIdRole).toString());
            if (!chip)
                continue;
            const QString name = chip->localName(language);
            item->setText(name);
            // The tree is narrow: the tooltip has the whole name and what else the chip is called.
            item->setToolTip(chip->aliases.isEmpty() ? name : QStringLiteral("%1\n%2").arg(name, chip->aliases.join(QStringLiteral(", "))));
        }
    }
    m_updating = was;
    retranslateUi();
}

void ChipChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChipChooser::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search by name, alias or vendor"));
    m_search->setToolTip(tr("Filter the chips by name, alias (\"Ironwood\", \"TPU7x\"), family or vendor."));
    m_tree->setToolTip(tr("Tick the chips to compare."));
    m_summary->setText(tr("%n chip(s) chosen", "", int(checkedIds().size())));
    updateNoMatch();
}
