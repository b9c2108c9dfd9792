<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPickerDialog</name>
    <message>
        <source>Choose the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1 · Today: %2 · Next 7 days: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: the activity has changed since. The step was removed from the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place (visits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTimeline</name>
    <message>
        <source>Edit activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected activity (double-click it, or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected activity (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityUndo</name>
    <message>
        <source>Log “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddContactsDialog</name>
    <message>
        <source>Add contacts to the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, company or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustStockDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive goods (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write off (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. delivery PO-2026-031, stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand / reserved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Nothing is due. Follow-ups you plan when you log an activity, and open tasks, show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the selected tasks off; for a follow-up, log what came of it (that settles it, and you can plan the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in at the selected customer: records when and where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear follow-up (none needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllDayBar</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Opening the customer database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the newest good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the backups opens and passes the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM did not close properly last time. Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite found damage in the customer database:
%1

Restore the newest good backup? The damaged database is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the newest good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer database is not encrypted: anyone who gets hold of this computer&apos;s disk can read it. Encrypt it now? This computer has no system keyring to keep the key in, so you will choose a passphrase and type it each time the CRM starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the customer database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer database is not encrypted: anyone who gets hold of this computer&apos;s disk can read it. Encrypt it now? Its key is kept in the system keyring, so you will not have to type anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the customer database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be encrypted and is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored. The database it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Select a file to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded yet: the file arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use Open to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to preview. Use Open to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown. Use Open to view it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown. Use Open to view it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>No customer, contact, deal, order, ticket or visit has the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached {name} ({size}) as {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is {size}; files larger than {limit} cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} ({size}) does not fit: your attachments may take {limit} in all and {used} is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not downloaded yet; it arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was deleted meanwhile: no files can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here, or use Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files (you can also drop them on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record first, then attach files to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded yet: the file arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s) from this record? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote or order line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this record; type to look for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1</source>
        <translation>
            <numerusform>Exported %n change to %1</numerusform>
            <numerusform>Exported %n changes to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full. Free some space or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backup does not open with this database&apos;s key: it was made by another installation or with another passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backup was made by a newer version of the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backup is damaged or is not a CRM database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAssignDialog</name>
    <message>
        <source>Assign tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected ticket(s)</source>
        <translation>
            <numerusform>%n selected ticket</numerusform>
            <numerusform>%n selected tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>it has no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a follow-up or deal date exported by this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its repeat rule could not be read: the first occurrence was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it repeats too often: the first 500 occurrences were imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was deleted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an iCalendar (.ics) file or is damaged. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 20 MB. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({error}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} meetings created, {updated} updated, {unchanged} unchanged, {matched} matched to contacts by e-mail, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped “{event}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} calendar entries to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user named {name} whose calendar you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>Export &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits, meetings, tasks, follow-ups and deals&apos; closes as an .ics file for Outlook, Google or DingTalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calen&amp;dar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of an .ics file as activities, matched to contacts by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;subscription link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal&apos;s expected close date is changed on the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan visit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your company&apos;s server first (File, Connect to server…): the subscription link comes from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot give a subscription link now (offline, or a server without calendar feeds). Try again when you are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: the activity has changed since. The step was removed from the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Drag an entry to move it; drag over free time to plan a visit; double-click to open. Ctrl+Z undoes a move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link that shows this calendar in Outlook, Google Calendar, DingTalk or your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Photograph the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the card flat, filling most of the picture, and take the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera did not take the photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching the campaign adds this segment&apos;s contacts as members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected revenue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignSender</name>
    <message>
        <source>Send e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the CRM cannot send e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up on this computer yet. Set one up now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the e-mails of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the e-mails of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mails could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may have gone out when the last run stopped: they are not sent again until you decide.</source>
        <translation>
            <numerusform>%n message may have gone out when the last run stopped: they are not sent again until you decide.</numerusform>
            <numerusform>%n messages may have gone out when the last run stopped: they are not sent again until you decide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still queued: %1 (will be sent when online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 asked not to be contacted or unsubscribed; %2 without an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) had been queued before and were not queued again.</source>
        <translation>
            <numerusform>%n member had been queued before and were not queued again.</numerusform>
            <numerusform>%n members had been queued before and were not queued again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server cannot be reached: the e-mails wait until you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the mail server could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails are already being sent; these wait their turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>No campaigns yet. A campaign reaches the contacts of a segment by e-mail, at an event or through ads, and counts the replies, deals and revenue that came of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the target segment&apos;s contacts as members and make the campaign active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send e-ma&amp;ils…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the campaign&apos;s e-mail for its members who may be e-mailed, and send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server this computer sends campaign e-mail through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the campaign “%1” and its member list? Deals that came from it keep their records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” launched: %n contact(s) added as members.</source>
        <translation>
            <numerusform>“%1” launched: %n contact added as members.</numerusform>
            <numerusform>“%1” launched: %n contacts added as members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an e-mail template for the campaign first (Edit…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardContactDialog</name>
    <message>
        <source>New contact from business card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not among your companies yet: create it, or pick another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also from the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on the company when it has no website yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also printed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>New contact from business card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a photo or scan of a business card here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph the card with this computer&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text is read on this computer; the image goes nowhere else. Chinese and English cards are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the card&apos;s image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the company…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the card looks like a contact you already have. Add --force to save it all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the contact {name} ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the company {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card image is attached to the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is saved, but the card image could not be attached: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is saved; this copy of the app keeps no attachments, so the card image was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an image this app can read (use a JPEG, PNG, BMP, TIFF or WebP photo or scan of the card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is too large for a card image ({size} MB; at most {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text was recognised on this image. Try a sharper photo, taken straight on, with the card filling most of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text was found, but nothing on it reads as a name, company, phone or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image {file} is damaged or incomplete (perhaps it was not copied in full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reading is not installed with this copy of the app (rapidocr-onnxruntime is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save this chart or its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won revenue and orders by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast by close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals lost by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won revenue by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won revenue by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won revenue by industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by kind and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets opened and resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance and satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales and service dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInCommands</name>
    <message>
        <source>Checked out at %1 after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (optional); added to the visit&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new visit, starting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (checked in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured: %1 (WGS-84, from the device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given by the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: %1. The customer&apos;s address is recorded instead: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: %1. The customer has no address; the check-in is recorded without a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit no longer exists (deleted meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>No location service on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location service is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app may not use your location (see the system&apos;s privacy settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position found in time (indoors, or no signal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location service failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device clock %1 ahead of the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device clock %1 ahead of the server&apos;s when it sent this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived %1 after its time (offline, or the device clock is behind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier than the check-in before it (the clock went back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implausible journey since the previous check-in: %1 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out %1 before checking in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km from where this customer was measured before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device clock %1 behind the server&apos;s when it sent this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in before it is missing or was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured (±%1 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured: the customer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates are WGS-84, from the device. Chinese maps (高德 Amap, 百度 Baidu) use GCJ-02 or BD-09: there a point may look about 500 m off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <source>Only doubtful or changed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out of the selected visit: records when you left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates (WGS-84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after they were made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company is called “%1”. Pick one from the list, or create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create company “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a company: it is picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies of that name exist: pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WeChat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary contact of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked not to be conta&amp;cted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never sent marketing e-mail or included in campaign mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribed from marketing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out of campaign e-mail; calls and visits are still fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsTable</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>New &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact from business ca&amp;rd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge two selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: the record has changed since. The step was removed from the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two rows to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep which record? The other one&apos;s activities, contacts, deals, orders, tickets and empty fields move to it, and it is removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the selected customer&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has import warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records with values an import could not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the charts again from the current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1, other currencies at reference rates. Click a bar or slice to list its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected items to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealLabels</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Your customer database is empty. Load %1 demo customers to try the CRM? You can delete them later (File → Delete demo data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 demo customers to this database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all demo data? Every record the demo made goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Records you made yourself stay, and so do demo records they refer to (a demo company you added a contact to). Demo data was never synced, so nothing changes on the server.

This cannot be undone, and the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 demo records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1 demo records that your own records refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be deleted; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm demo: say how many with --customers N, or --delete to delete the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {n} demo records; your own records were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept {n} demo records that your own records refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no demo data in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm demo: there is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a complaint or service request for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? (Enter to log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to this record need your decision. &lt;a href=&quot;issues&quot;&gt;Review sync issues&lt;/a&gt;</source>
        <translation>
            <numerusform>%n change to this record needs your decision. &lt;a href=&quot;issues&quot;&gt;Review sync issues&lt;/a&gt;</numerusform>
            <numerusform>%n changes to this record need your decision. &lt;a href=&quot;issues&quot;&gt;Review sync issues&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a row in the list, or search with Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from an import could not be read and need review. &lt;a href=&quot;review&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n value from an import could not be read and needs review. &lt;a href=&quot;review&quot;&gt;Show it&lt;/a&gt;</numerusform>
            <numerusform>%n values from an import could not be read and need review. &lt;a href=&quot;review&quot;&gt;Show them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in the source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space on {folder} and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the customer database cannot be opened. It is not damaged and nothing in it was changed. Free some space on {folder} and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>More records match: the first %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a record to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropStrip</name>
    <message>
        <source>Drop here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Same mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar name at the same account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name, no company, nothing that tells them apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a record you already have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectTab</name>
    <message>
        <source>No campaigns to compare yet. Once a campaign has members, its replies, deals, revenue and cost are compared here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads are members who replied or converted. Deals count when their “Campaign” field names the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue or cost recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectTableModel</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost/lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resp. rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members the campaign reached (past “targeted”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who replied or converted (the campaign&apos;s leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals whose “Campaign” field names this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won revenue (deals in other currencies converted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cost divided by the leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate: leads among the members reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment: (won revenue − actual cost) ÷ actual cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailPreviewDialog</name>
    <message>
        <source>E-mail preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodingChooser</name>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBK / GB18030 (Simplified Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which text reads right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text encoding could not be recognised for certain. Pick the one in which the names below read right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts or accounts from Excel, CSV or vCard files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>Exported %n record to %1</numerusform>
            <numerusform>Exported %n records to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, GBK (for older Chinese Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) as the list shows them, with the columns %1.</source>
        <translation>
            <numerusform>%n record as the list shows it, with the columns %1.</numerusform>
            <numerusform>%n records as the list shows them, with the columns %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record of the segment “%1” with all the fields an import reads, whatever the list&apos;s other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record with all the fields an import reads, whatever the list&apos;s filter. Import the file again to get the same records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current &amp;list (its filter, sort and visible columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All fields of every record (for re-import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in the original system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability typed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clock paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA time paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>Open deals expected to close in a month that has passed: close them or move their dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By expected close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted: amount × probability of open deals. Commit: open deals at %1 % or more. Best case: every open deal. Won: deals won in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) in the forecast.</source>
        <translation>
            <numerusform>%n open deal in the forecast.</numerusform>
            <numerusform>%n open deals in the forecast.</numerusform>
        </translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBatchModel</name>
    <message>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error report is no longer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has other contacts now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx, .xls), OpenDocument spreadsheets (.ods), CSV and text files, and vCards (.vcf) can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for CSV and text files. Automatic recognises UTF-8, UTF-16 and GBK (Chinese Excel and WPS).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file has been imported into this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;error report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column of the file goes into. Columns set to “— Do not import —” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved from last time: these columns were imported like this before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPolicyPage</name>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a row that matches a record you already have, or an earlier row of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record stays as it is; the row is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update: fill empty fields only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields the record leaves empty get the file&apos;s values and tags are added; nothing is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s non-empty values replace the record&apos;s; an empty cell never clears a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row becomes a new record, even if it repeats one you have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is checked as it will be imported. Nothing is saved until you click Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the rows with &amp;errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is imported as one step, so it can be undone as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the rows with &amp;errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <source>Sheet and column titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which row holds the column titles. The rows below it are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlighted row holds the column titles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndoFlow</name>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records it created, to be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records it updated, to get their earlier values back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not change any records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed after the import:</source>
        <translation>
            <numerusform>%n record changed after the import:</numerusform>
            <numerusform>%n records changed after the import:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep those later changes? Their records then stay as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo, keep later changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo those changes too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts or accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportedFacts</name>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>Choose a file name ending in .xlsx, .csv or .vcf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has a header row but no data below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} is below the end of the sheet; choose another header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no sheet named “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the name; choose which column holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “{field}” in the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: is it open in Excel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {encoding} cannot store the character {char}. Export as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} cannot be read as {encoding} text. Choose another encoding and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding: {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of this file cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a spreadsheet, a CSV file or a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file would unpack to more than {limit} MB; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is protected with a password. Open it in Excel, remove the password, save it and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is damaged and cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook has no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be opened ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import batch {batch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {removed}, restored {restored}, kept {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {created} created, {updated} updated, {skipped} unchanged, {errors} refused, {warnings} values kept for review, {lines} lines skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners not found among the users (kept as text): {owners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total or summary line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separator line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated header row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <source>Move deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal was changed or deleted meanwhile; the step was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm (reserve stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is rounded to the currency&apos;s smallest unit; the total adds the rounded lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineItemsModel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Field CRM is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN to go on. Forgot it? The database&apos;s passphrase or recovery key unlocks it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries: wait %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossReasonsDialog</name>
    <message>
        <source>Loss reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost deal names one of these reasons, so the dashboard can count them. “Other”, with the rep&apos;s own words, is always offered besides. A removed reason stays on the deals lost for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp.exmail.qq.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (office relay only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. marketing@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most mail providers block accounts that send too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the CRM&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; type a new one to change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Field CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete de&amp;mo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time the CRM starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Keep as custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Choose the field each column of the file goes into. A column set to “Keep as custom field” is kept on each record under its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column holds the name: set it to “Name”, or set two columns to “Last name” and “First name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column holds the company name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketingLabels</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketingPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address: not sent marketing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked not to be contacted, or unsubscribed: not sent marketing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Mark &amp;responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark con&amp;verted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet. Launching the campaign adds the contacts of its segment; contacts can also be added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign to see its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the members of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of “%1”: %2 (%3 can be e-mailed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the campaign? Their replies are no longer counted.</source>
        <translation>
            <numerusform>Remove %n member from the campaign? Their replies are no longer counted.</numerusform>
            <numerusform>Remove %n members from the campaign? Their replies are no longer counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added; the others were members already.</source>
        <translation>
            <numerusform>%n contact added; the others were members already.</numerusform>
            <numerusform>%n contacts added; the others were members already.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign has no e-mail template. Choose one with “Edit campaign”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s e-mail template was deleted. Choose another with “Edit campaign”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>My agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the stage (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the product lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account, contact or stage no longer exists. Pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketing campaign that brought this deal (counted in its effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: inactive product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: requested %3, available %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional number: the server assigns the final one at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1? The stock it reserves is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be confirmed: the stock does not cover these lines. Nothing was reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPdf</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is provisional until the document is synchronised with the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional number: the server assigns the final one at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Quotes and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Your customer data is encrypted on this computer. There is no system keyring to keep the key in, so choose a passphrase: you will type it once each time the CRM starts. Without it the data cannot be opened, so keep it safe. You can also keep the database unencrypted (anyone with this computer&apos;s disk can then read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer database is encrypted. Type its passphrase (or its recovery key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer database is encrypted, but its key is not in this computer&apos;s keyring (it may have been deleted, or you are signed in as another user). Type the database&apos;s passphrase or its recovery key (64 letters and digits) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase or recovery key does not open the database. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the customer database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal or company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal was changed or deleted meanwhile; the step was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The expected close date passed %n day(s) ago.</source>
        <translation>
            <numerusform>The expected close date passed %n day ago.</numerusform>
            <numerusform>The expected close date passed %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineUndo</name>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>A row matches a contact with the same mobile number or e-mail address, or with a similar name at the same company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row matches a company with the same name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Kept for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you click Import, the file is imported like this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New companies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values kept for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1299.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pcs, 台, 箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;Adjust stock&quot; in the product list to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (can be added to new quotes and orders)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Type a SKU, name or pinyin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Find products by SKU, name or pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust &amp;stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>Route as QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with a phone&apos;s camera or WeChat: the stops and their addresses come up as text. Made on this computer; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordContactsList</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDealsList</name>
    <message>
        <source>No deals with this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordOrdersList</name>
    <message>
        <source> (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTicketsList</name>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service level was missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Field CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Field CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field CRM reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due while the CRM was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders waiting: %1. Unlock the CRM to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month and owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1, other currencies at reference rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database you have now is kept in the backups folder, so a restore can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this database, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM database (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, made %2
Accounts: %3 · Contacts: %4 · Activities: %5 · Deals: %6 · Tickets: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the customer database with %1? The window closes and opens again on the restored database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDetails</name>
    <message>
        <source>Show the records to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) kept for review: they could not be read and were kept as written.</source>
        <translation>
            <numerusform>%Ln value kept for review: it could not be read and was kept as written.</numerusform>
            <numerusform>%Ln values kept for review: they could not be read and were kept as written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped: they hold no record.</source>
        <translation>
            <numerusform>%Ln line skipped: it holds no record.</numerusform>
            <numerusform>%Ln lines skipped: they hold no record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owners not found among the users, kept as text on the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report lists the refused rows, the values kept for review and the skipped lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New companies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also undo it later: File › Import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as changed later: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewNotesPanel</name>
    <message>
        <source>The import could not read these values and kept them as they were written. Correct the record with Edit…, then mark the note resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this note resolved: it is removed from the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route for {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route for {day} ({part}/{parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates: WGS-84 from the device; Chinese maps (高德/百度) use GCJ-02/BD-09 and may show the point about 500 m away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops without a measured position are placed at the centre of their district (a few km off); distances are straight lines, roads are longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (straight line): {km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province / city / district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits on this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province / city / district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits on this day. Visits, and meetings with a place, that you plan for the day show here in the order that shortens the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address, or latitude, longitude (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from where this computer is, as the system&apos;s location service tells (WGS-84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep planned times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits planned at a time of day stay in their time order; untick to order every visit by the way alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the stops to shorten the way between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the visits the day&apos;s times in this order (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already the shortest order that keeps the planned times; untick “Keep planned times” to reorder timed visits too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already the shortest order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WGS-84, measured by the device at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WGS-84, measured by the device at an earlier visit to this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · stops: %2 · %3 km in straight lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times as planned: “Apply times…” gives the visits the day&apos;s times in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates: WGS-84 from the device; Chinese maps (高德/百度) use GCJ-02/BD-09 and may show the point about 500 m away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop without a measured position is placed at the centre of its district (a few km off). Distances are straight lines; roads are longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses that are not Chinese, or name no district, are kept as written and go last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ district centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ city centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ province centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visits&apos; times already follow this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the visits the day&apos;s times in the route&apos;s order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the route as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the route as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteUndo</name>
    <message>
        <source>Apply the route&apos;s times (visits: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be done or undone: a visit has changed or was deleted since. The step was removed from the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesCommands</name>
    <message>
        <source>&amp;Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sales &amp;order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline &amp;stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loss reasons…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesReportPage</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By order month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed, shipped and paid orders; drafts, quotes and cancelled orders do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the report.</source>
        <translation>
            <numerusform>%n order in the report.</numerusform>
            <numerusform>%n orders in the report.</numerusform>
        </translation>
    </message>
    <message>
        <source>sales-report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search name, pinyin, phone, e-mail, company…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and bac&amp;kups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;history of selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN first (File → Security and backups…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>The customer database is encrypted. Its key is kept in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer database is encrypted with a passphrase, asked for each time the CRM starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer database is NOT encrypted: anyone with this computer&apos;s disk can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is set; type a new one to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN yet: set one to use the app lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN to lock the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your app lock PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this key down and keep it apart from the computer. It opens the customer database if the keyring entry is lost or you forget the passphrase:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that opens the database if the system keyring loses it: write it down and keep it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made once a day while the CRM runs; older ones beyond this number are deleted. 0 turns daily backups off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window hides your data after this many minutes without a key press or mouse move, and when the CRM starts. 0 never locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;PIN or passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat &amp;it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Edit segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any; separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call, visit, meeting or e-mail on or after this day (never contacted counts too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some call, visit, meeting or e-mail on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovinces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some activity since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an open &amp;deal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an open tic&amp;ket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an &amp;e-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level, status, source, place and industry are the company&apos;s; tags and owner are the contact&apos;s own. Empty means any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) chosen before</source>
        <translation>
            <numerusform>%n owner chosen before</numerusform>
            <numerusform>%n owners chosen before</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) match</source>
        <translation>
            <numerusform>%n account match</numerusform>
            <numerusform>%n accounts match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match</source>
        <translation>
            <numerusform>%n contact match</numerusform>
            <numerusform>%n contacts match</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>No segments yet. A segment picks contacts or accounts by level, place, tags, owner or last activity; it narrows the customer list and gives a campaign its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer list narrowed to this segment, to browse or export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Campaigns launched from it keep their members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCommands</name>
    <message>
        <source>Se&amp;rvice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a complaint or service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassigned tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaching &amp;soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (%1 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (%1 due soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open tickets: %1 · Unassigned: %2 · Breaching soon: %3 · Overdue: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA policy file has errors, so the policy shipped with the CRM is used:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark deals stale after this many days without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy file (empty: the one shipped with the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the app after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App lock PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to encrypt an unencrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind of follow-ups at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;loss reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me &amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind of &amp;follow-ups at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SLA policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used as the SLA policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo data size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals go &amp;stale after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal with no activity for this many days is marked on the board. 0 turns the mark off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pipeline &amp;stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;SLA policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy shipped with the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days, hours, holidays and the response and resolution targets per priority (a JSON file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the policy shipped with the CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 (%Ln row)</numerusform>
            <numerusform>%1 (%Ln rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sheet holds no table; using “%1” (%2 rows).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The SLA policy file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA policy file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA policy file {path} is not UTF-8 text (bad byte at {position}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA policy is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “{key}” appears twice in one object; only the last counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA policy must be a JSON object, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a JSON object, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a list […], not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting {where}; check its spelling (keys starting with _ are comments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is {value}; this version of the program reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not a known time zone (write e.g. Asia/Shanghai or local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is empty; name at least one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not a day name (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is empty; give at least one window such as [&quot;09:00&quot;, &quot;18:00&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a pair of times such as [&quot;09:00&quot;, &quot;12:00&quot;], not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not a time written HH:MM (00:00 to 24:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the window ends at {end}, which is not after its start {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} {value} overlaps {other} {other_value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is listed both as a holiday and as a make-up working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is missing; every priority (urgent, high, normal, low) needs targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown priority {where}; the priorities are urgent, high, normal and low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a number of hours above 0 and at most {max}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: first response ({first} h) is longer than resolution ({resolution} h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be true or false, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a whole number from 1 to 99, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageCardModel</name>
    <message numerus="yes">
        <source>The expected close date passed %n day(s) ago.</source>
        <translation>
            <numerusform>The expected close date passed %n day ago.</numerusform>
            <numerusform>The expected close date passed %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stale: no activity for more than %n day(s)</source>
        <translation>
            <numerusform>Stale: no activity for more than %n day</numerusform>
            <numerusform>Stale: no activity for more than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open stages are the board&apos;s columns in this order. Exactly one stage is won and one is lost; a deal&apos;s probability follows its stage unless set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This customer database is already open in another CRM window. Switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer database or its folder is read-only, so changes could not be saved. Check the file permissions or choose another location with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer database is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer database was saved by a newer version of the CRM. Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase or key does not open the customer database, or the start of the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreKeys</name>
    <message>
        <source>There is no database at {path} yet, and this computer has no keyring to keep a new database&apos;s key in. Set CRM_PASSPHRASE to a passphrase of at least {min} characters to encrypt it with (the same passphrase opens it later), run the command in a terminal to choose one, or add --plain to make it without encryption. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase in CRM_PASSPHRASE is too short to encrypt a new database with: it needs at least {min} characters. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring on this computer: {path} is encrypted with the passphrase in CRM_PASSPHRASE. The same passphrase opens it each time (in CRM_PASSPHRASE, or typed when asked); without it the data cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring on this computer and no CRM_PASSPHRASE: {path} is made without encryption, as it holds demo data only. To encrypt it later, set CRM_PASSPHRASE and run: crm --db {path} encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {path}: it is encrypted and its key is not in this computer&apos;s keyring. Set CRM_PASSPHRASE to its passphrase or recovery key, or run this in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {path}: the passphrase in CRM_PASSPHRASE does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring on this computer: choose a passphrase for the new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least {min} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the database: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s key is not in the keyring. Passphrase or recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not open it. Try again: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Subscribe to your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this link as a calendar subscription (“From URL”) in Outlook, Google Calendar, DingTalk or your phone: your visits, meetings, tasks and follow-ups show there and follow what you sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has this link can read your calendar without a password: keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server cannot be reached. Your changes stay on this computer and are sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong, or your login has expired. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator revoked this computer&apos;s access. Your unsent changes are kept; ask your administrator, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs a newer version of this app. Your changes are kept until you update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request. Your changes are kept; please tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed unexpectedly. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync iss&amp;ues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Your data is being synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes need your decision: see Sync issues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <source>Sync issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync issues. A change the server refuses, or one that clashes with someone else&apos;s edit of the same field, waits here for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you last synced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix and &amp;retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the company server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes stay on this computer and are sent whenever the server can be reached. The password is exchanged for a login that is kept in the system keyring; the password itself is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://crm.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if your company runs its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <source>Another change made in the same action was refused, so this one was not applied either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators adjust stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock changes only through orders, or a manager&apos;s adjustment with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock would fall below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s status changed on the server meanwhile, so its stock was not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s lines changed on the server meanwhile, so its stock was not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes the pipeline stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes the list of loss reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators change products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its author, a manager or an administrator changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is no longer yours: it was handed to someone else or moved to another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not give records to someone outside your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record it belongs to no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync issue(s)</source>
        <translation>
            <numerusform>%n sync issue</numerusform>
            <numerusform>%n sync issues</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for sync options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading… %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving… %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments… %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Edit e-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New e-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {{name}}, you are invited to {{campaign}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders filled in for each recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>No e-mail templates yet. A template is the message a campaign sends; {{name}}, {{company}} and the other placeholders are filled in for each member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Type to find a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional number: the server assigns the final one at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed ticket is read-only; reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the problem resolved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the ticket reopened? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket, account, contact or assignee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the problem, in a few words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer reported, model, serial number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment; Ctrl+Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketHistoryList</name>
    <message>
        <source>Ticket history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction: %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPanels</name>
    <message>
        <source>Clock paused while waiting on the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline was missed; the ticket stays marked as breached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next deadline is close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved within the service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer how satisfied they are: 1 to 5 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is already “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is now “%1” and cannot go to “%2” from there; the buttons show what it can do now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional number: the server assigns the final one at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution clock is paused while the ticket waits on the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved within the agreed times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline was missed; the ticket is no longer on the clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, subject or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned</source>
        <translation>
            <numerusform>%n ticket assigned</numerusform>
            <numerusform>%n tickets assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n skipped (closed or already theirs)</source>
        <translation>
            <numerusform>%1, %n skipped (closed or already theirs)</numerusform>
            <numerusform>%1, %n skipped (closed or already theirs)</numerusform>
        </translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open task, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This value is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity belongs to an account, a contact or a deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is too long (at most 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel shortened this number to scientific notation and its last digits are lost. Format the column as text in Excel and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid date. Write it like 2024-03-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be edited; this one is already confirmed or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product already has this SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock cannot fall below what confirmed orders reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the stock changes (a delivery, a stocktake, a write-off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage still holds deals; move them before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, such as 1200 or 1,200.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount is between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline needs exactly one won stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline needs exactly one lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline needs at least one open stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage cannot be both won and lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two stages have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two loss reasons have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loss reason is at most 60 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words why the deal was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This loss reason is no longer on the list; pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one product line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is no longer sold (inactive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is priced in another currency; enter a unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a name from the list, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the resolution before resolving the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whom to assign the ticket to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction is recorded once the ticket is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is closed; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the e-mail template this campaign sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another segment already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the segment whose contacts the campaign targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose STARTTLS, SSL/TLS or no encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at least one message a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try each message at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the mail server&apos;s name, e.g. smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder. Use {{name}}, {{title}}, {{company}}, {{city}}, {{email}}, {{owner}} or {{campaign}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placeholder is not closed: write {{name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN or passphrase needs at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this row names a person or a company (no name, company, phone or e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty; the record is named after another value of the row until you correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was longer than 120 characters and is shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value was too long for this field and is shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probability is between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A satisfaction score is a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has not been checked in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is already checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer you are visiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be read: the file is missing or not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos cannot be attached in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
