// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/autovacuumsettings.h"

#include "pg/connection.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::Autovacuum)
};

const QRegularExpression &valuePattern()
{
    static const QRegularExpression value(QStringLiteral("^(-?[0-9]+(\\.[0-9]+)?|true|false|on|off)$"));
    return value;
}

// What PQescapeIdentifier returns for a valid string: double quotes around, inner ones doubled.
QString quoteIdentifier(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

const QList<AutovacuumPreset> &autovacuumPresets()
{
    static const QList<AutovacuumPreset> presets{
        {QStringLiteral("hot"), Tr::tr("Hot table (vacuum after 1 %, analyze after 0.5 % changes)"),
         {{QStringLiteral("autovacuum_vacuum_threshold"), QStringLiteral("1000")},
          {QStringLiteral("autovacuum_vacuum_scale_factor"), QStringLiteral("0.01")},
          {QStringLiteral("autovacuum_analyze_threshold"), QStringLiteral("500")},
          {QStringLiteral("autovacuum_analyze_scale_factor"), QStringLiteral("0.005")}}},
        {QStringLiteral("large-hot"), Tr::tr("Large busy table (vacuum after 2 % changes)"),
         {{QStringLiteral("autovacuum_vacuum_threshold"), QStringLiteral("5000")},
          {QStringLiteral("autovacuum_vacuum_scale_factor"), QStringLiteral("0.02")}}},
        {QStringLiteral("default"), Tr::tr("Server defaults (reset the table's settings)"), {}},
    };
    return presets;
}

const AutovacuumPreset *findAutovacuumPreset(const QString &id)
{
    for (const AutovacuumPreset &p : autovacuumPresets())
        if (p.id == id)
            return &p;
    return nullptr;
}

QStringList autovacuumParameters()
{
    return {QStringLiteral("autovacuum_enabled"),
            QStringLiteral("autovacuum_vacuum_threshold"),
            QStringLiteral("autovacuum_vacuum_scale_factor"),
            QStringLiteral("autovacuum_vacuum_insert_threshold"),
            QStringLiteral("autovacuum_vacuum_insert_scale_factor"),
            QStringLiteral("autovacuum_analyze_threshold"),
            QStringLiteral("autovacuum_analyze_scale_factor"),
            QStringLiteral("autovacuum_vacuum_cost_delay"),
            QStringLiteral("autovacuum_vacuum_cost_limit"),
            QStringLiteral("autovacuum_freeze_max_age")};
}

Result<QString> autovacuumSettingsSql(pg::Connection &conn, const TableRef &table, const QMap<QString, QString> &settings)
{
    const QString target = conn.quoteIdentifier(table.schema) + QLatin1Char('.') + conn.quoteIdentifier(table.name);
    const QStringList known = autovacuumParameters();
    if (settings.isEmpty())
        return QStringLiteral("ALTER TABLE %1 RESET (%2);").arg(target, known.join(QLatin1String(", ")));
    const QRegularExpression &value = valuePattern();
    QStringList parts;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (!known.contains(it.key()))
            return Error::of(Tr::tr("unknown autovacuum parameter '%1'").arg(it.key()));
        if (!value.match(it.value()).hasMatch())
            return Error::of(Tr::tr("'%1' is not a valid value for %2").arg(it.value(), it.key()));
        parts << it.key() + QStringLiteral(" = ") + it.value();
    }
    return QStringLiteral("ALTER TABLE %1 SET (%2);").arg(target, parts.join(QLatin1String(", ")));
}

QMap<QString, QString> parseAutovacuumOptions(const QString &options)
{
    QMap<QString, QString> out;
    for (const QString &part : options.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(item.left(eq), item.mid(eq + 1));
    }
    return out;
}

AutovacuumChange autovacuumChange(const QMap<QString, QString> &current, const QMap<QString, QString> &wanted)
{
    AutovacuumChange change;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QString v = it.value().trimmed();
        if (v.isEmpty()) {
            if (current.contains(it.key()))
                change.reset << it.key();
        } else if (current.value(it.key()) != v) {
            change.set.insert(it.key(), v);
        }
    }
    return change;
}

Result<QString> autovacuumChangeSql(const TableRef &table, const AutovacuumChange &change)
{
    const QStringList known = autovacuumParameters();
    QStringList parts;
    for (auto it = change.set.cbegin(); it != change.set.cend(); ++it) {
        if (!known.contains(it.key()))
            return Error::of(Tr::tr("unknown autovacuum parameter '%1'").arg(it.key()));
        if (!valuePattern().match(it.value()).hasMatch())
            return Error::of(Tr::tr("'%1' is not a valid value for %2").arg(it.value(), it.key()));
        parts << it.key() + QStringLiteral(" = ") + it.value();
    }
    for (const QString &name : change.reset)
        if (!known.contains(name))
            return Error::of(Tr::tr("unknown autovacuum parameter '%1'").arg(name));
    const QString target = quoteIdentifier(table.schema) + QLatin1Char('.') + quoteIdentifier(table.name);
    QStringList statements;
    if (!parts.isEmpty())
        statements << QStringLiteral("ALTER TABLE %1 SET (%2);").arg(target, parts.join(QLatin1String(", ")));
    if (!change.reset.isEmpty())
        statements << QStringLiteral("ALTER TABLE %1 RESET (%2);").arg(target, change.reset.join(QLatin1String(", ")));
    return statements.join(QLatin1Char('\n'));
}

} // namespace pgs::health
