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
        <translation><numerusform>The standby did not finish its promotion within %n second; it may still finish: check its log.</numerusform><numerusform>The standby did not finish its promotion within %n seconds; it may still finish: check its log.</numerusform></translation>
    </message>
</context>
<context>
    <name>pgs::ReplicationView</name>
    <message numerus="yes">
        <source>Standbys (%n)</source>
        <translation><numerusform>Standbys (%n)</numerusform><numerusform>Standbys (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replication slots (%n)</source>
        <translation><numerusform>Replication slots (%n)</numerusform><numerusform>Replication slots (%n)</numerusform></translation>
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
    <name>pgs::cli::ReplicationCommand</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation><numerusform>%n table</numerusform><numerusform>%n tables</numerusform></translation>
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
</TS>