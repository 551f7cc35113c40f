"""Sports clubs named after places are ORGs in sports reports; places and players stay what they are."""

import pytest

from services.processors.entities.tokens import DocTokens
from services.processors.entities.sports import is_sports_report


def _types(entities):
    return {m.text: e.type for e in entities.values() for m in e.mentions}


REPORT = (
    "Liverpool beat Arsenal 2-1 in the Premier League on Saturday, while Manchester United drew "
    "with Chelsea. Leeds lost to Everton and Bristol Rovers were beaten by Reading."
)


def test_places_playing_a_match_are_clubs(run):
    types = _types(run(REPORT)[0])
    for club in ("Liverpool", "Arsenal", "Manchester United", "Chelsea", "Leeds", "Everton", "Reading"):
        assert types.get(club) == "ORG", club


def test_every_mention_of_a_club_in_the_report_is_the_club(run):
    entities, _ = run(REPORT + " Fans in Liverpool celebrated late into the night.")
    liverpool = [e for e in entities.values() if any(m.text == "Liverpool" for m in e.mentions)]
    assert len(liverpool) == 1 and liverpool[0].type == "ORG" and liverpool[0].mention_count == 2


def test_countries_stay_places_as_national_teams(run):
    types = _types(
        run(
            "Japan began the defence of their Asian Cup title with a lucky 2-1 win against "
            "Syria in a group match on Friday."
        )[0]
    )
    assert types["Japan"] == "GPE" and types["Syria"] == "GPE"


def test_players_are_not_clubs(run):
    types = _types(run("Sampras beat Agassi in the final of the tournament 6-3 6-4.")[0])
    assert types["Sampras"] == "PERSON" and types["Agassi"] == "PERSON"


def test_a_nationality_that_plays_is_no_club(run):
    types = _types(
        run(
            "Agassi beat Marcelo Rios in the second round. He defeated the Chilean 6-4 4-6 7-6 6-2 "
            "to reach the quarter-finals."
        )[0]
    )
    assert types["Chilean"] == "NORP"


def test_outside_a_sports_report_places_stay_places(run):
    types = _types(
        run(
            "Liverpool beat back the proposal, and Manchester United its neighbours in opposing it. "
            "Officials in Liverpool said the council would vote again."
        )[0]
    )
    assert types["Liverpool"] == "GPE"


def test_sports_report_needs_two_cues(nlp):
    assert is_sports_report(DocTokens.of(nlp("The striker scored twice in the league match.")))
    assert not is_sports_report(DocTokens.of(nlp("The senate voted 2-1 to approve the budget.")))


def test_a_dateline_date_and_a_range_are_no_scores(nlp):
    # "08-30" in a dateline's date and "10-20 cents" are not scores, so one cue word is not enough
    assert not is_sports_report(
        DocTokens.of(
            nlp("HONG KONG 1996-08-30\nPremiums were steady at 10-20 cents an ounce this season, dealers said.")
        )
    )
    assert is_sports_report(DocTokens.of(nlp("LONDON 1996-08-30\nArsenal beat Chelsea 2-1 this season.")))


def test_one_cue_word_repeated_in_a_long_story_is_no_sports_report(nlp):
    filler = "Traders said the market was quiet and prices were little changed on the day. " * 12
    story = (
        "It is the political season again. " + filler + "This season the candidates promise tax cuts, "
        "and President Clinton won in 1992 with a promise to Dole's voters."
    )
    assert not is_sports_report(DocTokens.of(nlp(story)))
    assert is_sports_report(DocTokens.of(nlp("The season opens with the match at home.")))


def test_home_nations_are_countries_and_stay_places(run):
    types = _types(
        run("Wales beat England 27-24 in the championship match on Saturday, and the coach praised his young squad.")[0]
    )
    assert types["England"] == "GPE" and types["Wales"] == "GPE"


def test_a_one_word_person_whose_opponent_is_a_club_is_a_club(run):
    types = _types(run("Yorkshire beat Lancashire by six wickets in the county championship match on Monday.")[0])
    assert types["Yorkshire"] == "ORG" and types["Lancashire"] == "ORG"


def test_a_player_introduced_by_full_name_stays_a_person(run):
    body = (
        "Pete Sampras beat Andre Agassi in the final of the tournament on Sunday. "
        "Sampras beat Agassi again a week later to win his third title of the season."
    )
    entities, _ = run(body)
    assert {e.type for e in entities.values() if "Sampras" in e.name or "Agassi" in e.name} == {"PERSON"}


def test_the_place_a_match_was_played_at_is_a_venue(run):
    # The bare model tags "Twickenham" here as a PERSON, and leaves "Anfield" untagged.
    types = _types(
        run(
            "Wales beat England 27-24 at Twickenham on Saturday in the championship match, "
            "and the coach praised the squad."
        )[0]
    )
    assert types["Twickenham"] == "FAC"
    types = _types(
        run("Liverpool beat Arsenal 2-1 at Anfield in the Premier League on Saturday, and the striker scored twice.")[0]
    )
    assert types["Anfield"] == "FAC"


