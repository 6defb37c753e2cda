// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pgsteward-cli audit: the role and privilege audit (role/grant/revoke are in rolecommands.cpp).
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "audit/auditcollector.h"
#include "audit/auditreport.h"
#include "audit/auditstore.h"
#include "report/pdfdocument.h"
#include "jobs/connectedjob.h"
#include "util/atomicfile.h"

#include <QJsonDocument>

#include <cstring>

namespace pgs::cli {

namespace {

struct AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::AuditCommand)
};

Status writeExport(const AuditSnapshot &s, const AuditComparison *comparison, AuditExportFormat format, const QString &path)
{
    switch (format) {
    case AuditExportFormat::Html:
        return writeFileAtomically(path, auditReportHtml(s, comparison).toUtf8(), kPrivateFile, AuditCommand::tr("the audit report"));
    case AuditExportFormat::Csv:
        return writeFileAtomically(path, auditFindingsCsv(s), kPrivateFile, AuditCommand::tr("the audit report"));
    case AuditExportFormat::Json:
        return writeFileAtomically(path, QJsonDocument(auditJson(s, comparison)).toJson(), kPrivateFile,
                                   AuditCommand::tr("the audit report"));
    case AuditExportFormat::Pdf:
        if (const QString failed = writeHtmlPdf(auditReportHtml(s, comparison), {}, AuditCommand::tr("Security audit: %1").arg(s.server), path);
            !failed.isEmpty())
            return Error::of(failed);
        return ok();
    }
    return ok();
}

void printSummary(const AuditSnapshot &s, const AuditComparison *comparison)
{
    printOut(AuditCommand::tr("Audit of %1 as %2: %3 roles, %4 grants, %5 databases, %6 findings.")
                 .arg(s.server, s.connectedAs)
                 .arg(s.roles.size())
                 .arg(s.grants.size())
                 .arg(s.databases.size())
                 .arg(s.findings.size()));
    QList<QStringList> rows;
    for (Severity level : {Severity::Critical, Severity::Warning, Severity::Info})
        for (const Finding &f : s.findings)
            if (f.severity == level)
                rows.append({severityName(f.severity), f.code, f.object, f.detail});
    if (!rows.isEmpty())
        printTable({AuditCommand::tr("SEVERITY"), AuditCommand::tr("CODE"), AuditCommand::tr("OBJECT"), AuditCommand::tr("DETAIL")}, rows);
    if (comparison) {
        printOut(AuditCommand::tr("Since the previous audit: %1 roles added, %2 removed; %3 grants added, %4 removed; "
                                  "%5 findings new, %6 resolved.")
                     .arg(comparison->rolesAdded.size())
                     .arg(comparison->rolesRemoved.size())
                     .arg(comparison->grantsAdded.size())
                     .arg(comparison->grantsRemoved.size())
                     .arg(comparison->findingsNew.size())
                     .arg(comparison->findingsResolved.size()));
    }
}

} // namespace

bool auditNeedsGuiApplication(int argc, char **argv)
{
    // PDF goes through QTextDocument, which needs a QGuiApplication (offscreen is enough).
    bool audit = false;
    for (int i = 1; i < argc; ++i) {
        if (!audit && argv[i][0] != '-') {
            if (std::strcmp(argv[i], "audit") != 0)
                return false;
            audit = true;
        } else if (audit) {
            const QByteArray arg = QByteArray(argv[i]).toLower();
            const QByteArray next = i + 1 < argc ? QByteArray(argv[i + 1]).toLower() : QByteArray();
            if ((arg == "--format" && next == "pdf") || arg == "--format=pdf" || (arg == "--out" && next.endsWith(".pdf"))
                || (arg.startsWith("--out=") && arg.endsWith(".pdf")))
                return true; // with --format html the GUI application is merely unused
        }
    }
    return false;
}

int runAuditCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli audit"),
                         AuditCommand::tr("Role and privilege audit: roles, memberships, effective privileges of every "
                                          "database, authentication and configuration checks, with findings and fix SQL. "
                                          "Each audit is saved per profile."));
    parser.addTargetOptions();
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("out"), AuditCommand::tr("Also write the audit to FILE."), AuditCommand::tr("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), AuditCommand::tr("The format of --out: html, pdf, csv or json."),
                                        AuditCommand::tr("FORMAT")));
    parser.addOption(QCommandLineOption(QStringLiteral("fail-on"),
                                        AuditCommand::tr("Exit 1 when a finding at or above LEVEL (warning or critical) exists."),
                                        AuditCommand::tr("LEVEL")));
    parser.addOption(QCommandLineOption(QStringLiteral("compare"),
                                        AuditCommand::tr("Compare with a previous audit file (roles and grants added or removed, "
                                                         "findings new and resolved)."),
                                        AuditCommand::tr("PREVIOUS.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("require-password-expiry"),
                                        AuditCommand::tr("Treat login passwords without VALID UNTIL as warnings.")));
    if (auto exit = parser.parse(args))
        return *exit;
    std::optional<Severity> failOn;
    if (parser.isSet(QStringLiteral("fail-on"))) {
        failOn = severityFromName(parser.value(QStringLiteral("fail-on")));
        if (!failOn || *failOn == Severity::Info)
            return usageError(AuditCommand::tr("--fail-on takes warning or critical"), parser.command());
    }
    std::optional<AuditExportFormat> format;
    if (parser.isSet(QStringLiteral("out"))) {
        const QString out = parser.value(QStringLiteral("out"));
        format = auditExportFormat(parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                           : out.section(QLatin1Char('.'), -1));
        if (!format)
            return usageError(AuditCommand::tr("--format takes html, pdf, csv or json"), parser.command());
    } else if (parser.isSet(QStringLiteral("format"))) {
        return usageError(AuditCommand::tr("--format needs --out FILE"), parser.command());
    }
    std::optional<AuditSnapshot> previous;
    if (parser.isSet(QStringLiteral("compare"))) {
        auto loaded = AuditStore::load(parser.value(QStringLiteral("compare")));
        if (!loaded)
            return reportError(loaded.error());
        previous = std::move(loaded).value();
    }
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);

    AuditPolicy policy;
    policy.requirePasswordExpiry = parser.isSet(QStringLiteral("require-password-expiry"));
    std::optional<AuditSnapshot> snapshot;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        ctx.progress(-1, AuditCommand::tr("Connecting to %1").arg(spec->describe()));
        return runConnected(ctx, *spec, [&](pg::Connection &conn) -> JobResult {
            auto s = collectAudit(conn, *spec, ctx, policy);
            if (!s)
                return s.error();
            snapshot = std::move(s).value();
            return QVariant();
        });
    });
    if (!done)
        return reportError(done.error());
    if (profile)
        snapshot->profile = profile->name;
    const QString key = profile ? profile->id : QStringLiteral("db:") + spec->describe();
    if (auto saved = AuditStore().save(key, *snapshot); !saved)
        printWarning(saved.error().message);
    else if (isVerbose())
        printErr(AuditCommand::tr("Saved the audit to %1").arg(*saved));

    std::optional<AuditComparison> comparison;
    if (previous)
        comparison = compareAudits(*previous, *snapshot);
    const AuditComparison *cmp = comparison ? &*comparison : nullptr;
    if (format) {
        if (Status st = writeExport(*snapshot, cmp, *format, parser.value(QStringLiteral("out"))); !st)
            return reportError(st.error());
    }
    if (parser.json())
        printJson(auditJson(*snapshot, cmp));
    else
        printSummary(*snapshot, cmp);
    return failOn && anyAtOrAbove(snapshot->findings, *failOn) ? ExitFailed : ExitOk;
}

} // namespace pgs::cli
