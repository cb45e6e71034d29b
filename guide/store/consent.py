"""Consent: which care-plan sections each designee may see, as the consumer (or an admin) grants them.

A change applies on the designee's next turn (the pipeline reads scopes fresh every turn) and survives
a re-import of the FHIR bundle (`scopes_set_in_app`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from guide.careplan.model import ALWAYS_SHARED, Section
from guide.errors import InvalidInputError, NotFoundError
from guide.store.db.models import DesigneeRow
from guide.store.db.session import Database

GRANTABLE: tuple[Section, ...] = tuple(s for s in Section if s not in ALWAYS_SHARED)


@dataclass(frozen=True)
class DesigneeConsent:
    """One designee and the sections granted."""

    designee_id: str
    display_name: str
    relationship: str
    scopes: frozenset[str]
    set_in_app: bool


class Consent:
    """Reads and changes designees' scopes."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def designees(self, consumer_id: str) -> list[DesigneeConsent]:
        """The consumer's designees and what each may see."""
        with self.db.session() as s:
            rows = s.scalars(select(DesigneeRow).where(DesigneeRow.consumer_id == consumer_id).order_by(DesigneeRow.id))
            return [
                DesigneeConsent(
                    r.id, r.display_name, r.relationship_label or "", frozenset(r.scopes), r.scopes_set_in_app
                )
                for r in rows
            ]

    def set_scopes(self, consumer_id: str, designee_id: str, scopes: set[str]) -> tuple[set[str], set[str]]:
        """Grant exactly these sections; returns (granted, revoked) compared with before."""
        unknown = scopes - {s.value for s in GRANTABLE}
        if unknown:
            raise InvalidInputError(f"unknown scope: {', '.join(sorted(unknown))}")
        with self.db.session() as s:
            row = s.get(DesigneeRow, designee_id)
            if row is None or row.consumer_id != consumer_id:
                raise NotFoundError("no such designee")
            before = set(row.scopes)
            row.scopes = sorted(scopes)
            row.scopes_set_in_app = True
        return scopes - before, before - scopes
