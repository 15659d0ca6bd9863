#pragma once
// The roadmap as a timeline (issue 12): one lane per vendor; each chip a bar from its announcement to its
// availability with a marker where it ships (the whisker spans how uncertain the availability date is: a quarter,
// a half, a year); shipping chips solid, announced ones outlined, projections dashed and italic; the vendor's events
// (keynotes, conferences, launches, earnings) as labelled markers on a line above its chips; a line at today.
// Hovering tells the dates, status and sources; a click selects a chip. Drawn with QPainter: lanes are not a chart.

#include "catalog.h"
#include "number_format.h"
#include "roadmap_timeline.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QWidget>

class TimelineChart : public QWidget {
    Q_OBJECT
public:
    explicit TimelineChart(const Catalog &catalog, QWidget *parent = nullptr);

    void setTimeline(const RoadmapTimeline &timeline);
    void setLanguage(Language language);
    void setShowEvents(bool show);
    bool showEvents() const { return m_showEvents; }
    void setSelectedChip(const QString &chipId);
    QString selectedChip() const { return m_selected; }
    void setToday(const QDate &today); // the current date unless a test fixes it

    // What is drawn, for tests and for reading it without a mouse.
    struct Item {
        enum class Kind { Chip, Event };
        Kind kind = Kind::Chip;
        QString id;        // chip id, or the first event's id of a marker
        QStringList ids;   // every event a marker stands for (events on one date are one marker)
        QString vendorId;
        QRectF shape;      // bar and marker, or the event marker
        QRectF labelRect;  // empty when the label did not fit
        QString label;
        bool projected = false;
    };
    QList<Item> items() const;
    QStringList laneVendors() const; // vendor ids, top to bottom
    // The hover text of a chip or an event marker (rich text).
    QString chipToolTip(const QString &chipId) const;
    QString eventToolTip(const QStringList &eventIds) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    void chipSelected(const QString &chipId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Lane {
        QString vendorId;
        QString label;
        double top = 0, height = 0;
        int eventRows = 0, chipRows = 0;
    };
    struct Layout {
        QList<Lane> lanes;
        QList<Item> items;
        QList<int> rows;     // per item: its row inside the lane (events row is -1)
        double axisHeight = 0, legendHeight = 0, headerWidth = 0;
        double minimumHeight = 0; // with every row at its smallest
        double rowHeight = 0;
        int totalRows = 0;
    };

    void relayout();
    Layout computeLayout(double width, double height) const;
    double xOf(double year) const;
    double plotLeft() const;
    double plotRight() const;
    const Item *itemAt(const QPointF &pos) const;
    QString dateText(const QString &iso) const;
    struct LegendKey {
        QString text;
        int kind = 0; // what its symbol shows: 0 shipping … 6 today
        QRectF rect;  // symbol and text, from the legend's top left
    };
    QList<LegendKey> legendLayout(double width) const;
    double legendHeight(double width) const;
    void paintLegend(QPainter &p, const QPointF &origin, double width) const;

    const Catalog &m_catalog;
    RoadmapTimeline m_timeline;
    Language m_language = Language::English;
    bool m_showEvents = true;
    QString m_selected;
    QString m_hovered;
    QDate m_today = QDate::currentDate();
    double m_startYear = 2021, m_endYear = 2029;
    Layout m_layout;
};
