"""The article's runs of prose read against story headers (story_headers.py): which run is the
page's story, which prose belongs to it across its byline or across a list set in its middle,
and which runs are other stories.

Runs are [start, end) index pairs over a page's blocks, scored by the classifier's weights (prose
positive, furniture negative, page chrome CHROME_WEIGHT). Pure functions on plain sequences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from events.models import RemovalReason
from services.processors.cleaning.blocks import Block
from services.processors.cleaning.closing_prompts import speaks_to_reader
from services.processors.cleaning.headline_lists import is_headline_shaped
from services.processors.cleaning.product_boxes import box_end

CHROME_WEIGHT = -2.0  # a block of page chrome (menus, lists, notices) in the run scores
HEADER_BREAK = -1000.0  # a story header's headline: no run of prose reaches across it
CHROME_LOOKBACK = 40
RUN_HEADER_LOOKBACK = 8  # blocks between a story header's last stamp and its first paragraph
HEADED_GAP_MAX = 16  # blocks between a header's stamp and its story's first run: share bar, captions, tags
HEADED_PROSE_MAX = 4.0  # prose weight between them: less than a paragraph (the share bar's row of labels)
LIST_BLOCKS_MAX = 12  # a list set inside a story: its label and its items (with teasers, if any)
TEASER_WORDS_MAX = 40  # a card list's teaser; a paragraph after a list of teasers that is longer is the story's
BANNER_OUTWEIGHS_MAX = 5.0  # a banner over a short story outweighs it a little, never many times over
RESUMED_SHARE = 0.34  # a resumed paragraph has at least this share of the words of the story's typical paragraph
_LIST_VERDICTS = frozenset({"related-links", "navigation", "publication-stamp"})
_HEADER_VERDICTS = frozenset({"navigation", "publication-stamp", "byline"})  # what a story's header ends with
PARAGRAPH_WORDS_MIN = 8
RESUMES_MAX = 6  # lists a story's prose is followed across: a page sets few inside one story
_EDGE_PUNCTUATION = "\"'“”‘’.,;:!?()[]«»"
GAP_BLOCKS_MAX = 24  # short lines between two of the story's runs: its lists and their subheadings
SITE_PROSE_MAX = 2  # paragraphs of a site's "about us" or newsletter pitch under a list at the page's end


def break_at_headers(weights: list[float], headers: Sequence[tuple[int, int]]) -> None:
    """Set HEADER_BREAK on the headline of every story header that follows page chrome: no run of
    prose reaches across another story's header. A header straight after prose is left alone (a
    linked headline with its byline inside the story)."""
    for headline, _ in headers:
        if after_chrome(weights, headline):
            weights[headline] = HEADER_BREAK


def after_chrome(weights: Sequence[float], at: int) -> bool:
    """Page chrome (a block weighing CHROME_WEIGHT) lies between block ``at`` and the prose above it
    (read over at most CHROME_LOOKBACK blocks: the scan stays linear on a page of many headers)."""
    for i in range(at - 1, max(at - 1 - CHROME_LOOKBACK, -1), -1):
        if weights[i] > 0:
            return False
        if weights[i] == CHROME_WEIGHT:
            return True
    return False


def story_under_header(
    main: tuple[int, int],
    headers: Sequence[tuple[int, int]],
    weights: Sequence[float],
    stamped: Sequence[bool],
    min_weight: float,
) -> tuple[int, int]:
    """``main``, the densest run, or the story the page sets under its first header after it: when
    ``main`` has no stamp at its top (``stamped_at_top``) and page chrome lies between
    it and a later story header, the heaviest run opening at most RUN_HEADER_LOOKBACK blocks under
    that header's stamp and weighing ``min_weight`` or more is the article (a consent banner or a
    notice above a short story outweighs it, but is not joined to its headline). A run more than
    BANNER_OUTWEIGHS_MAX times as heavy as that one is no banner: it is the story, and the run under
    the later header a teaser or a box of the site's. Nor is a run under a header of its own: the
    densest run a header heads (``heads_run``) is that header's story (an author box's "More from"
    line and its date under it head no newsletter's terms further down)."""
    start, end = main
    if is_headed(main, headers, weights, stamped):
        return main
    for headline, stamp in headers:
        if headline < end or CHROME_WEIGHT not in weights[end:headline]:
            continue
        window = weights[stamp + 1 : stamp + 1 + RUN_HEADER_LOOKBACK]
        opening = next((k for k, w in enumerate(window) if w > 0), None)
        if opening is None:
            return main
        first = stamp + 1 + opening
        end_at, best = heaviest_prefix(weights, first)
        outweighed = sum(weights[start:end]) > BANNER_OUTWEIGHS_MAX * best
        return (first, end_at) if best >= min_weight and not outweighed else main
    return main


