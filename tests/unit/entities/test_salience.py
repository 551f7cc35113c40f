import pytest

from services.processors.entities.salience import salience


def test_early_and_frequent_scores_higher():
    lead = salience(first_start=0, mention_count=5, body_length=1000, max_mention_count=5)
    tail = salience(first_start=900, mention_count=1, body_length=1000, max_mention_count=5)
    assert lead == 1.0
    assert 0.0 <= tail < lead
    assert salience(0, 1, 1000, 5) > salience(500, 1, 1000, 5)
    assert salience(500, 3, 1000, 5) > salience(500, 1, 1000, 5)


def test_bad_inputs_are_named():
    with pytest.raises(ValueError, match="mention_count=0"):
        salience(0, 0, 10, 1)
