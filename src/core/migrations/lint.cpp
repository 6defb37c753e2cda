// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/lint.h"

#include "migrations/preflight.h"
#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pgs::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::Lint)
};

QRegularExpression ci(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
}

// A possibly qualified, possibly quoted name: public."Order Items", orders.
const char *const kName = "((?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][\\w$]*)(?:\\.(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][\\w$]*))?)";

QRegularExpression createIndex()
{
    return ci(QByteArray(QByteArray("^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                          "(?:(?!ON\\s)(?:\"[^\"]+\"|[\\w$]+)\\s+)?ON\\s+(?:ONLY\\s+)?")
               + kName)
                  .constData());
}

QRegularExpression alterTable()
{
    return ci(QByteArray(QByteArray("^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?") + kName + "\\s+(.*)$").constData());
}

struct Target
{
    QString table;
    QString rest; // ALTER TABLE: the actions
    bool createIndex = false;
    bool concurrently = false;
};

std::optional<Target> targetOf(const QString &statement)
{
    static const QRegularExpression index = createIndex();
    static const QRegularExpression alter = alterTable();
    const QString s = statement.trimmed();
    if (const auto m = index.match(s); m.hasMatch())
        return Target{m.captured(2), {}, true, !m.captured(1).isEmpty()};
    if (const auto m = alter.match(s); m.hasMatch())
        return Target{m.captured(1), m.captured(2), false, false};
    return std::nullopt;
}

QString sizeText(const TableSize &size)
{
    if (size.estimatedRows < 0) // never analyzed: the size alone
        return QLocale::system().formattedDataSize(size.bytes);
    return Tr::tr("%1, about %2 rows").arg(QLocale::system().formattedDataSize(size.bytes),
                                          QLocale::system().toString(size.estimatedRows));
}
} // namespace

QStringList referencedTables(const QList<MigrationFile> &files)
{
    QStringList names;
    for (const MigrationFile &file : files) {
        for (const Statement &st : splitStatements(file.upSql, file.upFirstLine)) {
            if (const auto t = targetOf(st.text); t && !names.contains(t->table))
                names << t->table;
        }
    }
    return names;
}

Result<TableSizes> readTableSizes(pg::Connection &conn, const QStringList &names)
{
    TableSizes sizes;
    if (names.isEmpty())
        return sizes;
    auto r = conn.exec(sql::query(QStringLiteral("migrations/table_sizes")), {QVariant(names)});
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        sizes.insert(r->text(i, "wanted"), TableSize{r->text(i, "relation"), r->toInt64(i, "bytes"), r->toInt64(i, "estimated_rows", -1)});
    return sizes;
}

QList<Finding> lintMigration(const MigrationFile &file, const TableSizes &sizes, const LintOptions &options)
{
    static const QRegularExpression lockTimeout = ci("^SET\\s+(LOCAL\\s+|SESSION\\s+)?lock_timeout\\b");
    static const QRegularExpression columnType = ci("\\bALTER\\s+(?:COLUMN\\s+)?(\"[^\"]+\"|[\\w$]+)\\s+(?:SET\\s+DATA\\s+)?TYPE\\b");
    static const QRegularExpression volatileDefault = ci(
        "\\bADD\\s+(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"[^\"]+\"|[\\w$]+)\\b[^,]*\\bDEFAULT\\s+[^,]*\\b"
        "(random|gen_random_uuid|uuid_generate_v[14]\\w*|clock_timestamp|timeofday|nextval)\\s*\\(");
    static const QRegularExpression setNotNull = ci("\\bALTER\\s+(?:COLUMN\\s+)?(\"[^\"]+\"|[\\w$]+)\\s+SET\\s+NOT\\s+NULL\\b");
    static const QRegularExpression addConstraint = ci("\\bADD\\s+(?:CONSTRAINT\\s+(?:\"[^\"]+\"|[\\w$]+)\\s+)?(FOREIGN\\s+KEY|CHECK)\\b");
    static const QRegularExpression notValid = ci("\\bNOT\\s+VALID\\b");

    QList<Finding> out;
    bool timeoutSet = false;
    bool lockingStatement = false;
    QString firstLockedTable;
    Severity lockSeverity = Severity::Info; // the lock_timeout matters as much as the largest table locked
    const QString where = migrationLabel(file);
    for (const Statement &st : splitStatements(file.upSql, file.upFirstLine)) {
        if (lockTimeout.match(st.text.trimmed()).hasMatch()) {
            timeoutSet = true;
            continue;
        }
        const auto target = targetOf(st.text);
        if (!target || !sizes.contains(target->table))
            continue; // not a locking statement, or a table created by the migrations themselves
        const TableSize size = sizes.value(target->table);
        const Severity severity = size.bytes >= options.largeTableBytes ? Severity::Warning : Severity::Info;
        auto add = [&](const char *code, const QString &detail, const QString &advice, const QString &fixSql = {}) {
            Finding f;
            f.code = QString::fromLatin1(code);
            f.severity = severity;
            f.object = Tr::tr("%1 line %2: %3").arg(where).arg(st.line).arg(size.relation);
            f.detail = detail + QStringLiteral(" (") + sizeText(size) + QLatin1Char(')');
            f.value = size.bytes;
            f.threshold = options.largeTableBytes;
            f.advice = advice;
            f.fixSql = fixSql;
            out << f;
        };
        if (target->createIndex) {
            if (!target->concurrently) {
                lockingStatement = true;
                QString safer = st.text.trimmed();
                safer.replace(ci("\\bINDEX\\s+"), QStringLiteral("INDEX CONCURRENTLY "));
                add("index-without-concurrently", Tr::tr("CREATE INDEX blocks writes to the table while it builds"),
                    Tr::tr("Build it with CREATE INDEX CONCURRENTLY in a non-transactional migration of its own"), safer);
            }
        } else {
            const QString actions = target->rest;
            if (const auto m = columnType.match(actions); m.hasMatch()) {
                lockingStatement = true;
                add("column-type-rewrite", Tr::tr("ALTER COLUMN %1 TYPE rewrites the table under an exclusive lock").arg(m.captured(1)),
                    Tr::tr("Add a new column, backfill it in batches, then switch over; or make sure the new type is "
                           "binary-compatible (e.g. varchar(n) to text)"));
            }
            if (const auto m = volatileDefault.match(actions); m.hasMatch()) {
                lockingStatement = true;
                add("volatile-default-rewrite", Tr::tr("ADD COLUMN %1 with the volatile default %2() rewrites the table").arg(m.captured(1), m.captured(2)),
                    Tr::tr("Add the column without a default (or with a constant one), then backfill it in batches"));
            }
            if (const auto m = setNotNull.match(actions); m.hasMatch()) {
                lockingStatement = true;
                add("set-not-null-scan", Tr::tr("SET NOT NULL on %1 scans the whole table under an exclusive lock").arg(m.captured(1)),
                    Tr::tr("First ADD CONSTRAINT ... CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, then SET "
                           "NOT NULL (PostgreSQL 12+ then skips the scan)")
                        .arg(m.captured(1)));
            }
            if (const auto m = addConstraint.match(actions); m.hasMatch() && !notValid.match(actions).hasMatch()) {
                lockingStatement = true;
                add("constraint-without-not-valid", Tr::tr("ADD %1 checks every row while holding a lock").arg(m.captured(1).simplified().toUpper()),
                    Tr::tr("Add it NOT VALID, then VALIDATE CONSTRAINT in a later step (takes a weaker lock)"));
            }
            if (!lockingStatement)
                lockingStatement = true; // any ALTER TABLE takes an ACCESS EXCLUSIVE lock, if briefly
        }
        if (lockingStatement && !timeoutSet) {
            if (firstLockedTable.isEmpty())
                firstLockedTable = size.relation;
            lockSeverity = std::max(lockSeverity, severity);
        }
    }
    if (!firstLockedTable.isEmpty()) {
        Finding f;
        f.code = QStringLiteral("no-lock-timeout");
        f.severity = lockSeverity;
        f.object = where;
        f.detail = Tr::tr("Locks %1 without a lock_timeout: waiting behind a long query, it blocks every query "
                          "queued after it")
                       .arg(firstLockedTable);
        f.fixSql = QStringLiteral("SET lock_timeout = '5s';");
        f.advice = Tr::tr("Start the migration with SET lock_timeout so that it fails fast instead of stalling the "
                          "table; run it again later");
        out << f;
    }
    return out;
}

} // namespace pgs::migrations
