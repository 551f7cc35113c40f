"""Reader comment threads in page text, found by the cadence markup would have shown.

A comment opens with a head: a stamp line (a date or a clock time, in any language: its digits
carry it, not its words) next to a short name line (the commenter). One such pair is an
article's own byline and date; a thread is COMMENT_HEADS_MIN heads or more after the article's
first paragraph, naming two commenters or more, with a control between comments: a short line
that recurs from the first head on (the "Reply", "Like", "Report" under each comment, whatever
their language) standing right above a head. A table of names and dates has the first two but
not the third. Each head's two lines become "comments", and so does every recurring control. The structural pass then treats the thread like a
comments section: the article's prose run stops at it and nothing after it is taken for article.

A lone comment (``mark_lone_comment``) is one head of a bare name and a clock time or an age,
after two paragraphs of the story, with prose under it to the end of the page's prose.

A head may also stand on one line (``one_line_head``): one or two capitalised words (the name), a
word in lowercase (what they did: "a écrit", "schrieb", "dijo:", "wrote"), then a date, a clock
time or an age that ends the line ("Sophie a écrit le 3 mars à 09h40", "Peter schrieb am
03.03.2024 um 10:12", "Maria dijo: hace 3 horas"). No word list: the shape says it in any
language that writes names with a capital. A thread of such heads is COMMENT_HEADS_MIN or more of
them after the article's first paragraph that share the word after the name, name two people or
more, and have a comment between every two (at most COMMENT_BLOCKS_MAX blocks, one of them text).

A thread without controls is read from its heads alone when they say more than a table's rows do:
BARE_HEADS_MIN heads or more naming as many different people, the name on the same side of every stamp,
each stamp telling a clock time or an age ("3 godziny temu", "vor 2 Tagen", "hace 5 horas": a
short line of one small number and words, whose word at the far end from the number recurs on
the page; no word list, so any language), and a comment between every two heads (at most
COMMENT_BLOCKS_MAX blocks, one of them text). Ages counting up one by one (1, 2, 3) are steps or
ranks, not ages; a table of bare dates says nothing of a clock or an age.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block

COMMENT_HEADS_MIN = 2
STAMP_WORDS_MAX = 8
NAME_WORDS_MAX = 4
NAME_CHARS_MAX = 40
CONTROL_WORDS_MAX = 3
PROSE_WORDS_MIN = 8  # the article's first paragraph: heads above it are the article's own header
BARE_HEADS_MIN = 3
LONE_STORY_MIN = 2  # story paragraphs above a lone comment's head
COMMENT_BLOCKS_MAX = 6  # blocks between two bare heads: a comment's lines and a counter or two
AGE_WORDS = (2, 5)  # "3 hours ago", "il y a 2 heures"
AGE_CHARS_MAX = 32
STEPS_MIN = 3  # lines counting up one by one ("Step 1", "Step 2", "Step 3"): steps, not ages
_CLOCK = re.compile(r"\b\d{1,2}[:h.]\d\d\b")
_TIME_OF_DAY = re.compile(r"(?<![\d.])\d{1,2}[:h]\d\d(?![\d.:])")  # "08:15", "08h15"; not a date's "13.03"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NAME_VERDICTS = frozenset({None, "comments", "navigation", "byline"})
HEAD_LINE_WORDS = (3, 12)
HEAD_LEAD_WORDS = 4  # the word after the name and up to three more before the date ("a écrit le 3 mars")
HEAD_TAIL_WORDS = 2  # words after a one-line head's last number ("hace 3 horas", "9:40 am")
_HEAD_VERDICTS = frozenset({None, "comments", "publication-stamp", "byline", "other-furniture"})


def is_stamp_shaped(block: Block, verdict: RemovalReason | None) -> bool:
    """A short line stating when: a year or a clock time among few words, or a line the local pass
    found to be a publication stamp ("3 hours ago" included)."""
    if verdict == "publication-stamp":
        return True
    if block.sentence or block.n_words > STAMP_WORDS_MAX or verdict not in (None, "comments", "other-furniture"):
        return False
    return bool(_YEAR.search(block.text) or _CLOCK.search(block.text))


def is_name_shaped(block: Block, verdict: RemovalReason | None) -> bool:
    """A short line that may name a commenter ("Jane Doe", "jdoe42", "Jane Doe says:")."""
    return (
        verdict in _NAME_VERDICTS
        and not block.sentence
        and 1 <= block.n_words <= NAME_WORDS_MAX
        and len(block.text) <= NAME_CHARS_MAX
        and not is_stamp_shaped(block, None)
    )


def mark_comment_threads(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Mark the heads and recurring controls of a comment thread "comments", or the heads of a
    thread without controls (see the module docstring)."""
    first_prose = next(
        (i for i, b in enumerate(blocks) if verdicts[i] is None and b.sentence and b.n_words >= PROSE_WORDS_MIN), None
    )
    if first_prose is None:
        return
    heads = _heads(blocks, verdicts, first_prose, set())
    marked = _controlled_thread(blocks, verdicts, heads) or _one_line_thread(blocks, verdicts, first_prose)
    if not marked:
        ages = age_stamps(blocks, verdicts)
        bare = _heads(blocks, verdicts, first_prose, set(ages)) if ages else heads
        if _is_bare_thread(blocks, bare, ages):
            marked = {i for pair in bare for i in pair}
    for i in marked:
        verdicts[i] = "comments"


