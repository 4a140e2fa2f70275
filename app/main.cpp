// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// hallwright [PLAN]: the desktop GUI. Everything lives in hw_ui; this only starts it.
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hallwright"));
    QApplication::setApplicationName(QStringLiteral("Hallwright"));
    QApplication::setApplicationVersion(QStringLiteral(HW_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hallwright.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Hallwright: capacity planner for liquid-cooled AI halls"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"),
                                 QStringLiteral("A plan to open (.hallplan or .json)."),
                                 QStringLiteral("[PLAN]"));
    parser.process(app);

    hw::ui::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, args] {
        if (!window.offerRecovery() && !args.isEmpty()) window.openFile(args.first());
    });
    return app.exec();
}
