#include "main_window.h"

#include "common/atlas_view.h"
#include "common/interface_language.h"
#include "common/table_copy.h"
#include "common/wheel_guard.h"
#include "common/window_shortcuts.h"
#include "compare/compare_view.h"
#include "flows/flows_view.h"
#include "memory/memory_view.h"
#include "roadmap/roadmap_view.h"
#include "deployments/deployments_view.h"
#include "import/import_dialog.h"
#include "roofline/roofline_view.h"
#include "sources/sources_view.h"
#include "system_table.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSignalBlocker>
#include <QUndoStack>

#include <algorithm>

#include <functional>

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kViewKey = QStringLiteral("window/view");

// Every view, in navigation order (Ctrl+1 … follow it). A view is one entry here and one folder under ui/.
struct ViewSpec {
    QString name;          // its command-line name (--view NAME)
    const char *title;     // navigation text
    const char *menuText;  // View menu text, with its mnemonic
    const char *toolTip;   // navigation tooltip
    std::function<AtlasView *(const QList<QSqlDatabase> &, const Catalog &, QWidget *)> make; // the databases shown
};

const QList<ViewSpec> &viewSpecs()
{
    static const QList<ViewSpec> specs{
        {QStringLiteral("compare"), QT_TRANSLATE_NOOP("MainWindow", "Compare"), QT_TRANSLATE_NOOP("MainWindow", "&Compare"),
         QT_TRANSLATE_NOOP("MainWindow", "Chips side by side, with the source of every figure (Ctrl+1)"),
         [](const QList<QSqlDatabase> &dbs, const Catalog &catalog, QWidget *parent) {
             return new CompareView(catalog, loadSystems(dbs), parent);
         }},
        {QStringLiteral("sources"), QT_TRANSLATE_NOOP("MainWindow", "Sources"), QT_TRANSLATE_NOOP("MainWindow", "&Sources"),
         QT_TRANSLATE_NOOP("MainWindow", "Every source the dataset cites and what it backs (Ctrl+2)"),
         [](const QList<QSqlDatabase> &dbs, const Catalog &catalog, QWidget *parent) {
             return new SourcesView(catalog, dbs, parent);
         }},
        {QStringLiteral("roofline"), QT_TRANSLATE_NOOP("MainWindow", "Roofline"), QT_TRANSLATE_NOOP("MainWindow", "&Roofline"),
         QT_TRANSLATE_NOOP("MainWindow",
                           "Compute-bound or memory-bound: the roofline calculator, tokens per second and per dollar (Ctrl+3)"),
         [](const QList<QSqlDatabase> &dbs, const Catalog &catalog, QWidget *parent) {
             return new RooflineView(catalog, loadSystems(dbs), loadRentalPrices(dbs), parent);
         }},
        {QStringLiteral("roadmap"), QT_TRANSLATE_NOOP("MainWindow", "Roadmap"), QT_TRANSLATE_NOOP("MainWindow", "R&oadmap"),
         QT_TRANSLATE_NOOP("MainWindow",
                           "When each accelerator arrives, how fast its figures grow, and whether memory keeps up (Ctrl+4)"),
         [](const QList<QSqlDatabase> &, const Catalog &catalog, QWidget *parent) { return new RoadmapView(catalog, parent); }},
        {QStringLiteral("deployments"), QT_TRANSLATE_NOOP("MainWindow", "Deployments"), QT_TRANSLATE_NOOP("MainWindow", "&Deployments"),
         QT_TRANSLATE_NOOP("MainWindow",
                           "Where the accelerators go: a world map, countries and owners, H100-equivalents and tokens per second (Ctrl+5)"),
         [](const QList<QSqlDatabase> &dbs, const Catalog &catalog, QWidget *parent) {
             auto *view = new DeploymentsView(catalog, parent);
             view->setSystems(loadSystems(dbs));
             return view;
         }},
        {QStringLiteral("flows"), QT_TRANSLATE_NOOP("MainWindow", "Money flows"), QT_TRANSLATE_NOOP("MainWindow", "&Money flows"),
         QT_TRANSLATE_NOOP("MainWindow", "Who pays whom: the deal graph, circular financing found and measured, and a timeline (Ctrl+6)"),
         [](const QList<QSqlDatabase> &, const Catalog &catalog, QWidget *parent) { return new FlowsView(catalog, parent); }},
        {QStringLiteral("memory"), QT_TRANSLATE_NOOP("MainWindow", "Memory"), QT_TRANSLATE_NOOP("MainWindow", "M&emory"),
         QT_TRANSLATE_NOOP("MainWindow",
                           "The HBM market by supplier, every chip's memory and how often it can be read, and the high-bandwidth-flash outlook (Ctrl+7)"),
         [](const QList<QSqlDatabase> &dbs, const Catalog &catalog, QWidget *parent) {
             return new MemoryView(catalog, dbs, parent);
         }},
    };
    return specs;
}
} // namespace

