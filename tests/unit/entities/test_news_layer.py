"""News-layer rules, each on sentences written for the test."""

from services.processors.entities.consistency import one_sense_per_article
from services.processors.entities.spans import NewsSpan


def test_agency_is_an_org(run):
    entities, _ = run("The report was carried by Yonhap on Tuesday, hours after the vote.")
    assert entities["Yonhap"].type == "ORG"


def test_title_before_name_makes_a_person_with_a_role(run):
    entities, _ = run("Brazilian Finance Minister Carla Mendes arrived in Lisbon on Monday.")
    person = entities["Carla Mendes"]
    assert person.type == "PERSON"
    assert person.roles == ("Brazilian Finance Minister",)
    assert "Brazilian" not in entities  # a nationality in a title is an adjective, kept in the role


def test_lowercase_title_and_portfolio_words_are_not_an_org(run):
    entities, _ = run("Talks were held with the Chilean Foreign Affairs Minister Rosa Ibanez in Santiago.")
    assert entities["Rosa Ibanez"].type == "PERSON"
    assert entities["Rosa Ibanez"].roles == ("Chilean Foreign Affairs Minister",)
    assert not [e for e in entities.values() if e.type == "ORG" and "Affairs" in e.name]


def test_honorific_marks_a_name_but_is_not_a_role(run):
    entities, _ = run("Deputy Prime Minister Andrei Kuznetsov visited Murmansk. Mr. Kuznetsov toured the shipyard.")
    assert entities["Andrei Kuznetsov"].roles == ("Deputy Prime Minister",)
    assert entities["Andrei Kuznetsov"].mention_count == 2


def test_surname_tagged_org_becomes_the_person(run):
    # The bare model tags the second "Morimoto" as ORG.
    entities, _ = run("Economy Minister Takeshi Morimoto visited the plant. Morimoto said output would rise.")
    assert entities["Takeshi Morimoto"].mention_count == 2
    assert all(e.type != "ORG" for e in entities.values())


def test_place_tagged_as_product_or_language_after_a_locative(run):
    # The bare model tags "Belgorod" here as LANGUAGE.
    entities, _ = run("Fighting continued near Belgorod overnight.")
    assert entities["Belgorod"].type == "GPE"


def test_place_before_region_word_and_after_port_of(run):
    entities, _ = run("Deputy Prime Minister Andrey Kuznetsov visited the port of Vladivostok on Monday.")
    assert entities["Vladivostok"].type == "GPE"


def test_caption_residue_is_trimmed(run):
    body = "Photo shows Marta Kowalczyk X\n\nMarta Kowalczyk opened the summit on Monday."
    entities, _ = run(body)
    assert entities["Marta Kowalczyk"].mention_count == 2
    assert {m.text for m in entities["Marta Kowalczyk"].mentions} == {"Marta Kowalczyk"}


def test_ministries_and_government_bodies(run):
    entities, _ = run("The Interior Ministry said on Sunday that the Ministry of Health would publish the figures.")
    assert entities["Interior Ministry"].type == "ORG"
    assert entities["Ministry of Health"].type == "ORG"
    entities, _ = run("The Ministry of Trade and Industry said exports rose.")
    assert entities["Ministry of Trade and Industry"].type == "ORG"


def test_a_newsroom_in_a_sign_off_is_an_org(run):
    entities, _ = run("The bank said it would not act on Friday.\n-- Tarvik Newsroom +48 22 653 9700")
    assert entities["Tarvik Newsroom"].type == "ORG"


def test_a_desk_in_a_sign_off_is_an_org_even_after_a_place(run):
    # "Wall Street" alone is a place; with "Desk" after it the run names a newsroom desk.
    entities, _ = run("Shares closed higher on Friday.\n-- Wall Street Desk , 212-555-0100")
    assert entities["Wall Street Desk"].type == "ORG"
    assert "Wall Street" not in entities
    entities, _ = run("Copper prices eased.\n-- Tarvik Metals Desk +44 171 555 0100")
    assert entities["Tarvik Metals Desk"].type == "ORG"


