"""Alembic environment: always runs on a connection handed in by ``store.migrate``."""

from alembic import context

from ekinerja_desktop.store import models  # noqa: F401  (registers every table)
from ekinerja_desktop.store.base import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
