// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/preflight.h"

#include "migrations/folderreader.h"
#include "restore/sqlstatementscanner.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgs::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::Preflight)
};

QRegularExpression ci(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
}

QString firstLineOf(const QString &statement)
{
    const QString first = statement.section(QLatin1Char('\n'), 0, 0).trimmed();
    return first.size() > 120 ? first.left(117) + QStringLiteral("...") : first;
}
} // namespace

QList<Statement> splitStatements(const QString &sql, int firstLine)
{
    QList<Statement> out;
    auto scanner = SqlStatementScanner::allStatements(
        [&](const QString &text, int line) { out << Statement{text, line + firstLine - 1}; });
    scanner.feed(sql.toUtf8());
    scanner.finish();
    return out;
}

QString nonTransactionalReason(const QString &statement, int serverVersionNum)
{
    struct Rule
    {
        QRegularExpression pattern;
        const char *what;
    };
    static const QList<Rule> rules = {
        {ci("^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\b"), "CREATE INDEX CONCURRENTLY"},
        {ci("^DROP\\s+INDEX\\s+CONCURRENTLY\\b"), "DROP INDEX CONCURRENTLY"},
        {ci("^REINDEX\\b.*\\bCONCURRENTLY\\b"), "REINDEX CONCURRENTLY"},
        {ci("^REINDEX\\s+(\\([^)]*\\)\\s*)?(SYSTEM|DATABASE)\\b"), "REINDEX DATABASE/SYSTEM"},
        {ci("^VACUUM\\b"), "VACUUM"},
        {ci("^ALTER\\s+SYSTEM\\b"), "ALTER SYSTEM"},
        {ci("^(CREATE|DROP)\\s+DATABASE\\b"), "CREATE/DROP DATABASE"},
        {ci("^(CREATE|DROP)\\s+TABLESPACE\\b"), "CREATE/DROP TABLESPACE"},
        {ci("^CREATE\\s+SUBSCRIPTION\\b"), "CREATE SUBSCRIPTION"},
        {ci("^DROP\\s+SUBSCRIPTION\\b"), "DROP SUBSCRIPTION"},
        {ci("^CLUSTER\\s*$"), "CLUSTER (all tables)"},
        {ci("^ALTER\\s+DATABASE\\b.*\\bSET\\s+TABLESPACE\\b"), "ALTER DATABASE SET TABLESPACE"},
    };
    const QString s = statement.trimmed();
    for (const Rule &rule : rules) {
        if (rule.pattern.match(s).hasMatch())
            return QString::fromLatin1(rule.what);
    }
    static const QRegularExpression addValue = ci("^ALTER\\s+TYPE\\b.*\\bADD\\s+VALUE\\b");
    if (serverVersionNum > 0 && serverVersionNum < 120000 && addValue.match(s).hasMatch())
        return QStringLiteral("ALTER TYPE ... ADD VALUE");
    return {};
}

bool isTransactionControl(const QString &statement)
{
    static const QRegularExpression control = ci(
        "^(BEGIN|COMMIT|END|ABORT|START\\s+TRANSACTION|ROLLBACK(?!\\s+TO\\b)|COMMIT\\s+PREPARED|PREPARE\\s+TRANSACTION)\\b");
    return control.match(statement.trimmed()).hasMatch();
}

QString migrationLabel(const MigrationFile &file)
{
    return file.version.isEmpty() ? file.script : file.version + QLatin1Char(' ') + file.name;
}

QList<Finding> preflight(const MigrationFile &file, Format format, int serverVersionNum)
{
    QList<Finding> out;
    const QList<Statement> statements = splitStatements(file.upSql, file.upFirstLine);
    const QString where = QStringLiteral("%1 (%2)").arg(migrationLabel(file), file.script);
    for (const Statement &st : statements) {
        const QString object = Tr::tr("%1 line %2").arg(where).arg(st.line);
        const QString reason = nonTransactionalReason(st.text, serverVersionNum);
        if (!reason.isEmpty() && file.transactional) {
            Finding f;
            f.code = QStringLiteral("needs-no-transaction");
            f.severity = Severity::Critical;
            f.object = object;
            f.detail = Tr::tr("%1 cannot run inside a transaction: %2").arg(reason, firstLineOf(st.text));
            f.advice = Tr::tr("Mark the migration non-transactional with %1, keeping this statement in a "
                              "migration of its own")
                           .arg(noTransactionMarker(format));
            out << f;
        } else if (isTransactionControl(st.text) && file.transactional) {
            Finding f;
            f.code = QStringLiteral("transaction-control");
            f.severity = Severity::Critical;
            f.object = object;
            f.detail = Tr::tr("The migration controls the transaction itself: %1").arg(firstLineOf(st.text));
            f.advice = Tr::tr("Remove BEGIN/COMMIT: each migration already runs in its own transaction together "
                              "with its history row");
            out << f;
        }
    }
    if (!file.transactional && !statements.isEmpty()) {
        Finding f;
        f.code = QStringLiteral("runs-without-transaction");
        f.severity = Severity::Info;
        f.object = where;
        f.detail = Tr::tr("Runs outside a transaction (%n statement(s)): if one fails, the ones before it stay "
                          "applied",
                          "", int(statements.size()));
        f.advice = Tr::tr("Keep non-transactional migrations to a single statement that can be re-run (IF NOT "
                          "EXISTS)");
        out << f;
    }
    return out;
}

} // namespace pgs::migrations
