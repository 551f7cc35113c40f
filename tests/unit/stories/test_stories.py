from events.models import Entity
from services.processors.stories import assign_story


def ents(*names, salience=0.5):
    return [Entity(id=f"e-{n.lower()}", name=n, type="PERSON" if n.istitle() else "GPE", salience=salience) for n in names]


BODY_A = ("The harbour authority of Portmouth approved a new container terminal on Tuesday after a long debate "
          "between dock workers and the city council about noise, traffic and jobs in the old quarter.")
BODY_B = ("Dock workers in Portmouth cheered as the harbour authority backed the container terminal, "
          "which the council says will bring jobs despite worries about noise and traffic.")
BODY_C = "A cycling race through the mountains ended in a sprint finish won by a rider from the valley."


def test_articles_sharing_salient_entities_join_one_story():
    state = {}
    first = assign_story("a1", BODY_A, ents("Portmouth", "Harbour", "Council", "Workers"), state)
    second = assign_story("a2", BODY_B, ents("Portmouth", "Harbour", "Council", "Mayor"), state)
    other = assign_story("a3", BODY_C, ents("Valley", "Rider", "Mountains"), state)
    assert second.story_id == first.story_id
    assert other.story_id != first.story_id
    assert first.duplicate_of is None and second.duplicate_of is None


def test_near_duplicate_is_flagged_and_joins_the_original_story():
    state = {}
    long_body = " ".join([BODY_A, BODY_B, BODY_C])
    first = assign_story("a1", long_body, ents("Portmouth"), state)
    copy = assign_story("a2", long_body.replace("on Tuesday", "on Tuesday evening"), ents("Singer"), state)
    assert copy.duplicate_of == "a1" and copy.story_id == first.story_id


def test_reassigning_the_same_article_is_idempotent():
    state = {}
    first = assign_story("a1", BODY_A, ents("Portmouth", "Harbour", "Council"), state)
    snapshot = {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v) for k, v in state.items()}
    again = assign_story("a1", BODY_A, ents("Portmouth", "Harbour", "Council"), state)
    assert again == first and state == snapshot
