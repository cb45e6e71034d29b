"""Offline public-suffix lookups: tldextract from its bundled snapshot, never the network."""

from __future__ import annotations

from functools import lru_cache

import tldextract


@lru_cache(maxsize=1)
def offline_extractor() -> tldextract.TLDExtract:
    """A TLDExtract that reads only the snapshot shipped in the wheel and caches nothing."""
    return tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


def has_public_suffix(text: str) -> bool:
    """True when the host part of an email or URL ends in a real public suffix."""
    host = text.rsplit("@", 1)[-1]
    return offline_extractor()(host).fqdn != ""
