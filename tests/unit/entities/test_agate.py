"""Sports agate: result lines, scorer lists and standings rows, on lines written for the test."""

_REPORT = (
    "Summaries of the league matches played on Saturday , goals and attendance :\n"
    "Dunmore 2 ( Keller 43 , 46 penalty ) Ashbury 3 ( Novak 10 , Braithwaite 55 , Okafor 78 ) .\n"
    "Attendance : 5,465\n"
    "Kelso 0 Port Ellen United 2 ( Haraldsson 22 , 51 ) .\n"
    "Standings :\n"
    "Ashbury 15 7 4 4 28 19 25\n"
    "Dunmore 14 4 5 5 19 27 17\n"
)


def test_result_line_teams_are_clubs_and_scorers_are_people(run):
    entities, _ = run(_REPORT)
    for club in ("Dunmore", "Ashbury", "Kelso", "Port Ellen United"):
        assert entities[club].type == "ORG", club
    for player in ("Keller", "Novak", "Braithwaite", "Okafor", "Haraldsson"):
        assert entities[player].type == "PERSON", player
    # The scores are not part of any name.
    assert not [name for name in entities if any(ch.isdigit() for ch in name)]


def test_standings_rows_count_as_mentions_of_the_clubs(run):
    entities, _ = run(_REPORT)
    assert entities["Ashbury"].mention_count == 2
    assert entities["Dunmore"].mention_count == 2


def test_country_in_a_result_line_stays_a_place(run):
    entities, _ = run("World Cup qualifying matches on Sunday , the group table after the match :\nJapan 2 Syria 1\n")
    assert entities["Japan"].type == "GPE"
    assert entities["Syria"].type == "GPE"


def test_golf_card_is_not_a_club(run):
    entities, _ = run(
        "Leading scores in the golf tournament after the third round on Saturday , the championship leader :\n"
        "Tiger Woods 68 70 72\n"
    )
    assert entities["Tiger Woods"].type == "PERSON"


def test_lines_outside_a_sports_report_are_left_alone(run):
    entities, _ = run(
        "Coffee shipments in August by origin , in bags , with July in brackets :\n"
        "Colombia 198 ( 164 )\nKenya 63 ( 60 )\n"
    )
    assert entities["Colombia"].type == "GPE"
    assert entities["Kenya"].type == "GPE"


def test_a_scorer_list_may_wrap_onto_the_next_line(run):
    entities, _ = run(
        "Summaries of the premier league matches on Saturday :\n"
        "Ashbury 2 ( Novak 45 , Braithwaite 90 ) Dunmore 2 ( Keller 62 , Okafor\n"
        "71 ) .\n"
    )
    assert entities["Okafor"].type == "PERSON"
    assert entities["Dunmore"].type == "ORG"


_PREVIEW = (
    "Previews of Sunday 's league matches ( league positions in brackets , kick-off GMT ) :\n"
    "Kelso ( 12 ) v AS Dunmore ( 7 ) 1930\n"
    "Kelso have injury doubts about striker Haraldsson , while Dunmore present a full strength side "
    "in the derby match .\n"
)


def test_fixture_line_teams_are_clubs_wherever_the_report_names_them(run):
    types = {m.text: e.type for e in run(_PREVIEW)[0].values() for m in e.mentions}
    assert types.get("Kelso") == "ORG"
    assert types.get("AS Dunmore") == "ORG"
    assert types.get("Dunmore") == "ORG"  # the club's core name, in the prose


def test_team_with_country_and_a_scorers_line(run):
    body = (
        "Result of a basketball league match on Thursday :\n"
        "Ashbury ( Belgium ) 75 Port Ellen ( Spain ) 82 ( 34-35 )\n"
        "Leading scorers :\n"
        "Ashbury - Eric Novak 18 , Ron Keller 18 , Jacques Okafor 14\n"
    )
    types = {m.text: e.type for e in run(body)[0].values() for m in e.mentions}
    assert types.get("Ashbury") == "ORG"
    assert types.get("Port Ellen") == "ORG"
    assert types.get("Belgium") == "GPE"
    for player in ("Eric Novak", "Ron Keller", "Jacques Okafor"):
        assert types.get(player) == "PERSON", player


def test_standings_rows_with_ratios_halves_and_dashes_are_clubs(run):
    entities, _ = run(
        "Baseball standings after games played on Tuesday ( tabulate under won , lost , winning "
        "percentage and games behind ) :\n"
        "W L PCT GB\n"
        "PORTVILLE 74 59 .556 -\n"
        "MARCHBANK 70 63 .526 4\n"
        "EAST HARTON 69 65 .515 5 1/2\n"
    )
    for club in ("PORTVILLE", "MARCHBANK", "EAST HARTON"):
        assert entities[club].type == "ORG", club


def test_a_schedule_line_with_at_names_a_club_and_the_place_it_plays(extractor):
    found, _ = extractor.extract(
        "Baseball standings after games played on Tuesday , and the schedule :\n"
        "PORTVILLE 74 59 .556 -\n"
        "MARCHBANK 70 63 .526 4\n"
        "WEDNESDAY , AUGUST 28 SCHEDULE\n"
        "PORTVILLE AT MARCHBANK\n"
    )
    types = {(e.name, e.type): e.mention_count for e in found}
    assert types[("PORTVILLE", "ORG")] == 2
    # MARCHBANK plays in the standings and is the place PORTVILLE visits in the schedule.
    assert types[("MARCHBANK", "ORG")] == 1
    assert types[("MARCHBANK", "GPE")] == 1


