"""The ASGI application for `uvicorn crm_server.asgi:app` (several workers, or behind a process manager)."""

import sys

from crm_server.app import create_app
from crm_server.settings import ServerSettings

# Each worker process hands the GIL over sooner, as `crm-server serve` does (see cli._serve).
sys.setswitchinterval(0.001)
app = create_app(ServerSettings.from_env())
