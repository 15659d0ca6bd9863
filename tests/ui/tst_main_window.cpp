// The main window offscreen over the real bundled dataset: navigation by list and shortcut, the language
// switch reaching menus, navigation and table headers, and the window's state remembered between two windows.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "common/chip_chooser.h"
#include "compare/compare_model.h"
#include "language_manager.h"
#include "main_window.h"
#include "sources/sources_model.h"
#include "compare/compare_view.h"
#include "roofline/roofline_controls.h"
#include "roofline/roofline_view.h"
#include "sources/sources_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;
    LanguageManager m_languages;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(*m_store, m_catalog, MainWindow::Options{});
        QList<InterfaceLanguageOption> options;
        for (const LanguageManager::Entry &e : LanguageManager::languages())
            options.append({e.code, e.nativeName});
        window->setLanguages(options);
        connect(window.get(), &MainWindow::languageRequested, &m_languages,
                [this](const QString &code) { m_languages.setLanguage(code, LanguageManager::Remember::No); });
        return window;
    }

    static QStringList menuTitles(const MainWindow &w)
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }

    static QAction *languageAction(const MainWindow &w, const QString &code)
    {
        for (QAction *a : w.findChildren<QAction *>())
            if (a->isCheckable() && a->data().toString() == code)
                return a;
        return nullptr;
    }

    static QString rowHeader(MainWindow &w, const QString &key)
    {
        const CompareModel *model = w.compareView()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->headerData(r, Qt::Vertical, CompareModel::RowKeyRole).toString() == key)
                return model->headerData(r, Qt::Vertical).toString();
        return {};
    }

    // The language switch posts QEvent::LanguageChange to every window; deliver it now.
    static void deliverLanguageChange() { QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setApplicationName(QStringLiteral("compute-atlas-test"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("compute-atlas"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QString error;
        m_store = AtlasStore::open(BundledDatabase::resourcePath(), QString(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_catalog = Catalog::load(m_store->databases());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    void init()
    {
        QSettings().clear();
    }

    void startsWithTheDefaultComparison()
    {
        auto w = makeWindow();
        QCOMPARE(w->currentViewName(), QStringLiteral("compare"));
        QCOMPARE(w->navigation()->count(), 7); // only views that exist
        QCOMPARE(w->compareView()->chipIds(), CompareView::defaultChipIds());
        QCOMPARE(w->compareView()->baselineId(), QStringLiteral("h100-sxm"));
        QCOMPARE(w->compareView()->baselineBox()->currentText(), QStringLiteral("H100 SXM"));
        QVERIFY(w->statusBar()->findChildren<QLabel *>().size() >= 1);
        QVERIFY(menuTitles(*w) == (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Help")}));
    }

    void buildsAViewOnlyWhenItIsFirstShown()
    {
        auto w = std::make_unique<MainWindow>(*m_store, m_catalog,
                                              MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("roofline")});
        QCOMPARE(w->currentViewName(), QStringLiteral("roofline"));
        QVERIFY(w->isViewBuilt(QStringLiteral("roofline")));
        for (const QString &name : MainWindow::viewNames())
            if (name != QLatin1String("roofline"))
                QVERIFY2(!w->isViewBuilt(name), qPrintable(name + QStringLiteral(" was built before it was shown")));

        // A view built after a language switch starts in the language of the moment.
        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_TW"), LanguageManager::Remember::No));
        deliverLanguageChange();
        QVERIFY(w->showView(QStringLiteral("compare")));
        QVERIFY(w->isViewBuilt(QStringLiteral("compare")));
        QCOMPARE(w->compareView()->model()->language(), Language::TraditionalChinese);
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
        deliverLanguageChange();
    }

    void showsTheWindowBeforeReadingTheData()
    {
        // What the program shows first: the window without its data, the view chosen but not built.
        MainWindow w(*m_store, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("flows")});
        QVERIFY(!w.hasData());
        QCOMPARE(w.currentViewName(), QStringLiteral("flows"));
        QCOMPARE(w.navigation()->currentRow(), 5); // compare, sources, roofline, roadmap, deployments, flows
        for (const QString &name : MainWindow::viewNames())
            QVERIFY2(!w.isViewBuilt(name), qPrintable(name + QStringLiteral(" was built before the data was read")));
        const auto *reading = w.findChild<QLabel *>(QStringLiteral("readingData"));
        QVERIFY(reading);
        QCOMPARE(reading->text(), QStringLiteral("Reading the data…"));
        QCOMPARE(w.findChild<QStackedWidget *>()->currentWidget(), reading);
        QAction *exportAction = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                exportAction = a;
        QVERIFY(exportAction);
        QVERIFY(!exportAction->isEnabled()); // nothing to export yet

        // Choosing another view before the data is there changes the page, still builds nothing.
        w.navigation()->setCurrentRow(2);
        QCOMPARE(w.currentViewName(), QStringLiteral("roofline"));
        QVERIFY(!w.isViewBuilt(QStringLiteral("roofline")));

        // Reading the data builds the view shown, and only that one.
        w.reloadData();
        QVERIFY(w.hasData());
        QCOMPARE(w.catalog().chips().size(), m_catalog.chips().size());
        QVERIFY(w.isViewBuilt(QStringLiteral("roofline")));
        QVERIFY(!w.isViewBuilt(QStringLiteral("flows")));
        QVERIFY(exportAction->isEnabled());
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("readingData")) || w.findChild<QStackedWidget *>()->currentWidget() != reading);
    }

    void askingForAViewReadsTheData()
    {
        MainWindow w(*m_store, MainWindow::Options{.rememberState = false, .initialView = {}});
        QVERIFY(!w.hasData());
        QVERIFY(w.compareView()); // not a crash on the missing data: it is read first
        QVERIFY(w.hasData());
        QCOMPARE(w.compareView()->chipIds(), CompareView::defaultChipIds());
    }

    void waitsForTheStoreToOpen()
    {
        // The program's own order: the window over a store not open yet, painted, then the store opened and the
        // data read. Until then nothing reads the data, and asking for a view gives none instead of a crash.
        const auto store = AtlasStore::unopened();
        MainWindow w(*store, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("memory")});
        w.reloadData();
        QVERIFY(!w.hasData());
        QVERIFY(!w.view(QStringLiteral("memory")));
        QVERIFY(!w.openImportDialog());
        QString error;
        QVERIFY2(store->openFiles(BundledDatabase::resourcePath(), QString(), &error), qPrintable(error));
        w.reloadData();
        QVERIFY(w.hasData());
        QVERIFY(w.isViewBuilt(QStringLiteral("memory")));
        QCOMPARE(w.catalog().chips().size(), m_catalog.chips().size());
    }

    void compareOpensAtItsFirstColumnInANarrowWindow()
    {
        // The panel opens on the most revised figure, which may be in the last chip's column: the table must not
        // scroll there by itself and hide the baseline column (it did at 1024x640).
        auto w = makeWindow();
        w->resize(1024, 640);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto *table = w->compareView()->findChild<QTableView *>();
        QVERIFY(table);
        QVERIFY(table->currentIndex().isValid()); // the provenance panel has its cell
        QVERIFY2(table->horizontalScrollBar()->maximum() > 0, "the check needs a table wider than its viewport");
        QCOMPARE(table->horizontalScrollBar()->value(), 0);
    }

    void exportFollowsTheShownView()
    {
        auto w = makeWindow();
        QAction *exportAction = nullptr;
        for (QAction *a : w->findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                exportAction = a;
        QVERIFY(exportAction);
        QVERIFY(w->showView(QStringLiteral("sources")));
        QVERIFY(!exportAction->isEnabled()); // the source list has no report
        QVERIFY(w->showView(QStringLiteral("roofline")));
        QVERIFY(exportAction->isEnabled());
        QVERIFY(exportAction->statusTip().contains(QStringLiteral("roofline")));
    }

    void aViewCanOpenAnother()
    {
        auto w = makeWindow();
        QVERIFY(w->showView(QStringLiteral("sources")));
        // What a Roadmap chip's "Open in Compare" button does, through the window.
        emit w->sourcesView()->openViewRequested(QStringLiteral("compare"),
                                                 {{QStringLiteral("chips"), QStringList{QStringLiteral("Ironwood"), QStringLiteral("rubin")}}});
        QCOMPARE(w->currentViewName(), QStringLiteral("compare"));
        QStringList shown = w->compareView()->chipIds(); // in the table's (vendor) order
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("rubin"), QStringLiteral("tpu-v7")}));
        QCOMPARE(w->compareView()->baselineId(), QStringLiteral("tpu-v7")); // the first one asked for
    }

    void navigationSwitchesViews()
    {
        auto w = makeWindow();
        auto *stack = w->findChild<QStackedWidget *>();
        QVERIFY(stack);
        w->navigation()->setCurrentRow(1);
        QCOMPARE(w->currentViewName(), QStringLiteral("sources"));
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w->sourcesView()));
        QVERIFY(w->sourcesView()->model()->rowCount() > 100);
        QVERIFY(w->showView(QStringLiteral("compare")));
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w->compareView()));
        QCOMPARE(w->navigation()->currentRow(), 0);
        QVERIFY(w->showView(QStringLiteral("roofline")));
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w->rooflineView()));
        QVERIFY(w->showView(QStringLiteral("roadmap")));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("roadmapView"));
        QVERIFY(w->showView(QStringLiteral("deployments")));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("deploymentsView"));
        QCOMPARE(w->navigation()->currentRow(), 4); // Ctrl+5
        QVERIFY(w->showView(QStringLiteral("flows")));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("flowsView"));
        QCOMPARE(w->navigation()->currentRow(), 5); // Ctrl+6
        QVERIFY(w->showView(QStringLiteral("memory")));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("memoryView"));
        QCOMPARE(w->navigation()->currentRow(), 6); // Ctrl+7
        QVERIFY(!w->showView(QStringLiteral("no-such-view")));
    }

    void shortcutsSwitchViews()
    {
        auto w = makeWindow();
        w->show();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w->currentViewName(), QStringLiteral("sources"));
        QTest::keyClick(w.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w->currentViewName(), QStringLiteral("compare"));
        QTest::keyClick(w.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w->currentViewName(), QStringLiteral("roofline"));
        QTest::keyClick(w.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w->currentViewName(), QStringLiteral("roadmap"));
        QVERIFY(w->isViewBuilt(QStringLiteral("roadmap")));
        QTest::keyClick(w.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(w->currentViewName(), QStringLiteral("deployments"));
        QVERIFY(w->isViewBuilt(QStringLiteral("deployments")));
        QTest::keyClick(w.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w->currentViewName(), QStringLiteral("flows"));
        QVERIFY(w->isViewBuilt(QStringLiteral("flows")));
        QVERIFY(!w->isViewBuilt(QStringLiteral("memory"))); // built the first time it is shown
        QTest::keyClick(w.get(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(w->currentViewName(), QStringLiteral("memory"));
        QVERIFY(w->isViewBuilt(QStringLiteral("memory")));
    }

    // Issue 10, item 2: the wheel over an input that has no focus scrolls the panel and changes nothing.
    void wheelOverAnUnfocusedInputChangesNothing()
    {
        auto w = makeWindow();
        w->resize(1024, 640); // the Roofline panel scrolls at this size
        QVERIFY(w->showView(QStringLiteral("roofline")));
        w->show();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        RooflineControls *controls = w->rooflineView()->controls();
        QComboBox *payBy = controls->costModeBox();
        QDoubleSpinBox *rental = controls->rentalBox();
        QVERIFY(payBy->isVisible() && rental->isVisible());
        w->navigation()->setFocus(); // the pointer is over the panel, the focus elsewhere
        QCOMPARE(payBy->focusPolicy(), Qt::StrongFocus); // the wheel does not focus it either
        auto *scroll = qobject_cast<QScrollArea *>(controls->parentWidget()->parentWidget());
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(0);
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0);

        const int mode = payBy->currentIndex();
        const double price = rental->value();
        // One notch down (angle −120) over "Pay by", then over the rental price.
        for (QWidget *input : std::initializer_list<QWidget *>{payBy, rental}) {
            const QPointF at(input->width() / 2.0, input->height() / 2.0);
            QWheelEvent wheel(at, input->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(input, &wheel);
        }
        QCOMPARE(payBy->currentIndex(), mode);
        QCOMPARE(rental->value(), price);
        QVERIFY2(scroll->verticalScrollBar()->value() > 0, "the wheel scrolls the panel instead");

        // Focused, the input takes the wheel as usual.
        payBy->setFocus();
        const QPointF at(payBy->width() / 2.0, payBy->height() / 2.0);
        QWheelEvent wheel(at, payBy->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(payBy, &wheel);
        QCOMPARE(payBy->currentIndex(), mode + 1);
    }

    void wheelGuardCoversInputsAddedLater()
    {
        // A view added later gets the same rule without code of its own: the guard is on the application.
        auto w = makeWindow();
        auto *area = new QScrollArea(w->compareView());
        auto *panel = new QWidget;
        auto *layout = new QVBoxLayout(panel);
        auto *spin = new QSpinBox;
        spin->setRange(0, 10);
        spin->setValue(5);
        layout->addWidget(spin);
        layout->addSpacing(2000);
        area->setWidget(panel);
        area->resize(200, 200);
        area->show();
        QCOMPARE(spin->focusPolicy(), Qt::StrongFocus);
        const QPointF at(5, 5);
        QWheelEvent wheel(at, spin->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(spin, &wheel);
        QCOMPARE(spin->value(), 5);
    }

    // The application-wide wheel guard and window shortcuts cover the views merged after them (Roadmap,
    // Deployments, Money flows), which keep no guard of their own: over any of their combo boxes, spin and date
    // boxes and sliders without the focus the wheel changes nothing, and Ctrl+1 leaves from a focused input.
    void wheelAndShortcutsCoverEveryView_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("tab"); // the tab whose inputs are tried (the Roadmap's Trends), or -1
        QTest::addColumn<int>("minimumInputs");
        QTest::newRow("roadmap") << QStringLiteral("roadmap") << 1 << 2; // the Trends tab: metric and date basis
        QTest::newRow("deployments") << QStringLiteral("deployments") << -1 << 2;
        QTest::newRow("flows") << QStringLiteral("flows") << -1 << 2;
        QTest::newRow("memory") << QStringLiteral("memory") << 1 << 1; // the Per chip tab: the upper panel's measure
    }

    void wheelAndShortcutsCoverEveryView()
    {
        QFETCH(QString, view);
        QFETCH(int, tab);
        QFETCH(int, minimumInputs);
        auto w = makeWindow();
        w->resize(1024, 640);
        QVERIFY(w->showView(view));
        if (tab >= 0)
            w->view(view)->findChild<QTabWidget *>()->setCurrentIndex(tab);
        w->show();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        const auto valueOf = [](QWidget *input) -> QString {
            if (auto *box = qobject_cast<QComboBox *>(input))
                return QString::number(box->currentIndex());
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(input))
                return spin->text();
            return QString::number(qobject_cast<QSlider *>(input)->value());
        };
        QList<QWidget *> inputs;
        for (QWidget *child : w->view(view)->findChildren<QWidget *>())
            if ((qobject_cast<QComboBox *>(child) || qobject_cast<QAbstractSpinBox *>(child) || qobject_cast<QSlider *>(child))
                && child->isVisible() && child->isEnabled())
                inputs << child;
        QVERIFY(inputs.size() >= minimumInputs);
        w->navigation()->setFocus();
        for (QWidget *input : std::as_const(inputs)) {
            QCOMPARE(input->focusPolicy(), Qt::StrongFocus); // the wheel does not focus it
            const QString before = valueOf(input);
            for (const int notch : {-120, 120}) { // down and up: an input at either end would move one way
                const QPointF at(input->width() / 2.0, input->height() / 2.0);
                QWheelEvent wheel(at, input->mapToGlobal(at), QPoint(), QPoint(0, notch), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(input, &wheel);
                QVERIFY2(valueOf(input) == before, qPrintable(input->objectName() + QStringLiteral(": ") + before + QStringLiteral(" → ") + valueOf(input)));
            }
        }
        inputs.first()->setFocus();
        QVERIFY(inputs.first()->hasFocus());
        QTest::keyClick(inputs.first(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w->currentViewName(), QStringLiteral("compare"));
    }

    // Issue 10, item 3: Ctrl+E works while a search box has the focus, and the key does not reach the box.
    void exportShortcutWorksFromAFocusedSearchBox()
    {
        auto w = makeWindow();
        w->show();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QLineEdit *search = w->compareView()->chooser()->searchBox();
        search->setFocus();
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("h1"));
        QString dialogTitle;
        // The export dialog is modal: note its title and close it as soon as it shows (the timer dies with the test).
        QTimer closer;
        closer.setSingleShot(true);
        connect(&closer, &QTimer::timeout, this, [&] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                dialogTitle = dialog->windowTitle();
                dialog->close();
            }
        });
        closer.start(0);
        QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(dialogTitle, QStringLiteral("Export the comparison"));
        QCOMPARE(search->text(), QStringLiteral("h1")); // Ctrl+E did not move the cursor or type into the filter
    }

    void switchingViewsKeepsTheFocusOutOfSearchBoxes()
    {
        auto w = makeWindow();
        w->show();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->compareView()->chooser()->searchBox()->setFocus();
        QTest::keyClick(w->compareView()->chooser()->searchBox(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w->currentViewName(), QStringLiteral("sources"));
        QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("korea"));
        QVERIFY(w->sourcesView()->searchBox()->text().isEmpty());
    }

    // Issue 10, item 15: Ctrl+C in a table copies the selected cells as a table, headers included.
    void copyingATableSelectionPastesAsATable()
    {
        auto w = makeWindow();
        w->show();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        CompareView *view = w->compareView();
        view->setSelection({QStringLiteral("h100-sxm"), QStringLiteral("b200")}, QStringLiteral("h100-sxm"));
        QTableView *table = view->table();
        const CompareModel *model = view->model();
        int bandwidth = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->headerData(r, Qt::Vertical, CompareModel::RowKeyRole).toString() == QLatin1String("memory_bandwidth"))
                bandwidth = r;
        QVERIFY(bandwidth > 0);
        table->setFocus();
        table->selectionModel()->select(QItemSelection(model->index(bandwidth - 1, 0), model->index(bandwidth, 1)), QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the header row, memory capacity, memory bandwidth
        QCOMPARE(lines.at(0).count(QLatin1Char('\t')), 2); // the corner, then two chips
        // H100 SXM 3.35 TB/s; B200 7.7 TB/s with its ratio 7.7 ÷ 3.35 = 2.30×.
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("Memory bandwidth bytes/s\t3.35 TB/s\t7.7 TB/s 2.3×")), qPrintable(lines.at(2)));
    }

    // Issue 10, item 12: a vendor's name finds its chips; a search that finds nothing says so.
    void chipSearchFindsVendorsAndSaysWhenNothingMatches()
    {
        auto w = makeWindow();
        ChipChooser *chooser = w->compareView()->chooser();
        const QAbstractItemModel *tree = chooser->tree()->model();
        for (const QString &vendor : {QStringLiteral("nvidia"), QStringLiteral("輝達")}) {
            chooser->setFilterText(vendor);
            QCOMPARE(tree->rowCount(), 1);
            QVERIFY2(tree->rowCount(tree->index(0, 0)) >= 10, qPrintable(vendor)); // every NVIDIA chip, not an empty heading
            QVERIFY(chooser->noMatchLabel()->isHidden());
        }
        chooser->setFilterText(QStringLiteral("zzz"));
        QCOMPARE(tree->rowCount(), 0);
        QVERIFY(!chooser->noMatchLabel()->isHidden());
        QVERIFY(chooser->noMatchLabel()->text().contains(QStringLiteral("\"zzz\"")));
    }

    void languageSwitchChangesVisibleTexts()
    {
        auto w = makeWindow();
        QAction *zhTW = languageAction(*w, QStringLiteral("zh_TW"));
        QAction *en = languageAction(*w, QStringLiteral("en"));
        QVERIFY(zhTW && en);
        QVERIFY(en->isChecked());
        QCOMPARE(zhTW->text(), QStringLiteral("繁體中文"));

        zhTW->trigger();
        deliverLanguageChange();
        QCOMPARE(menuTitles(*w), (QStringList{QStringLiteral("檔案(&F)"), QStringLiteral("編輯(&E)"), QStringLiteral("檢視(&V)"), QStringLiteral("說明(&H)")}));
        QCOMPARE(w->navigation()->item(0)->text(), QStringLiteral("比較"));
        QCOMPARE(w->navigation()->item(1)->text(), QStringLiteral("資料來源"));
        QCOMPARE(w->windowTitle(), QStringLiteral("算力地圖"));
        QCOMPARE(rowHeader(*w, QStringLiteral("memory_bandwidth")), QStringLiteral("記憶體頻寬\n位元組/秒"));
        QVERIFY(w->compareView()->model()->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("輝達")));
        QCOMPARE(w->compareView()->model()->language(), Language::TraditionalChinese);
        QVERIFY(zhTW->isChecked());

        languageAction(*w, QStringLiteral("zh_CN"))->trigger();
        deliverLanguageChange();
        QCOMPARE(w->navigation()->item(1)->text(), QStringLiteral("数据来源"));
        QCOMPARE(rowHeader(*w, QStringLiteral("memory_bandwidth")), QStringLiteral("显存带宽\n字节/秒"));

        en->trigger();
        deliverLanguageChange();
        QCOMPARE(menuTitles(*w), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        QCOMPARE(w->navigation()->item(0)->text(), QStringLiteral("Compare"));
        QCOMPARE(rowHeader(*w, QStringLiteral("memory_bandwidth")), QStringLiteral("Memory bandwidth\nbytes/s"));
        QVERIFY(w->compareView()->model()->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("NVIDIA")));
        QVERIFY(en->isChecked());
    }

    void choosingChipsUpdatesTheTable()
    {
        auto w = makeWindow();
        CompareView *view = w->compareView();
        QSignalSpy reset(view->model(), &QAbstractItemModel::modelReset);
        view->chooser()->setCheckedIds({QStringLiteral("rubin"), QStringLiteral("tpu-v7")});
        QVERIFY(reset.count() >= 1);
        QCOMPARE(view->model()->columnCount(), 2);
        QCOMPARE(view->baselineBox()->count(), 2);
        QCOMPARE(view->baselineId(), QStringLiteral("rubin")); // h100-sxm is gone: the first chosen takes over
        view->baselineBox()->setCurrentIndex(1);
        QCOMPARE(view->baselineId(), QStringLiteral("tpu-v7"));

        // Search narrows the tree by alias.
        view->chooser()->setFilterText(QStringLiteral("Ironwood"));
        QCOMPARE(view->chooser()->tree()->model()->rowCount(), 1); // one vendor left, with one chip
        QCOMPARE(view->chooser()->tree()->model()->rowCount(view->chooser()->tree()->model()->index(0, 0)), 1);

        // Selecting a cell shows its provenance in the side panel.
        const QModelIndex first = view->model()->index(0, 0);
        view->table()->setCurrentIndex(first);
        QVERIFY(view->provenancePanel()->toPlainText().contains(QStringLiteral("Rubin")));
    }

    void remembersItsStateAcrossWindows()
    {
        {
            auto w = makeWindow();
            w->resize(1100, 700);
            w->showView(QStringLiteral("sources"));
            w->compareView()->setSelection({QStringLiteral("b200"), QStringLiteral("rubin"), QStringLiteral("mi355x")}, QStringLiteral("rubin"));
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.get()));
            w->close();
        }
        auto w = makeWindow();
        QCOMPARE(w->currentViewName(), QStringLiteral("sources"));
        QCOMPARE(w->compareView()->chipIds(), (QStringList{QStringLiteral("b200"), QStringLiteral("rubin"), QStringLiteral("mi355x")}));
        QCOMPARE(w->compareView()->baselineId(), QStringLiteral("rubin"));
        QCOMPARE(w->size(), QSize(1100, 700));
    }

    void exportsTheComparisonAsShown()
    {
        auto w = makeWindow();
        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("compare.csv"));
        QVERIFY2(w->compareView()->exportTo(csv, ReportFormat::Csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a BOM, so spreadsheet programs read UTF-8
        const QString text = QString::fromUtf8(bytes);
        QVERIFY2(text.contains(QStringLiteral("Memory bandwidth")) && text.contains(QStringLiteral("Instinct MI355X")), qPrintable(text.left(400)));

        const QString xlsx = dir.filePath(QStringLiteral("compare.xlsx"));
        QVERIFY2(w->compareView()->exportTo(xlsx, ReportFormat::Xlsx, &error), qPrintable(error));
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QCOMPARE(book.read(2), QByteArray("PK")); // a zip, as XLSX is
    }

    void warnsWhenTheUserDatabaseIsUnusable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x')); // not an SQLite file
        garbage.close();
        QString error;
        auto store = AtlasStore::open(BundledDatabase::resourcePath(), path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!store->userProblem().isEmpty());
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow w(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = {}});
        auto *warning = w.findChild<QLabel *>(QStringLiteral("userProblem"));
        QVERIFY(warning);
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(QStringLiteral("bundled data")));
        QCOMPARE(warning->toolTip(), store->userProblem());
        QCOMPARE(w.compareView()->chipIds(), CompareView::defaultChipIds()); // the bundled data still serves
    }

    void notesAUserDatabaseThatIsGone()
    {
        // The user database was used, then deleted: the window says so instead of silently showing an empty one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QString error;
        QVERIFY(AtlasStore::open(BundledDatabase::resourcePath(), path, &error)->hasUserDatabase());
        QVERIFY(QFile::remove(path));
        auto store = AtlasStore::open(BundledDatabase::resourcePath(), path, &error);
        QVERIFY(store->hasUserDatabase());
        QCOMPARE(store->notices().size(), 1);
        const Catalog catalog = Catalog::load(store->databases());
        MainWindow w(*store, catalog, MainWindow::Options{.rememberState = false, .initialView = {}});
        auto *note = w.findChild<QLabel *>(QStringLiteral("userProblem"));
        QVERIFY(note);
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("your own data")));
        QVERIFY2(note->toolTip().contains(QStringLiteral("is gone")), qPrintable(note->toolTip()));
    }

    void screenshotWindowsLeaveTheSettingsAlone()
    {
        {
            auto w = std::make_unique<MainWindow>(*m_store, m_catalog, MainWindow::Options{.rememberState = false, .initialView = {}});
            w->showView(QStringLiteral("sources"));
            w->close();
        }
        QVERIFY(!QSettings().contains(QStringLiteral("window/view")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