def test_an_organisation_noun_outweighs_the_models_bare_readings_of_the_name(nlp):
    from services.processors.entities.consistency import one_sense_per_article
    from services.processors.entities.spans import NewsSpan
    from services.processors.entities.tokens import DocTokens

    toks = DocTokens.of(nlp("He joined club Tarvisa . The deal cost Tarvisa much . He left Tarvisa ."))
    positions = [k for k, w in enumerate(toks.text) if w == "Tarvisa"]
    spans = [
        NewsSpan(k, k + 1, toks.idx[k], toks.end[k], label, source)
        for k, (label, source) in zip(positions, [("ORG", "apposition"), ("GPE", "model"), ("GPE", "model")])
    ]
    assert {s.label for s in one_sense_per_article(toks, spans)} == {"ORG"}


def test_capitals_and_states_of_the_past_are_places(run):
    entities, _ = run(
        "The town lies 200 km east of the capital Dushanbe, and links with Russia were cut by the "
        "collapse of the Soviet Union."
    )
    assert entities["Dushanbe"].type == "GPE"
    assert entities["Soviet Union"].type == "GPE"


def test_a_possessive_in_capitals_is_cut_off_a_name(run):
    entities, _ = run(
        "SOCCER - TARVIK 'S KESSEL MOVES TO DUNMORE .\nTARVIK 1996-08-30\nFormer winger Jan Kessel , "
        "transferred to Tarvik in 1992 , has been loaned to club Dunmore for a year ."
    )
    assert not [m.text for e in entities.values() for m in e.mentions if m.text.endswith("'S")]


def test_a_code_of_letters_and_figures_is_no_name(run):
    entities, _ = run("Eight mines fitted with powerful C-4 plastic explosives were found near the U-21 team's hotel.")
    named = {m.text for e in entities.values() if e.type in ("PERSON", "ORG", "GPE", "LOC") for m in e.mentions}
    assert not {"C-4", "U-21"} & named


def test_scorers_with_their_minutes_in_brackets_are_people(run):
    entities, _ = run(
        "SOCCER - TARVIA BEAT KESSLAND IN QUALIFIER .\nLONDON 1996-08-30\nTarvia beat Kessland 2-1 in "
        "their European soccer match on Friday .\nScorers :\nTarvia - Cosmo Dravik ( 31st ) , Mihal "
        "Tarsk ( 75th )\nKessland - Danis Glevok ( 13rd )\nAttendance : 200"
    )
    kinds = {m.text: e.type for e in entities.values() for m in e.mentions}
    for scorer in ("Cosmo Dravik", "Mihal Tarsk", "Danis Glevok"):
        assert kinds.get(scorer) == "PERSON", scorer


def test_a_time_zone_or_a_statistic_is_no_name(run):
    entities, _ = run(
        "The market will close early at 1400 EDT / 1800 GMT on Friday. Tarvo Kessel had three RBI "
        "and Dan Marsh collected a career-high four RBI."
    )
    named = {m.text for e in entities.values() if e.type in ("PERSON", "ORG", "GPE", "LOC") for m in e.mentions}
    assert not {"GMT", "EDT", "RBI"} & named


def test_a_newsdesk_in_a_sign_off_is_an_org(run):
    entities, _ = run("Shares closed lower on Friday.\n-- Tarvik Newsdesk 212-859-1610")
    assert entities["Tarvik Newsdesk"].type == "ORG"


def test_two_full_names_joined_by_and_in_one_model_span_are_two_people(nlp):
    from services.processors.entities.lexicon import load_lexicon
    from services.processors.entities.separators import split_pairs_of_people
    from services.processors.entities.tokens import DocTokens

    lexicon = load_lexicon()
    toks = DocTokens.of(nlp.make_doc("Laurent Tarvel and Laurent Kessek scored"))
    assert split_pairs_of_people(toks, [(0, 5, "ORG")], lexicon) == [(0, 2, "PERSON"), (3, 5, "PERSON")]
    toks = DocTokens.of(nlp.make_doc("Tarvel Kessek and Dunmore Holdings rose"))
    assert split_pairs_of_people(toks, [(0, 5, "ORG")], lexicon) == [(0, 5, "ORG")]