def mark_lone_comment(blocks: Sequence[Block], verdicts: list[RemovalReason | None]) -> None:
    """Mark "comments" a single reader comment under a story: a head of a bare name (no byline's
    "By"/"Von") and a stamp telling a clock time ("13.03.2024, 08:15", "à 08h15") or an age, after
    LONE_STORY_MIN paragraphs of the story, followed by prose that runs to the end of the page's
    prose (only furniture after it) and has no more words than the story's paragraphs above (a
    reader answers a story in fewer words; a post under its site's name and date, below a category's
    blurb, runs longer). One head only: with two or more it is a thread (see
    mark_comment_threads) or a live blog's entries."""
    first_prose = next(
        (i for i, b in enumerate(blocks) if verdicts[i] is None and b.sentence and b.n_words >= PROSE_WORDS_MIN), None
    )
    if first_prose is None:
        return
    ages = set(age_stamps(blocks, verdicts))
    heads = [
        (stamp, name)
        for stamp, name in _heads(blocks, verdicts, first_prose, ages)
        if verdicts[name] is None and (stamp in ages or _TIME_OF_DAY.search(blocks[stamp].text))
    ]
    if len(heads) != 1:
        return
    stamp, name = heads[0]
    top, bottom = min(stamp, name), max(stamp, name) + 1
    story = [i for i in range(top) if verdicts[i] is None and _is_prose(blocks[i])]
    comment = list(range(bottom, len(blocks)))
    prose = [i for i in comment if verdicts[i] is None and _is_prose(blocks[i])]
    if len(story) < LONE_STORY_MIN or not prose or prose[0] != bottom:
        return
    if _words(blocks, prose) > _words(blocks, story):
        return  # a post under its author's name and date, longer than the blurb above it: no reader's comment
    if any(verdicts[i] is None and blocks[i].sentence for i in range(prose[-1] + 1, len(blocks))):
        return  # the page's prose goes on: no comment at its end
    for i in [top, bottom - 1, *range(bottom, prose[-1] + 1)]:
        if verdicts[i] is None or i in (stamp, name):
            verdicts[i] = "comments"


