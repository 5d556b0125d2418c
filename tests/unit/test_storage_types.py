"""The JSON document column type: JSON on SQLite, JSONB on PostgreSQL, the PostgreSQL
dialect imported only when it is used, and PostgreSQL statements the same as with
SQLAlchemy's own ``JSON().with_variant(JSONB(), "postgresql")``."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import JSON, insert, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.postgresql import JSONB, psycopg
from sqlalchemy.schema import CreateTable

from custody_checklist.storage.models import UserRow
from custody_checklist.storage.types import JSONDocument

PLAIN_VARIANT = JSON().with_variant(JSONB(), "postgresql")


def test_postgresql_gets_jsonb_columns_and_jsonb_casts() -> None:
    dialect = psycopg.dialect()
    assert "roles JSONB NOT NULL" in str(CreateTable(UserRow.__table__).compile(dialect=dialect))
    statement = str(insert(UserRow).values(username="x", roles=["a"]).compile(dialect=dialect))
    assert "%(roles)s::JSONB" in statement
    assert "%(roles_1)s::JSONB" in str(select(UserRow.id).where(UserRow.roles == ["a"]).compile(dialect=dialect))


def test_sqlite_gets_json_columns() -> None:
    assert "roles JSON NOT NULL" in str(CreateTable(UserRow.__table__).compile(dialect=sqlite.dialect()))


def test_the_loaded_postgresql_type_behaves_as_jsonb() -> None:
    dialect = psycopg.dialect()
    ours, theirs = JSONDocument.dialect_impl(dialect), PLAIN_VARIANT.dialect_impl(dialect)
    for flag in ("render_bind_cast", "render_literal_cast", "hashable", "should_evaluate_none"):
        assert getattr(ours, flag) == getattr(theirs, flag), flag
    value = {"a": [1, None, "x"]}
    assert type(ours.bind_processor(dialect)(value)) is type(theirs.bind_processor(dialect)(value))
    for flag in ("hashable", "should_evaluate_none"):  # the column's own type: plain JSON
        assert getattr(JSONDocument, flag) == getattr(PLAIN_VARIANT, flag), flag


def test_the_models_do_not_import_the_postgresql_dialect() -> None:
    code = ("import sys\nimport custody_checklist.storage.models\n"
            "print('sqlalchemy.dialects.postgresql' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
