"""A page's footer in page text: its legal links ("Impressum", "Datenschutz", "Privacy Policy",
"Terms of Use"), two of them a few lines apart, in the page's second half and under a story's
prose. The footer closes the page: what page text sets after it is an overlay (a cookie-consent
or login dialog), whose paragraphs can outweigh a short story above. The article is looked for
above the footer, as it is above a comments section.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

LINK_WORDS_MAX = 4  # a legal link's label: "Privacy Policy", "Terms and Conditions", "Mentions légales"
LINK_GAP = 3  # blocks from one legal link to the next within a footer


def footer_start(
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    prose_above: Sequence[float],
    min_prose: float,
) -> int:
    """The first legal link of the page's footer: a block marked "legal" of at most LINK_WORDS_MAX
    words with another such block within LINK_GAP blocks after it, in the page's second half, with
    ``min_prose`` of ``prose_above`` it (per block, the prose weight above it, as the caller reads
    it for a comments heading). The page's length when there is none."""
    for i, block in enumerate(blocks):
        if (
            2 * i >= len(blocks)
            and prose_above[i] >= min_prose
            and _is_legal_link(block, verdicts[i])
            and any(_is_legal_link(blocks[j], verdicts[j]) for j in range(i + 1, min(i + 1 + LINK_GAP, len(blocks))))
        ):
            return i
    return len(blocks)


def _is_legal_link(block: Block, verdict: RemovalReason | None) -> bool:
    return verdict == "legal" and not block.sentence and block.n_words <= LINK_WORDS_MAX
