"""import keeps everything: a contact's other phones, e-mails, own address, source, lifecycle, original
creation date, custom fields and the values an import could not read (review); the same for accounts

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Live people with no number or e-mail: the only ones a similar name may match (store/models.py).
BARE = ("deleted_at IS NULL AND mobile_digits IS NULL AND phone_digits IS NULL AND extra_digits IS NULL"
        " AND email IS NULL")
_BOTH = (("custom_fields", sa.Text()), ("review", sa.Text()), ("original_created_at", sa.String(27)),
         ("postal_code", sa.String(20)))
_CONTACT = (("phones", sa.Text()), ("emails", sa.Text()), ("source", sa.String(80)), ("lifecycle", sa.String(60)),
            ("country", sa.String(60)), ("province", sa.String(60)), ("city", sa.String(60)),
            ("district", sa.String(60)), ("street", sa.String(200)), ("extra_digits", sa.String(20)))


def upgrade() -> None:
    with op.batch_alter_table("contacts") as table:
        for name, kind in (*_BOTH, *_CONTACT):
            table.add_column(sa.Column(name, kind))
        table.create_index("ix_contacts_phone_digits", ["phone_digits"], sqlite_where=sa.text("phone_digits IS NOT NULL"))
        table.create_index("ix_contacts_extra_digits", ["extra_digits"], sqlite_where=sa.text("extra_digits IS NOT NULL"))
        table.create_index("ix_contacts_review", ["id"], sqlite_where=sa.text("review IS NOT NULL"))
        table.create_index("ix_contacts_bare", ["account_id"], sqlite_where=sa.text(BARE))
    with op.batch_alter_table("accounts") as table:
        for name, kind in _BOTH:
            table.add_column(sa.Column(name, kind))
        table.create_index("ix_accounts_review", ["id"], sqlite_where=sa.text("review IS NOT NULL"))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as table:
        table.drop_index("ix_accounts_review")
        for name, _ in reversed(_BOTH):
            table.drop_column(name)
    with op.batch_alter_table("contacts") as table:
        for index in ("ix_contacts_bare", "ix_contacts_review", "ix_contacts_extra_digits", "ix_contacts_phone_digits"):
            table.drop_index(index)
        for name, _ in reversed((*_BOTH, *_CONTACT)):
            table.drop_column(name)
