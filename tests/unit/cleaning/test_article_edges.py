"""A site's own words at an article's edges (prompts, notices, notes about the writer) are removed;
story sentences that merely share their vocabulary are kept."""

from __future__ import annotations

import pytest

from services.processors.cleaning import clean

STORY = [
    "The port authority reported record container traffic for the third quarter on Thursday morning.",
    "Volumes rose 14 percent from a year earlier as shipping lines moved routes away from congested hubs.",
    "Harbour master Lena Ortiz said new cranes and a longer pier had allowed faster turnarounds for large ships.",
    "Unions warned that staffing had not kept pace and asked for talks on overtime rules before the winter.",
    "The authority expects traffic to stay high until the spring, when two new terminals open to the north.",
]


def removed_reasons(result):
    return {r.text: r.reason for r in result.removed}


@pytest.mark.parametrize("fmt", ["text", "html"])
@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        # a site service offered with an imperative, no reader named
        ("For breaking news on the go, download the Harbour Times apps for iOS and Android.", "subscription-prompt"),
        # a weak imperative beside social accounts, ending on an address rather than a full stop
        (
            "Follow the Harbour Times on Twitter and Instagram @HarbourTimes and on Facebook, "
            "or email us at newsdesk@harbourtimes.example",
            "subscription-prompt",
        ),
        # the imperative opens the block's second sentence
        (
            "We want to hear what you think about this story. Submit a letter to the editor at letters@example.org.",
            "subscription-prompt",
        ),
        (
            "If you are seeing this message but you are already a subscriber, you can log in for full access.",
            "subscription-prompt",
        ),
        # an offer to the site's subscribers or members, with an exclamation or to the reader
        (
            "First-time subscribers also receive a tote bag made by local artisans! Do it for the harbour.",
            "subscription-prompt",
        ),
        ("Neue Abonnenten erhalten außerdem eine Tasche aus dem Hafen! Jetzt mitmachen.", "subscription-prompt"),
        ("Members get early access to our events and a printed edition at your door.", "subscription-prompt"),
        # a prose pitch for the site's journalism
        (
            "Reporting like this takes months and costs money. Please support our journalism with a small gift each month.",
            "subscription-prompt",
        ),
        (
            "Ce reportage a pris des mois. Soutenez notre journalisme avec un petit don chaque mois.",
            "subscription-prompt",
        ),
        (
            "© 2025 Harbour Times. This article is the copyrighted property of the Harbour Times. "
            "Written permission must be obtained before reprint in online or print media.",
            "legal",
        ),
        (
            "Disclaimer: articles on this site may contain the opinions of their authors, which are not "
            "necessarily those of the publisher, and nothing here is financial advice.",
            "legal",
        ),
    ],
)
def test_a_sites_closing_words_are_removed(fmt, tail, reason):
    if fmt == "text":
        result = clean("\n".join([*STORY, tail]), "text")
    else:
        result = clean(
            "<html><body><article>" + "".join(f"<p>{p}</p>" for p in [*STORY, tail]) + "</article></body></html>",
            "html",
        )
    assert result.body.split("\n\n") == STORY
    assert removed_reasons(result)[tail] == reason


@pytest.mark.parametrize(
    "closing",
    [
        "The company said its app had been downloaded two million times on iOS and Android since March.",
        "Share prices fell 3 percent in early trading on Friday before recovering in the afternoon.",
        "A court ruled last year that the photographs of the harbour were not protected by copyright.",
        "Follow-up talks between the unions and the authority are planned for next week in the capital.",
        "Check-in times at the ferry terminal will change from Monday, the operator announced.",
        "Union members get a vote on the deal next week, before the new overtime rules take effect in January.",
        "Die Mitglieder erhalten die Unterlagen vor der Abstimmung im Dezember, sagte die Sprecherin.",
    ],
)
def test_story_closings_that_share_the_vocabulary_are_kept(closing):
    for fmt, page in (
        ("text", "\n".join([*STORY, closing])),
        (
            "html",
            "<html><body><article>" + "".join(f"<p>{p}</p>" for p in [*STORY, closing]) + "</article></body></html>",
        ),
    ):
        result = clean(page, fmt)
        assert result.body.split("\n\n") == [*STORY, closing], fmt


