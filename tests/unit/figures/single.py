"""Shared by the figure tests: the one figure a sentence must give."""

from events.models import Figure
from services.processors.figures import extract_figures


def only(body: str) -> Figure:
    """The single figure of ``body``; fails the test, listing them, when there are none or several."""
    figures = extract_figures(body)
    assert len(figures) == 1, [f.text for f in figures]
    return figures[0]
