"""The story changes of a placement: the StoryUpdated events the story stage writes for an article.

Pure, against the same key-value state as :func:`logic.assign_story` (a dict offline, the story
agent's faust table), with one key of its own: ``merges:<article_id>`` -> the stories this
article's placement merged, kept only for such articles (rare). It makes the event of an article
placed again (a redelivery after a crash) the same as the first: ``assign_story`` gives a re-seen
article its story again, but not the merge it made then, and the merge event must not be lost if
the first one never reached the broker. The articles a placement revised (near-duplicates
placed before their earlier copy, see :func:`duplicates.revised_by`) are kept by the
near-duplicate state in the same way. An article opened its story when the story carries the id
an opening article gets (:func:`logic.opening_story_id`): that needs no state.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from events.models import ArticleEnriched, StoryChange, StoryUpdated
from services.processors.stories.duplicates import revised_by
from services.processors.stories.logic import StoryAssignment, opening_story_id


def story_changes(
    placed: ArticleEnriched, assignment: StoryAssignment, state: MutableMapping[str, Any]
) -> tuple[StoryUpdated, ...]:
    """The placement's event, then one ``revised`` event per article placed before whose earliest
    copy this article turned out to be (a copy is in its copies' story: this one's)."""
    revisions = tuple(
        StoryUpdated(article_id=other, story_id=assignment.story_id, change="revised", duplicate_of=placed.article_id)
        for other in revised_by(placed.article_id, state)
    )
    return (story_change(placed, assignment, state), *revisions)


def story_change(placed: ArticleEnriched, assignment: StoryAssignment, state: MutableMapping[str, Any]) -> StoryUpdated:
    """The event of ``placed`` (already carrying its story) having been placed by ``assignment``;
    records what a redelivery needs in ``state``."""
    article_id, story_id = placed.article_id, assignment.story_id
    merges_key = f"merges:{article_id}"
    merged = tuple(m for m in assignment.merged if m != story_id) or tuple(state.get(merges_key) or ())
    if assignment.merged:
        state[merges_key] = list(merged)
    opened = story_id == opening_story_id(article_id)
    change: StoryChange = "merged" if merged else "opened" if opened else "joined"
    return StoryUpdated(
        article_id=article_id,
        story_id=story_id,
        change=change,
        merged=merged,
        duplicate_of=placed.duplicate_of,
        source=placed.source,
        headline=placed.headline,
        at=placed.published_at or placed.received_at,
    )