def test_a_list_items_given_name_joins_the_surname_the_model_tagged(nlp):
    from services.processors.entities.lexicon import load_lexicon
    from services.processors.entities.person_extensions import extend_people, extension_stops
    from services.processors.entities.spans import NewsSpan
    from services.processors.entities.tokens import DocTokens

    lexicon = load_lexicon()
    toks = DocTokens.of(nlp("Teams : Sanath Jayasuriya , Romesh Kaluwitharana , Asanka Gurusinha ."))
    k = toks.text.index("Kaluwitharana")
    spans = [NewsSpan(k, k + 1, toks.idx[k], toks.end[k], "PERSON", "model")]
    (span,) = extend_people(toks, spans, lexicon, extension_stops(lexicon))
    assert toks.span_text(span.start, span.end) == "Romesh Kaluwitharana"


def test_numeric_labels_are_left_to_the_figures_stage(run):
    entities, _ = run("Officials in Lisbon counted 4,000 people on Monday.")
    assert set(entities) == {"Lisbon"}


def test_name_particles_stay_inside_a_titled_name(run):
    entities, _ = run("Crown Prince Khalid bin Faisal arrived in Cairo on Monday.")
    assert entities["Khalid bin Faisal"].roles == ("Crown Prince",)


def test_body_before_a_title_stays_an_org(run):
    entities, _ = run("Foreign Ministry spokesperson Anna Lindqvist said talks would resume on Friday.")
    assert entities["Anna Lindqvist"].roles == ("Foreign Ministry spokesperson",)
    assert entities["Foreign Ministry"].type == "ORG"


def test_notable_city_from_the_gazetteer(run):
    entities, _ = run("Russian forces struck Kharkiv overnight, officials said.")
    assert entities["Kharkiv"].type == "GPE"


def _span(doc, start, end, label, source="model"):
    return NewsSpan(start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), label, source)


def test_one_sense_per_article_tags_an_untagged_repeat(nlp):
    doc = nlp.make_doc("Talks with Ondrel Varsk ended. Later Ondrel Varsk left Tarvo.")
    spans = one_sense_per_article(doc, [_span(doc, 2, 4, "PERSON")])
    assert sorted((s.start, s.end, s.label) for s in spans) == [(2, 4, "PERSON"), (7, 9, "PERSON")]


def test_one_sense_per_article_takes_the_majority_label(nlp):
    doc = nlp.make_doc("Tarvo grew. Tarvo hired. Tarvo sold.")
    spans = [_span(doc, 0, 1, "ORG"), _span(doc, 3, 4, "ORG"), _span(doc, 6, 7, "GPE")]
    assert [s.label for s in one_sense_per_article(doc, spans)] == ["ORG", "ORG", "ORG"]
    tie = [_span(doc, 0, 1, "ORG"), _span(doc, 3, 4, "GPE")]
    assert [s.label for s in one_sense_per_article(doc, tie)] == ["ORG", "GPE"]


def test_given_name_run_tagged_org_becomes_a_person(run):
    # The bare model tags "Helena Varga" here as ORG.
    entities, quotes = run('Helena Varga spoke to parliament. "We will not accept these terms at all," she said.')
    assert entities["Helena Varga"].type == "PERSON"
    assert quotes[0].speaker_id == entities["Helena Varga"].id


def test_given_name_rule_leaves_organisations_alone(run):
    entities, _ = run("The Ministry of Health and Victoria Holdings Group opened a clinic in Prague.")
    assert entities["Ministry of Health"].type == "ORG"
    assert all(e.type != "PERSON" for e in entities.values())


def test_a_title_word_inside_a_company_name_is_not_a_title(run):
    body = "General Motors said it would cut jobs in South America, while General Mark Milley visited Detroit."
    entities, _ = run(body)
    assert entities["General Motors"].type == "ORG"
    assert entities["Mark Milley"].roles == ("General",)
    assert entities["South America"].type == "LOC"


def test_given_name_rule_skips_places_and_parties(run):
    entities, _ = run("Protesters marched down Park Avenue while the Social Democrats met at the Victoria Hotel.")
    assert all(e.type != "PERSON" for e in entities.values())


