"""The model-based sync test, bounded for `make test`: random steps on laptops of a company with a
real PostgreSQL server, and the sync promise checked after quiescence (tests/sync/model_machine.py;
bench/sync_model.py runs the long profile)."""

from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.sync.model_machine import Company, SyncModel


def test_random_work_on_several_laptops_never_loses_forks_or_duplicates_an_edit(pg_url, tmp_path):
    company = Company.prepare(pg_url, tmp_path)
    SyncModel.company = company
    try:
        run_state_machine_as_test(SyncModel, settings=settings(
            max_examples=8, stateful_step_count=40, deadline=None, database=None, derandomize=True,
            # A failure is reported with its steps; shrinking it would take minutes of real syncs.
            phases=(Phase.explicit, Phase.generate), suppress_health_check=list(HealthCheck)))
    finally:
        company.close()
    figures = company.figures
    print(f"model: {figures.runs} runs, {figures.steps} steps, {figures.acknowledged} acknowledged writes, "
          f"{figures.records_compared} records compared; lost {figures.lost}, duplicates {figures.duplicates}, "
          f"forks {figures.forks}")
    assert figures.runs == 8 and figures.acknowledged > 0 and figures.records_compared > 0
