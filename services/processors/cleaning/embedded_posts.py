"""An embedded social post in page text: its frame ("View this post on Instagram" over it, "A post
shared by Jane Doe (@janedoe) on ..." under it) and the post's own words between them.

The frame's two lines are share-widget furniture by their words (markers.json, in the main
European languages). The lines between them are the post's caption, as the page embeds it from
elsewhere (hashtags, emoji, a reposter's words), not the story's: a frame's head (a share widget
naming Instagram) with its credit (a share widget naming an "@" handle) at most POST_LINES
blocks under it marks the lines between as the embed's. Read after the story's runs are found.
"""

from __future__ import annotations

from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

POST_LINES = 6  # blocks from a frame's head to its credit: a caption of a few lines
_EMBED: RemovalReason = "share-widget"


def mark_embedded_posts(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Give "share-widget" to the unmarked lines between an embedded post's head and its credit."""
    for head, block in enumerate(blocks):
        if verdicts[head] != _EMBED or "instagram" not in block.tokens:
            continue
        for credit in range(head + 1, min(head + 1 + POST_LINES, len(blocks))):
            if verdicts[credit] == _EMBED and "(@" in blocks[credit].text:
                for i in range(head + 1, credit):
                    verdicts[i] = verdicts[i] or _EMBED
                break
