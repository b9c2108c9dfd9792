"""Cold start to an interactive window at 1,000,000 contacts: a new process each round, from
spawn until the window is shown and the event loop has run (page cache warm, as after a
previous run). Floor: a bare PySide6 process showing an empty window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, bench_store, emit, parse_args, percentile

ROUNDS = 7
FLOOR = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.show()
QTimer.singleShot(0, lambda: (print("interactive", flush=True), app.quit()))
app.exec()
"""


def spawn_ms(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=env, cwd=ROOT)
    for line in process.stdout:
        if line.startswith("interactive"):
            elapsed = (time.perf_counter() - started) * 1000
            break
    else:
        raise RuntimeError("the app never became interactive")
    process.wait(timeout=60)
    return elapsed


def main() -> None:
    args = parse_args(__doc__)
    db = bench_store(args.size, args.fresh)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_EXIT_WHEN_INTERACTIVE="1")
    app = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
    spawn_ms(app, env)  # first run fills the OS page cache
    times = [spawn_ms(app, env) for _ in range(ROUNDS)]
    floors = [spawn_ms([sys.executable, "-c", FLOOR], env) for _ in range(ROUNDS)]
    emit("startup", args.size, p50_ms=percentile(times, 50), p95_ms=percentile(times, 95),
         floor_ms=percentile(floors, 95))


if __name__ == "__main__":
    main()