def one_line_head(block: Block, verdict: RemovalReason | None) -> tuple[str, str] | None:
    """(name, word after it) of a line shaped like a comment's head on its own (see the module
    docstring), else None. No sentence; the name is the line's first one or two words when they
    open with a capital; the word after it is letters in lowercase; then, at most
    HEAD_LEAD_WORDS words on, a date or a time: a clock time, a date with its day ("03.03.2024",
    "March 3, 2024"; a year alone is a heading's), or one small number alone (an age: "hace 3
    horas", or a day: "le 3 mars"), with at most HEAD_TAIL_WORDS words after its last number."""
    if verdict not in _HEAD_VERDICTS or block.sentence:
        return None
    if not HEAD_LINE_WORDS[0] <= block.n_words <= HEAD_LINE_WORDS[1]:
        return None
    words = block.text.rstrip(" :").split()
    if len(words) < HEAD_LINE_WORDS[0] or not words[0][:1].isupper():
        return None
    size = 2 if words[1][:1].isupper() else 1
    verb = words[size].rstrip(":,")
    if not verb.isalpha() or not verb.islower():
        return None
    numbered = [k for k, w in enumerate(words) if any(c.isdigit() for c in w)]
    if not numbered or not size < numbered[0] <= size + HEAD_LEAD_WORDS:
        return None
    if len(words) - 1 - numbered[-1] > HEAD_TAIL_WORDS:
        return None
    age = len(numbered) == 1 and words[numbered[0]].isdigit() and len(words[numbered[0]]) <= 2
    dated = _YEAR.search(block.text) and (len(numbered) > 1 or not words[numbered[0]].isdigit())
    if not (age or dated or _CLOCK.search(block.text)):
        return None  # a year alone is a heading's ("Reforms in 1907"); a comment's date names its day
    return " ".join(words[:size]), verb


def _one_line_thread(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], first_prose: int) -> set[int]:
    """The heads of a thread of one-line heads (see the module docstring), else the empty set."""
    heads: dict[str, list[tuple[int, str]]] = {}
    for i in range(first_prose + 1, len(blocks)):
        head = one_line_head(blocks[i], verdicts[i])
        if head is not None:
            heads.setdefault(head[1], []).append((i, head[0]))
    marked: set[int] = set()
    for group in heads.values():
        if len(group) < COMMENT_HEADS_MIN or len({name for _, name in group}) < 2:
            continue
        gaps = [range(a + 1, b) for (a, _), (b, _) in zip(group, group[1:], strict=False)]
        if all(1 <= len(gap) <= COMMENT_BLOCKS_MAX and any(blocks[k].n_words >= 3 for k in gap) for gap in gaps):
            marked.update(i for i, _ in group)
    return marked


def _words(blocks: Sequence[Block], at: Sequence[int]) -> int:
    return sum(blocks[i].n_words for i in at)


def _is_prose(block: Block) -> bool:
    return block.sentence and block.n_words >= PROSE_WORDS_MIN


def _heads(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], first_prose: int, ages: set[int]
) -> list[tuple[int, int]]:
    """(stamp, name) positions of the comment heads after the article's first paragraph; ``ages``
    are more stamps."""
    heads: list[tuple[int, int]] = []
    for i in range(first_prose + 1, len(blocks)):
        if i not in ages and not is_stamp_shaped(blocks[i], verdicts[i]):
            continue
        for j in (i - 1, i + 1):
            if first_prose < j < len(blocks) and is_name_shaped(blocks[j], verdicts[j]):
                heads.append((i, j))
                break
    return heads


def _controlled_thread(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], heads: list[tuple[int, int]]
) -> set[int]:
    """The heads and recurring controls of a thread with controls, else the empty set."""
    names = Counter(blocks[name].norm for _, name in heads)
    if len(heads) < COMMENT_HEADS_MIN or len(names) < 2 or _is_column(names.most_common(1)[0][1], len(heads)):
        return set()  # one name over and over is a table's column label, not a thread's commenters
    in_heads = {i for pair in heads for i in pair}
    start = min(min(pair) for pair in heads)
    short = [
        i
        for i in range(start, len(blocks))
        if i not in in_heads and verdicts[i] in (None, "comments") and _is_control_shaped(blocks[i])
    ]
    recurring = Counter(blocks[i].norm for i in short)
    controls = {i for i in short if recurring[blocks[i].norm] >= 2}
    if not any(min(pair) - 1 in controls for pair in heads):
        return set()  # no control recurring between the comments: a table or a timeline, not a thread
    answered = _answered(heads, controls)
    if not answered:
        return set()  # heads sharing lines, with no control between any two: no thread to mark
    first = min(min(pair) for pair in answered)
    return {i for pair in answered for i in pair} | {i for i in controls if i > first}


