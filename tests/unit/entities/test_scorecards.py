"""Cricket scorecards: batting, bowling and did-not-bat lines, on a card written for the test."""

from services.processors.entities.scorecards import read_scorecards
from services.processors.entities.tokens import DocTokens

_CARD = (
    "CRICKET - WEXSHIRE V DUNSHIRE SCOREBOARD .\n"
    "Scoreboard of the one-day cricket match between Wexshire and Dunshire on Sunday :\n"
    "Wexshire\n"
    "T. Varrow c Kellby b Ostrander 88\n"
    "B. Haldane st Pirrip b Ata-ur-Quell 12\n"
    "Ned Marsh lbw b Ostrander 0\n"
    "L. Fenwick c & b Drummel Parke 31\n"
    "C. Ibbotson run out 4\n"
    "Roan Tilley not out 27\n"
    "Extras ( lb-6 w-2 nb-1 ) 9\n"
    "Total ( for 5 wickets , innings closed ) 171\n"
    "Did Not Bat : G. Wendle , H. Osgood .\n"
    "Bowling : Ostrander 10-1-44-2 , Drummel Parke 9.4-0-51-1 , Ata-ur-Quell\n"
    "10-0-38-1 , Pirrip 5-0-30-0 .\n"
)


def test_batting_lines_give_batsmen_fielders_and_bowlers(run):
    entities, _ = run(_CARD)
    for player in (
        "T. Varrow",
        "Kellby",
        "B. Haldane",
        "Pirrip",
        "Ned Marsh",
        "L. Fenwick",
        "C. Ibbotson",
        "Roan Tilley",
    ):
        assert entities[player].type == "PERSON", player
    assert entities["Ata-ur-Quell"].type == "PERSON"  # a hyphenated name is one word


def test_bowling_lines_give_bowlers_even_when_the_figures_wrap(run):
    entities, _ = run(_CARD)
    for bowler in ("Ostrander", "Drummel Parke", "Ata-ur-Quell", "Pirrip"):
        assert entities[bowler].type == "PERSON", bowler
    assert not [name for name in entities if any(ch.isdigit() for ch in name)]


def test_did_not_bat_names_people_and_extras_names_nobody(run):
    entities, _ = run(_CARD)
    assert entities["G. Wendle"].type == "PERSON"
    assert entities["H. Osgood"].type == "PERSON"
    assert "Extras" not in entities
    assert "Total" not in entities


def test_only_lines_that_parse_whole_are_read(nlp):
    toks = DocTokens.of(
        nlp("Harbury Mills c Lanton b Forge 12 and more , the keeper said .\nKell Dunn c Lanton b Forge 12\n")
    )
    words = [toks.span_text(s.start, s.end) for s in read_scorecards(toks, [])]
    assert words == ["Kell Dunn", "Lanton", "Forge"]