def headed_opening(
    main: tuple[int, int],
    headers: Sequence[tuple[int, int]],
    weights: Sequence[float],
    stamped: Sequence[bool],
    runs: Callable[[int, int], list[tuple[int, int]]],
    same_story: Callable[[tuple[int, int], tuple[int, int]], bool],
) -> tuple[int, int] | None:
    """The opening of the story whose densest run ``main`` no header heads (``is_headed``): the
    run a story header above ``main`` heads (``heads_run``; ``runs(low, high)`` gives the runs
    between its stamp and ``main``), when ``same_story`` reads it as about the same thing as
    ``main``. Only the header nearest above ``main`` is read. A comparison table or a box of
    products set between a story's first paragraphs and the rest leaves the heavier rest
    unheaded, and the opening, under the story's own headline, too light to be kept as a run of
    its own."""
    stamps = [stamp for _, stamp in headers if stamp < main[0]]
    if not stamps or is_headed(main, headers, weights, stamped):
        return None
    stamp = max(stamps)
    return next(
        (
            run
            for run in sorted(runs(stamp + 1, main[0]))
            if heads_run(stamp, run[0], weights) and same_story(run, main)
        ),
        None,
    )


def is_headed(
    run: tuple[int, int], headers: Sequence[tuple[int, int]], weights: Sequence[float], stamped: Sequence[bool]
) -> bool:
    """``run`` is a story's: a stamp stands at its top (``stamped_at_top``) or a story header heads
    it (``heads_run``)."""
    return stamped_at_top(stamped, run) or any(heads_run(stamp, run[0], weights) for _, stamp in headers)


def heads_run(stamp: int, start: int, weights: Sequence[float]) -> bool:
    """The header whose last stamp is block ``stamp`` heads the run opening at ``start``: the run
    opens at most RUN_HEADER_LOOKBACK blocks under it, or at most HEADED_GAP_MAX blocks with less
    than HEADED_PROSE_MAX of prose between (a share bar and a photo's credits)."""
    if not stamp < start <= stamp + HEADED_GAP_MAX:
        return False
    return (
        start - stamp <= RUN_HEADER_LOOKBACK or sum(w for w in weights[stamp + 1 : start] if w > 0) < HEADED_PROSE_MAX
    )


def across_byline(
    spans: list[tuple[int, int]],
    main: tuple[int, int],
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    weights: Sequence[float],
    limit: int,
    min_weight: float,
) -> list[tuple[int, int]]:
    """``spans`` with the prose under the story's byline when ``main`` ends above it, however short:
    a page that sets its lead above the byline and the rest under it, the lead the heavier part
    ("Nach einer Wahl ...", "Von Tim Ehlers", "Veröffentlicht am ...", share buttons, "Weil es zu
    viele sind ..."). (Above ``main`` the same shape is a standfirst, which is left to the share
    rule.) The gap is at most RUN_HEADER_LOOKBACK blocks of furniture with a byline among
    them (a date alone heads a comment as often) and no unmarked headline-shaped block (which would
    open another story); the run taken weighs at least ``min_weight`` (a paragraph)."""
    end = main[1]
    covered = {i for s, e in spans for i in range(s, e)}
    found: list[tuple[int, int]] = []
    after = next((i for i in range(end, min(end + RUN_HEADER_LOOKBACK + 1, limit)) if weights[i] > 0), None)
    if after is not None and after not in covered and _is_byline_gap(blocks, verdicts, end, after):
        stop, weight = heaviest_prefix(weights[:limit], after)
        if weight >= min_weight:
            found.append((after, stop))
    return sorted(spans + found) if found else spans


