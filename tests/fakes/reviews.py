"""The open review items of a store as rows, for tests that look at what a turn queued (the product reads the queue
through `guide.review.queue.ReviewQueue`)."""

from __future__ import annotations

from sqlalchemy import select

from guide.store.conversations import ConversationStore
from guide.store.db.models import ReviewItemRow


def review_items(store: ConversationStore, consumer_id: str | None = None) -> list[ReviewItemRow]:
    """Open review items, urgent first then oldest first."""
    with store.db.session() as s:
        query = select(ReviewItemRow).where(ReviewItemRow.status == "open")
        if consumer_id:
            query = query.where(ReviewItemRow.consumer_id == consumer_id)
        rows = list(s.scalars(query))
    return sorted(rows, key=lambda r: (r.urgency != "urgent", r.created_at))
