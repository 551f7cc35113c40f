"""Salience: how central an entity is to the article, from where and how often it is mentioned.

News puts what matters first (the inverted pyramid) and repeats it, so the score mixes the
entity's share of mentions (relative to the most-mentioned entity) with how early its first
mention comes. Both parts are in [0, 1]; so is the weighted sum.
"""

from __future__ import annotations

FREQUENCY_WEIGHT = 0.6
POSITION_WEIGHT = 0.4


def salience(first_start: int, mention_count: int, body_length: int, max_mention_count: int) -> float:
    """Score in [0, 1] rounded to 4 places; raises ValueError on negative or inconsistent inputs."""
    if first_start < 0 or mention_count < 1 or max_mention_count < mention_count or body_length < 0:
        raise ValueError(
            f"invalid salience inputs: first_start={first_start}, mention_count={mention_count}, "
            f"body_length={body_length}, max_mention_count={max_mention_count}"
        )
    frequency = mention_count / max_mention_count
    position = 1.0 - min(first_start, body_length) / body_length if body_length else 1.0
    return round(FREQUENCY_WEIGHT * frequency + POSITION_WEIGHT * position, 4)