def across_lists(
    spans: list[tuple[int, int]],
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    weights: Sequence[float],
    section_end: Callable[[int], int],
) -> list[tuple[int, int]]:
    """``spans`` (in order) with the story's prose after a list set in its middle: while the last
    span ends at a list (``resumes_after_list``) and the story's paragraphs resume under it, the
    heaviest run opening there, up to ``section_end(at)`` (the next comments or related section
    from ``at``), is the story's too, unless it is the site's own prose (``_is_site_prose``), which
    ends the following. The list itself stays outside."""
    if not spans:
        return spans
    spans = list(spans)
    for _ in range(RESUMES_MAX):
        start, end = spans[0][0], spans[-1][1]
        at = resumes_after_list(blocks, verdicts, end, _typical_words(blocks, verdicts, start, end))
        if at is None:
            break
        stop, _ = heaviest_prefix(weights[: max(section_end(at + 1), at + 1)], at)
        if _is_site_prose(
            blocks, verdicts, at, stop, _names(blocks[i] for i in range(start, end) if verdicts[i] is None)
        ):
            break
        spans.append((at, stop))
    return spans


def _is_site_prose(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], start: int, stop: int, story_names: set[str]
) -> bool:
    """The run under a list is the site's own words, not the story resuming: at most SITE_PROSE_MAX
    paragraphs, every one speaking to the reader or as "we" ("We are an independent newsroom ...",
    "Our newsletter brings you ..."), and none sharing a name or a figure with the story (a writer's
    "we" goes on about the story's people and numbers; a site's pitch does not)."""
    paragraphs = [blocks[i] for i in range(start, stop) if _is_story_paragraph(blocks[i], verdicts[i])]
    if not 0 < len(paragraphs) <= SITE_PROSE_MAX or not all(map(speaks_to_reader, paragraphs)):
        return False
    return story_names.isdisjoint(_names(paragraphs))


def _names(blocks: Iterable[Block]) -> set[str]:
    """The words of ``blocks`` that name or count: capitalised past a line's first word, or holding a digit."""
    found = set()
    for block in blocks:
        for word in block.text.split()[1:]:
            word = word.strip(_EDGE_PUNCTUATION)
            if word[:1].isupper() or any(c.isdigit() for c in word):
                found.add(word)
    return found


def resumes_after_list(
    blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], at: int, typical_words: float
) -> int | None:
    """Where the story's prose resumes under a list opening at block ``at``, else None.

    The list is 2 to LIST_BLOCKS_MAX blocks marked as list or menu lines (a label, its items, a
    card's date), one of them or more "related-links", with no other furniture among them; or a
    lone "related-links" line (a "Read also" whose one headline the story's run took in above it)
    over a paragraph longer than TEASER_WORDS_MAX words, which no teaser is; or a shop box
    (product_boxes.py: short lines around a price) with a story paragraph right under it. The
    block right under it is an unmarked paragraph (a sentence of PARAGRAPH_WORDS_MIN words or more,
    at least RESUMED_SHARE of ``typical_words``, the story's median paragraph) and the list's last
    block is no stamp, byline or kicker (a paragraph under those is another story's, under its own
    header). When the list holds teasers (items that are no headlines), the paragraph is a teaser
    too unless it runs past TEASER_WORDS_MAX words or another paragraph follows it."""
    end = at
    while end < len(blocks) and end - at < LIST_BLOCKS_MAX and verdicts[end] in _LIST_VERDICTS:
        end += 1
    boxed = box_end(blocks, verdicts, at)
    if boxed is not None and boxed < len(blocks) and _is_story_paragraph(blocks[boxed], verdicts[boxed]):
        end = boxed  # a shop box: the story resumes under it
    elif end >= len(blocks) or "related-links" not in verdicts[at:end]:
        return None
    if end - at < 2 and blocks[end].n_words <= TEASER_WORDS_MAX:
        return None  # a lone label over a paragraph a teaser's length: the teaser of its link
    if verdicts[end - 1] in _HEADER_VERDICTS or not _is_story_paragraph(blocks[end], verdicts[end]):
        return None
    if blocks[end].n_words < RESUMED_SHARE * typical_words:
        return None
    teasers = any(verdicts[i] == "related-links" and blocks[i].sentence for i in range(at, end))
    if teasers and blocks[end].n_words <= TEASER_WORDS_MAX:
        following = end + 1 < len(blocks) and _is_story_paragraph(blocks[end + 1], verdicts[end + 1])
        if not following:
            return None
    return end


