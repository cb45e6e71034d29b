"""Local servers for tests and benchmarks: PostgreSQL and a Chroma server from the machine's own binaries, and an
OpenAI-compatible chat server. Not part of the service; nothing here downloads anything."""
