"""The article body a page declares in its JSON-LD, and the HTML path taking it over a teaser."""

import orjson
from lxml import html as lxml_html

from services.processors.cleaning import clean
from services.processors.cleaning.structured_data import declared_article_body

STORY = [
    "The council approved a budget of three million dollars for repairs to the old bridge on Monday, officials said.",
    "Work starts in May and will take a year, the mayor told reporters at city hall on Monday.",
    "Residents had complained for years about the cracks in the bridge's deck and its rusting rails.",
    "The last repairs, in 1998, cost a tenth of that and lasted less than a decade, the council's report said.",
    "Opposition councillors said the money should have come from the regional road fund instead.",
    "The bridge carries about 12,000 vehicles a day and will stay open to pedestrians during the works.",
    "Buses will be diverted through the industrial estate, adding about ten minutes to most journeys.",
    "The contract went to a local firm that rebuilt the railway viaduct north of the town two years ago.",
]
# What a script-rendered page shows without its scripts: a caption and the writer's bio.
TEASER = [
    "The old bridge over the river at dusk, seen from the north bank last winter. Photo: Town Paper",
    "Jane Doe has covered the town council for the Town Paper since 2008. She writes about roads, "
    "housing and local politics, and before that she reported on courts for a regional daily.",
]


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{orjson.dumps(obj).decode()}</script>'


def _tree(*scripts: str):
    return lxml_html.fromstring(f"<html><head>{''.join(scripts)}</head><body><p>x</p></body></html>")


def _page(visible: list[str], *scripts: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in visible)
    return (
        f"<html><head><title>Bridge repairs approved</title>{''.join(scripts)}</head><body>"
        f"<article><h1>Bridge repairs approved</h1>{paragraphs}</article></body></html>"
    )


def test_the_article_body_of_a_news_article_is_read_with_one_paragraph_per_line():
    tree = _tree(_ld({"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": "\n\n".join(STORY)}))
    assert declared_article_body(tree) == "\n".join(STORY)


def test_a_story_inside_a_graph_is_found_and_the_longest_body_wins():
    graph = {
        "@graph": [
            {"@type": "WebPage", "name": "Bridge"},
            {"@type": ["OpinionNewsArticle"], "articleBody": STORY[0]},
            {"@type": "BlogPosting", "mainEntity": {"@type": "Article", "articleBody": " ".join(STORY)}},
        ]
    }
    assert declared_article_body(_tree(_ld(graph))) == " ".join(STORY)


def test_markup_and_entities_inside_the_declared_body_become_text():
    body = "<p>Costs rose &amp; fell.</p><p>Officials&nbsp;said so.<br>Work <b>starts</b> in May.</p>"
    tree = _tree(_ld({"@type": "NewsArticle", "articleBody": body}))
    assert declared_article_body(tree) == "Costs rose & fell.\nOfficials said so.\nWork starts in May."


def test_bodies_of_other_types_and_scripts_that_are_not_json_are_ignored():
    tree = _tree(
        '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "cut off</script>',
        _ld({"@type": "Product", "articleBody": "A kettle."}),
        '<script type="text/javascript">var data = {"articleBody": "Not declared."};</script>',
    )
    assert declared_article_body(tree) == ""


def test_a_teaser_page_that_declares_the_whole_story_is_cleaned_from_the_declared_body():
    page = _page(TEASER, _ld({"@type": "NewsArticle", "headline": "Bridge", "articleBody": "\n".join(STORY)}))
    result = clean(page, "html")
    assert result.body == "\n\n".join(STORY)
    assert result.headline == "Bridge repairs approved"


def test_a_declared_summary_shorter_than_the_extracted_story_is_not_taken():
    page = _page(STORY, _ld({"@type": "NewsArticle", "articleBody": " ".join(STORY[:3])}))
    assert clean(page, "html").body == "\n\n".join(STORY)
