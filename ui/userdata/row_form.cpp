#include "row_form.h"

#include "problem_text.h"

#include "common/claim_text.h"
#include "table_report.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kTypingPauseMs = 250; // checks run when typing pauses, not on every key of a fast typist

const char *const kInvalidStyle = "border: 1px solid #b3261e;";

// The ids a reference column may take, for its completer.
QStringList choicesFor(const Catalog &catalog, const QString &refTable)
{
    QStringList ids;
    if (refTable == QLatin1String("company"))
        for (const Company &c : catalog.companies())
            ids << c.id;
    else if (refTable == QLatin1String("chip"))
        ids = catalog.chipIds();
    else if (refTable == QLatin1String("country"))
        for (const Country &c : catalog.countries())
            ids << c.iso2;
    else if (refTable == QLatin1String("deployment"))
        for (const Deployment &d : catalog.deployments())
            ids << d.id;
    else if (refTable == QLatin1String("flow"))
        for (const Flow &f : catalog.flows())
            ids << f.id;
    else if (refTable == QLatin1String("source"))
        for (const Source &s : catalog.sources())
            ids << s.id;
    return ids;
}
} // namespace

QString RowForm::choiceLabel(const QString &table, const QString &column, const QString &key)
{
    // The words the views and exports already use for these codes, so the form reads like the rest of the window.
    if (const QString label = datasetCodeLabel(table, column, key); !label.isEmpty() && label != key)
        return label;
    // A figure's basis and a product's status read the same in every table (a system's power basis …).
    if (column.endsWith(QLatin1String("basis")))
        if (const QString label = datasetCodeLabel(QStringLiteral("spec_claim"), QStringLiteral("basis"), key); !label.isEmpty())
            return label;
    if (column == QLatin1String("status") && table != QLatin1String("flow"))
        if (const QString label = datasetCodeLabel(QStringLiteral("chip"), QStringLiteral("status"), key); !label.isEmpty())
            return label;
    if (table == QLatin1String("spec_claim") && column == QLatin1String("metric")) {
        if (key == QLatin1String("peak_flops"))
            return tr("Peak throughput (FLOP/s)");
        SpecClaim claim;
        claim.metric = key;
        return ClaimText::metric(claim);
    }
    if (column == QLatin1String("precision"))
        return key.toUpper(); // "BF16" in every language
    return key;
}

RowForm::RowForm(const AtlasStore &store, const Catalog &catalog, const UserRow &initial, bool editing, const QStringList &locked,
                 QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_initial(initial)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("rowForm"));
    m_row.spec = initial.spec();
    m_source.spec = findTable(u"source");
    Q_ASSERT(m_row.spec && m_source.spec);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    auto *rowLayout = new QFormLayout;
    rowLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contentLayout->addLayout(rowLayout);
    buildFields(m_row, rowLayout, initial, locked);

    m_sourceBox = new QGroupBox(tr("New source"), content);
    m_sourceBox->setObjectName(QStringLiteral("newSource"));
    auto *sourceLayout = new QFormLayout(m_sourceBox);
    sourceLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    UserRow sourceDefaults{QStringLiteral("source"), {}};
    for (const ColumnSpec &c : m_source.spec->columns)
        sourceDefaults.fields << (c.name == QLatin1String("id")            ? UserRows::freeId(store, QStringLiteral("source"), QStringLiteral("my-source"))
                                  : c.name == QLatin1String("kind")        ? QStringLiteral("user")
                                  : c.name == QLatin1String("language")    ? QStringLiteral("en")
                                                                           : QString());
    buildFields(m_source, sourceLayout, sourceDefaults, {});
    contentLayout->addWidget(m_sourceBox);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(QStringLiteral("formProblems"));
    m_problemList->setMaximumHeight(110);
    m_problemList->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save") : tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RowForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_problemList);
    layout->addWidget(m_buttons);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kTypingPauseMs);
    connect(m_checkTimer, &QTimer::timeout, this, &RowForm::validateNow);

    const QString table = initial.table;
    setWindowTitle(table == QLatin1String("flow")         ? (editing ? tr("Edit your money flow") : tr("Add a money flow"))
                   : table == QLatin1String("deployment") ? (editing ? tr("Edit your deployment") : tr("Add a deployment"))
                   : table == QLatin1String("spec_claim") ? (editing ? tr("Edit your claim") : tr("Add a newer claim"))
                   : editing                              ? tr("Edit your row of %1").arg(datasetTableTitle(table))
                                                          : tr("Add a row to %1").arg(datasetTableTitle(table)));
    resize(640, parent ? std::min(760, parent->height()) : 640);
    validateNow();
}

