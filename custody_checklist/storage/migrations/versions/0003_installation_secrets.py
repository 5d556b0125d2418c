"""installation secrets: per-installation keys (pseudonymised export HMAC key)

Revision ID: 0003_installation_secrets
Revises: 0002_accounts_signoff
Create Date: 2026-11-26 12:00:00

Only adds a table; nothing existing changes.
"""

import sqlalchemy as sa
from alembic import op

import custody_checklist.storage.types

revision = "0003_installation_secrets"
down_revision = "0002_accounts_signoff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "installation_secrets",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("created_at", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_installation_secrets")),
    )


def downgrade() -> None:
    op.drop_table("installation_secrets")