def test_leading_article_is_not_part_of_a_name_unless_the_name_has_it(run):
    entities, _ = run("The Foreign Ministry rejected a report in The Washington Post on Monday.")
    assert [m.text for m in entities["Foreign Ministry"].mentions] == ["Foreign Ministry"]
    assert [m.text for m in entities["The Washington Post"].mentions] == ["The Washington Post"]


def test_military_rank_before_a_full_name_tagged_org_whole(run):
    # The bare model tags "General Anton Malik" as one ORG, and the later "Malik" as ORG too.
    entities, _ = run("The court convicted General Anton Malik, head of the militia. Malik said he would appeal.")
    person = entities["Anton Malik"]
    assert person.type == "PERSON"
    assert person.roles == ("General",)
    assert person.mention_count == 2


def test_a_rank_word_opening_a_company_name_is_still_no_title(run):
    entities, _ = run("General Motors said sales rose, and General Electric Co shares fell.")
    assert entities["General Motors"].type == "ORG"
    assert "Motors" not in entities


def test_sports_and_profession_roles_are_titles(run):
    entities, _ = run(
        "Defender Hassan Abbas rose to head the ball past goalkeeper Salem Bitar. "
        "The loss was not a surprise, said chief economist Laura Grant."
    )
    assert entities["Hassan Abbas"].type == "PERSON"
    assert entities["Salem Bitar"].type == "PERSON"
    assert entities["Laura Grant"].roles == ("chief economist",)
    assert not [name for name in entities if name.startswith("Defender")]


def test_a_lone_title_word_is_no_person(run):
    # The bare model tags "Pope" as a PERSON.
    entities, _ = run("Polish ex-communist president to visit Pope . A meeting with the Pope is also planned .")
    assert "Pope" not in entities


def test_a_title_word_that_is_the_surname_of_the_article_stays(run):
    entities, _ = run("Singer Carole King toured Europe in May. Later, King said the tour had gone well.")
    assert entities["Carole King"].mention_count == 2


def test_a_name_after_an_organisation_noun_is_an_org(run):
    # The bare model tags "Radiometer" as a PERSON and leaves "Rinaco Plus" untagged.
    entities, _ = run(
        "A survey sees medical equipment group Radiometer reporting flat earnings, "
        "said an analyst at Moscow brokerage Rinaco Plus."
    )
    assert entities["Radiometer"].type == "ORG"
    assert entities["Rinaco Plus"].type == "ORG"


def test_people_after_person_nouns_stay_people(run):
    entities, _ = run("Film producer Harvey Weinstein and investor Warren Buffett met the firm on Monday.")
    assert entities["Harvey Weinstein"].type == "PERSON"
    assert entities["Warren Buffett"].type == "PERSON"


def test_a_model_span_is_cut_at_a_bracket_or_versus(run):
    body = (
        "Results of the semifinals on Friday :\n"
        "Peter Nicol ( Scotland ) beat Simon Parke ( England ) 15-7 15-12 15-12 .\n"
        "Final : Nicol v Eyles , on Saturday .\n"
    )
    entities, _ = run(body)
    mentions = {m.text for e in entities.values() for m in e.mentions}
    assert {"Simon Parke", "England", "Nicol", "Eyles"} <= mentions
    assert not [m for m in mentions if "(" in m or " v " in m]


def test_a_model_span_is_cut_at_a_spaced_dash(run):
    entities, _ = run("Scorers :\nRomania - Cosmin Contra ( 31st ) , Mihai Tararache ( 75th )\n")
    mentions = {m.text for e in entities.values() for m in e.mentions}
    assert "Romania" in mentions
    assert not [m for m in mentions if " - " in m]


def test_a_nationality_before_a_full_name_is_not_part_of_the_person(run):
    # The bare model tags "Montenegrin Dejan Savicevic" and "Croat Alen Boksic" as PERSONs.
    entities, _ = run(
        "George Weah returns alongside Roberto Baggio , with Montenegrin Dejan Savicevic in midfield . "
        "Alessandro Del Piero and Croat Alen Boksic lead the attack ."
    )
    names = {m.text for e in entities.values() if e.type == "PERSON" for m in e.mentions}
    assert {"Dejan Savicevic", "Alen Boksic"} <= names


