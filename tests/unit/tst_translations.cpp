// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connecterror.h"
#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#ifndef PGSTEWARD_LUPDATE
#error "translations/CMakeLists.txt passes PGSTEWARD_LUPDATE"
#endif
#ifndef PGSTEWARD_QM_DIR
#error "translations/CMakeLists.txt passes PGSTEWARD_QM_DIR"
#endif

using namespace pgs;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append({context, {}, {}, {},
                             xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")});
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            if (!messages.last().numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (xml.name() == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<TsMessage> m_messages;
    QString m_lupdateOutput;

private Q_SLOTS:
    // Runs lupdate over today's sources into a copy of the German .ts, as update_translations would.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString sourceDir = qEnvironmentVariable("PGSTEWARD_SOURCE_DIR");
        QVERIFY2(!sourceDir.isEmpty(), "PGSTEWARD_SOURCE_DIR is not set");
        const QString ts = m_dir.filePath(QStringLiteral("pgsteward_de.ts"));
        QVERIFY(QFile::copy(sourceDir + QStringLiteral("/translations/pgsteward_de.ts"), ts));

        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir);
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        // No -no-obsolete: a string that left the sources must leave the .ts too (shows as vanished).
        lupdate.start(QStringLiteral(PGSTEWARD_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("src"), QStringLiteral("ui"),
                       QStringLiteral("-ts"), ts});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        m_lupdateOutput = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(m_lupdateOutput));
        m_messages = readTs(ts);
    }

    void lupdateFindsTheStrings()
    {
        // Far fewer messages would mean lupdate no longer sees the sources (wrong path, parse error).
        QVERIFY2(m_messages.size() >= 400, qPrintable(QStringLiteral("only %1 messages").arg(m_messages.size())));
        QSet<QString> contexts;
        for (const TsMessage &m : m_messages)
            contexts.insert(m.context);
        // One context of each kind: a .ui form, a QObject class, a free-function helper, the CLI.
        for (const char *expected : {"MainWindow", "pgs::MainWindow", "pgs::ConnectError", "pgs::cli::Main"})
            QVERIFY2(contexts.contains(QLatin1String(expected)), expected);
    }

    // lupdate files a tr() outside a class with Q_OBJECT / Q_DECLARE_TR_FUNCTIONS under the
    // namespace name, which is never the context used at run time: such strings stay English.
    void everyTrCallHasItsRunTimeContext()
    {
        QStringList lacking;
        for (const QString &line : m_lupdateOutput.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("lacks Q_OBJECT")))
                lacking.append(line.trimmed());
        }
        QVERIFY2(lacking.isEmpty(), qPrintable(QStringLiteral("tr() without a context lupdate understands:\n")
                                               + lacking.join(QLatin1Char('\n'))));
    }

    void everyStringHasAFinishedGermanTranslation()
    {
        QStringList unfinished;
        QStringList stale;
        for (const TsMessage &m : m_messages) {
            const bool empty = m.translations.isEmpty()
                || std::any_of(m.translations.cbegin(), m.translations.cend(),
                               [](const QString &t) { return t.isEmpty(); });
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                stale.append(describe(m));
            else if (m.type == QLatin1String("unfinished") || empty)
                unfinished.append(describe(m));
        }
        // QTest cuts long failure messages, so the full lists go to the log first.
        for (const QString &line : std::as_const(unfinished))
            qWarning().noquote() << "untranslated:" << line;
        for (const QString &line : std::as_const(stale))
            qWarning().noquote() << "no longer in the sources:" << line;
        QVERIFY2(unfinished.isEmpty() && stale.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) without a finished German translation, %2 translation(s) "
                                           "of strings no longer in the sources (listed above). Run the "
                                           "update_translations target and translate translations/pgsteward_de.ts.")
                                .arg(unfinished.size())
                                .arg(stale.size())));
    }

    void placeholdersSurviveTranslation()
    {
        QStringList broken;
        for (const TsMessage &m : m_messages) {
            for (const QString &t : m.translations) {
                if (!t.isEmpty() && placeholders(t) != placeholders(m.source))
                    broken.append(describe(m) + QStringLiteral(" -> \"%1\"").arg(t));
            }
        }
        for (const QString &line : std::as_const(broken))
            qWarning().noquote() << "placeholders differ:" << line;
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("%1 translation(s) change the placeholders (listed above)")
                                                  .arg(broken.size())));
    }

    // English is the source language, but "%n table(s)" needs its plural forms: every plural
    // string has both in pgsteward_en.ts, and the compiled catalog says "1 table" / "2 tables".
    void englishPluralsAreComplete()
    {
        const QString sourceDir = qEnvironmentVariable("PGSTEWARD_SOURCE_DIR");
        const QString ts = m_dir.filePath(QStringLiteral("pgsteward_en.ts"));
        QVERIFY(QFile::copy(sourceDir + QStringLiteral("/translations/pgsteward_en.ts"), ts));
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir);
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(PGSTEWARD_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-pluralonly"),
                       QStringLiteral("-source-language"), QStringLiteral("en"), QStringLiteral("-target-language"),
                       QStringLiteral("en"), QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QStringList unfinished;
        int plurals = 0;
        for (const TsMessage &m : readTs(ts)) {
            if (!m.numerus)
                continue;
            ++plurals;
            if (m.type == QLatin1String("unfinished") || m.translations.size() != 2 || m.translations.contains(QString())
                || m.translations.join(QString()).contains(QLatin1String("(s)")))
                unfinished.append(describe(m));
        }
        QVERIFY(plurals >= 10);
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("plural strings without English forms in "
                                                                 "translations/pgsteward_en.ts:\n")
                                                  + unfinished.join(QLatin1Char('\n'))));

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("pgsteward_en"), QStringLiteral(PGSTEWARD_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        QCOMPARE(QCoreApplication::translate("pgs::ServiceImportDialog", "%n profile(s) imported.", nullptr, 1),
                 QStringLiteral("1 profile imported."));
        QCOMPARE(QCoreApplication::translate("pgs::ServiceImportDialog", "%n profile(s) imported.", nullptr, 3),
                 QStringLiteral("3 profiles imported."));
    }

    // The compiled .qm in the build tree, as the applications load it.
    void compiledCatalogTranslates()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("pgsteward_de"), QStringLiteral(PGSTEWARD_QM_DIR)),
                 PGSTEWARD_QM_DIR "/pgsteward_de.qm does not load");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

        QCOMPARE(JobContext::canceledError().message, QStringLiteral("Abgebrochen"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("pgs::ProfilesPanel", "&Connect"), QStringLiteral("&Verbinden"));
        QCOMPARE(QCoreApplication::translate("pgs::ServiceImportDialog", "%n profile(s) imported.", nullptr, 1),
                 QStringLiteral("1 Profil importiert."));
        QCOMPARE(QCoreApplication::translate("pgs::ServiceImportDialog", "%n profile(s) imported.", nullptr, 3),
                 QStringLiteral("3 Profile importiert."));

        // Through the real code of a free-function translation helper in core.
        ConnectionSpec spec;
        spec.set(QStringLiteral("host"), QStringLiteral("db.example"));
        spec.set(QStringLiteral("port"), QStringLiteral("5432"));
        spec.set(QStringLiteral("user"), QStringLiteral("app"));
        const Error error = classifyConnectError(
            QStringLiteral("connection to server at \"db.example\" (10.0.0.1), port 5432 failed: FATAL:  "
                           "password authentication failed for user \"app\""),
            spec, true);
        QCOMPARE(error.code, QStringLiteral("auth-failed"));
        QVERIFY2(error.message.startsWith(QLatin1String("Falsches Passwort")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