void RowForm::buildFields(Fields &fields, QFormLayout *layout, const UserRow &initial, const QStringList &locked)
{
    const TableSpec &spec = *fields.spec;
    for (int i = 0; i < spec.columns.size(); ++i) {
        const ColumnSpec &c = spec.columns.at(i);
        QWidget *input = makeInput(spec, c, initial.fields.value(i));
        input->setObjectName(spec.name + QLatin1Char('.') + c.name);
        input->setEnabled(!locked.contains(c.name));
        fields.widgets.insert(c.name, input);
        QString label = columnLabel(spec.name, c.name);
        if (c.required && c.kind != ColumnSpec::Kind::Bool)
            label += QStringLiteral(" *");
        auto *l = new QLabel(label, this);
        l->setToolTip(c.name);
        layout->addRow(l, input);
    }
}

QWidget *RowForm::makeInput(const TableSpec &spec, const ColumnSpec &c, const QString &value)
{
    using Kind = ColumnSpec::Kind;
    if (c.kind == Kind::Bool) {
        auto *box = new QCheckBox(this);
        box->setChecked(value == QLatin1String("1"));
        connect(box, &QCheckBox::toggled, this, &RowForm::scheduleCheck);
        return box;
    }
    if (c.kind == Kind::Choice) {
        auto *box = new QComboBox(this);
        box->setFocusPolicy(Qt::StrongFocus); // the wheel leaves it alone unless it has the focus
        // Empty until chosen, required or not: a silent default would put words in the source's mouth.
        box->addItem(QString());
        // Shown in the reader's language; the stored value stays the dataset's key (the item's data, its tooltip).
        for (const QString &key : c.choices) {
            box->addItem(choiceLabel(spec.name, c.name, key), key);
            box->setItemData(box->count() - 1, key, Qt::ToolTipRole);
        }
        setText(box, value);
        connect(box, &QComboBox::currentIndexChanged, this, &RowForm::scheduleCheck);
        return box;
    }
    if (c.kind == Kind::Ref && spec.name != QLatin1String("source")) {
        auto *box = new QComboBox(this);
        box->setEditable(true);
        box->setFocusPolicy(Qt::StrongFocus);
        box->setInsertPolicy(QComboBox::NoInsert);
        // The row's own source may be a new one entered below; another reference to a source (a system's price
        // source) names one the dataset has.
        const bool rowSource = c.name == QLatin1String("source_id");
        if (rowSource) {
            box->addItem(tr("New source (below)"), newSourceChoice());
            for (const Source &s : m_catalog.sources())
                box->addItem(s.id, s.id);
            for (int i = 1; i < box->count(); ++i)
                if (const Source *s = m_catalog.source(box->itemText(i)))
                    box->setItemData(i, s->title, Qt::ToolTipRole);
        } else {
            if (!c.required)
                box->addItem(QString());
            box->addItems(choicesFor(m_catalog, c.refTable));
        }
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        if (rowSource && value.isEmpty())
            box->setCurrentIndex(0);
        else
            setText(box, value);
        connect(box, &QComboBox::currentTextChanged, this, &RowForm::scheduleCheck);
        return box;
    }
    auto *edit = new QLineEdit(value, this);
    switch (c.kind) {
    case Kind::Date: edit->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn or YYYY-Hn")); break;
    case Kind::Number:
        edit->setPlaceholderText(c.name == QLatin1String("amount_usd") ? tr("US dollars, e.g. 2.5e9 for 2.5 billion")
                                 : c.name == QLatin1String("power_mw") ? tr("megawatts, e.g. 150")
                                                                       : tr("a plain number in SI units, e.g. 989.4e12"));
        break;
    case Kind::Integer: edit->setPlaceholderText(tr("a whole number")); break;
    case Kind::Id: edit->setPlaceholderText(tr("lower-case letters, digits, '-' and '.'")); break;
    default: break;
    }
    connect(edit, &QLineEdit::textChanged, this, &RowForm::scheduleCheck);
    return edit;
}

QString RowForm::text(const QWidget *input)
{
    if (const auto *box = qobject_cast<const QCheckBox *>(input))
        return box->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    if (const auto *box = qobject_cast<const QComboBox *>(input)) {
        const QString shown = box->currentText();
        // A source combo shows "New source (below)" for the new one.
        if (box->currentIndex() >= 0 && box->itemText(box->currentIndex()) == shown && box->currentData().isValid())
            return box->currentData().toString();
        return shown.trimmed();
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(input))
        return edit->text().trimmed();
    return {};
}

