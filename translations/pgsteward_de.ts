<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/app/shell/mainwindow.ui" line="+6"/>
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
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>OverviewWidget</name>
    <message>
        <location filename="../src/app/monitor/overviewwidget.ui" line="+10"/>
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
    <name>ProfileDialog</name>
    <message>
        <location filename="../src/app/connection/profiledialog.ui" line="+5"/>
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
        <location line="+8"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>pgs::AppContext</name>
    <message>
        <location filename="../src/app/shell/appcontext.cpp" line="+77"/>
        <source>No password given.</source>
        <translation>Kein Passwort angegeben.</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>pgs::AtomicFile</name>
    <message>
        <location filename="../src/core/util/atomicfile.cpp" line="+16"/>
        <source>Cannot write %1 (%2): %3</source>
        <translation>Konnte %1 nicht schreiben (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>pgs::BackupCatalog</name>
    <message>
        <location filename="../src/core/backup/catalog.cpp" line="+65"/>
        <source>The manifest cannot be read: %1</source>
        <translation>Das Manifest kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup was interrupted: its writer is gone.</source>
        <translation>Die Sicherung wurde unterbrochen: der schreibende Prozess existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No backup &quot;%1&quot; in %2</source>
        <translation>Keine Sicherung „%1“ in %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup in %1 is still being written</source>
        <translation>Die Sicherung in %1 wird noch geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not inside the catalog %2</source>
        <translation>%1 liegt nicht im Katalog %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>pgs::BackupManifest</name>
    <message>
        <location filename="../src/core/backup/manifest.cpp" line="+176"/>
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
        <location line="+11"/>
        <source>unknown verification level &quot;%1&quot;</source>
        <translation>unbekannte Prüfstufe „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+27"/>
        <location line="+9"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 is not valid JSON</source>
        <translation>%1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>pgs::BackupSchedule</name>
    <message>
        <location filename="../src/core/backup/schedule.cpp" line="+199"/>
        <source>%1 was not found in PATH</source>
        <translation>%1 wurde im PATH nicht gefunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>systemctl --user %1 failed: %2</source>
        <translation>systemctl --user %1 fehlgeschlagen: %2</translation>
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
        <location line="+16"/>
        <location line="+105"/>
        <source>No schedule %1 is installed</source>
        <translation>Es ist kein Zeitplan %1 installiert</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The unit files were removed, but %1</source>
        <translation>Die Unit-Dateien wurden entfernt, aber: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not write a temporary file for crontab</source>
        <translation>Konnte keine temporäre Datei für crontab schreiben</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>cron can only run a backup daily at a fixed time (&quot;*-*-* HH:MM:00&quot;); &quot;%1&quot; needs a systemd timer</source>
        <translation>cron kann eine Sicherung nur täglich zu einer festen Uhrzeit ausführen („*-*-* HH:MM:00“); „%1“ braucht einen systemd-Timer</translation>
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
    <name>pgs::ConnectionSpec</name>
    <message>
        <location filename="../src/core/connection/connectionspec.cpp" line="+99"/>
        <source>Invalid connection string: %1</source>
        <translation>Ungültige Verbindungszeichenfolge: %1</translation>
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
    <name>pgs::DemoWorkload</name>
    <message>
        <location filename="../src/core/sandbox/demoworkload.cpp" line="+237"/>
        <source>The demo data is not loaded in this database</source>
        <translation>In dieser Datenbank sind keine Demodaten geladen</translation>
    </message>
    <message>
        <location line="+27"/>
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
    <name>pgs::Main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+53"/>
        <source>pgsteward needs a graphical display (X11 or Wayland); for headless use run pgsteward-cli</source>
        <translation>pgsteward benötigt eine grafische Oberfläche (X11 oder Wayland); ohne Bildschirm verwenden Sie pgsteward-cli</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PostgreSQL operations workstation</source>
        <translation>Arbeitsplatz für den PostgreSQL-Betrieb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the profile NAME at start.</source>
        <translation>Beim Start mit dem Profil NAME verbinden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>pgs::MainWindow</name>
    <message>
        <location filename="../src/app/shell/mainwindow.cpp" line="+32"/>
        <source>Double-click a profile on the left to connect,
or create one with File → New profile…</source>
        <translation>Doppelklicken Sie links auf ein Profil, um sich zu verbinden,
oder legen Sie eines an mit Datei → Neues Profil…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 — pgsteward</source>
        <translation>%1 — pgsteward</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pgsteward</source>
        <translation>pgsteward</translation>
    </message>
    <message>
        <location line="+44"/>
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
    <name>pgs::ProfileDialog</name>
    <message>
        <location filename="../src/app/connection/profiledialog.cpp" line="+29"/>
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
        <location line="+21"/>
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
        <location line="+60"/>
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
        <location filename="../src/core/connection/profilestore.cpp" line="+45"/>
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
        <location line="+3"/>
        <source>schema version %1 is newer than this version of pgsteward understands (%2)</source>
        <translation>Schemaversion %1 ist neuer, als diese pgsteward-Version versteht (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no &quot;profiles&quot; array</source>
        <translation>es gibt kein Array „profiles“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an entry of &quot;profiles&quot; is not a JSON object</source>
        <translation>ein Eintrag in „profiles“ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the profiles file %1: %2</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The profiles file %1 is damaged (%2) and could not be moved aside.</source>
        <translation>Die Profildatei %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profiles file could not be read (%1). It was kept as %2 and pgsteward started with an empty profile list.</source>
        <translation>Die Profildatei konnte nicht gelesen werden (%1). Sie wurde als %2 aufbewahrt, und pgsteward wurde mit einer leeren Profilliste gestartet.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../src/app/connection/profiletreemodel.cpp" line="+21"/>
        <source>service %1, %2</source>
        <translation>Dienst %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
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
        <location line="+118"/>
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
    <name>pgs::Retention</name>
    <message>
        <location filename="../src/core/backup/retention.cpp" line="+61"/>
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
        <location line="+8"/>
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
        <location line="+40"/>
        <source>Creating a local PostgreSQL cluster</source>
        <translation>Lokaler PostgreSQL-Cluster wird angelegt</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+129"/>
        <location line="+3"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-107"/>
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
</context>
<context>
    <name>pgs::ServerView</name>
    <message>
        <location filename="../src/app/monitor/serverview.cpp" line="+26"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRODUCTION — %1</source>
        <translation>PRODUKTION — %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Overview of %1</source>
        <translation>Übersicht über %1</translation>
    </message>
    <message>
        <location line="+45"/>
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
    <name>pgs::ToolLocator</name>
    <message>
        <location filename="../src/core/tools/toollocator.cpp" line="+178"/>
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
        <location filename="../src/core/tools/toolprocess.cpp" line="+123"/>
        <source>Could not start %1</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The output of %1 could not be stored</source>
        <translation>Die Ausgabe von %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not finish within %2 seconds</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden fertig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 stopped unexpectedly</source>
        <translation>%1 wurde unerwartet beendet</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>pgs::cli::ForegroundJob</name>
    <message>
        <location filename="../src/cli/foregroundjob.cpp" line="+138"/>
        <source>Canceling... (press Ctrl-C again to quit at once)</source>
        <translation>Wird abgebrochen... (erneut Strg-C drücken zum sofortigen Beenden)</translation>
    </message>
</context>
<context>
    <name>pgs::cli::Main</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+25"/>
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
        <source>Pack a backup folder into one .tar.zst/.tar.gz file</source>
        <translation>Einen Sicherungsordner in eine einzige .tar.zst-/.tar.gz-Datei packen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a bundle into a catalog and verify its checksums</source>
        <translation>Ein Sicherungspaket in einen Katalog importieren und die Prüfsummen kontrollieren</translation>
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
        <location line="+4"/>
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
        <location line="+19"/>
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
        <location line="+45"/>
        <source>Name or id of the profile.</source>
        <translation>Name oder ID des Profils.</translation>
    </message>
    <message>
        <location line="-29"/>
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
        <source>no</source>
        <translation>nein</translation>
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
    <name>pgs::cli::SandboxCommand</name>
    <message>
        <location filename="../src/cli/sandboxcommand.cpp" line="+32"/>
        <source>Cluster directory (default: %1).</source>
        <translation>Cluster-Verzeichnis (Standard: %1).</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+7"/>
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
        <location line="+45"/>
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
    <name>pgs::pg::Connection</name>
    <message>
        <location filename="../src/core/pg/connection.cpp" line="+117"/>
        <source>Out of memory while connecting</source>
        <translation>Kein Speicher mehr beim Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+38"/>
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