def test_at_outside_a_match_is_left_alone(run):
    types = _types(run("The striker scored twice in the league match. Officials met Marta Novak at the stadium.")[0])
    assert types["Marta Novak"] == "PERSON"


def test_cue_words_used_as_verbs_are_no_cues(nlp):
    doc = nlp("Its mines match the company's Nevada holdings, and its offer runs to $2 billion.")
    assert not is_sports_report(DocTokens.of(doc))


def test_places_a_company_works_in_stay_places(run):
    types = _types(
        run(
            "Analysts said few buyers match Tamsin Gold's Nevada , South America and Central Asia presence . "
            "A rival would have to match the offer , they said ."
        )[0]
    )
    assert types["Nevada"] == "GPE"
    assert types["South America"] == "LOC"


def test_the_dateline_stays_the_place_the_story_was_filed_from(extractor):
    found, _ = extractor.extract(
        "BASEBALL - STANDINGS .\n"
        "PORTVILLE 1996-08-30\n"
        "Baseball standings after games played on Tuesday ( won , lost , percentage , games behind ) :\n"
        "PORTVILLE 74 59 .556 -\n"
        "MARCHBANK 70 63 .526 4\n"
    )
    types = {(e.name, e.type): e.mention_count for e in found}
    assert types[("PORTVILLE", "GPE")] == 1
    assert types[("PORTVILLE", "ORG")] == 1


def test_a_name_before_a_role_in_a_club_and_a_player_is_the_club(run):
    entities, _ = run(
        "Wexshire took the championship lead on Friday as their bowlers dismissed the visitors for 90 .\n"
        "At the ground , Harnshire captain Colin Tarrant , dropped by the selectors , made 80 not out in "
        "reply as Harnshire closed on 429 for seven , a lead of 234 runs in the championship match ."
    )
    assert entities["Harnshire"].type == "ORG"
    assert entities["Harnshire"].mention_count == 2
    assert entities["Colin Tarrant"].type == "PERSON"


def test_a_city_is_a_club_only_where_it_plays(run):
    entities, _ = run(
        "The champion defends his title in a 12-round bout in Panama City on Saturday , his first "
        "championship fight at home , and the boxing federation said the winner meets the Mexican "
        "challenger in Atlantic City in June ."
    )
    assert entities["Panama City"].type == "GPE"
    assert entities["Atlantic City"].type == "GPE"


def test_a_sentence_opening_in_a_place_sets_the_scene_even_where_its_club_plays(extractor):
    found, _ = extractor.extract(
        "Portville beat Marchbank 3-1 in the league on Friday for their sixth straight win .\n"
        "In Portville , Dave Kell allowed one hit over eight innings as the home side won again .\n"
    )
    kinds = {(e.name, e.type) for e in found}
    assert ("Portville", "ORG") in kinds
    assert ("Portville", "GPE") in kinds


def test_a_one_word_person_listed_with_a_club_is_a_club(run):
    entities, _ = run(
        "Wexshire captain Colin Tarrant made 80 not out as Wexshire closed on 429 for seven in the "
        "championship match .\n"
        "Title rivals Harnshire , Dunshire and Wexshire all closed in on victory on Friday .\n"
    )
    assert entities["Wexshire"].type == "ORG"
    assert entities["Dunshire"].type in ("ORG", "GPE")  # listed with a club, never a person


def test_a_place_before_a_plural_nickname_is_one_club(run):
    # The bare model tags "Florida" GPE and "Marlins" PERSON.
    entities, _ = run(
        "Major league baseball leader Kevin Brown threw an eight-hitter and Devon White 's RBI double "
        "snapped a fifth-inning tie as the Florida Marlins beat the Cincinnati Reds 3-1 for their "
        "seventh straight win Friday ."
    )
    assert entities["Florida Marlins"].type == "ORG"


def test_a_one_word_name_that_takes_a_plural_verb_is_a_club(run):
    entities, _ = run(
        "Harnshire captain Colin Tarrant made 80 not out in the championship match on Friday .\n"
        "Wexshire need another 148 runs with five wickets in hand to beat Harnshire .\n"
        "Dunshire made up for lost time in their rain-affected match and reached 108 for three .\n"
    )
    assert entities["Wexshire"].type == "ORG"
    assert entities["Dunshire"].type == "ORG"


def test_places_listed_with_a_plural_verb_stay_places(run):
    entities, _ = run(
        "The sprinter won the 100 metres in Tarnby and Kelso last month .\n"
        "Tarnby , Kelso and Ostria all belong to the most lucrative series in the sport .\n"
    )
    assert all(e.type != "ORG" for e in entities.values())


