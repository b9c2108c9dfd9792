"""Every bench script runs at its --quick size and prints performance.md's JSON line."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("script", ["search.py", "customer_list.py", "startup.py", "import_export.py", "pipeline.py",
                                    "tickets.py", "dashboard.py", "segments.py"])
def test_bench_quick(script):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(ROOT / "bench" / script), "--quick"],
                            capture_output=True, text=True, timeout=600, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = (json.loads(line) for line in result.stdout.splitlines() if line.startswith("{"))
    records = {r["bench"]: r for r in lines if "bench" in r}
    name = script.removesuffix(".py")
    # Search, the list and start-up also run on an SQLCipher copy and print that figure too.
    names = [name, f"{name}_encrypted"] if name in ("search", "customer_list", "startup") else [name]
    for bench in names:
        final = records[bench]
        assert final["n"] == (500 if script == "import_export.py" else 5000)  # export of a tenth of the store
        assert final["p50_ms"] > 0 and final["p95_ms"] >= final["p50_ms"]
        assert final["floor_ms"] > 0 and final["ratio"] > 0
