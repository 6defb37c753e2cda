// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "connection/connectiontest.h"

#include <QJsonObject>

namespace pgs::cli {

namespace {
struct TestCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::TestCommand)
};
} // namespace

int runTestCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli test"),
                         TestCommand::tr("Open a connection, measure it and explain what is wrong if it fails."));
    parser.addTargetOptions();
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;

    Result<ConnectionSpec> spec = resolveTarget(parser);
    if (!spec) {
        if (parser.json())
            printJson(QJsonObject{{QStringLiteral("ok"), false},
                                  {QStringLiteral("code"), spec.error().code},
                                  {QStringLiteral("message"), spec.error().message}});
        return reportTargetError(spec.error(), parser);
    }

    std::optional<ConnectionTestReport> report;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        ctx.progress(-1, TestCommand::tr("Testing %1").arg(spec->describe()));
        Result<ConnectionTestReport> tested = testConnection(*spec);
        if (!tested)
            return tested.error();
        report = std::move(tested).value();
        return QVariant();
    });
    if (!done) {
        if (parser.json())
            printJson(QJsonObject{{QStringLiteral("ok"), false},
                                  {QStringLiteral("code"), done.error().code},
                                  {QStringLiteral("message"), done.error().message}});
        return reportError(done.error());
    }
    if (parser.json()) {
        QJsonObject object = report->toJson();
        object.insert(QStringLiteral("ok"), true);
        printJson(object);
        return ExitOk;
    }
    printOut(report->summary());
    printKeyValues({
        {TestCommand::tr("Server"), report->serverVersion},
        {TestCommand::tr("Host"), report->host},
        {TestCommand::tr("Database"), report->database},
        {TestCommand::tr("User"), report->user},
        {TestCommand::tr("SSL"), report->ssl ? QStringLiteral("%1 %2").arg(report->sslVersion, report->sslCipher)
                                             : TestCommand::tr("no")},
        {TestCommand::tr("Connect time"), TestCommand::tr("%1 ms").arg(report->connectMsecs, 0, 'f', 1)},
        {TestCommand::tr("Round trip"), TestCommand::tr("%1 ms").arg(report->roundTripMsecs, 0, 'f', 2)},
    });
    return ExitOk;
}

} // namespace pgs::cli
