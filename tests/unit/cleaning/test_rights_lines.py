"""Rights lines: a short block opening with a copyright sign is the rights holder's line."""

from __future__ import annotations

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_blocks
from services.processors.cleaning.rights_lines import RIGHTS_WORDS_MAX, mark_rights_lines

STORY = [
    "The lighthouse on the north cape was repainted this summer for the first time in thirty years.",
    "Volunteers scraped the old paint by hand, the keeper's association said on Monday.",
]


def _verdicts(lines: list[str]) -> list[str | None]:
    blocks = make_blocks(lines)
    verdicts: list = [None] * len(blocks)
    mark_rights_lines(blocks, verdicts)
    return verdicts


def test_short_lines_opening_with_a_copyright_sign_are_legal():
    for line in ("© Jane Example", "(c) Harbour Press", "Copyright 2021 Coastal Times Ltd", "©Harbour Trust 2020"):
        assert _verdicts([STORY[0], line, STORY[1]]) == [None, "legal", None], line


def test_long_sentences_about_rights_and_mid_line_signs_stay():
    long = "© " + " ".join(["word"] * RIGHTS_WORDS_MAX)
    sentence = "Copyright holders asked the court to rule on the lighthouse photographs before the summer season began."
    assert _verdicts([STORY[0], long, sentence, "Picture: Jane Example ©"]) == [None, None, None, None]


def test_the_only_kept_block_stays():
    assert _verdicts(["© Jane Example"]) == [None]


def test_html_path_drops_a_rights_line_inside_the_story():
    # Mid-story (not among the edge blocks, where the edge rules already judge notices).
    more = [
        "The paint was mixed to match the colour of the first coat, found under eleven later layers.",
        "A crane lifted the lantern room's new glass into place in the last week of the work.",
        "The keeper's association will open the tower to visitors on two weekends in September.",
    ]
    story = "".join(f"<p>{p}</p>" for p in [STORY[1], *more])
    page = (
        "<html><head><title>Lighthouse repainted</title></head><body><article><h1>Lighthouse repainted</h1>"
        f"<p>{STORY[0]}</p><p>© Jane Example</p>{story}</article></body></html>"
    )
    result = clean(page, "html")
    assert "© Jane Example" not in result.body
    assert all(p in result.body for p in [*STORY, *more])
