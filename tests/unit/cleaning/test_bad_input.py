"""Hostile input: never raise, never hang, a clear reason when nothing is left."""

from __future__ import annotations

import time

import pytest

from services.processors.cleaning import clean


@pytest.mark.parametrize("fmt", ["text", "html", "ninjs"])
@pytest.mark.parametrize("content", ["", "   \n\n \t ", "\ufffd\ufffd\ufffd", "|\n•\n—"])
def test_empty_results_carry_a_reason(content, fmt):
    result = clean(content, fmt)
    assert result.body == ""
    assert result.empty_reason


def test_only_furniture_says_what_was_removed():
    result = clean("Advertisement\nShare\nPrivacy Policy", "text")
    assert result.body == ""
    assert "advertisement" in result.empty_reason and "3 blocks" in result.empty_reason


def test_five_megabyte_single_line_is_cleaned_quickly():
    content = "The river rose again overnight and officials said more rain was coming. " * 70_000
    started = time.process_time()
    result = clean(content, "text")
    assert time.process_time() - started < 10
    assert len(result.body) > 4_000_000


def test_text_without_line_breaks_is_one_block():
    content = "A storm closed the airport for six hours on Monday, and hundreds of passengers slept in the terminal."
    assert clean(content, "text").body == content


def test_replacement_characters_do_not_break_cleaning():
    content = "Advertisement\nThe minister\ufffds office said the talks would resume on Friday in Geneva, officials said."
    result = clean(content, "text")
    assert result.body.startswith("The minister\ufffds office")


def test_deeply_nested_html_does_not_raise():
    html = "<html><body>" + "<div>" * 20_000 + "<p>Deep text in a paragraph.</p>" + "</div>" * 20_000 + "</body></html>"
    result = clean(html, "html")
    assert result.body == "" and result.empty_reason or result.body


def test_adversarial_punctuation_runs_stay_fast():
    content = "\n".join(["(" * 5000 + "A" * 5000 + ": " + "-" * 5000, "By " + "x " * 5000, "1" * 20000])
    started = time.process_time()
    clean(content, "text")
    assert time.process_time() - started < 5


def test_thousands_of_prose_runs_between_menus_stay_bounded():
    paragraph = "The committee met on Monday and agreed to review the plan again next month, officials said."
    page = "\n".join(([paragraph] * 3 + ["Home"] * 12) * 3000)
    started = time.process_time()
    result = clean(page, "text")
    assert time.process_time() - started < 10
    assert result.body.startswith(paragraph)