def test_a_note_about_the_writer_ends_the_article_with_what_follows_it():
    note = "Dana Whitlock is a senior reporter for the Harbour Times, covering shipping and the port."
    page = "\n".join([*STORY, note, "Senior Reporter", "Featured Video", "How The New Terminals Were Planned"])
    result = clean(page, "text")
    assert result.body.split("\n\n") == STORY
    assert removed_reasons(result)[note] == "credit"


def test_a_profile_sentence_early_in_the_story_is_kept():
    profile = "Lena Ortiz is a former ship captain who has run the harbour for eleven years and sits on the city board."
    page = "\n".join([STORY[0], profile, *STORY[1:]])
    result = clean(page, "text")
    assert result.body.split("\n\n") == [STORY[0], profile, *STORY[1:]]


def test_an_advertiser_disclosure_opening_the_article_is_removed():
    disclosure = "This guide links to products from our advertisers, who pay us when you buy through those links."
    result = clean("\n".join([disclosure, *STORY]), "text")
    assert result.body.split("\n\n") == STORY
    assert removed_reasons(result)[disclosure] == "subscription-prompt"


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_writers_biography_and_the_sites_notes_opening_the_page_are_removed(fmt):
    bio = (
        "Dana Whitlock is a shipping writer who has covered ports, freight and trade policy for more than a "
        "decade. In addition to her work for the Harbour Times, Dana has written for several trade journals."
    )
    notes = [bio, "Learn about our editorial policies", "Reviewed by"]
    page = "\n".join([*notes, *STORY]) if fmt == "text" else "".join(f"<p>{p}</p>" for p in [*notes, *STORY])
    result = clean(page, fmt)
    assert result.body.split("\n\n")[-len(STORY) :] == STORY
    assert removed_reasons(result)[bio] == "credit"
    assert removed_reasons(result)["Learn about our editorial policies"] == "subscription-prompt"


@pytest.mark.parametrize(
    "lead",
    [
        "Dana Whitlock is a journalist who was detained for 544 days before her release on Monday, her family said.",
        "Dana Whitlock is an author who has written twelve books about the sea, and her newest is about this port.",
    ],
)
def test_a_lead_about_a_journalist_or_an_author_is_kept(lead):
    result = clean("\n".join([lead, *STORY]), "text")
    assert result.body.split("\n\n") == [lead, *STORY]


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_sign_up_box_inside_the_story_is_removed_whole(fmt):
    box = [
        "Essential news, delivered daily",
        "Sign upSign up",
        "The Harbour Times would like to keep you informed about offers and updates by email, please tick the box",
        "Read our full mailing list consent terms here",
    ]
    more = [
        "The first of the new terminals will handle refrigerated cargo, mostly fruit from South America.",
        "The second is meant for car carriers, which now queue for days outside the harbour in busy weeks.",
        "Both were approved by the city council last year after a long dispute over the cost of dredging.",
        "Dredging is due to start in the autumn and will close the northern channel for about six weeks.",
    ]
    lines = [*STORY, *box, "What happens next", *more]
    page = "\n".join(lines) if fmt == "text" else "".join(f"<p>{p}</p>" for p in lines)
    result = clean(page, fmt)
    paragraphs = result.body.split("\n\n")
    assert paragraphs[: len(STORY)] == STORY and paragraphs[-len(more) :] == more
    assert {removed_reasons(result)[line] for line in box} == {"subscription-prompt"}
    # the subheading under the box is the story's (page text drops a lone short line between runs anyway)
    assert removed_reasons(result).get("What happens next") != "subscription-prompt"


def test_a_short_posts_only_paragraph_is_kept_though_it_sends_the_reader_on():
    post = (
        "Cartoonist Jane Roe drew a sharp reply to the claim that young people are lazy, and it is worth "
        "your time. Click through for the whole thing."
    )
    page = "\n".join(["Home", "News", "The generation everyone loves to blame", post, "Imprint", "Privacy"])
    assert clean(page, "text").body == post
    second = "Roe has drawn for the paper every week for ten years and her strips run in forty countries."
    two = "\n".join(["Home", "News", "The generation everyone loves to blame", second, post, "Imprint"])
    assert clean(two, "text").body == second  # with the story told above it, the prompt at its end goes
