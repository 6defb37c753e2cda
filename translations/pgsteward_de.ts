<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupCatalogView</name>
    <message>
        <location filename="../ui/backup/backupcatalogview.ui" line="+8"/>
        <source>Catalog:</source>
        <translation>Katalog:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;cover to a moment…</source>
        <translation>Zu einem &amp;Zeitpunkt wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Wechseln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>Wieder&amp;herstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prune…</source>
        <translation>A&amp;ufräumen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;undle…</source>
        <translation>Pa&amp;ket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ff-site</source>
        <translation>&amp;Extern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected backup to an off-site destination, or manage the destinations</source>
        <translation>Die gewählte Sicherung an ein externes Ziel kopieren oder die Ziele verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import bundle…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule…</source>
        <translation>&amp;Zeitplan…</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <location filename="../ui/offsite/destinationsdialog.ui" line="+5"/>
        <source>Off-site destinations</source>
        <translation>Externe Ziele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies of catalog backups go to these destinations, encrypted with age before they leave the machine. No secret is stored: S3 keys come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, SFTP keys from ssh-agent.</source>
        <translation>Kopien der Katalogsicherungen gehen an diese Ziele, mit age verschlüsselt, bevor sie den Rechner verlassen. Kein Geheimnis wird gespeichert: S3-Schlüssel kommen aus AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, SFTP-Schlüssel vom ssh-agent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New destination</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S3 &amp;endpoint:</source>
        <translation>S3-End&amp;punkt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Path-style</source>
        <translation>Pf&amp;adstil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Encrypt to:</source>
        <translation>&amp;Verschlüsseln für:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> daily</source>
        <translation> täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> weekly</source>
        <translation> wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> monthly</source>
        <translation> monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> last</source>
        <translation> letzte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>FetchDialog</name>
    <message>
        <location filename="../ui/offsite/fetchdialog.ui" line="+5"/>
        <source>Fetch a backup from off-site</source>
        <translation>Sicherung von extern holen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Identity file:</source>
        <translation>&amp;Identitätsdatei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../ui/backup/formatpage.ui" line="+5"/>
        <source>Format and compression</source>
        <translation>Format und Komprimierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the dump is written.</source>
        <translation>Wie der Dump geschrieben wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Custom: one compressed file, selective restore with pg_restore</source>
        <translation>&amp;Custom: eine komprimierte Datei, selektive Wiederherstellung mit pg_restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Directory: one file per table, parallel dump</source>
        <translation>&amp;Directory: eine Datei pro Tabelle, paralleler Dump</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel &amp;jobs:</source>
        <translation>Parallele &amp;Prozesse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tar: one uncompressed archive</source>
        <translation>&amp;Tar: ein unkomprimiertes Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plain SQL script for psql</source>
        <translation>&amp;Reines SQL-Skript für psql</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../ui/audit/grantdialog.ui" line="+9"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects:</source>
        <translation>Objekte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names (one per line):</source>
        <translation>Namen (einer pro Zeile):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For objects of role:</source>
        <translation>Für Objekte der Rolle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Privileges</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With grant option (grant) / cascade (revoke)</source>
        <translation>Mit Weitergaberecht (gewähren) / kaskadierend (entziehen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles (checked):</source>
        <translation>Rollen (angehakt):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview SQL</source>
        <translation>SQL-Vorschau</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../ui/health/healthview.ui" line="+13"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Run checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Schwellen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While a dashboard of this profile samples, show a desktop notification when a connection, query, transaction or replication threshold is crossed.</source>
        <translation>Solange ein Dashboard dieses Profils Messwerte erfasst, eine Desktop-Benachrichtigung zeigen, wenn ein Schwellwert für Verbindungen, Abfragen, Transaktionen oder Replikation überschritten wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify</source>
        <translation>&amp;Benachrichtigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Past runs:</source>
        <translation>Frühere Läufe:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The fix SQL of the selected finding</source>
        <translation>Das Korrektur-SQL des gewählten Befunds</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Fix…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.ui" line="+6"/>
        <source>pgsteward</source>
        <translation>pgsteward</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backup</source>
        <translation>&amp;Sicherung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from pg_service.conf…</source>
        <translation>Aus pg_service.conf &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back&amp;ups…</source>
        <translation>Sicherun&amp;gen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start &amp;demo workload</source>
        <translation>&amp;Demo-Last starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About pgsteward</source>
        <translation>&amp;Über pgsteward</translation>
    </message>
</context>
<context>
    <name>MaintenanceView</name>
    <message>
        <location filename="../ui/health/maintenanceview.ui" line="+11"/>
        <source>Tables of the database (most dead rows first):</source>
        <translation>Tabellen der Datenbank (meiste tote Zeilen zuerst):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dead rows</source>
        <translation>Tote Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live rows</source>
        <translation>Lebende Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last vacuum</source>
        <translation>Letztes Vacuum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last analyze</source>
        <translation>Letztes Analyze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autovacuum settings</source>
        <translation>Autovacuum-Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>FULL</source>
        <translation>FULL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FREEZE</source>
        <translation>FREEZE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ANALYZE</source>
        <translation>ANALYZE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SKIP_LOCKED</source>
        <translation>SKIP_LOCKED</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CONCURRENTLY</source>
        <translation>CONCURRENTLY</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Index cleanup:</source>
        <translation>Index-Bereinigung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parallel workers:</source>
        <translation>Parallele Worker:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Run on the checked tables</source>
        <translation>Auf den markierten Tabellen aus&amp;führen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Per-table autovacuum settings of the checked tables, with the runbooks&apos; presets for hot tables:</source>
        <translation>Autovacuum-Einstellungen der markierten Tabellen, mit den Vorgaben der Runbooks für stark genutzte Tabellen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Autovacuum &amp;settings…</source>
        <translation>Autovacuum-&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>MigrationsView</name>
    <message>
        <location filename="../ui/migrations/migrationsview.ui" line="+10"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The migrations folder of the project</source>
        <translation>Der Migrationsordner des Projekts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the folder that holds the migrations (Flyway, golang-migrate, dbmate, sqlx, Alembic or pgsteward&apos;s own NNNN_name.up.sql).</source>
        <translation>Den Ordner mit den Migrationen wählen (Flyway, golang-migrate, dbmate, sqlx, Alembic oder pgstewards eigenes NNNN_name.up.sql).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a migration to see its SQL.</source>
        <translation>Eine Migration wählen, um ihr SQL zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Apply pending</source>
        <translation>Ausstehende &amp;anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;to here</source>
        <translation>Bis &amp;hier anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll &amp;back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dr&amp;y run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../ui/backup/optionspage.ui" line="+5"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune what pg_dump writes.</source>
        <translation>Feineinstellungen dafür, was pg_dump schreibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No &amp;owner: do not set object ownership on restore</source>
        <translation>&amp;Kein Eigentümer: bei der Wiederherstellung keine Eigentümer setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;privileges: leave out GRANT and REVOKE</source>
        <translation>Keine &amp;Rechte: GRANT und REVOKE weglassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clean: drop objects before creating them (plain SQL only)</source>
        <translation>&amp;Bereinigen: Objekte vor dem Anlegen löschen (nur reines SQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;IF EXISTS when dropping</source>
        <translation>Beim Löschen &amp;IF EXISTS verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>Kodi&amp;erung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock &amp;wait timeout:</source>
        <translation>Wartezeit auf &amp;Sperren:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record exact &amp;row counts (from the dump&apos;s snapshot; checked by the restore test)</source>
        <translation>Exakte Zei&amp;lenzahlen erfassen (aus dem Snapshot des Dumps; vom Wiederherstellungstest geprüft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtra arguments:</source>
        <translation>Zusätzliche &amp;Argumente:</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../ui/monitor/overviewwidget.ui" line="+10"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload now (the overview also refreshes every 10 seconds while it is shown)</source>
        <translation>Jetzt neu laden (solange die Übersicht angezeigt wird, aktualisiert sie sich alle 10 Sekunden)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active sessions:</source>
        <translation>Aktive Sitzungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connections:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cache hit ratio:</source>
        <translation>Cache-Trefferquote:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
</context>
<context>
    <name>PitrView</name>
    <message>
        <location filename="../ui/pitr/pitrview.ui" line="+8"/>
        <source>Base backups (&amp;catalog):</source>
        <translation>Basissicherungen (&amp;Katalog):</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;WAL archive:</source>
        <translation>&amp;WAL-Archiv:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;cover a moment…</source>
        <translation>Einen Zeitpunkt &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/connection/profiledialog.ui" line="+5"/>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Billing primary</source>
        <translation>z. B. Abrechnung Primärserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name, IP address or socket directory</source>
        <translation>Name, IP oder Socket-Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: same as the user</source>
        <translation>Standard: wie der Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Store password in:</source>
        <translation>Passwort &amp;speichern in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Root certificate:</source>
        <translation>Stamm&amp;zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate to verify the server</source>
        <translation>CA-Zertifikat zur Prüfung des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+9"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Client-Zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for certificate authentication</source>
        <translation>für die Zertifikatsauthentifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client &amp;key:</source>
        <translation>Client-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private key of the client certificate</source>
        <translation>Schlüssel zum Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect &amp;timeout:</source>
        <translation>Verb&amp;indungs-Timeout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wait forever</source>
        <translation>unbegrenzt warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Application name:</source>
        <translation>&amp;Anwendungsname:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_service.conf section (optional)</source>
        <translation>pg_service.conf-Abschnitt (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ools directory:</source>
        <translation>Pr&amp;ogrammverzeichnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where pg_dump &amp; co. live (default: found automatically)</source>
        <translation>leer: automatisch gesucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Volume capacity:</source>
        <translation>Datenträger&amp;kapazität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size of the volume holding the data directory, for disk-space forecasts</source>
        <translation>Größe des Datenträgers mit dem Datenverzeichnis, für Speicherplatzprognosen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Production server</source>
        <translation>P&amp;roduktionsserver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows a coloured banner and asks twice before risky actions</source>
        <translation>Zeigt ein farbiges Banner und fragt vor riskanten Aktionen zweimal nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner colour…</source>
        <translation>Bannerfarbe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read-only</source>
        <translation>Nur &amp;lesend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every session is read-only (default_transaction_read_only) and write actions (restore, maintenance, slots…) are refused</source>
        <translation>Jede Sitzung ist nur lesend (default_transaction_read_only), schreibende Aktionen (Wiederherstellung, Wartung, Slots…) werden abgelehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <location filename="../ui/backup/prunedialog.ui" line="+5"/>
        <source>Prune backups</source>
        <translation>Sicherungen aufräumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep &amp;last:</source>
        <translation>&amp;Letzte behalten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Daily:</source>
        <translation>&amp;Täglich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weekly:</source>
        <translation>&amp;Wöchentlich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Monthly:</source>
        <translation>&amp;Monatlich:</translation>
    </message>
</context>
<context>
    <name>ReplicationView</name>
    <message>
        <location filename="../ui/replication/replicationview.ui" line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause replay</source>
        <translation>Wiedergabe &amp;anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume replay</source>
        <translation>Wiedergabe &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;mote…</source>
        <translation>&amp;Hochstufen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Standbys</source>
        <translation>Standbys</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replication slots</source>
        <translation>Replikations-Slots</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create slot…</source>
        <translation>Slot &amp;anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop slot…</source>
        <translation>Slot &amp;löschen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logical replication (this database)</source>
        <translation>Logische Replikation (diese Datenbank)</translation>
    </message>
</context>
<context>
    <name>RestoreContentsPage</name>
    <message>
        <location filename="../ui/restore/restorecontentspage.ui" line="+5"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick what to restore. Everything is ticked to begin with.</source>
        <translation>Markieren Sie, was wiederhergestellt werden soll. Zu Beginn ist alles markiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick a&amp;ll</source>
        <translation>Alle a&amp;bwählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select &amp;table with its data, indexes and constraints</source>
        <translation>&amp;Tabelle mit ihren Daten, Indizes und Constraints auswählen</translation>
    </message>
</context>
<context>
    <name>RestoreGlobalsPage</name>
    <message>
        <location filename="../ui/restore/restoreglobalspage.ui" line="+5"/>
        <source>Globals</source>
        <translation>Globale Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles, role memberships and tablespaces from the backup&apos;s globals file. The ticked ones are created on the server before the database is restored.</source>
        <translation>Rollen, Rollenmitgliedschaften und Tablespaces aus der Globals-Datei der Sicherung. Die angehakten werden vor der Wiederherstellung der Datenbank auf dem Server angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablespaces are not ticked: CREATE TABLESPACE needs its directory to exist on the database server already, empty and owned by the PostgreSQL service user.</source>
        <translation>Tablespaces sind nicht angehakt: CREATE TABLESPACE braucht ein bereits vorhandenes, leeres Verzeichnis auf dem Datenbankserver, das dem PostgreSQL-Dienstbenutzer gehört.</translation>
    </message>
</context>
<context>
    <name>RestoreOptionsPage</name>
    <message>
        <location filename="../ui/restore/restoreoptionspage.ui" line="+5"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How pg_restore (or psql, for a plain dump) runs.</source>
        <translation>Wie pg_restore (oder psql bei einem reinen SQL-Dump) ausgeführt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallel &amp;jobs:</source>
        <translation>Parallele &amp;Prozesse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore:</source>
        <translation>Wiederherstellen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema &amp;and data</source>
        <translation>Schema &amp;und Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schema only</source>
        <translation>Nur &amp;Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data only</source>
        <translation>Nur &amp;Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No &amp;owner: the objects belong to the user restoring them (--no-owner)</source>
        <translation>&amp;Kein Eigentümer: die Objekte gehören dem Benutzer, der sie wiederherstellt (--no-owner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;privileges: skip GRANT and REVOKE (--no-privileges)</source>
        <translation>Keine &amp;Rechte: GRANT und REVOKE überspringen (--no-privileges)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as &amp;role:</source>
        <translation>Als R&amp;olle ausführen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single &amp;transaction: all or nothing (not with parallel jobs)</source>
        <translation>Eine einzige &amp;Transaktion: alles oder nichts (nicht mit parallelen Prozessen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at the first &amp;error</source>
        <translation>Beim ersten F&amp;ehler anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable t&amp;riggers while loading data (data only; needs a superuser)</source>
        <translation>Trigger beim Laden der Daten &amp;abschalten (nur Daten; braucht einen Superuser)</translation>
    </message>
</context>
<context>
    <name>RestoreResultDialog</name>
    <message>
        <location filename="../ui/restore/restoreresultdialog.ui" line="+14"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Errors</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Row counts</source>
        <translation>&amp;Zeilenzahlen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Cancel restore</source>
        <translation>Wiederherstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;ose</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>RestoreSourcePage</name>
    <message>
        <location filename="../ui/restore/restoresourcepage.ui" line="+5"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup to restore. Its checksums are verified before anything else happens.</source>
        <translation>Wählen Sie die Sicherung, die wiederhergestellt werden soll. Ihre Prüfsummen werden vor allem anderen geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup from the &amp;catalog:</source>
        <translation>Eine Sicherung aus dem &amp;Katalog:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any other &amp;file or folder (custom, directory, tar, .sql, .sql.gz, .sql.zst or a .tar.zst / .tar.gz bundle):</source>
        <translation>Eine andere &amp;Datei oder ein anderer Ordner (Custom, Directory, Tar, .sql, .sql.gz, .sql.zst oder ein Paket .tar.zst / .tar.gz):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ile…</source>
        <translation>Da&amp;tei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From off-&amp;site…</source>
        <translation>Von e&amp;xtern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse an off-site destination&apos;s copies and fetch one into the catalog</source>
        <translation>Die Kopien eines externen Ziels durchsehen und eine in den Katalog holen</translation>
    </message>
</context>
<context>
    <name>RestoreSummaryPage</name>
    <message>
        <location filename="../ui/restore/restoresummarypage.ui" line="+5"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what will happen, then press Start restore to run it as a job.</source>
        <translation>Prüfen Sie, was geschehen wird, und klicken Sie dann auf „Wiederherstellung starten“, um sie als Auftrag auszuführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands (the password goes through a private passfile and is never shown):</source>
        <translation>Befehle (das Passwort wird über eine private Passwortdatei übergeben und nie angezeigt):</translation>
    </message>
</context>
<context>
    <name>RestoreTargetPage</name>
    <message>
        <location filename="../ui/restore/restoretargetpage.ui" line="+5"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to restore. A new database is the safe choice: nothing that exists is touched.</source>
        <translation>Wohin wiederhergestellt wird. Eine neue Datenbank ist die sichere Wahl: nichts Vorhandenes wird angetastet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore into</source>
        <translation>Wiederherstellen in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;new database, created for you:</source>
        <translation>Eine &amp;neue Datenbank, die angelegt wird:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An &amp;existing database:</source>
        <translation>Eine &amp;vorhandene Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A throwaway &amp;sandbox cluster in:</source>
        <translation>Einen Wegwerf-&amp;Sandbox-Cluster in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clean: drop the objects of the backup before creating them again (--clean --if-exists)</source>
        <translation>&amp;Bereinigen: die Objekte der Sicherung vor dem Neuanlegen löschen (--clean --if-exists)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These objects will be dropped:</source>
        <translation>Diese Objekte werden gelöscht:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lift the production guard for this restore</source>
        <translation>Produktionsschutz für diese Wiederherstellung &amp;aufheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ype the database name to confirm:</source>
        <translation>Datenbanknamen zur Bestätigung &amp;eingeben:</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../ui/audit/roledialog.ui" line="+9"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat password:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2027-01-31, infinity; empty: unchanged</source>
        <translation>z. B. 2027-01-31, infinity; leer: unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection limit:</source>
        <translation>Verbindungslimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can log in</source>
        <translation>Darf sich anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create databases</source>
        <translation>Datenbanken anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create roles</source>
        <translation>Rollen anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inherit privileges of its groups</source>
        <translation>Rechte ihrer Gruppen erben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bypass row-level security</source>
        <translation>Row-Level-Security umgehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member of (checked roles):</source>
        <translation>Mitglied von (angehakte Rollen):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview SQL</source>
        <translation>SQL-Vorschau</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/backup/scheduledialog.ui" line="+5"/>
        <source>Backup schedule</source>
        <translation>Sicherungszeitplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day &amp;at:</source>
        <translation>&amp;Täglich um:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or systemd &amp;calendar:</source>
        <translation>oder systemd-&amp;Kalender:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also back up &amp;globals</source>
        <translation>Auch &amp;globale Objekte sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;row counts</source>
        <translation>&amp;Zeilenzahlen erfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then keep:</source>
        <translation>Danach behalten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Off-site copy:</source>
        <translation>&amp;Externe Kopie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run by:</source>
        <translation>&amp;Ausgeführt von:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What will be installed:</source>
        <translation>Was installiert wird:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed schedules:</source>
        <translation>Installierte Zeitpläne:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../ui/backup/scopepage.ui" line="+5"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What goes into the dump. Untick schemas or tables to leave them out.</source>
        <translation>Was in den Dump kommt. Entfernen Sie die Markierung bei Schemas oder Tabellen, um sie auszulassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Everything</source>
        <translation>A&amp;lles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schema only</source>
        <translation>Nur &amp;Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data only</source>
        <translation>Nur &amp;Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ctions:</source>
        <translation>Abs&amp;chnitte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-data</source>
        <translation>pre-data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post-data</source>
        <translation>post-data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Untick all</source>
        <translation>Alle a&amp;bwählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the ticked &amp;tables, without functions, types and other objects (pg_dump -t)</source>
        <translation>Nur die markierten &amp;Tabellen, ohne Funktionen, Typen und andere Objekte (pg_dump -t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Large objects</source>
        <translation>Large &amp;Objects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also back up &amp;globals (roles and tablespaces, pg_dumpall --globals-only)</source>
        <translation>Auch &amp;globale Objekte sichern (Rollen und Tablespaces, pg_dumpall --globals-only)</translation>
    </message>
</context>
<context>
    <name>SecurityView</name>
    <message>
        <location filename="../ui/audit/securityview.ui" line="+8"/>
        <source>Run audit</source>
        <translation>Prüfung ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create role…</source>
        <translation>Rolle anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant or revoke…</source>
        <translation>Gewähren oder entziehen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter roles</source>
        <translation>Rollen filtern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply fix…</source>
        <translation>Behebung anwenden…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effective privileges</source>
        <translation>Effektive Rechte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Privilege</source>
        <translation>Recht</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Who may use the selected object</source>
        <translation>Wer das gewählte Objekt nutzen darf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../ui/backup/sourcepage.ui" line="+5"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the server and what to back up from it.</source>
        <translation>Wählen Sie den Server und was davon gesichert werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to back up</source>
        <translation>Was gesichert wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;database:</source>
        <translation>Eine &amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Globals only (roles, tablespaces)</source>
        <translation>Nur &amp;globale Objekte (Rollen, Tablespaces)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole cluster (pg_dumpall)</source>
        <translation>Gesamter &amp;Cluster (pg_dumpall)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/backup/summarypage.ui" line="+5"/>
        <source>Destination and summary</source>
        <translation>Ziel und Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what will run, then press Finish to start the backup as a job.</source>
        <translation>Prüfen Sie, was ausgeführt wird, und klicken Sie dann auf „Fertigstellen“, um die Sicherung als Auftrag zu starten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Catalog directory:</source>
        <translation>&amp;Katalogverzeichnis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated size:</source>
        <translation>Geschätzte Größe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands (the password goes through a private passfile and is never shown):</source>
        <translation>Befehle (das Passwort wird über eine private Passwortdatei übergeben und nie angezeigt):</translation>
    </message>
</context>
<context>
    <name>pgs::Activity</name>
    <message>
        <location filename="../src/core/monitor/activity.cpp" line="+214"/>
        <source>oid %1 in %2</source>
        <translation>OID %1 in %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refusing to signal our own session (pid %1).</source>
        <translation>Der eigenen Sitzung wird kein Signal gesendet (PID %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a production server: lift the production guard to cancel or terminate sessions.</source>
        <translation>Dies ist ein Produktionsserver: heben Sie den Produktionsschutz auf, um Sitzungen abzubrechen oder zu beenden.</translation>
    </message>
</context>
<context>
    <name>pgs::ActivityFilterBar</name>
    <message>
        <location filename="../src/app/monitor/activity/activityfilterbar.cpp" line="+29"/>
        <source>&amp;Active only</source>
        <translation>Nur &amp;aktive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only sessions running a statement now</source>
        <translation>Nur Sitzungen, die gerade eine Anweisung ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pplication:</source>
        <translation>A&amp;nwendung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Long-running after</source>
        <translation>Als &amp;lang laufend ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions whose query or open transaction is older than this are highlighted</source>
        <translation>Sitzungen, deren Abfrage oder offene Transaktion älter ist, werden hervorgehoben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-re&amp;fresh</source>
        <translation>Automatisch a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 s</source>
        <translation>2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 s</source>
        <translation>5 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>pgs::ActivityView</name>
    <message>
        <location filename="../src/app/monitor/activity/activityview.cpp" line="+91"/>
        <source>Select a session to see its whole query.</source>
        <translation>Wählen Sie eine Sitzung, um ihre vollständige Abfrage zu sehen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel query</source>
        <translation>Abfrage &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running query of the selected sessions (pg_cancel_backend)</source>
        <translation>Die laufende Abfrage der ausgewählten Sitzungen abbrechen (pg_cancel_backend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminate session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the connections of the selected sessions (pg_terminate_backend)</source>
        <translation>Die Verbindungen der ausgewählten Sitzungen schließen (pg_terminate_backend)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Activity of %1</source>
        <translation>Aktivität von %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not load the sessions: %1</source>
        <translation>Die Sitzungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading sessions…</source>
        <translation>Sitzungen werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1–%2 of %3 sessions</source>
        <translation>Sitzungen %1–%2 von %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions: %1</source>
        <translation>Sitzungen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocking: no session waits for another&apos;s lock.</source>
        <translation>Blockierungen: keine Sitzung wartet auf die Sperre einer anderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocking: showing %1 of %2 waits (root blockers first)</source>
        <translation>Blockierungen: %1 von %2 Wartevorgängen angezeigt (Hauptblockierer zuerst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocking — waits: %1, root blockers on top</source>
        <translation>Blockierungen — Wartevorgänge: %1, Hauptblockierer oben</translation>
    </message>
    <message>
        <location filename="../src/app/monitor/activity/activityviewsignals.cpp" line="+31"/>
        <source>pid %1 is pgsteward&apos;s own session for this view: it is not cancelled or terminated. Nothing was signalled; select the other sessions only.</source>
        <translation>PID %1 ist die eigene Sitzung von pgsteward für diese Ansicht: sie wird weder abgebrochen noch beendet. Es wurde kein Signal gesendet; wählen Sie nur die anderen Sitzungen aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Terminate %n session(s) on %1</source>
        <translation>
            <numerusform>%n Sitzung auf %1 beenden</numerusform>
            <numerusform>%n Sitzungen auf %1 beenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cancel %n query(ies) on %1</source>
        <translation>
            <numerusform>%n Abfrage auf %1 abbrechen</numerusform>
            <numerusform>%n Abfragen auf %1 abbrechen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Terminating…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was signalled: %1</source>
        <translation>Es wurde kein Signal gesendet: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pid %1: %2</source>
        <translation>PID %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n terminated</source>
        <translation>
            <numerusform>%n beendet</numerusform>
            <numerusform>%n beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancel request(s) sent</source>
        <translation>
            <numerusform>%n Abbruchanforderung gesendet</numerusform>
            <numerusform>%n Abbruchanforderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no longer existed</source>
        <translation>
            <numerusform>%n existierte nicht mehr</numerusform>
            <numerusform>%n existierten nicht mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused (%1)</source>
        <translation>
            <numerusform>%n abgelehnt (%1)</numerusform>
            <numerusform>%n abgelehnt (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::AppContext</name>
    <message>
        <location filename="../src/app/shell/appcontext.cpp" line="+81"/>
        <source>No password given.</source>
        <translation>Kein Passwort angegeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>password needed: %1</source>
        <translation>Passwort nötig: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is asked for, and was not entered this session</source>
        <translation>es wird abgefragt und wurde in dieser Sitzung nicht eingegeben</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The password of %1 could not be stored: %2</source>
        <translation>Das Passwort von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The stored password of %1 could not be deleted: %2</source>
        <translation>Das gespeicherte Passwort von %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>pgs::ArchiveCheck</name>
    <message>
        <location filename="../src/core/restore/archivecheck.cpp" line="+40"/>
        <source>%1 is incomplete: %2</source>
        <translation>%1 ist unvollständig: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a negative chunk length at byte %1</source>
        <translation>eine negative Blocklänge bei Byte %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+200"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>the data of %1 would start inside the table of contents</source>
        <translation>die Daten von %1 würden innerhalb des Inhaltsverzeichnisses beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: its data would start at byte %2</source>
        <translation>%1: seine Daten würden bei Byte %2 beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the data block at byte %1 is not the one of %2</source>
        <translation>der Datenblock bei Byte %1 gehört nicht zu %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the file ends at byte %1, before the data of %2 (%n data entry(s) missing)</source>
        <translation>
            <numerusform>die Datei endet bei Byte %1, vor den Daten von %2 (%n Dateneintrag fehlt)</numerusform>
            <numerusform>die Datei endet bei Byte %1, vor den Daten von %2 (%n Dateneinträge fehlen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+21"/>
        <source>the data of %1 is cut short: the file ends at byte %2</source>
        <translation>die Daten von %1 sind abgeschnitten: die Datei endet bei Byte %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>the data of %1: %2</source>
        <translation>die Daten von %1: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>an unknown data block type %1 at byte %2</source>
        <translation>ein unbekannter Datenblocktyp %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no data block in the file</source>
        <translation>%1: kein Datenblock in der Datei</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>the file ends at byte %1 without the data of %2 (%n data entry(s) missing)</source>
        <translation>
            <numerusform>die Datei endet bei Byte %1 ohne die Daten von %2 (%n Dateneintrag fehlt)</numerusform>
            <numerusform>die Datei endet bei Byte %1 ohne die Daten von %2 (%n Dateneinträge fehlen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not end with the end-of-data marker of COPY</source>
        <translation>%1 endet nicht mit der Ende-der-Daten-Markierung von COPY</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be decompressed: %2</source>
        <translation>%1 kann nicht entpackt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is cut short or damaged: %2</source>
        <translation>%1 ist abgeschnitten oder beschädigt: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+74"/>
        <source>%1: its large-object list %2</source>
        <translation>%1: seine Liste großer Objekte %2</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1: the large-object file %2</source>
        <translation>%1: die Datei des großen Objekts %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the data file %2</source>
        <translation>%1: die Datendatei %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) the table of contents names are missing, first %1</source>
        <translation>
            <numerusform>%n im Inhaltsverzeichnis genannte Datei fehlt: %1</numerusform>
            <numerusform>%n im Inhaltsverzeichnis genannte Dateien fehlen, zuerst %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+3"/>
        <source>the tar archive ends at byte %1 without its end-of-archive block</source>
        <translation>das tar-Archiv endet bei Byte %1 ohne seinen Archivende-Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tar archive ends at byte %1 after the member %2, without its end-of-archive block</source>
        <translation>das tar-Archiv endet bei Byte %1 nach dem Mitglied %2, ohne seinen Archivende-Block</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the tar header at byte %1 is damaged</source>
        <translation>der tar-Kopf bei Byte %1 ist beschädigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tar archive ends at byte %1, inside the member %2</source>
        <translation>das tar-Archiv endet bei Byte %1, innerhalb des Mitglieds %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the large-object member %2</source>
        <translation>%1: das Mitglied des großen Objekts %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the member %2</source>
        <translation>%1: das Mitglied %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the member %2 does not end with the end-of-data marker of COPY</source>
        <translation>%1: das Mitglied %2 endet nicht mit der Ende-der-Daten-Markierung von COPY</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n member(s) the table of contents names are missing, first %1</source>
        <translation>
            <numerusform>%n im Inhaltsverzeichnis genanntes Mitglied fehlt: %1</numerusform>
            <numerusform>%n im Inhaltsverzeichnis genannte Mitglieder fehlen, zuerst %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a pg_dump archive (custom, directory or tar)</source>
        <translation>%1 ist kein pg_dump-Archiv (Custom, Verzeichnis oder tar)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is incomplete: it ends inside its table of contents</source>
        <translation>%1 ist unvollständig: die Datei endet innerhalb ihres Inhaltsverzeichnisses</translation>
    </message>
</context>
<context>
    <name>pgs::ArchiveToc</name>
    <message>
        <location filename="../src/core/restore/archivestream.cpp" line="+42"/>
        <source>the file ends early, at byte %1</source>
        <translation>die Datei endet vorzeitig, bei Byte %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>an integer at byte %1 is out of range</source>
        <translation>eine Ganzzahl bei Byte %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a string length %1 at byte %2 is negative</source>
        <translation>eine Zeichenkettenlänge %1 bei Byte %2 ist negativ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a file offset at byte %1 is too large</source>
        <translation>eine Dateiposition bei Byte %1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/restore/archivetoc.cpp" line="+29"/>
        <source>it does not start with the PGDMP signature of a pg_dump archive</source>
        <translation>sie beginnt nicht mit der PGDMP-Signatur eines pg_dump-Archivs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its archive version %1.%2 is not one pgsteward reads (1.10 to 1.16, pg_dump 8.4 to 17)</source>
        <translation>ihre Archivversion %1.%2 liest pgsteward nicht (1.10 bis 1.16, pg_dump 8.4 bis 17)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its integer sizes (%1 and %2 bytes) are not ones pg_dump writes</source>
        <translation>ihre Ganzzahlgrößen (%1 und %2 Byte) schreibt pg_dump nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its format code is %1 where %2 was expected</source>
        <translation>ihr Formatcode ist %1, erwartet war %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its compression method %1 is unknown</source>
        <translation>ihr Kompressionsverfahren %1 ist unbekannt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an object id &quot;%1&quot; is not a number</source>
        <translation>eine Objekt-ID „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an entry id %1 is out of range</source>
        <translation>eine Eintrags-ID %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>entry %1 has a dependency &quot;%2&quot; that is no entry id</source>
        <translation>Eintrag %1 hat eine Abhängigkeit „%2“, die keine Eintrags-ID ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1 has an unknown data offset flag %2</source>
        <translation>Eintrag %1 hat eine unbekannte Datenposition-Kennung %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it claims %1 entries</source>
        <translation>sie gibt %1 Einträge an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it claims %1 entries, more than the rest of the file holds</source>
        <translation>sie gibt %1 Einträge an, mehr als der Rest der Datei enthält</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the table of contents of %1: %2</source>
        <translation>Das Inhaltsverzeichnis von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its first tar member is not toc.dat</source>
        <translation>ihr erstes tar-Mitglied ist nicht toc.dat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tar header of toc.dat is damaged</source>
        <translation>der tar-Kopf von toc.dat ist beschädigt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2, not a backup file or folder; it was not opened</source>
        <translation>%1 ist %2, keine Sicherungsdatei und kein Sicherungsordner; es wurde nicht geöffnet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file ends inside toc.dat</source>
        <translation>die Datei endet innerhalb von toc.dat</translation>
    </message>
</context>
<context>
    <name>pgs::AtomicFile</name>
    <message>
        <location filename="../src/core/util/atomicfile.cpp" line="+117"/>
        <source>Cannot write %1 (%2): %3</source>
        <translation>Konnte %1 nicht schreiben (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot open %1 to write it to disk: %2</source>
        <translation>%1 lässt sich zum Schreiben auf die Platte nicht öffnen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1 to disk: %2</source>
        <translation>%1 lässt sich nicht auf die Platte schreiben: %2</translation>
    </message>
</context>
<context>
    <name>pgs::AuditChecks</name>
    <message>
        <location filename="../src/core/audit/auditchecks.cpp" line="+42"/>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the audit as a superuser (or grant pg_read_all_settings and pg_read_all_stats) to cover it.</source>
        <translation>Führen Sie die Prüfung als Superuser aus (oder gewähren Sie pg_read_all_settings und pg_read_all_stats), um dies abzudecken.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/configchecks.cpp" line="+34"/>
        <source>pg_hba.conf line %1</source>
        <translation>pg_hba.conf Zeile %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pg_hba.conf line %1 has an error: %2</source>
        <translation>pg_hba.conf Zeile %1 enthält einen Fehler: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the line; the server keeps the previous rules until the file loads cleanly.</source>
        <translation>Korrigieren Sie die Zeile; der Server behält die bisherigen Regeln, bis die Datei fehlerfrei lädt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 (%2) lets anyone in without a password.</source>
        <translation>Zeile %1 (%2) lässt jeden ohne Passwort herein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use scram-sha-256 (or peer for local connections) instead of trust.</source>
        <translation>Verwenden Sie scram-sha-256 (oder peer für lokale Verbindungen) statt trust.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1 sends passwords in clear text (method password).</source>
        <translation>Zeile %1 überträgt Passwörter im Klartext (Methode password).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use scram-sha-256.</source>
        <translation>Verwenden Sie scram-sha-256.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1 accepts MD5 password authentication.</source>
        <translation>Zeile %1 akzeptiert MD5-Passwortauthentifizierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once every password is a SCRAM verifier, change the method to scram-sha-256.</source>
        <translation>Sobald jedes Passwort ein SCRAM-Verifier ist, ändern Sie die Methode auf scram-sha-256.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 admits every user to every database from any address.</source>
        <translation>Zeile %1 lässt jeden Benutzer von jeder Adresse in jede Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the databases, roles and client networks that need access.</source>
        <translation>Nennen Sie die Datenbanken, Rollen und Client-Netze, die Zugriff brauchen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1 lets superusers (%2) log in from other hosts.</source>
        <translation>Zeile %1 erlaubt Superusern (%2) die Anmeldung von anderen Hosts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a reject line for superusers from remote addresses before it, or name the roles it is meant for.</source>
        <translation>Fügen Sie davor eine reject-Zeile für Superuser von entfernten Adressen ein oder nennen Sie die Rollen, für die sie gedacht ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 TCP connections do not use SSL.</source>
        <translation>%1 von %2 TCP-Verbindungen verwenden kein SSL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use hostssl lines in pg_hba.conf and sslmode=verify-full on the clients.</source>
        <translation>Verwenden Sie hostssl-Zeilen in pg_hba.conf und sslmode=verify-full auf den Clients.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New passwords are stored as MD5 hashes.</source>
        <translation>Neue Passwörter werden als MD5-Hashes gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not accept SSL connections.</source>
        <translation>Der Server nimmt keine SSL-Verbindungen an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install a certificate and key (ssl_cert_file, ssl_key_file), then set ssl = on.</source>
        <translation>Installieren Sie Zertifikat und Schlüssel (ssl_cert_file, ssl_key_file) und setzen Sie dann ssl = on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSL accepts %1, which is no longer safe.</source>
        <translation>SSL akzeptiert %1, das nicht mehr sicher ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections are not logged.</source>
        <translation>Verbindungen werden nicht protokolliert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session ends are not logged.</source>
        <translation>Sitzungsenden werden nicht protokolliert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema changes (DDL) are not logged.</source>
        <translation>Schemaänderungen (DDL) werden nicht protokolliert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log lines do not name the user (%u) and database (%d): &apos;%1&apos;.</source>
        <translation>Logzeilen nennen weder Benutzer (%u) noch Datenbank (%d): &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A client may take %1 s to authenticate.</source>
        <translation>Ein Client darf sich %1 s Zeit für die Authentifizierung lassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data pages carry no checksums, so silent corruption goes unnoticed.</source>
        <translation>Datenseiten tragen keine Prüfsummen, stille Beschädigungen bleiben daher unbemerkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable them with pg_checksums --enable while the server is stopped.</source>
        <translation>Aktivieren Sie sie mit pg_checksums --enable, während der Server gestoppt ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pgaudit is not loaded: reads and writes are not audited.</source>
        <translation>pgaudit ist nicht geladen: Lese- und Schreibzugriffe werden nicht protokolliert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install pgaudit, add it to shared_preload_libraries and set pgaudit.log.</source>
        <translation>Installieren Sie pgaudit, tragen Sie es in shared_preload_libraries ein und setzen Sie pgaudit.log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credcheck is not installed: password strength and reuse are not enforced.</source>
        <translation>credcheck ist nicht installiert: Passwortstärke und Wiederverwendung werden nicht geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install credcheck and add it to shared_preload_libraries.</source>
        <translation>Installieren Sie credcheck und tragen Sie es in shared_preload_libraries ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The untrusted language %1 is installed in %2: its functions run with the server&apos;s OS rights.</source>
        <translation>Die nicht vertrauenswürdige Sprache %1 ist in %2 installiert: ihre Funktionen laufen mit den Betriebssystemrechten des Servers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop it (DROP EXTENSION or DROP LANGUAGE) unless functions need it.</source>
        <translation>Entfernen Sie sie (DROP EXTENSION oder DROP LANGUAGE), sofern keine Funktionen sie brauchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed in %2: it reaches files or other servers.</source>
        <translation>%1 ist in %2 installiert: es greift auf Dateien oder andere Server zu.</translation>
    </message>
    <message>
        <location filename="../src/core/audit/rolechecks.cpp" line="+67"/>
        <source>%1 can log in as a superuser; only the bootstrap role should.</source>
        <translation>%1 kann sich als Superuser anmelden; das sollte nur die Bootstrap-Rolle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of %1 is stored as an MD5 hash.</source>
        <translation>Das Passwort von %1 ist als MD5-Hash gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password_encryption to scram-sha-256 and give the role a new password (the role dialog and &apos;pgsteward-cli role alter --password-stdin&apos; hash it on the client).</source>
        <translation>Setzen Sie password_encryption auf scram-sha-256 und geben Sie der Rolle ein neues Passwort (der Rollendialog und &apos;pgsteward-cli role alter --password-stdin&apos; hashen es auf dem Client).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of %1 is stored in plain text.</source>
        <translation>Das Passwort von %1 ist im Klartext gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the role a new password; it is then stored as a SCRAM verifier.</source>
        <translation>Geben Sie der Rolle ein neues Passwort; es wird dann als SCRAM-Verifier gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password of %1 never expires.</source>
        <translation>Das Passwort von %1 läuft nie ab.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 can log in but has no password, and pg_hba.conf line %2 asks for one.</source>
        <translation>%1 kann sich anmelden, hat aber kein Passwort, und pg_hba.conf Zeile %2 verlangt eines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the role a password, or remove LOGIN if nobody uses it.</source>
        <translation>Geben Sie der Rolle ein Passwort oder entfernen Sie LOGIN, wenn niemand sie nutzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may create and alter roles (close to superuser power).</source>
        <translation>%1 darf Rollen anlegen und ändern (nahezu Superuser-Rechte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 bypasses every row-level security policy.</source>
        <translation>%1 umgeht jede Row-Level-Security-Richtlinie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can log in with REPLICATION and so read every table&apos;s data from the WAL stream.</source>
        <translation>%1 kann sich mit REPLICATION anmelden und so die Daten jeder Tabelle aus dem WAL-Strom lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use it only for standbys and backups, allow it only from their hosts in pg_hba.conf, and remove REPLICATION (ALTER ROLE ... NOREPLICATION) if nothing streams with it.</source>
        <translation>Verwenden Sie sie nur für Standbys und Backups, erlauben Sie sie in pg_hba.conf nur von deren Hosts und entfernen Sie REPLICATION (ALTER ROLE ... NOREPLICATION), wenn nichts damit streamt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot log in, has no members and owns nothing.</source>
        <translation>%1 kann sich nicht anmelden, hat keine Mitglieder und besitzt nichts.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every role may create objects in schema %1 of database %2.</source>
        <translation>Jede Rolle darf Objekte im Schema %1 der Datenbank %2 anlegen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every role has %1 on %2 in database %3.</source>
        <translation>Jede Rolle hat %1 auf %2 in der Datenbank %3.</translation>
    </message>
</context>
<context>
    <name>pgs::AuditCollector</name>
    <message>
        <location filename="../src/core/audit/auditcollector.cpp" line="+64"/>
        <source>pg_authid (password methods): needs superuser</source>
        <translation>pg_authid (Passwortverfahren): erfordert Superuser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pg_authid (password methods): %1</source>
        <translation>pg_authid (Passwortverfahren): %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>needs superuser</source>
        <translation>erfordert Superuser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_hba_file_rules (authentication rules): %1</source>
        <translation>pg_hba_file_rules (Authentifizierungsregeln): %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pg_settings: %1</source>
        <translation>pg_settings: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>settings %1: not visible to this role</source>
        <translation>Einstellungen %1: für diese Rolle nicht sichtbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pg_stat_ssl: %1</source>
        <translation>pg_stat_ssl: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pg_stat_ssl: only this role&apos;s own sessions are visible (needs pg_read_all_stats)</source>
        <translation>pg_stat_ssl: nur die eigenen Sitzungen dieser Rolle sind sichtbar (erfordert pg_read_all_stats)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>does not allow connections</source>
        <translation>erlaubt keine Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no CONNECT privilege</source>
        <translation>kein CONNECT-Recht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading database %1</source>
        <translation>Lese Datenbank %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>database %1: %2</source>
        <translation>Datenbank %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading roles</source>
        <translation>Lese Rollen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading authentication and settings</source>
        <translation>Lese Authentifizierung und Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking</source>
        <translation>Prüfe</translation>
    </message>
</context>
<context>
    <name>pgs::AuditExport</name>
    <message>
        <location filename="../src/app/audit/auditexport.cpp" line="+29"/>
        <source>Security audit: %1</source>
        <translation>Sicherheitsprüfung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit report</source>
        <translation>der Prüfbericht</translation>
    </message>
</context>
<context>
    <name>pgs::AuditReport</name>
    <message>
        <location filename="../src/core/audit/auditreport.cpp" line="+39"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Security audit: %1</source>
        <translation>Sicherheitsprüfung: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taken %1 as %2 (%3), server version %4; %5 roles, %6 grants, %7 databases.</source>
        <translation>Erstellt %1 als %2 (%3), Serverversion %4; %5 Rollen, %6 Rechte, %7 Datenbanken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a superuser</source>
        <translation>kein Superuser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the previous audit</source>
        <translation>Änderungen seit der vorigen Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles added</source>
        <translation>Hinzugekommene Rollen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles removed</source>
        <translation>Entfernte Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants added</source>
        <translation>Hinzugekommene Rechte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grants removed</source>
        <translation>Entfernte Rechte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved findings</source>
        <translation>Behobene Befunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member of</source>
        <translation>Mitglied von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… the JSON and CSV exports list every role</source>
        <translation>… die JSON- und CSV-Exporte führen jede Rolle auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>pgs::AuditStore</name>
    <message>
        <location filename="../src/core/audit/auditstore.cpp" line="+31"/>
        <source>%1: %2 on %3 %4 to %5</source>
        <translation>%1: %2 auf %3 %4 an %5</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the audit file</source>
        <translation>die Prüfdatei</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a pgsteward audit file</source>
        <translation>%1 ist keine pgsteward-Prüfdatei</translation>
    </message>
</context>
<context>
    <name>pgs::AutovacuumDialog</name>
    <message>
        <location filename="../src/app/health/autovacuumdialog.cpp" line="+30"/>
        <source>Autovacuum settings</source>
        <translation>Autovacuum-Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per-table autovacuum settings of %1 in %2. An empty value means the server&apos;s setting.</source>
        <translation>Autovacuum-Einstellungen pro Tabelle für %1 in %2. Ein leerer Wert bedeutet die Einstellung des Servers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose a preset)</source>
        <translation>(Vorgabe wählen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(differs)</source>
        <translation>(unterschiedlich)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SQL that runs:</source>
        <translation>SQL, das ausgeführt wird:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>-- nothing changes</source>
        <translation>-- nichts ändert sich</translation>
    </message>
</context>
<context>
    <name>pgs::BackupCatalog</name>
    <message>
        <location filename="../src/core/catalog/catalog.cpp" line="+59"/>
        <source>The manifest cannot be read: %1</source>
        <translation>Das Manifest kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup was interrupted: its writer is gone.</source>
        <translation>Die Sicherung wurde unterbrochen: der schreibende Prozess existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No backup &quot;%1&quot; in %2</source>
        <translation>Keine Sicherung „%1“ in %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup in %1 is still being written by %2</source>
        <translation>Die Sicherung in %1 wird noch geschrieben von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not inside the catalog %2</source>
        <translation>%1 liegt nicht im Katalog %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../src/core/catalog/writerlock.cpp" line="+33"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a process</source>
        <translation>einem Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (pid %2 on %3)</source>
        <translation>%1 (PID %2 auf %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tool started by %1, which has ended</source>
        <translation>einem Werkzeug, das %1 gestartet hat (dieser ist beendet)</translation>
    </message>
</context>
<context>
    <name>pgs::BackupCatalogView</name>
    <message>
        <location filename="../src/app/backup/backupcatalogview.cpp" line="+52"/>
        <source>Search folder, database, error…</source>
        <translation>Ordner, Datenbank, Fehler suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checksums: re-hash every file</source>
        <translation>Prüfsummen: jede Datei neu hashen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents: read the table of contents</source>
        <translation>Inhalt: das Inhaltsverzeichnis lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readable: read and decompress all data</source>
        <translation>Lesbarkeit: alle Daten lesen und dekomprimieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore test: restore into a throwaway cluster, compare row counts</source>
        <translation>Wiederherstellungstest: in einen Wegwerf-Cluster wiederherstellen, Zeilenzahlen vergleichen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup catalog directory</source>
        <translation>Verzeichnis des Sicherungskatalogs</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Set in the Off-site menu, or with pgsteward-cli destinations attach|detach; a schedule may copy elsewhere</source>
        <translation>Einzustellen im Menü „Extern“ oder mit pgsteward-cli destinations attach|detach; ein Zeitplan kann anderswohin kopieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Backups in %1</source>
        <translation>Sicherungen in %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>All databases</source>
        <translation>Alle Datenbanken</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Verify %1 (%2)</source>
        <translation>%1 prüfen (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Verification failed: %n problem(s)</source>
        <translation>
            <numerusform>Prüfung fehlgeschlagen: %n Problem</numerusform>
            <numerusform>Prüfung fehlgeschlagen: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export backup as a bundle</source>
        <translation>Sicherung als Paket exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Bundles (*.tar.zst *.tar.gz)</source>
        <translation>Pakete (*.tar.zst *.tar.gz)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Bundle %1</source>
        <translation>Paket %1 erstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a backup bundle</source>
        <translation>Ein Sicherungspaket importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is being written right now and cannot be deleted.</source>
        <translation>%1 wird gerade geschrieben und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the backup %1?</source>
        <translation>Die Sicherung %1 löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 and everything in it is removed from disk.</source>
        <translation>Der Ordner %1 wird mit seinem gesamten Inhalt von der Festplatte entfernt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../src/app/backup/backupcatalogoffsite.cpp" line="+29"/>
        <source>Copy to %1…</source>
        <translation>Nach %1 kopieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No destinations yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After each backup into this catalog</source>
        <translation>Nach jeder Sicherung in diesen Katalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy to %1</source>
        <translation>Nach %1 kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destinations…</source>
        <translation>Ziele…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy every backup in %1 to %2</source>
        <translation>Jede Sicherung in %1 nach %2 kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop copying the backups in %1 to %2</source>
        <translation>Die Sicherungen in %1 nicht mehr nach %2 kopieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Off-site after each backup: none</source>
        <translation>Extern nach jeder Sicherung: keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off-site after each backup: %1</source>
        <translation>Extern nach jeder Sicherung: %1</translation>
    </message>
    <message>
        <location filename="../src/app/backup/backupcatalogactions.cpp" line="+19"/>
        <source>Recover a moment after a base backup into a sandbox (Point-in-time recovery view)</source>
        <translation>Einen Zeitpunkt nach einer Basissicherung in eine Sandbox wiederherstellen (Ansicht Point-in-Time-Recovery)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No verified base backup in this catalog (pgsteward-cli basebackup takes one)</source>
        <translation>Keine geprüfte Basissicherung in diesem Katalog (pgsteward-cli basebackup erstellt eine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A base backup is the whole cluster: it is recovered to a moment, not restored table by table. Use Recover to a moment…</source>
        <translation>Eine Basissicherung ist der ganze Cluster: Sie wird zu einem Zeitpunkt wiederhergestellt, nicht Tabelle für Tabelle. Nutzen Sie „Zu einem Zeitpunkt wiederherstellen…“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Base backups are verified by pg_verifybackup (or their checksums) when taken and again before each recovery</source>
        <translation>Basissicherungen werden beim Erstellen und vor jeder Wiederherstellung von pg_verifybackup (oder über ihre Prüfsummen) geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles carry logical backups; copy a base backup&apos;s folder as it is</source>
        <translation>Bündel enthalten logische Sicherungen; kopieren Sie den Ordner einer Basissicherung unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base backups are removed by retention, which keeps the WAL that the remaining ones need</source>
        <translation>Basissicherungen entfernt die Aufbewahrungsregel, die das WAL behält, das die übrigen brauchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off-site copies carry logical backups</source>
        <translation>Externe Kopien enthalten logische Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected backup to an off-site destination, or manage the destinations</source>
        <translation>Die gewählte Sicherung an ein externes Ziel kopieren oder die Ziele verwalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — base backup of PostgreSQL %2, WAL %3 to %4 on timeline %5, %6</source>
        <translation>%1 — Basissicherung von PostgreSQL %2, WAL %3 bis %4 auf Zeitlinie %5, %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verified (%1)</source>
        <translation>geprüft (%1)</translation>
    </message>
</context>
<context>
    <name>pgs::BackupJob</name>
    <message>
        <location filename="../src/core/catalog/backupfolder.cpp" line="+43"/>
        <source>Cannot create the backup catalog %1</source>
        <translation>Der Sicherungskatalog %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the backup folder %1</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <location filename="../src/core/backup/backupdump.cpp" line="+32"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/backup/backupjob.cpp" line="+60"/>
        <location line="+57"/>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird aufgebaut</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The server runs PostgreSQL %1; a backup needs %2 %3 or newer. %4</source>
        <translation>Der Server läuft mit PostgreSQL %1; eine Sicherung braucht %2 %3 oder neuer. %4</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+62"/>
        <source>Writing the backup into %1</source>
        <translation>Sicherung wird nach %1 geschrieben</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No row counts asked: pg_dump starts at once with its own snapshot.</source>
        <translation>Keine Zeilenzählung gewünscht: pg_dump startet sofort mit seinem eigenen Snapshot.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server runs PostgreSQL %1; a backup needs pg_dump %2 or newer. Found: %3 (%4).</source>
        <translation>Der Server läuft mit PostgreSQL %1; eine Sicherung braucht pg_dump %2 oder neuer. Gefunden: %3 (%4).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>pg_dumpall cannot use an exported snapshot: the globals are read as they are at the time.</source>
        <translation>pg_dumpall kann keinen exportierten Snapshot verwenden: die globalen Objekte werden im jeweils aktuellen Zustand gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_dumpall cannot use an exported snapshot: each database is dumped at its own moment.</source>
        <translation>pg_dumpall kann keinen exportierten Snapshot verwenden: jede Datenbank wird zu ihrem eigenen Zeitpunkt gesichert.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/backupdump.cpp" line="+15"/>
        <source>The server is a standby: no snapshot can be exported, pg_dump takes its own.</source>
        <translation>Der Server ist ein Standby: es kann kein Snapshot exportiert werden, pg_dump nimmt einen eigenen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported snapshot %1; pg_dump and the row counts use it.</source>
        <translation>Snapshot %1 exportiert; pg_dump und die Zeilenzählung verwenden ihn.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n table(s) in scope, %1 on the server.</source>
        <translation>
            <numerusform>%n Tabelle im Umfang, %1 auf dem Server.</numerusform>
            <numerusform>%n Tabellen im Umfang, %1 auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Schema only: no rows to count.</source>
        <translation>Nur Schema: keine Zeilen zu zählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row counts skipped: without a shared snapshot they would not match the dump.</source>
        <translation>Zeilenzählung übersprungen: ohne gemeinsamen Snapshot würde sie nicht zum Dump passen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not connected as a superuser: role passwords are left out of the globals.</source>
        <translation>Nicht als Superuser verbunden: Passwörter der Rollen fehlen in den globalen Objekten.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot write the compressed dump: %1</source>
        <translation>Der komprimierte Dump kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/backup/backupjob.cpp" line="+37"/>
        <source>Checking that the archive is whole</source>
        <translation>Prüfen, ob das Archiv vollständig ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported success, but the archive it wrote is not whole: %2</source>
        <translation>%1 meldete Erfolg, aber das geschriebene Archiv ist nicht vollständig: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing checksums</source>
        <translation>Prüfsummen werden berechnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing checksums: %1 of %2</source>
        <translation>Prüfsummen werden berechnet: %1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dump tool wrote no files.</source>
        <translation>Das Dump-Programm hat keine Dateien geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup complete: %1 in %2 files</source>
        <translation>Sicherung abgeschlossen: %1 in %2 Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup complete: %1</source>
        <translation>Sicherung abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept the record of the %1 backup in %2</source>
        <translation>Der Eintrag der Sicherung mit Status %1 wurde in %2 aufbewahrt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No backup catalog directory given.</source>
        <translation>Kein Verzeichnis für den Sicherungskatalog angegeben.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/dumpsnapshot.cpp" line="+107"/>
        <source>Counting rows of %1 (%2 of %3)</source>
        <translation>Zeilen von %1 werden gezählt (%2 von %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting the rows of %1 failed: %2</source>
        <translation>Das Zählen der Zeilen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/backup/pgdumpargs.cpp" line="+96"/>
        <source>No database chosen to back up.</source>
        <translation>Keine Datenbank zum Sichern gewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema only and data only exclude each other.</source>
        <translation>Nur Schema und nur Daten schließen einander aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of parallel jobs must be at least 1.</source>
        <translation>Die Anzahl paralleler Prozesse muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallel jobs need the directory format.</source>
        <translation>Parallele Prozesse brauchen das Directory-Format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clean and if-exists apply to plain SQL dumps only.</source>
        <translation>Bereinigen und IF EXISTS gelten nur für reine SQL-Dumps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If-exists needs clean.</source>
        <translation>IF EXISTS braucht Bereinigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lock wait timeout cannot be negative.</source>
        <translation>Die Wartezeit auf Sperren darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The extra argument &quot;%1&quot; is not allowed: pgsteward sets it itself or it could carry a password.</source>
        <translation>Das zusätzliche Argument „%1“ ist nicht erlaubt: pgsteward setzt es selbst, oder es könnte ein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>pg_dump cannot compress the tar format; choose custom or directory, or compress the finished backup as a bundle.</source>
        <translation>pg_dump kann das Tar-Format nicht komprimieren; wählen Sie Custom oder Directory, oder komprimieren Sie die fertige Sicherung als Paket.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Unknown compression method &quot;%1&quot; (known: %2).</source>
        <translation>Unbekanntes Komprimierungsverfahren „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compression level %1 is out of range for %2.</source>
        <translation>Die Komprimierungsstufe %1 liegt außerhalb des Bereichs für %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_dump %1 cannot compress the %2 format with %3 (supported: %4); lz4 and zstd need pg_dump 16 or newer.</source>
        <translation>pg_dump %1 kann das Format %2 nicht mit %3 komprimieren (unterstützt: %4); lz4 und zstd brauchen pg_dump 16 oder neuer.</translation>
    </message>
</context>
<context>
    <name>pgs::BackupManifest</name>
    <message>
        <location filename="../src/core/catalog/manifest.cpp" line="+184"/>
        <source>The backup manifest is not valid: %1</source>
        <translation>Das Sicherungsmanifest ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;schema_version&quot; is missing</source>
        <translation>„schema_version“ fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup manifest has schema version %1; this pgsteward reads up to version %2. Use a newer pgsteward.</source>
        <translation>Das Sicherungsmanifest hat die Schemaversion %1; dieses pgsteward liest bis Version %2. Verwenden Sie ein neueres pgsteward.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;id&quot; is empty</source>
        <translation>„id“ ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;files&quot; is not a list</source>
        <translation>„files“ ist keine Liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file entry lacks its name, size or sha256</source>
        <translation>einem Dateieintrag fehlt Name, Größe oder sha256</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown verification level &quot;%1&quot;</source>
        <translation>unbekannte Prüfstufe „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+22"/>
        <location line="+11"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 is not valid JSON</source>
        <translation>%1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backup manifest</source>
        <translation>das Manifest der Sicherung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot start a SHA-256 digest</source>
        <translation>Ein SHA-256-Hash kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>pgs::BackupVerifier</name>
    <message>
        <location filename="../src/core/catalog/filecheck.cpp" line="+25"/>
        <source>The manifest lists no files.</source>
        <translation>Das Manifest führt keine Dateien auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 bytes, the manifest says %3</source>
        <translation>%1: %2 Byte, laut Manifest %3</translation>
    </message>
    <message>
        <location filename="../src/core/backup/verify.cpp" line="+100"/>
        <location filename="../src/core/catalog/filecheck.cpp" line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/catalog/filecheck.cpp" line="+2"/>
        <source>%1: checksum mismatch</source>
        <translation>%1: Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: not in the manifest</source>
        <translation>%1: nicht im Manifest</translation>
    </message>
    <message>
        <location filename="../src/core/backup/plaindump.cpp" line="+45"/>
        <location line="+8"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/backup/restoretest.cpp" line="+51"/>
        <source>Cannot create a temporary folder for the restore test</source>
        <translation>Für den Wiederherstellungstest kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>The restore failed: %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Restoring %1 into a throwaway PostgreSQL %2 cluster</source>
        <translation>%1 wird in einen Wegwerf-Cluster mit PostgreSQL %2 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no row counts recorded: restore succeeded, rows not compared</source>
        <translation>keine Zeilenzahlen erfasst: Wiederherstellung erfolgreich, Zeilen nicht verglichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/backup/verify.cpp" line="+8"/>
        <source>%1: %n table of contents entries</source>
        <translation>
            <numerusform>%1: %n Eintrag im Inhaltsverzeichnis</numerusform>
            <numerusform>%1: %n Einträge im Inhaltsverzeichnis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the table of contents is empty</source>
        <translation>%1: das Inhaltsverzeichnis ist leer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: does not start like a pg_dump SQL script</source>
        <translation>%1: beginnt nicht wie ein SQL-Skript von pg_dump</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the &quot;dump complete&quot; line at its end is missing (truncated?)</source>
        <translation>%1: die Zeile „dump complete“ am Ende fehlt (abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 bytes of SQL</source>
        <translation>%1: %2 Byte SQL</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>Could not record the verification: %1</source>
        <translation>Die Prüfung konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create a temporary folder</source>
        <translation>Es kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpacking %1</source>
        <translation>%1 wird entpackt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No backup folder or bundle at %1</source>
        <translation>Kein Sicherungsordner und kein Paket unter %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup is still being written by %1: it cannot be verified yet</source>
        <translation>Die Sicherung wird noch geschrieben von %1: sie kann noch nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup was interrupted before it was finished: nothing to verify</source>
        <translation>Die Sicherung wurde vor ihrem Ende unterbrochen: nichts zu prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is %1, not complete: nothing to verify</source>
        <translation>Die Sicherung ist nicht abgeschlossen (Status %1): nichts zu prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verifying: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>pgs::BackupWizard</name>
    <message>
        <location filename="../src/app/backup/backupsourceloader.cpp" line="+31"/>
        <source>Looking for pg_dump…</source>
        <translation>pg_dump wird gesucht…</translation>
    </message>
    <message>
        <location filename="../src/app/backup/backupwizard.cpp" line="+25"/>
        <location line="+32"/>
        <source>Back up — %1</source>
        <translation>Sichern — %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Start backup</source>
        <translation>Sicherung starten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Databases and pg_dump for %1</source>
        <translation>Datenbanken und pg_dump für %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The server is not reachable: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back up %1 on %2</source>
        <translation>%1 auf %2 sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the globals of %1</source>
        <translation>Die globalen Objekte von %1 sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the whole cluster %1</source>
        <translation>Den gesamten Cluster %1 sichern</translation>
    </message>
</context>
<context>
    <name>pgs::BaseBackup</name>
    <message>
        <location filename="../src/core/physical/basebackup.cpp" line="+43"/>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a valid JSON file</source>
        <translation>%1 ist keine gültige JSON-Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The base backup has no backup_label: it is not a usable backup.</source>
        <translation>Die Basissicherung hat kein backup_label: Sie ist nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup_label of the base backup could not be read.</source>
        <translation>Das backup_label der Basissicherung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>The backup_manifest of the base backup names no WAL range.</source>
        <translation>Das backup_manifest der Basissicherung nennt keinen WAL-Bereich.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Verifying the base backup with pg_verifybackup</source>
        <translation>Basissicherung wird mit pg_verifybackup geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pg_verifybackup found the base backup %1 damaged or incomplete.</source>
        <translation>pg_verifybackup hat die Basissicherung %1 als beschädigt oder unvollständig erkannt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The base backup %1 records no archive files.</source>
        <translation>Die Basissicherung %1 verzeichnet keine Archivdateien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>The base backup %1 is incomplete: %2 is missing.</source>
        <translation>Die Basissicherung %1 ist unvollständig: %2 fehlt.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>The base backup %1 is damaged: %2 has the wrong size.</source>
        <translation>Die Basissicherung %1 ist beschädigt: %2 hat die falsche Größe.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Copying the server with pg_basebackup</source>
        <translation>Server wird mit pg_basebackup kopiert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the base backup manifest</source>
        <translation>das Manifest der Basissicherung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The base backup %1 was never verified.</source>
        <translation>Die Basissicherung %1 wurde nie geprüft.</translation>
    </message>
</context>
<context>
    <name>pgs::BaseBackupTar</name>
    <message>
        <location filename="../src/core/physical/basebackuptar.cpp" line="+69"/>
        <source>The base backup %1 is damaged: %2</source>
        <translation>Die Basissicherung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is truncated or corrupt</source>
        <translation>%1 ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Verifying the base backup&apos;s checksums</source>
        <translation>Prüfsummen der Basissicherung werden geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backup_manifest is missing</source>
        <translation>backup_manifest fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>backup_manifest is not a backup manifest</source>
        <translation>backup_manifest ist kein Sicherungsmanifest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the checksum of backup_manifest does not match</source>
        <translation>die Prüfsumme von backup_manifest stimmt nicht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>base.tar is missing</source>
        <translation>base.tar fehlt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is in the backup but not in its manifest</source>
        <translation>%1 ist in der Sicherung, aber nicht in ihrem Manifest</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has %2 bytes; the manifest says %3</source>
        <translation>%1 hat %2 Bytes; laut Manifest %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the checksum of %1 does not match the manifest</source>
        <translation>die Prüfsumme von %1 stimmt nicht mit dem Manifest überein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the WAL segment %1 the backup needs is not in it</source>
        <translation>das WAL-Segment %1, das die Sicherung braucht, ist nicht enthalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create %1</source>
        <translation>%1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpacking the base backup into the sandbox</source>
        <translation>Basissicherung wird in die Sandbox entpackt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>pgs::BlockingTreeModel</name>
    <message>
        <location filename="../src/app/monitor/activity/blockingtreemodel.cpp" line="+46"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock type</source>
        <translation>Sperrtyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wanted mode</source>
        <translation>Angeforderter Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held mode</source>
        <translation>Gehaltener Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>waiting for it: %1</source>
        <translation>darauf wartend: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(queued ahead)</source>
        <translation>(weiter vorn in der Warteschlange)</translation>
    </message>
</context>
<context>
    <name>pgs::Bundle</name>
    <message>
        <location filename="../src/core/catalog/bundle.cpp" line="+78"/>
        <source>%1 is not a regular file; a backup folder holds only files</source>
        <translation>%1 ist keine reguläre Datei; ein Sicherungsordner enthält nur Dateien</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write the bundle entry %1</source>
        <translation>Der Paketeintrag %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the bundle</source>
        <translation>Das Paket kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bundle file name must end in .tar.zst, .tar.gz or .tgz: %1</source>
        <translation>Der Dateiname des Pakets muss auf .tar.zst, .tar.gz oder .tgz enden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a complete backup can be bundled; %1 is %2</source>
        <translation>Nur eine abgeschlossene Sicherung kann verpackt werden; %1 hat den Status %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This libarchive cannot compress bundles this way</source>
        <translation>Diese libarchive kann Pakete nicht auf diese Weise komprimieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <location line="+8"/>
        <location line="+63"/>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Cannot finish %1</source>
        <translation>%1 kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+142"/>
        <source>Cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Wrote %1 (%2 files)</source>
        <translation>%1 geschrieben (%2 Dateien)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a regular file or folder</source>
        <translation>keine reguläre Datei und kein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link</source>
        <translation>ein Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an absolute or empty path</source>
        <translation>ein absoluter oder leerer Pfad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a path with &quot;..&quot;</source>
        <translation>ein Pfad mit „..“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a reserved folder name</source>
        <translation>ein reservierter Ordnername</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+32"/>
        <source>The bundle is damaged</source>
        <translation>Das Paket ist beschädigt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cannot open the bundle %1</source>
        <translation>Das Paket %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bundle holds an unsafe entry &quot;%1&quot;: %2</source>
        <translation>Das Paket enthält einen unsicheren Eintrag „%1“: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle holds more than one top-level folder (%1, %2)</source>
        <translation>Das Paket enthält mehr als einen Ordner auf oberster Ebene (%1, %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle holds a file where its folder should be</source>
        <translation>Das Paket enthält eine Datei, wo sein Ordner sein sollte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle %1 is empty</source>
        <translation>Das Paket %1 ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle holds no manifest.json</source>
        <translation>Das Paket enthält keine manifest.json</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bundle holds a backup that is %1, not complete</source>
        <translation>Das Paket enthält eine nicht abgeschlossene Sicherung (Status %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying checksums</source>
        <translation>Prüfsummen werden geprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle failed its checksum verification: %1</source>
        <translation>Das Paket hat die Prüfsummenkontrolle nicht bestanden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No bundle file %1</source>
        <translation>Keine Paketdatei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the catalog folder %1</source>
        <translation>Der Katalogordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 into %2</source>
        <translation>%1 nach %2 importiert</translation>
    </message>
</context>
<context>
    <name>pgs::CapacityExport</name>
    <message>
        <location filename="../src/app/monitor/capacity/capacityexport.cpp" line="+29"/>
        <source>Not enough history yet</source>
        <translation>Noch nicht genug Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All databases</source>
        <translation>Alle Datenbanken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Capacity review: %1</source>
        <translation>Kapazitätsprüfung: %1</translation>
    </message>
</context>
<context>
    <name>pgs::CapacityReport</name>
    <message>
        <location filename="../src/core/monitor/capacityreport.cpp" line="+25"/>
        <location line="+9"/>
        <location line="+15"/>
        <location line="+76"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>more than 10 years</source>
        <translation>mehr als 10 Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/day</source>
        <translation>/Tag</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fitted since %1 (a jump in size before)</source>
        <translation>angepasst seit %1 (davor ein Größensprung)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Growth %/day</source>
        <translation>Wachstum %/Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>r²</source>
        <translation>r²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until full (alone)</source>
        <translation>Tage bis voll (allein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Capacity review: %1</source>
        <translation>Kapazitätsprüfung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 (%3 days of history), generated %4 by pgsteward.</source>
        <translation>Von %1 bis %2 (%3 Tage Verlauf), erstellt am %4 von pgsteward.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until then the report shows the sizes collected so far, without growth per day, days until full or the warnings about them.</source>
        <translation>Bis dahin zeigt der Bericht die bisher erfassten Größen, ohne Wachstum pro Tag, Tage bis voll und die Warnungen dazu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing crosses an alert threshold.</source>
        <translation>Nichts überschreitet eine Warnschwelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume capacity</source>
        <translation>Kapazität des Datenträgers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>All databases</source>
        <translation>Alle Datenbanken</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Growth of all databases</source>
        <translation>Wachstum aller Datenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collecting history</source>
        <translation>Verlauf wird erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days until the volume is full</source>
        <translation>Tage, bis der Datenträger voll ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest transaction ID age</source>
        <translation>Alter der ältesten Transaktions-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction IDs per day</source>
        <translation>Transaktions-IDs pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days until wraparound</source>
        <translation>Tage bis zum Wraparound</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest tables of %1</source>
        <translation>Größte Tabellen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth per day is a least-squares line through the sizes of the window, fitted after the last jump in size (a VACUUM FULL, a TRUNCATE, a dropped table) so that a one-off step does not bend the trend; r² says how well a straight line describes the growth. Days until full assume the growth goes on at that rate. Transaction IDs per day come from the server&apos;s 64-bit transaction counter; wraparound is reached when the oldest age gets to %1. No forecast is made from less than %2 hours or %3 samples of history, and growth in percent per day is a finding only for items of at least %4.</source>
        <translation>Das Wachstum pro Tag ist eine Ausgleichsgerade (kleinste Quadrate) durch die Größen im Zeitfenster, angepasst nach dem letzten Größensprung (ein VACUUM FULL, ein TRUNCATE, eine gelöschte Tabelle), damit ein einmaliger Sprung den Trend nicht verzerrt; r² gibt an, wie gut eine Gerade das Wachstum beschreibt. Die Tage bis voll setzen voraus, dass das Wachstum in diesem Tempo weitergeht. Die Transaktions-IDs pro Tag stammen aus dem 64-Bit-Transaktionszähler des Servers; der Wraparound ist erreicht, wenn das älteste Alter %1 erreicht. Aus weniger als %2 Stunden oder %3 Messungen Verlauf wird keine Prognose erstellt, und Wachstum in Prozent pro Tag ist nur bei Objekten ab %4 ein Befund.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not enough history yet</source>
        <translation>Noch nicht genug Verlauf</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
</context>
<context>
    <name>pgs::CapacityReview</name>
    <message>
        <location filename="../src/core/monitor/capacityreview.cpp" line="+37"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Collecting history: %1 of %2 samples, %3 of %4 h.</source>
        <translation>Verlauf wird erfasst: %1 von %2 Messungen, %3 von %4 h.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecasts from about %1.</source>
        <translation>Prognosen ab etwa %1.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>The volume is full in %1 days at the current growth.</source>
        <translation>Beim aktuellen Wachstum ist der Datenträger in %1 Tagen voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction ID wraparound in %1 days at the current rate: check autovacuum freezing.</source>
        <translation>Wraparound der Transaktions-IDs in %1 Tagen bei der aktuellen Rate: prüfen Sie das Freezing durch Autovacuum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 grows %2 % per day.</source>
        <translation>%1 wächst um %2 % pro Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The volume capacity is not set in the profile: days until full are unknown.</source>
        <translation>Die Kapazität des Datenträgers ist im Profil nicht festgelegt: die Tage bis voll sind unbekannt.</translation>
    </message>
</context>
<context>
    <name>pgs::CapacityView</name>
    <message>
        <location filename="../src/app/monitor/capacity/capacityview.cpp" line="+40"/>
        <location line="+21"/>
        <location line="+273"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>&gt; 10 years</source>
        <translation>&gt; 10 Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1%2/day</source>
        <translation>%1%2/Tag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size of all databases</source>
        <translation>Größe aller Datenbanken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History &amp;timer…</source>
        <translation>Verlaufs-&amp;Timer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep sampling this server&apos;s history while pgsteward is closed</source>
        <translation>Messungen für den Verlauf dieses Servers auch bei geschlossenem pgsteward weiter erfassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+151"/>
        <source>All databases</source>
        <translation>Alle Datenbanken</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Growth per day</source>
        <translation>Wachstum pro Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume full in</source>
        <translation>Datenträger voll in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest XID age</source>
        <translation>Ältestes XID-Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wraparound in</source>
        <translation>Wraparound in</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No size history yet: it grows with every sample</source>
        <translation>Noch kein Größenverlauf: er wächst mit jeder Messung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Growth/day</source>
        <translation>Wachstum/Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%/day</source>
        <translation>%/Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>r²</source>
        <translation>r²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days until full</source>
        <translation>Tage bis voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Volume capacity: %1</source>
        <translation>Kapazität des Datenträgers: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume capacity: not set (edit the profile to forecast when it is full)</source>
        <translation>Kapazität des Datenträgers: nicht festgelegt (tragen Sie sie im Profil ein, um vorherzusagen, wann er voll ist)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1 days of history…</source>
        <translation>%1 Tage Verlauf werden gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity review of %1</source>
        <translation>Kapazitätsprüfung von %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not build the capacity review: %1</source>
        <translation>Die Kapazitätsprüfung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2, %3 points of history. Growth is a least-squares line after the last jump in size.</source>
        <translation>%1 bis %2, %3 Verlaufspunkte. Das Wachstum ist eine Ausgleichsgerade (kleinste Quadrate) nach dem letzten Größensprung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+34"/>
        <source>collecting…</source>
        <translation>wird erfasst…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>capacity not set</source>
        <translation>Kapazität nicht festgelegt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Until then the chart and the table show the sizes collected so far.</source>
        <translation>Bis dahin zeigen Diagramm und Tabelle die bisher erfassten Größen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>fitted since %1 (a jump in size before)</source>
        <translation>angepasst seit %1 (davor ein Größensprung)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest tables of %1</source>
        <translation>Größte Tabellen von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>No review to export yet.</source>
        <translation>Noch keine Prüfung zum Exportieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>capacity-review-%1-%2</source>
        <translation>kapazitaetspruefung-%1-%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the capacity review as PDF</source>
        <translation>Kapazitätsprüfung als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the capacity review as HTML</source>
        <translation>Kapazitätsprüfung als HTML exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>pgs::CatalogCopies</name>
    <message>
        <location filename="../src/core/offsite/catalogcopies.cpp" line="+40"/>
        <source>Cannot create the catalog folder %1</source>
        <translation>Der Katalogordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot lock the settings of the catalog %1</source>
        <translation>Die Einstellungen des Katalogs %1 können nicht gesperrt werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a catalog settings file</source>
        <translation>%1 ist keine Katalog-Einstellungsdatei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the catalog settings</source>
        <translation>die Katalogeinstellungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The catalog %1 is not copied to %2</source>
        <translation>Der Katalog %1 wird nicht nach %2 kopiert</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The copy of %1 to %2 failed (the local backup is good): %3</source>
        <translation>Die Kopie von %1 nach %2 ist fehlgeschlagen (die lokale Sicherung ist in Ordnung): %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The copy to %1 failed (the local backup is good): %2</source>
        <translation>Die Kopie nach %1 ist fehlgeschlagen (die lokale Sicherung ist in Ordnung): %2</translation>
    </message>
</context>
<context>
    <name>pgs::CatalogTableModel</name>
    <message>
        <location filename="../src/app/backup/catalogtablemodel.cpp" line="+87"/>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+44"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Being written by %1</source>
        <translation>Wird geschrieben von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(globals)</source>
        <translation>(globale Objekte)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>WAL (LSN, timeline)</source>
        <translation>WAL (LSN, Zeitlinie)</translation>
    </message>
    <message>
        <location filename="../src/app/backup/basebackuprows.cpp" line="+31"/>
        <source>base backup</source>
        <translation>Basissicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Physical base backup (pg_basebackup) of the whole cluster, PostgreSQL %1: WAL from %2 to %3 on timeline %4, WAL %5. Recover a moment after its end from the Point-in-time recovery view.</source>
        <translation>Physische Basissicherung (pg_basebackup) des ganzen Clusters, PostgreSQL %1: WAL von %2 bis %3 auf Zeitlinie %4, WAL %5. Einen Zeitpunkt nach ihrem Ende stellen Sie in der Ansicht Point-in-Time-Recovery wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from the archive</source>
        <translation>aus dem Archiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>included</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/app/backup/catalogtablemodel.cpp" line="-28"/>
        <source>(whole cluster)</source>
        <translation>(gesamter Cluster)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base backup, tar</source>
        <translation>Basissicherung, tar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>base backup, tar %1</source>
        <translation>Basissicherung, tar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base backup, plain</source>
        <translation>Basissicherung, plain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 … %2 (TL %3)</source>
        <translation>%1 … %2 (ZL %3)</translation>
    </message>
    <message>
        <location filename="../src/app/backup/catalogtablemodel.cpp" line="+20"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off-site</source>
        <translation>Extern</translation>
    </message>
</context>
<context>
    <name>pgs::ConnectError</name>
    <message>
        <location filename="../src/core/connection/connecterror.cpp" line="+30"/>
        <source>Wrong password or user name for %1.</source>
        <translation>Falsches Passwort oder falscher Benutzername für %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 asks for a password and none was given.</source>
        <translation>Der Server %1 verlangt ein Passwort, es wurde aber keines angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the operating-system user for %1 (peer/ident authentication).</source>
        <translation>Der Server hat den Betriebssystembenutzer für %1 abgewiesen (Peer-/Ident-Authentifizierung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database does not exist on %1.</source>
        <translation>Die Datenbank existiert auf %1 nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user (role) does not exist on %1.</source>
        <translation>Der Benutzer (die Rolle) existiert auf %1 nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 requires an SSL connection; set the SSL mode to require or stricter.</source>
        <translation>Der Server %1 verlangt eine SSL-Verbindung; stellen Sie den SSL-Modus auf „require“ oder strenger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 has no pg_hba.conf rule that allows this user, database and address.</source>
        <translation>Der Server %1 hat keine pg_hba.conf-Regel, die diesen Benutzer, diese Datenbank und diese Adresse zulässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 does not support SSL, but the SSL mode requires it.</source>
        <translation>Der Server %1 unterstützt kein SSL, der SSL-Modus verlangt es aber.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSL certificate problem with %1: %2</source>
        <translation>SSL-Zertifikatsproblem mit %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer from %1 within the connect timeout.</source>
        <translation>Keine Antwort von %1 innerhalb des Verbindungs-Timeouts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 has no free connection slots.</source>
        <translation>Der Server %1 hat keine freien Verbindungsplätze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 is starting up or shutting down.</source>
        <translation>Der Server %1 startet gerade oder fährt herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name of %1 could not be resolved.</source>
        <translation>Der Hostname von %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No PostgreSQL server is listening at %1.</source>
        <translation>Unter %1 lauscht kein PostgreSQL-Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>pgs::ConnectionProfile</name>
    <message>
        <location filename="../src/core/connection/profile.cpp" line="+101"/>
        <source>%1 is refused: the profile %2 is read-only. Clear &quot;Read-only&quot; in its settings to write to it.</source>
        <translation>%1 wird abgelehnt: Das Profil %2 ist nur lesend. Entfernen Sie „Nur lesend“ in seinen Einstellungen, um darauf zu schreiben.</translation>
    </message>
</context>
<context>
    <name>pgs::ConnectionSpec</name>
    <message>
        <location filename="../src/core/connection/connectionspec.cpp" line="+103"/>
        <source>Invalid connection string: %1</source>
        <translation>Ungültige Verbindungszeichenfolge: %1</translation>
    </message>
</context>
<context>
    <name>pgs::ConnectionString</name>
    <message>
        <location filename="../src/core/connection/connectionstring.cpp" line="+43"/>
        <source>The connection string has no valid port: %1</source>
        <translation>Die Verbindungszeichenkette hat keinen gültigen Port: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown SSL mode &quot;%1&quot; in the connection string</source>
        <translation>Unbekannter SSL-Modus „%1“ in der Verbindungszeichenkette</translation>
    </message>
</context>
<context>
    <name>pgs::ConnectionTest</name>
    <message>
        <location filename="../src/core/connection/connectiontest.cpp" line="+58"/>
        <source>SSL %1 (%2)</source>
        <translation>SSL %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no SSL</source>
        <translation>kein SSL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to PostgreSQL %1 as %2, %3; connect %4 ms, round trip %5 ms</source>
        <translation>Verbunden mit PostgreSQL %1 als %2, %3; Verbindungsaufbau %4 ms, Round Trip %5 ms</translation>
    </message>
</context>
<context>
    <name>pgs::CopyBack</name>
    <message>
        <location filename="../src/core/physical/copybackrelations.cpp" line="+50"/>
        <source>The recovered cluster has no table %1 in the database %2.</source>
        <translation>Der wiederhergestellte Cluster hat keine Tabelle %1 in der Datenbank %2.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The partition %1.%2 of %3 is in another schema: a copy back renames within one schema.</source>
        <translation>Die Partition %1.%2 von %3 liegt in einem anderen Schema: Das Zurückkopieren benennt nur innerhalb eines Schemas um.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partition %1.%2 of %3 is not a table (a foreign table?): it cannot be copied back.</source>
        <translation>Die Partition %1.%2 von %3 ist keine Tabelle (eine Fremdtabelle?): Sie kann nicht zurückkopiert werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a table (only tables can be copied back).</source>
        <translation>%1 ist keine Tabelle (nur Tabellen können zurückkopiert werden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a partition: copy back its partitioned table, whose partitions come with it.</source>
        <translation>%1 ist eine Partition: Kopieren Sie ihre partitionierte Tabelle zurück, deren Partitionen mitkommen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The schema %1 does not exist in the database %2 of the target: create it first.</source>
        <translation>Das Schema %1 gibt es in der Datenbank %2 des Ziels nicht: Legen Sie es zuerst an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists in the schema %2 of the database %3 on the target: choose another name; nothing was changed.</source>
        <translation>%1 gibt es im Schema %2 der Datenbank %3 auf dem Ziel schon: Wählen Sie einen anderen Namen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists in the schema %2 of the recovered cluster: choose another name.</source>
        <translation>%1 gibt es im Schema %2 des wiederhergestellten Clusters schon: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/physical/copyback.cpp" line="+69"/>
        <source>Refusing to copy into &quot;%1&quot; on a production profile without the typed confirmation: confirm with the database name &quot;%1&quot;.</source>
        <translation>Kopieren nach „%1“ auf einem Produktionsprofil ohne getippte Bestätigung abgelehnt: Bestätigen Sie mit dem Datenbanknamen „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>&quot;%1&quot; does not match.</source>
        <translation>„%1“ stimmt nicht überein.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copying back writes into &quot;%1&quot;: confirm with the database name &quot;%1&quot;.</source>
        <translation>Das Zurückkopieren schreibt in „%1“: Bestätigen Sie mit dem Datenbanknamen „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the new database &quot;%1&quot; was dropped again</source>
        <translation>die neue Datenbank „%1“ wurde wieder gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new database &quot;%1&quot; could not be dropped (%2): drop it yourself</source>
        <translation>die neue Datenbank „%1“ konnte nicht gelöscht werden (%2): Löschen Sie sie selbst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was created in &quot;%1&quot; (the tables are restored in one transaction)</source>
        <translation>in „%1“ wurde nichts angelegt (die Tabellen werden in einer Transaktion wiederhergestellt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the new tables %1 stay in &quot;%2&quot;: compare them, or drop them</source>
        <translation>die neuen Tabellen %1 bleiben in „%2“: Vergleichen oder löschen Sie sie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The target profile is read-only: copying back writes into it.</source>
        <translation>Das Zielprofil ist nur lesend: Das Zurückkopieren schreibt hinein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose tables or a whole database to copy back.</source>
        <translation>Wählen Sie Tabellen oder eine ganze Datenbank zum Zurückkopieren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the new database a name of 1 to 63 bytes.</source>
        <translation>Geben Sie der neuen Datenbank einen Namen von 1 bis 63 Bytes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>The recovered cluster has no database %1: %2</source>
        <translation>Der wiederhergestellte Cluster hat keine Datenbank %1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The database &quot;%1&quot; already exists on the target: choose another name; nothing was changed.</source>
        <translation>Die Datenbank „%1“ gibt es auf dem Ziel schon: Wählen Sie einen anderen Namen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recovered cluster is paused in recovery: resume it (promote) before copying tables back.</source>
        <translation>Der wiederhergestellte Cluster steht pausiert in der Wiederherstellung: Setzen Sie sie fort (Promote), bevor Sie Tabellen zurückkopieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name each table as schema.table.</source>
        <translation>Nennen Sie jede Tabelle als schema.tabelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 would keep its name: give a suffix or a new name.</source>
        <translation>%1 behielte seinen Namen: Geben Sie ein Suffix oder einen neuen Namen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2.%3 becomes %2.%4</source>
        <translation>%1 %2.%3 wird zu %2.%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking names and the target</source>
        <translation>Namen und Ziel werden geprüft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create a work folder in %1: %2</source>
        <translation>Arbeitsordner in %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovered sandbox %1</source>
        <translation>Wiederhergestellte Sandbox %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot rename the tables in the recovered cluster: %1</source>
        <translation>Die Tabellen im wiederhergestellten Cluster können nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renamed in the recovered cluster for the dump: %1</source>
        <translation>Für den Dump im wiederhergestellten Cluster umbenannt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dumping from the recovered cluster</source>
        <translation>Dump aus dem wiederhergestellten Cluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tables could not be renamed back in the recovered cluster: %1</source>
        <translation>Die Tabellen konnten im wiederhergestellten Cluster nicht zurückbenannt werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Foreign key %1 on %2 left out: the copy stays independent of the live tables.</source>
        <translation>Fremdschlüssel %1 auf %2 ausgelassen: Die Kopie bleibt unabhängig von den Live-Tabellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restoring into %1</source>
        <translation>Wiederherstellung in %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The copy into %1 failed, and %2: %3</source>
        <translation>Die Kopie nach %1 ist fehlgeschlagen, und %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied back into %1</source>
        <translation>Zurückkopiert nach %1</translation>
    </message>
    <message>
        <location filename="../src/core/physical/copybacksource.cpp" line="+34"/>
        <source>%1 holds no recovered cluster.</source>
        <translation>%1 enthält keinen wiederhergestellten Cluster.</translation>
    </message>
</context>
<context>
    <name>pgs::CopyBackDialog</name>
    <message>
        <location filename="../src/app/pitr/copybackdialog.cpp" line="+30"/>
        <source>Copy back under new names</source>
        <translation>Unter neuen Namen zurückkopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the cluster recovered to &lt;b&gt;%1&lt;/b&gt; (%2) to a live server. Nothing there is replaced: the copies get new names, and a name that exists is refused.</source>
        <translation>Aus dem auf &lt;b&gt;%1&lt;/b&gt; wiederhergestellten Cluster (%2) auf einen Live-Server. Dort wird nichts ersetzt: Die Kopien erhalten neue Namen, ein vorhandener Name wird abgelehnt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tables</source>
        <translation>&amp;Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole &amp;database</source>
        <translation>Eine ganze &amp;Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy:</source>
        <translation>Kopieren:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the recovered &amp;database:</source>
        <translation>Aus der wiederhergestellten &amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name &amp;suffix:</source>
        <translation>Namens&amp;suffix:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows (estimate)</source>
        <translation>Zeilen (Schätzung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name (double-click to edit)</source>
        <translation>Neuer Name (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New database &amp;name:</source>
        <translation>&amp;Name der neuen Datenbank:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Into the profile:</source>
        <translation>&amp;In das Profil:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into its d&amp;atabase:</source>
        <translation>In dessen D&amp;atenbank:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Con&amp;firmation:</source>
        <translation>&amp;Bestätigung:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy back</source>
        <translation>&amp;Zurückkopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel the copy</source>
        <translation>Kopieren a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the recovered cluster…</source>
        <translation>Der wiederhergestellte Cluster wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables of the recovered cluster %1</source>
        <translation>Tabellen des wiederhergestellten Clusters %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the recovered cluster: %1</source>
        <translation>Der wiederhergestellte Cluster kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not analyzed</source>
        <translation>nicht analysiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database %1 of the recovered cluster has no tables.</source>
        <translation>Die Datenbank %1 des wiederhergestellten Clusters hat keine Tabellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the tables to copy; their new names are in the last column.</source>
        <translation>Haken Sie die zu kopierenden Tabellen an; ihre neuen Namen stehen in der letzten Spalte.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Production: type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Produktion: Tippen Sie &lt;b&gt;%1&lt;/b&gt; zur Bestätigung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Tippen Sie &lt;b&gt;%1&lt;/b&gt; zur Bestätigung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no writable profile to copy into: add the live server as a profile first.</source>
        <translation>Es gibt kein beschreibbares Profil als Ziel: Legen Sie den Live-Server zuerst als Profil an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the database %1 as %2</source>
        <translation>die Datenbank %1 als %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy back %1 from the recovered cluster</source>
        <translation>%1 aus dem wiederhergestellten Cluster zurückkopieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copied into %1.</source>
        <translation>Kopiert nach %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 rows (the recovered cluster has %3)</source>
        <translation>%1: %2 Zeilen (der wiederhergestellte Cluster hat %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not copied: %1</source>
        <translation>Nicht kopiert: %1</translation>
    </message>
</context>
<context>
    <name>pgs::CredentialStore</name>
    <message>
        <location filename="../src/core/connection/credentials.cpp" line="+185"/>
        <source>No keychain (secret service) is available on this system; store the password in the password file or enter it when connecting.</source>
        <translation>Auf diesem System ist kein Schlüsselbund (Secret Service) verfügbar; speichern Sie das Passwort in der Passwortdatei oder geben Sie es beim Verbinden ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the profile before storing its password in the keychain.</source>
        <translation>Speichern Sie das Profil, bevor Sie sein Passwort im Schlüsselbund ablegen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the password from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not store the password in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not remove the password from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>The keychain did not answer within 10 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von 10 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>pgs::DashboardView</name>
    <message>
        <location filename="../src/app/monitor/dashboard/dashboardframe.cpp" line="+19"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle in txn</source>
        <translation>im Leerlauf in Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rollbacks</source>
        <translation>Rollbacks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAL written</source>
        <translation>WAL geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>returned</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fetched</source>
        <translation>abgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads</source>
        <translation>Lesevorgänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hits</source>
        <translation>Treffer</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/monitor/dashboard/dashboardview.cpp" line="+52"/>
        <source>Every %n s</source>
        <translation>
            <numerusform>Alle %n s</numerusform>
            <numerusform>Alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+287"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Sample:</source>
        <translation>Messung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Waiting for samples…</source>
        <translation>Warten auf Messungen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sessions by state</source>
        <translation>Sitzungen nach Zustand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transactions per second (all databases)</source>
        <translation>Transaktionen pro Sekunde (alle Datenbanken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read per second (all databases)</source>
        <translation>Gelesene Zeilen pro Sekunde (alle Datenbanken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows written per second (all databases)</source>
        <translation>Geschriebene Zeilen pro Sekunde (alle Datenbanken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache hit ratio (all databases)</source>
        <translation>Cache-Trefferquote (alle Datenbanken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block I/O, blocks per second (all databases)</source>
        <translation>Block-I/O, Blöcke pro Sekunde (alle Datenbanken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAL bytes per second</source>
        <translation>WAL-Bytes pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement calls per second (all databases)</source>
        <translation>Anweisungsaufrufe pro Sekunde (alle Datenbanken)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Dashboard history of %1</source>
        <translation>Dashboard-Verlauf von %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Rates start with the second sample…</source>
        <translation>Raten beginnen mit der zweiten Messung…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pg_stat_statements is not available</source>
        <translation>pg_stat_statements ist nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Sampling failed: %1 — retrying every %n s</source>
        <translation>
            <numerusform>Messung fehlgeschlagen: %1 — neuer Versuch alle %n s</numerusform>
            <numerusform>Messung fehlgeschlagen: %1 — neuer Versuch alle %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last sample %1, every %n s</source>
        <translation>
            <numerusform>Letzte Messung %1, alle %n s</numerusform>
            <numerusform>Letzte Messung %1, alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the first sample…</source>
        <translation>Warten auf die erste Messung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>history not saved: %1</source>
        <translation>Verlauf nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>history off</source>
        <translation>Verlauf aus</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>history every %n s (last %1)</source>
        <translation>
            <numerusform>Verlauf alle %n s (zuletzt %1)</numerusform>
            <numerusform>Verlauf alle %n s (zuletzt %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>history every %n s</source>
        <translation>
            <numerusform>Verlauf alle %n s</numerusform>
            <numerusform>Verlauf alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Create pg_stat_statements</source>
        <translation>pg_stat_statements anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This runs CREATE EXTENSION pg_stat_statements in the database %1 of %2.</source>
        <translation>Dies führt CREATE EXTENSION pg_stat_statements in der Datenbank %1 auf %2 aus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create pg_stat_statements in %1</source>
        <translation>pg_stat_statements in %1 anlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the extension failed: %1</source>
        <translation>Anlegen der Erweiterung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>pgs::DatabaseTableModel</name>
    <message>
        <location filename="../src/app/monitor/databasetablemodel.cpp" line="+46"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown: no CONNECT privilege on this database.</source>
        <translation>Unbekannt: kein CONNECT-Recht auf dieser Datenbank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template database</source>
        <translation>Vorlagendatenbank</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XID age</source>
        <translation>XID-Alter</translation>
    </message>
</context>
<context>
    <name>pgs::DemoData</name>
    <message>
        <location filename="../src/core/sandbox/demodata.cpp" line="+29"/>
        <source>Creating database %1</source>
        <translation>Datenbank %1 wird angelegt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the demo database</source>
        <translation>Demodatenbank wird vorbereitet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo data is already loaded in %1</source>
        <translation>Die Demodaten sind in %1 bereits geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data present</source>
        <translation>Demodaten vorhanden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the ticketing schema</source>
        <translation>Ticket-Schema wird angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating customers, orders, tickets and transactions</source>
        <translation>Kunden, Bestellungen, Tickets und Transaktionen werden erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding keys and indexes</source>
        <translation>Schlüssel und Indizes werden angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyzing the tables</source>
        <translation>Tabellen werden analysiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading the demo data failed (%1): %2</source>
        <translation>Laden der Demodaten fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo data loaded</source>
        <translation>Demodaten geladen</translation>
    </message>
</context>
<context>
    <name>pgs::DemoStandby</name>
    <message>
        <location filename="../src/core/sandbox/demostandby.cpp" line="+27"/>
        <source>The sandbox in %1 is not running: start it first.</source>
        <translation>Die Sandbox in %1 läuft nicht: zuerst starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile %1 is not the sandbox in %2: a demo standby is made of the local sandbox only.</source>
        <translation>Profil %1 ist nicht die Sandbox in %2: ein Demo-Standby wird nur von der lokalen Sandbox angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox in %1 is itself a standby.</source>
        <translation>Die Sandbox in %1 ist selbst ein Standby.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standby directory: %1</source>
        <translation>Standby-Verzeichnis: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the standby</source>
        <translation>Standby wird gestartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The standby runs on port %1 and streams from port %2 (slot %3).</source>
        <translation>Der Standby läuft auf Port %1 und streamt von Port %2 (Slot %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 standby</source>
        <translation>%1 Standby</translation>
    </message>
</context>
<context>
    <name>pgs::DemoWorkload</name>
    <message>
        <location filename="../src/core/sandbox/demoworkload.cpp" line="+237"/>
        <source>The demo data is not loaded in this database</source>
        <translation>In dieser Datenbank sind keine Demodaten geladen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Demo workload: %1 clients on %2</source>
        <translation>Demo-Last: %1 Clients auf %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 transactions, %2 rollbacks</source>
        <translation>%1 Transaktionen, %2 Rollbacks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo workload finished: %1 transactions (%2 per second), %3 rollbacks in %4 s</source>
        <translation>Demo-Last beendet: %1 Transaktionen (%2 pro Sekunde), %3 Rollbacks in %4 s</translation>
    </message>
</context>
<context>
    <name>pgs::DemoWorkloadController</name>
    <message>
        <location filename="../src/app/shell/demoworkloadcontroller.cpp" line="+55"/>
        <source>Demo workload on %1</source>
        <translation>Demo-Last auf %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop &amp;demo workload</source>
        <translation>&amp;Demo-Last stoppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start &amp;demo workload</source>
        <translation>&amp;Demo-Last starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run a light ticketing load (4 clients) until stopped</source>
        <translation>Erzeugt eine leichte Ticketing-Last (4 Clients), bis sie gestoppt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available for the local sandbox server (profile group &quot;Local&quot;)</source>
        <translation>Verfügbar für den lokalen Sandbox-Server (Profilgruppe „Local“)</translation>
    </message>
</context>
<context>
    <name>pgs::DestinationsDialog</name>
    <message>
        <location filename="../src/app/offsite/destinationsdialog.cpp" line="+21"/>
        <source>keep all</source>
        <translation>alle behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 daily</source>
        <translation>%1 täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 weekly</source>
        <translation>%1 wöchentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 monthly</source>
        <translation>%1 monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 last</source>
        <translation>%1 letzte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>s3://BUCKET/PREFIX, sftp://USER@HOST/PATH, rclone:REMOTE:PATH or /mnt/nas/backups</source>
        <translation>s3://BUCKET/PRÄFIX, sftp://BENUTZER@HOST/PFAD, rclone:REMOTE:PFAD oder /mnt/nas/backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://minio.example:9000 (empty: AWS)</source>
        <translation>https://minio.example:9000 (leer: AWS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age1… public keys, one per line (empty: not encrypted)</source>
        <translation>age1…-Schlüssel (öffentlich), einer pro Zeile (leer: unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>age, %1 recipient(s)</source>
        <translation>age, Empfänger: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1; its copies are not encrypted (no recipients)</source>
        <translation>%1 hinzugefügt; seine Kopien sind nicht verschlüsselt (keine Empfänger)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test destination %1</source>
        <translation>Ziel %1 testen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is reachable; complete copies there: %2</source>
        <translation>%1 ist erreichbar; vollständige Kopien dort: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Detach %1 from the catalogs</source>
        <translation>%1 von den Katalogen lösen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backups into %1 are no longer copied there.</source>
        <translation>Sicherungen in %1 werden nicht mehr dorthin kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left as it was: %1</source>
        <translation>Unverändert gelassen: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+12"/>
        <source>Removed %1; its copies stay where they are</source>
        <translation>%1 entfernt; seine Kopien bleiben, wo sie sind</translation>
    </message>
</context>
<context>
    <name>pgs::DumpProgress</name>
    <message numerus="yes">
        <location filename="../src/core/backup/pgdumpprogress.cpp" line="+23"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Dumping the schema</source>
        <translation>Schema wird gesichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dumping %1</source>
        <translation>%1 wird gesichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 written</source>
        <translation>, %1 geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
</context>
<context>
    <name>pgs::EffectivePrivileges</name>
    <message>
        <location filename="../src/core/audit/effectiveprivileges.cpp" line="+92"/>
        <location line="+28"/>
        <source>directly</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+29"/>
        <source>member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>owner of database %1</source>
        <translation>Eigentümer der Datenbank %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PUBLIC (every role)</source>
        <translation>PUBLIC (jede Rolle)</translation>
    </message>
</context>
<context>
    <name>pgs::FetchDialog</name>
    <message>
        <location filename="../src/app/offsite/fetchdialog.cpp" line="+31"/>
        <source>&amp;Fetch</source>
        <translation>&amp;Holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>age identity (secret key) file, for encrypted copies</source>
        <translation>age-Identitätsdatei (geheimer Schlüssel), für verschlüsselte Kopien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No destinations yet: add one under Backups › Off-site.</source>
        <translation>Noch keine Ziele: unter Sicherungen › Extern eines hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the catalog %1</source>
        <translation>In den Katalog %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>age identity file</source>
        <translation>age-Identitätsdatei</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Listing the copies at %1…</source>
        <translation>Kopien bei %1 werden aufgelistet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies at %1</source>
        <translation>Kopien bei %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 complete copies at %2; they are fetched into %3</source>
        <translation>Vollständige Kopien bei %2: %1; sie werden nach %3 geholt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fetch %1 from %2</source>
        <translation>%1 von %2 holen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fetched: %1</source>
        <translation>Nicht geholt: %1</translation>
    </message>
</context>
<context>
    <name>pgs::Finding</name>
    <message>
        <location filename="../src/core/findings/finding.cpp" line="+42"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>pgs::FixPreviewDialog</name>
    <message>
        <location filename="../src/app/health/fixpreviewdialog.cpp" line="+19"/>
        <source>Fix %1</source>
        <translation>%1 korrigieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This runs the SQL below in the database %1 of %2:</source>
        <translation>Das führt das folgende SQL in der Datenbank %1 von %2 aus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(server-wide)</source>
        <translation>(serverweit)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Run fix</source>
        <translation>Korrektur &amp;ausführen</translation>
    </message>
</context>
<context>
    <name>pgs::Forecast</name>
    <message>
        <location filename="../src/core/monitor/forecast.cpp" line="+52"/>
        <source>Too few samples for a trend (%1, need %2).</source>
        <translation>Zu wenige Messungen für einen Trend (%1, nötig sind %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Too few samples since the last jump in size (%1, need %2).</source>
        <translation>Zu wenige Messungen seit dem letzten Größensprung (%1, nötig sind %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All samples have the same time.</source>
        <translation>Alle Messungen haben denselben Zeitpunkt.</translation>
    </message>
</context>
<context>
    <name>pgs::FormatPage</name>
    <message>
        <location filename="../src/app/backup/formatpage.cpp" line="+65"/>
        <source>pg_dumpall writes a plain SQL script; pgsteward compresses it while it streams to disk when you pick a method.</source>
        <translation>pg_dumpall schreibt ein reines SQL-Skript; wenn Sie ein Verfahren wählen, komprimiert pgsteward es, während es auf die Festplatte geschrieben wird.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Looking for pg_dump…</source>
        <translation>pg_dump wird gesucht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server needs pg_dump %1 or newer.</source>
        <translation>Dieser Server braucht pg_dump %1 oder neuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Using pg_dump %1 (%2) for PostgreSQL %3.</source>
        <translation>pg_dump %1 (%2) wird für PostgreSQL %3 verwendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>pgs::GlobalsSelection</name>
    <message>
        <location filename="../src/core/restore/globalsselection.cpp" line="+57"/>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>membership of %1 in %2</source>
        <translation>Mitgliedschaft von %1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tablespace %1</source>
        <translation>Tablespace %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+48"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Reading the globals of the backup</source>
        <translation>Die globalen Objekte der Sicherung werden gelesen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Creating %1</source>
        <translation>%1 wird angelegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created from the globals: %1</source>
        <translation>Aus den globalen Objekten angelegt: %1</translation>
    </message>
</context>
<context>
    <name>pgs::GrantDialog</name>
    <message>
        <location filename="../src/app/audit/grantdialog.cpp" line="+42"/>
        <source>Grant or revoke privileges</source>
        <translation>Rechte gewähren oder entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant</source>
        <translation>Gewähren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tables and views</source>
        <translation>Tabellen und Sichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All tables in schema</source>
        <translation>Alle Tabellen im Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default privileges on future tables</source>
        <translation>Standardrechte auf künftige Tabellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sequences in schema</source>
        <translation>Alle Sequenzen im Schema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default privileges on future sequences</source>
        <translation>Standardrechte auf künftige Sequenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All functions in schema</source>
        <translation>Alle Funktionen im Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default privileges on future functions</source>
        <translation>Standardrechte auf künftige Funktionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database</source>
        <translation>Die Datenbank</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Functions, e.g. f(integer), one per line:</source>
        <translation>Funktionen, z. B. f(integer), eine pro Zeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names (one per line):</source>
        <translation>Namen (einer pro Zeile):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose at least one privilege.</source>
        <translation>Wählen Sie mindestens ein Recht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Choose a schema.</source>
        <translation>Wählen Sie ein Schema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name at least one object.</source>
        <translation>Nennen Sie mindestens ein Objekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These statements run in one transaction in database %1.</source>
        <translation>Diese Anweisungen laufen in einer Transaktion in der Datenbank %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed: preview the SQL again.</source>
        <translation>Geändert: Zeigen Sie die SQL-Vorschau erneut an.</translation>
    </message>
</context>
<context>
    <name>pgs::GrantSql</name>
    <message>
        <location filename="../src/core/audit/grantsql.cpp" line="+93"/>
        <source>Unbalanced double quote in %1</source>
        <translation>Unausgeglichenes Anführungszeichen in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty name part in %1</source>
        <translation>Leerer Namensteil in %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown privilege &apos;%1&apos;</source>
        <translation>Unbekanntes Recht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected: PRIVILEGES ON OBJECT %1 ROLE</source>
        <translation>Erwartet: PRIVILEGES ON OBJECT %1 ROLE</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Expected TABLES, SEQUENCES or FUNCTIONS after %1</source>
        <translation>Nach %1 wurde TABLES, SEQUENCES oder FUNCTIONS erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected IN SCHEMA name</source>
        <translation>IN SCHEMA name erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <source>Bad role name %1</source>
        <translation>Ungültiger Rollenname %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No object named after ON</source>
        <translation>Nach ON ist kein Objekt genannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected %1 ROLE</source>
        <translation>%1 ROLE erwartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No role named after %1</source>
        <translation>Nach %1 ist keine Rolle genannt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No function %1</source>
        <translation>Keine Funktion %1</translation>
    </message>
</context>
<context>
    <name>pgs::HealthView</name>
    <message>
        <location filename="../src/app/health/healthview.cpp" line="+46"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%1 (%n findings)</source>
        <translation>
            <numerusform>%1 (%n Befunde)</numerusform>
            <numerusform>%1 (%n Befunde)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No run yet: Run checks looks at every database of the server.</source>
        <translation>Noch kein Lauf: „Prüfungen ausführen“ untersucht jede Datenbank des Servers.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n findings in %1 databases</source>
        <translation>
            <numerusform>%n Befunde in %1 Datenbanken</numerusform>
            <numerusform>%n Befunde in %1 Datenbanken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n new since the run before</source>
        <translation>
            <numerusform>, %n neu seit dem Lauf davor</numerusform>
            <numerusform>, %n neu seit dem Lauf davor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n checks could not run: %1</source>
        <translation>
            <numerusform>; %n Prüfungen konnten nicht laufen: %1</numerusform>
            <numerusform>; %n Prüfungen konnten nicht laufen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Health checks of %1</source>
        <translation>Health-Prüfungen von %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checks failed: %1</source>
        <translation>Die Prüfungen sind fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select a finding to see its explanation and fix.</source>
        <translation>Einen Befund wählen, um Erklärung und Korrektur zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measured %1 against the threshold %2.</source>
        <translation>Gemessen %1 gegen die Schwelle %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Running a fix</source>
        <translation>Das Ausführen einer Korrektur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix %1 on %2</source>
        <translation>%1 auf %2 korrigieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix applied. Run the checks again to confirm.</source>
        <translation>Korrektur ausgeführt. Die Prüfungen erneut ausführen, um sie zu bestätigen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The fix failed: %1</source>
        <translation>Die Korrektur ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>pgs::HistoryScheduleDialog</name>
    <message>
        <location filename="../src/app/monitor/capacity/historyscheduledialog.cpp" line="+27"/>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History while pgsteward is closed — %1</source>
        <translation>Verlauf bei geschlossenem pgsteward — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard records history only while it is open. A timer of your own user account can run &lt;code&gt;pgsteward-cli sample&lt;/code&gt; for this profile so the size and latency history has no gaps.</source>
        <translation>Das Dashboard zeichnet den Verlauf nur auf, solange es geöffnet ist. Ein Timer Ihres eigenen Benutzerkontos kann &lt;code&gt;pgsteward-cli sample&lt;/code&gt; für dieses Profil ausführen, damit der Größen- und Latenzverlauf keine Lücken hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>systemd user timer</source>
        <translation>systemd-Benutzer-Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crontab</source>
        <translation>crontab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scheduler:</source>
        <translation>Zeitplaner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample every:</source>
        <translation>Messung alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed:</source>
        <translation>Installiert:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>yes, every %1 min</source>
        <translation>ja, alle %1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not install the timer</source>
        <translation>Der Timer konnte nicht installiert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not remove the timer</source>
        <translation>Der Timer konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>pgs::HistoryStore</name>
    <message>
        <location filename="../src/core/monitor/historystoreopen.cpp" line="+120"/>
        <source>History store %1: %2 failed: %3</source>
        <translation>Verlaufsspeicher %1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>opening the file</source>
        <translation>Öffnen der Datei</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+13"/>
        <source>creating the schema</source>
        <translation>Anlegen des Schemas</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The history file %1 was written by a newer pgsteward (schema %2).</source>
        <translation>Die Verlaufsdatei %1 wurde von einem neueren pgsteward geschrieben (Schema %2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>quick_check: %1</source>
        <translation>quick_check: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History store %1: the file is damaged (%2).</source>
        <translation>Verlaufsspeicher %1: die Datei ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history file %1 is damaged (%2) and could not be moved aside to %3: %4</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt (%2) und konnte nicht nach %3 beiseitegelegt werden: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The history file %1 is damaged (%2) and %3 could not be moved aside: %4</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt (%2), und %3 konnte nicht beiseitegelegt werden: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history file %1 was damaged (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei %1 war beschädigt (%2). Sie wurde als %3 aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location filename="../src/core/monitor/historystore.cpp" line="+70"/>
        <source>adding a series</source>
        <translation>Hinzufügen einer Messreihe</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/core/monitor/historystorequeries.cpp" line="+74"/>
        <location line="+47"/>
        <source>reading a series</source>
        <translation>Lesen einer Messreihe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History store: the series %1 %2 could not be created.</source>
        <translation>Verlaufsspeicher: die Messreihe %1 %2 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>adding a point</source>
        <translation>Hinzufügen eines Messpunkts</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>adding statement deltas</source>
        <translation>Hinzufügen der Anweisungsdifferenzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>adding statement texts</source>
        <translation>Hinzufügen der Anweisungstexte</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+97"/>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>keeping the previous sample</source>
        <translation>Aufbewahren der vorherigen Messung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>committing a sample</source>
        <translation>Festschreiben einer Messung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the previous sample</source>
        <translation>Lesen der vorherigen Messung</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+4"/>
        <source>compacting</source>
        <translation>Verdichten</translation>
    </message>
    <message>
        <location filename="../src/core/monitor/historystorequeries.cpp" line="+22"/>
        <source>reading latencies</source>
        <translation>Lesen der Latenzen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>listing databases</source>
        <translation>Auflisten der Datenbanken</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+27"/>
        <source>listing series</source>
        <translation>Auflisten der Messreihen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>reading top statements</source>
        <translation>Lesen der häufigsten Anweisungen</translation>
    </message>
</context>
<context>
    <name>pgs::HistoryTexts</name>
    <message>
        <location filename="../src/app/monitor/history/historytexts.cpp" line="+28"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No history yet for this server: the dashboard records a sample every minute while it is open, or schedule `pgsteward-cli sample`.</source>
        <translation>Noch kein Verlauf für diesen Server: das Dashboard zeichnet jede Minute eine Messung auf, solange es geöffnet ist; alternativ planen Sie `pgsteward-cli sample` ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No samples in this range; the last one is from %1</source>
        <translation>Keine Messungen in diesem Zeitraum; letzte Messung: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History: 1 sample, at %1.</source>
        <translation>Verlauf: 1 Messung, um %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History over %1, since %2.</source>
        <translation>Verlauf über %1, seit %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History: %1 samples over %2, since %3.</source>
        <translation>Verlauf: %1 Messungen über %2, seit %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One point per hour (hourly roll-ups). Last sample: %1.</source>
        <translation>Ein Punkt pro Stunde (stündlich zusammengefasst). Letzte Messung: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sample. Last sample: %1.</source>
        <translation>Jede Messung. Letzte Messung: %1.</translation>
    </message>
</context>
<context>
    <name>pgs::HistoryToolbar</name>
    <message>
        <location filename="../src/app/monitor/history/historytoolbar.cpp" line="+38"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7d</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30d</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1y</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Export %1 as PNG</source>
        <translation>%1 als PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>pgs::HumanFormat</name>
    <message>
        <location filename="../src/app/monitor/humanformat.cpp" line="+26"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>pgs::Job</name>
    <message>
        <location filename="../src/core/jobs/job.cpp" line="+23"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>pgs::JobContext</name>
    <message>
        <location filename="../src/core/jobs/jobcontext.cpp" line="+59"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>pgs::JobListModel</name>
    <message>
        <location filename="../src/app/jobs/joblistmodel.cpp" line="+119"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>pgs::JobsPanel</name>
    <message>
        <location filename="../src/app/jobs/jobspanel.cpp" line="+26"/>
        <source>&amp;Cancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear finished</source>
        <translation>&amp;Erledigte entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a job to see its log.</source>
        <translation>Wählen Sie einen Auftrag aus, um sein Protokoll zu sehen.</translation>
    </message>
</context>
<context>
    <name>pgs::LatencyView</name>
    <message>
        <location filename="../src/app/monitor/history/latencyview.cpp" line="+29"/>
        <source>All statements</source>
        <translation>Alle Anweisungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected statement</source>
        <translation>Ausgewählte Anweisung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean latency</source>
        <translation>Mittlere Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls per second</source>
        <translation>Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a statement to see its full text and its own latency.</source>
        <translation>Wählen Sie eine Anweisung aus, um ihren vollständigen Text und ihre eigene Latenz zu sehen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Latency history of %1</source>
        <translation>Latenzverlauf von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the latency history: %1</source>
        <translation>Der Latenzverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+1"/>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No statement history: %1</source>
        <translation>Kein Anweisungsverlauf: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_stat_statements is not available.</source>
        <translation>pg_stat_statements ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No statement calls between the samples in this range; the last sample is from %1.</source>
        <translation>Keine Anweisungsaufrufe zwischen den Messungen in diesem Bereich; die letzte Messung ist vom %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No statement history in this range yet: latencies need two samples with pg_stat_statements; the last sample is from %1.</source>
        <translation>Noch kein Anweisungsverlauf in diesem Zeitraum: Latenzen brauchen zwei Messungen mit pg_stat_statements; letzte Messung: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>No statement history</source>
        <translation>Kein Anweisungsverlauf</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n statement(s), %1 calls in the range. </source>
        <translation>
            <numerusform>%n Anweisung, %1 Aufrufe im Zeitraum. </numerusform>
            <numerusform>%n Anweisungen, %1 Aufrufe im Zeitraum. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the top %1 by total time. </source>
        <translation>Angezeigt werden die %1 mit der höchsten Gesamtzeit. </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The text of query id %1 was not recorded: it never ranked among the sampled top statements.</source>
        <translation>Der Text der Abfrage mit der ID %1 wurde nicht aufgezeichnet: sie gehörte in keiner Messung zu den häufigsten Anweisungen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statement latency history</source>
        <translation>Latenzverlauf der Anweisung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the statement&apos;s history: %1</source>
        <translation>Der Verlauf der Anweisung konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pgs::Main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+79"/>
        <source>pgsteward needs a graphical display (X11 or Wayland); for headless use run pgsteward-cli</source>
        <translation>pgsteward benötigt eine grafische Oberfläche (X11 oder Wayland); ohne Bildschirm verwenden Sie pgsteward-cli</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PostgreSQL operations workstation</source>
        <translation>Arbeitsplatz für den PostgreSQL-Betrieb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the profile NAME at start.</source>
        <translation>Beim Start mit dem Profil NAME verbinden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>pgs::MainWindow</name>
    <message>
        <location filename="../src/app/shell/mainwindow.cpp" line="+37"/>
        <source>Double-click a profile on the left to connect,
or create one with File → New profile…</source>
        <translation>Doppelklicken Sie links auf ein Profil, um sich zu verbinden,
oder legen Sie eines an mit Datei → Neues Profil…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 — pgsteward</source>
        <translation>%1 — pgsteward</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pgsteward</source>
        <translation>pgsteward</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>About pgsteward</source>
        <translation>Über pgsteward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;pgsteward %1&lt;/b&gt;&lt;br&gt;A desktop workstation for PostgreSQL operations.</source>
        <translation>&lt;b&gt;pgsteward %1&lt;/b&gt;&lt;br&gt;Ein Desktop-Arbeitsplatz für den PostgreSQL-Betrieb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licensed under the GNU GPL v3 or later.</source>
        <translation>Lizenziert unter der GNU GPL v3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>pgs::MaintenanceView</name>
    <message>
        <location filename="../src/app/health/maintenanceview.cpp" line="+54"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server decides</source>
        <translation>Server entscheidet</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tables of %1</source>
        <translation>Tabellen von %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot list the tables: %1</source>
        <translation>Die Tabellen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>VACUUM FULL cannot use parallel workers.</source>
        <translation>VACUUM FULL kann keine parallelen Worker verwenden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maintenance on %1</source>
        <translation>Wartung auf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This runs %1 on %n tables of %2.</source>
        <translation>
            <numerusform>Das führt %1 auf %n Tabellen von %2 aus.</numerusform>
            <numerusform>Das führt %1 auf %n Tabellen von %2 aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 of %n tables</source>
        <translation>
            <numerusform>%1 von %n Tabellen</numerusform>
            <numerusform>%1 von %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Changing autovacuum settings</source>
        <translation>Das Ändern von Autovacuum-Einstellungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Autovacuum settings of %1</source>
        <translation>Autovacuum-Einstellungen von %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Autovacuum settings applied.</source>
        <translation>Autovacuum-Einstellungen übernommen.</translation>
    </message>
</context>
<context>
    <name>pgs::MigrationTableModel</name>
    <message>
        <location filename="../src/app/migrations/migrationtablemodel.cpp" line="+82"/>
        <source>repeatable</source>
        <translation>wiederholbar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>pgs::MigrationsView</name>
    <message>
        <location filename="../src/app/migrations/migrationsrun.cpp" line="+67"/>
        <source>Apply all pending migrations to the database %1</source>
        <translation>Alle ausstehenden Migrationen auf die Datenbank %1 anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the pending migrations up to %1 to the database %2</source>
        <translation>Die ausstehenden Migrationen bis %1 auf die Datenbank %2 anwenden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Roll back %n migration(s) in the database %1</source>
        <translation>
            <numerusform>%n Migration(en) in der Datenbank %1 zurücksetzen</numerusform>
            <numerusform>%n Migration(en) in der Datenbank %1 zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run of the pending migrations for %1</source>
        <translation>Probelauf der ausstehenden Migrationen für %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running migrations</source>
        <translation>Das Ausführen von Migrationen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up first?</source>
        <translation>Zuerst sichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a production profile. Back up the database %2 before changing its schema?</source>
        <translation>%1 ist ein Produktionsprofil. Die Datenbank %2 sichern, bevor ihr Schema geändert wird?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up first…</source>
        <translation>Zuerst sichern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue without a backup</source>
        <translation>Ohne Sicherung fortfahren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change the schema of a production database</source>
        <translation>Das Schema einer Produktionsdatenbank ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2. Each migration runs in its own transaction with its history row.</source>
        <translation>%1 auf %2. Jede Migration läuft in einer eigenen Transaktion mit ihrer Verlaufszeile.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Starting…</source>
        <translation>Starte …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dry run: nothing was changed</source>
        <translation>Probelauf: nichts wurde geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done: %n migration(s)</source>
        <translation>
            <numerusform>Fertig: %n Migration(en)</numerusform>
            <numerusform>Fertig: %n Migration(en)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run: the exact SQL a run would execute, in order, with the history writes. Nothing was changed.</source>
        <translation>Probelauf: das genaue SQL, das ein Lauf ausführen würde, in Reihenfolge, mit den Verlaufseinträgen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Failed at line %1: %2</source>
        <translation>Fehlgeschlagen in Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationsview.cpp" line="+31"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Databases of %1</source>
        <translation>Datenbanken von %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Migrations folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading…</source>
        <translation>Lese …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration status of %1</source>
        <translation>Migrationsstand von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the migrations: %1</source>
        <translation>Die Migrationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No migrations in the folder</source>
        <translation>Keine Migrationen im Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2. History table: %3%4.</source>
        <translation>%1 — %2. Verlaufstabelle: %3%4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (created by the first run)</source>
        <translation> (vom ersten Lauf angelegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alembic migrations are shown here only: apply them with Alembic (alembic upgrade).</source>
        <translation>Alembic-Migrationen werden hier nur angezeigt: mit Alembic anwenden (alembic upgrade).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a migration to see its SQL.</source>
        <translation>Eine Migration wählen, um ihr SQL zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed since it was applied: lines with - were applied, lines with + are in the file now.</source>
        <translation>%1 wurde seit dem Anwenden geändert: Zeilen mit - wurden angewendet, Zeilen mit + stehen jetzt in der Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(runs outside a transaction)</source>
        <translation>(läuft außerhalb einer Transaktion)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to report.</source>
        <translation>Nichts zu melden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pre-flight (statements that cannot run in a transaction)</source>
        <translation>Vorabprüfung (Anweisungen, die nicht in einer Transaktion laufen können)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lint (locks and rewrites, against the real table sizes)</source>
        <translation>Lint (Sperren und Neuschreiben, gemessen an den echten Tabellengrößen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks (%1)</source>
        <translation>Prüfungen (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>pgs::OffsiteCopy</name>
    <message>
        <location filename="../src/core/offsite/offsitecopymanifest.cpp" line="+50"/>
        <source>Not a pgsteward copy manifest (or one of a newer version)</source>
        <translation>Kein pgsteward-Kopiemanifest (oder eines einer neueren Version)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The copy manifest names a file outside its folder: %1</source>
        <translation>Das Kopiemanifest nennt eine Datei außerhalb seines Ordners: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy manifest is incomplete</source>
        <translation>Das Kopiemanifest ist unvollständig</translation>
    </message>
    <message>
        <location filename="../src/core/offsite/offsitecopy.cpp" line="+108"/>
        <source>Encrypting %1</source>
        <translation>%1 wird verschlüsselt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Only a complete backup is copied off-site; %1 is %2</source>
        <translation>Nur eine vollständige Sicherung wird extern kopiert; %1 ist %2</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>%1 is already at %2</source>
        <translation>%1 liegt bereits bei %2</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Removing the unfinished copy %1 (no copy manifest)</source>
        <translation>Entferne die unfertige Kopie %1 (kein Kopiemanifest)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing the interrupted upload %1</source>
        <translation>Entferne den abgebrochenen Upload %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Cannot create a staging folder</source>
        <translation>Es kann kein Bereitstellungsordner angelegt werden</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 does not match its checksum in the manifest: the local backup is damaged; nothing was copied</source>
        <translation>%1 stimmt nicht mit seiner Prüfsumme im Manifest überein: die lokale Sicherung ist beschädigt; nichts wurde kopiert</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Uploading %1 to %2</source>
        <translation>Lade %1 nach %2 hoch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not in the manifest</source>
        <translation>%1 steht nicht im Manifest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not match its checksum in the manifest: the local backup is damaged; nothing counts as copied</source>
        <translation>%1 passt nicht zu seiner Prüfsumme im Manifest: die lokale Sicherung ist beschädigt; nichts gilt als kopiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file list</source>
        <translation>die Dateiliste</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 arrived damaged at the destination (its MD5 differs from what was sent)</source>
        <translation>%1 kam beschädigt am Ziel an (seine MD5 weicht vom Gesendeten ab)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload of %1 is incomplete (%2 of %3 bytes at the destination)</source>
        <translation>Der Upload von %1 ist unvollständig (%2 von %3 Bytes am Ziel)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the copy manifest</source>
        <translation>das Kopiemanifest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied %1 to %2 (%3 files, %4 bytes%5)</source>
        <translation>%1 nach %2 kopiert (%3 Dateien, %4 Bytes%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
    <message>
        <location filename="../src/core/offsite/offsitelist.cpp" line="+41"/>
        <source>%1 has an unreadable copy manifest; not listed</source>
        <translation>%1 hat ein unlesbares Kopiemanifest; nicht aufgeführt</translation>
    </message>
</context>
<context>
    <name>pgs::OffsiteCopyJobs</name>
    <message>
        <location filename="../src/app/offsite/copyjobs.cpp" line="+26"/>
        <source>Copy %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy %1 off-site</source>
        <translation>%1 extern kopieren</translation>
    </message>
</context>
<context>
    <name>pgs::OffsiteCopyStatus</name>
    <message>
        <location filename="../src/core/offsite/copystatus.cpp" line="+82"/>
        <source>Cannot lock the copy status of %1</source>
        <translation>Der Kopierstatus von %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the copy status</source>
        <translation>den Kopierstatus</translation>
    </message>
</context>
<context>
    <name>pgs::OffsiteDestination</name>
    <message>
        <location filename="../src/core/offsite/destination.cpp" line="+43"/>
        <source>A destination name uses letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only: %1</source>
        <translation>Ein Zielname besteht nur aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An S3 destination names its bucket: s3://BUCKET/PREFIX</source>
        <translation>Ein S3-Ziel nennt seinen Bucket: s3://BUCKET/PREFIX</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An SFTP destination looks like sftp://USER@HOST/PATH: %1</source>
        <translation>Ein SFTP-Ziel sieht so aus: sftp://USER@HOST/PATH: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A destination URL never holds a password; use ssh-agent or a key file</source>
        <translation>Eine Ziel-URL enthält nie ein Passwort; nutzen Sie ssh-agent oder eine Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An rclone destination looks like rclone:REMOTE:PATH: %1</source>
        <translation>Ein rclone-Ziel sieht so aus: rclone:REMOTE:PATH: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A local destination is an absolute path: %1</source>
        <translation>Ein lokales Ziel ist ein absoluter Pfad: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The S3 options are for s3:// destinations</source>
        <translation>Die S3-Optionen gelten für s3://-Ziele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An age recipient is a public key starting with age1: %1</source>
        <translation>Ein age-Empfänger ist ein öffentlicher Schlüssel, der mit age1 beginnt: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a destinations file</source>
        <translation>%1 ist keine Zieldatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds a bad destination</source>
        <translation>%1 enthält ein ungültiges Ziel</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>No destination named %1</source>
        <translation>Kein Ziel namens %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>A destination named %1 exists already</source>
        <translation>Ein Ziel namens %1 gibt es bereits</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the destinations file</source>
        <translation>die Zieldatei</translation>
    </message>
</context>
<context>
    <name>pgs::OffsiteFetch</name>
    <message>
        <location filename="../src/core/offsite/offsitefetch.cpp" line="+42"/>
        <source>%1 is already in the catalog</source>
        <translation>%1 ist bereits im Katalog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no complete copy named %2</source>
        <translation>%1 hat keine vollständige Kopie namens %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is encrypted: name the age identity file with --identity</source>
        <translation>%1 ist verschlüsselt: nennen Sie die age-Identitätsdatei mit --identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the identity file %1</source>
        <translation>Die Identitätsdatei %1 ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create a download folder</source>
        <translation>Es kann kein Download-Ordner angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1 from %2</source>
        <translation>Lade %1 von %2 herunter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy %1 at %2 could not be downloaded intact; it may be damaged</source>
        <translation>Die Kopie %1 bei %2 konnte nicht unversehrt heruntergeladen werden; sie ist womöglich beschädigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the stored bytes do not match their SHA-256 (damaged or changed at the destination)</source>
        <translation>%1: die gespeicherten Bytes stimmen nicht mit ihrem SHA-256 überein (am Ziel beschädigt oder verändert)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot decrypt %1 with the identity %2 (is it the key for one of the recipients %3?)</source>
        <translation>%1 kann mit der Identität %2 nicht entschlüsselt werden (ist sie der Schlüssel zu einem der Empfänger %3?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot move %1 into the catalog</source>
        <translation>%1 kann nicht in den Katalog verschoben werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the decrypted bytes do not match their SHA-256</source>
        <translation>%1: die entschlüsselten Bytes stimmen nicht mit ihrem SHA-256 überein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy %1 at %2 is damaged; nothing was fetched</source>
        <translation>Die Kopie %1 bei %2 ist beschädigt; nichts wurde geholt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fetched copy has no good manifest</source>
        <translation>Die geholte Kopie hat kein gültiges Manifest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched %1 into %2; every checksum matches</source>
        <translation>%1 nach %2 geholt; jede Prüfsumme stimmt</translation>
    </message>
</context>
<context>
    <name>pgs::OffsiteHashes</name>
    <message>
        <location filename="../src/core/offsite/filehashes.cpp" line="+48"/>
        <location line="+7"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot encrypt %1</source>
        <translation>%1 kann nicht verschlüsselt werden</translation>
    </message>
</context>
<context>
    <name>pgs::OffsitePrune</name>
    <message>
        <location filename="../src/core/offsite/offsiteprune.cpp" line="+47"/>
        <source>keep %1 (%2)</source>
        <translation>%1 behalten (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>keep %1 at %2 (%3)</source>
        <translation>%1 bei %2 behalten (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>would delete %1 at %2 (%3)</source>
        <translation>würde %1 bei %2 löschen (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deleted %1 at %2 (%3)</source>
        <translation>%1 bei %2 gelöscht (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not delete %1 at %2: %3</source>
        <translation>%1 bei %2 konnte nicht gelöscht werden: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of the copies at %2 could not be deleted</source>
        <translation>Kopien bei %2, die nicht gelöscht werden konnten: %1</translation>
    </message>
</context>
<context>
    <name>pgs::OffsiteStream</name>
    <message>
        <location filename="../src/core/offsite/streamupload.cpp" line="+161"/>
        <source>Cannot encrypt %1</source>
        <translation>%1 kann nicht verschlüsselt werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>age ended before its header was complete</source>
        <translation>age endete, bevor sein Kopf vollständig war</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>age wrote something that is not an age file</source>
        <translation>age schrieb etwas, das keine age-Datei ist</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>age wrote more than the %1 bytes expected</source>
        <translation>age schrieb mehr als die erwarteten %1 Bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>age wrote %1 bytes, %2 were expected; nothing counts as copied</source>
        <translation>age schrieb %1 Bytes, erwartet waren %2; nichts gilt als kopiert</translation>
    </message>
</context>
<context>
    <name>pgs::OffsiteVerify</name>
    <message>
        <location filename="../src/core/offsite/offsiteverify.cpp" line="+52"/>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: missing at the destination</source>
        <translation>%1: fehlt am Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 bytes at the destination, the copy manifest says %3</source>
        <translation>%1: %2 Bytes am Ziel, das Kopiemanifest sagt %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: SHA-256 at the destination differs from the copy manifest</source>
        <translation>%1: SHA-256 am Ziel weicht vom Kopiemanifest ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: MD5 at the destination differs from the copy manifest</source>
        <translation>%1: MD5 am Ziel weicht vom Kopiemanifest ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot be downloaded: %2</source>
        <translation>%1: kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the downloaded bytes do not match their SHA-256</source>
        <translation>%1: die heruntergeladenen Bytes passen nicht zu ihrem SHA-256</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no complete copy named %2</source>
        <translation>%1 hat keine vollständige Kopie namens %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy manifest of %1 names another folder (%2)</source>
        <translation>Das Kopiemanifest von %1 nennt einen anderen Ordner (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 files of %2 at %3 checked: %4 by the destination&apos;s hash, %5 downloaded</source>
        <translation>Dateien von %2 bei %3 geprüft: %1; per Hash des Ziels: %4, heruntergeladen: %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create a temporary catalog</source>
        <translation>Ein temporärer Katalog kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>pgs::OptionsPage</name>
    <message>
        <location filename="../src/app/backup/optionspage.cpp" line="+38"/>
        <source>the database&apos;s encoding</source>
        <translation>die Kodierung der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wait as long as it takes</source>
        <translation>so lange wie nötig warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. --exclude-table-data=public.audit_log --no-comments</source>
        <translation>z. B. --exclude-table-data=public.audit_log --no-comments</translation>
    </message>
</context>
<context>
    <name>pgs::OverviewWidget</name>
    <message>
        <location filename="../src/app/monitor/overviewwidget.cpp" line="+48"/>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standby (in recovery)</source>
        <translation>Standby (in Wiederherstellung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last refresh: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 connections in use (%3 reserved for superusers)</source>
        <translation>%1 von %2 Verbindungen belegt (%3 für Superuser reserviert)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No blocks read yet since the statistics were reset.</source>
        <translation>Seit dem Zurücksetzen der Statistik wurden noch keine Blöcke gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of block reads served from shared buffers; below %1 % is shown in red.</source>
        <translation>Anteil der Blocklesezugriffe, die aus den Shared Buffers bedient wurden; unter %1 % wird er rot angezeigt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>pgs::PasswordPrompt</name>
    <message>
        <location filename="../src/app/shell/passwordprompt.cpp" line="+15"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in memory until pgsteward quits; never written to disk.</source>
        <translation>Bleibt bis zum Beenden von pgsteward im Arbeitsspeicher; wird nie auf die Festplatte geschrieben.</translation>
    </message>
</context>
<context>
    <name>pgs::PdfDocument</name>
    <message>
        <location filename="../src/core/report/pdfdocument.cpp" line="+61"/>
        <source>PDF export is not available in this process.</source>
        <translation>Der PDF-Export ist in diesem Prozess nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>pgs::PgServiceFile</name>
    <message>
        <location filename="../src/core/connection/pgservice.cpp" line="+64"/>
        <source>Cannot read the service file %1: %2</source>
        <translation>Die Dienstdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>pgs::PgpassFile</name>
    <message>
        <location filename="../src/core/connection/pgpass.cpp" line="+120"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the password file</source>
        <translation>die Passwortdatei</translation>
    </message>
</context>
<context>
    <name>pgs::PitrRestore</name>
    <message>
        <location filename="../src/core/physical/pitrrestore.cpp" line="+65"/>
        <source>Recovery stopped before the target: WAL segment %1 is missing from the archive.</source>
        <translation>Die Wiederherstellung hat vor dem Ziel angehalten: Das WAL-Segment %1 fehlt im Archiv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery reached the end of the archive before the target: the target is later than the newest archived WAL.</source>
        <translation>Die Wiederherstellung hat das Ende des Archivs vor dem Ziel erreicht: Das Ziel liegt nach dem neuesten archivierten WAL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target is before the end of the base backup: choose a later moment or an older base backup.</source>
        <translation>Das Ziel liegt vor dem Ende der Basissicherung: Wählen Sie einen späteren Zeitpunkt oder eine ältere Basissicherung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovered server stopped: %1</source>
        <translation>Der wiederhergestellte Server hat sich beendet: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The base backup is from PostgreSQL %1, but the PostgreSQL %1 server binaries are not installed here (installed: %2): install the package postgresql-%1 (apt install postgresql-%1).</source>
        <translation>Die Basissicherung stammt von PostgreSQL %1, aber die Serverprogramme von PostgreSQL %1 sind hier nicht installiert (installiert: %2): Installieren Sie das Paket postgresql-%1 (apt install postgresql-%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not a WAL position (like 0/3000060).</source>
        <translation>%1 ist keine WAL-Position (wie 0/3000060).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an ISO 8601 time.</source>
        <translation>%1 ist keine Zeit im ISO-8601-Format.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The target %1 is before the end of the oldest base backup (%2, %3): no base backup can reach it.</source>
        <translation>Das Ziel %1 liegt vor dem Ende der ältesten Basissicherung (%2, %3): Keine Basissicherung kann es erreichen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>WAL segment %1 is missing from the archive: recovery cannot go past it.</source>
        <translation>Das WAL-Segment %1 fehlt im Archiv: Die Wiederherstellung kann nicht darüber hinaus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 exists and is not empty: choose a new directory for the recovered cluster.</source>
        <translation>%1 existiert und ist nicht leer: Wählen Sie ein neues Verzeichnis für den wiederhergestellten Cluster.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replaying WAL from the archive</source>
        <translation>WAL aus dem Archiv wird eingespielt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Replayed WAL up to %1 of %2</source>
        <translation>WAL bis %1 von %2 wiedereingespielt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery did not finish within 30 minutes.</source>
        <translation>Die Wiederherstellung ist nicht innerhalb von 30 Minuten fertig geworden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pgs::PitrView</name>
    <message>
        <location filename="../src/app/pitr/pitrview.cpp" line="+37"/>
        <source>Base backup</source>
        <translation>Basissicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the catalog folder of the base backups (pgsteward-cli basebackup) and the WAL archive folder.</source>
        <translation>Wählen Sie den Katalogordner der Basissicherungen (pgsteward-cli basebackup) und den WAL-Archivordner.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Base backup catalog</source>
        <translation>Katalog der Basissicherungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WAL archive</source>
        <translation>WAL-Archiv</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recoverable window of %1</source>
        <translation>Wiederherstellbarer Zeitraum von %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Recoverable from %1 to %2 (newest WAL: %3).</source>
        <translation>Wiederherstellbar von %1 bis %2 (neuestes WAL: %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing WAL: %1 — recovery cannot pass it.</source>
        <translation>Fehlendes WAL: %1 – die Wiederherstellung kommt nicht darüber hinaus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not offered: %1</source>
        <translation>Nicht angeboten: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>plain</source>
        <translation>plain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified (%1)</source>
        <translation>geprüft (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the WAL archive folder of %1 to recover a moment after its base backups.</source>
        <translation>Wählen Sie den WAL-Archivordner zu %1, um einen Zeitpunkt nach seinen Basissicherungen wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>pgs::PlainCompressor</name>
    <message>
        <location filename="../src/core/backup/plaincompressor.cpp" line="+32"/>
        <source>unknown libarchive error</source>
        <translation>unbekannter libarchive-Fehler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot compress a plain dump with &quot;%1&quot;</source>
        <translation>Ein reiner Dump kann nicht mit „%1“ komprimiert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot finish the compressed dump %1: %2</source>
        <translation>Der komprimierte Dump %1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a readable plain dump</source>
        <translation>%1 ist kein lesbarer reiner Dump</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <location line="+5"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
</context>
<context>
    <name>pgs::ProfileDialog</name>
    <message>
        <location filename="../src/app/connection/profiledialog.cpp" line="+30"/>
        <source>New connection profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL tools directory</source>
        <translation>Verzeichnis der PostgreSQL-Programme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name, IP address or socket directory, or paste a connection URI</source>
        <translation>Name, IP-Adresse oder Socket-Verzeichnis, oder eine Verbindungs-URI einfügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>~/.pgpass file</source>
        <translation>Datei ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask every time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libpq reads the password from this file (kept with mode 0600)</source>
        <translation>libpq liest das Passwort aus dieser Datei (mit Zugriffsrechten 0600)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked once per session, kept in memory only</source>
        <translation>Einmal pro Sitzung abgefragt, nur im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust, peer or certificate authentication, or a PGPASSWORD set outside pgsteward</source>
        <translation>Trust-, Peer- oder Zertifikatsauthentifizierung oder ein außerhalb von pgsteward gesetztes PGPASSWORD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No OS keychain (Secret Service / KWallet) is reachable on this desktop</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund (Secret Service / KWallet) erreichbar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Filled in from the connection string.</source>
        <translation>Aus der Verbindungszeichenkette übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not kept (a profile has no field for them): %1.</source>
        <translation>Nicht übernommen (ein Profil hat dafür kein Feld): %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Production banner colour</source>
        <translation>Farbe des Produktionsbanners</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Test connection to %1</source>
        <translation>Verbindung zu %1 testen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
</context>
<context>
    <name>pgs::ProfileStore</name>
    <message>
        <location filename="../src/core/connection/profilestore.cpp" line="+86"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;schema_version&quot; is not a number</source>
        <translation>„schema_version“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema version %1 is newer than this version of pgsteward understands (%2)</source>
        <translation>Schemaversion %1 ist neuer, als diese pgsteward-Version versteht (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no &quot;profiles&quot; array</source>
        <translation>es gibt kein Array „profiles“</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no &quot;name&quot;</source>
        <translation>kein „name“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;name&quot; is not a string</source>
        <translation>„name“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;name&quot; is empty</source>
        <translation>„name“ ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>„%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;port&quot; is %1, not a number from 1 to 65535</source>
        <translation>„port“ ist %1, keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;connect_timeout&quot; is not a number of seconds</source>
        <translation>„connect_timeout“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;volume_capacity_bytes&quot; is not a number of bytes</source>
        <translation>„volume_capacity_bytes“ ist keine Anzahl Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;production&quot; is not true or false</source>
        <translation>„production“ ist weder true noch false</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the name &quot;%1&quot; is already used by profiles[%2]</source>
        <translation>der Name „%1“ wird schon von profiles[%2] verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profiles[%1]: %2</source>
        <translation>profiles[%1]: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the copy of the profiles file</source>
        <translation>die Kopie der Profildatei</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the profiles file %1: %2</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profiles file %1 is damaged (%2) and could not be moved aside.</source>
        <translation>Die Profildatei %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profiles file could not be read (%1). It was kept as %2 and pgsteward started with an empty profile list.</source>
        <translation>Die Profildatei konnte nicht gelesen werden (%1). Sie wurde als %2 aufbewahrt, und pgsteward wurde mit einer leeren Profilliste gestartet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entries of the profiles file %1 were skipped: %2.</source>
        <translation>Einträge der Profildatei %1 wurden übersprungen: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 A copy of the file could not be kept (%2): the file is left as it is until a copy can be made.</source>
        <translation>%1 Eine Kopie der Datei konnte nicht aufbewahrt werden (%2): die Datei bleibt unverändert, bis eine Kopie möglich ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The file as it was is kept as %2.</source>
        <translation>%1 Die Datei im ursprünglichen Zustand ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profiles file %1 was not saved: it holds entries that were skipped, and a copy of it could not be kept (%2).</source>
        <translation>Die Profildatei %1 wurde nicht gespeichert: sie enthält übersprungene Einträge, und eine Kopie davon konnte nicht aufbewahrt werden (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the profiles file</source>
        <translation>die Profildatei</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
</context>
<context>
    <name>pgs::ProfileTreeModel</name>
    <message>
        <location filename="../src/app/connection/profiletreemodel.cpp" line="+20"/>
        <source>service %1, %2</source>
        <translation>Dienst %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: every session is read-only and write actions are refused</source>
        <translation>Nur lesend: Jede Sitzung ist nur lesend, schreibende Aktionen werden abgelehnt</translation>
    </message>
</context>
<context>
    <name>pgs::ProfilesPanel</name>
    <message>
        <location filename="../src/app/connection/profilespanel.cpp" line="+28"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot; (%2)?</source>
        <translation>Das Profil „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the saved connection settings are removed; the server is not touched.</source>
        <translation>Nur die gespeicherten Verbindungseinstellungen werden entfernt; der Server bleibt unberührt.</translation>
    </message>
</context>
<context>
    <name>pgs::PruneDialog</name>
    <message>
        <location filename="../src/app/backup/prunedialog.cpp" line="+28"/>
        <source>&amp;Prune</source>
        <translation>&amp;Aufräumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set how many backups to keep.</source>
        <translation>Legen Sie fest, wie viele Sicherungen behalten werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n backup(s) will be deleted, freeing %1; %2 kept.</source>
        <translation>
            <numerusform>%n Sicherung wird gelöscht, das gibt %1 frei; behalten: %2.</numerusform>
            <numerusform>%n Sicherungen werden gelöscht, das gibt %1 frei; behalten: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prune %1</source>
        <translation>%1 aufräumen</translation>
    </message>
</context>
<context>
    <name>pgs::RcloneTarget</name>
    <message>
        <location filename="../src/core/offsite/rclone.cpp" line="+39"/>
        <source>%1 is not installed (Debian package %2)</source>
        <translation>%1 ist nicht installiert (Debian-Paket %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot run %1 to ask its version</source>
        <translation>%1 kann nicht gestartet werden, um seine Version zu erfragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the version of %1</source>
        <translation>Die Version von %1 ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is too old; %3.%4 or newer is needed</source>
        <translation>%1 %2 ist zu alt; %3.%4 oder neuer wird benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Using %1 %2</source>
        <translation>Verwende %1 %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>AWS_CA_BUNDLE is ignored for the plain http endpoint %1 (rclone would fail to load it)</source>
        <translation>AWS_CA_BUNDLE wird für den unverschlüsselten http-Endpunkt %1 ignoriert (rclone könnte es nicht laden)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 refused the login: the SSH key (RCLONE_SFTP_KEY_FILE or ssh-agent) is not accepted there</source>
        <translation>%1 hat die Anmeldung abgelehnt: der SSH-Schlüssel (RCLONE_SFTP_KEY_FILE oder ssh-agent) wird dort nicht angenommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no SSH key to log in with: set RCLONE_SFTP_KEY_FILE or start ssh-agent</source>
        <translation>%1: kein SSH-Schlüssel zum Anmelden: RCLONE_SFTP_KEY_FILE setzen oder ssh-agent starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the login: there are no S3 keys in the environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)</source>
        <translation>%1 hat die Anmeldung abgelehnt: in der Umgebung sind keine S3-Schlüssel (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the login: the S3 keys (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY) are not accepted</source>
        <translation>%1 hat die Anmeldung abgelehnt: die S3-Schlüssel (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY) werden nicht angenommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be reached (%2)</source>
        <translation>%1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>rclone failed: %1</source>
        <translation>rclone ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+40"/>
        <source>%1 is not there</source>
        <translation>%1 ist nicht vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty or not there</source>
        <translation>%1 ist leer oder nicht vorhanden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rclone gave an unreadable listing</source>
        <translation>rclone lieferte eine unlesbare Auflistung</translation>
    </message>
</context>
<context>
    <name>pgs::ReadOnlyGuard</name>
    <message>
        <location filename="../src/app/shell/readonlyguard.cpp" line="+15"/>
        <source>Read-only profile</source>
        <translation>Nur lesendes Profil</translation>
    </message>
</context>
<context>
    <name>pgs::RebuildAdvice</name>
    <message>
        <location filename="../src/core/replication/rebuildadvice.cpp" line="+109"/>
        <source>&lt;data directory of the old primary&gt;</source>
        <translation>&lt;Datenverzeichnis des alten Primary&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pg_rewind works here: the old primary has wal_log_hints or data checksums on.</source>
        <translation>pg_rewind funktioniert hier: der alte Primary hat wal_log_hints oder Datenprüfsummen eingeschaltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_rewind needs wal_log_hints = on or data checksums on the old primary (not known: it could not be read).</source>
        <translation>pg_rewind braucht wal_log_hints = on oder Datenprüfsummen auf dem alten Primary (unbekannt: konnte nicht gelesen werden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_rewind cannot be used: the old primary has neither wal_log_hints = on nor data checksums. Take a new base backup.</source>
        <translation>pg_rewind ist nicht möglich: der alte Primary hat weder wal_log_hints = on noch Datenprüfsummen. Ein neues Base-Backup erstellen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Slot %1 served the promoted standby: it is not needed once the old primary is rebuilt.</source>
        <translation>Slot %1 diente dem hochgestuften Standby: er wird nicht mehr gebraucht, sobald der alte Primary neu aufgebaut ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the new primary: SELECT pg_create_physical_replication_slot(%1); the standby using it keeps primary_slot_name = %2.</source>
        <translation>Auf dem neuen Primary: SELECT pg_create_physical_replication_slot(%1); der Standby, der ihn nutzt, behält primary_slot_name = %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logical slot %1 (database %2) does not exist on the new primary: re-create its subscription there (ALTER SUBSCRIPTION … CONNECTION, then a new slot); changes since the switch are not in it.</source>
        <translation>Der logische Slot %1 (Datenbank %2) existiert auf dem neuen Primary nicht: seine Subscription dort neu einrichten (ALTER SUBSCRIPTION … CONNECTION, dann ein neuer Slot); Änderungen seit dem Wechsel sind darin nicht enthalten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The old primary follows the new one as a standby (restarted after its clean shutdown): nothing to rebuild.</source>
        <translation>Der alte Primary folgt dem neuen als Standby (nach seinem sauberen Herunterfahren neu gestartet): nichts neu aufzubauen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old primary stopped cleanly at a checkpoint the new primary has: make it a standby as it is, no pg_rewind needed (on its host, as the server&apos;s OS user):</source>
        <translation>Der alte Primary wurde sauber an einem Checkpoint gestoppt, den der neue Primary hat: ihn so, wie er ist, zum Standby machen, kein pg_rewind nötig (auf seinem Host, als Betriebssystembenutzer des Servers):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rebuild the old primary as a standby of the new one (on its host, as the server&apos;s OS user):</source>
        <translation>Den alten Primary als Standby des neuen neu aufbauen (auf seinem Host, als Betriebssystembenutzer des Servers):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Or with a new base backup:</source>
        <translation>  Oder mit einem neuen Base-Backup:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No other standby streamed from the old primary.</source>
        <translation>Kein anderer Standby hat vom alten Primary gestreamt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repoint standby %1 (primary_conninfo = %2):</source>
        <translation>Standby %1 umstellen (primary_conninfo = %2):</translation>
    </message>
</context>
<context>
    <name>pgs::RecoveryTimeline</name>
    <message>
        <location filename="../src/app/pitr/recoverytimeline.cpp" line="+18"/>
        <source>Recoverable window</source>
        <translation>Wiederherstellbarer Zeitraum</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No base backup: nothing can be recovered yet.</source>
        <translation>Keine Basissicherung: noch ist nichts wiederherstellbar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>timeline %1</source>
        <translation>Zeitlinie %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Base backups: %1 · click to pick a moment</source>
        <translation>Basissicherungen: %1 · klicken, um einen Zeitpunkt zu wählen</translation>
    </message>
</context>
<context>
    <name>pgs::RecoveryWindow</name>
    <message>
        <location filename="../src/core/physical/pitrwindow.cpp" line="+59"/>
        <source>There is no good base backup in %1.</source>
        <translation>In %1 gibt es keine gültige Basissicherung.</translation>
    </message>
</context>
<context>
    <name>pgs::RecoveryWizard</name>
    <message>
        <location filename="../src/app/pitr/recoverywizard.cpp" line="+45"/>
        <source>Recover a moment</source>
        <translation>Einen Zeitpunkt wiederherstellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Which moment?</source>
        <translation>Welcher Zeitpunkt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recoverable from %1 to %2. The newest base backup before the moment is unpacked into a new local sandbox and the archived WAL replayed up to it.</source>
        <translation>Wiederherstellbar von %1 bis %2. Die neueste Basissicherung vor dem Zeitpunkt wird in eine neue lokale Sandbox entpackt und das archivierte WAL bis dorthin wiedereingespielt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;time:</source>
        <translation>Eine &amp;Uhrzeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A WAL &amp;position (LSN):</source>
        <translation>Eine WAL-&amp;Position (LSN):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A named &amp;restore point:</source>
        <translation>Ein benannter &amp;Wiederherstellungspunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;end of the archive</source>
        <translation>Das &amp;Ende des Archivs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as given to pg_create_restore_point()</source>
        <translation>wie an pg_create_restore_point() übergeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Promote: open the recovered cluster for reads and writes</source>
        <translation>Hochstufen: den wiederhergestellten Cluster zum Lesen und Schreiben öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause at the moment: read-only, to look before promoting</source>
        <translation>Am Zeitpunkt anhalten: nur lesend, um vor dem Hochstufen nachzusehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then:</source>
        <translation>Danach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new folder under the data directory</source>
        <translation>ein neuer Ordner im Datenverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox &amp;folder:</source>
        <translation>Sandbox-&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovering</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open as profile (read-only)</source>
        <translation>Als Profil ö&amp;ffnen (nur lesend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy tables or a database back…</source>
        <translation>Tabellen oder eine Datenbank &amp;zurückkopieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop the sandbox</source>
        <translation>Sandbox &amp;löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying back dumps chosen tables (or a whole database) from the recovered sandbox and restores them into a live server under new names, in one job; names that exist there are refused, and the database written into is confirmed by typing its name.</source>
        <translation>Das Zurückkopieren sichert gewählte Tabellen (oder eine ganze Datenbank) aus der wiederhergestellten Sandbox und stellt sie in einem Auftrag unter neuen Namen auf einem Live-Server wieder her; dort vorhandene Namen werden abgelehnt, und die Zieldatenbank wird durch Tippen ihres Namens bestätigt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Starting the recovery to %1</source>
        <translation>Wiederherstellung bis %1 wird gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point-in-time recovery to %1</source>
        <translation>Zeitpunktwiederherstellung bis %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recovered to %1.</source>
        <translation>Wiederhergestellt bis %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery failed: %1</source>
        <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;&lt;b&gt;Reached: %1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;From base backup %3, running in %4 (%5).&lt;/p&gt;&lt;p&gt;Connect with: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erreicht: %1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Aus Basissicherung %3, läuft in %4 (%5).&lt;/p&gt;&lt;p&gt;Verbinden mit: &lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused at the target, read-only</source>
        <translation>am Ziel angehalten, nur lesend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>promoted</source>
        <translation>hochgestuft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovered %1</source>
        <translation>Wiederhergestellt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered sandboxes</source>
        <translation>Wiederhergestellte Sandboxes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dropping the recovered sandbox %1</source>
        <translation>Wiederhergestellte Sandbox %1 wird gelöscht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sandbox was dropped.</source>
        <translation>Die Sandbox wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>pgs::ReplicationActions</name>
    <message>
        <location filename="../src/core/replication/replicationactions.cpp" line="+43"/>
        <source>A slot name may only contain lower-case letters, digits and underscores (at most 63): %1</source>
        <translation>Ein Slot-Name darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten (höchstens 63): %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slot %1 is in use by process %2: stop its consumer first.</source>
        <translation>Slot %1 wird von Prozess %2 benutzt: zuerst dessen Verbraucher beenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no replication slot named %1.</source>
        <translation>Es gibt keinen Replikations-Slot namens %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>This server is a primary: only a standby replays WAL.</source>
        <translation>Dieser Server ist ein Primary: nur ein Standby spielt WAL ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This server is already a primary: there is nothing to promote.</source>
        <translation>Dieser Server ist schon ein Primary: es gibt nichts hochzustufen.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The standby did not finish its promotion within %n second(s); it may still finish: check its log.</source>
        <translation>
            <numerusform>Der Standby hat die Hochstufung nicht innerhalb von %n Sekunde abgeschlossen; sie kann noch abschließen: sein Log prüfen.</numerusform>
            <numerusform>Der Standby hat die Hochstufung nicht innerhalb von %n Sekunden abgeschlossen; sie kann noch abschließen: sein Log prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::ReplicationStatus</name>
    <message>
        <location filename="../src/core/replication/replicationstatus.cpp" line="+168"/>
        <source>Subscriptions not checked: %1</source>
        <translation>Subscriptions nicht geprüft: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Asynchronous: commits do not wait for any standby.</source>
        <translation>Asynchron: Commits warten auf keinen Standby.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronous_standby_names is &quot;%1&quot;, but synchronous_commit = %2: commits do not wait for it.</source>
        <translation>synchronous_standby_names ist „%1“, aber synchronous_commit = %2: Commits warten nicht darauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flushed</source>
        <translation>auf Platte gebracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commits wait until &quot;%1&quot; has %2 them (synchronous_commit = %3).</source>
        <translation>Commits warten, bis „%1“ sie %2 hat (synchronous_commit = %3).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Standby %1 is %2 (%3) behind in replay.</source>
        <translation>Standby %1 liegt beim Einspielen %2 (%3) zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no time lag reported</source>
        <translation>keine zeitliche Verzögerung gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the standby&apos;s disk and CPU, its network to the primary, and whether replay is paused or blocked by a long query (hot_standby_feedback, max_standby_streaming_delay).</source>
        <translation>Platte und CPU des Standbys prüfen, sein Netz zum Primary, und ob das Einspielen angehalten oder von einer langen Abfrage blockiert ist (hot_standby_feedback, max_standby_streaming_delay).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inactive %1 slot %2 has lost WAL it needed: its consumer cannot resume from it.</source>
        <translation>Dem inaktiven %1-Slot %2 fehlt WAL, den er brauchte: sein Verbraucher kann damit nicht weitermachen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive %1 slot %2 retains %3 of WAL.</source>
        <translation>Inaktiver %1-Slot %2 hält %3 WAL zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect the consumer of this slot, or drop the slot if nothing will use it again: it keeps WAL until the disk fills.</source>
        <translation>Den Verbraucher dieses Slots wieder verbinden oder den Slot löschen, wenn ihn nichts mehr nutzt: er hält WAL zurück, bis die Platte voll ist.</translation>
    </message>
</context>
<context>
    <name>pgs::ReplicationView</name>
    <message>
        <location filename="../src/app/replication/replicationview.cpp" line="+36"/>
        <location filename="../src/app/replication/replicationviewactions.cpp" line="+30"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Replay lag of each standby, last 24 hours</source>
        <translation>Einspiel-Rückstand jedes Standbys, letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topology: the servers of this cluster among the saved profiles</source>
        <translation>Topologie: die Server dieses Clusters unter den gespeicherten Profilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a &amp;demo standby</source>
        <translation>&amp;Demo-Standby starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a streaming standby of the local sandbox (pg_basebackup -R, its own port) and a profile for it.</source>
        <translation>Einen Streaming-Standby der lokalen Sandbox anlegen (pg_basebackup -R, eigener Port) und ein Profil dafür.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch over…</source>
        <translation>&amp;Umschalten…</translation>
    </message>
    <message>
        <location filename="../src/app/replication/replicationviewtopology.cpp" line="+49"/>
        <source>Read the &amp;topology again</source>
        <translation>&amp;Topologie neu lesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;nnect to…</source>
        <translation>Verbi&amp;nden mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the password of a saved server that is not connected yet (kept for this session only).</source>
        <translation>Das Passwort eines gespeicherten, noch nicht verbundenen Servers eingeben (nur für diese Sitzung behalten).</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../src/app/replication/replicationview.cpp" line="+11"/>
        <source>No lag history yet: it is sampled while the profile is open (Dashboard) or by the history timer.</source>
        <translation>Noch kein Rückstandsverlauf: er wird erfasst, solange das Profil offen ist (Dashboard), oder vom Verlaufs-Timer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replayed</source>
        <translation>Eingespielt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lag time</source>
        <translation>Rückstand (Zeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WAL status</source>
        <translation>WAL-Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retains</source>
        <translation>Hält zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe WAL left</source>
        <translation>Sicherer WAL-Rest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause replay on %1</source>
        <translation>Einspielen auf %1 anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume replay on %1</source>
        <translation>Einspielen auf %1 fortsetzen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Replication of %1</source>
        <translation>Replikation von %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not read the replication state: %1</source>
        <translation>Der Replikationszustand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The lag history could not be read: %1</source>
        <translation>Der Rückstandsverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>measuring: a second reading follows with the next refresh</source>
        <translation>wird gemessen: eine zweite Ablesung folgt mit der nächsten Aktualisierung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read at %1</source>
        <translation>Gelesen um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Standby&lt;/b&gt; on timeline %1</source>
        <translation>&lt;b&gt;Standby&lt;/b&gt; auf Timeline %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Primary&lt;/b&gt; on timeline %1, WAL at %2</source>
        <translation>&lt;b&gt;Primary&lt;/b&gt; auf Timeline %1, WAL bei %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receiver %1 from %2:%3 (slot %4)</source>
        <translation>Empfänger %1 von %2:%3 (Slot %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/app/replication/replicationviewactions.cpp" line="+53"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replayed up to %1; received but not replayed %2; %3%4</source>
        <translation>Eingespielt bis %1; empfangen, nicht eingespielt %2; %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last replayed commit %1 ago</source>
        <translation>letzter eingespielter Commit vor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no commit replayed since the standby started</source>
        <translation>seit dem Start des Standbys kein Commit eingespielt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — &lt;b&gt;replay is PAUSED&lt;/b&gt;</source>
        <translation> — &lt;b&gt;Einspielen ist ANGEHALTEN&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wal_level %1, %2 of %3 WAL senders in use, %4 of %5 slots</source>
        <translation>wal_level %1, %2 von %3 WAL-Sendern belegt, %4 von %5 Slots</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Standbys: none connected</source>
        <translation>Standbys: keiner verbunden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Standbys (%n)</source>
        <translation>
            <numerusform>Standbys (%n)</numerusform>
            <numerusform>Standbys (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Replication slots (%n)</source>
        <translation>
            <numerusform>Replikations-Slots (%n)</numerusform>
            <numerusform>Replikations-Slots (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active (pid %1)</source>
        <translation>aktiv (PID %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all tables</source>
        <translation>alle Tabellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running, last message %1 ago, received up to %2</source>
        <translation>läuft, letzte Nachricht vor %1, empfangen bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Stop writes on this standby&apos;s primary (over SQL, or by shutting a local sandbox down), let it catch up, then promote it (needs the primary as a saved profile).</source>
        <translation>Schreibzugriffe auf dem Primary dieses Standbys stoppen (per SQL oder durch Herunterfahren einer lokalen Sandbox), ihn aufholen lassen und dann befördern (der Primary muss als Profil gespeichert sein).</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worker not running</source>
        <translation>Worker läuft nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ready, %2 syncing (from %3)</source>
        <translation>%1 bereit, %2 in Synchronisation (von %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical replication (this database): no publications or subscriptions</source>
        <translation>Logische Replikation (diese Datenbank): keine Publications oder Subscriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical replication (this database)</source>
        <translation>Logische Replikation (diese Datenbank)</translation>
    </message>
    <message>
        <location filename="../src/app/replication/replicationviewtopology.cpp" line="-55"/>
        <source>Replication topology of %1</source>
        <translation>Replikationstopologie von %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The topology could not be read: %1</source>
        <translation>Die Topologie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/replication/replicationviewactions.cpp" line="-43"/>
        <source>Create replication slot</source>
        <translation>Replikations-Slot anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new physical slot (lower-case letters, digits, underscores):</source>
        <translation>Name des neuen physischen Slots (Kleinbuchstaben, Ziffern, Unterstriche):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create slot %1 on %2</source>
        <translation>Slot %1 auf %2 anlegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dropping a replication slot</source>
        <translation>Das Löschen eines Replikationsslots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop replication slot</source>
        <translation>Replikations-Slot löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropping slot %1 releases the WAL it holds; its consumer can no longer resume from it. Type the slot&apos;s name to drop it.</source>
        <translation>Das Löschen von Slot %1 gibt den WAL frei, den er hält; sein Verbraucher kann danach nicht mehr weitermachen. Zum Löschen den Namen des Slots eingeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop slot %1 on %2</source>
        <translation>Slot %1 auf %2 löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promoting</source>
        <translation>Das Hochstufen (Promote)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay: %1 received but not replayed, last replayed commit %2 ago%3.</source>
        <translation>Einspielen: %1 empfangen, nicht eingespielt, letzter eingespielter Commit vor %2%3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (paused: it is resumed first)</source>
        <translation> (angehalten: wird zuerst fortgesetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream: %1 (receiver %2). If the primary still runs, stop writes there and let this standby catch up first.</source>
        <translation>Quelle: %1 (Empfänger %2). Läuft der Primary noch, dort die Schreibzugriffe stoppen und diesen Standby zuerst aufholen lassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After promotion: point the applications and every other standby (primary_conninfo) at this server, and rebuild the old primary with pg_rewind or a new base backup before it rejoins.</source>
        <translation>Nach der Hochstufung: Anwendungen und alle anderen Standbys (primary_conninfo) auf diesen Server richten und den alten Primary mit pg_rewind oder einem neuen Base-Backup neu aufbauen, bevor er wieder beitritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Promote %1</source>
        <translation>%1 hochstufen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type the profile&apos;s name to promote this standby.</source>
        <translation>Zum Hochstufen dieses Standbys den Namen des Profils eingeben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Promoted: now a primary on timeline %1 (was %2). Point the applications and the other standbys of %3 at this server (primary_conninfo = %4).</source>
        <translation>Hochgestuft: jetzt ein Primary auf Timeline %1 (vorher %2). Die Anwendungen und die anderen Standbys von %3 auf diesen Server umstellen (primary_conninfo = %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the old primary</source>
        <translation>dem alten Primary</translation>
    </message>
    <message>
        <location filename="../src/app/replication/replicationviewswitchover.cpp" line="+77"/>
        <source>Next steps after the promotion</source>
        <translation>Nächste Schritte nach der Beförderung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;py the steps</source>
        <translation>Schritte ko&amp;pieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the steps and commands as text (commands continued with \ as a shell reads them).</source>
        <translation>Kopiert die Schritte und Befehle als Text (Befehle mit \ fortgesetzt, wie eine Shell sie liest).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A switchover</source>
        <translation>Ein Switchover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for a local sandbox: %1 is not one that pgsteward started, so it cannot be stopped and started from here.</source>
        <translation>Nur für eine lokale Sandbox: %1 ist keine von pgsteward gestartete, kann also nicht von hier gestoppt und gestartet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switchover not started: %1 is no local sandbox, it cannot be shut down from here.</source>
        <translation>Switchover nicht gestartet: %1 ist keine lokale Sandbox und kann nicht von hier heruntergefahren werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switchover not started: %1</source>
        <translation>Switchover nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch over from %1 to %2</source>
        <translation>Von %1 auf %2 umschalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 follows it as a standby.</source>
        <translation>Umgeschaltet in %1 s: %2 ist der Primary auf Timeline %3 (war %4); %5 folgt ihm als Standby.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 is stopped.</source>
        <translation>Umgeschaltet in %1 s: %2 ist der Primary auf Timeline %3 (war %4); %5 ist gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 is read-only.</source>
        <translation>Umgeschaltet in %1 s: %2 ist der Primary auf Timeline %3 (vorher %4); %5 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not rejoin as a standby: %2</source>
        <translation>%1 ist nicht als Standby wieder beigetreten: %2</translation>
    </message>
    <message>
        <location filename="../src/app/replication/replicationviewactions.cpp" line="+42"/>
        <location line="+29"/>
        <location filename="../src/app/replication/replicationviewswitchover.cpp" line="+12"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Start a demo standby of %1</source>
        <translation>Demo-Standby von %1 starten</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Creating a replication slot</source>
        <translation>Das Anlegen eines Replikationsslots</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Standby %1 started and saved as a profile.</source>
        <translation>Standby %1 gestartet und als Profil gespeichert.</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreContentsPage</name>
    <message>
        <location filename="../src/app/restore/restorecontentspage.cpp" line="+34"/>
        <source>Filter by name, e.g. orders</source>
        <translation>Nach Namen filtern, z. B. orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a plain SQL dump: it has no table of contents to choose from and is restored as a whole, by psql, statement after statement.</source>
        <translation>Dies ist ein reiner SQL-Dump: er hat kein Inhaltsverzeichnis zur Auswahl und wird als Ganzes von psql wiederhergestellt, Anweisung für Anweisung.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tick what to restore. Everything is ticked to begin with.</source>
        <translation>Markieren Sie, was wiederhergestellt werden soll. Zu Beginn ist alles markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be restored.</source>
        <translation>Was wiederhergestellt wird.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%1 of %n entries selected</source>
        <translation>
            <numerusform>%1 von %n Eintrag ausgewählt</numerusform>
            <numerusform>%1 von %n Einträgen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 of table data</source>
        <translation>, %1 Tabellendaten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick an entry of a table first</source>
        <translation>Wählen Sie zuerst einen Eintrag einer Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks %1 and everything that belongs to it</source>
        <translation>Markiert %1 und alles, was dazugehört</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreGlobalsPage</name>
    <message>
        <location filename="../src/app/restore/restoreglobalspage.cpp" line="+26"/>
        <source>password set</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the profile&apos;s name</source>
        <translation>der Name des Profils</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading %1 and what exists on %2…</source>
        <translation>%1 wird gelesen und mit %2 abgeglichen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the globals of %1</source>
        <translation>Globale Objekte von %1 lesen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The globals could not be read; none will be created: %1</source>
        <translation>Die globalen Objekte konnten nicht gelesen werden; keine werden angelegt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role memberships</source>
        <translation>Rollenmitgliedschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablespaces</source>
        <translation>Tablespaces</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 holds no roles, memberships or tablespaces.</source>
        <translation>%1 enthält keine Rollen, Mitgliedschaften oder Tablespaces.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From %1. %n of these exist on %2 already and are left as they are.</source>
        <translation>
            <numerusform>Aus %1. %n davon gibt es auf %2 schon; es bleibt, wie es ist.</numerusform>
            <numerusform>Aus %1. %n davon gibt es auf %2 schon; sie bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n will be created before the restore.</source>
        <translation>
            <numerusform>%n wird vor der Wiederherstellung angelegt.</numerusform>
            <numerusform>%n werden vor der Wiederherstellung angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a production profile. Type its name to create these globals on it.</source>
        <translation>%1 ist ein Produktionsprofil. Zum Anlegen dieser Globals auf dem Server seinen Namen eintippen.</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreJob</name>
    <message>
        <location filename="../src/core/restore/restorejob.cpp" line="+85"/>
        <source>Cannot connect to the restored database to count rows: %1</source>
        <translation>Keine Verbindung zur wiederhergestellten Datenbank zum Zählen der Zeilen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot list the restored tables to count rows: %1</source>
        <translation>Die wiederhergestellten Tabellen können zum Zählen der Zeilen nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comparing row counts with the manifest</source>
        <translation>Zeilenzahlen werden mit dem Manifest verglichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not in the archive&apos;s table of contents</source>
        <translation>nicht im Inhaltsverzeichnis des Archivs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: missing after the restore (the backup recorded %2 rows)</source>
        <translation>%1: fehlt nach der Wiederherstellung (die Sicherung verzeichnete %2 Zeilen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive holds no data for it</source>
        <translation>das Archiv enthält keine Daten dafür</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot count its rows: %2</source>
        <translation>%1: Zeilen können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 rows restored, the backup recorded %3</source>
        <translation>%1: %2 Zeilen wiederhergestellt, die Sicherung verzeichnete %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n table(s) of the backup were outside the selection; their rows were not compared</source>
        <translation>
            <numerusform>%n Tabelle der Sicherung lag außerhalb der Auswahl; ihre Zeilen wurden nicht verglichen</numerusform>
            <numerusform>%n Tabellen der Sicherung lagen außerhalb der Auswahl; ihre Zeilen wurden nicht verglichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the new database &quot;%1&quot; was dropped</source>
        <translation>die neue Datenbank „%1“ wurde gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new database &quot;%1&quot; could not be dropped (%2); drop it yourself</source>
        <translation>die neue Datenbank „%1“ konnte nicht gelöscht werden (%2); löschen Sie sie selbst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database &quot;%1&quot; is left partially restored</source>
        <translation>die Datenbank „%1“ bleibt teilweise wiederhergestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sandbox cluster was dropped</source>
        <translation>der Sandbox-Cluster wurde gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sandbox cluster in %1 could not be dropped (%2)</source>
        <translation>der Sandbox-Cluster in %1 konnte nicht gelöscht werden (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created from the globals: %1</source>
        <translation>Aus den globalen Objekten angelegt: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing of the globals was chosen to be created</source>
        <translation>Von den globalen Objekten wurde nichts zum Anlegen ausgewählt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the restore target</source>
        <translation>Wiederherstellungsziel wird geprüft</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Creating a sandbox PostgreSQL cluster in %1</source>
        <translation>Sandbox-Cluster von PostgreSQL wird in %1 angelegt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>database %1 in the sandbox cluster %2 (port %3)</source>
        <translation>Datenbank %1 im Sandbox-Cluster %2 (Port %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>Canceled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The roles the dump names could not be created: %1</source>
        <translation>Die Rollen, die der Dump nennt, konnten nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database %1 on %2</source>
        <translation>Datenbank %1 auf %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the database %1</source>
        <translation>Datenbank %1 wird angelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created the database %1</source>
        <translation>Datenbank %1 angelegt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database &quot;%1&quot; is left partially restored</source>
        <translation>Die Datenbank „%1“ bleibt teilweise wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database &quot;%1&quot; was kept with what could be restored</source>
        <translation>Die Datenbank „%1“ wurde mit dem behalten, was wiederhergestellt werden konnte</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+87"/>
        <source>Restore finished with errors</source>
        <translation>Wiederherstellung mit Fehlern beendet</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+87"/>
        <source>Restore complete</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n statement(s) of the globals file failed: %1</source>
        <translation>
            <numerusform>%n Anweisung der Datei mit globalen Objekten ist fehlgeschlagen: %1</numerusform>
            <numerusform>%n Anweisungen der Datei mit globalen Objekten sind fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/restore/restoretools.cpp" line="+156"/>
        <source>Cannot write the restore list file</source>
        <translation>Die Listendatei für die Wiederherstellung kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>pg_restore went on after errors: %n error(s) ignored</source>
        <translation>
            <numerusform>pg_restore hat nach Fehlern weitergemacht: %n Fehler ignoriert</numerusform>
            <numerusform>pg_restore hat nach Fehlern weitergemacht: %n Fehler ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 of %2 read</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreOptionsPage</name>
    <message>
        <location filename="../src/app/restore/restoreoptionspage.cpp" line="+17"/>
        <source>the connecting user</source>
        <translation>der verbindende Benutzer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A plain SQL dump is run by psql as it is: ownership, privileges and the parts to restore were decided when it was written.</source>
        <translation>Ein reiner SQL-Dump wird von psql unverändert ausgeführt: Eigentümer, Rechte und die wiederherzustellenden Teile wurden beim Schreiben festgelegt.</translation>
    </message>
</context>
<context>
    <name>pgs::RestorePlan</name>
    <message>
        <location filename="../src/core/restore/restoreplan.cpp" line="+32"/>
        <source>The number of parallel jobs must be at least 1</source>
        <translation>Die Anzahl paralleler Prozesse muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data only and schema only exclude each other</source>
        <translation>Nur Daten und nur Schema schließen einander aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A single transaction cannot be used with parallel jobs (%1)</source>
        <translation>Eine einzige Transaktion ist mit parallelen Prozessen nicht möglich (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the existing database to restore into</source>
        <translation>Nennen Sie die vorhandene Datenbank, in die wiederhergestellt werden soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--clean has no effect on a new sandbox cluster</source>
        <translation>--clean hat bei einem neuen Sandbox-Cluster keine Wirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--clean has no effect on a new database</source>
        <translation>--clean hat bei einer neuen Datenbank keine Wirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabling triggers only matters for a data-only restore</source>
        <translation>Das Abschalten von Triggern ist nur bei einer Wiederherstellung nur der Daten von Bedeutung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plain SQL dump is restored by psql, which has no parallel jobs</source>
        <translation>Ein reiner SQL-Dump wird von psql wiederhergestellt, das keine parallelen Prozesse kennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plain SQL dump has no table of contents: it can only be restored as a whole</source>
        <translation>Ein reiner SQL-Dump hat kein Inhaltsverzeichnis: er kann nur als Ganzes wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data only, schema only, clean and disable triggers need an archive (custom, directory or tar), not a plain SQL dump</source>
        <translation>Nur Daten, nur Schema, Bereinigen und Trigger abschalten brauchen ein Archiv (Custom, Directory oder Tar), keinen reinen SQL-Dump</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner, privilege and role options do not apply to a plain SQL dump; the dump&apos;s own statements run as they are</source>
        <translation>Optionen für Eigentümer, Rechte und Rolle gelten nicht für einen reinen SQL-Dump; seine eigenen Anweisungen laufen unverändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_restore cannot restore a tar archive with parallel jobs; use 1 job</source>
        <translation>pg_restore kann ein Tar-Archiv nicht mit parallelen Prozessen wiederherstellen; verwenden Sie 1 Prozess</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n Sicht</numerusform>
            <numerusform>%n Sichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sequence(s)</source>
        <translation>
            <numerusform>%n Sequenz</numerusform>
            <numerusform>%n Sequenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n Funktion</numerusform>
            <numerusform>%n Funktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n Typ</numerusform>
            <numerusform>%n Typen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n large object(s)</source>
        <translation>
            <numerusform>%n Large Object</numerusform>
            <numerusform>%n Large Objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n schema(s)</source>
        <translation>
            <numerusform>%n Schema</numerusform>
            <numerusform>%n Schemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n Erweiterung</numerusform>
            <numerusform>%n Erweiterungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other object(s)</source>
        <translation>
            <numerusform>%n anderes Objekt</numerusform>
            <numerusform>%n andere Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The profile is read-only: restoring into its server is refused. Restore into a sandbox, or clear &quot;Read-only&quot; in the profile&apos;s settings.</source>
        <translation>Das Profil ist nur lesend: Eine Wiederherstellung auf seinen Server wird abgelehnt. Stellen Sie in eine Sandbox wieder her oder entfernen Sie „Nur lesend“ in den Einstellungen des Profils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing to restore into the database &quot;%1&quot; of a production server; lift the production guard for this run to proceed, or restore into a new database</source>
        <translation>Wiederherstellung in die Datenbank „%1“ eines Produktionsservers abgelehnt; heben Sie den Produktionsschutz für diesen Lauf auf, um fortzufahren, oder stellen Sie in eine neue Datenbank wieder her</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The archive holds no table %1</source>
        <translation>Das Archiv enthält keine Tabelle %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing in the archive matches the selection</source>
        <translation>Nichts im Archiv passt zur Auswahl</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database &quot;%1&quot; exists already; choose a new name or restore into the existing database</source>
        <translation>Die Datenbank „%1“ existiert bereits; wählen Sie einen neuen Namen oder stellen Sie in die vorhandene Datenbank wieder her</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database &quot;%1&quot; does not exist; restore into a new database to have it created</source>
        <translation>Die Datenbank „%1“ existiert nicht; stellen Sie in eine neue Datenbank wieder her, um sie anlegen zu lassen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database &quot;%1&quot; is not empty (%2); type its name &quot;%1&quot; to confirm restoring into it</source>
        <translation>Die Datenbank „%1“ ist nicht leer (%2); geben Sie ihren Namen „%1“ ein, um die Wiederherstellung in sie zu bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; does not match.</source>
        <translation>„%1“ stimmt nicht überein.</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreProgress</name>
    <message>
        <location filename="../src/core/restore/restoreprogress.cpp" line="+150"/>
        <source>%1 of %2 entries</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreResultDialog</name>
    <message>
        <location filename="../src/app/restore/restoreresultdialog.cpp" line="+64"/>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOC entry</source>
        <translation>TOC-Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored rows</source>
        <translation>Wiederhergestellte Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the backup</source>
        <translation>Zeilen in der Sicherung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compared when the restore has finished.</source>
        <translation>Wird verglichen, wenn die Wiederherstellung beendet ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>This backup has no recorded row counts to compare with.</source>
        <translation>Diese Sicherung hat keine erfassten Zeilenzahlen zum Vergleichen.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Cl&amp;ose (the restore goes on)</source>
        <translation>&amp;Schließen (die Wiederherstellung läuft weiter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Canceling: stopping the restore tool…</source>
        <translation>Wird abgebrochen: das Wiederherstellungsprogramm wird gestoppt…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cl&amp;ose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not every chosen global could be created on %1.</source>
        <translation>Nicht alle ausgewählten globalen Objekte konnten auf %1 angelegt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Globals restored on %1.</source>
        <translation>Globale Objekte auf %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1 of %2 entries into %3.</source>
        <translation>%1 von %2 Einträgen in %3 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not compared: %1</source>
        <translation>nicht verglichen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n table(s) of the backup could not be compared; see why in the table.</source>
        <translation>
            <numerusform>%n Tabelle der Sicherung konnte nicht verglichen werden; den Grund zeigt die Tabelle.</numerusform>
            <numerusform>%n Tabellen der Sicherung konnten nicht verglichen werden; den Grund zeigt die Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the restored tables has a recorded row count.</source>
        <translation>Keine der wiederhergestellten Tabellen hat eine erfasste Zeilenzahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every restored table has the rows the backup recorded.</source>
        <translation>Jede wiederhergestellte Tabelle hat die Zeilen, die die Sicherung verzeichnet hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlighted tables differ from what the backup recorded.</source>
        <translation>Hervorgehobene Tabellen weichen von dem ab, was die Sicherung verzeichnet hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Canceled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreSource</name>
    <message>
        <location filename="../src/core/restore/restoresource.cpp" line="+82"/>
        <location line="+100"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 is neither a backup folder (manifest.json) nor a directory-format dump (toc.dat)</source>
        <translation>%1 ist weder ein Sicherungsordner (manifest.json) noch ein Dump im Directory-Format (toc.dat)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a pg_dump archive, a plain SQL dump or a pgsteward bundle</source>
        <translation>%1 ist weder ein pg_dump-Archiv noch ein reiner SQL-Dump noch ein pgsteward-Paket</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup in %1 holds no database dump (globals only)</source>
        <translation>Die Sicherung in %1 enthält keinen Datenbank-Dump (nur globale Objekte)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verifying the checksums of %1</source>
        <translation>Prüfsummen von %1 werden geprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>Die Sicherung ist beschädigt und wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is missing from %2</source>
        <translation>%1 fehlt in %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot create a temporary folder to unpack %1</source>
        <translation>Zum Entpacken von %1 kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpacking %1</source>
        <translation>%1 wird entpackt</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreSourcePage</name>
    <message>
        <location filename="../src/app/restore/restoresourcepage.cpp" line="+34"/>
        <source>/path/to/backup</source>
        <translation>/pfad/zur/sicherung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Catalog of %1: %2</source>
        <translation>Katalog von %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups in %1</source>
        <translation>Sicherungen in %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(globals)</source>
        <translation>(globale Objekte)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no complete backups in it.</source>
        <translation>Er enthält keine abgeschlossenen Sicherungen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups (*.custom *.dump *.backup *.tar *.sql *.sql.gz *.sql.zst *.tar.zst *.tar.gz)</source>
        <translation>Sicherungen (*.custom *.dump *.backup *.tar *.sql *.sql.gz *.sql.zst *.tar.zst *.tar.gz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Verifying and opening %1…</source>
        <translation>%1 wird geprüft und geöffnet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>A %1 archive with %n entries in its table of contents.</source>
        <translation>
            <numerusform>Ein %1-Archiv mit %n Eintrag im Inhaltsverzeichnis.</numerusform>
            <numerusform>Ein %1-Archiv mit %n Einträgen im Inhaltsverzeichnis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A plain SQL dump.</source>
        <translation>Ein reiner SQL-Dump.</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreSummaryPage</name>
    <message>
        <location filename="../src/app/restore/restorecommand.cpp" line="+39"/>
        <source># A throwaway cluster is initialised and started in %1, with database %2</source>
        <translation># Ein Wegwerf-Cluster wird in %1 initialisiert und gestartet, mit der Datenbank %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source># Connection (the password, if any, comes from a private 0600 passfile)</source>
        <translation># Verbindung (ein Passwort kommt gegebenenfalls aus einer privaten Passwortdatei mit 0600)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source># First, from %1, one statement at a time (passwords not shown): %2</source>
        <translation># Zuerst aus %1, Anweisung für Anweisung (Passwörter werden nicht gezeigt): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source># Create the target</source>
        <translation># Das Ziel anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source># Plain SQL: decompressed by pgsteward while streaming into psql</source>
        <translation># Reines SQL: von pgsteward dekomprimiert, während es an psql gestreamt wird</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source># selection.list: the %n selected entries of the table of contents, the others commented out</source>
        <translation>
            <numerusform># selection.list: der %n ausgewählte Eintrag des Inhaltsverzeichnisses, die übrigen auskommentiert</numerusform>
            <numerusform># selection.list: die %n ausgewählten Einträge des Inhaltsverzeichnisses, die übrigen auskommentiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — database &lt;b&gt;%2&lt;/b&gt;, taken %3</source>
        <translation>%1 — Datenbank &lt;b&gt;%2&lt;/b&gt;, erstellt %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;From:&lt;/b&gt; %1 (globals only)</source>
        <translation>&lt;b&gt;Aus:&lt;/b&gt; %1 (nur globale Objekte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Into:&lt;/b&gt; the server %1</source>
        <translation>&lt;b&gt;Nach:&lt;/b&gt; den Server %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>&lt;b&gt;Globals:&lt;/b&gt; none of the backup&apos;s roles or tablespaces are created</source>
        <translation>&lt;b&gt;Globale Objekte:&lt;/b&gt; keine Rollen oder Tablespaces der Sicherung werden angelegt</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&lt;b&gt;Globals created:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Angelegte globale Objekte:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;From:&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Von:&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Into:&lt;/b&gt; a new database &lt;b&gt;%1&lt;/b&gt;, created first</source>
        <translation>&lt;b&gt;Nach:&lt;/b&gt; eine neue Datenbank &lt;b&gt;%1&lt;/b&gt;, die zuerst angelegt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Into:&lt;/b&gt; the existing database &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>&lt;b&gt;Nach:&lt;/b&gt; die vorhandene Datenbank &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, dropping the backup&apos;s objects there first</source>
        <translation>, wobei die Objekte der Sicherung dort zuerst gelöscht werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Into:&lt;/b&gt; a throwaway sandbox cluster in %1</source>
        <translation>&lt;b&gt;Nach:&lt;/b&gt; ein Wegwerf-Sandbox-Cluster in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Globals created first:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zuerst angelegte globale Objekte:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;What:&lt;/b&gt; the whole plain SQL dump</source>
        <translation>&lt;b&gt;Was:&lt;/b&gt; der gesamte reine SQL-Dump</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;What:&lt;/b&gt; all %1 entries of the table of contents</source>
        <translation>&lt;b&gt;Was:&lt;/b&gt; alle %1 Einträge des Inhaltsverzeichnisses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;What:&lt;/b&gt; %1 of %2 entries of the table of contents</source>
        <translation>&lt;b&gt;Was:&lt;/b&gt; %1 von %2 Einträgen des Inhaltsverzeichnisses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema only</source>
        <translation>nur Schema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data only</source>
        <translation>nur Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 parallel jobs</source>
        <translation>%1 parallele Prozesse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in a single transaction</source>
        <translation>in einer einzigen Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stops at the first error</source>
        <translation>hält beim ersten Fehler an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>goes on after errors</source>
        <translation>macht nach Fehlern weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no owner</source>
        <translation>kein Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no privileges</source>
        <translation>keine Rechte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as role %1</source>
        <translation>als Rolle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>triggers disabled</source>
        <translation>Trigger abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;How:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Wie:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The production guard is lifted for this restore.</source>
        <translation>Der Produktionsschutz ist für diese Wiederherstellung aufgehoben.</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreTargetPage</name>
    <message>
        <location filename="../src/app/restore/restoretargetpage.cpp" line="+45"/>
        <source>%1 is a production profile. Restoring into one of its existing databases is refused unless you lift the production guard for this restore and type the database name.</source>
        <translation>%1 ist ein Produktionsprofil. Eine Wiederherstellung in eine seiner vorhandenen Datenbanken wird abgelehnt, es sei denn, Sie heben den Produktionsschutz für diese Wiederherstellung auf und geben den Datenbanknamen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the exact database name</source>
        <translation>der genaue Datenbankname</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Databases of %1</source>
        <translation>Datenbanken von %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not list the databases: %1</source>
        <translation>Die Datenbanken konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Check the restore target %1</source>
        <translation>Wiederherstellungsziel %1 prüfen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A new PostgreSQL cluster is initialised in this folder, the backup is restored into database %1 there, and the cluster is left running for you to look at.</source>
        <translation>In diesem Ordner wird ein neuer PostgreSQL-Cluster initialisiert, die Sicherung wird dort in die Datenbank %1 wiederhergestellt, und der Cluster läuft danach weiter, damit Sie ihn ansehen können.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a database.</source>
        <translation>Wählen Sie eine Datenbank.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a name for the new database.</source>
        <translation>Geben Sie einen Namen für die neue Datenbank ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database named %1 exists already: choose another name, or restore into the existing database.</source>
        <translation>Eine Datenbank namens %1 existiert bereits: wählen Sie einen anderen Namen oder stellen Sie in die vorhandene Datenbank wieder her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database %1 will be created.</source>
        <translation>Die Datenbank %1 wird angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not empty: it holds %2. Restoring into it can overwrite or clash with them.</source>
        <translation>%1 ist nicht leer: sie enthält %2. Eine Wiederherstellung in sie kann diese überschreiben oder mit ihnen kollidieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(nothing that exists in the backup)</source>
        <translation>(nichts, was in der Sicherung vorkommt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the sandbox cluster</source>
        <translation>Ordner für den Sandbox-Cluster</translation>
    </message>
</context>
<context>
    <name>pgs::RestoreWizard</name>
    <message>
        <location filename="../src/app/restore/restoreloaders.cpp" line="+17"/>
        <source>Reading the table of contents…</source>
        <translation>Inhaltsverzeichnis wird gelesen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 rows restored, %3 in the backup</source>
        <translation>%1: %2 Zeilen wiederhergestellt, %3 in der Sicherung</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The restore into %1 reported %n error(s)</source>
        <translation>
            <numerusform>Die Wiederherstellung in %1 meldete %n Fehler</numerusform>
            <numerusform>Die Wiederherstellung in %1 meldete %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n restored table(s) do not have the rows the backup recorded</source>
        <translation>
            <numerusform>%n wiederhergestellte Tabelle hat nicht die Zeilen, die die Sicherung verzeichnet hat</numerusform>
            <numerusform>%n wiederhergestellte Tabellen haben nicht die Zeilen, die die Sicherung verzeichnet hat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/restore/restorewizard.cpp" line="+26"/>
        <source>Restore — %1</source>
        <translation>Wiederherstellung — %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start restore</source>
        <translation>Wiederherstellung starten</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>a sandbox cluster in %1</source>
        <translation>ein Sandbox-Cluster in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server is not reachable: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../src/app/restore/restorewizard.h" line="+65"/>
        <source>Restore %1 into %2</source>
        <translation>%1 nach %2 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>pgs::Retention</name>
    <message>
        <location filename="../src/core/catalog/retention.cpp" line="+61"/>
        <source>last %1</source>
        <translation>letzte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dated in the future</source>
        <translation>in der Zukunft datiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daily %1</source>
        <translation>täglich %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekly %1</source>
        <translation>wöchentlich %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>monthly %1</source>
        <translation>monatlich %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>newest verified</source>
        <translation>neueste geprüfte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>being written</source>
        <translation>wird geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed backup</source>
        <translation>fehlgeschlagene Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled backup</source>
        <translation>abgebrochene Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete backup</source>
        <translation>unvollständige Sicherung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no retention policy</source>
        <translation>keine Aufbewahrungsrichtlinie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>newest backup</source>
        <translation>neueste Sicherung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outside the retention policy</source>
        <translation>außerhalb der Aufbewahrungsrichtlinie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>keep %1 (%2)</source>
        <translation>behalten: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>would delete %1 (%2)</source>
        <translation>würde löschen: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted %1 (%2)</source>
        <translation>gelöscht: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n backup(s) could not be deleted</source>
        <translation>
            <numerusform>%n Sicherung konnte nicht gelöscht werden</numerusform>
            <numerusform>%n Sicherungen konnten nicht gelöscht werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::RoleDialog</name>
    <message>
        <location filename="../src/app/audit/roledialog.cpp" line="+16"/>
        <source>Alter role %1</source>
        <translation>Rolle %1 ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Create role</source>
        <translation>Rolle anlegen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>New password (empty: unchanged):</source>
        <translation>Neues Passwort (leer: unverändert):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2027-01-31; empty: never expires</source>
        <translation>z. B. 2027-01-31; leer: läuft nie ab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alter role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hashing the password and building the SQL…</source>
        <translation>Hashe das Passwort und erstelle das SQL…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The role needs a name.</source>
        <translation>Die Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These statements run in one transaction.</source>
        <translation>Diese Anweisungen laufen in einer Transaktion.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed: preview the SQL again.</source>
        <translation>Geändert: Zeigen Sie die SQL-Vorschau erneut an.</translation>
    </message>
</context>
<context>
    <name>pgs::RoleSql</name>
    <message>
        <location filename="../src/core/audit/rolesql.cpp" line="+55"/>
        <source>Could not hash the password</source>
        <translation>Das Passwort konnte nicht gehasht werden</translation>
    </message>
</context>
<context>
    <name>pgs::RolesModel</name>
    <message>
        <location filename="../src/app/audit/rolesmodel.cpp" line="+45"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create role</source>
        <translation>Rolle anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create DB</source>
        <translation>DB anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bypass RLS</source>
        <translation>RLS umgehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conn. limit</source>
        <translation>Verb.-Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member of</source>
        <translation>Mitglied von</translation>
    </message>
</context>
<context>
    <name>pgs::Sampler</name>
    <message>
        <location filename="../src/core/monitor/sampler.cpp" line="+122"/>
        <source>The pg_stat_statements extension is not available on this server (the contrib package is not installed).</source>
        <translation>Die Erweiterung pg_stat_statements ist auf diesem Server nicht verfügbar (das contrib-Paket ist nicht installiert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_stat_statements is loaded but not installed in database %1: run CREATE EXTENSION pg_stat_statements there.</source>
        <translation>pg_stat_statements ist geladen, aber in der Datenbank %1 nicht installiert: führen Sie dort CREATE EXTENSION pg_stat_statements aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_stat_statements is not installed in database %1 and not in shared_preload_libraries: add it there, restart the server, then run CREATE EXTENSION pg_stat_statements.</source>
        <translation>pg_stat_statements ist weder in der Datenbank %1 installiert noch in shared_preload_libraries eingetragen: tragen Sie es dort ein, starten Sie den Server neu und führen Sie dann CREATE EXTENSION pg_stat_statements aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pg_stat_statements is installed but not in shared_preload_libraries: add it there and restart the server.</source>
        <translation>pg_stat_statements ist installiert, aber nicht in shared_preload_libraries eingetragen: tragen Sie es dort ein und starten Sie den Server neu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>pg_stat_statements cannot be read: %1</source>
        <translation>pg_stat_statements kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pgs::SandboxCluster</name>
    <message>
        <location filename="../src/core/sandbox/sandboxcluster.cpp" line="+71"/>
        <source>The &quot;postgres&quot; system user does not exist; it is needed to run a local server as root.</source>
        <translation>Der Systembenutzer „postgres“ existiert nicht; er wird benötigt, um als root einen lokalen Server zu betreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not hand %1 to the postgres user</source>
        <translation>%1 konnte nicht dem Benutzer postgres übergeben werden</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>Could not create the directory %1</source>
        <translation>Das Verzeichnis %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Creating a local PostgreSQL cluster</source>
        <translation>Lokaler PostgreSQL-Cluster wird angelegt</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../src/core/sandbox/sandboxrecovery.cpp" line="+28"/>
        <location filename="../src/core/sandbox/sandboxstandby.cpp" line="+68"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../src/core/sandbox/sandboxrejoin.cpp" line="+59"/>
        <source>There is no cluster in %1</source>
        <translation>In %1 gibt es keinen Cluster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting the local PostgreSQL server</source>
        <translation>Lokaler PostgreSQL-Server wird gestartet</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stopping the local PostgreSQL server</source>
        <translation>Lokaler PostgreSQL-Server wird gestoppt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the sandbox state file</source>
        <translation>die Zustandsdatei der Sandbox</translation>
    </message>
    <message>
        <location filename="../src/core/sandbox/sandboxstandby.cpp" line="-34"/>
        <source>The primary sandbox in %1 is not running: start it first.</source>
        <translation>Die Primary-Sandbox in %1 läuft nicht: zuerst starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sandbox cannot be a standby of itself.</source>
        <translation>Eine Sandbox kann kein Standby von sich selbst sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the primary with pg_basebackup</source>
        <translation>Kopiere den Primary mit pg_basebackup</translation>
    </message>
    <message>
        <location filename="../src/core/sandbox/sandboxrecovery.cpp" line="+31"/>
        <source>%1 holds a cluster already: choose a new directory.</source>
        <translation>%1 enthält bereits einen Cluster: Wählen Sie ein neues Verzeichnis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The base backup is from PostgreSQL %1, but only the server binaries of %2 are installed here: install postgresql-%1.</source>
        <translation>Die Basissicherung stammt von PostgreSQL %1, hier sind aber nur die Serverprogramme von %2 installiert: Installieren Sie postgresql-%1.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Copying the base backup into the sandbox</source>
        <translation>Basissicherung wird in die Sandbox kopiert</translation>
    </message>
    <message>
        <location filename="../src/core/sandbox/sandboxrejoin.cpp" line="-9"/>
        <source>pg_controldata gave no checkpoint location for %1.</source>
        <translation>pg_controldata lieferte keine Checkpoint-Position für %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cluster in %1 still runs: it must be stopped before it becomes a standby.</source>
        <translation>Der Cluster in %1 läuft noch: er muss gestoppt sein, bevor er Standby wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1</source>
        <translation>Konnte %1 nicht lesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server&apos;s postgresql.auto.conf</source>
        <translation>die postgresql.auto.conf des Servers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standby.signal</source>
        <translation>standby.signal</translation>
    </message>
</context>
<context>
    <name>pgs::SandboxRoles</name>
    <message>
        <location filename="../src/core/restore/sandboxroles.cpp" line="+122"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: a statement for the role %2 failed: %3</source>
        <translation>%1: eine Anweisung für die Rolle %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n tablespace statement(s) skipped; their directories do not exist here</source>
        <translation>
            <numerusform>%1: %n Tablespace-Anweisung übersprungen; ihre Verzeichnisse gibt es hier nicht</numerusform>
            <numerusform>%1: %n Tablespace-Anweisungen übersprungen; ihre Verzeichnisse gibt es hier nicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the roles the backup names</source>
        <translation>Die Rollen anlegen, die die Sicherung nennt</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Created %n role(s) from %1: %2</source>
        <translation>
            <numerusform>%n Rolle aus %1 angelegt: %2</numerusform>
            <numerusform>%n Rollen aus %1 angelegt: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The role %1 could not be created: %2</source>
        <translation>Die Rolle %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Created %n role(s) that the dump names as NOLOGIN placeholders: %1</source>
        <translation>
            <numerusform>%n Rolle, die der Dump nennt, als NOLOGIN-Platzhalter angelegt: %1</numerusform>
            <numerusform>%n Rollen, die der Dump nennt, als NOLOGIN-Platzhalter angelegt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::ScheduleDialog</name>
    <message>
        <location filename="../src/app/backup/scheduledialog.cpp" line="+28"/>
        <source>Backup schedule — %1</source>
        <translation>Sicherungszeitplan — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Mon..Fri *-*-* 02:00:00</source>
        <translation>z. B. Mon..Fri *-*-* 02:00:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>systemd user timer</source>
        <translation>systemd-Benutzer-Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crontab line</source>
        <translation>crontab-Zeile</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>As the catalog (its settings cannot be read: %1)</source>
        <translation>Wie der Katalog (seine Einstellungen sind nicht lesbar: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the catalog (none now)</source>
        <translation>Wie der Katalog (derzeit keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the catalog (now: %1)</source>
        <translation>Wie der Katalog (derzeit: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each run copies to the destinations the catalog is attached to at that time</source>
        <translation>Jeder Lauf kopiert an die Ziele, die der Katalog zu dem Zeitpunkt hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only to %1</source>
        <translation>Nur nach %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source># one line in your crontab (other lines are kept)
%1</source>
        <translation># eine Zeile in Ihrer crontab (andere Zeilen bleiben erhalten)
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Install the backup schedule %1</source>
        <translation>Sicherungszeitplan %1 installieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the backup schedule %1</source>
        <translation>Sicherungszeitplan %1 entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installed backup schedules</source>
        <translation>Installierte Sicherungszeitpläne</translation>
    </message>
</context>
<context>
    <name>pgs::ScopePage</name>
    <message>
        <location filename="../src/app/backup/scopepage.cpp" line="+57"/>
        <source>Loading the tables of %1…</source>
        <translation>Tabellen von %1 werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables of %1 on %2</source>
        <translation>Tabellen von %1 auf %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not load the tables: %1. The whole database will be backed up.</source>
        <translation>Die Tabellen konnten nicht geladen werden: %1. Die gesamte Datenbank wird gesichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n table(s) ticked, %1 on disk.</source>
        <translation>
            <numerusform>%n Tabelle markiert, %1 auf der Festplatte.</numerusform>
            <numerusform>%n Tabellen markiert, %1 auf der Festplatte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is ticked.</source>
        <translation>Nichts ist markiert.</translation>
    </message>
</context>
<context>
    <name>pgs::ScopeTreeModel</name>
    <message>
        <location filename="../src/app/backup/scopetreemodel.cpp" line="+15"/>
        <source>partitioned</source>
        <translation>partitioniert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schema / table</source>
        <translation>Schema / Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>pgs::SecurityView</name>
    <message>
        <location filename="../src/app/audit/securityactions.cpp" line="+33"/>
        <source>Fix %1 on %2</source>
        <translation>%1 bei %2 beheben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alter role %1</source>
        <translation>Rolle %1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create role %1</source>
        <translation>Rolle %1 anlegen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Privileges in %1</source>
        <translation>Rechte in %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview of a role change</source>
        <translation>Vorschau einer Rollenänderung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preview of a grant</source>
        <translation>Vorschau einer Rechtevergabe</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This runs on the production server %1%2:

%3</source>
        <translation>Dies läuft auf dem Produktionsserver %1%2:

%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, database %1</source>
        <translation>, Datenbank %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Running: %1…</source>
        <translation>Läuft: %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Done: %1. Auditing again…</source>
        <translation>Erledigt: %1. Prüfe erneut…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/app/audit/securityview.cpp" line="+62"/>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Auditing roles, privileges and settings of every database…</source>
        <translation>Prüfe Rollen, Rechte und Einstellungen aller Datenbanken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security audit of %1</source>
        <translation>Sicherheitsprüfung von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The audit was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run the audit to see roles, privileges and findings.</source>
        <translation>Führen Sie die Prüfung aus, um Rollen, Rechte und Befunde zu sehen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for the connection…</source>
        <translation>Warte auf die Verbindung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 roles, %2 grants in %3 databases; %4 findings (worst: %5). %6</source>
        <translation>%1 Rollen, %2 Rechte in %3 Datenbanken; %4 Befunde (schwerster: %5). %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) not checked.</source>
        <translation>
            <numerusform>%n Quelle(n) nicht geprüft.</numerusform>
            <numerusform>%n Quelle(n) nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a finding to see its fix.</source>
        <translation>Wählen Sie einen Befund, um seine Behebung zu sehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The fix runs in database %1.</source>
        <translation>Die Behebung läuft in der Datenbank %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the first saved audit of this server; the next one is compared with it.</source>
        <translation>Dies ist die erste gespeicherte Prüfung dieses Servers; die nächste wird mit ihr verglichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compared with the audit of %1.</source>
        <translation>Verglichen mit der Prüfung vom %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved findings</source>
        <translation>Behobene Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles added</source>
        <translation>Hinzugekommene Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles removed</source>
        <translation>Entfernte Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants added</source>
        <translation>Hinzugekommene Rechte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants removed</source>
        <translation>Entfernte Rechte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Member of</source>
        <translation>Mitglied von</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>directly</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>every database</source>
        <translation>jede Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Owns</source>
        <translation>Besitzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (grantable)</source>
        <translation> (weitergebbar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bypasses every privilege check</source>
        <translation>umgeht jede Rechteprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing %1 of %2; the exports list all</source>
        <translation>%1 von %2 angezeigt; die Exporte führen alle auf</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run the audit first.</source>
        <translation>Führen Sie zuerst die Prüfung aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the audit</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>pgs::ServerView</name>
    <message>
        <location filename="../src/app/monitor/serverview.cpp" line="+39"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Activity and locks</source>
        <translation>&amp;Aktivität und Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size growth</source>
        <translation>Größenwachstum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Size growth</source>
        <translation>&amp;Größenwachstum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query latency</source>
        <translation>Abfragelatenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Query &amp;latency</source>
        <translation>Abfrage&amp;latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Capacity review</source>
        <translation>&amp;Kapazitätsprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point-in-time recovery</source>
        <translation>Zeitpunktwiederherstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Point-in-time recovery</source>
        <translation>&amp;Zeitpunktwiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles and privileges</source>
        <translation>Rollen und Rechte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles and &amp;privileges</source>
        <translation>Rollen und &amp;Rechte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health and maintenance</source>
        <translation>Zustand und Wartung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Health and maintenance</source>
        <translation>&amp;Zustand und Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Replication and failover</source>
        <translation>&amp;Replikation und Failover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup &amp;&amp; recovery</source>
        <translation>Backup &amp;&amp; Wiederherstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health &amp;&amp; maintenance</source>
        <translation>Zustand &amp;&amp; Wartung</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRODUCTION — %1</source>
        <translation>PRODUKTION — %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Overview of %1</source>
        <translation>Übersicht über %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not load the overview.</source>
        <translation>Die Übersicht konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>pgs::ServiceImportDialog</name>
    <message>
        <location filename="../src/app/connection/serviceimportdialog.cpp" line="+18"/>
        <source>Import from pg_service.conf</source>
        <translation>Aus pg_service.conf importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No services found. libpq looks in:
%1</source>
        <translation>Keine Dienste gefunden. libpq sucht in:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the services to import as profiles (group &quot;Imported&quot;). Passwords are not copied.</source>
        <translation>Markieren Sie die Dienste, die als Profile importiert werden sollen (Gruppe „Imported“). Passwörter werden nicht übernommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default host</source>
        <translation>Standardhost</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the service file holds a password; it was not copied. Store it with Edit.</source>
        <translation>%1: Die Dienstdatei enthält ein Passwort; es wurde nicht übernommen. Speichern Sie es mit „Bearbeiten“.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>%n Profil importiert.</numerusform>
            <numerusform>%n Profile importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::SessionTableModel</name>
    <message>
        <location filename="../src/app/monitor/activity/sessiontablemodel.cpp" line="+172"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (pgsteward)</source>
        <translation>%1 (pgsteward)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>pgsteward&apos;s own session for this view: it cannot be cancelled or terminated here.</source>
        <translation>Die eigene Sitzung von pgsteward für diese Ansicht: sie kann hier weder abgebrochen noch beendet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running for longer than %1</source>
        <translation>Läuft länger als %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend start</source>
        <translation>Backend-Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction start</source>
        <translation>Transaktionsstart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query start</source>
        <translation>Abfragestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait event</source>
        <translation>Warteereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked by</source>
        <translation>Blockiert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>pgs::SignalConfirmDialog</name>
    <message>
        <location filename="../src/app/monitor/activity/signalconfirmdialog.cpp" line="+22"/>
        <source>Terminate sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel queries</source>
        <translation>Abfragen abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Terminate %n session(s)? Their connections are closed and open transactions are rolled back.</source>
        <translation>
            <numerusform>%n Sitzung beenden? Die Verbindung wird geschlossen und offene Transaktionen werden zurückgerollt.</numerusform>
            <numerusform>%n Sitzungen beenden? Die Verbindungen werden geschlossen und offene Transaktionen werden zurückgerollt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cancel the running query of %n session(s)? Their transactions are aborted; the connections stay.</source>
        <translation>
            <numerusform>Die laufende Abfrage von %n Sitzung abbrechen? Die Transaktion wird abgebrochen; die Verbindung bleibt bestehen.</numerusform>
            <numerusform>Die laufenden Abfragen von %n Sitzungen abbrechen? Die Transaktionen werden abgebrochen; die Verbindungen bleiben bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pid %1  %2@%3  %4  %5</source>
        <translation>PID %1  %2@%3  %4  %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Terminate</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel &amp;queries</source>
        <translation>&amp;Abfragen abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>pgs::SizeGrowthView</name>
    <message>
        <location filename="../src/app/monitor/history/sizegrowthview.cpp" line="+25"/>
        <source>Database sizes</source>
        <translation>Datenbankgrößen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Largest tables</source>
        <translation>Größte Tabellen</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Top %1 tables</source>
        <translation>Die %1 größten Tabellen</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size history of %1</source>
        <translation>Größenverlauf von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the size history: %1</source>
        <translation>Der Größenverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No table sizes in this range: the sampler records the largest tables of the profile&apos;s database</source>
        <translation>Keine Tabellengrößen in diesem Zeitraum: die Messung erfasst die größten Tabellen der Datenbank des Profils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest tables of %1</source>
        <translation>Größte Tabellen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 databases, %2 tables. %3</source>
        <translation>%1 Datenbanken, %2 Tabellen. %3</translation>
    </message>
</context>
<context>
    <name>pgs::SourcePage</name>
    <message>
        <location filename="../src/app/backup/sourcepage.cpp" line="+47"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the server: %1</source>
        <translation>Der Server konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PostgreSQL %1 on %2.</source>
        <translation>PostgreSQL %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>pgs::StatementTableModel</name>
    <message>
        <location filename="../src/app/monitor/history/statementtablemodel.cpp" line="+22"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(text not recorded, query id %1)</source>
        <translation>(Text nicht aufgezeichnet, Abfrage-ID %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of total</source>
        <translation>Gesamtanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>pgs::StatementsBanner</name>
    <message>
        <location filename="../src/app/monitor/dashboard/statementsbanner.cpp" line="+14"/>
        <location line="+33"/>
        <source>Create extension</source>
        <translation>Erweiterung anlegen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Query statistics are not collected: %1</source>
        <translation>Abfragestatistiken werden nicht erfasst: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>pgs::StatementsExtension</name>
    <message>
        <location filename="../src/core/monitor/statementsextension.cpp" line="+31"/>
        <source>pg_stat_statements is installed in %1.</source>
        <translation>pg_stat_statements ist in %1 installiert.</translation>
    </message>
</context>
<context>
    <name>pgs::SummaryPage</name>
    <message>
        <location filename="../src/app/backup/summarypage.cpp" line="+70"/>
        <source>Backup catalog directory</source>
        <translation>Verzeichnis des Sicherungskatalogs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a few kilobytes (roles and tablespaces)</source>
        <translation>einige Kilobyte (Rollen und Tablespaces)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on the server before compression</source>
        <translation>%1 auf dem Server vor der Komprimierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema only: small</source>
        <translation>nur Schema: klein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># Connection (the password, if any, comes from a private 0600 passfile)</source>
        <translation># Verbindung (ein Passwort kommt gegebenenfalls aus einer privaten Passwortdatei mit 0600)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source># Dump (with the snapshot the row counts are taken from)</source>
        <translation># Dump (mit dem Snapshot, aus dem die Zeilenzahlen stammen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> | %1-compressed by pgsteward &gt; %2</source>
        <translation> | von pgsteward mit %1 komprimiert &gt; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source># Globals</source>
        <translation># Globale Objekte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source># Whole cluster</source>
        <translation># Gesamter Cluster</translation>
    </message>
</context>
<context>
    <name>pgs::Switchover</name>
    <message>
        <location filename="../src/core/replication/switchover.cpp" line="+59"/>
        <source>The server did not apply default_transaction_read_only = %1 after the reload.</source>
        <translation>Der Server hat default_transaction_read_only = %1 nach dem Neuladen nicht übernommen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1 and %2</source>
        <translation>Verbindung zu %1 und %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The primary %1 is not reachable: a clean switchover needs it. Promote the standby instead.</source>
        <translation>Der Primary %1 ist nicht erreichbar: ein sauberer Switchover braucht ihn. Stattdessen den Standby hochstufen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Promoting %1</source>
        <translation>%1 wird hochgestuft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The promotion may still finish, so %1 stays stopped: check the standby&apos;s log before starting it again.</source>
        <translation>Die Beförderung kann noch abgeschlossen werden, daher bleibt %1 gestoppt: vor einem Neustart das Log des Standbys prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The promotion may still finish, so %1 stays read-only: check the standby&apos;s log before making it read-write again.</source>
        <translation>Die Hochstufung kann noch abgeschlossen werden, daher bleibt %1 schreibgeschützt: vor dem Wiederfreigeben das Log des Standbys prüfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is the primary now, on timeline %2 (was %3).</source>
        <translation>%1 ist jetzt der Primary, auf Timeline %2 (vorher %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is stopped; it can follow the new primary as it is (no pg_rewind): its WAL ends at the shutdown checkpoint %2, which %3 has.</source>
        <translation>%1 ist gestoppt; er kann dem neuen Primary so folgen, wie er ist (kein pg_rewind): sein WAL endet am Shutdown-Checkpoint %2, den %3 hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 stays read-only (default_transaction_read_only = on in its postgresql.auto.conf) until it is rebuilt as a standby.</source>
        <translation>%1 bleibt schreibgeschützt (default_transaction_read_only = on in seiner postgresql.auto.conf), bis er als Standby neu aufgebaut ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switchover done</source>
        <translation>Switchover abgeschlossen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking both servers</source>
        <translation>Beide Server werden geprüft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is in recovery: it is not a primary.</source>
        <translation>%1 ist in Recovery: kein Primary.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a standby: there is nothing to switch over to.</source>
        <translation>%1 ist kein Standby: es gibt nichts, auf das umgeschaltet werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are not the same cluster (system identifiers %3 and %4).</source>
        <translation>%1 und %2 sind nicht derselbe Cluster (Systemkennungen %3 und %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not streaming from a primary (receiver: %2): it could not catch up.</source>
        <translation>%1 streamt nicht von einem Primary (Empfänger: %2): er könnte nicht aufholen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/replication/switchovershutdown.cpp" line="+193"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 receives timeline %2, the primary writes timeline %3.</source>
        <translation>%1 empfängt Timeline %2, der Primary schreibt Timeline %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: primary on timeline %2 at %3; %4: standby streaming, replayed up to %5.</source>
        <translation>%1: Primary auf Timeline %2 bei %3; %4: Standby streamt, eingespielt bis %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping writes on %1</source>
        <translation>Schreibzugriffe auf %1 werden gestoppt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already makes transactions read-only by default; that is left as it is.</source>
        <translation>%1 macht Transaktionen bereits standardmäßig schreibgeschützt; das bleibt so.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New transactions on %1 are read-only (ALTER SYSTEM SET default_transaction_read_only = on, reloaded).</source>
        <translation>Neue Transaktionen auf %1 sind schreibgeschützt (ALTER SYSTEM SET default_transaction_read_only = on, neu geladen).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ended session %1</source>
        <translation>Sitzung %1 beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other client session was connected.</source>
        <translation>Keine andere Client-Sitzung war verbunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 left recovery on its own while it was catching up.</source>
        <translation>%1 hat die Recovery während des Aufholens von selbst verlassen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/core/replication/switchovershutdown.cpp" line="-107"/>
        <source>Replay on %1 was paused: resuming it.</source>
        <translation>Replay auf %1 war angehalten: wird fortgesetzt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sessions on %1 still write after they were ended.</source>
        <translation>Sitzungen auf %1 schreiben noch, obwohl sie beendet wurden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Final position of %1: %2. Waiting for %3 to replay up to it.</source>
        <translation>Endposition von %1: %2. Warten, bis %3 bis dorthin eingespielt hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/core/replication/switchovershutdown.cpp" line="+18"/>
        <source>%1 is %2 bytes behind</source>
        <translation>%1 liegt %2 Bytes zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not replay up to %2 within %3 s.</source>
        <translation>%1 hat nicht innerhalb von %3 s bis %2 eingespielt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has replayed up to %2.</source>
        <translation>%1 hat bis %2 eingespielt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 wrote more WAL meanwhile (now at %2): waiting again.</source>
        <translation>%1 hat inzwischen weiteres WAL geschrieben (jetzt bei %2): erneutes Warten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 keeps writing WAL although writes were stopped.</source>
        <translation>%1 schreibt weiter WAL, obwohl Schreibzugriffe gestoppt wurden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The switchover did not happen; %1 runs again as the primary.</source>
        <translation>Der Switchover ist nicht erfolgt; %1 läuft wieder als Primary.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The switchover did not happen, and %1 could NOT be started again (%2): start it with pg_ctl -D %3 start.</source>
        <translation>Der Switchover ist nicht erfolgt, und %1 konnte NICHT wieder gestartet werden (%2): mit pg_ctl -D %3 start starten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The switchover did not happen; %1 accepts writes again.</source>
        <translation>Der Switchover fand nicht statt; %1 nimmt wieder Schreibzugriffe an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could NOT be made read-write again (%2): run there ALTER SYSTEM RESET default_transaction_read_only; SELECT pg_reload_conf();</source>
        <translation>%1 konnte NICHT wieder beschreibbar gemacht werden (%2): dort ALTER SYSTEM RESET default_transaction_read_only; SELECT pg_reload_conf(); ausführen</translation>
    </message>
    <message>
        <location filename="../src/core/replication/switchovershutdown.cpp" line="-75"/>
        <source>Stopping %1 needs its local sandbox directory.</source>
        <translation>Um %1 zu stoppen, wird sein lokales Sandbox-Verzeichnis gebraucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no running sandbox in %1.</source>
        <translation>In %1 läuft keine Sandbox.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 runs on the data directory %2, not on the sandbox in %3: it cannot be stopped from here.</source>
        <translation>%1 läuft auf dem Datenverzeichnis %2, nicht auf der Sandbox in %3: er kann nicht von hier gestoppt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sandbox in %1 is another cluster (system identifier %2).</source>
        <translation>Die Sandbox in %1 ist ein anderer Cluster (Systemkennung %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping %1 (pg_ctl stop -m fast)</source>
        <translation>%1 wird gestoppt (pg_ctl stop -m fast)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stopped (fast shutdown): its clients were disconnected, open transactions rolled back, and its WAL senders sent everything up to the shutdown checkpoint before they exited.</source>
        <translation>%1 gestoppt (schnelles Herunterfahren): seine Clients wurden getrennt, offene Transaktionen zurückgerollt, und seine WAL-Sender haben alles bis zum Shutdown-Checkpoint gesendet, bevor sie endeten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not shut down cleanly (pg_controldata: %2).</source>
        <translation>%1 wurde nicht sauber heruntergefahren (pg_controldata: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shutdown checkpoint of %1 is on timeline %2, the standby follows timeline %3.</source>
        <translation>Der Shutdown-Checkpoint von %1 liegt auf Timeline %2, der Standby folgt Timeline %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shutdown checkpoint of %1 (pg_controldata): %2.</source>
        <translation>Shutdown-Checkpoint von %1 (pg_controldata): %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for %1 to replay the shutdown checkpoint %2.</source>
        <translation>Warten, bis %1 den Shutdown-Checkpoint %2 eingespielt hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 did not replay the shutdown checkpoint %2 of %3 within %4 s (replayed up to %5).</source>
        <translation>%1 hat den Shutdown-Checkpoint %2 von %3 nicht innerhalb von %4 s eingespielt (eingespielt bis %5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has replayed up to %2, past the shutdown checkpoint: it has every record %3 wrote.</source>
        <translation>%1 hat bis %2 eingespielt, über den Shutdown-Checkpoint hinaus: er hat jeden Eintrag, den %3 geschrieben hat.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restarting %1 as a standby of %2</source>
        <translation>%1 wird als Standby von %2 neu gestartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not rejoin as a standby: %2</source>
        <translation>%1 ist nicht als Standby wieder beigetreten: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Slot %1 on %2 keeps the WAL %3 needs.</source>
        <translation>Slot %1 auf %2 hält das WAL, das %3 braucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>primary_conninfo holds no password: %1 must find it in the ~/.pgpass of its server&apos;s OS user.</source>
        <translation>primary_conninfo enthält kein Passwort: %1 muss es in der ~/.pgpass des Betriebssystembenutzers seines Servers finden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 started as a primary, not as a standby.</source>
        <translation>%1 ist als Primary gestartet, nicht als Standby.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a standby streaming timeline %2 from %3.</source>
        <translation>%1 ist ein Standby und streamt Timeline %2 von %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 runs as a standby but does not stream from %2 after %3 s (receiver: %4); see its server log.</source>
        <translation>%1 läuft als Standby, streamt aber nach %3 s nicht von %2 (Empfänger: %4); siehe sein Server-Log.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dropped slot %1 on %2: the promoted standby no longer streams from it.</source>
        <translation>Slot %1 auf %2 gelöscht: der beförderte Standby streamt nicht mehr daraus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slot %1 on %2 was not dropped: %3</source>
        <translation>Slot %1 auf %2 wurde nicht gelöscht: %3</translation>
    </message>
</context>
<context>
    <name>pgs::SwitchoverDialog</name>
    <message>
        <location filename="../src/app/replication/switchoverdialog.cpp" line="+19"/>
        <source>Stop &amp;writes over SQL: read-only by default, every other session ended (any server)</source>
        <translation>Schreib&amp;zugriffe per SQL stoppen: standardmäßig schreibgeschützt, jede andere Sitzung beendet (jeder Server)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut the primary &amp;down: pg_ctl stop -m fast (a local sandbox)</source>
        <translation>Den Primary &amp;herunterfahren: pg_ctl stop -m fast (eine lokale Sandbox)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then &amp;restart it as a standby of the new primary (no pg_rewind needed)</source>
        <translation>Danach als Standby des neuen Primary neu &amp;starten (kein pg_rewind nötig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch over to %1</source>
        <translation>Auf %1 umschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A clean switchover from %1 to %2. How should writes stop on %1?</source>
        <translation>Ein sauberer Switchover von %1 auf %2. Wie sollen die Schreibzugriffe auf %1 enden?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Switch over</source>
        <translation>&amp;Umschalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1. %1 is stopped with a fast shutdown: its clients are disconnected, open transactions rolled back; its WAL senders send everything up to the shutdown checkpoint before they exit.
2. %2 replays past that checkpoint (its location is read with pg_controldata).
3. %2 is promoted.
</source>
        <translation>1. %1 wird schnell heruntergefahren: seine Clients werden getrennt, offene Transaktionen zurückgerollt; seine WAL-Sender senden alles bis zum Shutdown-Checkpoint, bevor sie enden.
2. %2 spielt über diesen Checkpoint hinaus ein (seine Position wird mit pg_controldata gelesen).
3. %2 wird befördert.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>4. %1 gets standby.signal and primary_conninfo (a slot on %2) and is started: it follows %2 on the new timeline.

</source>
        <translation>4. %1 erhält standby.signal und primary_conninfo (einen Slot auf %2) und wird gestartet: er folgt %2 auf der neuen Timeline.

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. %1 stays stopped; the commands to make it a standby are shown afterwards.

</source>
        <translation>4. %1 bleibt gestoppt; die Befehle, um ihn zum Standby zu machen, werden danach angezeigt.

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it is canceled or fails before the promotion, %1 is started again as the primary.</source>
        <translation>Wird der Vorgang vor der Beförderung abgebrochen oder schlägt er fehl, wird %1 wieder als Primary gestartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. New transactions on %1 become read-only (ALTER SYSTEM SET default_transaction_read_only = on, reload) and every other client session there is ended.
2. %2 replays up to the final WAL position of %1.
3. %2 is promoted; %1 stays read-only until it is rebuilt as a standby (the commands are shown afterwards).

If it is canceled or fails before the promotion, %1 takes writes again.</source>
        <translation>1. Neue Transaktionen auf %1 werden schreibgeschützt (ALTER SYSTEM SET default_transaction_read_only = on, Reload), und jede andere Client-Sitzung dort wird beendet.
2. %2 spielt bis zur letzten WAL-Position von %1 ein.
3. %2 wird befördert; %1 bleibt schreibgeschützt, bis er als Standby neu aufgebaut ist (die Befehle werden danach angezeigt).

Wird der Vorgang vor der Beförderung abgebrochen oder schlägt er fehl, nimmt %1 wieder Schreibzugriffe an.</translation>
    </message>
</context>
<context>
    <name>pgs::TableOfContents</name>
    <message>
        <location filename="../src/core/restore/tocreader.cpp" line="+250"/>
        <source>A plain SQL dump has no table of contents; it can only be restored as a whole</source>
        <translation>Ein reiner SQL-Dump hat kein Inhaltsverzeichnis; er kann nur als Ganzes wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; listing it with pg_restore instead</source>
        <translation>%1; es wird stattdessen mit pg_restore aufgelistet</translation>
    </message>
    <message>
        <location filename="../src/core/restore/toc.cpp" line="+357"/>
        <source>Foreign key %1 on %2 left out: it references %3, which is not restored</source>
        <translation>Fremdschlüssel %1 auf %2 ausgelassen: er verweist auf %3, das nicht wiederhergestellt wird</translation>
    </message>
</context>
<context>
    <name>pgs::ThresholdsDialog</name>
    <message>
        <location filename="../src/app/health/thresholdsdialog.cpp" line="+24"/>
        <source>Health thresholds of %1</source>
        <translation>Health-Schwellen von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratios are in percent, times in seconds, sizes in bytes. Leave a value empty for the default.</source>
        <translation>Quoten in Prozent, Zeiten in Sekunden, Größen in Bytes. Ein leerer Wert bedeutet den Standard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1.%2: &apos;%3&apos; is not a number</source>
        <translation>%1.%2: &apos;%3&apos; ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>pgs::TimeChartView</name>
    <message>
        <location filename="../src/app/charts/timechartview.cpp" line="+55"/>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, millions</source>
        <translation>%1, Millionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, thousands</source>
        <translation>%1, Tausend</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <location line="+227"/>
        <location line="+1"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timechartexport.cpp" line="+49"/>
        <source>the CSV file</source>
        <translation>die CSV-Datei</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image</source>
        <translation>das Bild</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>pgs::TocTreeModel</name>
    <message>
        <location filename="../src/app/restore/toctreemodel.cpp" line="+24"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Schema / object</source>
        <translation>Schema / Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(database-wide)</source>
        <translation>(datenbankweit)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
</context>
<context>
    <name>pgs::ToolLocator</name>
    <message>
        <location filename="../src/core/tools/toollocator.cpp" line="+187"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 of version %2 or newer was found (the server is version %2). Found: %3. Install the PostgreSQL %2 client tools or set the tools directory in the profile.</source>
        <translation>Kein %1 in Version %2 oder neuer gefunden (der Server hat Version %2). Gefunden: %3. Installieren Sie die Client-Programme von PostgreSQL %2 oder setzen Sie das Programmverzeichnis im Profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not found. Install the PostgreSQL client tools or set the tools directory in the profile.</source>
        <translation>%1 wurde nicht gefunden. Installieren Sie die PostgreSQL-Client-Programme oder setzen Sie das Programmverzeichnis im Profil.</translation>
    </message>
</context>
<context>
    <name>pgs::ToolProcess</name>
    <message>
        <location filename="../src/core/tools/toolprocess.cpp" line="+138"/>
        <source>%1 crashed (%2)</source>
        <translation>%1 ist abgestürzt (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was stopped because a file reached the file-size limit (%2)</source>
        <translation>%1 wurde beendet, weil eine Datei die Dateigrößen-Grenze erreicht hat (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was killed (%2), for example by the system running out of memory</source>
        <translation>%1 wurde beendet (%2), etwa weil dem System der Speicher ausging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was stopped by the signal %2</source>
        <translation>%1 wurde durch das Signal %2 beendet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not start %1</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The output of %1 could not be stored</source>
        <translation>Die Ausgabe von %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not finish within %2 seconds</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden fertig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed with exit code %2</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>pgs::Topology</name>
    <message>
        <location filename="../src/core/replication/topology.cpp" line="+53"/>
        <source>%1: not connected, password needed</source>
        <translation>%1: nicht verbunden, Passwort nötig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pgs::TopologyDiagram</name>
    <message>
        <location filename="../src/app/replication/topologydiagram.cpp" line="+64"/>
        <source>not connected: password needed</source>
        <translation>nicht verbunden: Passwort nötig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>click to connect</source>
        <translation>zum Verbinden klicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standby, timeline %1</source>
        <translation>Standby, Timeline %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>primary, timeline %1</source>
        <translation>Primary, Timeline %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, replay paused</source>
        <translation>, Replay angehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>behind %1</source>
        <translation>%1 zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lag unknown</source>
        <translation>Rückstand unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 s</source>
        <translation>, %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, from %1</source>
        <translation>, von %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 keeps its password in the keychain or asks for it, and none is known yet: click to enter it and read this server too.</source>
        <translation>%1 hält sein Passwort im Schlüsselbund oder fragt danach, und noch ist keines bekannt: klicken, um es einzugeben und auch diesen Server zu lesen.</translation>
    </message>
</context>
<context>
    <name>pgs::TypedConfirmDialog</name>
    <message>
        <location filename="../src/app/shell/typedconfirmdialog.cpp" line="+32"/>
        <source>This is a production profile. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Dies ist ein Produktionsprofil. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
</context>
<context>
    <name>pgs::UserScheduler</name>
    <message>
        <location filename="../src/core/util/userscheduler.cpp" line="+51"/>
        <source>%1 was not found in PATH</source>
        <translation>%1 wurde nicht im PATH gefunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>systemctl --user %1 failed: %2</source>
        <translation>systemctl --user %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the service unit</source>
        <translation>die Service-Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timer unit</source>
        <translation>die Timer-Unit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Is a systemd user session running (systemctl --user needs a user bus)?
%1</source>
        <translation>Läuft eine systemd-Benutzersitzung (systemctl --user braucht einen Benutzer-Bus)?
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+104"/>
        <source>No schedule %1 is installed</source>
        <translation>Es ist kein Zeitplan %1 installiert</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>The unit files were removed, but %1</source>
        <translation>Die Unit-Dateien wurden entfernt, aber %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not write a temporary file for crontab</source>
        <translation>Für crontab konnte keine temporäre Datei geschrieben werden</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>cron can only run a command daily at a fixed time (&quot;*-*-* HH:MM:00&quot;) or every N minutes (&quot;*:0/N&quot;); &quot;%1&quot; needs a systemd timer</source>
        <translation>cron kann einen Befehl nur täglich zu einer festen Uhrzeit (&quot;*-*-* HH:MM:00&quot;) oder alle N Minuten (&quot;*:0/N&quot;) ausführen; &quot;%1&quot; braucht einen systemd-Timer</translation>
    </message>
</context>
<context>
    <name>pgs::WalArchive</name>
    <message>
        <location filename="../src/core/physical/walarchive.cpp" line="+78"/>
        <source>The WAL archive folder %1 does not exist.</source>
        <translation>Der WAL-Archivordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The server returned no archiver statistics.</source>
        <translation>Der Server hat keine Archivierungsstatistik geliefert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The replication slot %1 does not exist: no WAL is streamed into the archive.</source>
        <translation>Der Replikationsslot %1 existiert nicht: es wird kein WAL ins Archiv gestreamt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receiver is streaming through the slot %1; it keeps %2 MiB of WAL on the server meanwhile.</source>
        <translation>Kein Empfänger streamt über den Slot %1; er hält währenddessen %2 MiB WAL auf dem Server zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The replication slot %1 has lost WAL the archive needs: take a new base backup.</source>
        <translation>Dem Replikationsslot %1 fehlt WAL, das das Archiv braucht: erstellen Sie eine neue Basissicherung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>archive_mode is off: no WAL is archived, so no point-in-time recovery is possible.</source>
        <translation>archive_mode ist aus: Es wird kein WAL archiviert, eine Wiederherstellung zu einem Zeitpunkt ist nicht möglich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive_command is empty: WAL segments pile up in pg_wal and are never archived.</source>
        <translation>archive_command ist leer: WAL-Segmente sammeln sich in pg_wal und werden nie archiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last archiving attempt failed (%1 at %2); archiving is stuck until it succeeds.</source>
        <translation>Der letzte Archivierungsversuch ist fehlgeschlagen (%1 um %2); die Archivierung steht, bis er gelingt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server archived %1 last, but it is not in %2: the archive_command writes somewhere else.</source>
        <translation>Der Server hat zuletzt %1 archiviert, aber es liegt nicht in %2: Der archive_command schreibt woandershin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has not archived any WAL segment yet.</source>
        <translation>Der Server hat noch kein WAL-Segment archiviert.</translation>
    </message>
</context>
<context>
    <name>pgs::WalPrune</name>
    <message>
        <location filename="../src/core/physical/walprune.cpp" line="+49"/>
        <source>The WAL archive folder %1 does not exist.</source>
        <translation>Der WAL-Archivordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no good base backup in %1: every WAL segment may still be needed, none is removed.</source>
        <translation>In %1 gibt es keine gute Basissicherung: jedes WAL-Segment kann noch gebraucht werden, keines wird entfernt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No base backup in %1 passes its verification: no WAL is removed.</source>
        <translation>Keine Basissicherung in %1 besteht ihre Prüfung: es wird kein WAL entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>pgs::WalRate</name>
    <message>
        <location filename="../src/core/replication/walrate.cpp" line="+43"/>
        <source>WAL rate unknown: %1</source>
        <translation>WAL-Rate unbekannt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (history: %2 samples over %3 min)</source>
        <translation>%1 (Verlauf: %2 Messpunkte über %3 min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (measured over %2 s)</source>
        <translation>%1 (gemessen über %2 s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the two readings of the WAL position were taken at the same time</source>
        <translation>die beiden Ablesungen der WAL-Position fielen auf denselben Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the WAL position went backwards (another server?)</source>
        <translation>die WAL-Position ist zurückgegangen (ein anderer Server?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no samples of the WAL position in the history</source>
        <translation>keine Messpunkte der WAL-Position im Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the latest sample of the WAL position is older than %1 min</source>
        <translation>der letzte Messpunkt der WAL-Position ist älter als %1 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only one recent sample of the WAL position in the history</source>
        <translation>nur ein aktueller Messpunkt der WAL-Position im Verlauf</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+23"/>
        <source>a standby writes no WAL of its own</source>
        <translation>ein Standby schreibt kein eigenes WAL</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the server went into recovery while it was measured</source>
        <translation>der Server ging während der Messung in Recovery</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
</context>
<context>
    <name>pgs::WalReceiver</name>
    <message>
        <location filename="../src/core/physical/walreceiver.cpp" line="+73"/>
        <source>The server has no replication slot %1: create it with --create-slot.</source>
        <translation>Der Server hat keinen Replikationsslot %1: legen Sie ihn mit --create-slot an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created the replication slot %1 (WAL reserved from %2).</source>
        <translation>Replikationsslot %1 angelegt (WAL ab %2 reserviert).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The replication slot %1 is a logical slot: pg_receivewal needs a physical one.</source>
        <translation>Der Replikationsslot %1 ist ein logischer Slot: pg_receivewal braucht einen physischen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not create the WAL archive folder %1.</source>
        <translation>Der WAL-Archivordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another wal receive is already streaming into %1.</source>
        <translation>Ein anderes wal receive streamt bereits nach %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the receiver note</source>
        <translation>die Empfängernotiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Streaming WAL from %1 into %2 through slot %3</source>
        <translation>WAL wird von %1 über Slot %3 nach %2 gestreamt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WAL streaming stopped; the segment in progress stays as a .partial file.</source>
        <translation>WAL-Streaming beendet; das laufende Segment bleibt als .partial-Datei erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_receivewal stopped: %1</source>
        <translation>pg_receivewal wurde beendet: %1</translation>
    </message>
</context>
<context>
    <name>pgs::cli::AuditCommand</name>
    <message>
        <location filename="../src/cli/auditcommands.cpp" line="+33"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>the audit report</source>
        <translation>der Prüfbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security audit: %1</source>
        <translation>Sicherheitsprüfung: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audit of %1 as %2: %3 roles, %4 grants, %5 databases, %6 findings.</source>
        <translation>Prüfung von %1 als %2: %3 Rollen, %4 Rechte, %5 Datenbanken, %6 Befunde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since the previous audit: %1 roles added, %2 removed; %3 grants added, %4 removed; %5 findings new, %6 resolved.</source>
        <translation>Seit der vorigen Prüfung: %1 Rollen hinzugekommen, %2 entfernt; %3 Rechte hinzugekommen, %4 entfernt; %5 Befunde neu, %6 behoben.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Role and privilege audit: roles, memberships, effective privileges of every database, authentication and configuration checks, with findings and fix SQL. Each audit is saved per profile.</source>
        <translation>Rollen- und Rechteprüfung: Rollen, Mitgliedschaften, effektive Rechte in jeder Datenbank, Prüfungen von Authentifizierung und Konfiguration, mit Befunden und SQL zur Behebung. Jede Prüfung wird pro Profil gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also write the audit to FILE.</source>
        <translation>Die Prüfung zusätzlich in DATEI schreiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The format of --out: html, pdf, csv or json.</source>
        <translation>Das Format von --out: html, pdf, csv oder json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit 1 when a finding at or above LEVEL (warning or critical) exists.</source>
        <translation>Mit 1 beenden, wenn ein Befund mit mindestens STUFE (warning oder critical) existiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with a previous audit file (roles and grants added or removed, findings new and resolved).</source>
        <translation>Mit einer früheren Prüfdatei vergleichen (Rollen und Rechte hinzugekommen oder entfernt, Befunde neu und behoben).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PREVIOUS.json</source>
        <translation>VORHER.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treat login passwords without VALID UNTIL as warnings.</source>
        <translation>Anmeldepasswörter ohne VALID UNTIL als Warnungen behandeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--fail-on takes warning or critical</source>
        <translation>--fail-on erwartet warning oder critical</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format takes html, pdf, csv or json</source>
        <translation>--format erwartet html, pdf, csv oder json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs --out FILE</source>
        <translation>--format erfordert --out DATEI</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved the audit to %1</source>
        <translation>Prüfung in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>pgs::cli::BackupCommand</name>
    <message>
        <location filename="../src/cli/backupcommand.cpp" line="+32"/>
        <source>Database to back up.</source>
        <translation>Die zu sichernde Datenbank.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Backup catalog directory (the backup folder is created inside).</source>
        <translation>Verzeichnis des Sicherungskatalogs (der Sicherungsordner wird darin angelegt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom (default), directory, tar or plain.</source>
        <translation>custom (Standard), directory, tar oder plain.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel jobs (directory format only).</source>
        <translation>Parallele Prozesse (nur Directory-Format).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Compression: none, gzip, lz4, zstd, optionally with :LEVEL.</source>
        <translation>Komprimierung: none, gzip, lz4, zstd, optional mit :LEVEL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>METHOD[:LEVEL]</source>
        <translation>METHOD[:LEVEL]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the schema, no data.</source>
        <translation>Nur das Schema, keine Daten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the data, no schema.</source>
        <translation>Nur die Daten, kein Schema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this schema (pattern; repeatable).</source>
        <translation>Nur dieses Schema (Muster; mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this table (pattern; repeatable).</source>
        <translation>Nur diese Tabelle (Muster; mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this table out (pattern; repeatable).</source>
        <translation>Diese Tabelle auslassen (Muster; mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also back up roles and tablespaces (pg_dumpall --globals-only).</source>
        <translation>Auch Rollen und Tablespaces sichern (pg_dumpall --globals-only).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record exact row counts from the dump&apos;s snapshot.</source>
        <translation>Exakte Zeilenzahlen aus dem Snapshot des Dumps erfassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a successful backup, copy it to this off-site destination (repeatable; instead of the catalog&apos;s destinations, see destinations attach).</source>
        <translation>Nach einer erfolgreichen Sicherung diese an dieses externe Ziel kopieren (wiederholbar; statt der Ziele des Katalogs, siehe destinations attach).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No off-site copy this time, whatever the catalog&apos;s destinations.</source>
        <translation>Diesmal keine externe Kopie, gleich welche Ziele der Katalog hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a successful backup, prune the catalog with the --keep-* policy.</source>
        <translation>Nach einer erfolgreichen Sicherung den Katalog nach der --keep-*-Richtlinie aufräumen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prune: keep the newest N backups.</source>
        <translation>Aufräumen: die neuesten N Sicherungen behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prune: keep one backup per day for D days.</source>
        <translation>Aufräumen: D Tage lang eine Sicherung pro Tag behalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prune: keep one backup per week for W weeks.</source>
        <translation>Aufräumen: W Wochen lang eine Sicherung pro Woche behalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prune: keep one backup per month for M months.</source>
        <translation>Aufräumen: M Monate lang eine Sicherung pro Monat behalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--database is required</source>
        <translation>--database ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--catalog is required</source>
        <translation>--catalog ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format &quot;%1&quot; (custom, directory, tar, plain)</source>
        <translation>unbekanntes Format &quot;%1&quot; (custom, directory, tar, plain)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--jobs needs --format directory</source>
        <translation>--jobs braucht --format directory</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--compress takes METHOD[:LEVEL], e.g. gzip:6</source>
        <translation>--compress erwartet METHOD[:LEVEL], z. B. gzip:6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--schema-only and --data-only exclude each other</source>
        <translation>--schema-only und --data-only schließen einander aus</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--%1 needs --prune</source>
        <translation>--%1 braucht --prune</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--prune needs at least one --keep-* option</source>
        <translation>--prune braucht mindestens eine --keep-*-Option</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up a database with pg_dump into a backup catalog: exact row counts from the same snapshot, SHA-256 of every file, manifest.json. Prints the backup folder (or the manifest with --json); exit 0 only when the backup is complete and checksummed.</source>
        <translation>Eine Datenbank mit pg_dump in einen Sicherungskatalog sichern: exakte Zeilenzahlen aus demselben Snapshot, SHA-256 jeder Datei, manifest.json. Gibt den Sicherungsordner aus (mit --json das Manifest); Exit-Code 0 nur, wenn die Sicherung abgeschlossen und mit Prüfsummen versehen ist.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--copy-to and --no-copy exclude each other</source>
        <translation>--copy-to und --no-copy schließen einander aus</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The copy to %1 failed (the local backup is good): %2</source>
        <translation>Die Kopie nach %1 ist fehlgeschlagen (die lokale Sicherung ist in Ordnung): %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Pruned %n backup(s).</source>
        <translation>
            <numerusform>%n Sicherung aufgeräumt.</numerusform>
            <numerusform>%n Sicherungen aufgeräumt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::cli::BundleCommands</name>
    <message>
        <location filename="../src/cli/bundlecommands.cpp" line="+24"/>
        <source>Pack a backup folder into one .tar.zst or .tar.gz file for offsite copies.</source>
        <translation>Einen Sicherungsordner für Kopien außer Haus in eine einzige .tar.zst- oder .tar.gz-Datei packen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup folder.</source>
        <translation>Der Sicherungsordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle file: NAME.tar.zst, NAME.tar.gz or NAME.tgz.</source>
        <translation>Die Paketdatei: NAME.tar.zst, NAME.tar.gz oder NAME.tgz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out FILE is required</source>
        <translation>--out FILE ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out must end in .tar.zst, .tar.gz or .tgz</source>
        <translation>--out muss auf .tar.zst, .tar.gz oder .tgz enden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a bundle into a catalog: unpack, verify the checksums, and only then show it as a backup. Prints the imported folder.</source>
        <translation>Ein Paket in einen Katalog importieren: entpacken, Prüfsummen kontrollieren und erst dann als Sicherung anzeigen. Gibt den importierten Ordner aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .tar.zst or .tar.gz bundle.</source>
        <translation>Das .tar.zst- oder .tar.gz-Paket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog directory to import into.</source>
        <translation>Das Katalogverzeichnis, in das importiert wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--catalog DIR is required</source>
        <translation>--catalog DIR ist erforderlich</translation>
    </message>
</context>
<context>
    <name>pgs::cli::CatalogCommands</name>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+36"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--catalog DIR is required</source>
        <translation>--catalog DIR ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No catalog directory %1</source>
        <translation>Kein Katalogverzeichnis %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup catalog directory.</source>
        <translation>Das Verzeichnis des Sicherungskatalogs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the backups of a catalog, newest first.</source>
        <translation>Die Sicherungen eines Katalogs auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the complete copies at this off-site destination instead.</source>
        <translation>Stattdessen die vollständigen Kopien an diesem externen Ziel auflisten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+148"/>
        <source>Give --catalog or --destination, not both</source>
        <translation>Geben Sie --catalog oder --destination an, nicht beides</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+32"/>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>DATABASE</source>
        <translation>DATENBANK</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VERIFIED</source>
        <translation>GEPRÜFT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>List the backups of a catalog</source>
        <translation>Die Sicherungen eines Katalogs auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backups of a catalog directory.</source>
        <translation>Die Sicherungen eines Katalogverzeichnisses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply a retention policy to a catalog: keep the last N backups and the newest of D days, W weeks and M months; never the newest verified one. Failed and abandoned backups always go. Base backups and their WAL archive are left alone: see wal prune.</source>
        <translation>Eine Aufbewahrungsrichtlinie auf einen Katalog anwenden: die letzten N Sicherungen behalten sowie die neueste von D Tagen, W Wochen und M Monaten; nie die neueste geprüfte. Fehlgeschlagene und abgebrochene Sicherungen werden immer entfernt. Basissicherungen und ihr WAL-Archiv bleiben unberührt: siehe wal prune.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prune the copies at this off-site destination with its own retention policy (see destinations add) instead.</source>
        <translation>Stattdessen die Kopien an diesem externen Ziel nach dessen eigener Aufbewahrungsregel ausdünnen (siehe destinations add).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A destination keeps its own policy; set it with destinations add (--%1 is for a local catalog)</source>
        <translation>Ein Ziel hat seine eigene Regel; sie wird mit destinations add gesetzt (--%1 gilt für einen lokalen Katalog)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Keep the newest N backups.</source>
        <translation>Die neuesten N Sicherungen behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest backup of each of the last D days.</source>
        <translation>Die neueste Sicherung jedes der letzten D Tage behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest backup of each of the last W weeks.</source>
        <translation>Die neueste Sicherung jeder der letzten W Wochen behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest backup of each of the last M months.</source>
        <translation>Die neueste Sicherung jedes der letzten M Monate behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only show what would be deleted.</source>
        <translation>Nur anzeigen, was gelöscht würde.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would delete</source>
        <translation>würde löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REASONS</source>
        <translation>GRÜNDE</translation>
    </message>
</context>
<context>
    <name>pgs::cli::CommandGroup</name>
    <message>
        <location filename="../src/cli/commandgroup.cpp" line="+17"/>
        <source>Usage: %1 &lt;subcommand&gt; [options]</source>
        <translation>Aufruf: %1 &lt;Unterbefehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;%1 &lt;subcommand&gt; --help&apos; for its options.</source>
        <translation>&apos;%1 &lt;Unterbefehl&gt; --help&apos; zeigt dessen Optionen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing subcommand</source>
        <translation>Unterbefehl fehlt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>pgs::cli::CommandParser</name>
    <message>
        <location filename="../src/cli/clicontext.cpp" line="+69"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>&apos;%1 --help&apos; liefert weitere Informationen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show error details, progress and log lines on stderr.</source>
        <translation>Fehlerdetails, Fortschritt und Protokollzeilen auf stderr ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the saved connection profile NAME (or id).</source>
        <translation>Das gespeicherte Verbindungsprofil NAME (oder ID) verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect with a libpq connection string or URI; PG* environment variables fill what it leaves out.</source>
        <translation>Mit einer libpq-Verbindungszeichenfolge oder URI verbinden; PG*-Umgebungsvariablen ergänzen, was fehlt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>missing argument</source>
        <translation>Argument fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use either --profile or --db, not both</source>
        <translation>entweder --profile oder --db verwenden, nicht beides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say which server: --profile NAME or --db CONNINFO</source>
        <translation>welcher Server? --profile NAME oder --db CONNINFO angeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>profile %1 asks for a password: set PGPASSWORD or run interactively</source>
        <translation>Profil %1 verlangt ein Passwort: PGPASSWORD setzen oder interaktiv ausführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no profile named &apos;%1&apos; in %2</source>
        <translation>kein Profil namens &apos;%1&apos; in %2</translation>
    </message>
</context>
<context>
    <name>pgs::cli::CopyBackCommand</name>
    <message>
        <location filename="../src/cli/copybackcommand.cpp" line="+25"/>
        <source>Copy tables (as schema.table with a suffix, same schema) or a whole database (as a new database) from a recovered sandbox to a live server. Nothing that exists is replaced: a taken name is refused. --confirm names the database written into.</source>
        <translation>Tabellen (als schema.tabelle mit Suffix, im selben Schema) oder eine ganze Datenbank (als neue Datenbank) aus einer wiederhergestellten Sandbox auf einen Live-Server kopieren. Nichts Vorhandenes wird ersetzt: Ein vergebener Name wird abgelehnt. --confirm nennt die Datenbank, in die geschrieben wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recovered sandbox&apos;s directory (pitr restore --dir).</source>
        <translation>Das Verzeichnis der wiederhergestellten Sandbox (pitr restore --dir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A table to copy, schema.table (repeatable).</source>
        <translation>Eine zu kopierende Tabelle, schema.tabelle (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appended to each table&apos;s name (default: _at_HHMM of the recovered time).</source>
        <translation>An jeden Tabellennamen angehängt (Vorgabe: _at_HHMM der erreichten Zeit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--table: the sandbox&apos;s database to read (default: the target&apos;s database).</source>
        <translation>--table: die zu lesende Datenbank der Sandbox (Vorgabe: die Datenbank des Ziels).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A whole database of the sandbox to copy.</source>
        <translation>Eine ganze Datenbank der Sandbox zum Kopieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--database: the new database&apos;s name on the target.</source>
        <translation>--database: der Name der neuen Datenbank auf dem Ziel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database written into (the target&apos;s database, or NEWNAME): the typed confirmation.</source>
        <translation>Die Datenbank, in die geschrieben wird (die des Ziels oder NEWNAME): die getippte Bestätigung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from-dir DIR is required.</source>
        <translation>--from-dir DIR ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give --table (one or more) or --database, not both.</source>
        <translation>Geben Sie --table (ein- oder mehrmals) oder --database an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--database needs --as NEWNAME.</source>
        <translation>--database braucht --as NEWNAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--as goes with --database; tables take --suffix.</source>
        <translation>--as gehört zu --database; Tabellen nehmen --suffix.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not schema.table.</source>
        <translation>%1 ist nicht schema.tabelle.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copied into %1.</source>
        <translation>Kopiert nach %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows copied</source>
        <translation>Kopierte Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the sandbox</source>
        <translation>Zeilen in der Sandbox</translation>
    </message>
</context>
<context>
    <name>pgs::cli::ForegroundJob</name>
    <message>
        <location filename="../src/cli/foregroundjob.cpp" line="+143"/>
        <source>The job did not stop within %1 seconds; quitting.</source>
        <translation>Der Job hat nicht innerhalb von %1 Sekunden angehalten; Programm wird beendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Canceling... (press Ctrl-C again to quit at once)</source>
        <translation>Wird abgebrochen... (erneut Strg-C drücken zum sofortigen Beenden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terminated: canceling...</source>
        <translation>Beendet: wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../src/cli/foregroundjob.h" line="+32"/>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
</context>
<context>
    <name>pgs::cli::HealthCommand</name>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="+44"/>
        <source>Run the health checks on every database of the server: bloat, dead tuples, autovacuum, indexes, constraints, sequences, wraparound, sessions, locks, connections, replication, checkpoints, archiving, partitions.</source>
        <translation>Die Health-Prüfungen auf jeder Datenbank des Servers ausführen: Bloat, tote Zeilen, Autovacuum, Indizes, Constraints, Sequenzen, Wraparound, Sitzungen, Sperren, Verbindungen, Replikation, Checkpoints, Archivierung, Partitionen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run only this check (repeatable): %1</source>
        <translation>Nur diese Prüfung ausführen (wiederholbar): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override a threshold for this run (repeatable), e.g. idle-in-transaction.seconds=60. Ratios are in percent.</source>
        <translation>Eine Schwelle für diesen Lauf überschreiben (wiederholbar), z. B. idle-in-transaction.seconds=60. Quoten in Prozent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE.NAME=VALUE</source>
        <translation>CODE.NAME=WERT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit 1 when a finding is at or above LEVEL (warning or critical).</source>
        <translation>Mit 1 beenden, wenn ein Befund mindestens STUFE hat (warning oder critical).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown check &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannte Prüfung &apos;%1&apos; (eine von: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--fail-on takes warning or critical (got &apos;%1&apos;)</source>
        <translation>--fail-on nimmt warning oder critical (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>No findings on %1 (%n databases checked).</source>
        <translation>
            <numerusform>Keine Befunde auf %1 (%n Datenbanken geprüft).</numerusform>
            <numerusform>Keine Befunde auf %1 (%n Datenbanken geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEVERITY</source>
        <translation>SCHWERE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new and %2 resolved since the last run (%3).</source>
        <translation>%1 neu und %2 behoben seit dem letzten Lauf (%3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run VACUUM, ANALYZE, REINDEX or CLUSTER on chosen tables (or the whole database) with progress from pg_stat_progress_* on stderr.</source>
        <translation>VACUUM, ANALYZE, REINDEX oder CLUSTER auf gewählten Tabellen (oder der ganzen Datenbank) ausführen, mit Fortschritt aus pg_stat_progress_* auf stderr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vacuum, analyze, reindex or cluster</source>
        <translation>vacuum, analyze, reindex oder cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A table to work on (repeatable; default: all).</source>
        <translation>Eine zu bearbeitende Tabelle (wiederholbar; Standard: alle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCHEMA.TABLE</source>
        <translation>SCHEMA.TABELLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VACUUM FULL: rewrite the table (exclusive lock).</source>
        <translation>VACUUM FULL: die Tabelle neu schreiben (exklusive Sperre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VACUUM (FREEZE).</source>
        <translation>VACUUM (FREEZE).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VACUUM (ANALYZE).</source>
        <translation>VACUUM (ANALYZE).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip tables another session locks.</source>
        <translation>Tabellen überspringen, die eine andere Sitzung sperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VACUUM INDEX_CLEANUP auto, on or off.</source>
        <translation>VACUUM INDEX_CLEANUP auto, on oder off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VACUUM (PARALLEL N).</source>
        <translation>VACUUM (PARALLEL N).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REINDEX CONCURRENTLY (the default; writes go on).</source>
        <translation>REINDEX CONCURRENTLY (der Standard; Schreibzugriffe laufen weiter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REINDEX with a write lock instead.</source>
        <translation>REINDEX stattdessen mit Schreibsperre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown operation &apos;%1&apos; (vacuum, analyze, reindex or cluster)</source>
        <translation>unbekannte Operation &apos;%1&apos; (vacuum, analyze, reindex oder cluster)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not SCHEMA.TABLE</source>
        <translation>&apos;%1&apos; ist nicht SCHEMA.TABELLE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--index-cleanup takes auto, on or off</source>
        <translation>--index-cleanup nimmt auto, on oder off</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--full, --freeze, --analyze and --parallel are VACUUM options</source>
        <translation>--full, --freeze, --analyze und --parallel sind VACUUM-Optionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>progress: %1 %2 (%3 of %4)</source>
        <translation>Fortschritt: %1 %2 (%3 von %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n statements done in %1 ms.</source>
        <translation>
            <numerusform>%n Anweisungen in %1 ms ausgeführt.</numerusform>
            <numerusform>%n Anweisungen in %1 ms ausgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::cli::Main</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+29"/>
        <source>List, show, add, remove and import connection profiles</source>
        <translation>Verbindungsprofile auflisten, anzeigen, anlegen, entfernen und importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server overview: version, uptime, connections, databases</source>
        <translation>Serverübersicht: Version, Laufzeit, Verbindungen, Datenbanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test a connection and explain a failure</source>
        <translation>Eine Verbindung testen und Fehler erklären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the PostgreSQL tools found (pg_dump, psql ...)</source>
        <translation>Gefundene PostgreSQL-Programme anzeigen (pg_dump, psql ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start, stop, inspect or drop the local sandbox cluster</source>
        <translation>Den lokalen Sandbox-Cluster starten, stoppen, prüfen oder löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up a database (pg_dump) into a catalog with a checksummed manifest</source>
        <translation>Eine Datenbank mit pg_dump in einen Katalog sichern (Manifest mit Prüfsummen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the backups of a catalog</source>
        <translation>Die Sicherungen eines Katalogs auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a backup: checksums, contents, readable, restore test</source>
        <translation>Eine Sicherung prüfen: Prüfsummen, Inhalt, Lesbarkeit, Test-Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply a retention policy to a catalog (with --dry-run preview)</source>
        <translation>Eine Aufbewahrungsrichtlinie auf einen Katalog anwenden (mit --dry-run als Vorschau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, list or remove recurring backups (systemd timers or cron)</source>
        <translation>Wiederkehrende Sicherungen anlegen, auflisten oder entfernen (systemd-Timer oder cron)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack a backup folder into one .tar.zst/.tar.gz file</source>
        <translation>Einen Sicherungsordner in eine einzige .tar.zst-/.tar.gz-Datei packen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a bundle into a catalog and verify its checksums</source>
        <translation>Ein Sicherungspaket in einen Katalog importieren und die Prüfsummen kontrollieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the table of contents of a backup archive</source>
        <translation>Das Inhaltsverzeichnis eines Sicherungsarchivs auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup into a new or existing database</source>
        <translation>Eine Sicherung in eine neue oder vorhandene Datenbank wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore roles and tablespaces from a globals file</source>
        <translation>Rollen und Tablespaces aus einer Datei mit globalen Objekten wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take one monitoring sample into the history file (for cron)</source>
        <translation>Eine Überwachungsmessung in die Verlaufsdatei schreiben (für cron)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity review: growth per day, days until full, XID wraparound</source>
        <translation>Kapazitätsprüfung: Wachstum pro Tag, Tage bis voll, XID-Wraparound</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions with their state, wait events and blockers</source>
        <translation>Sitzungen mit Zustand, Warteereignissen und Blockierern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standbys, slots and their lag; create or drop slots, pause or resume replay</source>
        <translation>Standbys, Slots und ihr Rückstand; Slots anlegen oder löschen, Einspielen anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promote a standby to a primary (typed confirmation)</source>
        <translation>Einen Standby zum Primary hochstufen (getippte Bestätigung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean switchover to a standby while the primary is reachable (typed confirmation)</source>
        <translation>Sauberer Switchover auf einen Standby, solange der Primary erreichbar ist (getippte Bestätigung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit roles, privileges, authentication and settings</source>
        <translation>Rollen, Rechte, Authentifizierung und Einstellungen prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, alter or drop a role (password hashed here)</source>
        <translation>Eine Rolle anlegen, ändern oder löschen (Passwort wird hier gehasht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant privileges in one transaction</source>
        <translation>Rechte in einer Transaktion gewähren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke privileges in one transaction</source>
        <translation>Rechte in einer Transaktion entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema migrations: status, up, down, validate, dry-run</source>
        <translation>Schemamigrationen: status, up, down, validate, dry-run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health checks on every database: bloat, vacuum, indexes, wraparound, sessions ...</source>
        <translation>Health-Prüfungen auf jeder Datenbank: Bloat, Vacuum, Indizes, Wraparound, Sitzungen ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VACUUM, ANALYZE, REINDEX or CLUSTER tables with live progress</source>
        <translation>VACUUM, ANALYZE, REINDEX oder CLUSTER auf Tabellen mit Live-Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, list, test or remove off-site destinations</source>
        <translation>Externe Ziele hinzufügen, auflisten, testen oder entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a backup to an off-site destination, encrypted with age</source>
        <translation>Eine Sicherung zu einem externen Ziel kopieren, mit age verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch a copy from a destination into a catalog and verify it</source>
        <translation>Eine Kopie von einem Ziel in einen Katalog holen und prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a verified physical base backup into a catalog</source>
        <translation>Eine geprüfte physische Basissicherung in einen Katalog schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAL archiving of a server and its archive folder</source>
        <translation>WAL-Archivierung eines Servers und sein Archivordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point-in-time recovery: the recoverable window; recover into a sandbox</source>
        <translation>Wiederherstellung zu einem Zeitpunkt: der wiederherstellbare Zeitraum; Wiederherstellung in eine Sandbox</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: pgsteward-cli [--verbose] &lt;command&gt; [options]</source>
        <translation>Aufruf: pgsteward-cli [--verbose] &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headless PostgreSQL operations with the profiles and tools of pgsteward.</source>
        <translation>PostgreSQL-Betrieb ohne Oberfläche, mit den Profilen und Programmen von pgsteward.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help; &apos;&lt;command&gt; --help&apos; shows a command&apos;s options.</source>
        <translation>Diese Hilfe anzeigen; &apos;&lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show error details, progress and log lines on stderr.</source>
        <translation>Fehlerdetails, Fortschritt und Protokollzeilen auf stderr ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 1 the operation or a check failed, 2 usage error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Vorgang oder Prüfung fehlgeschlagen, 2 Aufruffehler.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>pgs::cli::MigrateCommand</name>
    <message>
        <location filename="../src/cli/migratecommands.cpp" line="+30"/>
        <source>The migrations folder.</source>
        <translation>Der Migrationsordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder format: auto (default), %1.</source>
        <translation>Ordnerformat: auto (Standard), %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roll back every migration above VERSION.</source>
        <translation>Jede Migration oberhalb von VERSION zurücksetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply pending migrations up to VERSION.</source>
        <translation>Ausstehende Migrationen bis VERSION anwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Roll back the last N migrations (default 1).</source>
        <translation>Die letzten N Migrationen zurücksetzen (Standard 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait at most SECONDS for another run&apos;s lock (default 60).</source>
        <translation>Höchstens SEKUNDEN auf die Sperre eines anderen Laufs warten (Standard 60).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also apply pending migrations older than the newest applied one.</source>
        <translation>Auch ausstehende Migrationen anwenden, die älter als die neueste angewendete sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the SQL of a rollback instead of an upgrade.</source>
        <translation>Das SQL eines Zurücksetzens statt eines Upgrades zeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format: %1 (%2); history table %3%4</source>
        <translation>Format: %1 (%2); Verlaufstabelle %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not created yet)</source>
        <translation> (noch nicht angelegt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>say which folder: --dir DIR</source>
        <translation>welcher Ordner? --dir ORDNER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown --format &apos;%1&apos;</source>
        <translation>unbekanntes --format &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Valid: %n migration(s), none changed, missing, failed or out of order</source>
        <translation>
            <numerusform>Gültig: %n Migration(en), keine geändert, fehlend, fehlgeschlagen oder außer der Reihe</numerusform>
            <numerusform>Gültig: %n Migration(en), keine geändert, fehlend, fehlgeschlagen oder außer der Reihe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing to do: the database is up to date.</source>
        <translation>Nichts zu tun: die Datenbank ist aktuell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied %1</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rolled back %1</source>
        <translation>%1 zurückgesetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where each migration of the folder stands, with pre-flight and lint</source>
        <translation>Wo jede Migration des Ordners steht, mit Vorabprüfung und Lint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show where each migration of the folder stands in the database.</source>
        <translation>Zeigen, wo jede Migration des Ordners in der Datenbank steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the pending migrations (or up to --target)</source>
        <translation>Die ausstehenden Migrationen anwenden (oder bis --target)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply pending migrations, each in its own transaction with its history row, under an advisory lock.</source>
        <translation>Ausstehende Migrationen anwenden, jede in einer eigenen Transaktion mit ihrer Verlaufszeile, unter einer Advisory-Sperre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roll back the last migration (--steps N, --target VERSION)</source>
        <translation>Die letzte Migration zurücksetzen (--steps N, --target VERSION)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll back applied migrations with their down (undo) scripts.</source>
        <translation>Angewendete Migrationen mit ihren Down- (Undo-)Skripten zurücksetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit 1 when a migration is changed, missing, failed or out of order</source>
        <translation>Exit 1, wenn eine Migration geändert, fehlend, fehlgeschlagen oder außer der Reihe ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the applied migrations against the folder.</source>
        <translation>Die angewendeten Migrationen gegen den Ordner prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the exact SQL a run would execute; change nothing</source>
        <translation>Das genaue SQL ausgeben, das ein Lauf ausführen würde; nichts ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the exact SQL of an up (or --down) run, history writes included, without changing anything.</source>
        <translation>Das genaue SQL eines Up- (oder --down-)Laufs samt Verlaufseinträgen ausgeben, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema migrations of a Flyway, golang-migrate, dbmate, sqlx, Alembic or native folder.</source>
        <translation>Schemamigrationen eines Flyway-, golang-migrate-, dbmate-, sqlx-, Alembic- oder nativen Ordners.</translation>
    </message>
</context>
<context>
    <name>pgs::cli::MonitorCommand</name>
    <message>
        <location filename="../src/cli/monitorcommands.cpp" line="+42"/>
        <source>The history file (default: history.sqlite in the data directory).</source>
        <translation>Die Verlaufsdatei (Standard: history.sqlite im Datenverzeichnis).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>A sampling timer needs --profile.</source>
        <translation>Ein Timer für die Messung braucht --profile.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed the sampling timer of %1.</source>
        <translation>Der Timer für die Messung von %1 wurde entfernt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is sampled every %2 minutes by %3.</source>
        <translation>%1 wird alle %2 Minuten durch %3 abgetastet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a systemd user timer</source>
        <translation>einen systemd-Benutzer-Timer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cron</source>
        <translation>cron</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take one history sample and append it to the history file, with rates from the previous sample (for a systemd timer or cron).</source>
        <translation>Eine Messung nehmen und an die Verlaufsdatei anhängen, mit Raten aus der vorherigen Messung (für einen systemd-Timer oder cron).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instead of sampling now, install a systemd user timer (or a crontab line) that samples the --profile every --every minutes.</source>
        <translation>Statt jetzt eine Messung zu nehmen, einen systemd-Benutzer-Timer (oder eine crontab-Zeile) installieren, der das --profile alle --every Minuten abtastet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes between timer samples (default 1).</source>
        <translation>Minuten zwischen den Messungen des Timers (Standard 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the sampling timer of the --profile.</source>
        <translation>Den Timer für die Messung des --profile entfernen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sampled %1: %2 databases, %3 sessions</source>
        <translation>%1 gemessen: %2 Datenbanken, %3 Sitzungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 commits/s over %2 s</source>
        <translation>, %1 Commits/s über %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, WAL %1/s</source>
        <translation>, WAL %1/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (first sample: rates from the next one)</source>
        <translation> (erste Messung: Raten ab der nächsten)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capacity review: growth per day of each database over the window (least squares, after the last jump in size), days until the volume is full, and days until transaction ID wraparound.</source>
        <translation>Kapazitätsprüfung: Wachstum pro Tag jeder Datenbank im Zeitfenster (kleinste Quadrate, nach dem letzten Größensprung), Tage, bis der Datenträger voll ist, und Tage bis zum Wraparound der Transaktions-IDs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The volume capacity (default: the profile&apos;s).</source>
        <translation>Die Kapazität des Datenträgers (Standard: die des Profils).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <location line="+112"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>The fit window in days (default 30).</source>
        <translation>Das Zeitfenster für die Anpassung in Tagen (Standard 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of history a growth forecast needs (default 24).</source>
        <translation>Stunden Verlauf, die eine Wachstumsprognose braucht (Standard 24).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples a growth forecast needs (default 12).</source>
        <translation>Messungen, die eine Wachstumsprognose braucht (Standard 12).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the capacity review report as HTML to FILE.</source>
        <translation>Den Bericht der Kapazitätsprüfung zusätzlich als HTML in FILE schreiben.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the report</source>
        <translation>der Bericht</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+24"/>
        <location line="+1"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>collecting</source>
        <translation>wird erfasst</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+89"/>
        <source>DATABASE</source>
        <translation>DATENBANK</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+8"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>GROWTH/DAY</source>
        <translation>WACHSTUM/TAG</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>R2</source>
        <translation>R2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>DAYS UNTIL FULL</source>
        <translation>TAGE BIS VOLL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TABLE (%1)</source>
        <translation>TABELLE (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown (use --capacity-bytes)</source>
        <translation>unbekannt (--capacity-bytes angeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All databases</source>
        <translation>Alle Datenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, full in %2 days</source>
        <translation>%1, voll in %2 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction ID age</source>
        <translation>Alter der Transaktions-IDs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XIDs per day</source>
        <translation>XIDs pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days until wraparound</source>
        <translation>Tage bis zum Wraparound</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show the sessions of the server with what blocks them.</source>
        <translation>Die Sitzungen des Servers anzeigen, mit dem, was sie blockiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most N sessions (default 1000).</source>
        <translation>Höchstens N Sitzungen (Standard 1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order by KEY, on the server: %1 (default: active first, then waiting on a lock, then the oldest query).</source>
        <translation>Nach KEY sortieren, auf dem Server: %1 (Standard: aktive zuerst, dann auf eine Sperre wartende, dann die älteste Abfrage).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort descending (with --sort).</source>
        <translation>Absteigend sortieren (mit --sort).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown sort key &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannter Sortierschlüssel &apos;%1&apos; (einer von: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--desc needs --sort</source>
        <translation>--desc braucht --sort</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WAIT</source>
        <translation>WARTET AUF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QUERY TIME</source>
        <translation>ABFRAGEDAUER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BLOCKED BY</source>
        <translation>BLOCKIERT VON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QUERY</source>
        <translation>ABFRAGE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 of %2 sessions.</source>
        <translation>%1 von %2 Sitzungen angezeigt.</translation>
    </message>
</context>
<context>
    <name>pgs::cli::OffsiteCommands</name>
    <message>
        <location filename="../src/cli/offsitecommands.cpp" line="+41"/>
        <source>Add an off-site destination: s3://BUCKET/PREFIX, sftp://USER@HOST/PATH, rclone:REMOTE:PATH or a local path. No secret is stored: S3 keys come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY at run time.</source>
        <translation>Ein externes Ziel hinzufügen: s3://BUCKET/PREFIX, sftp://USER@HOST/PATH, rclone:REMOTE:PATH oder ein lokaler Pfad. Es wird kein Geheimnis gespeichert: S3-Schlüssel kommen zur Laufzeit aus AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <location line="+25"/>
        <location line="+29"/>
        <source>The destination&apos;s name.</source>
        <translation>Der Name des Ziels.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Where the copies go.</source>
        <translation>Wohin die Kopien gehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S3 endpoint URL (MinIO, Ceph ...).</source>
        <translation>S3-Endpunkt-URL (MinIO, Ceph ...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S3 region.</source>
        <translation>S3-Region.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path-style S3 addressing.</source>
        <translation>S3-Adressierung im Pfadstil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt every file to this age recipient (repeatable).</source>
        <translation>Jede Datei für diesen age-Empfänger verschlüsseln (wiederholbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention at this destination.</source>
        <translation>Aufbewahrung an diesem Ziel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The --s3-* options are for s3:// destinations</source>
        <translation>Die --s3-*-Optionen gelten für s3://-Ziele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An age recipient is a public key starting with age1: %1</source>
        <translation>Ein age-Empfänger ist ein öffentlicher Schlüssel, der mit age1 beginnt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>copies to %1 are not encrypted (no --encrypt-to)</source>
        <translation>Kopien nach %1 sind nicht verschlüsselt (kein --encrypt-to)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added destination %1 (%2)</source>
        <translation>Ziel %1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the off-site destinations.</source>
        <translation>Die externen Ziele auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also say which ones every backup into this catalog is copied to.</source>
        <translation>Auch angeben, wohin jede Sicherung in diesem Katalog kopiert wird.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>age, recipients: %1</source>
        <translation>age, Empfänger: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+201"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+200"/>
        <source>ENCRYPTED</source>
        <translation>VERSCHLÜSSELT</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>AFTER EACH BACKUP</source>
        <translation>NACH JEDER SICHERUNG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reach a destination and count its complete copies.</source>
        <translation>Ein Ziel erreichen und seine vollständigen Kopien zählen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is reachable; complete copies there: %2</source>
        <translation>%1 ist erreichbar; vollständige Kopien dort: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget a destination (its copies stay where they are).</source>
        <translation>Ein Ziel vergessen (seine Kopien bleiben, wo sie sind).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup catalog directory that copies there: it stops doing so (repeatable).</source>
        <translation>Ein Sicherungskatalog-Verzeichnis, das dorthin kopiert: Es hört damit auf (wiederholbar).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is removed, but a catalog was left as it was: %2</source>
        <translation>%1 ist entfernt, aber ein Katalog blieb unverändert: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy every backup into a catalog to this destination once it is complete and checksummed (the GUI, the CLI and schedules alike; a schedule&apos;s --copy-to or --no-copy overrides it).</source>
        <translation>Jede Sicherung in einem Katalog an dieses Ziel kopieren, sobald sie vollständig und mit Prüfsummen versehen ist (in der Oberfläche, der CLI und bei Zeitplänen gleichermaßen; --copy-to oder --no-copy eines Zeitplans haben Vorrang).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop copying the backups of a catalog to this destination (the copies already there stay).</source>
        <translation>Die Sicherungen eines Katalogs nicht mehr an dieses Ziel kopieren (die Kopien dort bleiben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup catalog directory.</source>
        <translation>Das Verzeichnis des Sicherungskatalogs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every backup into %1 is now copied to %2</source>
        <translation>Jede Sicherung in %1 wird jetzt nach %2 kopiert</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Backups into %1 are no longer copied to %2</source>
        <translation>Sicherungen in %1 werden nicht mehr nach %2 kopiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a destination</source>
        <translation>Ein Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the destinations</source>
        <translation>Die Ziele auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach a destination</source>
        <translation>Ein Ziel erreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget a destination</source>
        <translation>Ein Ziel vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every backup of a catalog there</source>
        <translation>Jede Sicherung eines Katalogs dorthin kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop copying a catalog&apos;s backups there</source>
        <translation>Die Sicherungen eines Katalogs nicht mehr dorthin kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off-site destinations for encrypted copies of backups.</source>
        <translation>Externe Ziele für verschlüsselte Kopien von Sicherungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy a complete backup folder to a destination, encrypted to its recipients.</source>
        <translation>Einen vollständigen Sicherungsordner zu einem Ziel kopieren, verschlüsselt für dessen Empfänger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup folder.</source>
        <translation>Der Sicherungsordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>The destination.</source>
        <translation>Das Ziel.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>--to NAME is required</source>
        <translation>--to NAME ist erforderlich</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Download a copy into a catalog, decrypt it and check every checksum.</source>
        <translation>Eine Kopie in einen Katalog herunterladen, entschlüsseln und jede Prüfsumme prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy&apos;s folder name.</source>
        <translation>Der Ordnername der Kopie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local catalog directory.</source>
        <translation>Das lokale Katalogverzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The age identity (secret key) file.</source>
        <translation>Die age-Identitätsdatei (geheimer Schlüssel).</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+69"/>
        <source>--catalog DIR is required</source>
        <translation>--catalog DIR ist erforderlich</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+201"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DATABASE</source>
        <translation>DATENBANK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
</context>
<context>
    <name>pgs::cli::PasswordPrompt</name>
    <message>
        <location filename="../src/cli/passwordprompt.cpp" line="+38"/>
        <source>cannot ask for a password: no terminal</source>
        <translation>Passwortabfrage nicht möglich: kein Terminal</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin: kein Passwort auf der Standardeingabe</translation>
    </message>
</context>
<context>
    <name>pgs::cli::PitrCommand</name>
    <message>
        <location filename="../src/cli/pitrcommands.cpp" line="+39"/>
        <source>Earliest</source>
        <translation>Frühestens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Spätestens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base backups</source>
        <translation>Basissicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing WAL segments</source>
        <translation>Fehlende WAL-Segmente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Give exactly one of --target-time, --target-lsn, --target-name or --latest.</source>
        <translation>Geben Sie genau eines von --target-time, --target-lsn, --target-name oder --latest an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovered to</source>
        <translation>Wiederhergestellt bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped because</source>
        <translation>Angehalten wegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base backup</source>
        <translation>Basissicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect with</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop or drop it with: pgsteward-cli sandbox stop|drop --dir %1</source>
        <translation>Anhalten oder entfernen mit: pgsteward-cli sandbox stop|drop --dir %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take a physical base backup (pg_basebackup, verified by pg_verifybackup) into a catalog.</source>
        <translation>Eine physische Basissicherung (pg_basebackup, geprüft mit pg_verifybackup) in einen Katalog schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog folder to write the base backup into.</source>
        <translation>Der Katalogordner, in den die Basissicherung geschrieben wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain (default: a data directory) or tar (compressed archives).</source>
        <translation>plain (Standard: ein Datenverzeichnis) oder tar (komprimierte Archive).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tar: auto (default: the best the pg_basebackup offers), none, gzip, lz4 or zstd.</source>
        <translation>tar: auto (Standard: das beste, das pg_basebackup bietet), none, gzip, lz4 oder zstd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fast (default: start at once) or spread (gentle on the server).</source>
        <translation>fast (Standard: sofort beginnen) oder spread (schonend für den Server).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>included (default: the backup holds the WAL it needs) or archive (recovery takes it from the WAL archive).</source>
        <translation>included (Standard: die Sicherung enthält das WAL, das sie braucht) oder archive (die Wiederherstellung nimmt es aus dem WAL-Archiv).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--catalog DIR is required.</source>
        <translation>--catalog DIR ist erforderlich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format is plain or tar, not %1.</source>
        <translation>--format ist plain oder tar, nicht %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--compress is auto, none, gzip, lz4 or zstd, not %1.</source>
        <translation>--compress ist auto, none, gzip, lz4 oder zstd, nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--compress needs --format tar.</source>
        <translation>--compress braucht --format tar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--checkpoint is fast or spread, not %1.</source>
        <translation>--checkpoint ist fast oder spread, nicht %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--wal is included or archive, not %1.</source>
        <translation>--wal ist included oder archive, nicht %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Base backup %1 verified: WAL %2 to %3 on timeline %4.</source>
        <translation>Basissicherung %1 geprüft: WAL %2 bis %3 auf Zeitlinie %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pitr window: the span base backups and the WAL archive can recover to. pitr restore: recover a moment of it into a new sandbox cluster. pitr copy-back: tables or a database from it to a live server under new names (see pitr copy-back --help).</source>
        <translation>pitr window: der Zeitraum, den Basissicherungen und WAL-Archiv wiederherstellen können. pitr restore: einen Zeitpunkt daraus in einen neuen Sandbox-Cluster wiederherstellen. pitr copy-back: Tabellen oder eine Datenbank daraus unter neuen Namen auf einen Live-Server (siehe pitr copy-back --help).</translation>
    </message>
    <message>
        <location filename="../src/cli/walcommands.cpp" line="+196"/>
        <source>Unknown wal action: %1</source>
        <translation>Unbekannte wal-Aktion: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--archive DIR is required.</source>
        <translation>--archive DIR ist erforderlich.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>archive_mode</source>
        <translation>archive_mode</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>archive_command</source>
        <translation>archive_command</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last archived</source>
        <translation>Zuletzt archiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the folder</source>
        <translation>Im Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last failed</source>
        <translation>Zuletzt fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver connected</source>
        <translation>Empfänger verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAL retained by the slot</source>
        <translation>Vom Slot zurückgehaltenes WAL</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give --install-service or --remove-service, not both.</source>
        <translation>Geben Sie --install-service oder --remove-service an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service names a profile (--profile P): a password never goes into a unit file.</source>
        <translation>Ein Dienst nennt ein Profil (--profile P): ein Passwort kommt nie in eine Unit-Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed the WAL receiver service %1; the slot %2 stays (drop it on the server when it is no longer wanted, or it keeps WAL).</source>
        <translation>WAL-Empfängerdienst %1 entfernt; der Slot %2 bleibt (löschen Sie ihn auf dem Server, wenn er nicht mehr gebraucht wird, sonst hält er WAL zurück).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Installed the WAL receiver service %1 (%2): it streams into %3 through slot %4 and is restarted within a minute when it stops.</source>
        <translation>WAL-Empfängerdienst %1 (%2) installiert: er streamt über Slot %4 nach %3 und wird binnen einer Minute neu gestartet, wenn er endet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>WAL receiver stopped.</source>
        <translation>WAL-Empfänger beendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>wal prune needs --catalog DIR (the base backups) and --archive DIR.</source>
        <translation>wal prune braucht --catalog DIR (die Basissicherungen) und --archive DIR.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>would remove base backup %1</source>
        <translation>würde Basissicherung %1 entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed base backup %1</source>
        <translation>Basissicherung %1 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would remove %1 WAL files (%2); kept from %3, the start of %4.</source>
        <translation>Würde %1 WAL-Dateien entfernen (%2); behalten ab %3, dem Anfang von %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1 WAL files (%2); kept from %3, the start of %4.</source>
        <translation>%1 WAL-Dateien entfernt (%2); behalten ab %3, dem Anfang von %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>wal status: the server&apos;s WAL archiving (or the receiver&apos;s slot) and the archive folder.
wal receive: stream WAL with pg_receivewal through a replication slot into the archive folder until Ctrl-C or SIGTERM, or install/remove that as a user service.
wal prune --catalog DIR --archive DIR [--keep-base N] [--dry-run]: keep the newest N base backups (default: all) and remove only the WAL older than the start of the oldest kept one.</source>
        <translation>wal status: die WAL-Archivierung des Servers (oder der Slot des Empfängers) und der Archivordner.
wal receive: WAL mit pg_receivewal über einen Replikationsslot in den Archivordner streamen, bis Strg-C oder SIGTERM, oder das als Benutzerdienst installieren/entfernen.
wal prune --catalog DIR --archive DIR [--keep-base N] [--dry-run]: die neuesten N Basissicherungen behalten (Standard: alle) und nur das WAL entfernen, das älter ist als der Anfang der ältesten behaltenen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prune: the catalog with the base backups.</source>
        <translation>prune: der Katalog mit den Basissicherungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prune: keep the newest N good base backups.</source>
        <translation>prune: die neuesten N guten Basissicherungen behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prune: only list what would be removed.</source>
        <translation>prune: nur auflisten, was entfernt würde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The physical replication slot (default: pgsteward_&lt;archive folder name&gt;).</source>
        <translation>Der physische Replikationsslot (Standard: pgsteward_&lt;Name des Archivordners&gt;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive: create the slot when it is missing.</source>
        <translation>receive: den Slot anlegen, wenn er fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive: run the receiver from the user scheduler (systemd user timer or cron).</source>
        <translation>receive: den Empfänger aus dem Benutzer-Zeitplaner starten (systemd-Benutzer-Timer oder cron).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive: remove that service again.</source>
        <translation>receive: diesen Dienst wieder entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive: end quietly when a receiver already streams into the folder.</source>
        <translation>receive: still enden, wenn bereits ein Empfänger in den Ordner streamt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give --profile P or --db CONNINFO.</source>
        <translation>Geben Sie --profile P oder --db CONNINFO an.</translation>
    </message>
    <message>
        <location filename="../src/cli/pitrcommands.cpp" line="+4"/>
        <source>The catalog folder with the base backups.</source>
        <translation>Der Katalogordner mit den Basissicherungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/walcommands.cpp" line="-22"/>
        <source>The WAL archive folder.</source>
        <translation>Der WAL-Archivordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: the new sandbox directory.</source>
        <translation>restore: das neue Sandbox-Verzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: recover to this time (ISO 8601).</source>
        <translation>restore: bis zu dieser Zeit wiederherstellen (ISO 8601).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: recover to this WAL position.</source>
        <translation>restore: bis zu dieser WAL-Position wiederherstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: recover to this named restore point.</source>
        <translation>restore: bis zu diesem benannten Wiederherstellungspunkt wiederherstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: recover to the end of the archive.</source>
        <translation>restore: bis zum Ende des Archivs wiederherstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--catalog DIR and --archive DIR are required.</source>
        <translation>--catalog DIR und --archive DIR sind erforderlich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown pitr action: %1</source>
        <translation>Unbekannte pitr-Aktion: %1</translation>
    </message>
</context>
<context>
    <name>pgs::cli::ProfileAddCommand</name>
    <message>
        <location filename="../src/cli/profileaddcommand.cpp" line="+33"/>
        <source>Profile name (required, unique).</source>
        <translation>Profilname (erforderlich, eindeutig).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group shown in the profile tree.</source>
        <translation>Gruppe im Profilbaum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name, IP address or unix socket directory.</source>
        <translation>Hostname, IP-Adresse oder Unix-Socket-Verzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port (1-65535, default 5432).</source>
        <translation>Port (1-65535, Standard 5432).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role to log in as.</source>
        <translation>Rolle für die Anmeldung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database to connect to.</source>
        <translation>Datenbank, mit der verbunden wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>disable, allow, prefer, require, verify-ca oder verify-full.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file.</source>
        <translation>CA-Zertifikatsdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate file.</source>
        <translation>Client-Zertifikatsdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key file.</source>
        <translation>Client-Schlüsseldatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect timeout in seconds (0: wait forever).</source>
        <translation>Verbindungs-Timeout in Sekunden (0: unbegrenzt warten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>application_name reported to the server.</source>
        <translation>application_name, der dem Server gemeldet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_service.conf section that fills what is left empty.</source>
        <translation>Abschnitt in pg_service.conf, der leere Angaben ergänzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the server as production.</source>
        <translation>Den Server als Produktion kennzeichnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every session read-only (default_transaction_read_only); write actions refused.</source>
        <translation>Jede Sitzung nur lesend (default_transaction_read_only); schreibende Aktionen abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour of the production mark (#rrggbb).</source>
        <translation>Farbe der Produktionskennzeichnung (#rrggbb).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the server&apos;s data volume, for forecasts.</source>
        <translation>Größe des Datenträgers des Servers, für Prognosen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory to look for pg_dump &amp; co. first.</source>
        <translation>Verzeichnis, in dem zuerst nach pg_dump &amp; Co. gesucht wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the password lives: keychain, pgpass, ask or none (default with --password-stdin: keychain when available, else pgpass).</source>
        <translation>Wo das Passwort liegt: keychain, pgpass, ask oder none (Standard mit --password-stdin: keychain, wenn verfügbar, sonst pgpass).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace a profile of the same name.</source>
        <translation>Ein gleichnamiges Profil ersetzen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--name is required</source>
        <translation>--name ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is required (unless --service names a pg_service entry)</source>
        <translation>--%1 ist erforderlich (außer --service nennt einen pg_service-Eintrag)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--sslmode must be one of %1, not &apos;%2&apos;</source>
        <translation>--sslmode muss einer der Werte %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--production-color must look like #c62828</source>
        <translation>--production-color muss wie #c62828 aussehen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--password-storage must be one of %1, not &apos;%2&apos;</source>
        <translation>--password-storage muss einer der Werte %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--password-stdin needs --password-storage keychain or pgpass</source>
        <translation>--password-stdin braucht --password-storage keychain oder pgpass</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a new connection profile. The password, if any, goes to the keychain or ~/.pgpass, never into profiles.json.</source>
        <translation>Ein neues Verbindungsprofil speichern. Ein Passwort kommt in den Schlüsselbund oder nach ~/.pgpass, nie in profiles.json.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a profile named &apos;%1&apos; exists already (use --replace)</source>
        <translation>ein Profil namens &apos;%1&apos; existiert bereits (--replace verwenden)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved profile %1 (%2)</source>
        <translation>Profil %1 gespeichert (%2)</translation>
    </message>
</context>
<context>
    <name>pgs::cli::ProfileImportCommand</name>
    <message>
        <location filename="../src/cli/profileimportcommand.cpp" line="+43"/>
        <source>Import pg_service.conf entries as profiles. Names that exist already are skipped; entries with a matching ~/.pgpass line keep using it.</source>
        <translation>Einträge aus pg_service.conf als Profile importieren. Vorhandene Namen werden übersprungen; Einträge mit passender ~/.pgpass-Zeile verwenden diese weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read this service file instead of the ones libpq would use.</source>
        <translation>Diese Dienstdatei lesen statt der Dateien, die libpq verwenden würde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import only this service (repeatable).</source>
        <translation>Nur diesen Dienst importieren (mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no service named &apos;%1&apos;</source>
        <translation>kein Dienst namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pg_service.conf entries found (looked in %1).</source>
        <translation>Keine Einträge in pg_service.conf gefunden (gesucht in %1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>skipped %1: a profile with this name exists</source>
        <translation>%1 übersprungen: ein Profil mit diesem Namen existiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>imported %1 (%2)</source>
        <translation>%1 importiert (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, password from %1</source>
        <translation>, Passwort aus %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service %1 has a password in its file; it was not copied</source>
        <translation>Dienst %1 hat ein Passwort in seiner Datei; es wurde nicht übernommen</translation>
    </message>
</context>
<context>
    <name>pgs::cli::ProfilesCommand</name>
    <message>
        <location filename="../src/cli/profilescommand.cpp" line="+26"/>
        <source>no profile named &apos;%1&apos; in %2</source>
        <translation>kein Profil namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the saved connection profiles.</source>
        <translation>Die gespeicherten Verbindungsprofile auflisten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No profiles in %1.</source>
        <translation>Keine Profile in %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show one connection profile.</source>
        <translation>Ein Verbindungsprofil anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Name or id of the profile.</source>
        <translation>Name oder ID des Profils.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL root certificate</source>
        <translation>SSL-Stammzertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL certificate</source>
        <translation>SSL-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL key</source>
        <translation>SSL-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect timeout</source>
        <translation>Verbindungs-Timeout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read-only</source>
        <translation>Nur lesend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume capacity</source>
        <translation>Datenträgerkapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools directory</source>
        <translation>Programmverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove a connection profile (and its keychain password).</source>
        <translation>Ein Verbindungsprofil entfernen (samt Passwort im Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed profile %1 (%2)</source>
        <translation>Profil %1 entfernt (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keychain password could not be deleted: %1</source>
        <translation>das Passwort im Schlüsselbund konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its line in %1 was left in place.</source>
        <translation>Seine Zeile in %1 wurde belassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the saved profiles</source>
        <translation>Gespeicherte Profile auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one profile</source>
        <translation>Ein Profil anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add (or with --replace, replace) a profile</source>
        <translation>Ein Profil anlegen (oder mit --replace ersetzen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a profile</source>
        <translation>Ein Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import pg_service.conf entries as profiles</source>
        <translation>Einträge aus pg_service.conf als Profile importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manage the saved connection profiles (%1).</source>
        <translation>Die gespeicherten Verbindungsprofile verwalten (%1).</translation>
    </message>
</context>
<context>
    <name>pgs::cli::ReplicationCommand</name>
    <message>
        <location filename="../src/cli/replicationcommands.cpp" line="+33"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System identifier</source>
        <translation>Systemkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAL position</source>
        <translation>WAL-Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAL rate</source>
        <translation>WAL-Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronous</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Replayed up to</source>
        <translation>Eingespielt bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, not replayed</source>
        <translation>Empfangen, nicht eingespielt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last replayed commit</source>
        <translation>Letzter eingespielter Commit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay</source>
        <translation>Einspielen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PAUSED</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>No standby is connected.</source>
        <translation>Kein Standby ist verbunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replayed</source>
        <translation>Eingespielt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag time</source>
        <translation>Rückstand (Zeit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No replication slots.</source>
        <translation>Keine Replikations-Slots.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAL status</source>
        <translation>WAL-Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retains</source>
        <translation>Hält zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publication %1: %2</source>
        <translation>Publication %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all tables</source>
        <translation>alle Tabellen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription %1 (%2): %3, %4 table(s) ready, %5 syncing</source>
        <translation>Subscription %1 (%2): %3, %4 Tabelle(n) bereit, %5 in Synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker not running</source>
        <translation>Worker läuft nicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Standbys, slots, the receiver of a standby, publications and subscriptions. Also: replication slot create|drop NAME [--logical] [--plugin P], replication pause|resume (replay on a standby).</source>
        <translation>Standbys, Slots, der Empfänger eines Standbys, Publications und Subscriptions. Außerdem: replication slot create|drop NAME [--logical] [--plugin P], replication pause|resume (Einspielen auf einem Standby).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>slot create: a logical slot (default physical).</source>
        <translation>slot create: ein logischer Slot (Standard physisch).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slot create --logical: the output plugin (default pgoutput).</source>
        <translation>slot create --logical: das Ausgabe-Plugin (Standard pgoutput).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slot drop: the slot&apos;s name again, to confirm.</source>
        <translation>slot drop: der Name des Slots noch einmal, zur Bestätigung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without recent history samples, measure the WAL rate of a primary over this many seconds (default 3; 0: do not measure).</source>
        <translation>Ohne aktuelle Messpunkte im Verlauf die WAL-Rate eines Primary über so viele Sekunden messen (Standard 3; 0: nicht messen).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>replication %1</source>
        <translation>replication %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay paused.</source>
        <translation>Einspielen angehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay resumed.</source>
        <translation>Einspielen fortgesetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slot %1 created.</source>
        <translation>Slot %1 angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropping slot %1 needs --confirm %1.</source>
        <translation>Das Löschen von Slot %1 braucht --confirm %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slot %1 dropped.</source>
        <translation>Slot %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown replication action: %1</source>
        <translation>Unbekannte Replikationsaktion: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Promote a standby to a primary (pg_promote) and wait for it.</source>
        <translation>Einen Standby zum Primary hochstufen (pg_promote) und darauf warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile&apos;s name (or, with --db, the database name), typed to confirm.</source>
        <translation>Der Name des Profils (oder mit --db der Datenbankname), zur Bestätigung getippt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for the promotion (default 60).</source>
        <translation>Sekunden, die auf die Hochstufung gewartet wird (Standard 60).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Promotion</source>
        <translation>Das Hochstufen (Promote)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion changes which server accepts writes</source>
        <translation>Die Beförderung ändert, welcher Server Schreibzugriffe annimmt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Promoted in %1 s: now a primary on timeline %2 (was %3).</source>
        <translation>In %1 s hochgestuft: jetzt Primary auf Timeline %2 (vorher %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: point the applications and the other standbys of %1 at this server (primary_conninfo = %2); rebuild the old primary before it rejoins.</source>
        <translation>Als Nächstes: die Anwendungen und die anderen Standbys von %1 auf diesen Server umstellen (primary_conninfo = %2); den alten Primary neu aufbauen, bevor er wieder dazukommt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the old primary</source>
        <translation>dem alten Primary</translation>
    </message>
</context>
<context>
    <name>pgs::cli::RestoreCommand</name>
    <message>
        <location filename="../src/cli/restorecommand.cpp" line="+34"/>
        <source>The database to restore into.</source>
        <translation>Die Datenbank, in die wiederhergestellt wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Create the target database (it must not exist).</source>
        <translation>Die Zieldatenbank anlegen (sie darf nicht existieren).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore into a new throwaway cluster in DIR instead.</source>
        <translation>Stattdessen in einen neuen Wegwerf-Cluster in DIR wiederherstellen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this schema (repeatable).</source>
        <translation>Nur dieses Schema (mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this table as schema.table, with its indexes and constraints (repeatable).</source>
        <translation>Nur diese Tabelle als schema.tabelle, mit ihren Indizes und Constraints (mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel jobs (custom and directory archives).</source>
        <translation>Parallele Prozesse (Custom- und Directory-Archive).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not restore object owners.</source>
        <translation>Eigentümer der Objekte nicht wiederherstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not restore privileges (GRANT/REVOKE).</source>
        <translation>Rechte nicht wiederherstellen (GRANT/REVOKE).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role to run the restore as.</source>
        <translation>Rolle, als die die Wiederherstellung läuft.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the data.</source>
        <translation>Nur die Daten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the schema.</source>
        <translation>Nur das Schema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore in one transaction (not with --jobs).</source>
        <translation>In einer einzigen Transaktion wiederherstellen (nicht mit --jobs).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable triggers during a data-only restore.</source>
        <translation>Trigger während einer Wiederherstellung nur der Daten abschalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on after errors (they are still reported; exit 1).</source>
        <translation>Nach Fehlern weitermachen (sie werden trotzdem gemeldet; Exit-Code 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the archive&apos;s objects in the target first (--clean --if-exists).</source>
        <translation>Die Objekte des Archivs zuerst im Ziel löschen (--clean --if-exists).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target&apos;s name, required to restore into a non-empty database.</source>
        <translation>Der Name des Ziels, erforderlich für eine Wiederherstellung in eine nicht leere Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow restoring into an existing database of a production profile.</source>
        <translation>Wiederherstellung in eine vorhandene Datenbank eines Produktionsprofils erlauben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--target-db is required</source>
        <translation>--target-db ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sandbox and --create exclude each other</source>
        <translation>--sandbox und --create schließen einander aus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--data-only and --schema-only exclude each other</source>
        <translation>--data-only und --schema-only schließen einander aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--single-transaction cannot be combined with --jobs</source>
        <translation>--single-transaction kann nicht mit --jobs kombiniert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--clean only applies to an existing database (without --create/--sandbox)</source>
        <translation>--clean gilt nur für eine vorhandene Datenbank (ohne --create/--sandbox)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restored into %1: %2 of %3 entries</source>
        <translation>Nach %1 wiederhergestellt: %2 von %3 Einträgen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOC</source>
        <translation>TOC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MISMATCH</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not compared: %1</source>
        <translation>nicht verglichen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded</source>
        <translation>Verzeichnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refusing to restore into the non-empty database &quot;%1&quot;; nothing was changed. To replace its contents, add: --clean --confirm %1</source>
        <translation>Wiederherstellung in die nicht leere Datenbank &quot;%1&quot; abgelehnt; nichts wurde geändert. Um ihren Inhalt zu ersetzen, fügen Sie hinzu: --clean --confirm %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusing to restore into &quot;%1&quot; on a production profile; add --lift-production-guard to proceed, or restore with --create into a new database</source>
        <translation>Wiederherstellung in &quot;%1&quot; auf einem Produktionsprofil abgelehnt; zum Fortfahren --lift-production-guard angeben oder mit --create in eine neue Datenbank wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the table of contents of a backup (catalog folder, bundle, custom, directory or tar archive) as pg_restore --list sees it; exit 1 when the archive is incomplete.</source>
        <translation>Das Inhaltsverzeichnis einer Sicherung (Katalogordner, Bündel, Custom-, Verzeichnis- oder tar-Archiv) so auflisten, wie pg_restore --list es sieht; Exit-Code 1, wenn das Archiv unvollständig ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup folder, bundle or archive.</source>
        <translation>Der Sicherungsordner, das Paket oder das Archiv.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore a backup into a new database (--create), an existing one, or a sandbox cluster. Checksums are verified first; a non-empty existing database needs --confirm NAME; exit 1 when anything failed.</source>
        <translation>Eine Sicherung in eine neue Datenbank (--create), eine vorhandene oder einen Sandbox-Cluster wiederherstellen. Zuerst werden die Prüfsummen kontrolliert; eine nicht leere vorhandene Datenbank braucht --confirm NAME; Exit-Code 1, wenn etwas fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup folder, bundle or dump.</source>
        <translation>Der Sicherungsordner, das Paket oder der Dump.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--profile or --db is required (or --sandbox DIR)</source>
        <translation>--profile oder --db ist erforderlich (oder --sandbox DIR)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>pgsteward-cli: the restore finished with %n error(s)</source>
        <translation>
            <numerusform>pgsteward-cli: die Wiederherstellung endete mit %n Fehler</numerusform>
            <numerusform>pgsteward-cli: die Wiederherstellung endete mit %n Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore roles and tablespaces from a globals file (pg_dumpall --globals-only) with psql; objects that exist already are reported, other errors exit 1.</source>
        <translation>Rollen und Tablespaces mit psql aus einer Datei mit globalen Objekten (pg_dumpall --globals-only) wiederherstellen; bereits vorhandene Objekte werden gemeldet, andere Fehler führen zu Exit-Code 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The globals SQL file.</source>
        <translation>Die SQL-Datei mit den globalen Objekten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Globals restored (%n statement(s) skipped because the object exists).</source>
        <translation>
            <numerusform>Globale Objekte wiederhergestellt (%n Anweisung übersprungen, weil das Objekt existiert).</numerusform>
            <numerusform>Globale Objekte wiederhergestellt (%n Anweisungen übersprungen, weil das Objekt existiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::cli::RoleCommand</name>
    <message>
        <location filename="../src/cli/rolecommands.cpp" line="+33"/>
        <source>Changing roles and privileges</source>
        <translation>Das Ändern von Rollen und Rechten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The role may log in.</source>
        <translation>Die Rolle darf sich anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser.</source>
        <translation>Superuser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May create databases.</source>
        <translation>Darf Datenbanken anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May create roles.</source>
        <translation>Darf Rollen anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May start streaming replication.</source>
        <translation>Darf Streaming-Replikation starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bypasses row-level security.</source>
        <translation>Umgeht Row-Level-Security.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not use its groups&apos; privileges without SET ROLE.</source>
        <translation>Nutzt die Rechte ihrer Gruppen nicht ohne SET ROLE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove it.</source>
        <translation>Entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses its groups&apos; privileges.</source>
        <translation>Nutzt die Rechte ihrer Gruppen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it a member of ROLE (repeatable).</source>
        <translation>Zum Mitglied von ROLLE machen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remove it from ROLE (repeatable).</source>
        <translation>Aus ROLLE entfernen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename it.</source>
        <translation>Umbenennen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password expiry (timestamp or &apos;infinity&apos;).</source>
        <translation>Ablauf des Passworts (Zeitstempel oder &apos;infinity&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TS</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum sessions (-1: no limit).</source>
        <translation>Höchstzahl der Sitzungen (-1: keine Grenze).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from the first line of stdin; it is hashed (SCRAM-SHA-256) here and only the verifier is sent.</source>
        <translation>Das Passwort aus der ersten Zeile von stdin lesen; es wird hier gehasht (SCRAM-SHA-256) und nur der Verifier gesendet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change a role&apos;s attributes, memberships or password.</source>
        <translation>Attribute, Mitgliedschaften oder Passwort einer Rolle ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a role.</source>
        <translation>Eine Rolle anlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>The role.</source>
        <translation>Die Rolle.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <location line="+17"/>
        <source>Print the SQL without running it.</source>
        <translation>Das SQL ausgeben, ohne es auszuführen.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>--password-stdin read an empty password</source>
        <translation>--password-stdin hat ein leeres Passwort gelesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drop a role.</source>
        <translation>Eine Rolle löschen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revoke privileges: PRIVILEGES ON OBJECT FROM ROLE, in one transaction.</source>
        <translation>Rechte entziehen: PRIVILEGES ON OBJECT FROM ROLE, in einer Transaktion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant privileges: PRIVILEGES ON OBJECT TO ROLE, in one transaction (e.g. select on all tables in schema app to reader).</source>
        <translation>Rechte gewähren: PRIVILEGES ON OBJECT TO ROLE, in einer Transaktion (z. B. select on all tables in schema app to reader).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The statement.</source>
        <translation>Die Anweisung.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: pgsteward-cli role create|alter|drop NAME [options] (--profile P | --db CONNINFO)</source>
        <translation>Aufruf: pgsteward-cli role create|alter|drop NAME [Optionen] (--profile P | --db CONNINFO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>role takes create, alter or drop</source>
        <translation>role erwartet create, alter oder drop</translation>
    </message>
</context>
<context>
    <name>pgs::cli::SandboxCommand</name>
    <message>
        <location filename="../src/cli/sandboxcommand.cpp" line="+32"/>
        <source>Cluster directory (default: %1).</source>
        <translation>Cluster-Verzeichnis (Standard: %1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Create (if needed) and start the local sandbox cluster.</source>
        <translation>Den lokalen Sandbox-Cluster (falls nötig) anlegen und starten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the demo database %1 if it is missing.</source>
        <translation>Die Demodatenbank %1 installieren, falls sie fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size of the demo data (default 0.3: about 55 MB; 1.0: about 175 MB).</source>
        <translation>Umfang der Demodaten (Standard 0.3: etwa 55 MB; 1.0: etwa 175 MB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create or update a connection profile for it.</source>
        <translation>Ein Verbindungsprofil dafür anlegen oder aktualisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of that profile (default: Local sandbox).</source>
        <translation>Name dieses Profils (Standard: Local sandbox).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this sandbox a streaming standby of the running sandbox in PRIMARY_DIR.</source>
        <translation>Diese Sandbox zu einem Streaming-Standby der laufenden Sandbox in PRIMARY_DIR machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--demo cannot be used with --standby-of: a standby gets its data from the primary</source>
        <translation>--demo geht nicht mit --standby-of: ein Standby bekommt seine Daten vom Primary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--standby-of needs --dir for the standby&apos;s own directory</source>
        <translation>--standby-of braucht --dir für das eigene Verzeichnis des Standbys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--scale must be a number above 0 and at most 100</source>
        <translation>--scale muss eine Zahl größer 0 und höchstens 100 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile-name needs --ensure-profile</source>
        <translation>--profile-name braucht --ensure-profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--profile-name must not be empty</source>
        <translation>--profile-name darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no sandbox in %1</source>
        <translation>In %1 gibt es keine Sandbox</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sandbox cluster running (PostgreSQL %1) in %2</source>
        <translation>Sandbox-Cluster läuft (PostgreSQL %1) in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>psql</source>
        <translation>psql</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop the local sandbox cluster (fast shutdown).</source>
        <translation>Den lokalen Sandbox-Cluster stoppen (Fast Shutdown).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no sandbox cluster in %1</source>
        <translation>in %1 gibt es keinen Sandbox-Cluster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sandbox cluster in %1 stopped</source>
        <translation>Sandbox-Cluster in %1 gestoppt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Is the sandbox cluster running? Exit code 1 when it is not.</source>
        <translation>Läuft der Sandbox-Cluster? Exit-Code 1, wenn nicht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No sandbox cluster in %1</source>
        <translation>Kein Sandbox-Cluster in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop the sandbox cluster and delete it with all its data.</source>
        <translation>Den Sandbox-Cluster stoppen und mit allen Daten löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: yes, delete the cluster and its data.</source>
        <translation>Erforderlich: ja, den Cluster und seine Daten löschen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this deletes %1 and all its data; add --confirm to go ahead</source>
        <translation>dies löscht %1 mit allen Daten; zum Fortfahren --confirm angeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sandbox cluster in %1 dropped</source>
        <translation>Sandbox-Cluster in %1 gelöscht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create if missing and start; optionally demo data and a profile</source>
        <translation>Anlegen, falls nötig, und starten; optional mit Demodaten und Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the cluster</source>
        <translation>Den Cluster stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show whether it runs, where and on which port</source>
        <translation>Anzeigen, ob er läuft, wo und auf welchem Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and delete the cluster (needs --confirm)</source>
        <translation>Den Cluster stoppen und löschen (braucht --confirm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the demo workload in the foreground</source>
        <translation>Die Demo-Last im Vordergrund ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A throwaway local PostgreSQL cluster for trying pgsteward out.</source>
        <translation>Ein lokaler Wegwerf-Cluster von PostgreSQL zum Ausprobieren von pgsteward.</translation>
    </message>
</context>
<context>
    <name>pgs::cli::SandboxWorkloadCommand</name>
    <message>
        <location filename="../src/cli/sandboxworkloadcommand.cpp" line="+26"/>
        <source>Run the demo workload on the sandbox&apos;s demo database until the time is up or Ctrl-C, then print a summary.</source>
        <translation>Die Demo-Last auf der Demodatenbank der Sandbox ausführen, bis die Zeit um ist oder Strg-C gedrückt wird, dann eine Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster directory (default: %1).</source>
        <translation>Cluster-Verzeichnis (Standard: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop after N seconds (default 0: until Ctrl-C).</source>
        <translation>Nach N Sekunden stoppen (Standard 0: bis Strg-C).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concurrent clients (default 4).</source>
        <translation>Gleichzeitige Clients (Standard 4).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the sandbox cluster in %1 is not running (start it with: pgsteward-cli sandbox start --demo)</source>
        <translation>der Sandbox-Cluster in %1 läuft nicht (starten mit: pgsteward-cli sandbox start --demo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the demo workload with %1 clients; press Ctrl-C to stop.</source>
        <translation>Demo-Last läuft mit %1 Clients; Strg-C zum Stoppen drücken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 transactions (%2 rolled back) in %3 s: %4 per second</source>
        <translation>%1 Transaktionen (%2 zurückgerollt) in %3 s: %4 pro Sekunde</translation>
    </message>
</context>
<context>
    <name>pgs::cli::ScheduleCommands</name>
    <message>
        <location filename="../src/cli/schedulecommands.cpp" line="+40"/>
        <source>unknown scheduler &quot;%1&quot; (systemd, cron)</source>
        <translation>unbekannter Planer „%1“ (systemd, cron)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systemd (user timers) or cron; default: systemd where it runs, else cron.</source>
        <translation>systemd (Benutzer-Timer) oder cron; Vorgabe: systemd, wo es läuft, sonst cron.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give --at or --on-calendar, not both</source>
        <translation>--at oder --on-calendar angeben, nicht beide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--at takes a time of day as HH:MM, not &quot;%1&quot;</source>
        <translation>--at erwartet eine Uhrzeit als HH:MM, nicht „%1“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Back up a database of a profile on a schedule, pruning the catalog after each run.</source>
        <translation>Eine Datenbank eines Profils nach Zeitplan sichern und den Katalog nach jedem Lauf ausdünnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile to back up (schedules name profiles: no password in a unit file).</source>
        <translation>Das zu sichernde Profil (Zeitpläne nennen Profile: kein Passwort in einer Unit-Datei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database to back up.</source>
        <translation>Die zu sichernde Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup catalog directory.</source>
        <translation>Das Verzeichnis des Sicherungskatalogs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day at this time (HH:MM, default 02:00).</source>
        <translation>Täglich zu dieser Uhrzeit (HH:MM, Vorgabe 02:00).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any systemd OnCalendar expression (cron takes daily times and */N minutes).</source>
        <translation>Ein beliebiger systemd-OnCalendar-Ausdruck (cron kann tägliche Uhrzeiten und */N Minuten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom (default), directory, tar or plain.</source>
        <translation>custom (Vorgabe), directory, tar oder plain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel jobs (directory format).</source>
        <translation>Parallele Jobs (Verzeichnisformat).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compression: none, gzip, lz4, zstd, optionally with :LEVEL.</source>
        <translation>Kompression: none, gzip, lz4, zstd, wahlweise mit :STUFE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also back up roles and tablespaces.</source>
        <translation>Auch Rollen und Tablespaces sichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record exact row counts.</source>
        <translation>Genaue Zeilenzahlen festhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy each backup to this off-site destination (repeatable) instead of the catalog&apos;s destinations.</source>
        <translation>Jede Sicherung an dieses externe Ziel kopieren (wiederholbar) statt an die Ziele des Katalogs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No off-site copy, whatever the catalog&apos;s destinations.</source>
        <translation>Keine externe Kopie, gleich welche Ziele der Katalog hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention after each run (see pgsteward-cli prune).</source>
        <translation>Aufbewahrung nach jedem Lauf (siehe pgsteward-cli prune).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+109"/>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>No profile named &quot;%1&quot;</source>
        <translation>Kein Profil namens „%1“</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--copy-to and --no-copy exclude each other</source>
        <translation>--copy-to und --no-copy schließen einander aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scheduled: backup of %1 on %2 (%3) by %4.</source>
        <translation>Geplant: Sicherung von %1 auf %2 (%3) durch %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a systemd user timer</source>
        <translation>einen systemd-Benutzer-Timer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cron</source>
        <translation>cron</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the scheduled backups.</source>
        <translation>Die geplanten Sicherungen auflisten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DATABASE</source>
        <translation>DATENBANK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CATALOG</source>
        <translation>KATALOG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OPTIONS</source>
        <translation>OPTIONEN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the scheduled backup of a database of a profile.</source>
        <translation>Die geplante Sicherung einer Datenbank eines Profils entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile.</source>
        <translation>Das Profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database.</source>
        <translation>Die Datenbank.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No scheduled backup of %1 on %2</source>
        <translation>Keine geplante Sicherung von %1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed the scheduled backup of %1 on %2.</source>
        <translation>Die geplante Sicherung von %1 auf %2 wurde entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule a recurring backup</source>
        <translation>Eine wiederkehrende Sicherung planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the scheduled backups</source>
        <translation>Die geplanten Sicherungen auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a scheduled backup</source>
        <translation>Eine geplante Sicherung entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recurring backups as systemd user timers or crontab lines.</source>
        <translation>Wiederkehrende Sicherungen als systemd-Benutzer-Timer oder crontab-Zeilen.</translation>
    </message>
</context>
<context>
    <name>pgs::cli::StatusCommand</name>
    <message>
        <location filename="../src/cli/statuscommand.cpp" line="+24"/>
        <source>%1 of %2 used (%3 active, %4 reserved)</source>
        <translation>%1 von %2 belegt (%3 aktiv, %4 reserviert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standby (in recovery)</source>
        <translation>Standby (in Wiederherstellung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (since %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as</source>
        <translation>Verbunden als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2%3</source>
        <translation>%1, Datenbank %2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (SSL)</source>
        <translation> (SSL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DATABASE</source>
        <translation>DATENBANK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONNS</source>
        <translation>VERB.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>XID AGE</source>
        <translation>XID-ALTER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the server overview: version, uptime, connections, cache hit ratio and databases.</source>
        <translation>Die Serverübersicht anzeigen: Version, Laufzeit, Verbindungen, Cache-Trefferquote und Datenbanken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird aufgebaut</translation>
    </message>
</context>
<context>
    <name>pgs::cli::SwitchoverCommand</name>
    <message>
        <location filename="../src/cli/switchovercommand.cpp" line="+43"/>
        <source>no profile named &apos;%1&apos; in %2</source>
        <translation>kein Profil namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 was stopped at its shutdown checkpoint %6, which %2 replayed (up to %7).</source>
        <translation>Umgeschaltet in %1 s: %2 ist der Primary auf Timeline %3 (war %4); %5 wurde an seinem Shutdown-Checkpoint %6 gestoppt, den %2 eingespielt hat (bis %7).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Clean switchover: stop writes on the --primary, wait until this standby (--profile/--db) has replayed everything, promote it. --fence sql (default): the old primary stays read-only; on failure or Ctrl-C it is made read-write again. --fence shutdown (a local sandbox): the old primary is stopped (pg_ctl stop -m fast), the standby replays its shutdown checkpoint; with --rejoin the old primary then follows the new one as a standby; on failure or Ctrl-C it is started again.</source>
        <translation>Sauberer Switchover: Schreibzugriffe auf dem --primary stoppen, warten, bis dieser Standby (--profile/--db) alles eingespielt hat, ihn befördern. --fence sql (Standard): der alte Primary bleibt schreibgeschützt; bei Fehler oder Strg-C wird er wieder beschreibbar. --fence shutdown (eine lokale Sandbox): der alte Primary wird gestoppt (pg_ctl stop -m fast), der Standby spielt seinen Shutdown-Checkpoint ein; mit --rejoin folgt der alte Primary danach dem neuen als Standby; bei Fehler oder Strg-C wird er wieder gestartet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current primary: a profile name or a conninfo (with --fence shutdown it may be left out: the sandbox of --primary-dir).</source>
        <translation>Der aktuelle Primary: ein Profilname oder ein Conninfo (mit --fence shutdown darf er fehlen: die Sandbox von --primary-dir).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How writes stop on the primary: sql (read-only, sessions ended; any server) or shutdown (fast shutdown of a local sandbox).</source>
        <translation>Wie Schreibzugriffe auf dem Primary enden: sql (schreibgeschützt, Sitzungen beendet; jeder Server) oder shutdown (schnelles Herunterfahren einer lokalen Sandbox).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--fence shutdown: the primary&apos;s sandbox directory (as given to sandbox start --dir; default: the GUI&apos;s sandbox or its demo standby).</source>
        <translation>--fence shutdown: das Sandbox-Verzeichnis des Primary (wie bei sandbox start --dir; Standard: die Sandbox der GUI oder ihr Demo-Standby).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--fence shutdown: the standby&apos;s sandbox directory, when it is one (its record of whom it follows is updated).</source>
        <translation>--fence shutdown: das Sandbox-Verzeichnis des Standbys, falls er eine ist (sein Eintrag, wem er folgt, wird aktualisiert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--fence shutdown: restart the old primary as a standby of the new one (standby.signal, primary_conninfo, a slot; no pg_rewind).</source>
        <translation>--fence shutdown: den alten Primary als Standby des neuen neu starten (standby.signal, primary_conninfo, ein Slot; kein pg_rewind).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The standby&apos;s profile name (or, with --db, its database name), typed to confirm.</source>
        <translation>Der Profilname des Standbys (oder mit --db sein Datenbankname), zur Bestätigung getippt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the standby to catch up, and for the promotion (default 60).</source>
        <translation>Sekunden, die auf das Aufholen des Standbys und auf die Hochstufung gewartet wird (Standard 60).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--fence is sql or shutdown, not %1</source>
        <translation>--fence ist sql oder shutdown, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--rejoin, --primary-dir and --standby-dir go with --fence shutdown</source>
        <translation>--rejoin, --primary-dir und --standby-dir gehören zu --fence shutdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--primary is required: the server that is the primary now.</source>
        <translation>--primary ist erforderlich: der Server, der jetzt Primary ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A switchover</source>
        <translation>Ein Switchover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A switchover changes which server accepts writes</source>
        <translation>Ein Switchover ändert, welcher Server Schreibzugriffe annimmt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--fence shutdown needs --primary-dir DIR: the primary&apos;s local sandbox directory.</source>
        <translation>--fence shutdown braucht --primary-dir VERZ: das lokale Sandbox-Verzeichnis des Primary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is no sandbox directory (no cluster.json).</source>
        <translation>%1 ist kein Sandbox-Verzeichnis (keine cluster.json).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>pgsteward-cli: the switchover is done, but %1 did not rejoin as a standby: %2</source>
        <translation>pgsteward-cli: der Switchover ist erfolgt, aber %1 ist nicht als Standby wieder beigetreten: %2</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 is read-only. %2 replayed up to %6, the old primary&apos;s final position was %7.</source>
        <translation>Umgeschaltet in %1 s: %2 ist der Primary auf Timeline %3 (vorher %4); %5 ist schreibgeschützt. %2 hat bis %6 eingespielt, die Endposition des alten Primary war %7.</translation>
    </message>
</context>
<context>
    <name>pgs::cli::TestCommand</name>
    <message>
        <location filename="../src/cli/testcommand.cpp" line="+24"/>
        <source>Open a connection, measure it and explain what is wrong if it fails.</source>
        <translation>Eine Verbindung öffnen, messen und bei einem Fehler erklären, was nicht stimmt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Testing %1</source>
        <translation>%1 wird getestet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect time</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round trip</source>
        <translation>Round Trip</translation>
    </message>
</context>
<context>
    <name>pgs::cli::TextOutput</name>
    <message>
        <location filename="../src/cli/textoutput.cpp" line="+65"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>pgs::cli::ToolsCommand</name>
    <message>
        <location filename="../src/cli/toolscommand.cpp" line="+35"/>
        <source>Show which PostgreSQL tools pgsteward would run, and their versions.</source>
        <translation>Anzeigen, welche PostgreSQL-Programme pgsteward ausführen würde, und deren Versionen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only accept tools of at least this major version (15, or a server_version_num like 150004).</source>
        <translation>Nur Programme ab dieser Hauptversion akzeptieren (15 oder eine server_version_num wie 150004).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look in the tools directory of this profile first.</source>
        <translation>Zuerst im Programmverzeichnis dieses Profils suchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look in DIR first.</source>
        <translation>Zuerst in DIR suchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use either --profile or --tools-dir, not both</source>
        <translation>entweder --profile oder --tools-dir verwenden, nicht beides</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no profile named &apos;%1&apos; in %2</source>
        <translation>kein Profil namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOOL</source>
        <translation>PROGRAMM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found: %1</source>
        <translation>nicht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>pgs::cli::TypedConfirm</name>
    <message>
        <location filename="../src/cli/typedconfirm.cpp" line="+24"/>
        <source>%1: add --confirm &quot;%2&quot;.</source>
        <translation>%1: --confirm &quot;%2&quot; angeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--confirm must be &quot;%1&quot; exactly.</source>
        <translation>--confirm muss genau &quot;%1&quot; sein.</translation>
    </message>
</context>
<context>
    <name>pgs::cli::VerifyCommand</name>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="+42"/>
        <source>Verify a backup folder or bundle. Levels run in order up to the one asked for: checksums, contents (pg_restore --list), readable (every data block read), restore (a test restore into a throwaway cluster with row counts compared). Exit 0 when it passes.</source>
        <translation>Einen Sicherungsordner oder ein Paket prüfen. Die Stufen laufen der Reihe nach bis zur verlangten: checksums (Prüfsummen), contents (pg_restore --list), readable (jeder Datenblock gelesen), restore (eine Test-Wiederherstellung in einen Wegwerf-Cluster mit Vergleich der Zeilenzahlen). Exit-Code 0, wenn sie bestanden wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup folder or a .tar.zst/.tar.gz bundle.</source>
        <translation>Ein Sicherungsordner oder ein .tar.zst-/.tar.gz-Paket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checksums, contents, readable or restore (default: readable).</source>
        <translation>checksums, contents, readable oder restore (Standard: readable).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to look first for pg_restore and psql.</source>
        <translation>Wo zuerst nach pg_restore und psql gesucht wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify the copy named BACKUP_FOLDER_NAME at this off-site destination: checksums there, higher levels after a fetch into a throwaway catalog.</source>
        <translation>Die Kopie BACKUP_FOLDER_NAME an diesem externen Ziel prüfen: Prüfsummen dort, höhere Stufen nach dem Holen in einen Wegwerfkatalog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --destination: the age identity (secret key) file for levels above checksums.</source>
        <translation>Mit --destination: die age-Identitätsdatei (geheimer Schlüssel) für Stufen über checksums.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown level &quot;%1&quot;: use checksums, contents, readable or restore</source>
        <translation>Unbekannte Stufe &quot;%1&quot;: checksums, contents, readable oder restore verwenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--identity goes with --destination</source>
        <translation>--identity gehört zu --destination</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PASSED: %1 verified up to level %2 (%3)</source>
        <translation>BESTANDEN: %1 geprüft bis Stufe %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAILED: %1 (passed up to level %2, %3)</source>
        <translation>FEHLGESCHLAGEN: %1 (bestanden bis Stufe %2, %3)</translation>
    </message>
</context>
<context>
    <name>pgs::health::Autovacuum</name>
    <message>
        <location filename="../src/core/health/autovacuumsettings.cpp" line="+38"/>
        <source>Hot table (vacuum after 1 %, analyze after 0.5 % changes)</source>
        <translation>Viel genutzte Tabelle (Vacuum nach 1 %, Analyze nach 0,5 % Änderungen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Large busy table (vacuum after 2 % changes)</source>
        <translation>Große belebte Tabelle (Vacuum nach 2 % Änderungen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server defaults (reset the table&apos;s settings)</source>
        <translation>Server-Standard (Einstellungen der Tabelle zurücksetzen)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+41"/>
        <location line="+7"/>
        <source>unknown autovacuum parameter &apos;%1&apos;</source>
        <translation>unbekannter Autovacuum-Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+41"/>
        <source>&apos;%1&apos; is not a valid value for %2</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert für %2</translation>
    </message>
</context>
<context>
    <name>pgs::health::CacheHistory</name>
    <message>
        <location filename="../src/core/health/cachehistory.cpp" line="+91"/>
        <source>%1 % of block reads came from the buffer cache over the last %2 of the sampler&apos;s history (%3 hits, %4 reads)</source>
        <translation>%1 % der Blocklesezugriffe kamen in den letzten %2 der Sampler-Historie aus dem Puffer-Cache (%3 Treffer, %4 Lesezugriffe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The working set does not fit in shared_buffers: raise it, add memory, or reduce what queries read.</source>
        <translation>Die Arbeitsmenge passt nicht in shared_buffers: erhöhen, Speicher nachrüsten oder die gelesene Datenmenge verringern.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cache-hit-ratio: the sampler&apos;s history could not be read: %1</source>
        <translation>cache-hit-ratio: Die Historie des Samplers konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pgs::health::Checks</name>
    <message>
        <location filename="../src/core/health/healthcheck.cpp" line="+26"/>
        <source>Warn from this percent</source>
        <translation>Warnen ab diesem Prozentwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical from this percent</source>
        <translation>Kritisch ab diesem Prozentwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn after this many seconds</source>
        <translation>Warnen nach so vielen Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical after this many seconds</source>
        <translation>Kritisch nach so vielen Sekunden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only tables at least this large</source>
        <translation>Nur Tabellen ab dieser Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables much larger than their rows need (pgstattuple_approx where installed, else a statistics estimate)</source>
        <translation>Tabellen, die viel größer sind, als ihre Zeilen es brauchen (pgstattuple_approx, wo installiert, sonst eine Schätzung aus der Statistik)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Only indexes at least this large</source>
        <translation>Nur Indizes ab dieser Größe</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>B-tree indexes much larger than their entries need (estimate)</source>
        <translation>B-Tree-Indizes, die viel größer sind als ihre Einträge brauchen (Schätzung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only tables with at least this many dead rows</source>
        <translation>Nur Tabellen mit mindestens so vielen toten Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables with many dead rows, against their autovacuum trigger</source>
        <translation>Tabellen mit vielen toten Zeilen, gemessen an ihrer Autovacuum-Schwelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy tables not vacuumed or analyzed for this many seconds</source>
        <translation>Belebte Tabellen, so viele Sekunden nicht gevacuumt oder analysiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy: at least this many changed or dead rows</source>
        <translation>Belebt: mindestens so viele geänderte oder tote Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy tables autovacuum has not visited for long; autovacuum switched off</source>
        <translation>Belebte Tabellen, die Autovacuum lange nicht besucht hat; Autovacuum abgeschaltet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indexes never scanned that enforce nothing</source>
        <translation>Nie gelesene Indizes, die nichts erzwingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indexes another index of the same table makes redundant</source>
        <translation>Indizes, die ein anderer Index derselben Tabelle überflüssig macht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid indexes left by a failed concurrent build</source>
        <translation>Ungültige Indizes nach einem fehlgeschlagenen nebenläufigen Aufbau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of scans that are sequential</source>
        <translation>Anteil der Scans, die sequenziell sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tables with at least this many rows</source>
        <translation>Nur Tabellen mit mindestens so vielen Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tables scanned at least this often</source>
        <translation>Nur Tabellen, die mindestens so oft gescannt wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large tables read mostly by sequential scans</source>
        <translation>Große Tabellen, die meist sequenziell gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foreign keys whose columns no index leads with</source>
        <translation>Fremdschlüssel, deren Spalten kein Index anführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constraints added NOT VALID and never validated</source>
        <translation>Mit NOT VALID angelegte und nie validierte Constraints</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sequences close to their limit or their column&apos;s maximum</source>
        <translation>Sequenzen nahe an ihrer Grenze oder am Maximum ihrer Spalte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction ID age of databases and tables, toward wraparound</source>
        <translation>Alter der Transaktions-IDs von Datenbanken und Tabellen, Richtung Wraparound</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multixact ID age of databases and tables, toward wraparound</source>
        <translation>Alter der Multixact-IDs von Datenbanken und Tabellen, Richtung Wraparound</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions must reach this many days ahead</source>
        <translation>Partitionen müssen so viele Tage in die Zukunft reichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows in a default partition worth a warning</source>
        <translation>Zeilen in einer Default-Partition, ab denen gewarnt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range partitions that end soon; default partitions collecting rows</source>
        <translation>Range-Partitionen, die bald enden; Default-Partitionen, die Zeilen sammeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statements running for long</source>
        <translation>Lang laufende Anweisungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions idle inside an open transaction</source>
        <translation>Sitzungen, die in einer offenen Transaktion untätig sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions waiting for a lock another session holds</source>
        <translation>Sitzungen, die auf eine Sperre einer anderen Sitzung warten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client connections against the available slots</source>
        <translation>Client-Verbindungen gemessen an den verfügbaren Plätzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn from this many bytes behind or retained</source>
        <translation>Warnen ab so vielen Bytes Rückstand oder zurückgehaltenem WAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standbys behind; inactive slots retaining WAL</source>
        <translation>Standbys im Rückstand; inaktive Slots, die WAL zurückhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn below this percent</source>
        <translation>Warnen unter diesem Prozentwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only databases that read at least this many blocks</source>
        <translation>Nur Datenbanken, die mindestens so viele Blöcke gelesen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer cache hit ratio per database</source>
        <translation>Trefferquote des Puffer-Caches je Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn when this percent of checkpoints were requested</source>
        <translation>Warnen, wenn so viel Prozent der Checkpoints angefordert wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only after this many checkpoints</source>
        <translation>Erst nach so vielen Checkpoints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints forced by WAL volume instead of the timeout</source>
        <translation>Checkpoints, die das WAL-Volumen statt des Timeouts erzwingt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn from this many bytes of temporary files</source>
        <translation>Warnen ab so vielen Bytes temporärer Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases spilling sorts and hashes to temporary files</source>
        <translation>Datenbanken, die Sortierungen und Hashes in temporäre Dateien auslagern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAL archiving failing</source>
        <translation>WAL-Archivierung schlägt fehl</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vacuum</source>
        <translation>Vacuum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wraparound</source>
        <translation>Wraparound</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>pgs::health::Findings</name>
    <message>
        <location filename="../src/core/health/healthfindings_objects.cpp" line="+47"/>
        <source>measured by pgstattuple_approx</source>
        <translation>gemessen mit pgstattuple_approx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statistics estimate</source>
        <translation>Schätzung aus der Statistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 % of the table is bloat (%2 of %3, %4)</source>
        <translation>etwa %1 % der Tabelle sind Aufblähung (%2 von %3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rewrite the table to give the space back: VACUUM FULL locks it exclusively while it runs; pg_repack does it online when installed.</source>
        <translation>Die Tabelle neu schreiben, um den Platz zurückzugeben: VACUUM FULL sperrt sie dabei exklusiv; pg_repack macht es online, wenn installiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>about %1 % of the index on %2 is bloat (%3 of %4, estimate)</source>
        <translation>etwa %1 % des Index auf %2 sind Bloat (%3 von %4, geschätzt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 % dead rows (%2 dead, %3 live); autovacuum starts at %4 dead rows%5</source>
        <translation>%1 % tote Zeilen (%2 tot, %3 lebend); Autovacuum beginnt bei %4 toten Zeilen%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, which is passed: check that autovacuum runs on this table</source>
        <translation>, was überschritten ist: prüfen, ob Autovacuum auf dieser Tabelle läuft</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/core/health/healthfindings_server.cpp" line="+82"/>
        <location line="+25"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autovacuum is switched off for the whole server</source>
        <translation>Autovacuum ist für den ganzen Server abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set autovacuum = on in postgresql.conf (or ALTER SYSTEM) and reload: without it dead rows pile up and transaction IDs move toward wraparound.</source>
        <translation>autovacuum = on in postgresql.conf (oder mit ALTER SYSTEM) setzen und neu laden: ohne Autovacuum häufen sich tote Zeilen und die Transaktions-IDs laufen auf den Wraparound zu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>autovacuum is switched off for this table</source>
        <translation>Autovacuum ist für diese Tabelle abgeschaltet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rows changed and the table was never vacuumed or analyzed</source>
        <translation>%1 Zeilen geändert und die Tabelle wurde nie gevacuumt oder analysiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows changed and the last vacuum or analyze was %2 ago</source>
        <translation>%1 Zeilen geändert und das letzte Vacuum oder Analyze ist %2 her</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never scanned since the statistics were reset; %1 on table %2</source>
        <translation>nie gelesen, seit die Statistik zurückgesetzt wurde; %1 auf Tabelle %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check standbys and rare reports before dropping: their scans are not counted here.</source>
        <translation>Vor dem Löschen Standbys und seltene Berichte prüfen: deren Scans werden hier nicht gezählt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>same definition as %1 on table %2 (%3)</source>
        <translation>gleiche Definition wie %1 auf Tabelle %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its columns lead %1 on table %2, which serves the same lookups (%3)</source>
        <translation>seine Spalten führen %1 auf Tabelle %2 an, der dieselben Suchen bedient (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid (a failed concurrent build) on table %1: it is maintained on every write but never used</source>
        <translation>ungültig (ein fehlgeschlagener nebenläufiger Aufbau) auf Tabelle %1: wird bei jedem Schreiben gepflegt, aber nie benutzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop it, fix the cause (duplicate keys for a unique index), then build it again: %1</source>
        <translation>Löschen, die Ursache beheben (doppelte Schlüssel bei einem Unique-Index) und neu aufbauen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 % of %2 scans are sequential on %3 rows (%4 rows read sequentially)</source>
        <translation>%1 % von %2 Scans sind sequenziell bei %3 Zeilen (%4 Zeilen sequenziell gelesen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find the queries filtering this table (pg_stat_statements, EXPLAIN) and index their conditions.</source>
        <translation>Die Abfragen finden, die diese Tabelle filtern (pg_stat_statements, EXPLAIN), und ihre Bedingungen indizieren.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no index leads with (%1): deleting or updating a referenced row scans the whole table (%2)</source>
        <translation>kein Index beginnt mit (%1): Löschen oder Ändern einer referenzierten Zeile liest die ganze Tabelle (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check constraint added NOT VALID: existing rows were never checked</source>
        <translation>Check-Constraint mit NOT VALID angelegt: vorhandene Zeilen wurden nie geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foreign key added NOT VALID: existing rows were never checked</source>
        <translation>Fremdschlüssel mit NOT VALID angelegt: vorhandene Zeilen wurden nie geprüft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 % used: at %2 of %3%4</source>
        <translation>%1 % verbraucht: bei %2 von %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the maximum of %1 column %2)</source>
        <translation> (das Maximum der %1-Spalte %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Widen the column to bigint: this rewrites the table under an exclusive lock; plan a window.</source>
        <translation>Die Spalte auf bigint erweitern: das schreibt die Tabelle unter einer exklusiven Sperre neu; ein Wartungsfenster einplanen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>transaction ID age %1: %2 % of the way to wraparound</source>
        <translation>Transaktions-ID-Alter %1: %2 % des Wegs bis zum Wraparound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multixact ID age %1: %2 % of the way to wraparound</source>
        <translation>Multixact-ID-Alter %1: %2 % des Wegs bis zum Wraparound</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VACUUM (FREEZE) the oldest tables of this database (listed with it), and look for long transactions, prepared transactions or stale slots holding the horizon back.</source>
        <translation>Die ältesten Tabellen dieser Datenbank (mit aufgeführt) mit VACUUM (FREEZE) bearbeiten und nach langen Transaktionen, vorbereiteten Transaktionen oder verwaisten Slots suchen, die den Horizont aufhalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the default partition holds %1 rows: add the partitions they belong in</source>
        <translation>die Default-Partition enthält %1 Zeilen: die Partitionen anlegen, in die sie gehören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the missing range partitions and move the rows out of the default partition.</source>
        <translation>Die fehlenden Range-Partitionen anlegen und die Zeilen aus der Default-Partition verschieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partitions reach only until %1 (%2 days ahead)</source>
        <translation>Partitionen reichen nur bis %1 (%2 Tage voraus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the partitions for the coming ranges (or schedule pg_partman).</source>
        <translation>Die Partitionen für die kommenden Bereiche anlegen (oder pg_partman einplanen).</translation>
    </message>
    <message>
        <location filename="../src/core/health/healthfindings_server.cpp" line="-86"/>
        <source>pid %1 (%2, %3)</source>
        <translation>PID %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>running for %1: %2</source>
        <translation>läuft seit %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle in a transaction for %1, holding its locks and the vacuum horizon; last statement: %2</source>
        <translation>seit %1 untätig in einer Transaktion, hält ihre Sperren und den Vacuum-Horizont; letzte Anweisung: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the application&apos;s transaction handling; idle_in_transaction_session_timeout ends such sessions automatically.</source>
        <translation>Die Transaktionsbehandlung der Anwendung korrigieren; idle_in_transaction_session_timeout beendet solche Sitzungen automatisch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiting %1 for a lock held by pid %2: %3</source>
        <translation>wartet seit %1 auf eine Sperre von PID %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the blocking session if it should not hold its locks that long.</source>
        <translation>Die blockierende Sitzung beenden, wenn sie ihre Sperren nicht so lange halten soll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 % of the connection slots in use (%2 of %3)</source>
        <translation>%1 % der Verbindungsplätze belegt (%2 von %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a connection pooler (PgBouncer) in front, close idle sessions, or raise max_connections.</source>
        <translation>Einen Verbindungspooler (PgBouncer) vorschalten, untätige Sitzungen schließen oder max_connections erhöhen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive replication slot retaining %1 of WAL</source>
        <translation>inaktiver Replikations-Slot hält %1 WAL zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconnect the consumer of the slot, or drop the slot if it is abandoned.</source>
        <translation>Den Verbraucher des Slots wieder verbinden oder den Slot löschen, wenn er verwaist ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standby %1 behind (%2 of WAL)</source>
        <translation>Standby %1 im Rückstand (%2 WAL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the standby&apos;s disk, network and replay (long queries on the standby delay replay).</source>
        <translation>Platte, Netz und Replay des Standbys prüfen (lange Abfragen auf dem Standby verzögern das Replay).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 % of block reads came from the buffer cache since the statistics were reset (%2 hits, %3 reads)</source>
        <translation>%1 % der Blocklesezugriffe kamen seit dem Zurücksetzen der Statistik aus dem Puffer-Cache (%2 Treffer, %3 Lesezugriffe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The working set does not fit in shared_buffers: raise it, add memory, or reduce what queries read.</source>
        <translation>Die Arbeitsmenge passt nicht in shared_buffers: erhöhen, Speicher nachrüsten oder die gelesene Datenmenge verringern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of checkpoints were requested by WAL volume (%2 requested, %3 timed)</source>
        <translation>%1 % der Checkpoints wurden vom WAL-Volumen angefordert (%2 angefordert, %3 zeitgesteuert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise max_wal_size so that checkpoints come from checkpoint_timeout.</source>
        <translation>max_wal_size erhöhen, damit Checkpoints durch checkpoint_timeout ausgelöst werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 temporary files, %2, since the statistics were reset</source>
        <translation>%1 temporäre Dateien, %2, seit die Statistik zurückgesetzt wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the statements spilling (log_temp_files) and give them more work_mem or less data.</source>
        <translation>Die auslagernden Anweisungen finden (log_temp_files) und ihnen mehr work_mem oder weniger Daten geben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAL archiver</source>
        <translation>WAL-Archivierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archiving fails: %1 failures, last for %2 at %3</source>
        <translation>Archivierung schlägt fehl: %1 Fehlschläge, zuletzt für %2 um %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check archive_command and the archive destination; WAL piles up in pg_wal until it succeeds.</source>
        <translation>archive_command und das Archivziel prüfen; WAL sammelt sich in pg_wal, bis es gelingt.</translation>
    </message>
</context>
<context>
    <name>pgs::health::HealthRun</name>
    <message>
        <location filename="../src/core/health/healthrun.cpp" line="+192"/>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Health checks need PostgreSQL 12 or newer (the server is %1)</source>
        <translation>Health-Prüfungen brauchen PostgreSQL 12 oder neuer (der Server ist %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking database %1 (%2 of %3)</source>
        <translation>Prüfe Datenbank %1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to database %1: %2</source>
        <translation>keine Verbindung zur Datenbank %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n findings</source>
        <translation>
            <numerusform>%n Befunde</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>; about %1 days left at %2 XIDs per day</source>
        <translation>; noch etwa %1 Tage bei %2 XIDs pro Tag</translation>
    </message>
</context>
<context>
    <name>pgs::health::History</name>
    <message>
        <location filename="../src/core/health/healthhistory.cpp" line="+35"/>
        <source>Cannot read the past health runs %1</source>
        <translation>Die früheren Health-Läufe %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The past health runs file %1 is not valid JSON</source>
        <translation>Die Datei der früheren Health-Läufe %1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the past health runs</source>
        <translation>die früheren Health-Läufe</translation>
    </message>
</context>
<context>
    <name>pgs::health::LiveAlerts</name>
    <message>
        <location filename="../src/core/health/livealerts.cpp" line="+75"/>
        <source>%1: connections at %2 %</source>
        <translation>%1: Verbindungen bei %2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 client connection slots are in use (limit %3 %).</source>
        <translation>%1 von %2 Verbindungsplätzen für Clients sind belegt (Grenze %3 %).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: long-running query</source>
        <translation>%1: lang laufende Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A statement has been running for %1 (limit %2).</source>
        <translation>Eine Anweisung läuft seit %1 (Grenze %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: idle in transaction</source>
        <translation>%1: untätig in Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session has been idle in an open transaction for %1 (limit %2); it holds its locks and keeps vacuum from removing dead rows.</source>
        <translation>Eine Sitzung ist seit %1 untätig in einer offenen Transaktion (Grenze %2); sie hält ihre Sperren und hindert VACUUM daran, tote Zeilen zu entfernen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: replication lag</source>
        <translation>%1: Replikationsverzögerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standby %1 replays %2 behind (limit %3).</source>
        <translation>Standby %1 spielt %2 hinterher ein (Grenze %3).</translation>
    </message>
</context>
<context>
    <name>pgs::health::Maintenance</name>
    <message>
        <location filename="../src/core/health/maintenance.cpp" line="+96"/>
        <source>VACUUM FULL cannot use parallel workers</source>
        <translation>VACUUM FULL kann keine parallelen Worker verwenden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 has no clustered index and no primary key to CLUSTER by</source>
        <translation>%1 hat keinen geclusterten Index und keinen Primärschlüssel für CLUSTER</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rewrites each table under an ACCESS EXCLUSIVE lock: reads and writes of the table wait until it finishes, and it needs free disk space for a full copy.</source>
        <translation>%1 schreibt jede Tabelle unter einer ACCESS-EXCLUSIVE-Sperre neu: Lesen und Schreiben der Tabelle warten, bis es fertig ist, und es braucht freien Plattenplatz für eine vollständige Kopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pg_repack is installed in this database: it rewrites tables online, with only brief locks (pg_repack --table SCHEMA.TABLE).</source>
        <translation>pg_repack ist in dieser Datenbank installiert: Es schreibt Tabellen im laufenden Betrieb neu, mit nur kurzen Sperren (pg_repack --table SCHEMA.TABELLE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_repack is available on this server: after CREATE EXTENSION pg_repack in this database it rewrites tables online, with only brief locks.</source>
        <translation>pg_repack ist auf diesem Server verfügbar: Nach CREATE EXTENSION pg_repack in dieser Datenbank schreibt es Tabellen im laufenden Betrieb neu, mit nur kurzen Sperren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_repack (not installed here) would rewrite tables online, with only brief locks.</source>
        <translation>pg_repack (hier nicht installiert) würde Tabellen online neu schreiben, mit nur kurzen Sperren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>REINDEX without CONCURRENTLY blocks writes to the table while it runs.</source>
        <translation>REINDEX ohne CONCURRENTLY blockiert Schreibzugriffe auf die Tabelle, solange es läuft.</translation>
    </message>
    <message>
        <location filename="../src/core/health/maintenancerun.cpp" line="+42"/>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2 (%3 of %4 blocks)</source>
        <translation>%1: %2 (%3 von %4 Blöcken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n statements done</source>
        <translation>
            <numerusform>%n Anweisungen ausgeführt</numerusform>
            <numerusform>%n Anweisungen ausgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::health::Summary</name>
    <message>
        <location filename="../src/core/health/healthsummary.cpp" line="+27"/>
        <source>%1 critical</source>
        <translation>%1 kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 notes</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checked %1</source>
        <translation>geprüft %1</translation>
    </message>
</context>
<context>
    <name>pgs::health::Thresholds</name>
    <message>
        <location filename="../src/core/health/healththresholds.cpp" line="+55"/>
        <source>unknown check &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannte Prüfung &apos;%1&apos; (eine von: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check &apos;%1&apos; has no thresholds (asked for &apos;%2&apos;)</source>
        <translation>Prüfung &apos;%1&apos; hat keine Schwellen (gefragt war &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check &apos;%1&apos; has no threshold &apos;%2&apos; (it has: %3)</source>
        <translation>Prüfung &apos;%1&apos; hat keine Schwelle &apos;%2&apos; (sie hat: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>threshold %1.%2 must be a number of at least 0</source>
        <translation>Schwelle %1.%2 muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a threshold is written CODE.NAME=VALUE, e.g. idle-in-transaction.seconds=60 (got &apos;%1&apos;)</source>
        <translation>eine Schwelle schreibt man CODE.NAME=WERT, z. B. idle-in-transaction.seconds=60 (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>threshold %1.%2: &apos;%3&apos; is not a number</source>
        <translation>Schwelle %1.%2: &apos;%3&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>bad threshold entry &apos;%1&apos;</source>
        <translation>ungültiger Schwellen-Eintrag &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read the health thresholds %1</source>
        <translation>Die Health-Schwellen %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The health thresholds file %1 is not valid JSON</source>
        <translation>Die Health-Schwellen-Datei %1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the health thresholds</source>
        <translation>die Health-Schwellen</translation>
    </message>
</context>
<context>
    <name>pgs::migrations::FolderReader</name>
    <message>
        <location filename="../src/core/migrations/alembicreader.cpp" line="+45"/>
        <location filename="../src/core/migrations/sqlreaders.cpp" line="+43"/>
        <source>The migrations folder %1 does not exist</source>
        <translation>Der Migrationsordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/core/migrations/sqlreaders.cpp" line="-14"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no revision = ... line</source>
        <translation>%1 hat keine Zeile revision = ...</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The revisions form a cycle; some are left out</source>
        <translation>Die Revisionen bilden einen Zyklus; einige werden ausgelassen</translation>
    </message>
    <message>
        <location filename="../src/core/migrations/sqlreaders.cpp" line="+31"/>
        <source>Two migrations have version %1: %2 and %3</source>
        <translation>Zwei Migrationen haben die Version %1: %2 und %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 does not follow NNNN_name.up.sql / .down.sql</source>
        <translation>%1 folgt nicht NNNN_name.up.sql / .down.sql</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Version %1 has a down script but no up script</source>
        <translation>Version %1 hat ein Down-Skript, aber kein Up-Skript</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 does not follow Flyway&apos;s V&lt;version&gt;__&lt;description&gt;.sql</source>
        <translation>%1 folgt nicht Flyways V&lt;version&gt;__&lt;description&gt;.sql</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undo script %1 has no versioned migration</source>
        <translation>Das Undo-Skript %1 hat keine versionierte Migration</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 does not follow dbmate&apos;s &lt;version&gt;_&lt;name&gt;.sql</source>
        <translation>%1 folgt nicht dbmates &lt;version&gt;_&lt;name&gt;.sql</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no &quot;-- migrate:up&quot; section</source>
        <translation>%1 hat keinen Abschnitt &quot;-- migrate:up&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 does not follow sqlx&apos;s &lt;version&gt;_&lt;description&gt;.sql</source>
        <translation>%1 folgt nicht sqlx&apos; &lt;version&gt;_&lt;description&gt;.sql</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Unknown migrations format</source>
        <translation>Unbekanntes Migrationsformat</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source> (first line)</source>
        <translation> (erste Zeile)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>executeInTransaction=false in &lt;script&gt;.sql.conf</source>
        <translation>executeInTransaction=false in &lt;script&gt;.sql.conf</translation>
    </message>
</context>
<context>
    <name>pgs::migrations::FormatDetection</name>
    <message>
        <location filename="../src/core/migrations/formatdetect.cpp" line="+56"/>
        <source>The migrations folder %1 does not exist</source>
        <translation>Der Migrationsordner %1 existiert nicht</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n Flyway file(s) (V&lt;version&gt;__&lt;description&gt;.sql)</source>
        <translation>
            <numerusform>%n Flyway-Datei(en) (V&lt;version&gt;__&lt;description&gt;.sql)</numerusform>
            <numerusform>%n Flyway-Datei(en) (V&lt;version&gt;__&lt;description&gt;.sql)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) with &quot;-- migrate:up&quot; sections (dbmate)</source>
        <translation>
            <numerusform>%n Datei(en) mit Abschnitten &quot;-- migrate:up&quot; (dbmate)</numerusform>
            <numerusform>%n Datei(en) mit Abschnitten &quot;-- migrate:up&quot; (dbmate)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.up.sql/.down.sql files and a pgsteward_migrations table</source>
        <translation>.up.sql/.down.sql-Dateien und eine Tabelle pgsteward_migrations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>.up.sql/.down.sql files and an _sqlx_migrations table</source>
        <translation>.up.sql/.down.sql-Dateien und eine Tabelle _sqlx_migrations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.up.sql/.down.sql files and golang-migrate&apos;s schema_migrations(version, dirty)</source>
        <translation>.up.sql/.down.sql-Dateien und schema_migrations(version, dirty) von golang-migrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.up.sql/.down.sql files and no history table yet: pgsteward&apos;s own layout assumed (pass --format golang-migrate or sqlx otherwise)</source>
        <translation>.up.sql/.down.sql-Dateien und noch keine Verlaufstabelle: pgstewards eigenes Layout angenommen (sonst --format golang-migrate oder sqlx angeben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;version&gt;_&lt;name&gt;.sql files and dbmate&apos;s schema_migrations(version)</source>
        <translation>&lt;version&gt;_&lt;name&gt;.sql-Dateien und schema_migrations(version) von dbmate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;version&gt;_&lt;description&gt;.sql files without sections (sqlx)</source>
        <translation>&lt;version&gt;_&lt;description&gt;.sql-Dateien ohne Abschnitte (sqlx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alembic revision files (versions/*.py)</source>
        <translation>Alembic-Revisionsdateien (versions/*.py)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No migrations recognised in %1: pass --format</source>
        <translation>Keine Migrationen in %1 erkannt: --format angeben</translation>
    </message>
</context>
<context>
    <name>pgs::migrations::Inspection</name>
    <message>
        <location filename="../src/core/migrations/inspection.cpp" line="+43"/>
        <source>given with --format</source>
        <translation>mit --format angegeben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The table %1 in this database is not %2&apos;s (its columns differ): choose the right --format</source>
        <translation>Die Tabelle %1 in dieser Datenbank gehört nicht zu %2 (ihre Spalten weichen ab): das richtige --format wählen</translation>
    </message>
</context>
<context>
    <name>pgs::migrations::Lint</name>
    <message>
        <location filename="../src/core/migrations/lint.cpp" line="+67"/>
        <source>%1, about %2 rows</source>
        <translation>%1, etwa %2 Zeilen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CREATE INDEX blocks writes to the table while it builds</source>
        <translation>CREATE INDEX blockiert Schreibzugriffe auf die Tabelle, solange der Index gebaut wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build it with CREATE INDEX CONCURRENTLY in a non-transactional migration of its own</source>
        <translation>Mit CREATE INDEX CONCURRENTLY in einer eigenen, nicht transaktionalen Migration bauen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ALTER COLUMN %1 TYPE rewrites the table under an exclusive lock</source>
        <translation>ALTER COLUMN %1 TYPE schreibt die Tabelle unter einer exklusiven Sperre neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new column, backfill it in batches, then switch over; or make sure the new type is binary-compatible (e.g. varchar(n) to text)</source>
        <translation>Eine neue Spalte anlegen, stapelweise befüllen und dann umstellen; oder sicherstellen, dass der neue Typ binärkompatibel ist (z. B. varchar(n) zu text)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ADD COLUMN %1 with the volatile default %2() rewrites the table</source>
        <translation>ADD COLUMN %1 mit dem volatilen Standardwert %2() schreibt die Tabelle neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the column without a default (or with a constant one), then backfill it in batches</source>
        <translation>Die Spalte ohne Standardwert (oder mit einem konstanten) anlegen und dann stapelweise befüllen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SET NOT NULL on %1 scans the whole table under an exclusive lock</source>
        <translation>SET NOT NULL auf %1 liest die ganze Tabelle unter einer exklusiven Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First ADD CONSTRAINT ... CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, then SET NOT NULL (PostgreSQL 12+ then skips the scan)</source>
        <translation>Zuerst ADD CONSTRAINT ... CHECK (%1 IS NOT NULL) NOT VALID, dann VALIDATE CONSTRAINT, dann SET NOT NULL (PostgreSQL 12+ überspringt dann das Lesen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ADD %1 checks every row while holding a lock</source>
        <translation>ADD %1 prüft jede Zeile, während eine Sperre gehalten wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it NOT VALID, then VALIDATE CONSTRAINT in a later step (takes a weaker lock)</source>
        <translation>Mit NOT VALID anlegen, dann in einem späteren Schritt VALIDATE CONSTRAINT (nimmt eine schwächere Sperre)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Locks %1 without a lock_timeout: waiting behind a long query, it blocks every query queued after it</source>
        <translation>Sperrt %1 ohne lock_timeout: wartet sie hinter einer langen Abfrage, blockiert sie jede danach eingereihte Abfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the migration with SET lock_timeout so that it fails fast instead of stalling the table; run it again later</source>
        <translation>Die Migration mit SET lock_timeout beginnen, damit sie schnell scheitert, statt die Tabelle aufzuhalten; später erneut ausführen</translation>
    </message>
</context>
<context>
    <name>pgs::migrations::Migration</name>
    <message>
        <location filename="../src/core/migrations/migration.cpp" line="+143"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing file</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of order</source>
        <translation>Außer der Reihe</translation>
    </message>
</context>
<context>
    <name>pgs::migrations::MigrationJob</name>
    <message>
        <location filename="../src/core/migrations/migrationjob.cpp" line="+22"/>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
</context>
<context>
    <name>pgs::migrations::MigrationLock</name>
    <message>
        <location filename="../src/core/migrations/migrationlock.cpp" line="+38"/>
        <source>unknown session</source>
        <translation>unbekannte Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pid %1, user %2, application &quot;%3&quot;</source>
        <translation>PID %1, Benutzer %2, Anwendung &quot;%3&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Another migration run holds the lock on %1 (%2); gave up after %n second(s)</source>
        <translation>
            <numerusform>Ein anderer Migrationslauf hält die Sperre auf %1 (%2); nach %n Sekunde(n) aufgegeben</numerusform>
            <numerusform>Ein anderer Migrationslauf hält die Sperre auf %1 (%2); nach %n Sekunde(n) aufgegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Waiting for another migration run on %1 to finish (up to %n second(s))</source>
        <translation>
            <numerusform>Warte, bis ein anderer Migrationslauf auf %1 fertig ist (bis zu %n Sekunde(n))</numerusform>
            <numerusform>Warte, bis ein anderer Migrationslauf auf %1 fertig ist (bis zu %n Sekunde(n))</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::migrations::MigrationRunner</name>
    <message>
        <location filename="../src/core/migrations/migrationrunner.cpp" line="+79"/>
        <source>Migration %1 (%2) failed at line %3 (%4): %5</source>
        <translation>Migration %1 (%2) ist in Zeile %3 fehlgeschlagen (%4): %5</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>runs outside a transaction (marked non-transactional)</source>
        <translation>läuft außerhalb einer Transaktion (als nicht transaktional markiert)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the folder and the history table</source>
        <translation>Lese den Ordner und die Verlaufstabelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 migrations are shown, not applied: run them with %1 itself</source>
        <translation>%1-Migrationen werden angezeigt, nicht angewendet: mit %1 selbst ausführen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pgsteward dry run (%1, database %2): the SQL a run would execute, in order; nothing was changed</source>
        <translation>pgsteward-Probelauf (%1, Datenbank %2): das SQL, das ein Lauf ausführen würde, in Reihenfolge; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history table %1 does not exist yet and is created as %2 creates it</source>
        <translation>die Verlaufstabelle %1 existiert noch nicht und wird so angelegt, wie %2 sie anlegt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pre-flight refused the run: %1</source>
        <translation>Die Vorabprüfung hat den Lauf abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: the database is up to date</source>
        <translation>Nichts zu tun: die Datenbank ist aktuell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying %1</source>
        <translation>Wende %1 an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rolling back %1</source>
        <translation>Setze %1 zurück</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applied %1 in %2 ms</source>
        <translation>%1 in %2 ms angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled back %1 in %2 ms</source>
        <translation>%1 in %2 ms zurückgesetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dry run of %n migration(s) done</source>
        <translation>
            <numerusform>Probelauf von %n Migration(en) fertig</numerusform>
            <numerusform>Probelauf von %n Migration(en) fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Applied %n migration(s)</source>
        <translation>
            <numerusform>%n Migration(en) angewendet</numerusform>
            <numerusform>%n Migration(en) angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rolled back %n migration(s)</source>
        <translation>
            <numerusform>%n Migration(en) zurückgesetzt</numerusform>
            <numerusform>%n Migration(en) zurückgesetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::migrations::Planner</name>
    <message>
        <location filename="../src/core/migrations/planner.cpp" line="+38"/>
        <source>Recorded as applied but no file for it in the folder</source>
        <translation>Als angewendet verzeichnet, aber keine Datei dafür im Ordner</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Apply it with Alembic (alembic upgrade); pgsteward shows Alembic&apos;s state only</source>
        <translation>Mit Alembic anwenden (alembic upgrade); pgsteward zeigt nur den Stand von Alembic</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>golang-migrate left version %1 dirty: check what of it ran, fix the database by hand, then set the version clean (migrate force %1, or force the previous version to run it again)</source>
        <translation>golang-migrate hat Version %1 als dirty hinterlassen: prüfen, was davon lief, die Datenbank von Hand korrigieren, dann die Version sauber setzen (migrate force %1, oder die vorige Version erzwingen, um sie erneut auszuführen)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Changed since it last ran: re-applied by the next run</source>
        <translation>Seit dem letzten Lauf geändert: wird beim nächsten Lauf erneut angewendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lower than the highest applied version %1: applying it needs the explicit out-of-order option</source>
        <translation>Niedriger als die höchste angewendete Version %1: Anwenden braucht die ausdrückliche Option für außer der Reihe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recorded as failed: check what of it ran and fix the database by hand, then remove or correct its history row</source>
        <translation>Als fehlgeschlagen verzeichnet: prüfen, was davon lief, die Datenbank von Hand korrigieren, dann ihre Verlaufszeile entfernen oder berichtigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file differs from what was applied (checksum %1 applied, %2 now)</source>
        <translation>Die Datei weicht vom Angewendeten ab (Prüfsumme %1 angewendet, jetzt %2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not applying: %1 failed earlier and must be fixed first</source>
        <translation>Keine Anwendung: %1 ist früher fehlgeschlagen und muss zuerst behoben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applying: %1 is lower than the highest applied version (out of order); allow it explicitly with --allow-out-of-order</source>
        <translation>Keine Anwendung: %1 ist niedriger als die höchste angewendete Version (außer der Reihe); ausdrücklich mit --allow-out-of-order erlauben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot roll back %1: there is no down (undo) script for it</source>
        <translation>%1 kann nicht zurückgesetzt werden: es gibt kein Down- (Undo-)Skript dafür</translation>
    </message>
</context>
<context>
    <name>pgs::migrations::Preflight</name>
    <message>
        <location filename="../src/core/migrations/preflight.cpp" line="+91"/>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot run inside a transaction: %2</source>
        <translation>%1 kann nicht innerhalb einer Transaktion laufen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the migration non-transactional with %1, keeping this statement in a migration of its own</source>
        <translation>Die Migration mit %1 als nicht transaktional markieren und diese Anweisung in einer eigenen Migration halten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The migration controls the transaction itself: %1</source>
        <translation>Die Migration steuert die Transaktion selbst: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove BEGIN/COMMIT: each migration already runs in its own transaction together with its history row</source>
        <translation>BEGIN/COMMIT entfernen: jede Migration läuft bereits in einer eigenen Transaktion zusammen mit ihrer Verlaufszeile</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Runs outside a transaction (%n statement(s)): if one fails, the ones before it stay applied</source>
        <translation>
            <numerusform>Läuft außerhalb einer Transaktion (%n Anweisung(en)): scheitert eine, bleiben die vorigen angewendet</numerusform>
            <numerusform>Läuft außerhalb einer Transaktion (%n Anweisung(en)): scheitert eine, bleiben die vorigen angewendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep non-transactional migrations to a single statement that can be re-run (IF NOT EXISTS)</source>
        <translation>Nicht transaktionale Migrationen auf eine einzige wiederholbare Anweisung beschränken (IF NOT EXISTS)</translation>
    </message>
</context>
<context>
    <name>pgs::pg::Connection</name>
    <message>
        <location filename="../src/core/pg/connection.cpp" line="+122"/>
        <source>Out of memory while connecting</source>
        <translation>Kein Speicher mehr beim Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+23"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The connection to the server was lost</source>
        <translation>Die Verbindung zum Server wurde unterbrochen</translation>
    </message>
</context>
</TS>
