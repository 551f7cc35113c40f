"""Rights lines: a short block of trafilatura's text that opens with a copyright sign.

Pages set the holder of a picture's or the page's rights on a line of its own ("© Marcel
Burkhardt", "(c) Wiley-VCH", "© Frankfurter Allgemeine Zeitung GmbH 2020"), under a picture or
between the story and the page's tools; trafilatura keeps it as a paragraph, and the edge rules
(``classifier.mark_edge_furniture``) judge notices only among the story's last blocks. A block of at most
RIGHTS_WORDS_MAX words that opens with "©", "(c)" or "Copyright" names a rights holder, in any
language: ``mark_rights_lines`` gives it "legal". A longer block that opens so is a sentence about
rights, which the story may be about, and stays; so does the only kept block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

RIGHTS_WORDS_MAX = 12
REASON: RemovalReason = "legal"
_OPENS_WITH_RIGHTS = re.compile(r"\s*(?:©|\([cC]\)\s|Copyright\b)")


def mark_rights_lines(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give REASON to the unmarked blocks that are rights lines (see the module docstring),
    unless that would leave no kept block."""
    kept = [i for i, v in enumerate(verdicts) if v is None]
    found = [i for i in kept if blocks[i].n_words <= RIGHTS_WORDS_MAX and _OPENS_WITH_RIGHTS.match(blocks[i].text)]
    if len(found) < len(kept):
        for i in found:
            verdicts[i] = REASON