def test_demonyms_of_countries_beyond_the_full_gazetteer_are_nationalities(run):
    entities, _ = run("Croat striker Milan Rapajic scored twice, and the Liberian defender was booked.")
    assert entities["Milan Rapajic"].type == "PERSON"
    assert not [e for e in entities.values() if e.type == "PERSON" and e.name in ("Croat", "Liberian")]


def test_a_lower_case_span_is_no_name(run):
    # The bare model tags "midfield" as a GPE here.
    entities, _ = run("George Weah returns alongside Roberto Baggio , with Montenegrin Dejan Savicevic in midfield .")
    assert "midfield" not in entities


def test_a_geographic_head_of_a_place_is_one_location(run):
    entities, _ = run("The ministry updated shipping warnings for the Gulf of Mexico and the Horn of Africa on Friday.")
    assert entities["Gulf of Mexico"].type == "LOC"
    assert entities["Horn of Africa"].type == "LOC"
    assert "Mexico" not in entities


def test_a_name_before_coast_or_a_closing_state_is_a_place(run):
    entities, _ = run(
        "Light rains fell over the coast of Quintana Roo state . A front affected Sonora state , "
        "and Kenyan state media reported floods along the coast of Tamaulipas ."
    )
    assert entities["Quintana Roo"].type == "GPE"
    assert entities["Sonora"].type == "GPE"
    assert entities["Tamaulipas"].type == "GPE"


def test_a_person_after_a_maker_of_things_is_still_a_person(run):
    entities, _ = run(
        "He was a student of master Palestinian bombmaker Abu Ibrahim, and of carmaker Skoda's engineers."
    )
    assert entities["Abu Ibrahim"].type == "PERSON"


def test_an_employer_before_a_title_keeps_its_entity(run):
    entities, _ = run("Exports beat forecasts, and HSBC economist Frederic Neumann said exporters had adapted.")
    assert entities["HSBC"].type == "ORG"
    assert entities["Frederic Neumann"].type == "PERSON"


def test_a_city_and_its_district_after_a_comma_are_two_places(run):
    entities, _ = run("The talks were held in Washington, D.C., on Friday.")
    mentions = {m.text for e in entities.values() for m in e.mentions}
    assert {"Washington", "D.C."} <= mentions
    assert "Washington, D.C." not in mentions


def test_platforms_a_statement_appears_on_are_organisations(run):
    entities, _ = run('The minister said on Twitter: "We will act." The clip spread on TikTok and YouTube.')
    assert {name: entities[name].type for name in ("Twitter", "TikTok", "YouTube")} == dict.fromkeys(
        ("Twitter", "TikTok", "YouTube"), "ORG"
    )


def test_territories_and_islands_named_like_countries_are_places(run):
    entities, _ = run(
        "Bonaire, St Eustatius and Saba were removed from the list. Scotland added Madeira and the Azores. "
        "Arrivals from Curacao must isolate."
    )
    for name in ("Bonaire", "Sint Eustatius", "Saba", "Madeira", "Azores", "Curaçao"):
        assert entities[name].type == "GPE", name


def test_a_name_never_runs_across_a_line_break(run):
    # The model reads "Slovak Republic\nArgentina" as one place and "Loren Baxter\n" with the
    # line break; rows of a list are separate names and a name ends before the break.
    entities, _ = run("Members of the new group :\nSlovak Republic\nArgentina\nSouth Korea\n")
    assert {"Slovak Republic", "Argentina", "South Korea"} <= set(entities)
    entities, _ = run("Leading scores after the first round :\n66 Dave Kell , Mike Harlow , Loren Baxter\n")
    mentions = [m.text for e in entities.values() for m in e.mentions]
    assert "Loren Baxter" in mentions
    assert not [m for m in mentions if "\n" in m]


def test_a_family_name_written_first_tagged_org_is_the_person(run):
    # The bare model tags both lone "Hao" as ORG; the article names him "Hao Jianming" first.
    entities, _ = run(
        "Chinese police have detained veteran dissident Hao Jianming , a rights group said .\n"
        "Police gave no reason for detaining Hao on Friday and would not say why Hao was being "
        "sent to a study class ."
    )
    assert entities["Hao Jianming"].type == "PERSON"
    assert entities["Hao Jianming"].mention_count == 3


