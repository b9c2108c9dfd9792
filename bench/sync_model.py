"""The long profile of the model-based sync test (tests/sync/model_machine.py): many runs of random
work on several laptops against a real PostgreSQL server, each checked after quiescence. Prints the
runs, steps, acknowledged writes and invariants checked, and what broke (lost, duplicates, forks:
all must be 0), with Hypothesis's shrunk example when something does."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring
from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import run_state_machine_as_test

from bench.server_load import test_postgres_url
from tests.fakes import MemoryKeyring
from tests.sync.model_machine import Company, SyncModel


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 runs of 20 steps (smoke test)")
    parser.add_argument("--runs", type=int, default=None, help="examples (default 200)")
    parser.add_argument("--steps", type=int, default=None, help="steps per example (default 60)")
    parser.add_argument("--seed", type=int, default=None, help="Hypothesis seed (default: random)")
    parser.add_argument("--no-shrink", action="store_true", help="report a failure as found, without shrinking it")
    args = parser.parse_args()
    args.runs = args.runs or (3 if args.quick else 200)
    args.steps = args.steps or (20 if args.quick else 60)
    return args


def main() -> int:
    args = parse_args()
    keyring.set_keyring(MemoryKeyring())  # the laptops' tokens survive a restart, as in an OS keyring
    with tempfile.TemporaryDirectory(prefix="crm-model-bench-") as folder:
        company = Company.prepare(test_postgres_url(), Path(folder))
        SyncModel.company = company
        started, failure = time.perf_counter(), None
        try:
            phases = [p for p in Phase if p is not Phase.shrink or not args.no_shrink]
            run = settings(max_examples=args.runs, stateful_step_count=args.steps, deadline=None, database=None,
                           suppress_health_check=list(HealthCheck), print_blob=True, phases=phases)
            if args.seed is not None:
                from hypothesis import seed as with_seed

                run_state_machine_as_test(with_seed(args.seed)(SyncModel), settings=run)
            else:
                run_state_machine_as_test(SyncModel, settings=run)
        except AssertionError as error:  # the shrunk example is printed by Hypothesis
            failure = str(error).splitlines()[0]
        finally:
            company.close()
    f = company.figures
    elapsed = time.perf_counter() - started
    print(json.dumps({
        "bench": "sync_model", "n": f.runs, "runs": f.runs, "steps": f.steps, "edits": f.edits, "syncs": f.syncs,
        "acknowledged_writes": f.acknowledged, "outcomes": dict(f.outcomes), "restores": f.restores,
        "copies": f.copies, "withdrawn_by_restore": f.withdrawn, "records_compared": f.records_compared,
        "invariants_checked": f.runs * 5, "lost": f.lost, "duplicates": f.duplicates, "forks": f.forks,
        "differences": f.differences, "guarded_overwritten": f.guarded_overwritten,
        "seconds": round(elapsed, 1), "failure": failure}, ensure_ascii=False), flush=True)
    return 1 if failure else 0


if __name__ == "__main__":
    sys.exit(main())
