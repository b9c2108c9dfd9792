"""SQLAlchemy models of the local store, one module per CRM module; importing this package registers them all."""

from crm_desktop.store.models.activities import Activity, CheckIn, ReminderRaised
from crm_desktop.store.models.analytics import AccountDayStat, ActivityDayStat, ContactSegmentStat, LiveCount
from crm_desktop.store.models.attachments import Attachment, LocalBlob
from crm_desktop.store.models.base import Base, SyncedRecord
from crm_desktop.store.models.customers import (
    CONTACT_BARE_SQL,
    CONTACT_HAS_EMAIL_SQL,
    Account,
    Contact,
    RecordTag,
    SearchDoc,
    Tag,
)
from crm_desktop.store.models.exchange import ImportBatch, ImportJournalEntry, ImportMapping
from crm_desktop.store.models.marketing import Campaign, CampaignMember, EmailMessage, EmailTemplate, Segment
from crm_desktop.store.models.sales import (
    DEAL_OPEN_SQL,
    LossReason,
    Opportunity,
    OpportunityLine,
    PipelineStage,
    Product,
    SalesOrder,
    SalesOrderLine,
)
from crm_desktop.store.models.security import AuditEntry, User
from crm_desktop.store.models.service import TICKET_OPEN_SQL, Ticket, TicketEvent
from crm_desktop.store.models.sync import Conflict, FieldBase, OutboxEntry, SnapshotSeen, SyncState

__all__ = [
    "CONTACT_BARE_SQL", "CONTACT_HAS_EMAIL_SQL", "DEAL_OPEN_SQL", "TICKET_OPEN_SQL", "Account", "AccountDayStat",
    "Activity", "ActivityDayStat", "Attachment", "AuditEntry", "Base", "Campaign", "CampaignMember", "CheckIn",
    "Conflict", "Contact", "ContactSegmentStat", "EmailMessage", "EmailTemplate", "FieldBase", "ImportBatch",
    "ImportJournalEntry", "ImportMapping", "LiveCount", "LocalBlob", "LossReason", "Opportunity", "OpportunityLine",
    "OutboxEntry", "PipelineStage", "Product", "RecordTag", "ReminderRaised", "SalesOrder", "SalesOrderLine",
    "SearchDoc", "Segment", "SnapshotSeen", "SyncState", "SyncedRecord", "Tag", "Ticket", "TicketEvent", "User"
]
