"""SQLAlchemy 2 typed models: the database schema.

The schema is designed for the whole product: detention records with the child's
details, answers and timeline; users and roles; sign-offs and amendments; an
append-only, hash-chained audit log (DPA 2018 s.62); dip samples. Alembic migrations
in ``migrations/`` must match these models (a test runs the comparison).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from custody_checklist.storage.types import JSONDocument, UTCDateTime

# Explicit constraint names so migrations are identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SuiteRow(Base):
    __tablename__ = "suites"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    force: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LocalAuthorityRow(Base):
    __tablename__ = "local_authorities"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    rank: Mapped[str] = mapped_column(String(40), default="")
    collar_number: Mapped[str] = mapped_column(String(40), default="")
    roles: Mapped[list[str]] = mapped_column(JSONDocument, default=list)
    suites: Mapped[list[str]] = mapped_column(JSONDocument, default=list)
    password_hash: Mapped[str | None] = mapped_column(String(255), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # 0002: when the password was last set, and the last successful login.
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class RecordRow(Base):
    """One child's detention. Child details are columns (searched, counted); answers JSON."""

    __tablename__ = "records"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    custody_number: Mapped[str] = mapped_column(String(40), unique=True)
    suite_code: Mapped[str] = mapped_column(ForeignKey("suites.code"))
    definition_id: Mapped[str] = mapped_column(String(80))
    definition_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    surname: Mapped[str] = mapped_column(String(200))
    surname_key: Mapped[str] = mapped_column(String(200))  # case-folded for indexed search
    forenames: Mapped[str] = mapped_column(String(200))
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    dob_status: Mapped[str] = mapped_column(String(20))
    gender: Mapped[str] = mapped_column(String(20))
    ethnicity_self_defined: Mapped[str] = mapped_column(String(200), default="")
    ethnicity_category: Mapped[str] = mapped_column(String(20))
    answers: Mapped[dict[str, Any]] = mapped_column(JSONDocument, default=dict)
    # Denormalised from the timeline so lists and the board need no event scan.
    arrival_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    signed_content_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    events: Mapped[list[EventRow]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="EventRow.at"
    )
    signoffs: Mapped[list[SignOffRow]] = relationship(
        cascade="all, delete-orphan", order_by="SignOffRow.at"
    )
    amendments: Mapped[list[AmendmentRow]] = relationship(
        cascade="all, delete-orphan", order_by="AmendmentRow.at"
    )

    # SQLAlchemy refuses a flush whose version moved underneath it: the last line of
    # defence against two terminals overwriting each other.
    __mapper_args__ = {"version_id_col": version}
    # The paging indexes carry the id too, so a page deep in 100,000 records is found
    # by walking the index alone before the 100 rows are fetched.
    __table_args__ = (
        Index("ix_records_arrival", "arrival_at", "id"),
        Index("ix_records_suite_arrival", "suite_code", "arrival_at", "id"),
        Index("ix_records_surname_key", "surname_key"),
        Index("ix_records_suite_released", "suite_code", "released_at"),
        Index("ix_records_status", "status"),
    )


class EventRow(Base):
    """A timeline event. The key starts with the record so that, on SQLite, a record's
    events are stored together (WITHOUT ROWID) and need no separate index."""

    __tablename__ = "events"

    record_id: Mapped[str] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    details: Mapped[dict[str, Any]] = mapped_column(JSONDocument, default=dict)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    record: Mapped[RecordRow] = relationship(back_populates="events")
    __table_args__ = ({"sqlite_with_rowid": False},)


class SignOffRow(Base):
    __tablename__ = "signoffs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_name: Mapped[str] = mapped_column(String(200))
    rank: Mapped[str] = mapped_column(String(40), default="")
    collar_number: Mapped[str] = mapped_column(String(40), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    acknowledgements: Mapped[dict[str, str]] = mapped_column(JSONDocument, default=dict)
    # 0002: the login name of who acted (separation of duties compares these), and for a
    # sign-off the signed content itself, so the original stays recoverable after amendments.
    username: Mapped[str] = mapped_column(String(80), default="", server_default="")
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument, nullable=True)


class AmendmentRow(Base):
    __tablename__ = "amendments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_name: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument, default=list)
    username: Mapped[str] = mapped_column(String(80), default="", server_default="")  # 0002


class AuditEntryRow(Base):
    """Append-only log (DPA 2018 s.62). Each entry's hash chains to the previous one."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    user_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40), index=True)
    record_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSONDocument, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class DipSampleRow(Base):
    __tablename__ = "dip_samples"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    drawn_at: Mapped[datetime] = mapped_column(UTCDateTime)
    drawn_by: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    suites: Mapped[list[str]] = mapped_column(JSONDocument, default=list)
    seed: Mapped[str] = mapped_column(String(64))
    algorithm: Mapped[str] = mapped_column(String(80))
    population: Mapped[list[str]] = mapped_column(JSONDocument, default=list)
    criteria_id: Mapped[str] = mapped_column(String(80), default="")
    criteria_version: Mapped[int] = mapped_column(Integer, default=1)


class DipSampleItemRow(Base):
    __tablename__ = "dip_sample_items"

    sample_id: Mapped[str] = mapped_column(
        ForeignKey("dip_samples.id", ondelete="CASCADE"), primary_key=True
    )
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    scores: Mapped[dict[str, Any]] = mapped_column(JSONDocument, default=dict)
    grade: Mapped[str | None] = mapped_column(String(40), nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    scored_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    scored_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class InstallationSecretRow(Base):
    """Per-installation secrets kept in the database, never in the repository or a file
    another terminal cannot see (e.g. the key for pseudonymised exports)."""

    __tablename__ = "installation_secrets"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
