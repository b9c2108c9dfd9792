"""Record ids: UUIDv7 text, unique and ascending within a process, never shared with a forked child."""

import os
import threading
import uuid

import pytest

from crm_protocol.ids import new_id, random_hex


def test_ids_are_version_7_with_the_rfc_variant():
    for _ in range(1000):
        parsed = uuid.UUID(new_id())
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122


def test_ids_ascend_and_never_repeat_even_past_the_counter():
    ids = [new_id() for _ in range(20_000)]  # more than 4,096 ids in one millisecond borrow the next one
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_threads_never_draw_the_same_id():
    found: list[list[str]] = [[] for _ in range(4)]

    def draw(out: list[str]) -> None:
        out.extend(new_id() for _ in range(5_000))

    threads = [threading.Thread(target=draw, args=(out,)) for out in found]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [i for out in found for i in out]
    assert len(set(everything)) == len(everything)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_a_forked_child_draws_other_random_bits_than_its_parent():
    random_hex(16)  # the parent's buffer is filled
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.write(write, random_hex(64).encode())
        os._exit(0)
    os.close(write)
    child = os.read(read, 64).decode()
    os.waitpid(pid, 0)
    assert child != random_hex(64)
