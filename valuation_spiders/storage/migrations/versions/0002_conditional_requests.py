"""Conditional requests (not_modified) and leaner snapshot indexes

A re-crawl adds one snapshot row per URL: two indexes that duplicated the leading column of
others (run_id, covered by uq_snapshots_run_url) or served only rare report queries
(company_id) cost more per row than they saved.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("website_snapshots", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("not_modified", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.drop_index("ix_website_snapshots_run_id")
        batch_op.drop_index("ix_website_snapshots_company_id")


def downgrade() -> None:
    with op.batch_alter_table("website_snapshots", schema=None) as batch_op:
        batch_op.create_index("ix_website_snapshots_company_id", ["company_id"], unique=False)
        batch_op.create_index("ix_website_snapshots_run_id", ["run_id"], unique=False)
        batch_op.drop_column("not_modified")
