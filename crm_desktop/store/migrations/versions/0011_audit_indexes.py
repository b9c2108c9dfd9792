"""audit view: the audit log read newest first by time, user or kind of record

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_user_at", ["user_id", "at"], unique=False)
        batch_op.create_index("ix_audit_entity_at", ["entity", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entity_at")
        batch_op.drop_index("ix_audit_user_at")
        batch_op.drop_index("ix_audit_at")