def _answered(heads: list[tuple[int, int]], controls: set[int]) -> list[tuple[int, int]]:
    """The heads a control follows before the next head starts (or, for the last, anywhere after it):
    every comment of a thread ends on its "Reply". A stamp and a short line above the thread with
    no control under them (a schedule's date and step in the post) are no comment's head."""
    ordered = sorted(heads, key=min)
    ends = [min(pair) for pair in ordered[1:]] + [max(controls) + 1]
    return [pair for pair, end in zip(ordered, ends, strict=True) if any(max(pair) < c < end for c in controls)]


def age_number(block: Block, verdict: RemovalReason | None) -> tuple[int, str] | None:
    """(number, far word) of a line shaped like an age ("3 godziny temu": (3, "temu"); "vor 2 Tagen":
    (2, "vor")): AGE_WORDS words, no sentence, one number of one or two digits, the other words
    letters; the far word is the first one when the number is not first, else the last. None otherwise."""
    tokens = block.tokens
    if (
        verdict not in (None, "publication-stamp", "comments")
        or block.sentence
        or not AGE_WORDS[0] <= len(tokens) <= AGE_WORDS[1]
        or len(block.text) > AGE_CHARS_MAX
    ):
        return None
    numbers = [i for i, t in enumerate(tokens) if t.isdigit()]
    if len(numbers) != 1 or len(tokens[numbers[0]]) > 2:
        return None
    if not all(t.isalpha() for i, t in enumerate(tokens) if i != numbers[0]):
        return None
    far = tokens[-1] if numbers[0] == 0 else tokens[0]
    return int(tokens[numbers[0]]), far


def age_stamps(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None]) -> dict[int, int]:
    """Index -> number of every age-shaped line whose far word recurs on an age-shaped line of the
    page, unless that word's lines count up one by one down the page, STEPS_MIN of them or more
    ("Step 1", "Step 2", "Step 3": a how-to's steps, however few of them stand beside a short
    caption that reads like a commenter's name)."""
    shaped = {i: age_number(b, verdicts[i]) for i, b in enumerate(blocks)}
    found = {i: a for i, a in shaped.items() if a is not None}
    series: dict[str, list[int]] = {}
    for i in sorted(found):
        series.setdefault(found[i][1], []).append(found[i][0])
    steps = {word for word, numbers in series.items() if len(numbers) >= STEPS_MIN and _counts_up(numbers)}
    return {i: number for i, (number, word) in found.items() if len(series[word]) >= 2 and word not in steps}


def _counts_up(numbers: Sequence[int]) -> bool:
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _is_bare_thread(blocks: Sequence[Block], heads: list[tuple[int, int]], ages: dict[int, int]) -> bool:
    """Heads alone make a thread (see the module docstring)."""
    if len(heads) < BARE_HEADS_MIN or len({blocks[name].norm for _, name in heads}) < BARE_HEADS_MIN:
        return False
    if len({name - stamp for stamp, name in heads}) != 1:
        return False  # the name on both sides: rows of a table, not heads of comments
    if not all(stamp in ages or _CLOCK.search(blocks[stamp].text) for stamp, _ in heads):
        return False
    numbers = [ages[stamp] for stamp, _ in heads if stamp in ages]
    if len(numbers) == len(heads) and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return False  # 1, 2, 3: steps or ranks
    for (stamp, name), (next_stamp, next_name) in zip(heads, heads[1:], strict=False):
        gap = range(max(stamp, name) + 1, min(next_stamp, next_name))
        if not 1 <= len(gap) <= COMMENT_BLOCKS_MAX or all(blocks[i].n_words < 3 for i in gap):
            return False
    return True


def _is_column(top_count: int, heads: int) -> bool:
    """The commonest "name" heads most of the thread three times or more: a label, not a commenter."""
    return top_count >= 3 and 2 * top_count > heads


def _is_control_shaped(block: Block) -> bool:
    return not block.sentence and 1 <= block.n_words <= CONTROL_WORDS_MAX and bool(block.norm)