void RowForm::setText(QWidget *input, const QString &value)
{
    if (auto *box = qobject_cast<QCheckBox *>(input)) {
        box->setChecked(value == QLatin1String("1"));
    } else if (auto *box = qobject_cast<QComboBox *>(input)) {
        if (box->findData(value) >= 0)
            box->setCurrentIndex(box->findData(value));
        else if (box->findText(value) >= 0)
            box->setCurrentIndex(box->findText(value));
        else if (box->isEditable())
            box->setEditText(value);
    } else if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        edit->setText(value);
    }
}

QWidget *RowForm::field(const QString &column, bool source) const
{
    return (source ? m_source : m_row).widgets.value(column);
}

void RowForm::setField(const QString &column, const QString &value, bool source)
{
    if (QWidget *input = field(column, source))
        setText(input, value);
}

UserRow RowForm::rowOf(const Fields &fields) const
{
    UserRow row{fields.spec->name, {}};
    for (const ColumnSpec &c : fields.spec->columns)
        row.fields << text(fields.widgets.value(c.name));
    return row;
}

UserRow RowForm::row() const
{
    UserRow row = rowOf(m_row);
    if (newSource())
        row.fields[m_row.spec->columnIndex(u"source_id")] = rowOf(m_source).id();
    return row;
}

bool RowForm::newSource() const
{
    const QWidget *input = m_row.widgets.value(QStringLiteral("source_id"));
    return input && text(input) == newSourceChoice();
}

UserRowChange RowForm::change() const
{
    UserRowChange change;
    if (m_editing)
        change.removed << m_initial;
    if (newSource())
        change.added << rowOf(m_source);
    change.added << row();
    return change;
}

bool RowForm::canAccept() const
{
    return m_ok;
}

void RowForm::accept()
{
    validateNow();
    if (m_ok)
        QDialog::accept();
}

void RowForm::scheduleCheck()
{
    m_sourceBox->setVisible(newSource());
    m_checkTimer->start();
}

void RowForm::validateNow()
{
    m_checkTimer->stop();
    m_sourceBox->setVisible(newSource());
    QString error;
    const QList<Problem> found = UserRows::check(m_store, change(), &error);
    showProblems(found, error);
}

