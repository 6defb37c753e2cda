<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>pgs::ActivityView</name>
    <message numerus="yes">
        <source>Terminate %n session(s) on %1</source>
        <translation>
            <numerusform>Terminate %n session on %1</numerusform>
            <numerusform>Terminate %n sessions on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n query(ies) on %1</source>
        <translation>
            <numerusform>Cancel %n query on %1</numerusform>
            <numerusform>Cancel %n queries on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminated</source>
        <translation>
            <numerusform>%n terminated</numerusform>
            <numerusform>%n terminated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancel request(s) sent</source>
        <translation>
            <numerusform>%n cancel request sent</numerusform>
            <numerusform>%n cancel requests sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer existed</source>
        <translation>
            <numerusform>%n no longer existed</numerusform>
            <numerusform>%n no longer existed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (%1)</source>
        <translation>
            <numerusform>%n refused (%1)</numerusform>
            <numerusform>%n refused (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::ArchiveCheck</name>
    <message numerus="yes">
        <source>the file ends at byte %1, before the data of %2 (%n data entry(s) missing)</source>
        <translation>
            <numerusform>the file ends at byte %1, before the data of %2 (%n data entry missing)</numerusform>
            <numerusform>the file ends at byte %1, before the data of %2 (%n data entries missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file ends at byte %1 without the data of %2 (%n data entry(s) missing)</source>
        <translation>
            <numerusform>the file ends at byte %1 without the data of %2 (%n data entry missing)</numerusform>
            <numerusform>the file ends at byte %1 without the data of %2 (%n data entries missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) the table of contents names are missing, first %1</source>
        <translation>
            <numerusform>%n file the table of contents names is missing: %1</numerusform>
            <numerusform>%n files the table of contents names are missing, first %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) the table of contents names are missing, first %1</source>
        <translation>
            <numerusform>%n member the table of contents names is missing: %1</numerusform>
            <numerusform>%n members the table of contents names are missing, first %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::BackupCatalogView</name>
    <message numerus="yes">
        <source>Verification failed: %n problem(s)</source>
        <translation>
            <numerusform>Verification failed: %n problem</numerusform>
            <numerusform>Verification failed: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::BackupJob</name>
    <message numerus="yes">
        <source>%n table(s) in scope, %1 on the server.</source>
        <translation>
            <numerusform>%n table in scope, %1 on the server.</numerusform>
            <numerusform>%n tables in scope, %1 on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::BackupVerifier</name>
    <message numerus="yes">
        <source>%1: %n table of contents entries</source>
        <translation>
            <numerusform>%1: %n table of contents entry</numerusform>
            <numerusform>%1: %n table of contents entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::CopyBackDialog</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::DashboardView</name>
    <message numerus="yes">
        <source>Every %n s</source>
        <translation>
            <numerusform>Every %n s</numerusform>
            <numerusform>Every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sampling failed: %1 — retrying every %n s</source>
        <translation>
            <numerusform>Sampling failed: %1 — retrying every %n s</numerusform>
            <numerusform>Sampling failed: %1 — retrying every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sample %1, every %n s</source>
        <translation>
            <numerusform>Last sample %1, every %n s</numerusform>
            <numerusform>Last sample %1, every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>history every %n s (last %1)</source>
        <translation>
            <numerusform>history every %n s (last %1)</numerusform>
            <numerusform>history every %n s (last %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>history every %n s</source>
        <translation>
            <numerusform>history every %n s</numerusform>
            <numerusform>history every %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::DumpProgress</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::HealthView</name>
    <message numerus="yes">
        <source>%1 (%n findings)</source>
        <translation>
            <numerusform>%1 (%n finding)</numerusform>
            <numerusform>%1 (%n findings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings in %1 databases</source>
        <translation>
            <numerusform>%n finding in %1 databases</numerusform>
            <numerusform>%n findings in %1 databases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new since the run before</source>
        <translation>
            <numerusform>, %n new since the run before</numerusform>
            <numerusform>, %n new since the run before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n checks could not run: %1</source>
        <translation>
            <numerusform>; %n check could not run: %1</numerusform>
            <numerusform>; %n checks could not run: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::LatencyView</name>
    <message numerus="yes">
        <source>%n statement(s), %1 calls in the range. </source>
        <translation>
            <numerusform>%n statement, %1 calls in the range. </numerusform>
            <numerusform>%n statements, %1 calls in the range. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::MaintenanceView</name>
    <message numerus="yes">
        <source>This runs %1 on %n tables of %2.</source>
        <translation>
            <numerusform>This runs %1 on %n table of %2.</numerusform>
            <numerusform>This runs %1 on %n tables of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tables</source>
        <translation>
            <numerusform>%1 of %n table</numerusform>
            <numerusform>%1 of %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::MigrationsView</name>
    <message numerus="yes">
        <source>Roll back %n migration(s) in the database %1</source>
        <translation>
            <numerusform>Roll back %n migration in the database %1</numerusform>
            <numerusform>Roll back %n migrations in the database %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n migration(s)</source>
        <translation>
            <numerusform>Done: %n migration</numerusform>
            <numerusform>Done: %n migrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::PruneDialog</name>
    <message numerus="yes">
        <source>%n backup(s) will be deleted, freeing %1; %2 kept.</source>
        <translation>
            <numerusform>%n backup will be deleted, freeing %1; %2 kept.</numerusform>
            <numerusform>%n backups will be deleted, freeing %1; %2 kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::ReplicationActions</name>
    <message numerus="yes">
        <source>The standby did not finish its promotion within %n second(s); it may still finish: check its log.</source>
        <translation>
            <numerusform>The standby did not finish its promotion within %n second; it may still finish: check its log.</numerusform>
            <numerusform>The standby did not finish its promotion within %n seconds; it may still finish: check its log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::ReplicationView</name>
    <message numerus="yes">
        <source>Standbys (%n)</source>
        <translation>
            <numerusform>Standbys (%n)</numerusform>
            <numerusform>Standbys (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replication slots (%n)</source>
        <translation>
            <numerusform>Replication slots (%n)</numerusform>
            <numerusform>Replication slots (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::RestoreContentsPage</name>
    <message numerus="yes">
        <source>%1 of %n entries selected</source>
        <translation>
            <numerusform>%1 of %n entry selected</numerusform>
            <numerusform>%1 of %n entries selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::RestoreGlobalsPage</name>
    <message numerus="yes">
        <source>From %1. %n of these exist on %2 already and are left as they are.</source>
        <translation>
            <numerusform>From %1. %n of these exists on %2 already and is left as it is.</numerusform>
            <numerusform>From %1. %n of these exist on %2 already and are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be created before the restore.</source>
        <translation>
            <numerusform>%n will be created before the restore.</numerusform>
            <numerusform>%n will be created before the restore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::RestoreJob</name>
    <message numerus="yes">
        <source>%n statement(s) of the globals file failed: %1</source>
        <translation>
            <numerusform>%n statement of the globals file failed: %1</numerusform>
            <numerusform>%n statements of the globals file failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_restore went on after errors: %n error(s) ignored</source>
        <translation>
            <numerusform>pg_restore went on after errors: %n error ignored</numerusform>
            <numerusform>pg_restore went on after errors: %n errors ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) of the backup were outside the selection; their rows were not compared</source>
        <translation>
            <numerusform>%n table of the backup was outside the selection; its rows were not compared</numerusform>
            <numerusform>%n tables of the backup were outside the selection; their rows were not compared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::RestorePlan</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s)</source>
        <translation>
            <numerusform>%n sequence</numerusform>
            <numerusform>%n sequences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n large object(s)</source>
        <translation>
            <numerusform>%n large object</numerusform>
            <numerusform>%n large objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s)</source>
        <translation>
            <numerusform>%n schema</numerusform>
            <numerusform>%n schemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extension</numerusform>
            <numerusform>%n extensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other object(s)</source>
        <translation>
            <numerusform>%n other object</numerusform>
            <numerusform>%n other objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::RestoreResultDialog</name>
    <message numerus="yes">
        <source>%n table(s) of the backup could not be compared; see why in the table.</source>
        <translation>
            <numerusform>%n table of the backup could not be compared; see why in the table.</numerusform>
            <numerusform>%n tables of the backup could not be compared; see why in the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::RestoreSourcePage</name>
    <message numerus="yes">
        <source>A %1 archive with %n entries in its table of contents.</source>
        <translation>
            <numerusform>A %1 archive with %n entry in its table of contents.</numerusform>
            <numerusform>A %1 archive with %n entries in its table of contents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::RestoreSummaryPage</name>
    <message numerus="yes">
        <source># selection.list: the %n selected entries of the table of contents, the others commented out</source>
        <translation>
            <numerusform># selection.list: the %n selected entry of the table of contents, the others commented out</numerusform>
            <numerusform># selection.list: the %n selected entries of the table of contents, the others commented out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::RestoreWizard</name>
    <message numerus="yes">
        <source>The restore into %1 reported %n error(s)</source>
        <translation>
            <numerusform>The restore into %1 reported %n error</numerusform>
            <numerusform>The restore into %1 reported %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restored table(s) do not have the rows the backup recorded</source>
        <translation>
            <numerusform>%n restored table does not have the rows the backup recorded</numerusform>
            <numerusform>%n restored tables do not have the rows the backup recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::Retention</name>
    <message numerus="yes">
        <source>%n backup(s) could not be deleted</source>
        <translation>
            <numerusform>%n backup could not be deleted</numerusform>
            <numerusform>%n backups could not be deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::SandboxRoles</name>
    <message numerus="yes">
        <source>%1: %n tablespace statement(s) skipped; their directories do not exist here</source>
        <translation>
            <numerusform>%1: %n tablespace statement skipped; their directories do not exist here</numerusform>
            <numerusform>%1: %n tablespace statements skipped; their directories do not exist here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n role(s) from %1: %2</source>
        <translation>
            <numerusform>Created %n role from %1: %2</numerusform>
            <numerusform>Created %n roles from %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n role(s) that the dump names as NOLOGIN placeholders: %1</source>
        <translation>
            <numerusform>Created %n role that the dump names as NOLOGIN placeholders: %1</numerusform>
            <numerusform>Created %n roles that the dump names as NOLOGIN placeholders: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::ScopePage</name>
    <message numerus="yes">
        <source>%n table(s) ticked, %1 on disk.</source>
        <translation>
            <numerusform>%n table ticked, %1 on disk.</numerusform>
            <numerusform>%n tables ticked, %1 on disk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::SecurityView</name>
    <message numerus="yes">
        <source>%n source(s) not checked.</source>
        <translation>
            <numerusform>%n source not checked.</numerusform>
            <numerusform>%n sources not checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::ServiceImportDialog</name>
    <message numerus="yes">
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>%n profile imported.</numerusform>
            <numerusform>%n profiles imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::SignalConfirmDialog</name>
    <message numerus="yes">
        <source>Terminate %n session(s)? Their connections are closed and open transactions are rolled back.</source>
        <translation>
            <numerusform>Terminate %n session? Its connection is closed and an open transaction is rolled back.</numerusform>
            <numerusform>Terminate %n sessions? Their connections are closed and open transactions are rolled back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the running query of %n session(s)? Their transactions are aborted; the connections stay.</source>
        <translation>
            <numerusform>Cancel the running query of %n session? Its transaction is aborted; the connection stays.</numerusform>
            <numerusform>Cancel the running query of %n sessions? Their transactions are aborted; the connections stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::cli::BackupCommand</name>
    <message numerus="yes">
        <source>Pruned %n backup(s).</source>
        <translation>
            <numerusform>Pruned %n backup.</numerusform>
            <numerusform>Pruned %n backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::cli::HealthCommand</name>
    <message numerus="yes">
        <source>No findings on %1 (%n databases checked).</source>
        <translation>
            <numerusform>No findings on %1 (%n database checked).</numerusform>
            <numerusform>No findings on %1 (%n databases checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statements done in %1 ms.</source>
        <translation>
            <numerusform>%n statement done in %1 ms.</numerusform>
            <numerusform>%n statements done in %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::cli::MigrateCommand</name>
    <message numerus="yes">
        <source>Valid: %n migration(s), none changed, missing, failed or out of order</source>
        <translation>
            <numerusform>Valid: %n migration, none changed, missing, failed or out of order</numerusform>
            <numerusform>Valid: %n migrations, none changed, missing, failed or out of order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::cli::ReplicationCommand</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::cli::RestoreCommand</name>
    <message numerus="yes">
        <source>pgsteward-cli: the restore finished with %n error(s)</source>
        <translation>
            <numerusform>pgsteward-cli: the restore finished with %n error</numerusform>
            <numerusform>pgsteward-cli: the restore finished with %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Globals restored (%n statement(s) skipped because the object exists).</source>
        <translation>
            <numerusform>Globals restored (%n statement skipped because the object exists).</numerusform>
            <numerusform>Globals restored (%n statements skipped because the object exists).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::health::HealthRun</name>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::health::Maintenance</name>
    <message numerus="yes">
        <source>%n statements done</source>
        <translation>
            <numerusform>%n statement done</numerusform>
            <numerusform>%n statements done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::migrations::FormatDetection</name>
    <message numerus="yes">
        <source>%n Flyway file(s) (V&lt;version&gt;__&lt;description&gt;.sql)</source>
        <translation>
            <numerusform>%n Flyway file (V&lt;version&gt;__&lt;description&gt;.sql)</numerusform>
            <numerusform>%n Flyway files (V&lt;version&gt;__&lt;description&gt;.sql)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with &quot;-- migrate:up&quot; sections (dbmate)</source>
        <translation>
            <numerusform>%n file with &quot;-- migrate:up&quot; sections (dbmate)</numerusform>
            <numerusform>%n files with &quot;-- migrate:up&quot; sections (dbmate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::migrations::MigrationLock</name>
    <message numerus="yes">
        <source>Another migration run holds the lock on %1 (%2); gave up after %n second(s)</source>
        <translation>
            <numerusform>Another migration run holds the lock on %1 (%2); gave up after %n second</numerusform>
            <numerusform>Another migration run holds the lock on %1 (%2); gave up after %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for another migration run on %1 to finish (up to %n second(s))</source>
        <translation>
            <numerusform>Waiting for another migration run on %1 to finish (up to %n second)</numerusform>
            <numerusform>Waiting for another migration run on %1 to finish (up to %n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::migrations::MigrationRunner</name>
    <message numerus="yes">
        <source>Dry run of %n migration(s) done</source>
        <translation>
            <numerusform>Dry run of %n migration done</numerusform>
            <numerusform>Dry run of %n migrations done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s)</source>
        <translation>
            <numerusform>Applied %n migration</numerusform>
            <numerusform>Applied %n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolled back %n migration(s)</source>
        <translation>
            <numerusform>Rolled back %n migration</numerusform>
            <numerusform>Rolled back %n migrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgs::migrations::Preflight</name>
    <message numerus="yes">
        <source>Runs outside a transaction (%n statement(s)): if one fails, the ones before it stay applied</source>
        <translation>
            <numerusform>Runs outside a transaction (%n statement): if one fails, the ones before it stay applied</numerusform>
            <numerusform>Runs outside a transaction (%n statements): if one fails, the ones before it stay applied</numerusform>
        </translation>
    </message>
</context>
</TS>
