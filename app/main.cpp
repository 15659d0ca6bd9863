// Compute Atlas: with a sub-command it runs headless (DESIGN §6); without one it opens the window, or renders
// one view to a PNG and exits (--screenshot).

#include "bundled_database.h"
#include "common/interface_language.h"
#include "cli/cli.h"
#include "first_frame.h"
#include "language_manager.h"
#include "import/import_dialog.h"
#include "main_window.h"
#include "window_options.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>
#include <QTextStream>

namespace {

int runWindow(int argc, char **argv, const WindowOptions &options)
{
    const bool screenshot = !options.screenshot.isEmpty();
    // A screenshot or a start-up measurement needs no display: render offscreen unless a platform is chosen or a
    // display is there.
    if ((screenshot || options.quitAfterFirstFrame || options.quitAfterViewFrame) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);
    if (!screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        // Without this Qt aborts with a platform-plugin message that does not say what to do.
        err << "compute-atlas: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.\n"
               "  Render a view headless: compute-atlas --view compare --screenshot compare.png\n"
               "  Or use the command line: compute-atlas --help\n";
        return 1;
    }
    QApplication app(argc, argv);

    LanguageManager languages;
    QString error;
    const QString language = LanguageManager::startupLanguage(options.language);
    // --lang applies to this run; the menu's choice is what is remembered.
    if (!languages.setLanguage(language, LanguageManager::Remember::No, &error)) {
        if (!options.language.isEmpty()) {
            err << "compute-atlas: --lang: " << error << '\n';
            return 2;
        }
        languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No);
    }

    applyInterfaceFont(interfaceLanguage());
    QObject::connect(&languages, &LanguageManager::languageChanged, &app, [] { applyInterfaceFont(interfaceLanguage()); });

    const bool measuring = options.quitAfterFirstFrame || options.quitAfterViewFrame;
    const MainWindow::Options windowOptions{.rememberState = !screenshot && !measuring, .initialView = options.view};
    const auto offerLanguages = [&languages](MainWindow &window) {
        QList<InterfaceLanguageOption> choices;
        for (const LanguageManager::Entry &e : LanguageManager::languages())
            choices.append({e.code, e.nativeName});
        window.setLanguages(choices);
        QObject::connect(&window, &MainWindow::languageRequested, &languages,
                         [&languages](const QString &code) { languages.setLanguage(code); });
    };
    // Opens the databases: false, with the message said, if the bundled data cannot serve.
    const auto openStore = [&err](AtlasStore &store, QWidget *window) {
        QString error;
        if (!store.openFiles(BundledDatabase::resourcePath(), AtlasStore::defaultUserPath(), &error)) {
            err << "compute-atlas: " << error << '\n';
            err.flush();
            if (window)
                QMessageBox::critical(window, QCoreApplication::translate("main", "Compute Atlas"),
                                      QCoreApplication::translate("main", "The bundled data cannot be read: %1").arg(error));
            return false;
        }
        if (!store.userProblem().isEmpty())
            err << "compute-atlas: warning: " << store.userProblem() << '\n';
        for (const QString &notice : store.notices())
            err << "compute-atlas: note: " << notice << '\n';
        err.flush();
        return true;
    };
    const auto store = AtlasStore::unopened();

    if (!screenshot) {
        // The window first, its data right after the first frame: the window appears as fast as a bare Qt program
        // whatever the size of the user's data (a million rows take a second to read), saying that it is reading it.
        MainWindow window(*store, windowOptions);
        offerLanguages(window);
        if (options.size.isValid())
            window.resize(options.size);
        afterNextFrame(&window, [&window, &options, &store, &openStore] {
            if (!openStore(*store, &window)) {
                QCoreApplication::exit(1);
                return;
            }
            window.reloadData();
            if (options.quitAfterViewFrame)
                quitAfterNextFrame(&window);
            if (!options.importFile.isEmpty())
                window.openImportDialog(options.importFile);
        });
        // Installed last, so it sees the first frame first and its exit runs before the data is read.
        if (options.quitAfterFirstFrame)
            quitAfterFirstFrame(&window);
        window.show();
        return app.exec();
    }

    // A screenshot shows the view with its data: read before the window is built.
    if (!openStore(*store, nullptr))
        return 1;
    const Catalog catalog = Catalog::load(store->databases());
    MainWindow window(*store, catalog, windowOptions);
    offerLanguages(window);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(options.size.isValid() ? options.size : QSize(1280, 800));
    window.show();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QWidget *shown = &window;
    if (!options.importFile.isEmpty()) {
        // The dialog as it looks once its check has finished: the rows read, the encoding and the problems.
        ImportDialog *dialog = window.openImportDialog(options.importFile);
        if (dialog->isBusy()) {
            QEventLoop wait;
            QObject::connect(dialog, &ImportDialog::checked, &wait, &QEventLoop::quit);
            QTimer::singleShot(60000, &wait, &QEventLoop::quit);
            wait.exec();
        }
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        shown = dialog;
    }
    const QPixmap image = shown->grab();
    if (!image.save(options.screenshot, "PNG")) {
        err << "compute-atlas: cannot write the screenshot to " << options.screenshot << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setApplicationName(QStringLiteral("compute-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    // Settings live in ~/.config/compute-atlas/compute-atlas.conf. QSettings takes the domain when no
    // organization is set; the organization stays unset so the user database keeps its place
    // (~/.local/share/compute-atlas).
    QCoreApplication::setOrganizationDomain(QStringLiteral("compute-atlas"));
    if (Cli::isHeadless(args)) {
        if (Cli::needsGuiApplication(args)) {
            // PDF output lays text out with QtGui. A headless command never wants a display, so it renders
            // offscreen unless a platform is chosen (a stale DISPLAY would otherwise abort it).
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return Cli::run(args);
        }
        QCoreApplication app(argc, argv);
        return Cli::run(args);
    }

    QString error;
    const auto options = WindowOptions::parse(args, MainWindow::viewNames(), &error);
    if (!options) {
        QTextStream(stderr) << "compute-atlas: " << error << '\n';
        return 2;
    }
    return runWindow(argc, argv, *options);
}