void RowForm::showProblems(const QList<Problem> &problems, const QString &error)
{
    for (Fields *fields : {&m_row, &m_source})
        for (QWidget *input : std::as_const(fields->widgets)) {
            input->setStyleSheet(QString());
            input->setToolTip(QString());
        }
    m_problemList->clear();
    m_problemTexts.clear();
    const bool withSource = newSource();
    for (const Problem &p : problems) {
        // Line 1 is the new source when there is one, then the row (UserRows::check numbers the added rows).
        const bool isSource = withSource && p.line == 1;
        const Fields &fields = isSource ? m_source : m_row;
        const QString column = fields.spec->columns.value(p.column - 1).name;
        // Beside its field, "'site' is required" needs no column name.
        const QString message = p.message == QStringLiteral("'%1' is required").arg(column) ? tr("required")
                                                                                              : ProblemText::translated(p.message);
        QString shown = message;
        if (QWidget *input = fields.widgets.value(column)) {
            input->setStyleSheet(QString::fromLatin1(kInvalidStyle));
            input->setToolTip(message);
            shown = tr("%1: %2", "a field of the form: its problem")
                        .arg((isSource ? tr("New source") + QStringLiteral(" · ") : QString()) + columnLabel(fields.spec->name, column), message);
        }
        m_problemTexts << shown;
        m_problemList->addItem(QStringLiteral("⚠ ") + shown);
    }
    if (!error.isEmpty()) {
        m_problemTexts << error;
        m_problemList->addItem(QStringLiteral("⚠ ") + tr("Your data cannot be written: %1").arg(error));
    }
    m_ok = m_problemTexts.isEmpty();
    m_problemList->setVisible(!m_ok);
    m_status->setText(m_ok ? tr("✓ Every rule of the dataset holds; the row can be added.")
                           : tr("%n problem(s) to fix before the row can be added:", "", int(m_problemTexts.size())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ok);
}

QString RowForm::columnLabel(const QString &table, const QString &column)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("id"), QT_TR_NOOP("Id")},
        {QStringLiteral("from_id"), QT_TR_NOOP("From")},
        {QStringLiteral("to_id"), QT_TR_NOOP("To")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("amount_usd"), QT_TR_NOOP("Amount (US$)")},
        {QStringLiteral("upper_bound"), QT_TR_NOOP("Amount is an upper bound")},
        {QStringLiteral("announced_on"), QT_TR_NOOP("Announced on")},
        {QStringLiteral("period_start"), QT_TR_NOOP("Period start")},
        {QStringLiteral("period_end"), QT_TR_NOOP("Period end")},
        {QStringLiteral("description_en"), QT_TR_NOOP("Description (English)")},
        {QStringLiteral("description_zh_hant"), QT_TR_NOOP("Description (Traditional Chinese)")},
        {QStringLiteral("description_zh_hans"), QT_TR_NOOP("Description (Simplified Chinese)")},
        {QStringLiteral("source_id"), QT_TR_NOOP("Source")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("superseded_by"), QT_TR_NOOP("Superseded by")},
        {QStringLiteral("country_iso2"), QT_TR_NOOP("Country (ISO code)")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("site"), QT_TR_NOOP("Site")},
        {QStringLiteral("sector"), QT_TR_NOOP("Sector")},
        {QStringLiteral("chip_id"), QT_TR_NOOP("Chip")},
        {QStringLiteral("accelerator"), QT_TR_NOOP("Accelerator (as the source names it)")},
        {QStringLiteral("units"), QT_TR_NOOP("Units")},
        {QStringLiteral("units_kind"), QT_TR_NOOP("What the units are")},
        {QStringLiteral("power_mw"), QT_TR_NOOP("Power (MW)")},
        {QStringLiteral("target_on"), QT_TR_NOOP("Target date")},
        {QStringLiteral("part_of"), QT_TR_NOOP("Part of deployment")},
        {QStringLiteral("overlaps"), QT_TR_NOOP("May overlap with")},
        {QStringLiteral("metric"), QT_TR_NOOP("Figure")},
        {QStringLiteral("precision"), QT_TR_NOOP("Precision")},
        {QStringLiteral("value"), QT_TR_NOOP("Value (SI units)")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("sparse"), QT_TR_NOOP("Sparse figure")},
        {QStringLiteral("basis"), QT_TR_NOOP("Basis")},
        {QStringLiteral("claimed_on"), QT_TR_NOOP("Claimed on")},
        {QStringLiteral("note_zh_hant"), QT_TR_NOOP("Note (Traditional Chinese)")},
        {QStringLiteral("note_zh_hans"), QT_TR_NOOP("Note (Simplified Chinese)")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("publisher"), QT_TR_NOOP("Publisher")},
        {QStringLiteral("url"), QT_TR_NOOP("Web address")},
        {QStringLiteral("published_on"), QT_TR_NOOP("Published on")},
        {QStringLiteral("language"), QT_TR_NOOP("Language (en, zh-Hant …)")},
    };
    Q_UNUSED(table);
    const char *label = labels.value(column);
    return label ? tr(label) : datasetColumnHeader(column); // the words the exports head the column with
}

QString RowForm::rowName(const QString &table)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("source"), QT_TR_NOOP("source")},
        {QStringLiteral("country"), QT_TR_NOOP("country")},
        {QStringLiteral("company"), QT_TR_NOOP("company")},
        {QStringLiteral("chip"), QT_TR_NOOP("chip")},
        {QStringLiteral("spec_claim"), QT_TR_NOOP("claim")},
        {QStringLiteral("event"), QT_TR_NOOP("event")},
        {QStringLiteral("deployment"), QT_TR_NOOP("deployment")},
        {QStringLiteral("flow"), QT_TR_NOOP("money flow")},
        {QStringLiteral("market_share"), QT_TR_NOOP("market-share figure")},
        {QStringLiteral("llm_model"), QT_TR_NOOP("model preset")},
        {QStringLiteral("measurement"), QT_TR_NOOP("measurement")},
        {QStringLiteral("chip_memory"), QT_TR_NOOP("chip memory")},
        {QStringLiteral("memory_outlook"), QT_TR_NOOP("memory outlook item")},
        {QStringLiteral("system"), QT_TR_NOOP("system")},
        {QStringLiteral("citation"), QT_TR_NOOP("citation")},
    };
    const char *name = names.value(table);
    return name ? tr(name) : table;
}