MainWindow::MainWindow(AtlasStore &store, const Catalog &catalog, Options options, QWidget *parent)
    : MainWindow(store, options, parent)
{
    if (showsUserData()) {
        m_catalog = &catalog;
        viewChanged(m_stack->currentIndex());
        retranslateUi();
    } else {
        reloadData(); // the bundled data alone, read now
    }
}

MainWindow::MainWindow(AtlasStore &store, Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_options(options)
{
    setObjectName(QStringLiteral("MainWindow"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); }"
                                               "QListWidget#navigation::item { padding: 9px 12px; }"));
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    m_stack = new QStackedWidget(this);
    for (qsizetype i = 0; i < viewSpecs().size(); ++i) {
        m_stack->addWidget(new QWidget(m_stack)); // a placeholder until the view is first shown
        m_navigation->addItem(new QListWidgetItem);
        m_views.append(nullptr);
        m_carried.append(false);
    }
    m_navigation->setFixedWidth(116);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_datasetLabel = new QLabel(this);
    m_userProblemLabel = new QLabel(this);
    m_userProblemLabel->setObjectName(QStringLiteral("userProblem"));
    statusBar()->addWidget(m_userProblemLabel, 1);
    statusBar()->addPermanentWidget(m_datasetLabel);

    m_undoStack = new QUndoStack(this);
    createActions();
    setAcceptDrops(true); // a CSV file dropped anywhere on the window opens the import dialog
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::viewChanged);
    // Input rules for every view, present and future (DESIGN §7): the wheel leaves unfocused inputs alone, window
    // shortcuts work from any focus, Ctrl+C copies a table's selection as a table.
    qApp->installEventFilter(new WheelGuard(this));
    qApp->installEventFilter(new WindowShortcuts(this));
    qApp->installEventFilter(new TableCopy(this));

    resize(1280, 800);
    if (m_options.rememberState)
        restoreSettings();
    // Only the first view shown is built, once the data is there: the one asked for, else the last one used, else
    // the first. Until then its page says the data is being read.
    QString first = m_options.initialView;
    if (first.isEmpty() && m_options.rememberState)
        first = QSettings().value(kViewKey).toString();
    const int firstIndex = int(std::max<qsizetype>(0, viewNames().indexOf(first)));
    auto *reading = new QLabel(m_stack);
    reading->setObjectName(QStringLiteral("readingData"));
    reading->setAlignment(Qt::AlignCenter);
    reading->setEnabled(false); // the palette's muted text
    QWidget *placeholder = m_stack->widget(firstIndex);
    m_stack->insertWidget(firstIndex, reading);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    m_stack->setCurrentIndex(firstIndex);
    {
        const QSignalBlocker quiet(m_navigation); // viewChanged would build the view: there is no data yet
        m_navigation->setCurrentRow(firstIndex);
    }
    m_viewActions.at(firstIndex)->setChecked(true);
    m_exportAction->setEnabled(false);
    retranslateUi();
    followLanguage();
}

MainWindow::~MainWindow()
{
    // The undo stack, a child, clears itself when QWidget's destructor deletes it and signals indexChanged: by
    // then this is no longer a MainWindow, so its slots must not be called.
    m_undoStack->disconnect(this);
}

QStringList MainWindow::viewNames()
{
    QStringList names;
    for (const ViewSpec &spec : viewSpecs())
        names << spec.name;
    return names;
}

bool MainWindow::isViewBuilt(const QString &name) const
{
    const qsizetype at = viewNames().indexOf(name);
    return at >= 0 && m_views.at(at) != nullptr;
}

AtlasView *MainWindow::view(const QString &name)
{
    const qsizetype at = viewNames().indexOf(name);
    return at < 0 ? nullptr : buildView(int(at));
}

CompareView *MainWindow::compareView()
{
    return static_cast<CompareView *>(view(QStringLiteral("compare")));
}

