from services.common.backoff import Backoff


def test_waits_double_up_to_the_cap_and_start_over_after_a_success():
    backoff = Backoff(first_s=0.25, cap_s=5.0)
    assert [backoff.failed() for _ in range(7)] == [0.25, 0.5, 1.0, 2.0, 4.0, 5.0, 5.0]
    backoff.succeeded()
    assert backoff.failed() == 0.25


def test_a_long_outage_stays_at_the_cap():
    backoff = Backoff(first_s=1.0, cap_s=10.0)
    for _ in range(5000):  # 2**4999 would not even fit a float
        backoff.failed()
    assert backoff.failed() == 10.0
