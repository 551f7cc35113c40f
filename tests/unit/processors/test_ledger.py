"""The offset ledger commits only over settled records, from the position it was based at."""

from services.processors.ledger import OffsetLedger


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def based(position=10, clock=None):
    ledger = OffsetLedger(clock or Clock())
    ledger.assign({"p": position})
    return ledger


def test_position_moves_over_consecutive_settled_offsets_only():
    ledger = based(10)
    for offset in (10, 11, 13, 14):
        ledger.settle("p", offset)
    assert ledger.position("p") == 12  # 12 is not settled: nothing at or above it may be committed
    ledger.settle("p", 12)
    assert ledger.position("p") == 15


def test_a_run_starting_one_above_the_base_is_not_committable():
    # faust's own rule committed 16 here: the run 11..15 is consecutive, and 10 was never acked
    ledger = based(10)
    for offset in range(11, 16):
        ledger.settle("p", offset)
    assert ledger.position("p") == 10


def test_a_never_committed_partition_starts_at_its_base_not_at_its_first_settled_record():
    ledger = based(0)
    for offset in (5, 6, 7):
        ledger.settle("p", offset)
    assert ledger.position("p") == 0


def test_settlements_below_the_base_or_for_unheld_partitions_are_ignored():
    ledger = based(10)
    ledger.settle("p", 3)
    ledger.settle("q", 0)
    assert ledger.position("p") == 10
    assert ledger.position("q") is None
    assert ledger.partitions() == ["p"]


def test_revoke_then_reassign_rebases_and_forgets_settled_work():
    ledger = based(10)
    ledger.settle("p", 12)
    ledger.revoke(["p"])
    ledger.settle("p", 10)  # work finished after the revocation does not count
    assert ledger.position("p") is None
    ledger.assign({"p": 11})
    ledger.settle("p", 11)
    assert ledger.position("p") == 12  # 12 was forgotten with the old assignment


def test_a_partition_with_settled_records_above_its_position_is_stalled_after_the_delay():
    clock = Clock()
    ledger = based(10, clock)
    ledger.settle("p", 12)
    assert ledger.stalled(5, lambda p, pos: False) == {}
    clock.now = 6
    assert ledger.stalled(5, lambda p, pos: False) == {"p": 10}
    assert ledger.stalled(5, lambda p, pos: False) == {}  # reported once per delay
    clock.now = 12
    assert ledger.stalled(5, lambda p, pos: False) == {"p": 10}


def test_a_partition_is_stalled_when_records_wait_on_the_broker_and_nothing_moves():
    clock = Clock()
    ledger = based(10, clock)
    clock.now = 6
    assert ledger.stalled(5, lambda p, pos: False) == {}  # idle and caught up: not stalled
    assert ledger.stalled(5, lambda p, pos: pos < 20) == {"p": 10}


def test_progress_restarts_the_stall_timer():
    clock = Clock()
    ledger = based(10, clock)
    clock.now = 4
    ledger.settle("p", 10)
    clock.now = 6
    assert ledger.stalled(5, lambda p, pos: True) == {}


def test_within_its_generation_a_partition_resumes_at_its_first_unsettled_offset():
    ledger = OffsetLedger(Clock())
    ledger.assign({"p": 10, "q": 0}, generation=2)
    for offset in (10, 11, 13):
        ledger.settle("p", offset)
    assert ledger.resume_positions(2) == {"p": 12, "q": 0}
    ledger.revoke(["q"])
    assert ledger.resume_positions(2) == {"p": 12}  # revoked: stays out until the next generation
    assert ledger.resume_positions(3) is None  # a new generation is based from the group's commits
