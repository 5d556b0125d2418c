"""Column types shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlalchemy.types import TypeDecorator, TypeEngine


class _PostgresJSONB(TypeDecorator[Any]):
    """PostgreSQL's JSONB, its dialect imported only when a PostgreSQL database is used.

    ``sqlalchemy.dialects.postgresql`` (with its asyncpg, pg8000 and psycopg drivers'
    modules) cost every start of the app on SQLite about 40 ms for a type it never used.
    """

    impl = JSON
    cache_ok = True

    # TypeDecorator passes on only what TypeEngine does not define itself, so these flags
    # of the loaded JSONB are passed on here: without them the psycopg driver's
    # ``%(x)s::JSONB`` casts were missing from statements (tests/unit/test_storage_types.py).
    @property
    def render_bind_cast(self) -> bool:  # type: ignore[override]
        return bool(self.impl_instance.render_bind_cast)

    @property
    def render_literal_cast(self) -> bool:  # type: ignore[override]
        return bool(self.impl_instance.render_literal_cast)

    @property
    def hashable(self) -> bool:  # type: ignore[override]
        return bool(self.impl_instance.hashable)

    @property
    def should_evaluate_none(self) -> bool:  # type: ignore[override]
        return bool(self.impl_instance.should_evaluate_none)

    def load_dialect_impl(self, dialect: Any) -> TypeEngine[Any]:
        from sqlalchemy.dialects.postgresql import JSONB

        return dialect.type_descriptor(JSONB())


# JSONB on PostgreSQL (indexable, compact); JSON text on SQLite.
JSONDocument = JSON().with_variant(_PostgresJSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """An instant stored as naive UTC and always returned as an aware UTC datetime.

    Storing naive UTC behaves the same on SQLite (no time zone support) and PostgreSQL,
    and refusing naive input stops a local wall time being stored as if it were UTC.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("refusing to store a datetime without a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)
