#include "chip_panel.h"

#include "common/claim_text.h"
#include "date_format.h"
#include "vendor_style.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

// The order figures are listed in: throughput by precision as the datasheets list it, then memory, power, links, price.
int metricRank(const SpecClaim &c)
{
    static const QStringList metrics{Metric::PeakFlops, Metric::MemoryCapacity, Metric::MemoryBandwidth, Metric::Tdp,
                                     Metric::ScaleupBandwidth, Metric::ScaleupDomain, Metric::Price};
    static const QList<Precision> precisions{Precision::BF16, Precision::FP8, Precision::FP4, Precision::FP6,
                                             Precision::INT8, Precision::TF32, Precision::FP64};
    const int metric = int(metrics.indexOf(c.metric));
    const int precision = c.precision ? int(precisions.indexOf(*c.precision)) : 0;
    return (metric < 0 ? 99 : metric) * 10 + precision;
}

// The claims of a chip grouped by figure (metric, precision, dense or sparse), oldest first in each, in list order.
QList<QList<SpecClaim>> figures(const QList<SpecClaim> &claims)
{
    QList<QList<SpecClaim>> groups;
    for (const SpecClaim &c : claims) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const QList<SpecClaim> &g) {
            const SpecClaim &f = g.constFirst();
            return f.metric == c.metric && f.precision == c.precision && f.sparse == c.sparse;
        });
        if (it == groups.end())
            groups << QList<SpecClaim>{c};
        else
            *it << c;
    }
    std::stable_sort(groups.begin(), groups.end(), [](const QList<SpecClaim> &a, const QList<SpecClaim> &b) {
        return std::pair{a.constFirst().sparse, metricRank(a.constFirst())} < std::pair{b.constFirst().sparse, metricRank(b.constFirst())};
    });
    return groups;
}

} // namespace

ChipPanel::ChipPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("chipPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chipPanelTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("chipPanelText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_compare = new QPushButton(this);
    m_compare->setObjectName(QStringLiteral("openInCompare"));
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (!m_chipId.isEmpty())
            emit openInCompare(m_chipId);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_compare, 0, Qt::AlignLeft);
    refresh();
}

void ChipPanel::setChip(const QString &chipId)
{
    m_chipId = m_catalog.findChip(chipId) ? chipId : QString();
    refresh();
}

void ChipPanel::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

void ChipPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

QString ChipPanel::historyHtml(const QList<SpecClaim> &claims) const
{
    QStringList steps;
    for (const SpecClaim &c : claims) {
        const Source *s = m_catalog.source(c.sourceId);
        const QString who = s ? s->publisher : c.sourceId;
        const QString where = s && !s->url.isEmpty() ? QStringLiteral("<a href=\"%1\">%2</a>").arg(s->url.toHtmlEscaped(), who.toHtmlEscaped())
                                                     : who.toHtmlEscaped();
        QString step = tr("%1 (%2, %3)", "a claim in a history: value (date, source)")
                           .toHtmlEscaped()
                           .arg(QStringLiteral("<b>%1</b>").arg(ClaimText::value(c, m_language).toHtmlEscaped()),
                                DateFormat::text(c.claimedOn, m_language).toHtmlEscaped(), where);
        if (c.basis != QLatin1String("official"))
            step += QStringLiteral(" <i>%1</i>").arg(ClaimText::basis(c.basis).toHtmlEscaped());
        steps << step;
    }
    return steps.join(QStringLiteral(" → "));
}

QStringList ChipPanel::historyLines() const
{
    QStringList lines;
    if (m_chipId.isEmpty())
        return lines;
    for (const QList<SpecClaim> &g : figures(m_catalog.claims(m_chipId))) {
        if (g.size() < 2)
            continue;
        QTextDocument doc;
        doc.setHtml(tr("%1: %2", "a figure: its history").toHtmlEscaped().arg(ClaimText::metric(g.constFirst()).toHtmlEscaped(), historyHtml(g)));
        lines << doc.toPlainText();
    }
    return lines;
}

