"""The background sync runner backs off while the server cannot be reached: one retry pending at a
time, waits doubling from 30 s to 10 min, a server's Retry-After respected, all reset by a success."""

from __future__ import annotations

import random

from crm_desktop.controllers.sync.controller import SyncAccount, SyncReport, SyncStatus
from crm_desktop.gui.shell.jobs import JobRunner
from crm_desktop.gui.sync.runner import OFFLINE, RETRY_MAX_MS, RETRY_OFFLINE_MS, UP_TO_DATE, SyncRunner, retry_delay_ms
from crm_desktop.sync.transport import OfflineError, ThrottledError


class FlakyServer:
    """A sync controller whose rounds fail with the errors queued in `failures`, then succeed."""

    def __init__(self, failures: list[Exception]) -> None:
        self.failures, self.rounds = failures, 0

    def is_logged_in(self) -> bool:
        return True

    def account(self):
        return SyncAccount("https://crm.example.cn", "wang", "u1", "d1")

    def status(self) -> SyncStatus:
        return SyncStatus(self.account(), 0, 0, None)

    def sync(self, state=None) -> SyncReport:
        self.rounds += 1
        if self.failures:
            raise self.failures.pop(0)
        return SyncReport()

    def wait_for_changes(self, timeout: float) -> bool:
        raise OfflineError("no long-poll in this test")

    def interrupt(self) -> None:
        pass


def test_retry_waits_double_up_to_ten_minutes_with_jitter():
    rng = random.Random(1)
    delays = [retry_delay_ms(n, rng) for n in range(1, 10)]
    assert RETRY_OFFLINE_MS * 0.8 <= delays[0] <= RETRY_OFFLINE_MS * 1.2
    assert RETRY_OFFLINE_MS * 1.6 <= delays[1] <= RETRY_OFFLINE_MS * 2.4
    assert all(d <= RETRY_MAX_MS * 1.2 for d in delays) and delays[-1] >= RETRY_MAX_MS * 0.8


def test_the_runner_backs_off_respects_retry_after_and_resets_after_a_success(qtbot):
    server = FlakyServer([OfflineError("down"), OfflineError("down"), ThrottledError(900)])
    jobs = JobRunner()
    runner = SyncRunner(server, jobs)
    runner._long_poll = lambda: None  # the test drives the rounds itself
    try:
        intervals = []
        for expected_rounds in (1, 2, 3):
            runner.sync_now()
            qtbot.waitUntil(lambda n=expected_rounds: server.rounds == n and not runner._running)
            assert runner.state == OFFLINE and runner.retry_timer.isActive()
            intervals.append(runner.retry_timer.interval())
        assert intervals[0] < intervals[1]  # backing off
        assert intervals[2] >= 900_000  # the server asked for 15 minutes: more than the backoff says
        runner.sync_now()
        qtbot.waitUntil(lambda: server.rounds == 4 and not runner._running)
        assert runner.state == UP_TO_DATE and runner.failures == 0 and not runner.retry_timer.isActive()
    finally:
        runner.stop()
        jobs.shutdown(wait=True)


def test_the_status_button_counts_attachment_files_after_the_records(qtbot):
    from crm_desktop.gui.sync.status import SyncStatusButton

    button = SyncStatusButton()
    qtbot.addWidget(button)
    button.show_progress("files", 3, 120)
    assert button.text() == "Attachments… 3 of 120 files"
    button.show_progress("pull", 1500, 0)
    assert button.text() == "Receiving… 1,500 changes"
