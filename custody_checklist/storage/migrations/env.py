"""Alembic environment: runs on the connection the app passes in (never a URL in a file)."""

from alembic import context

from custody_checklist.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through Database.upgrade / tests
    raise RuntimeError("run migrations through custody_checklist.storage.database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTER needs batch mode
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
