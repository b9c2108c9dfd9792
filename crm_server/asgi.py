"""The ASGI application for `uvicorn crm_server.asgi:app` (several workers, or behind a process manager)."""

from crm_server.app import create_app
from crm_server.settings import ServerSettings

app = create_app(ServerSettings.from_env())
