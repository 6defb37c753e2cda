// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <random>

namespace pgs::fuzz {

// Damage of the kinds disks, copies and hostile files produce: flipped bits, cut-short files,
// lengths and counts set to extremes, bytes inserted or zeroed, chunks duplicated.
class Mutator
{
public:
    explicit Mutator(quint64 seed) : m_random(seed) {}

    QByteArray mutate(QByteArray bytes, QString *what);
    // Copies the archive at source (file or directory-format folder) to target, damaged.
    bool mutateArchive(const QString &source, const QString &target, QString *what);

private:
    int below(int n) { return n <= 0 ? 0 : int(m_random() % quint64(n)); }

    std::mt19937_64 m_random;
};

} // namespace pgs::fuzz
