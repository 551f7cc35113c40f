"""Finding quotation marks, and attributing quotes through reporting cues."""

from services.processors.entities.quotes import quoted_spans


def _texts(body):
    return [body[q.start:q.end] for q in quoted_spans(body)]


def test_straight_curly_and_mixed_marks():
    body = ('He said "we will build the bridge", then “the money is ready” and '
            '“the work starts in May." Later «nothing has changed at all» was heard.')
    assert _texts(body) == ["we will build the bridge", "the money is ready", "the work starts in May.",
                            "nothing has changed at all"]


def test_scare_quotes_and_unclosed_quotes_are_skipped():
    body = 'The so-called "peace plan" failed.\n"This quote never closes\nand this "line has one mark.'
    assert _texts(body) == []


def test_quote_does_not_cross_a_line_break():
    assert _texts('"first part of it\nsecond part" and more') == []


def test_speaker_after_quote(run):
    _, quotes = run("“We will rebuild every school in the region,” Mayor Tomas Ruzicka told reporters.")
    assert len(quotes) == 1
    assert quotes[0].speaker == "Tomas Ruzicka"
    assert quotes[0].cue == "told"
    assert quotes[0].text == "We will rebuild every school in the region"


def test_speaker_before_quote_with_inverted_verb(run):
    body = '"We will not accept these terms under any circumstances," said Prime Minister Helena Varga.'
    entities, quotes = run(body)
    assert quotes[0].speaker == "Helena Varga"
    assert quotes[0].speaker_id == entities["Helena Varga"].id


def test_according_to_an_institution(run):
    entities, quotes = run('According to the Interior Ministry, "the border will remain closed until further notice."')
    assert quotes[0].cue == "according to"
    assert quotes[0].speaker_id == entities["Interior Ministry"].id


def test_agency_cited_by_another_outlet_is_the_source(run):
    body = ("Bloomberg cited the state news agency, Xinhua, stating, “the new port will open to foreign ships "
            "next spring.”")
    entities, quotes = run(body)
    assert quotes[0].speaker == "Xinhua"
    assert quotes[0].speaker_id == entities["Xinhua"].id


def test_participle_cue_belongs_to_the_clause_subject(run):
    body = ("Senator Laura Whitfield criticised Governor Mark Ellison on Tuesday, saying, "
            "“the budget leaves rural hospitals without any help.”")
    _, quotes = run(body)
    assert quotes[0].speaker == "Laura Whitfield"


def test_pronoun_resolves_to_last_person(run):
    body = ('Finance Minister Carla Mendes spoke to parliament on Monday. '
            '"We will not raise taxes this year," she said.')
    entities, quotes = run(body)
    assert quotes[0].speaker_id == entities["Carla Mendes"].id


def test_unnamed_source_keeps_its_phrase_without_id(run):
    _, quotes = run('Two senior officials said "the talks collapsed after midnight" without giving details.')
    assert quotes[0].speaker == "Two senior officials"
    assert quotes[0].speaker_id is None
