"""Offline public-suffix lookups: tldextract from its bundled snapshot, never the network."""

from __future__ import annotations

from functools import lru_cache

import tldextract

# Top-level names reserved for examples and tests (RFC 2606, RFC 6761): no registry sells them, so the public suffix
# list leaves them out, yet an address written with one ('bokoro57@mailbox.example') is an address all the same
RESERVED_SUFFIXES = ("example", "test", "invalid", "localhost")


@lru_cache(maxsize=1)
def offline_extractor() -> tldextract.TLDExtract:
    """A TLDExtract that reads only the snapshot shipped in the wheel and caches nothing; the reserved names count."""
    return tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True, extra_suffixes=RESERVED_SUFFIXES
    )


def has_public_suffix(text: str) -> bool:
    """True when the host part of an email or URL ends in a real public suffix or a reserved one."""
    host = text.rsplit("@", 1)[-1]
    return offline_extractor()(host).fqdn != ""
