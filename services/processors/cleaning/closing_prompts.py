"""A site's sign-up box at the end of page text: the prose a site sets between two of its prompts
("To view the full story, please subscribe ..." ... "If you're already a subscriber, log in ..."),
which reads as paragraphs but speaks to the reader, not about the story.

Between two blocks marked "subscription-prompt" at most BOX_BLOCKS apart, with no story paragraph
left under the lower one, taken pairwise upward from the page's last prompt (the box closes the page's text; a box in mid-story has the story's
paragraphs after it), the unmarked blocks are the box's too when at least half of their sentences
speak to the reader: a second-person or first-person-plural address, a site's imperative or a
site's service offered. A stretch that quotes anyone is the story's. Nothing here depends on the
page's language beyond the marker lists (markers.json).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.markers import addresses_reader, is_call_to_action, is_site_prompt

BOX_BLOCKS = 10  # blocks between a box's two prompts: its pitch, a short list of perks, a line or two
PROMPT: RemovalReason = "subscription-prompt"


def speaks_to_reader(block: Block) -> bool:
    """A site's words to its reader: an address, an imperative or a service offered."""
    tokens = block.tokens
    return addresses_reader(tokens) or is_call_to_action(tokens) or is_site_prompt(block.text, tokens)


def mark_closing_prompts(
    blocks: Sequence[Block],
    verdicts: list[RemovalReason | None],
    is_paragraph: Callable[[Block], bool],
) -> None:
    """Give PROMPT to the unmarked blocks between the page's last two prompts (see the module
    docstring). ``is_paragraph`` tells a story paragraph from a short line."""
    prompts = [i for i, v in enumerate(verdicts) if v == PROMPT]
    if len(prompts) < 2 or _has_story_after(blocks, verdicts, prompts[-1], is_paragraph):
        return
    for upper, lower in zip(prompts[-2::-1], prompts[:0:-1], strict=True):
        inside = range(upper + 1, lower)
        if len(inside) > BOX_BLOCKS:
            return
        open_blocks = [i for i in inside if verdicts[i] is None]
        sentences = [blocks[i] for i in open_blocks if blocks[i].sentence]
        if sentences and (
            any(text_quotes(blocks[i].text) for i in open_blocks)
            or 2 * sum(map(speaks_to_reader, sentences)) < len(sentences)
        ):
            return  # the story's words: the box, if any, lies below; pairs above are in the story
        for i in open_blocks:
            verdicts[i] = PROMPT


def text_quotes(text: str) -> bool:
    """Opens on a quotation mark: somebody's words, which a site's pitch does not carry."""
    return text[:1] in "\"“„«‘'"


def _has_story_after(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], at: int, is_paragraph: Callable[[Block], bool]
) -> bool:
    return any(verdicts[i] is None and is_paragraph(blocks[i]) for i in range(at + 1, len(blocks)))
