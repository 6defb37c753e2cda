// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/serverview.h"
#include "shell/appcontext.h"
#include "shell/mainwindow.h"
#include "util/paths.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <functional>

namespace {

// Without a display QApplication aborts with a cryptic xcb message; say what to do instead.
bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
           || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

// --screenshot FILE: grab the window once the current tab has loaded (or failed), then quit.
// Used for the README and to look at the GUI on a headless machine.
void scheduleScreenshot(pgs::MainWindow *window, const QString &file)
{
    auto shoot = [window, file] {
        QTimer::singleShot(400, window, [window, file] {
            const bool saved = window->grab().save(file);
            std::fprintf(stderr, "%s\n", qPrintable(saved ? file : QStringLiteral("screenshot failed: ") + file));
            QApplication::exit(saved ? 0 : 1);
        });
    };
    if (pgs::ServerView *view = window->currentServerView()) {
        QObject::connect(view, &pgs::ServerView::overviewLoaded, window, shoot, Qt::SingleShotConnection);
        QObject::connect(view, &pgs::ServerView::loadFailed, window, shoot, Qt::SingleShotConnection);
        QTimer::singleShot(30'000, window, shoot); // a server that never answers
    } else {
        shoot();
    }
}

// --screenshot-views DIR: every view of the current server, one after the other, each given a few
// seconds to load, saved as DIR/NN-title.png; then quit. To look at all screens headless.
void scheduleViewScreenshots(pgs::MainWindow *window, const QString &dir)
{
    auto *step = new std::function<void(int)>;
    *step = [window, dir, step](int index) {
        pgs::ServerView *view = window->currentServerView();
        const QList<pgs::ServerView::ViewInfo> &views = pgs::ServerView::views();
        if (!view || index >= views.size()) {
            delete step;
            QApplication::exit(view ? 0 : 1);
            return;
        }
        view->showTab(views[index].tab);
        QTimer::singleShot(3000, window, [window, dir, step, index, views] {
            const QString name = QString::fromLatin1(views[index].title).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
            const QString file = QStringLiteral("%1/%2-%3.png").arg(dir).arg(index, 2, 10, QLatin1Char('0')).arg(name);
            std::fprintf(stderr, "%s\n", qPrintable(window->grab().save(file) ? file : QStringLiteral("failed: ") + file));
            (*step)(index + 1);
        });
    };
    QTimer::singleShot(2000, window, [step] { (*step)(0); });
}

} // namespace

int main(int argc, char **argv)
{
    if (!hasDisplay()) {
        QCoreApplication core(argc, argv); // only for the translation of the message
        pgs::installTranslations();
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "pgs::Main", "pgsteward needs a graphical display (X11 or Wayland); for headless use run pgsteward-cli")));
        return 1;
    }

    std::signal(SIGXFSZ, SIG_IGN); // a write past ulimit -f fails with EFBIG and is reported
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pgsteward"));
    QApplication::setApplicationName(QStringLiteral("pgsteward"));
    QApplication::setApplicationVersion(QStringLiteral(PGSTEWARD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/pgsteward.svg")));
    pgs::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("pgs::Main", "PostgreSQL operations workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption profileOption(QStringLiteral("profile"),
                                     QCoreApplication::translate("pgs::Main", "Connect to the profile NAME at start."),
                                     QStringLiteral("NAME"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption viewShotsOption(QStringLiteral("screenshot-views"), QString(), QStringLiteral("DIR"));
    viewShotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(profileOption);
    parser.addOption(screenshotOption);
    parser.addOption(viewShotsOption);
    parser.process(app);

    pgs::AppContext context(pgs::paths::profilesFile());
    pgs::MainWindow window(&context);
    window.restoreSession();
    if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        if (!window.openProfile(name))
            window.showWarning(QCoreApplication::translate("pgs::Main", "There is no profile named \"%1\".").arg(name));
    }
    window.show();
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(&window, parser.value(screenshotOption));
    else if (parser.isSet(viewShotsOption))
        scheduleViewScreenshots(&window, parser.value(viewShotsOption));
    return app.exec();
}
