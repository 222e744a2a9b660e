"""Alembic environment: always run with a connection handed over by unionapp.storage.migrate."""

from alembic import context
from sqlmodel import SQLModel

import unionapp.models  # noqa: F401  (registers every table on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("unionapp migrations run only through unionapp.storage.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
