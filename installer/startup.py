"""Cold start to an interactive window, the bundle against the source install, on the same store.

    .venv/bin/python installer/startup.py STORE.db [--rounds 9]

Each round spawns the app with CRM_EXIT_WHEN_INTERACTIVE=1 (it prints "interactive" once the window is
shown and the event loop ran, then quits), alternating source and bundle so both see the same machine
load; one run of each first fills the page cache. Prints one JSON line: p50/p95 of each and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import smoke  # noqa: E402


def spawn_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    timer = threading.Timer(300, process.kill)  # a dialog waiting for a click would hang the run
    timer.start()
    for line in process.stdout:
        if line.startswith("interactive"):
            elapsed = (time.perf_counter() - started) * 1000
            break
    else:
        raise RuntimeError(f"{command[0]} never became interactive")
    process.wait(timeout=60)
    timer.cancel()
    return elapsed


def percentile(values: list[float], p: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path, help="a plain (unencrypted) store, e.g. made by crm demo")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    # Settings of their own: a plain store would otherwise be met by the offer to encrypt it, a dialog
    # nobody clicks offscreen.
    config = Path(tempfile.mkdtemp(prefix="fieldcrm-startup-"))
    (config / "FieldCRM").mkdir()
    (config / "FieldCRM" / "FieldCRM.conf").write_text("[security]\noffer_encryption=0\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_EXIT_WHEN_INTERACTIVE="1", XDG_CONFIG_HOME=str(config))
    commands = {
        "source": [sys.executable, str(ROOT / "main.py"), "--db", str(args.store)],
        "bundle": [str(smoke.bundle_executable(ROOT / "dist")), "--db", str(args.store)],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        spawn_ms(command, env)  # warm the page cache (and matplotlib's font cache) once
    for _ in range(args.rounds):
        for name, command in commands.items():
            times[name].append(spawn_ms(command, env))
    result = {name: {"p50_ms": round(statistics.median(t)), "p95_ms": round(percentile(t, 95)),
                     "min_ms": round(min(t))} for name, t in times.items()}
    result["rounds"] = args.rounds
    result["ratio_p50"] = round(result["bundle"]["p50_ms"] / result["source"]["p50_ms"], 2)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
