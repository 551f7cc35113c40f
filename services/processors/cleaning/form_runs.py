"""A form's messages taken for the story: a login, registration or newsletter form sets its
hints and error messages as short sentences ("Please enter an e-mail address.", "The password
must be at least 8 characters long."), many of them once per step of the form, so the same
line recurs on the page. A run of prose where a good share of the paragraphs recur word for word
is such a form (a story does not repeat its paragraphs); when it outweighs a story set under its
own header above it (a headline and a byline, then a paragraph or two), the story is the page's.

Runs are [start, end) index pairs over a page's blocks, weighed as in story_runs.py. Shape only:
no word list, any language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.story_runs import RUN_HEADER_LOOKBACK, heaviest_prefix

FORM_PARAGRAPHS_MIN = 6  # prose blocks of a form's run: a few repeated lines in a story are quotes
REPEATED_SHARE = 0.4  # of them recurring word for word elsewhere on the page
REPEATED_WORDS_MIN = 3


def is_form_run(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], weights: Sequence[float], run: tuple[int, int]
) -> bool:
    """The run's unmarked prose (positive weight, stating: a question recurs as a guide's heading
    under its table of contents) counts FORM_PARAGRAPHS_MIN blocks or more and REPEATED_SHARE of
    them or more recur word for word on the page."""
    counts = Counter(b.norm for b in blocks if b.n_words >= REPEATED_WORDS_MIN)
    prose = [i for i in range(*run) if verdicts[i] is None and weights[i] > 0 and _states(blocks[i])]
    if len(prose) < FORM_PARAGRAPHS_MIN:
        return False
    repeated = sum(1 for i in prose if counts[blocks[i].norm] > 1)
    return repeated >= REPEATED_SHARE * len(prose)


def story_above_form(
    main: tuple[int, int],
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    weights: Sequence[float],
    headers: Sequence[tuple[int, int]],
    stamped: Sequence[bool],
    min_weight: float,
) -> tuple[int, int] | None:
    """The run under the last story header above ``main`` when ``main`` is a form's run
    (``is_form_run``) with no stamp in the RUN_HEADER_LOOKBACK blocks above it: the heaviest run
    opening at most RUN_HEADER_LOOKBACK blocks under the header's stamp, ending above ``main`` and
    weighing ``min_weight`` or more. None when there is no such story."""
    start, _ = main
    if any(stamped[max(start - RUN_HEADER_LOOKBACK, 0) : start]):
        return None
    if not is_form_run(blocks, verdicts, weights, main):
        return None
    for _, stamp in reversed([h for h in headers if h[1] < start]):
        window = weights[stamp + 1 : min(stamp + 1 + RUN_HEADER_LOOKBACK, start)]
        opening = next((k for k, w in enumerate(window) if w > 0), None)
        if opening is None:
            continue
        first = stamp + 1 + opening
        end, weight = heaviest_prefix(weights[:start], first)
        return (first, end) if weight >= min_weight else None
    return None


def _states(block: Block) -> bool:
    """A sentence that ends on a full stop, not a question or an exclamation."""
    return block.sentence and block.text.rstrip().endswith(".")
