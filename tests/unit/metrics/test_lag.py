"""Consumer lag gauges: high watermark minus position, per topic and partition."""

from typing import NamedTuple

from services.common.lag import LagSampler, partition_lags
from services.common.metrics import create_metrics


class TP(NamedTuple):
    topic: str
    partition: int


def test_lag_is_highwater_minus_position_and_unknown_partitions_are_left_out():
    ends = {TP("raw", 0): 10, TP("raw", 1): None, TP("raw", 2): 5, TP("raw", 3): 7}
    at = {TP("raw", 0): 4, TP("raw", 1): 0, TP("raw", 2): 9, TP("raw", 3): None}

    def highwater(tp):
        if tp.partition == 4:
            raise AssertionError("no longer assigned")
        return ends[tp]

    lags = partition_lags([*ends, TP("raw", 4)], highwater, at.get)
    assert lags == {("raw", 0): 6, ("raw", 2): 0}


def test_the_sampler_removes_the_series_of_partitions_no_longer_held():
    metrics = create_metrics()
    sampler = LagSampler(metrics.consumer_lag)
    sampler.sample([TP("raw", 0), TP("raw", 1)], lambda tp: 10, lambda tp: 3)
    get = metrics.registry.get_sample_value
    assert get("copydesk_consumer_lag_records", {"topic": "raw", "partition": "1"}) == 7
    sampler.sample([TP("raw", 0)], lambda tp: 10, lambda tp: 9)
    assert get("copydesk_consumer_lag_records", {"topic": "raw", "partition": "0"}) == 1
    assert get("copydesk_consumer_lag_records", {"topic": "raw", "partition": "1"}) is None