def test_a_region_noun_after_a_place_is_not_part_of_its_name(run):
    # The bare model tags "Tarqiyah province" GPE whole.
    entities, _ = run("Police arrested the militants in the eastern Tarqiyah province on Friday .")
    assert [m.text for m in entities["Tarqiyah"].mentions] == ["Tarqiyah"]


def test_a_nickname_in_quotes_is_part_of_the_name_and_the_surname_follows_it(run):
    entities, _ = run(
        'Boxing legend Ramiro " Iron Fist " Valdane climbs into the ring on Saturday .\n'
        "Valdane , 45 , takes on a little-known Mexican in a non-title bout .\n"
        "The fight , Valdane 's first at home for 10 years , is sold out ."
    )
    boxer = entities['Ramiro " Iron Fist " Valdane']
    assert boxer.type == "PERSON"
    assert boxer.mention_count == 3


def test_a_name_after_state_of_or_island_of_is_a_place(run):
    entities, _ = run(
        "Armed men attacked a convoy in the western state of Tarvela on Friday , and the plane "
        "smashed into a mountain on the island of Kormsund ."
    )
    assert entities["Tarvela"].type == "GPE"
    assert entities["Kormsund"].type in ("GPE", "LOC")


def test_a_list_run_together_is_cut_at_its_commas(run):
    entities, _ = run("Delegates came from Tarvela , Kormsund and Ostria , the organisers said on Friday .")
    assert not [m.text for e in entities.values() for m in e.mentions if "," in m.text]


def test_a_lone_letter_is_no_name(run):
    entities, _ = run("Shares offered by company N / A\nLead underwriter Bear Stearns & Co Inc\n")
    assert "N" not in entities
    assert entities["Bear Stearns & Co Inc"].type == "ORG"


def test_hashtags_and_handles_are_no_mentions(run):
    entities, _ = run('The minister wrote: "We will remove Turkey from the #TravelCorridor list." Follow @CityCouncil.')
    assert "TravelCorridor" not in entities and "CityCouncil" not in entities
    assert entities["Turkey"].type == "GPE"


def test_people_of_a_body_opening_a_sentence_are_not_part_of_its_name(run):
    # The bare model reads "Representatives of Harbor Trust" after a line break as one ORG.
    entities, _ = run(
        "The merger was approved on Friday .\n"
        "Representatives of Harbor Trust , Kestrel Savings and Lumen Bancorp declined to comment .\n"
    )
    assert entities["Harbor Trust"].type == "ORG"
    assert not [e for e in entities.values() if "Representatives" in e.name]


def test_a_one_word_person_before_a_region_noun_is_a_place(nlp):
    from services.processors.entities.lexicon import load_lexicon
    from services.processors.entities.relabelling import relabel
    from services.processors.entities.tokens import DocTokens

    lexicon = load_lexicon()
    toks = DocTokens.of(nlp("The agency did not say when Tarqing port in Lushan city would open ."))
    words = list(toks.text)
    spans = []
    for word in ("Tarqing", "Lushan"):
        k = words.index(word)
        spans.append(NewsSpan(k, k + 1, toks.idx[k], toks.end[k], "PERSON", "model"))
    out = relabel(toks, spans, lexicon)
    assert [s.label for s in out[:2]] == ["GPE", "GPE"]
    # a common given name before a region noun stays a person ("John county" is no place)
    toks2 = DocTokens.of(nlp("They said Mary city officials agreed ."))
    m = list(toks2.text).index("Mary")
    out2 = relabel(toks2, [NewsSpan(m, m + 1, toks2.idx[m], toks2.end[m], "PERSON", "model")], lexicon)
    assert out2[0].label == "PERSON"


def test_a_country_after_a_datelines_dash_is_not_swallowed_by_the_date(run):
    entities, _ = run(
        "LISBON, March 2 - Portugal is not happy with the structure of the bank committee, "
        "Finance Minister Tomas Ribeiro said."
    )
    kinds = {m.text: e.type for e in entities.values() for m in e.mentions}
    assert kinds.get("Portugal") == "GPE"
