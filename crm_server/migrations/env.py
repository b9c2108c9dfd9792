"""Alembic environment of the server: runs on the connection handed over (never reads a URL)."""

from alembic import context

from crm_server.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
