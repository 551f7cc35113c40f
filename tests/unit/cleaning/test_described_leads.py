"""Described leads: the element carrying the page's meta description opens the HTML body."""

from __future__ import annotations

import trafilatura

from services.processors.cleaning import clean
from services.processors.cleaning.described_leads import described_lead, missing_described_lead, page_descriptions
from services.processors.cleaning.html import baseline_text

LEAD = (
    "Los vecinos del barrio alto votaron a favor de cerrar la calle mayor al tráfico durante los fines de "
    "semana, después de dos años de quejas por el ruido."
)
STORY = [
    "La consulta vecinal se celebró el domingo en la plaza mayor y participaron casi tres mil vecinos del barrio.",
    "El cierre de la calle mayor empezará en primavera y se revisará al cabo de un año, según el ayuntamiento.",
    "Los comerciantes temen perder clientes, aunque la mayoría de los vecinos cree que el barrio ganará visitantes.",
    "El ayuntamiento instalará bancos y árboles en la calle mayor antes del primer fin de semana sin tráfico.",
]
BLURB = (
    "Das offizielle Portal des Landesverbands mit Terminen, Ergebnissen und Neuigkeiten aus allen Vereinen "
    "und Bezirken."
)


def _page(description: str, header_extra: str = "", after: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>Calle mayor sin coches</title><meta name='description' content='{description}'>"
        f"<meta property='og:description' content='{description}'></head><body>"
        f"<header class='story-top'><h1>Calle mayor sin coches</h1>{header_extra}</header>"
        f"<main><article><div class='body'>{story}</div></article></main>{after}</body></html>"
    )


def _lead(html: str) -> str | None:
    tree = trafilatura.load_html(html)
    assert tree is not None
    return described_lead(tree)


def test_the_element_carrying_the_description_is_the_lead_whatever_its_tag_or_class():
    for element in (f"<h2 class='sub'>{LEAD}</h2>", f"<div><span>{LEAD}</span></div>", f"<p class='x9'>{LEAD}</p>"):
        assert _lead(_page(LEAD, element)) == LEAD


def test_a_description_cut_short_still_names_the_element_it_opens():
    cut = " ".join(LEAD.split()[:15])
    for description in (cut, f"{cut}...", f"{cut} …"):
        assert _lead(_page(description, f"<h2>{LEAD}</h2>")) == LEAD


def test_short_descriptions_and_elements_off_the_story_are_no_lead():
    assert page_descriptions(trafilatura.load_html(_page("Calle mayor sin coches"))) == ()
    assert (
        _lead(_page("Calle mayor sin coches, vecinos votan", "<h2>Calle mayor sin coches, vecinos votan</h2>")) is None
    )
    assert _lead(_page(LEAD, "", f"<footer><p>{LEAD}</p></footer>")) is None
    assert _lead(_page(LEAD, f"<nav><p>{LEAD}</p></nav>")) is None
    assert _lead(_page(LEAD, f"<figure><figcaption>{LEAD}</figcaption></figure>")) is None
    assert _lead(_page(LEAD)) is None  # described, but shown nowhere


def test_missing_described_lead_keeps_out_a_blurb_and_a_lead_already_there():
    body = "\n".join(STORY)
    assert missing_described_lead(LEAD, body) == LEAD
    assert missing_described_lead(LEAD, f"{LEAD}\n{body}") is None
    assert missing_described_lead(BLURB, body) is None  # shares no long word with the story
    assert missing_described_lead(None, body) is None


def test_html_path_opens_the_body_with_the_described_subheadline_trafilatura_drops():
    page = _page(LEAD, f"<h2 class='sub'>{LEAD}</h2>")
    assert LEAD not in baseline_text(page)  # the gap this rule closes
    body = clean(page, "html").body
    assert body.startswith(LEAD)
    assert body.count(LEAD) == 1
    assert all(p in body for p in STORY)


def test_html_path_leaves_a_described_site_blurb_out():
    page = _page(BLURB, f"<div class='intro'><span>{BLURB}</span></div>")
    assert BLURB not in clean(page, "html").body
