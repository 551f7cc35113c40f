"""HTML input: trafilatura extracts the main content, the block pass removes what it let through."""

from __future__ import annotations

from services.processors.cleaning import clean

PARAGRAPHS = [
    "The national weather service issued a flood warning for three counties on Wednesday after two days of rain.",
    "Forecasters said the river could rise above its banks by Thursday morning, threatening low-lying farms.",
    "Emergency crews placed sandbags along the main road and opened two shelters at local schools.",
    "Residents were told to move vehicles to higher ground and to avoid driving through standing water.",
]

PAGE = f"""<!doctype html><html><head><title>Flood Warning Issued For Three Counties</title>
<meta property="article:published_time" content="2025-04-02T08:15:00+00:00"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Flood Warning Issued For Three Counties</h1>
<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>Advertisement</p><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>
<p>Sign up for our morning newsletter to get the latest weather alerts in your inbox.</p>
</article><footer><p>Privacy Policy</p><p>All rights reserved.</p></footer></body></html>"""


def test_html_body_keeps_story_paragraphs_and_drops_leftover_furniture():
    result = clean(PAGE, "html")
    paragraphs = result.body.split("\n\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in paragraphs
    assert "Advertisement" not in result.body
    assert "newsletter" not in result.body
    assert result.headline == "Flood Warning Issued For Three Counties"
    assert result.published_at is not None and result.published_at.year == 2025


def test_ninjs_body_is_html_when_it_carries_markup_else_text():
    html_body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    assert clean(html_body, "ninjs").body.split("\n\n") == PARAGRAPHS
    assert clean("\n".join(PARAGRAPHS), "ninjs").body.split("\n\n") == PARAGRAPHS


def _titled(title: str, first: str, tag: str = "h1") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><title>{title}</title></head><body><article><{tag}>{first}</{tag}>{paragraphs}</article>"
        "</body></html>"
    )


def test_the_headline_leaves_the_body_when_the_title_adds_the_site_or_rewords_it():
    for title, h1 in [
        ("Flood Warning Issued For Three Counties | The Valley Courier", "Flood Warning Issued For Three Counties"),
        ("Flood warning issued for three counties after rain", "Weather: Flood warning issued for three counties"),
    ]:
        result = clean(_titled(title, h1), "html")
        assert result.body.split("\n\n") == PARAGRAPHS
        assert result.headline == h1


def test_a_first_line_unlike_the_title_stays_in_the_body():
    dek = "Rivers could rise above their banks by Thursday, forecasters say"
    result = clean(_titled("Flood warning issued for three counties", dek, tag="p"), "html")
    assert result.body.split("\n\n")[0] == dek


def _story_page(*extra: str, between: str = "") -> str:
    """A page whose article holds PARAGRAPHS, ``between`` set after the second, then ``extra``."""
    body = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS[:2], between, *PARAGRAPHS[2:], *extra) if p)
    return f"""<!doctype html><html><head><title>Flood Warning</title></head><body>
<article><h1>Flood Warning</h1>{body}</article></body></html>"""


def test_a_figure_label_set_as_a_paragraph_leaves_the_body():
    # A caption the site set as a <p> under its chart rather than in a <figcaption>.
    for label in ("Figure 2: River levels at the three gauges since Monday.", "Abbildung 2: Pegelstände seit Montag."):
        result = clean(_story_page(between=label), "html")
        assert label not in result.body
        assert all(p in result.body for p in PARAGRAPHS)


def test_a_site_pitch_above_the_last_few_blocks_leaves_the_body():
    pitch = "If you enjoyed reading this article, would you consider supporting our independent newsroom? Thanks!"
    tail = ("Photo gallery: the flooded road", "Weather desk", "Updated hourly")
    result = clean(_story_page(pitch, *tail), "html")
    assert pitch not in result.body
    assert all(p in result.body for p in PARAGRAPHS)
