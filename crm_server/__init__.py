"""The private-cloud sync server: FastAPI over PostgreSQL (SQLite for a one-box trial)."""

from crm_protocol.envelope import SCHEMA_VERSION

# Sync schema versions this server serves: the current one, and the previous one once there is one.
SERVER_SCHEMA_VERSIONS: tuple[int, ...] = (SCHEMA_VERSION,)
