"""Redaction eval: a seeded synthetic corpus with gold spans, a sampler and pure metrics."""
