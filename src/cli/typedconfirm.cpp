// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "typedconfirm.h"

namespace pgs::cli {

namespace {
struct TypedConfirm
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::TypedConfirm)
};
} // namespace

QString confirmationName(const std::optional<ConnectionProfile> &profile, const ConnectionSpec &spec)
{
    return profile ? profile->name : spec.value(QStringLiteral("dbname"));
}

std::optional<int> refuseUnlessConfirmed(const CommandParser &parser, const std::optional<ConnectionProfile> &profile,
                                         const ConnectionSpec &spec, const QString &why)
{
    const QString expected = confirmationName(profile, spec);
    if (!parser.isSet(QStringLiteral("confirm")))
        return usageError(TypedConfirm::tr("%1: add --confirm \"%2\".").arg(why, expected), parser.command());
    if (parser.value(QStringLiteral("confirm")) != expected)
        return usageError(TypedConfirm::tr("--confirm must be \"%1\" exactly.").arg(expected), parser.command());
    return std::nullopt;
}

} // namespace pgs::cli
