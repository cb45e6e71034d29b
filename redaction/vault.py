"""Server-side pseudonym vault: consistent, restorable placeholders for one conversation."""

from __future__ import annotations

import re
import threading
from typing import Any

from .models import KnownIdentifier

PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z_]*?)_(\d+)>")
_FORMAT_VERSION = 1


class PseudonymVault:
    """Maps identities to placeholders like <PERSON_1>; never leaves the server."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._by_key: dict[str, str] = {}
        self._values: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        self._known: list[KnownIdentifier] = []

    def placeholder(self, entity_type: str, key: str, canonical: str) -> str:
        """Return the placeholder for an identity, creating the next one for its type."""
        full_key = f"{entity_type}|{key}"
        with self._lock:
            existing = self._by_key.get(full_key) or self._same_person(entity_type, key)
            if existing is not None:
                return existing
            number = self._counters.get(entity_type, 0) + 1
            self._counters[entity_type] = number
            placeholder = f"<{entity_type}_{number}>"
            self._by_key[full_key] = placeholder
            self._values[placeholder] = canonical
            return placeholder

    def _same_person(self, entity_type: str, key: str) -> str | None:
        """'Okafor' after 'Chidi Okafor': reuse the one earlier name that contains these words."""
        if entity_type != "PERSON" or not key:
            return None
        words = set(key.split())
        matches = {
            placeholder
            for full_key, placeholder in self._by_key.items()
            if full_key.startswith("PERSON|") and words <= set(full_key[len("PERSON|") :].split())
        }
        return matches.pop() if len(matches) == 1 else None

    def remember(self, known: list[KnownIdentifier] | tuple[KnownIdentifier, ...]) -> None:
        """Keep known identifiers so later turns match them even if not passed again."""
        with self._lock:
            for item in known:
                if item.value.strip() and item not in self._known:
                    self._known.append(item)

    @property
    def known(self) -> tuple[KnownIdentifier, ...]:
        """Known identifiers remembered so far, in first-seen order."""
        with self._lock:
            return tuple(self._known)

    @property
    def placeholders(self) -> dict[str, str]:
        """Placeholder -> canonical real value (server-side use only)."""
        with self._lock:
            return dict(self._values)

    def restore(self, text: str) -> str:
        """Put the real values back for a reader who is allowed to see them."""
        with self._lock:
            values = dict(self._values)

        def _sub(match: re.Match[str]) -> str:
            return values.get(match.group(0), match.group(0))

        return PLACEHOLDER_RE.sub(_sub, text)

    def absorb(self, other: PseudonymVault) -> dict[str, str]:
        """Take in what `other` holds that this vault does not: `other` was copied from an earlier state of this one
        (a turn's copy, while another turn of the conversation wrote here). Each identity keeps the placeholder this
        vault already gives it, or gets the next free one; returns the placeholders of `other` that changed
        (old -> new), for renumbering the texts written with them (`renumber`)."""
        with other._lock:
            entries = [(key, placeholder, other._values[placeholder]) for key, placeholder in other._by_key.items()]
            known = list(other._known)
        renames: dict[str, str] = {}
        with self._lock:
            for full_key, placeholder, value in entries:
                entity_type, _, key = full_key.partition("|")
                mine = self.placeholder(entity_type, key, value)
                if mine != placeholder:
                    renames[placeholder] = mine
            self.remember(known)
        return renames

    def to_dict(self) -> dict[str, Any]:
        """Serialise to plain JSON types for server-side persistence."""
        with self._lock:
            keys_by_placeholder = {v: k for k, v in self._by_key.items()}
            return {
                "version": _FORMAT_VERSION,
                "entries": [
                    {"placeholder": p, "key": keys_by_placeholder[p], "value": v} for p, v in self._values.items()
                ],
                "counters": dict(self._counters),
                "known": [{"type": k.type, "value": k.value} for k in self._known],
            }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PseudonymVault:
        """Rebuild a vault saved with `to_dict`."""
        if data.get("version") != _FORMAT_VERSION:
            raise ValueError("unsupported vault format version")
        vault = cls()
        for entry in data.get("entries", []):
            vault._by_key[str(entry["key"])] = str(entry["placeholder"])
            vault._values[str(entry["placeholder"])] = str(entry["value"])
        vault._counters = {str(k): int(v) for k, v in data.get("counters", {}).items()}
        vault._known = [KnownIdentifier(str(k["type"]), str(k["value"])) for k in data.get("known", [])]
        return vault

    def __len__(self) -> int:
        return len(self._values)


def renumber(text: str, renames: dict[str, str]) -> str:
    """The text with each placeholder in `renames` replaced by its new one, all at once (so 3 -> 4 and 4 -> 5 do not
    chain)."""
    if not renames:
        return text
    return PLACEHOLDER_RE.sub(lambda m: renames.get(m.group(0), m.group(0)), text)
