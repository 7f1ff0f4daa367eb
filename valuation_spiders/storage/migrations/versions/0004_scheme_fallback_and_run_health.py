"""HTTPS-first fallback for scheme-less URLs, and crawl-health checks on the run

``company_urls.scheme_given``: whether the source wrote the URL with its scheme (a URL written
without one is tried on https, then once on http). ``company_urls.working_scheme``: the scheme
that answered last time for a scheme-less URL, so the next run goes straight to it.
``processing_runs.health``: the crawl-health checks of the run (which passed, which failed).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("company_urls", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scheme_given", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column("working_scheme", sa.String(10), nullable=True))
    with op.batch_alter_table("processing_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("health", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("processing_runs", schema=None) as batch_op:
        batch_op.drop_column("health")
    with op.batch_alter_table("company_urls", schema=None) as batch_op:
        batch_op.drop_column("working_scheme")
        batch_op.drop_column("scheme_given")
