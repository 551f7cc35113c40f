"""The figures stage: quantities of a cleaned body with bounds, hedge, unit, category and source."""

from services.processors.figures.logic import extract_figures

__all__ = ["extract_figures"]