def test_cricket_scorecard_lines_give_grounds_clubs_and_players(run):
    entities, _ = run(
        "Close of play scores in the county championship matches on Friday :\n"
        "Eastbridge : Wexshire 363 ( W. Tarrant 111 , V. Olade 52 ; I. Brack 4-37 ) , Dunshire 197-8 .\n"
        "Portby ( The Green ) : Harnshire 83 and 174 ( P. Kell 80 not out ) , Ellingshire 296 .\n"
    )
    for club in ("Wexshire", "Dunshire", "Harnshire", "Ellingshire"):
        assert entities[club].type == "ORG", club
    for player in ("W. Tarrant", "V. Olade", "I. Brack", "P. Kell"):
        assert entities[player].type == "PERSON", player
    for ground in ("Eastbridge", "Portby", "Green"):  # "The Green": the name drops its article
        assert entities[ground].type in ("GPE", "LOC", "FAC"), ground


def test_match_results_give_players_and_their_countries(run):
    entities, _ = run(
        "Results from the championships on Saturday ( prefix number denotes seeding ) :\n"
        "Women 's singles , third round 1 - Anna Tarrow ( Austria ) beat Mia Kellstad ( Norway ) 6-4 "
        "6-2 16 - Eva Brannick ( Japan ) beat Lotte Varga ( Hungary ) 6 - 2 7-6 ( 7-5 )\n"
        "Ilse Marrow ( Belgium ) beat Petra Dunn ( Canada )\n"
        "6-0 6-3\n"
    )
    for player in ("Anna Tarrow", "Mia Kellstad", "Eva Brannick", "Lotte Varga", "Ilse Marrow", "Petra Dunn"):
        assert entities[player].type == "PERSON", player
    for country in ("Austria", "Norway", "Japan", "Hungary", "Belgium", "Canada"):
        assert entities[country].type == "GPE", country


def test_leaderboard_lines_give_players_and_their_countries(run):
    entities, _ = run(
        "Leading scores in the golf tournament after the first round on Thursday ( players U.S. unless stated ) :\n"
        "62 Harlan Voss\n"
        "65 Billy Tarrow , Duffy Kellan , Jesper Marrow ( Sweden ) , Willie\n"
        "Dunn , Loren Baxter , Steve Harlow\n"
    )
    for player in ("Harlan Voss", "Billy Tarrow", "Duffy Kellan", "Jesper Marrow", "Loren Baxter", "Steve Harlow"):
        assert entities[player].type == "PERSON", player
    assert entities["Sweden"].type == "GPE"


def test_a_line_of_one_word_names_is_no_leaderboard(run):
    entities, _ = run(
        "Clubs through to the next round of the cup after the matches on Saturday :\nArsenal , Chelsea , Everton\n"
    )
    assert all(entities[club].type != "PERSON" for club in ("Arsenal", "Chelsea", "Everton") if club in entities)


def test_a_result_line_after_a_lead_in_with_ordinal_minutes(run):
    entities, _ = run(
        "SOCCER - SUMMARY IN THE TARVIAN FIRST DIVISION .\nKESSBURG 1996-08-30\nSummary of game played in the "
        "Tarvian first division on Saturday : Tarvo Coruna 1 ( Corentine Dravik , 22nd minute ) Real Kessland 1 "
        "( Roberto Tarsk 79th ) .\nHalftime 1-0 ."
    )
    kinds = {m.text: e.type for e in entities.values() for m in e.mentions}
    assert kinds.get("Tarvo Coruna") == "ORG" and kinds.get("Real Kessland") == "ORG"
    assert kinds.get("Corentine Dravik") == "PERSON" and kinds.get("Roberto Tarsk") == "PERSON"


def test_final_leaderboard_lines_with_round_scores_give_players(run):
    entities, _ = run(
        "Leading scores after the final round of the golf tournament on Sunday ( British unless stated ) :\n"
        "285 Corwin Talbridge ( Italy ) 71 73 72 69\n"
        "291 Phelan Oxtoby 72 76 74 69 , Dace Hunnicutt 70 79 73 69 , Ivo Marwick ( Sweden ) 71 73 75 72\n"
    )
    for player in ("Corwin Talbridge", "Phelan Oxtoby", "Dace Hunnicutt", "Ivo Marwick"):
        assert entities[player].type == "PERSON", player
    assert entities["Sweden"].type == "GPE"
    assert not [n for n, e in entities.items() if e.type == "PERSON" and any(ch.isdigit() for ch in n)]


def test_a_scorers_line_after_a_result_names_players_not_clubs(run):
    entities, _ = run(
        "SOCCER - TARVIK BEAT MARBURY .\nLONDON 1996-08-31\n"
        "Result of an English premier league match on Saturday :\n"
        "Tarvik 2 Marbury 1\n"
        "Scorers : Peter Smith 34 , John Brown 71\n"
        "Attendance : 15,150\n"
    )
    for player in ("Peter Smith", "John Brown"):
        assert {e.type for e in entities.values() for m in e.mentions if m.text == player} == {"PERSON"}, player
    assert {e.type for e in entities.values() for m in e.mentions if m.text == "Tarvik"} == {"ORG"}


def test_the_scores_of_a_result_line_are_no_names(run):
    entities, _ = run(
        "SOCCER - TARVIK BEAT MARBURY .\nLONDON 1996-08-31\n"
        "Result of an English premier league match on Saturday :\n"
        "Tarvik 2 Marbury 1\n"
    )
    assert not [name for name in entities if not any(ch.isalpha() for ch in name)]