QString ChipPanel::html() const
{
    const Chip *c = m_catalog.findChip(m_chipId);
    if (!c)
        return ClaimText::paragraph(tr("Select a chip on the timeline, or a point on a chart, to see its figures, where each "
                                       "comes from and how the claims changed.")
                                        .toHtmlEscaped());
    QString html;
    QStringList facts;
    facts << QStringLiteral("%1 · %2").arg(VendorStyle::label(m_catalog, c->vendorId, m_language).toHtmlEscaped(), c->family.toHtmlEscaped());
    facts << tr("Status: %1").toHtmlEscaped().arg(ClaimText::status(c->status).toHtmlEscaped());
    if (!c->announced.isEmpty())
        facts << tr("Announced: %1").toHtmlEscaped().arg(DateFormat::text(c->announced, m_language).toHtmlEscaped());
    if (c->available.isEmpty())
        facts << tr("Available: not in the data").toHtmlEscaped();
    else if (c->status == QLatin1String("shipping"))
        facts << tr("Available: %1").toHtmlEscaped().arg(DateFormat::text(c->available, m_language).toHtmlEscaped());
    else
        facts << tr("Available: %1 (a target, not yet shipping)").toHtmlEscaped().arg(DateFormat::text(c->available, m_language).toHtmlEscaped());
    if (!c->processNode.isEmpty())
        facts << tr("Process: %1").toHtmlEscaped().arg(c->localProcessNode(m_language).toHtmlEscaped());
    if (!c->memoryType.isEmpty())
        facts << tr("Memory: %1").toHtmlEscaped().arg(c->memoryType.toHtmlEscaped());
    if (c->isProjected())
        facts << QStringLiteral("<i>%1</i>").arg(tr("A projection: its figures are made from trends, not vendor specifications.").toHtmlEscaped());
    html += ClaimText::paragraph(facts.join(QStringLiteral("<br>")));

    // Current figures: the newest dense claim of each headline figure, with its source (Compare has them all).
    const QList<QList<SpecClaim>> groups = figures(m_catalog.claims(c->id));
    html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\"><b>%1</b></p>").arg(tr("Current figures").toHtmlEscaped());
    QStringList current;
    for (const QList<SpecClaim> &g : groups) {
        const SpecClaim &now = g.constLast();
        const bool headline = now.metric == Metric::PeakFlops
            ? now.precision == Precision::BF16 || now.precision == Precision::FP8 || now.precision == Precision::FP4
            : now.metric != Metric::ScaleupDomain;
        if (now.sparse || !headline)
            continue;
        const Source *s = m_catalog.source(now.sourceId);
        QString line = tr("%1: %2", "a figure: its history").toHtmlEscaped().arg(ClaimText::metric(now).toHtmlEscaped(),
                                                                                   QStringLiteral("<b>%1</b>").arg(ClaimText::value(now, m_language).toHtmlEscaped()));
        if (now.isProjected())
            line += QStringLiteral(" <i>%1</i>").arg(tr("(projected)").toHtmlEscaped());
        line += QStringLiteral(" <span style=\"color:#555\">— %1, %2</span>")
                    .arg(DateFormat::text(now.claimedOn, m_language).toHtmlEscaped(),
                         s && !s->url.isEmpty() ? QStringLiteral("<a href=\"%1\">%2</a>").arg(s->url.toHtmlEscaped(), s->publisher.toHtmlEscaped())
                                                : (s ? s->publisher : now.sourceId).toHtmlEscaped());
        current << line;
    }
    html += ClaimText::paragraph(current.isEmpty() ? tr("No figures in the data.").toHtmlEscaped() : current.join(QStringLiteral("<br>")));

    // How the claims moved: what a datasheet cannot show.
    QStringList histories;
    for (const QList<SpecClaim> &g : groups)
        if (g.size() > 1)
            histories << tr("%1: %2", "a figure: its history").toHtmlEscaped().arg(ClaimText::metric(g.constFirst()).toHtmlEscaped(), historyHtml(g));
    html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\"><b>%1</b></p>").arg(tr("How the claims changed").toHtmlEscaped());
    html += ClaimText::paragraph(histories.isEmpty() ? tr("Each figure has been claimed once.").toHtmlEscaped()
                                                     : histories.join(QStringLiteral("<br>")));

    QStringList events;
    for (const RoadmapEvent &e : m_catalog.events())
        if (e.chipId == c->id)
            events << tr("%1: %2", "a figure: its history").toHtmlEscaped().arg(DateFormat::text(e.date, m_language).toHtmlEscaped(),
                                                                                 e.title(m_language).toHtmlEscaped());
    if (!events.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\"><b>%1</b></p>").arg(tr("Events").toHtmlEscaped());
        html += ClaimText::paragraph(events.join(QStringLiteral("<br>")));
    }
    if (!c->note.isEmpty()) {
        // The chip's note is in English only: a Chinese reader is told so (as in Compare).
        const QString heading = m_language == Language::English ? tr("Note") : tr("Note (in English)", "a note the dataset gives only in English");
        html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\"><b>%1</b></p>").arg(heading.toHtmlEscaped());
        html += ClaimText::paragraph(c->note.toHtmlEscaped());
    }
    return html;
}

void ChipPanel::refresh()
{
    const Chip *c = m_catalog.findChip(m_chipId);
    m_title->setText(c ? c->localName(m_language) : tr("No chip selected"));
    m_compare->setText(tr("Open in Compare"));
    m_compare->setToolTip(c ? tr("Show %1 in the Compare view, every figure with its source.").arg(c->localName(m_language)) : QString());
    m_compare->setEnabled(c != nullptr);
    m_browser->setHtml(html());
}