def _is_story_paragraph(block: Block, verdict: RemovalReason | None) -> bool:
    return verdict is None and block.sentence and block.n_words >= PARAGRAPH_WORDS_MIN


def _typical_words(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], start: int, end: int) -> float:
    """The median word count of the story's paragraphs in [start, end); 0 when it has none."""
    counts = sorted(
        b.n_words for b, v in zip(blocks[start:end], verdicts[start:end], strict=True) if _is_story_paragraph(b, v)
    )
    return float(counts[len(counts) // 2]) if counts else 0.0


def _is_byline_gap(blocks: Sequence[Block], verdicts: Sequence[RemovalReason | None], low: int, high: int) -> bool:
    gap = range(low, high)
    return any(verdicts[i] == "byline" for i in gap) and not any(
        verdicts[i] is None and blocks[i].n_words >= 3 and is_headline_shaped(blocks[i]) for i in gap
    )


def first_story(
    spans: list[tuple[int, int]],
    headers: Sequence[tuple[int, int]],
    weights: Sequence[float],
    stamped: Sequence[bool],
    same_story: Callable[[tuple[int, int], tuple[int, int]], bool] = lambda run, story: False,
) -> list[tuple[int, int]]:
    """``spans`` (in order) around the first headed one, the page's story: without the runs above
    it with page chrome (a block weighing CHROME_WEIGHT) between them and its header and no stamp
    (``stamped_at_top``: a consent banner, a notice, a sidebar's prose, not joined to the story's
    headline; a story whose own header went unseen has its date or byline above it or under its
    standfirst), and without the runs
    after it that open under a story header of their own with page chrome between the header and
    the run before. A run is headed when a header's last stamp lies at most RUN_HEADER_LOOKBACK
    blocks above it, below the run before. A run above the story that ``same_story(run, story)``
    reads as about the same thing as the first headed run is kept: the story's opening, cut off
    from the rest by a box of other stories' cards set inside it, whose dates and bylines read as
    a header."""
    heads: list[int | None] = []
    previous_end = 0
    for s, e in spans:
        heads.append(
            next(
                (h for h, stamp in headers if previous_end <= h and heads_run(stamp, s, weights)),
                None,
            )
        )
        previous_end = e
    first = next((k for k, header in enumerate(heads) if header is not None), None)
    if first is None:
        return spans
    story_header = heads[first]
    if story_header is None:  # never: ``first`` indexes a headed run
        return spans
    kept: list[tuple[int, int]] = []
    for k, ((s, e), header) in enumerate(zip(spans, heads, strict=True)):
        if (
            k < first
            and CHROME_WEIGHT in weights[e:story_header]
            and not stamped_at_top(stamped, (s, e))
            and not same_story((s, e), spans[first])
        ):
            continue
        if k > first and header is not None and CHROME_WEIGHT in weights[kept[-1][1] : header]:
            continue
        kept.append((s, e))
    return kept


def stamped_at_top(stamped: Sequence[bool], run: tuple[int, int]) -> bool:
    """A stamp (story_headers.is_stamp) in the RUN_HEADER_LOOKBACK blocks above the run or in its
    first RUN_HEADER_LOOKBACK blocks: the run is a story whose own header the page text hides (its
    date or byline set above it, or under its standfirst), not a banner or a sidebar's prose."""
    start, end = run
    return any(stamped[max(start - RUN_HEADER_LOOKBACK, 0) : min(start + RUN_HEADER_LOOKBACK, end)])


def heaviest_prefix(weights: Sequence[float], start: int) -> tuple[int, float]:
    """(end, weight) of the heaviest run of ``weights`` that opens at ``start``."""
    total, best, best_end = 0.0, float("-inf"), start + 1
    for i in range(start, len(weights)):
        total += weights[i]
        if total > best:
            best, best_end = total, i + 1
    return best_end, best


def across_gaps(
    spans: list[tuple[int, int]],
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    is_heading: Callable[[Block], bool],
    is_paragraph: Callable[[Block], bool],
) -> list[tuple[int, int]]:
    """``spans`` (in order) with every gap between two of them closed when it is the story's own
    lists (``_is_list_gap``). Its lines stay as marked; the unmarked ones (a job offer's duties, a
    list's subheadings) are the story's."""
    if not spans:
        return spans
    merged = [spans[0]]
    for start, end in spans[1:]:
        if _is_list_gap(blocks, verdicts, merged[-1][1], start, is_heading, is_paragraph):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def past_gaps(
    spans: list[tuple[int, int]],
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    weights: Sequence[float],
    is_heading: Callable[[Block], bool],
    is_paragraph: Callable[[Block], bool],
    about_story: Callable[[Block, list[tuple[int, int]]], bool],
    section_end: Callable[[int], int],
) -> list[tuple[int, int]]:
    """``spans`` (in order) with the story's prose under a list its last span ends at: while the
    blocks after the last span up to the next unmarked paragraph are a list gap (``_is_list_gap``)
    and that paragraph is ``about_story``, the heaviest run opening at it, up to
    ``section_end(at)``, is the story's too, however light (the story's last paragraphs under its
    list of steps, tools or requirements). Under lines read as links, a lone paragraph of at most
    TEASER_WORDS_MAX words is a linked headline's teaser, not the story's. The gap joins the story
    as in ``across_gaps``."""
    spans = list(spans)
    for _ in range(RESUMES_MAX):
        if not spans:
            break
        low = spans[-1][1]
        at = next((i for i in range(low, min(low + GAP_BLOCKS_MAX + 1, len(blocks))) if is_paragraph(blocks[i])), None)
        if at is None or at == low or verdicts[at] is not None or not blocks[at].sentence:
            break
        if not _is_list_gap(blocks, verdicts, low, at, is_heading, is_paragraph) or not about_story(blocks[at], spans):
            break
        linked = "related-links" in verdicts[low:at]
        if (
            linked
            and blocks[at].n_words <= TEASER_WORDS_MAX
            and not (at + 1 < len(blocks) and is_paragraph(blocks[at + 1]))
        ):
            break  # a linked headline's teaser: one short paragraph under the links
        stop, weight = heaviest_prefix(weights[: max(section_end(at + 1), at + 1)], at)
        if weight <= 0:
            break
        spans[-1] = (spans[-1][0], stop)
    return spans


def _is_list_gap(
    blocks: Sequence[Block],
    verdicts: Sequence[RemovalReason | None],
    low: int,
    high: int,
    is_heading: Callable[[Block], bool],
    is_paragraph: Callable[[Block], bool],
) -> bool:
    """Blocks [low, high) are a story's lists: at most GAP_BLOCKS_MAX, none a paragraph
    (``is_paragraph``), each unmarked or read as a list of links by its shape alone
    ("related-links" on a line that is no section heading, ``is_heading``). A heading, a stamp, a
    byline or any other furniture makes them no story's list."""
    return high - low <= GAP_BLOCKS_MAX and all(
        not is_paragraph(blocks[i])
        and (verdicts[i] is None or verdicts[i] == "related-links" and not is_heading(blocks[i]))
        for i in range(low, high)
    )