def test_a_line_label_before_a_colon_is_no_name(run):
    entities, _ = run(
        "Tarvia beat Ostria 1-0 ( halftime 0-0 ) in a World Cup soccer qualifier on Saturday .\n"
        "Scorer : Sergei Marrow ( 79th minute )\n"
        "Attendance : 9,358\n"
    )
    assert "Scorer" not in entities
    assert "Attendance" not in entities
    assert entities["Sergei Marrow"].type == "PERSON"


def test_a_players_club_is_a_club(run):
    types = _types(
        run(
            "The soccer manager named the team for Saturday 's World Cup qualifying match . "
            "Tarnby 's Gary Breen was selected ahead of Phil Babb , and Keith Dolan of Kessford City "
            "joins Niall Quinn up front ."
        )[0]
    )
    assert types.get("Kessford City") == "ORG" and types.get("Tarnby") == "ORG"
    assert types.get("Gary Breen") == "PERSON"


def test_a_club_before_a_described_player_is_a_club_everywhere_in_the_report(run):
    types = _types(
        run(
            "SOCCER - STRIKER FINED .\nLONDON 1996-12-06\n"
            "Hartlepool ' England under-21 striker Lee Kessel was fined 4,500 pounds on Friday for a "
            "fracas . Hartlepool had already fined Kessel and warned him he could lose his place in the "
            "side . Kessel was expected to play in the league against Everton on Saturday ."
        )[0]
    )
    assert types.get("Hartlepool") == "ORG"
    assert types.get("Lee Kessel") == "PERSON" and types.get("England") == "GPE"


def test_a_possessive_before_a_description_without_a_player_is_left_alone(run):
    types = _types(
        run(
            "Tarnby beat Everton 2-1 in the league on Saturday . Australia 's end-of-tour fixture "
            "against the Barbarians is on Sunday ."
        )[0]
    )
    assert types.get("Australia") == "GPE"


def test_a_one_word_person_after_at_closing_its_phrase_is_a_venue_throughout(nlp):
    from services.processors.entities.lexicon import load_lexicon
    from services.processors.entities.spans import NewsSpan
    from services.processors.entities.sports import clubs_named_after_places

    text = (
        "Jason Tarvik will miss the league fixture against the Barbarians at Kessingham on Saturday . "
        "Rob Lusa , making his final Kessingham appearance , scored two tries ."
    )
    toks = DocTokens.of(nlp(text))
    words = list(toks.text)
    spans = []
    for name in (["Jason", "Tarvik"], ["Kessingham"], ["Rob", "Lusa"]):
        k = words.index(name[0])
        spans.append(NewsSpan(k, k + len(name), toks.idx[k], toks.end[k + len(name) - 1], "PERSON", "model"))
    k2 = words.index("Kessingham", words.index("Kessingham") + 1)
    spans.append(NewsSpan(k2, k2 + 1, toks.idx[k2], toks.end[k2], "PERSON", "model"))
    out = clubs_named_after_places(toks, spans, load_lexicon())
    labels = {(toks.span_text(s.start, s.end), s.start): s.label for s in out}
    assert [v for (t, _), v in labels.items() if t == "Kessingham"] == ["FAC", "FAC"]
    assert labels[("Jason Tarvik", 0)] == "PERSON"


def test_a_surname_after_at_stays_the_person(run):
    types = _types(run("Tim Kessel scored twice in the league match . The crowd cheered at Kessel on Saturday .")[0])
    assert types.get("Kessel") == "PERSON"


def test_an_untagged_club_takes_its_place_mentions_with_it(run):
    # The model leaves the first "Leeds" untagged and tags the second a place; both are the club,
    # and a player whose name is a country stays a person.
    entities, _ = run(
        "SOCCER - LEEDS BEAT CHELSEA .\nLONDON 1996-08-31\n"
        "Leeds beat Chelsea 2-1 in the English premier league on Saturday . Simon Jordan scored twice "
        "for Leeds and Jordan added a third late on . Chelsea manager Ruud Gullit said his side had played badly ."
    )
    leeds = {e.type for e in entities.values() for m in e.mentions if m.text == "Leeds"}
    assert leeds == {"ORG"}
    assert {e.type for e in entities.values() for m in e.mentions if "Jordan" in m.text} == {"PERSON"}


@pytest.mark.parametrize(
    ("body", "places"),
    [
        (
            "The Senate voted 52-48 to approve the bill on Friday . Texas beat Ohio in the race to host the plant , "
            "officials said .",
            ("Texas", "Ohio"),
        ),
        (
            "The court ruled 5-4 on Monday that Tennessee must pay the damages . Tennessee beat Kentucky in a "
            "similar case last year , lawyers said .",
            ("Tennessee", "Kentucky"),
        ),
    ],
)
def test_a_vote_tally_and_beat_make_no_sports_report(run, body, places):
    # One tally reads like a score and "beat" like a match word; the places stay places.
    types = _types(run(body)[0])
    for place in places:
        assert types.get(place) == "GPE", place
