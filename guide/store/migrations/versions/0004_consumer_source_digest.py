"""consumer source digest

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 08:00:00.000000

`consumers.source_digest` is the digest of what a consumer's stored plan was made from: the bundle's bytes, the code
and libraries that parse, render and redact it, the knowledge base's clinical words and the plan's pseudonyms
(guide/careplan/importer.py `_source_digest`). A re-import of a bundle whose digest is unchanged writes nothing and loads no
model (issue 19). Existing rows start empty, so their next import runs in full once and records it. ADD COLUMN works
in place on SQLite and PostgreSQL alike.
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('consumers', recreate='never') as batch_op:
        batch_op.add_column(sa.Column('source_digest', sa.String(length=64), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('consumers', recreate='never') as batch_op:
        batch_op.drop_column('source_digest')
