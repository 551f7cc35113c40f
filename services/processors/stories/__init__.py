"""Stories and near-duplicates: which earlier articles an article belongs with."""

from services.processors.stories.logic import StoryAssignment, assign_story

__all__ = ["StoryAssignment", "assign_story"]
