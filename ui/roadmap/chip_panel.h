#pragma once
// The Roadmap view's side panel (issue 12): the selected chip's dates and status, its current figures with where
// each comes from, how every claim about it changed over time (Rubin's HBM bandwidth: 13 → 20.5 → 20 → 22 TB/s, each
// with its date and source), its events and its note; and a button that opens the chip in Compare.

#include "catalog.h"
#include "number_format.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

class ChipPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChipPanel(const Catalog &catalog, QWidget *parent = nullptr);

    void setChip(const QString &chipId); // empty: a hint to select one
    QString chipId() const { return m_chipId; }
    void setLanguage(Language language);

    QTextBrowser *browser() const { return m_browser; }
    QPushButton *compareButton() const { return m_compare; }
    // The history of each figure that was claimed more than once, one line each (plain text), for tests.
    QStringList historyLines() const;

signals:
    void openInCompare(const QString &chipId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString html() const;
    QString historyHtml(const QList<SpecClaim> &claims) const;

    const Catalog &m_catalog;
    Language m_language = Language::English;
    QString m_chipId;
    QLabel *m_title = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_compare = nullptr;
};
