"""initial schema

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-25 19:51:54.202800
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import custody_checklist.storage.types

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column(
            "detail",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_record_id"), ["record_id"], unique=False)

    op.create_table(
        "dip_samples",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("drawn_at", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.Column("drawn_by", sa.String(length=200), nullable=False),
        sa.Column("period_start", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.Column("period_end", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.Column(
            "suites",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("seed", sa.String(length=64), nullable=False),
        sa.Column("algorithm", sa.String(length=80), nullable=False),
        sa.Column(
            "population",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("criteria_id", sa.String(length=80), nullable=False),
        sa.Column("criteria_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dip_samples")),
    )
    op.create_table(
        "local_authorities",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_local_authorities")),
    )
    op.create_table(
        "suites",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("force", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_suites")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.String(length=40), nullable=False),
        sa.Column("collar_number", sa.String(length=40), nullable=False),
        sa.Column(
            "roles",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "suites",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", custody_checklist.storage.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("custody_number", sa.String(length=40), nullable=False),
        sa.Column("suite_code", sa.String(length=20), nullable=False),
        sa.Column("definition_id", sa.String(length=80), nullable=False),
        sa.Column("definition_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("surname", sa.String(length=200), nullable=False),
        sa.Column("surname_key", sa.String(length=200), nullable=False),
        sa.Column("forenames", sa.String(length=200), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("dob_status", sa.String(length=20), nullable=False),
        sa.Column("gender", sa.String(length=20), nullable=False),
        sa.Column("ethnicity_self_defined", sa.String(length=200), nullable=False),
        sa.Column("ethnicity_category", sa.String(length=20), nullable=False),
        sa.Column(
            "answers",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("arrival_at", custody_checklist.storage.types.UTCDateTime(), nullable=True),
        sa.Column("released_at", custody_checklist.storage.types.UTCDateTime(), nullable=True),
        sa.Column("signed_content_hash", sa.String(length=64), nullable=True),
        sa.Column("created_at", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["suite_code"], ["suites.code"], name=op.f("fk_records_suite_code_suites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
        sa.UniqueConstraint("custody_number", name=op.f("uq_records_custody_number")),
    )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index("ix_records_arrival", ["arrival_at", "id"], unique=False)
        batch_op.create_index("ix_records_status", ["status"], unique=False)
        batch_op.create_index(
            "ix_records_suite_arrival", ["suite_code", "arrival_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_records_suite_released", ["suite_code", "released_at"], unique=False
        )
        batch_op.create_index("ix_records_surname_key", ["surname_key"], unique=False)

    op.create_table(
        "amendments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("at", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "changes",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_amendments_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendments")),
    )
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendments_record_id"), ["record_id"], unique=False)

    op.create_table(
        "dip_sample_items",
        sa.Column("sample_id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "scores",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("grade", sa.String(length=40), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("scored_by", sa.String(length=200), nullable=True),
        sa.Column("scored_at", custody_checklist.storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"], ["records.id"], name=op.f("fk_dip_sample_items_record_id_records")
        ),
        sa.ForeignKeyConstraint(
            ["sample_id"],
            ["dip_samples.id"],
            name=op.f("fk_dip_sample_items_sample_id_dip_samples"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sample_id", "record_id", name=op.f("pk_dip_sample_items")),
    )
    op.create_table(
        "events",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("at", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.Column(
            "details",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", custody_checklist.storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_events_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("record_id", "id", name=op.f("pk_events")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "signoffs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("at", custody_checklist.storage.types.UTCDateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.String(length=40), nullable=False),
        sa.Column("collar_number", sa.String(length=40), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column(
            "acknowledgements",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_signoffs_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signoffs")),
    )
    with op.batch_alter_table("signoffs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signoffs_record_id"), ["record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("signoffs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signoffs_record_id"))

    op.drop_table("signoffs")
    op.drop_table("events")
    op.drop_table("dip_sample_items")
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendments_record_id"))

    op.drop_table("amendments")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index("ix_records_surname_key")
        batch_op.drop_index("ix_records_suite_released")
        batch_op.drop_index("ix_records_suite_arrival")
        batch_op.drop_index("ix_records_status")
        batch_op.drop_index("ix_records_arrival")

    op.drop_table("records")
    op.drop_table("users")
    op.drop_table("suites")
    op.drop_table("local_authorities")
    op.drop_table("dip_samples")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_record_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))

    op.drop_table("audit_log")
