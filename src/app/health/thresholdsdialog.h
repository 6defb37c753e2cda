// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healththresholds.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace pgs {

// Edits a profile's health thresholds: every check's named limits with the default beside the
// value; an empty cell means the default. Saved atomically to the profile's settings file.
class ThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    ThresholdsDialog(const QString &profileId, const QString &profileName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Validates and writes the file; on failure shows why and returns false.
    bool save();

private:
    QString m_profileId;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace pgs
