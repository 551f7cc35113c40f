"""Content-Type -> input format of a pushed body."""

from __future__ import annotations

import pytest

from services.intake.media import Media, UnsupportedMedia, input_format


@pytest.mark.parametrize(
    ("content_type", "media"),
    [
        ("text/plain", Media("text", "text")),
        ("Text/HTML; charset=UTF-8", Media("html", "html")),
        ("text/plain; charset=iso-8859-1", Media("text", "text", "iso8859-1")),
        ("text/plain; charset=\"windows-1252\"", Media("text", "text", "cp1252")),
        ("application/json", Media("ninjs", "ninjs")),
        ("application/ninjs+json; charset=utf-8", Media("ninjs", "ninjs")),
        ("application/vnd.iptc.g2.newsitem+xml", Media("newsml", None)),
        ("application/xml; charset=iso-8859-1", Media("newsml", None)),  # XML says its own encoding
    ],
)
def test_content_types_name_the_format(content_type, media):
    assert input_format(content_type) == media


@pytest.mark.parametrize(
    ("content_type", "reason"),
    [(None, "no Content-Type"), ("", "no Content-Type"), ("image/png", "'image/png' is not read"),
     ("text/plain; charset=klingon", "unknown charset 'klingon'")],
)
def test_other_content_types_are_refused_with_the_reason(content_type, reason):
    with pytest.raises(UnsupportedMedia, match=reason):
        input_format(content_type)
