"""The curated knowledge base: models, loading, validation, chunking."""
