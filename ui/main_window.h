#pragma once
// The main window (DESIGN §4): a navigation list on the left and one view at a time, menus (File, View with the
// interface languages, Help), a status bar with the dataset version, and the window's state remembered.
// A view is built the first time it is shown (or asked for), so start-up pays only for the first view.
// The window does not switch languages itself: it asks (languageRequested) and follows the QEvent::LanguageChange
// that the application's language switch causes, reading the language from the default QLocale.

#include "atlas_store.h"
#include "catalog.h"

#include <QList>
#include <QMainWindow>

class AtlasView;
class CompareView;
class ImportDialog;
class QActionGroup;
class QLabel;
class QListWidget;
class QMimeData;
class QStackedWidget;
class RooflineView;
class SourcesView;

struct InterfaceLanguageOption {
    QString code;       // "zh_TW"
    QString nativeName; // "繁體中文"
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        // Restore the window, the last view and each view's choices at start and save them at close.
        // Off for screenshots, which must show the defaults and leave the user's settings alone.
        bool rememberState = true;
        // The view shown first (a command-line name); empty = the last one used, else the first.
        QString initialView;
    };

    MainWindow(const AtlasStore &store, const Catalog &catalog, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Views by their command-line names, in navigation order: "compare", "sources", "roofline" ….
    static QStringList viewNames();
    bool showView(const QString &name);
    QString currentViewName() const;
    // The view named `name`, built now if it has not been yet; nullptr for an unknown name.
    AtlasView *view(const QString &name);
    bool isViewBuilt(const QString &name) const;

    // The languages View → Language offers.
    void setLanguages(const QList<InterfaceLanguageOption> &languages);

    CompareView *compareView();
    SourcesView *sourcesView();
    RooflineView *rooflineView();
    QListWidget *navigation() const { return m_navigation; }

    void saveSettings() const;

    // File → Import… (Ctrl+I), or a CSV file dropped on the window: the import dialog, window-modal, for `file`
    // if given. It deletes itself when closed; the status bar then says what was added.
    ImportDialog *openImportDialog(const QString &file = QString());
    // The local CSV file a drag carries, if it carries one (what a drop onto the window imports).
    static QString droppedCsvFile(const QMimeData *mime);

signals:
    void languageRequested(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void followLanguage();
    void restoreSettings();
    void showAbout();
    void exportCurrentView();
    void updateExportTip();
    void viewChanged(int index);
    AtlasView *buildView(int index);
    void openView(const QString &name, const QVariantMap &request);

    const AtlasStore &m_store;
    const Catalog &m_catalog;
    Options m_options;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<AtlasView *> m_views; // by navigation index; nullptr until built
    QLabel *m_datasetLabel = nullptr;
    QLabel *m_userProblemLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_viewActions;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
