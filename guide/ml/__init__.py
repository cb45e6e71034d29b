"""Embeddings (MiniLM through ONNX Runtime, or an OpenAI-compatible endpoint), sentence similarity with its cache,
and the vector store (Chroma, embedded or a server)."""
