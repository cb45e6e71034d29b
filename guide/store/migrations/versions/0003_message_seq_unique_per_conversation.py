"""message seq unique per conversation

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 10:00:00.000000

Concurrent turns in one conversation took `seq = len(messages)` and could write the same positions. Each
conversation now hands out positions from its own counter (`conversations.last_seq`), and a unique index on
(conversation_id, seq) makes a clash an error instead of an interleaved thread. Threads that already hold a clash
are renumbered before the index is created, each question followed by its own reply: a reply at seq n answers a
question at n - 1, and among clashing questions and replies the k-th written pairs with the k-th written.

No table is rebuilt: on SQLite a batch "move and copy" of `conversations` or `messages` would drop the old table
with foreign keys on, and ON DELETE CASCADE would empty `messages`, `review_items` and `feedback`. ADD COLUMN and
CREATE UNIQUE INDEX work in place on SQLite and PostgreSQL alike (recreate="never" refuses a rebuild outright).
"""
from collections.abc import Sequence
from typing import Any

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_messages = sa.table(
    'messages',
    sa.column('id', sa.String),
    sa.column('conversation_id', sa.String),
    sa.column('seq', sa.Integer),
    sa.column('role', sa.String),
    sa.column('created_at', sa.DateTime),
)


def upgrade() -> None:
    with op.batch_alter_table('conversations', recreate='never') as batch_op:
        batch_op.add_column(sa.Column('last_seq', sa.Integer(), nullable=False, server_default='0'))
    _renumber_clashes(op.get_bind())
    op.execute(
        "UPDATE conversations SET last_seq = COALESCE("
        "(SELECT MAX(messages.seq) FROM messages WHERE messages.conversation_id = conversations.id), 0)"
    )
    with op.batch_alter_table('messages', recreate='never') as batch_op:
        batch_op.create_index('uq_messages_conversation_seq', ['conversation_id', 'seq'], unique=True)


def _renumber_clashes(bind: sa.engine.Connection) -> None:
    """Give every message of a conversation that holds a duplicate seq its own position, questions and replies paired."""
    clashing = bind.execute(
        sa.select(_messages.c.conversation_id)
        .group_by(_messages.c.conversation_id, _messages.c.seq)
        .having(sa.func.count() > 1)
    ).scalars().unique().all()
    for conversation_id in clashing:
        rows = bind.execute(
            sa.select(_messages.c.id, _messages.c.seq, _messages.c.role)
            .where(_messages.c.conversation_id == conversation_id)
            .order_by(_messages.c.created_at, _messages.c.id)
        ).all()
        for position, message_id in enumerate(_thread_order(rows)):
            bind.execute(sa.update(_messages).where(_messages.c.id == message_id).values(seq=position))


def _thread_order(rows: Sequence[Any]) -> list[str]:
    """Message ids in thread order; `rows` (id, seq, role) come oldest first."""
    turns: dict[int, tuple[list[str], list[str], list[str]]] = {}
    for message_id, seq, role in rows:
        questions, replies, others = turns.setdefault(seq - 1 if role == 'assistant' else seq, ([], [], []))
        {'user': questions, 'assistant': replies}.get(role, others).append(message_id)
    order: list[str] = []
    for turn in sorted(turns):
        questions, replies, others = turns[turn]
        for k in range(max(len(questions), len(replies))):
            order += questions[k:k + 1] + replies[k:k + 1]
        order += others
    return order


def downgrade() -> None:
    with op.batch_alter_table('messages', recreate='never') as batch_op:
        batch_op.drop_index('uq_messages_conversation_seq')
    if op.get_bind().dialect.name == 'sqlite':  # in place (SQLite 3.35+); a batch rebuild would cascade deletes
        op.execute('ALTER TABLE conversations DROP COLUMN last_seq')
    else:
        op.drop_column('conversations', 'last_seq')
