#include "main_window.h"

#include "common/interface_language.h"
#include "compare/compare_view.h"
#include "roofline/roofline_view.h"
#include "sources/sources_view.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
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

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kViewKey = QStringLiteral("window/view");
}

MainWindow::MainWindow(const AtlasStore &store, const Catalog &catalog, Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_options(options)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_compare = new CompareView(catalog, this);
    m_sources = new SourcesView(catalog, store.databases(), this);
    m_roofline = new RooflineView(catalog, this);

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
    for (QWidget *view : {static_cast<QWidget *>(m_compare), static_cast<QWidget *>(m_sources), static_cast<QWidget *>(m_roofline)}) {
        m_stack->addWidget(view);
        m_navigation->addItem(new QListWidgetItem);
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
    m_userProblemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_userProblemLabel->setVisible(!store.userProblem().isEmpty());
    statusBar()->addWidget(m_userProblemLabel, 1);
    statusBar()->addPermanentWidget(m_datasetLabel);

    createActions();
    const auto showExported = [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    };
    connect(m_compare, &CompareView::exported, this, showExported);
    connect(m_roofline, &RooflineView::exported, this, showExported);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::viewChanged);

    resize(1280, 800);
    m_navigation->setCurrentRow(0);
    if (m_options.rememberState)
        restoreSettings();
    retranslateUi();
    followLanguage();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("compare"), QStringLiteral("sources"), QStringLiteral("roofline")};
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
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_viewActions);
    m_viewMenu->addSeparator();
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
    m_stack->setCurrentIndex(index);
    if (index < m_viewActions.size())
        m_viewActions.at(index)->setChecked(true);
    m_exportAction->setEnabled(m_stack->currentWidget() == m_compare || m_stack->currentWidget() == m_roofline);
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
    m_compare->setLanguage(language);
    m_sources->setLanguage(language);
    m_roofline->setLanguage(language);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Compute Atlas"));
    m_navigation->item(0)->setText(tr("Compare"));
    m_navigation->item(0)->setToolTip(tr("Chips side by side, with the source of every figure (Ctrl+1)"));
    m_navigation->item(1)->setText(tr("Sources"));
    m_navigation->item(1)->setToolTip(tr("Every source the dataset cites and what it backs (Ctrl+2)"));
    m_navigation->item(2)->setText(tr("Roofline"));
    m_navigation->item(2)->setToolTip(tr("Compute-bound or memory-bound: the roofline calculator, tokens per second and per dollar (Ctrl+3)"));

    m_fileMenu->setTitle(tr("&File"));
    m_exportAction->setText(tr("&Export…"));
    updateExportTip();
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_viewActions.at(0)->setText(tr("&Compare"));
    m_viewActions.at(1)->setText(tr("&Sources"));
    m_viewActions.at(2)->setText(tr("&Roofline"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Compute Atlas"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_datasetLabel->setText(tr("Dataset %1 · %n chip(s)", "", int(m_catalog.chips().size())).arg(m_catalog.datasetVersion()) + QStringLiteral("  "));
    m_datasetLabel->setToolTip(tr("The bundled dataset's version; the Sources view lists every document behind it."));
    if (!m_store.userProblem().isEmpty()) {
        m_userProblemLabel->setText(tr("⚠ Your own data could not be used; showing the bundled data only."));
        m_userProblemLabel->setToolTip(m_store.userProblem());
    }
}

void MainWindow::showAbout()
{
    const QString text = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p>")
                             .arg(tr("Compute Atlas %1").arg(QStringLiteral(ATLAS_VERSION)).toHtmlEscaped(),
                                  tr("What AI accelerators can do, where they go and where the money goes: offline, with a "
                                     "source behind every number.")
                                      .toHtmlEscaped(),
                                  tr("Dataset version %1: %n chip(s)", "", int(m_catalog.chips().size()))
                                          .arg(m_catalog.datasetVersion())
                                          .toHtmlEscaped()
                                      + tr(", %n source(s).", "", int(m_catalog.sources().size())).toHtmlEscaped(),
                                  tr("Where the data comes from: every figure cites a document (vendor pages, keynotes, press, "
                                     "analysts), listed in the Sources view with what each one backs. The dataset is kept as "
                                     "reviewed CSV files; data/dataset/README.md describes its units and conventions: dense "
                                     "throughput (figures quoted with sparsity are halved), binary memory capacity, and how "
                                     "projections are made.")
                                      .toHtmlEscaped(),
                                  tr("Projected figures are estimates made from trends, not vendor figures, and are always "
                                     "shown as projections.")
                                      .toHtmlEscaped());
    QMessageBox::about(this, tr("About Compute Atlas"), text);
}

void MainWindow::updateExportTip()
{
    m_exportAction->setStatusTip(m_stack->currentWidget() == m_roofline
                                     ? tr("Write the roofline results to a spreadsheet, PDF, web page, Markdown, CSV or JSON file, "
                                          "or a chart to a PNG or SVG image")
                                     : tr("Write the comparison table to a spreadsheet, PDF, web page, Markdown, CSV or JSON file"));
}

void MainWindow::exportCurrentView()
{
    if (m_stack->currentWidget() == m_compare)
        m_compare->exportWithDialog();
    else if (m_stack->currentWidget() == m_roofline)
        m_roofline->exportWithDialog();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (settings.contains(kGeometryKey))
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (settings.contains(kStateKey))
        restoreState(settings.value(kStateKey).toByteArray());
    if (settings.contains(kViewKey))
        showView(settings.value(kViewKey).toString());
    m_compare->restoreSettings(settings);
    m_roofline->restoreSettings(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kViewKey, currentViewName());
    m_compare->saveSettings(settings);
    m_roofline->saveSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.rememberState)
        saveSettings();
    QMainWindow::closeEvent(event);
}
