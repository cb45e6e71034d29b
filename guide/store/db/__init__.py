"""Relational persistence: SQLAlchemy models, engine and migrations."""