SourcesView *MainWindow::sourcesView()
{
    return static_cast<SourcesView *>(view(QStringLiteral("sources")));
}

RooflineView *MainWindow::rooflineView()
{
    return static_cast<RooflineView *>(view(QStringLiteral("roofline")));
}

AtlasView *MainWindow::buildView(int index)
{
    if (AtlasView *built = m_views.at(index))
        return built;
    if (!m_catalog) {
        reloadData(); // builds the view shown
        if (!m_catalog)
            return nullptr; // the store is not open yet
        if (AtlasView *built = m_views.at(index))
            return built;
    }
    AtlasView *v = viewSpecs().at(index).make(shownDatabases(), *m_catalog, m_stack);
    v->setObjectName(viewSpecs().at(index).name + QStringLiteral("View"));
    m_views[index] = v;
    QWidget *placeholder = m_stack->widget(index);
    const bool wasCurrent = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, v);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    if (wasCurrent)
        m_stack->setCurrentIndex(index);

    v->setLanguage(interfaceLanguage());
    if (m_carried.at(index)) {
        // Rebuilt for new data: the choices it had a moment ago, not those of the last run.
        v->restoreSettings(*m_carriedSettings);
        m_carried[index] = false;
        SelectionKeeper::restore(v, m_keptSelections.take(index)); // the rows selected a moment ago
    } else if (m_options.rememberState) {
        QSettings settings;
        v->restoreSettings(settings);
    }
    connect(v, &AtlasView::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(v, &AtlasView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(v, &AtlasView::openViewRequested, this, &MainWindow::openView);
    // Queued: a change rebuilds the view, which must not happen under its own button or cell editor.
    connect(v, &AtlasView::rowFormRequested, this, [this](const QString &table, const QVariantMap &request) { openRowForm(table, request); },
            Qt::QueuedConnection);
    connect(v, &AtlasView::rowDeleteRequested, this, &MainWindow::deleteUserRow, Qt::QueuedConnection);
    connect(v, &AtlasView::rowFieldEdited, this, &MainWindow::editUserField, Qt::QueuedConnection);
    return v;
}

void MainWindow::openView(const QString &name, const QVariantMap &request)
{
    if (!showView(name))
        return;
    if (AtlasView *v = view(name))
        v->openRequest(request);
}

bool MainWindow::showView(const QString &name)
{
    const qsizetype at = viewNames().indexOf(name);
    if (at < 0)
        return false;
    m_navigation->setCurrentRow(int(at));
    return true;
}

QString MainWindow::currentViewName() const
{
    return viewNames().value(m_stack->currentIndex());
}

void MainWindow::createActions()
{
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrentView);
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] { openImportDialog(); });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    auto *views = new QActionGroup(this);
    for (int i = 0; i < viewNames().size(); ++i) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setData(viewNames().at(i));
        views->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
        m_viewActions << action;
    }

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    fillEditMenu(); // also makes File → Reset to bundled data…
    m_fileMenu->addAction(m_resetAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_viewActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_showUserDataAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::setLanguages(const QList<InterfaceLanguageOption> &languages)
{
    for (QAction *a : m_languageGroup->actions()) {
        m_languageGroup->removeAction(a);
        delete a;
    }
    for (const InterfaceLanguageOption &l : languages) {
        auto *action = new QAction(l.nativeName, m_languageGroup);
        action->setCheckable(true);
        action->setData(l.code);
        connect(action, &QAction::triggered, this, [this, code = l.code] { emit languageRequested(code); });
        m_languageMenu->addAction(action);
    }
    followLanguage();
}

void MainWindow::viewChanged(int index)
{
    if (index < 0)
        return;
    if (!m_catalog) {
        // The data is being read: the page of the view chosen waits for it (reloadData builds the view shown).
        m_stack->setCurrentIndex(index);
        if (index < m_viewActions.size())
            m_viewActions.at(index)->setChecked(true);
        return;
    }
    buildView(index);
    // Switching views must not put the focus into the new view's first field (a search box would take the next
    // keys): where the old view had it, the new view itself takes it.
    const QWidget *focus = QApplication::focusWidget();
    const bool focusInViews = focus && m_stack->isAncestorOf(focus);
    m_stack->setCurrentIndex(index);
    if (focusInViews)
        m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
    if (index < m_viewActions.size())
        m_viewActions.at(index)->setChecked(true);
    m_exportAction->setEnabled(m_views.at(index)->canExport());
    updateExportTip();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        followLanguage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::followLanguage()
{
    const Language language = interfaceLanguage();
    const QString code = languageCode(language);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == code);
    for (AtlasView *v : std::as_const(m_views))
        if (v)
            v->setLanguage(language);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Compute Atlas"));
    for (int i = 0; i < viewSpecs().size(); ++i) {
        m_navigation->item(i)->setText(tr(viewSpecs().at(i).title));
        m_navigation->item(i)->setToolTip(tr(viewSpecs().at(i).toolTip));
        m_viewActions.at(i)->setText(tr(viewSpecs().at(i).menuText));
    }

    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setStatusTip(tr("Add your own rows from a CSV file: checked and previewed before anything is written"));
    m_exportAction->setText(tr("&Export…"));
    updateExportTip();
    m_quitAction->setText(tr("&Quit"));
    retranslateEditMenu();
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Compute Atlas"));
    m_aboutQtAction->setText(tr("About &Qt"));

    if (m_catalog)
        m_datasetLabel->setText(tr("Dataset %1 · %n chip(s)", "", int(m_catalog->chips().size())).arg(m_catalog->datasetVersion())
                                + QStringLiteral("  "));
    else
        m_datasetLabel->setText(tr("Reading the data…") + QStringLiteral("  "));
    if (auto *reading = m_stack->findChild<QLabel *>(QStringLiteral("readingData")))
        reading->setText(tr("Reading the data…"));
    m_datasetLabel->setToolTip(tr("The bundled dataset's version; the Sources view lists every document behind it."));
    updateUserDataState();
}

void MainWindow::showAbout()
{
    if (!m_catalog)
        reloadData(); // the dialog gives the dataset's version and counts
    if (!m_catalog)
        return; // the store is not open yet: a moment later it is
    const QString text = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p>")
                             .arg(tr("Compute Atlas %1").arg(QStringLiteral(ATLAS_VERSION)).toHtmlEscaped(),
                                  tr("What AI accelerators can do, where they go and where the money goes: offline, with a "
                                     "source behind every number.")
                                      .toHtmlEscaped(),
                                  tr("Dataset version %1: %n chip(s)", "", int(m_catalog->chips().size()))
                                          .arg(m_catalog->datasetVersion())
                                          .toHtmlEscaped()
                                      + tr(", %n source(s).", "", int(m_catalog->sources().size())).toHtmlEscaped(),
                                  tr("Where the data comes from: every figure cites a document (vendor pages, keynotes, press, "
                                     "analysts), listed in the Sources view with what each one backs. Throughput is dense, without "
                                     "2:4 sparsity (a vendor's sparse figure is twice as high); memory in GB is binary, as vendors "
                                     "print it (1 GB = 2³⁰ bytes).")
                                      .toHtmlEscaped(),
                                  tr("Projected figures are estimates made from trends, not vendor figures, and are always "
                                     "shown as projections.")
                                      .toHtmlEscaped());
    QMessageBox::about(this, tr("About Compute Atlas"), text);
}

void MainWindow::updateExportTip()
{
    const AtlasView *current = m_views.value(m_stack->currentIndex());
    m_exportAction->setStatusTip(current ? current->exportStatusTip() : QString());
}

void MainWindow::exportCurrentView()
{
    if (AtlasView *current = m_views.value(m_stack->currentIndex()); current && current->canExport())
        current->exportWithDialog();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (settings.contains(kGeometryKey))
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (settings.contains(kStateKey))
        restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kViewKey, currentViewName());
    for (const AtlasView *v : m_views)
        if (v) // a view never built keeps what it saved last time
            v->saveSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.rememberState)
        saveSettings();
    QMainWindow::closeEvent(event);
}

ImportDialog *MainWindow::openImportDialog(const QString &file)
{
    if (!m_store.isOpen())
        return nullptr; // the window's first frame: nothing is open to import into yet
    auto *dialog = new ImportDialog(m_store, file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ImportDialog::importFinished, this, [this, dialog](bool succeeded) {
        if (!succeeded)
            return;
        reloadData();
        statusBar()->showMessage(tr("Added %n row(s) to %1 (read as %2).", "", dialog->rowsImported())
                                     .arg(dialog->table(), dialog->encodingRead()),
                                 15000);
    });
    dialog->open();
    return dialog;
}

QString MainWindow::droppedCsvFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_catalog && !droppedCsvFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = droppedCsvFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    openImportDialog(file);
}
