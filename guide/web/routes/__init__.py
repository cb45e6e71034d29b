"""The HTTP routes, one module per feature: the JSON API, the knowledge search, and the pages (signing in, the
chat, the review queue, consent, the audit log, eval reports)."""
