"""Alembic environment: the connection is handed in by ``storage.database.upgrade``."""

from alembic import context

from valuation_spiders.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the project's own upgrade() runs migrations
    raise RuntimeError("run migrations through `scrapy initdb` or a crawl")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
