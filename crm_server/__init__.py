"""The private-cloud sync server: FastAPI over PostgreSQL (SQLite for a one-box trial)."""

SERVER_SCHEMA_VERSIONS = (1,)  # sync schema versions this server serves (current and previous)
