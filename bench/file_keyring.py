"""A keyring for benchmarks only: secrets in the JSON file $CRM_BENCH_KEYRING (bench/startup.py gives a
child process the encrypted bench store's key the way the OS keyring gives it to a rep's app)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class BenchFileKeyring(KeyringBackend):
    priority = 1

    @property
    def _file(self) -> Path:
        return Path(os.environ["CRM_BENCH_KEYRING"])

    def _read(self) -> dict:
        return json.loads(self._file.read_text()) if self._file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._read()
        secrets[f"{service}/{username}"] = password
        self._file.write_text(json.dumps(secrets))

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._read()
        secrets.pop(f"{service}/{username}", None)
        self._file.write_text(json.dumps(secrets))
