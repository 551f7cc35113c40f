"""Stories and near-duplicates: which earlier articles an article belongs with."""

from services.processors.stories.logic import StoryAssignment, assign_story
from services.processors.stories.state import StoryState

__all__ = ["StoryAssignment", "StoryState", "assign_story"]
