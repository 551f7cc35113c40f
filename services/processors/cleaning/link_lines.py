"""Link lines: blocks of trafilatura's text that are wholly the text of a link to another page.

trafilatura's text keeps no markup, so a related-stories list it lets through ("Read: ...",
"MORE: ...", three headlines under the story) reads like short paragraphs. The page's markup
still says which texts were links: ``link_texts`` collects them from the parsed page, and a block
is a link line when its normalised text is one of them; a labelled link line is a short label
("Read: ", "MORE: ", "Annie Lowrey: "), then a link, the label outside the link or inside it.
Links within the page (``#...``) and script links are no links to another page (a table of
contents, a heading's anchor) and are not collected.

``mark_link_lists`` gives "related-links" to the link lines that make a list, however the page
labels it:

- a labelled link line (a label of at most LABEL_WORDS_MAX words, then a link of at least
  LABELLED_MIN_WORDS words) anywhere: the story itself never writes "Read: <another page's title>";
- a run of RUN_MIN or more link lines in a row (blocks already removed between them do not break
  it) averaging RUN_WORDS_MIN words or more, not announced by a line ending in ``:``;
- the link lines after the story's last other kept block, when TAIL_RUN_MIN or more, or when the
  block right above them is already a related link or label: the list a page sets under its story.

A single unlabelled link line inside the story stays: a linked headline or a cited title is text;
and a text of link lines only (a links page) is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lxml import etree

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.signals import normalise

MIN_LINK_WORDS = 3  # shorter link texts ("Home", "Next page") are menu entries, which other rules read
MAX_LINK_CHARS = 400  # a longer "link" wraps a whole teaser or card; its text is no single line
MAX_LINKS = 5_000  # links read from one page: bounds the work on pathological pages
LABEL_WORDS_MAX = 3
LABEL_CHARS_MAX = 30
LABELLED_MIN_WORDS = 4
RUN_MIN = 3
RUN_WORDS_MIN = 5.0
TAIL_RUN_MIN = 2
_IN_PAGE = ("#", "javascript:", "mailto:", "tel:")


def link_texts(tree: etree._Element) -> frozenset[str]:
    """The normalised texts (see ``signals.normalise``) of the page's links to other pages: ``a``
    elements with an ``href`` that is not in-page (``#...``) nor a script, mail or phone link, of
    MIN_LINK_WORDS to MAX_LINK_CHARS; at most MAX_LINKS links are read."""
    texts: set[str] = set()
    for i, anchor in enumerate(tree.iter("a")):
        if i >= MAX_LINKS:
            break
        if not points_elsewhere(anchor):
            continue
        text = "".join(anchor.itertext())
        if len(text) > MAX_LINK_CHARS:
            continue
        norm = normalise(text)
        if norm.count(" ") + 1 >= MIN_LINK_WORDS:
            texts.add(norm)
    return frozenset(texts)


def points_elsewhere(anchor: etree._Element) -> bool:
    """Whether the ``a`` element links to another page: an ``href`` that is not in-page (``#...``)
    nor a script, mail or phone link."""
    href = (anchor.get("href") or "").strip().lower()
    return bool(href) and not href.startswith(_IN_PAGE)


def is_link_line(block: Block, links: frozenset[str]) -> bool:
    """Whether the whole block is the text of one link (bullets and punctuation aside)."""
    return bool(links) and block.norm in links


def is_labelled_link_line(block: Block, links: frozenset[str]) -> bool:
    """Whether the block is a short label, a colon, then the whole text of a link of at least
    LABELLED_MIN_WORDS words ("Read: Two disasters are worse than one")."""
    if not links or not block.labelled:
        return False
    colon = block.text.find(":", 0, LABEL_CHARS_MAX + 3)
    if colon <= 0:
        return False
    if block.text.startswith("//", colon + 1):
        return False  # a bare address ("https://..."), no label
    label, rest = block.text[:colon], normalise(block.text[colon + 1 :])
    if len(label.split()) > LABEL_WORDS_MAX or rest.count(" ") + 1 < LABELLED_MIN_WORDS:
        return False
    return rest in links or block.norm in links  # the label outside the link or inside it


def mark_link_lists(blocks: Sequence[Block], verdicts: list[RemovalReason | None], links: frozenset[str]) -> None:
    """Give "related-links" to the unmarked link lines that make a list (see the module docstring)."""
    if not links:
        return
    kept = [i for i, v in enumerate(verdicts) if v is None]
    for i in kept:
        if is_labelled_link_line(blocks[i], links):
            verdicts[i] = "related-links"
    kept = [i for i in kept if verdicts[i] is None]
    lines = {i for i in kept if _is_list_item(blocks[i], links)}
    if len(lines) == len(kept):
        return  # nothing but links: a links page, or a story whose headlines are all linked
    for run in _runs(kept, lines):
        words = sum(blocks[i].n_words for i in run) / len(run)
        announced = _announced(blocks, verdicts, run[0])
        if len(run) >= RUN_MIN and words >= RUN_WORDS_MIN and not announced:
            _mark(verdicts, run)
    tail = _tail(kept, lines, verdicts)
    if len(tail) >= TAIL_RUN_MIN or tail and tail[0] > 0 and verdicts[tail[0] - 1] == "related-links":
        _mark(verdicts, tail)


def _is_list_item(block: Block, links: frozenset[str]) -> bool:
    return is_link_line(block, links) and not block.text.startswith("|")  # a table row is a table's


def _runs(kept: Sequence[int], lines: set[int]) -> Iterable[list[int]]:
    """Maximal runs of link lines among the kept blocks, in order."""
    run: list[int] = []
    for i in kept:
        if i in lines:
            run.append(i)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _announced(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], first: int) -> bool:
    """Whether the kept block before the run ends in ':' (the story announcing a list of its own)."""
    for i in range(first - 1, -1, -1):
        if verdicts[i] is None:
            return blocks[i].text.rstrip().endswith(":")
    return False


def _tail(kept: Sequence[int], lines: set[int], verdicts: Sequence[RemovalReason | None]) -> list[int]:
    """The link lines after the last kept block that is no link line (none when the last is one)."""
    tail: list[int] = []
    for i in reversed(kept):
        if verdicts[i] is not None:
            continue
        if i not in lines:
            break
        tail.append(i)
    return tail[::-1]


def _mark(verdicts: list[RemovalReason | None], indices: Iterable[int]) -> None:
    for i in indices:
        if verdicts[i] is None:
            verdicts[i] = "related-links"
