"""accounts and sign-off: who acted (login name), signed snapshots, password dates

Revision ID: 0002_accounts_signoff
Revises: 0001_initial
Create Date: 2026-11-26 10:00:00

Only adds nullable columns or columns with a server default, so existing rows keep
their data (sign-offs made before this revision have an empty ``username`` and no
``snapshot``; verify then checks them by hash alone).
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import custody_checklist.storage.types

revision = "0002_accounts_signoff"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("username", sa.String(length=80), server_default="", nullable=False))

    with op.batch_alter_table("signoffs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("username", sa.String(length=80), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column(
                "snapshot",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=True,
            )
        )

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("password_changed_at", custody_checklist.storage.types.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("last_login_at", custody_checklist.storage.types.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("last_login_at")
        batch_op.drop_column("password_changed_at")

    with op.batch_alter_table("signoffs", schema=None) as batch_op:
        batch_op.drop_column("snapshot")
        batch_op.drop_column("username")

    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.drop_column("username")
