"""Title, text fingerprint and text length live with the page body; snapshots index by id

A re-crawl adds one snapshot row per URL, and most pages have not changed. The title, the text
fingerprint and the text length are facts of the body (one row per distinct body in
page_contents), so they move there and stop being copied into every snapshot. The index that
finds a URL's latest snapshot becomes (company_url_id, id): snapshots are inserted in the order
they are stored, so the id orders them, and the index no longer carries a timestamp per row.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_MOVED = ("title", "text_hash", "text_length")


def upgrade() -> None:
    with op.batch_alter_table("page_contents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title", sa.String(length=1000), nullable=True))
        batch_op.add_column(sa.Column("text_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("text_length", sa.Integer(), nullable=True))
    for column in _MOVED:
        op.execute(
            f"UPDATE page_contents SET {column} = (SELECT s.{column} FROM website_snapshots s "
            f"WHERE s.content_hash = page_contents.content_hash AND s.{column} IS NOT NULL "
            f"ORDER BY s.id DESC LIMIT 1)"
        )
    with op.batch_alter_table("website_snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_snapshots_url_fetched")
        batch_op.create_index("ix_snapshots_url_id", ["company_url_id", "id"], unique=False)
        for column in _MOVED:
            batch_op.drop_column(column)


def downgrade() -> None:
    with op.batch_alter_table("website_snapshots", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title", sa.String(length=1000), nullable=True))
        batch_op.add_column(sa.Column("text_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("text_length", sa.Integer(), nullable=True))
        batch_op.drop_index("ix_snapshots_url_id")
        batch_op.create_index("ix_snapshots_url_fetched", ["company_url_id", "fetched_at"], unique=False)
    for column in _MOVED:
        op.execute(
            f"UPDATE website_snapshots SET {column} = (SELECT c.{column} FROM page_contents c "
            f"WHERE c.content_hash = website_snapshots.content_hash)"
        )
    with op.batch_alter_table("page_contents", schema=None) as batch_op:
        for column in _MOVED:
            batch_op.drop_column(column)
