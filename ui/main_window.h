#pragma once
// The main window (DESIGN §4): a navigation list on the left and one view at a time, menus (File, View with the
// interface languages, Help), a status bar with the dataset version, and the window's state remembered.
// A view is built the first time it is shown (or asked for), so start-up pays only for the first view.
// The window does not switch languages itself: it asks (languageRequested) and follows the QEvent::LanguageChange
// that the application's language switch causes, reading the language from the default QLocale.

#include "atlas_store.h"
#include "catalog.h"
#include "common/selection_keeper.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <memory>

class AtlasView;
class CompareView;
class ImportDialog;
class QActionGroup;
class QLabel;
class QListWidget;
class QMimeData;
class QStackedWidget;
class QUndoStack;
class RowForm;
class UserRowCommand;
struct UserRow;
struct UserRowChange;
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

    // The window with its data: the first view is built before this returns.
    MainWindow(AtlasStore &store, const Catalog &catalog, Options options, QWidget *parent = nullptr);
    // The window without its data yet (navigation, menus, status bar; the first view chosen, not built), so that it
    // can be shown at once: reloadData() reads the data and builds the view shown. Asking for a view reads the data
    // first. Actions that need the data are off until then.
    MainWindow(AtlasStore &store, Options options, QWidget *parent = nullptr);
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
    // if given. It deletes itself when closed; the status bar then says what was added. nullptr while the store is
    // not open yet.
    ImportDialog *openImportDialog(const QString &file = QString());
    // The local CSV file a drag carries, if it carries one (what a drop onto the window imports).
    static QString droppedCsvFile(const QMimeData *mime);

    // The data the views show: the bundled rows and, unless View → Show my data is off, the user's.
    const Catalog &catalog() const { return *m_catalog; }
    bool hasData() const { return m_catalog != nullptr; }
    // Reads the data again and rebuilds the views already built (each keeps its choices); views not built yet
    // read the new data when they are. Called after an import, an edit, an undo or redo, and the toggle.
    void reloadData();
    bool showsUserData() const;
    void setShowUserData(bool show);

    // Edit → Undo/Redo: one command per change to the user's rows (issue 20).
    QUndoStack *undoStack() const { return m_undoStack; }
    // The form for a new row of `table` ("flow", "deployment", "system" … any dataset table), or for a newer claim
    // about a chip's figure (`request` {"chip", "metric", "precision"}), or to edit the user row `request` {"id"},
    // or for a new row starting from the row `request` {"from": id} (a bundled row is superseded so: its own id,
    // claimed today, a source to give). OK pushes the change onto the undo stack. Window-modal; deletes itself
    // when closed.
    RowForm *openRowForm(const QString &table, const QVariantMap &request = {});
    // Pushes a change as one undoable command named `actionName` (written now).
    void pushChange(const UserRowChange &change, const QString &actionName);
    // Removes the user row `table`/`id` (undoably). False if it is not a user row: bundled rows are never edited.
    bool deleteUserRow(const QString &table, const QString &id);
    // Sets one field of the user row `table`/`id` (a table cell typed into), checked by the dataset's rules first:
    // false, nothing written and the status bar saying why, if a rule fails. Changes of the same field in a row
    // merge into one Undo step.
    bool editUserField(const QString &table, const QString &id, const QString &column, const QString &value);
    // Edit → Your rows…: the user's own rows, to edit or delete.
    QDialog *openYourRows();
    // File → Reset to bundled data… once confirmed: the user database is moved aside under a dated name (never
    // deleted, AtlasStore::resetUserDatabase), a new empty one takes its place, the views read the data again and
    // the undo history goes (its commands refer to the old file). The status bar says where the old file went.
    UserDatabaseReset::Result resetToBundledData();
    // Why a reset failed, in the interface language: one sentence that says nothing was moved.
    static QString resetFailureText(const UserDatabaseReset::Result &result);

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

    void fillEditMenu();
    void retranslateEditMenu();
    void updateEditActions();
    void updateUserDataState();
    void confirmResetToBundledData();
    UserRowCommand *newCommand(const UserRowChange &change, const QString &actionName);
    QList<QSqlDatabase> shownDatabases() const;

    AtlasStore &m_store;
    const Catalog *m_catalog = nullptr; // nullptr until the data is read (the window shown without it)
    std::unique_ptr<Catalog> m_ownCatalog; // the data read again since the window opened
    QUndoStack *m_undoStack = nullptr;
    QList<bool> m_carried;                 // by navigation index: the view's choices wait in m_carriedSettings
    QHash<int, QList<SelectionKeeper::Cell>> m_keptSelections; // by navigation index: where its tables' cursors were
    std::unique_ptr<QTemporaryDir> m_carryDir;
    std::unique_ptr<QSettings> m_carriedSettings;
    Options m_options;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<AtlasView *> m_views; // by navigation index; nullptr until built
    QLabel *m_datasetLabel = nullptr;
    QLabel *m_userProblemLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addFlowAction = nullptr;
    QAction *m_addDeploymentAction = nullptr;
    QAction *m_addClaimAction = nullptr;
    QAction *m_yourRowsAction = nullptr;
    QAction *m_showUserDataAction = nullptr;
    QList<QAction *> m_viewActions;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
