"""The cleaning stage: page furniture out, headline/byline/dateline/publication time lifted out."""

from services.processors.cleaning.logic import CleanResult, clean

__all__ = ["CleanResult", "clean"]
