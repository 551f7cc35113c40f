"""The news layer: corrections to the statistical model's entities for wire copy.

Given a parsed ``Doc`` it returns the article's named-entity spans after these rules, each
driven by a list in ``data/``:

1. a model span is cut at a bracket or a spaced "v" or dash inside it ("Simon Parke ( England",
   "Nicol v Eyles"), and two full names joined by "and" are two people ("Laurent Cabannes and
   Laurent Benezech"); caption residue, possessives and a leading "the" or adverb are
   trimmed from model spans
   ("Kim Jong-un X" -> "Kim Jong-un", "the Foreign Ministry" -> "Foreign Ministry"), and so is
   a lower-case region noun closing one ("Sharqiyah province" -> "Sharqiyah"), and so is
   a nationality opening a person's full name ("Montenegrin Dejan Savicevic": a PERSON, or a
   span of another label whose rest opens with a common given name); a person, organisation or
   place the model finds in lower-case words only ("in midfield", "the south coast"), in a
   lone letter ("N / A"), in a hashtag or handle ("#TravelCorridor") or in a code of letters
   and figures ("C-4", "U-21") or in a time zone or statistic ("GMT", "RBI") is dropped; a name
   that really starts with "The" ("The Washington Post") comes from the gazetteer untrimmed;
   so are swallowed dates, percentages, scores and agency credits (:mod:`neighbours`:
   "Barclays Monday" -> "Barclays", "Arsenal 2-1" -> "Arsenal");
2. gazetteer terms (agencies and state media, international bodies, countries and their official
   names, capitals, seats of power, demonyms) get their lexicon label;
3. a title before a capitalised name ("Russian Foreign Minister Sergei Lavrov", "leader Kim")
   makes the name a PERSON with that title as its role, and the title words stop being an ORG;
4. a capitalised run ending in a government-body noun ("Foreign Ministry", "Ministry of Defence")
   is an ORG;
5. a PERSON cut short by the model is extended over the following capitalised proper nouns, and
   over a nickname in quotes and the surname after it (Roberto " Hands of Stone " Duran); a
   one-word PERSON in a list takes the given name before it ("... , Romesh Kaluwitharana ,");
6. an owner run into what it owns is cut off at the possessive when the article names it apart
   ("Farrakhan 's Nation of Islam") (:mod:`inner_possessives`); a capitalised run opening with a
   common given name ("Marta Novak" tagged ORG, or untagged)
   is a PERSON, and so is a surname or known person tagged as something else (or untagged);
   a title word tagged PERSON on its own ("visit Pope") is dropped unless it is a surname of
   the article; a proper noun right after a lower-case organisation noun ("equipment group
   Radiometer", "brokerage Rinaco Plus", "carmaker Skoda") is an ORG; a geographic head and
   "of" before a place make one LOC with it ("Gulf of Mexico");
7. a word tagged PRODUCT after a locative preposition, or any name before "region"/"province"
   (or "state" closing a clause: "Sonora state ,") or after "region of"/"island of"/"state of"
   (tagged or not: "the state of Michoacan"), is a place (GPE);
8. one sense per article: a name written the same way gets the label most of its tagged
   occurrences have (one an organisation noun made an ORG outweighs the model's bare readings:
   "loaned to club Atalanta" ... "the deal would cost Atalanta"), and untagged occurrences of a PERSON or ORG name are tagged too; a
   company's short form is an ORG wherever the article names it in full with a designator
   (:mod:`short_names`: "Newmont Mining Corp" ... "Newmont said"), and so is an acronym given
   in brackets after an organisation's name (:mod:`acronyms`: "Kurdistan Democratic Party (
   KDP )" ... "the KDP said");
9. ALL-CAPS headlines and datelines ("PUTIN WARNS NATO", "MOSCOW (Reuters) -") are read again
   with their case restored from the article (:mod:`all_caps`): the recogniser's entities on
   the restored copy replace the model's in a caps headline, and names the article writes in
   mixed case give their label to their capitalised repeats;
10. in a sports report, a place that plays a match is a club, an ORG (:mod:`sports`:
    "Liverpool beat Arsenal", "Manchester United"); countries stay places;
11. in a sports report, agate lines are read by their layout (:mod:`agate`): the teams of a
    result line or standings row ("Gloucester 29 London Irish 19") are clubs, the names of a
    scorer list ("( Ferguson 34 , McCoist 71 )") are people;
12. a demonym used as an adjective ("anti-Russian", "Western officials") is not listed
    (:mod:`demonyms`); one naming a group ("the Russians") is; nor is a name inside a
    hyphenated modifier ("ex-England", "New York-based") or a place adjective in "-ic" before a
    noun ("Arctic town");
13. a byline, a short line of capitalised words above the dateline, is the writer, a PERSON
    (:mod:`bylines`);
14. a name closing with an event head is an EVENT ("Fed Cup", "Greater Milwaukee Open"), one
    closing with a facility head a FAC ("National Tennis Centre", "Changi Prison"), and in a
    sports report a league or division a competition ("American League") (:mod:`kind_heads`);
15. in a press digest, a paper's title on its own line under a rule of dashes is an ORG
    (:mod:`digests`);
16. a name before an index noun is a market index, a PRODUCT ("the Dow Jones industrial
    average", "the Nasdaq composite index"), and so is a one-word instrument ("Eurodollars")
    (:mod:`market_names`);
17. a run of capitals closing with a media word and opening with a place, a nationality or a
    paper word is a newspaper, an ORG ("Hong Kong Standard", "Irish Times", "Sunday
    Telegraph"), and so is one opening with a media word and a particle ("Gazzetta dello
    Sport") (:mod:`mastheads`);
18. a company's short name takes the possessive its full name holds ("Boatmen's Bancshares"
    ... "Boatmen's said") (:mod:`possessive_names`);
19. a sentence-opening occupation the article writes in lower case before a name elsewhere is
    no part of a person's name ("Broker Tariq Azmi") (:mod:`occupations`);
20. a short name the model calls a person that opens with a place ("Bangladesh Lamps") is an
    ORG, and so are the other items of its list (:mod:`place_led_names`);
21. a US state's wire abbreviation is a place ("TEMPE , Ariz .", "Peoria , Ill .")
    (:mod:`state_abbreviations`); a one-word model name the tagger reads as a common noun
    ("Steers and heifers", "Death is") is dropped (:mod:`common_nouns`); initials credited after
    a dash at the end of a line are the source, an ORG ("cattle roundup - USDA .")
    (:mod:`source_credits`); a sign-off line names the writer and the desk ("-- Stephen Nisbet ,
    International Bonds +44 171 6320") (:mod:`sign_offs`); a name right before a media noun is
    the outlet, an ORG ("the OPECNA news agency") (:mod:`outlets`);
22. a name after a vessel noun is a ship, a PRODUCT, wherever the article writes it ("the
    aircraft carrier Carl Vinson" ... "the Carl Vinson sailed") (:mod:`vessels`).

A place span covering a dateline whole is the place the story was filed from (source
"dateline"); no later rule relabels it (clubs, one sense per article, caps agreement), and the
body's spans of the same words the model calls people are that place too.

Overlaps are settled longest-first; on equal length the gazetteer beats a government-body
match, which beats the model. Title names are fixed before anything else.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher

from services.processors.entities.acronyms import acronyms_in_brackets
from services.processors.entities.agate import read_agate
from services.processors.entities.all_caps import CapsEntity, CapsReader, CapsRegion, caps_one_sense
from services.processors.entities.attributive_places import attributive_places
from services.processors.entities.bylines import bylines
from services.processors.entities.common_nouns import drop_common_nouns
from services.processors.entities.consistency import one_sense_per_article
from services.processors.entities.coordination import split_coordinated_organisations
from services.processors.entities.credited_speakers import credited_speakers
from services.processors.entities.demonyms import drop_adjectival_demonyms, drop_hyphenated_names
from services.processors.entities.digests import newspaper_titles
from services.processors.entities.grades import commodity_grades
from services.processors.entities.inner_possessives import split_inner_possessives
from services.processors.entities.kind_heads import label_by_head
from services.processors.entities.lexicon import Lexicon, Term
from services.processors.entities.market_names import market_measures
from services.processors.entities.mastheads import newspaper_mastheads
from services.processors.entities.names import name_key
from services.processors.entities.neighbours import trim_neighbours
from services.processors.entities.occupations import occupations_before_names
from services.processors.entities.outlets import outlet_names
from services.processors.entities.person_appositions import person_appositions
from services.processors.entities.place_led_names import place_led_names
from services.processors.entities.possessive_names import possessive_company_names
from services.processors.entities.region_names import region_names
from services.processors.entities.scorecards import read_scorecards
from services.processors.entities.short_names import company_short_forms
from services.processors.entities.sign_offs import sign_offs
from services.processors.entities.source_credits import source_credits
from services.processors.entities.spans import NAMED_LABELS, POSSESSIVES, PROPER_TAGS, NewsSpan
from services.processors.entities.sports import clubs_named_after_places, is_sports_report
from services.processors.entities.state_abbreviations import state_abbreviations
from services.processors.entities.surnames import people_named_after_places
from services.processors.entities.titles import TitleFinder, hyphened_particle
from services.processors.entities.tokens import DocTokens
from services.processors.entities.vessels import vessel_names

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_MAX_BODY_PREFIX = 6
_MAX_PERSON_EXTENSION = 2
#: Most words of a nickname in quotes inside a person's name ("Hands of Stone").
_MAX_NICKNAME_WORDS = 4
#: Longest untagged name read as a place after "<region noun> of" ("the state of Michoacan").
_MAX_PLACE_WORDS = 3
_MISPLACED_LABELS = frozenset({"PRODUCT", "LANGUAGE", "WORK_OF_ART"})
_PLACE_FIXABLE = frozenset({"PRODUCT", "LANGUAGE", "WORK_OF_ART", "ORG", "NORP", "PERSON"})
#: Adverbs, conjunctions and interjections the model sometimes glues to the front of a name.
_LEADING_JUNK_TAGS = frozenset({"RB", "RBR", "RBS", "CC", "UH"})
#: Function words a model span never ends in: a preposition, conjunction or determiner.
_DANGLING_TAGS = frozenset({"IN", "CC", "DT", "TO"})
#: Labels a name written right after an organisation noun ("group Radiometer") loses to ORG.
_ORG_FIXABLE = frozenset({"PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "GPE"})
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
#: Longest untagged proper-noun run an organisation noun makes an ORG.
_MAX_APPOSITION_WORDS = 4
#: Labels of model spans cut at separators no name holds (see ``_split_at_separators``).
_SPLIT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
#: Labels of names written with a capital: a model span of these in lower case only
#: ("with Dejan Savicevic in midfield" tagged GPE) is dropped.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_CASED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_BRACKETS = frozenset({"(", ")", "[", "]"})
_VERSUS = frozenset({"v", "v.", "vs", "vs."})
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_TAG_SIGNS = frozenset({"#", "@"})
#: Tokens that separate the items of a list of names ("Sanath Jayasuriya , Romesh Kaluwitharana").
_LIST_SEPARATORS = frozenset({",", ";"})
#: A code of a letter or two, a hyphen and figures: an explosive, an age group, an aircraft.
_CODE = re.compile(r"[A-Z]{1,2}-\d{1,3}")
_RELABELLED_AS_PERSON = frozenset({"ORG", "PRODUCT", "NORP", "FAC", "LOC", "WORK_OF_ART", "LANGUAGE", "EVENT", "LAW"})
#: Word forms remembered by the name-word test (a fact of the form only); emptied when full.
_CACHE_SIZE = 50_000
_PRIORITY = {
    "title": 4,
    "gazetteer": 3,
    "body": 2,
    "model": 1,
    "dateline": 1,
    "venue": 1,
    "surname": 1,
    "repeat": 1,
    "given-name": 1,
    "apposition": 1,
}


class NewsLayer:
    """Applies the rules above; build once per pipeline (it compiles the gazetteer matcher).

    The rules read token facts from a :class:`DocTokens` copied once per doc, not from ``Token``
    objects (see :mod:`tokens`).
    """

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._terms: dict[str, Term] = {}
        for surface, term in lexicon.terms.items():
            self._terms[surface] = term
            self._matcher.add(surface, [nlp.make_doc(surface)])
        self._titles = TitleFinder(lexicon)
        self._caps = CapsReader(nlp, self._matcher, lexicon)
        self._body_prefix_tags = PROPER_TAGS | {"JJ"}
        # Tokens that end an extension of a PERSON (rule 5) whatever their tag, by text / lower case.
        self._extension_stops = lexicon.residue | lexicon.body_heads | lexicon.day_words | lexicon.agencies
        self._name_word_cache: dict[tuple[str, str, bool], bool] = {}

    def spans(self, doc: Doc | DocTokens) -> list[NewsSpan]:
        """The corrected named-entity spans of ``doc``, sorted by position."""
        toks = doc if isinstance(doc, DocTokens) else DocTokens.of(doc)
        regions, caps_model, caps_gazetteer = self._caps.read(toks)
        headline_tokens = {k for r in regions if r.headline for k in range(r.start, r.end)}
        gazetteer = self._gazetteer(toks) + [
            self._span(toks, e.start, e.end, self._terms[e.surface].label, "gazetteer", term=self._terms[e.surface])
            for e in caps_gazetteer
            if e.surface is not None
        ]
        titles = self._titles.find(toks, {i for s in gazetteer for i in range(s.start, s.end)})
        blocked: set[int] = set()
        forced: list[NewsSpan] = []
        for title in titles:
            if title.name_start in headline_tokens:
                continue  # in capitals every word looks like a name; the restored reading decides
            blocked.update(range(title.zone_start, title.zone_end))
            blocked.update(range(title.name_start, title.name_end))
            forced.append(self._span(toks, title.name_start, title.name_end, "PERSON", "title", role=title.role))
        name_tokens = {i for span in forced for i in range(span.start, span.end)}

        candidates: list[NewsSpan] = []
        for span in gazetteer:
            if not name_tokens or name_tokens.isdisjoint(range(span.start, span.end)):
                candidates.append(span)
        for span in (*self._model(toks, headline_tokens, caps_model), *self._bodies(toks)):
            if not blocked or blocked.isdisjoint(range(span.start, span.end)):
                candidates.append(span)
        selected = _datelines(toks, regions, _select(forced, candidates))
        selected = self._extend_people(toks, selected)
        selected = self._nicknames(toks, selected)
        selected = self._given_names(toks, selected)
        selected = split_inner_possessives(toks, selected, self._lexicon)
        selected = self._relabel(toks, selected)
        selected = self._drop_lone_titles(toks, selected)
        selected = self._org_appositions(toks, selected)
        selected = self._geo_of_places(toks, selected)
        selected = one_sense_per_article(toks, selected)
        selected = company_short_forms(toks, selected, self._lexicon)
        selected = split_coordinated_organisations(toks, selected, self._lexicon)
        selected = acronyms_in_brackets(toks, selected, self._lexicon)
        unparsed = frozenset(k for r in regions for k in range(r.start, r.end))
        sports = is_sports_report(toks)
        if sports:
            selected = read_agate(toks, selected, self._lexicon)
            selected = read_scorecards(toks, selected)
            selected = clubs_named_after_places(toks, selected, self._lexicon, unparsed)
        selected = caps_one_sense(toks, regions, selected)
        selected = _dateline_places(toks, selected, sports=sports)
        selected = people_named_after_places(toks, selected, sports=sports)
        selected = place_led_names(toks, selected, self._lexicon)
        selected = drop_adjectival_demonyms(toks, selected)
        selected = drop_hyphenated_names(toks, selected)
        selected = label_by_head(toks, selected, sports=sports)
        selected = market_measures(toks, selected, self._lexicon)
        selected = commodity_grades(toks, selected)
        selected = newspaper_mastheads(toks, selected, self._lexicon)
        selected = bylines(toks, selected, self._lexicon)
        selected = newspaper_titles(toks, selected)
        selected = possessive_company_names(toks, selected)
        selected = occupations_before_names(toks, selected)
        selected = state_abbreviations(toks, selected)
        selected = drop_common_nouns(toks, selected, self._lexicon)
        selected = source_credits(toks, selected, self._lexicon)
        selected = sign_offs(toks, selected)
        selected = outlet_names(toks, selected, self._lexicon)
        selected = vessel_names(toks, selected)
        selected = region_names(toks, selected, self._lexicon)
        selected = person_appositions(toks, selected, self._lexicon)
        selected = attributive_places(toks, selected)
        selected = credited_speakers(toks, selected, self._lexicon)
        return [s for s in sorted(selected, key=lambda s: s.start) if s.label in NAMED_LABELS]

    # --- sources ---------------------------------------------------------------------------

    @staticmethod
    def _span(
        toks: DocTokens,
        start: int,
        end: int,
        label: str,
        source: str,
        term: Term | None = None,
        role: str | None = None,
    ) -> NewsSpan:
        return NewsSpan(start, end, toks.idx[start], toks.end[end - 1], label, source, term, role)

    def _model(self, toks: DocTokens, headline_tokens: set[int], caps: list[CapsEntity]) -> list[NewsSpan]:
        """The model's spans, trimmed; in caps headlines, and wherever it found a name in a
        dateline, the recogniser's reading of the case-restored copy replaces the model's."""
        out = []
        replaced = headline_tokens | {k for e in caps for k in range(e.start, e.end)}
        ents = [(*e, "model") for e in toks.ents if not replaced or replaced.isdisjoint(range(e[0], e[1]))]
        ents += [(e.start, e.end, e.label, "dateline" if e.dateline else "model") for e in caps]
        for ent_start, ent_end, whole_label, source in ents:
            parts = self._split_pairs_of_people(toks, _split_at_separators(toks, ent_start, ent_end, whole_label))
            for part_start, part_end, label in parts:
                start, end = self._trim(toks, part_start, part_end)
                if start < end and label in NAMED_LABELS:
                    start, end = self._trim(toks, *trim_neighbours(toks, start, end, label, self._lexicon))
                if (
                    end - start >= 3
                    and self._is_demonym(toks.text[start])
                    and (label == "PERSON" or toks.text[start + 1] in self._lexicon.given_names)
                ):
                    start += 1  # "Montenegrin Dejan Savicevic": the nationality is the gazetteer's NORP
                if start < end and (label not in _CASED_LABELS or _is_name_shaped(toks, start, end)):
                    if start > 0 and toks.text[start - 1] in _TAG_SIGNS and not toks.space[start - 1]:
                        continue  # a hashtag or a handle ("#TravelCorridor", "@CityCouncil") is no mention
                    if end - start == 1 and toks.text[start] in self._lexicon.abbreviations:
                        continue  # a time zone or a statistic ("1800 GMT", "three RBI")
                    out.append(self._span(toks, start, end, label, source))
        return out

    def _split_pairs_of_people(self, toks: DocTokens, parts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Two full names joined by "and" in one model span are two people ("Laurent Cabannes
        and Laurent Benezech" tagged ORG): each side opens with a common given name and has a
        surname after it."""
        given = self._lexicon.given_names
        text, lower = toks.text, toks.lower
        out: list[tuple[int, int, str]] = []
        for a, b, label in parts:
            pair = next(
                (k for k in range(a + 2, b - 2) if lower[k] == "and" and text[a] in given and text[k + 1] in given),
                None,
            )
            if pair is None:
                out.append((a, b, label))
            else:
                out.extend(((a, pair, "PERSON"), (pair + 1, b, "PERSON")))
        return out

    def _is_demonym(self, word: str) -> bool:
        term = self._terms.get(word)
        return term is not None and term.label == "NORP"

    def _trim(self, toks: DocTokens, start: int, end: int) -> tuple[int, int]:
        residue = self._lexicon.residue
        text, punct = toks.text, toks.punct
        if start + 2 < end and toks.lower[start] in self._lexicon.member_nouns and toks.lower[start + 1] == "of":
            start += 2  # "Representatives of First Bank": the people of the body, not its name
        while start < end and (
            punct[start]
            or text[start].isspace()
            or toks.lower[start] in POSSESSIVES
            or toks.tag[start] in _LEADING_JUNK_TAGS
            or toks.lower[start] == "the"
        ):
            start += 1
        while end > start:
            word = text[end - 1]
            lone_capital = len(word) == 1 and word.isupper() and end - 1 > start
            dangling = word.islower() and toks.tag[end - 1] in _DANGLING_TAGS  # "the Supreme Court of"
            # "Sharqiyah province": the region noun after a place's name is not part of it.
            dangling = dangling or (word.islower() and word in self._lexicon.region_words and end - 1 > start)
            possessive = word in POSSESSIVES or toks.lower[end - 1] in POSSESSIVES  # "MILAN 'S" in a caps headline
            if possessive or word in residue or lone_capital or punct[end - 1] or dangling or word.isspace():
                end -= 1
            else:
                break
        return start, end

    def _gazetteer(self, toks: DocTokens) -> list[NewsSpan]:
        strings = toks.doc.vocab.strings
        out = []
        for match_id, start, end in _filter_spans(self._matcher(toks.doc)):
            term = self._terms[strings[match_id]]
            out.append(self._span(toks, start, end, term.label, "gazetteer", term=term))
        return out

    def _bodies(self, toks: DocTokens) -> list[NewsSpan]:
        heads = self._lexicon.body_heads
        text, tag, alpha = toks.text, toks.tag, toks.alpha
        prefix_tags = self._body_prefix_tags
        out = []
        for i, word in enumerate(text):
            if word not in heads:
                continue
            start = i
            while (
                start > 0
                and i - start < _MAX_BODY_PREFIX
                and text[start - 1][:1].isupper()
                and tag[start - 1] in prefix_tags
                and alpha[start - 1]
            ):
                start -= 1
            end = i + 1
            if start == i:
                end = self._of_complement(toks, i + 1)
            if start < i or end > i + 1:
                # The prefix walk takes any capitalised word, a day name too ("Friday New York
                # Stock Exchange"); the model spans' neighbour trim applies here as well.
                start, end = trim_neighbours(toks, start, end, "ORG", self._lexicon)
                out.append(self._span(toks, start, end, "ORG", "body"))
        return out

    @staticmethod
    def _of_complement(toks: DocTokens, k: int) -> int:
        text, alpha, n = toks.text, toks.alpha, len(toks)
        if k >= n or text[k] != "of":
            return k
        j = k + 1
        if j < n and toks.lower[j] == "the":
            j += 1
        end = j
        while end < n and end - j < 5 and text[end][:1].isupper() and alpha[end]:
            end += 1
        # "Ministry of Trade and Industry": one more capitalised word after "and", not a new name.
        if (
            end > j
            and end + 1 < n
            and text[end] in {"and", "&"}
            and text[end + 1][:1].isupper()
            and alpha[end + 1]
            and not (end + 2 < n and text[end + 2][:1].isupper())
        ):
            end += 2
        return end if end > j else k

    # --- post-selection fixes --------------------------------------------------------------

    def _extend_people(self, toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
        covered = {i for s in spans for i in range(s.start, s.end)}
        title_heads = self._lexicon.title_heads
        stops = self._extension_stops
        text, n = toks.text, len(toks)
        out = []
        for span in spans:
            if span.label == "PERSON" and span.source == "model":
                end = span.end
                # "Osama el-Baz", "Hassan al-Turabi": a particle hyphened to the surname.
                while (
                    end - span.end < 3 * _MAX_PERSON_EXTENSION
                    and covered.isdisjoint(range(end, end + 3))
                    and hyphened_particle(toks, end, self._lexicon.name_particles)
                ):
                    end += 3
                while (
                    end < n
                    and end - span.end < _MAX_PERSON_EXTENSION
                    and end not in covered
                    and not toks.sent_start[end]
                    and toks.tag[end] in PROPER_TAGS
                    and toks.alpha[end]
                    and text[end][:1].isupper()
                    and len(text[end]) > 1
                    and text[end] not in stops
                    and toks.lower[end] not in title_heads
                ):
                    end += 1
                start = span.start
                # "Sanath Jayasuriya , Romesh Kaluwitharana , ...": a list item's given name the
                # model left out, between a separator and the surname it tagged
                if (
                    start >= 2
                    and end - start == 1
                    and text[start - 2] in _LIST_SEPARATORS
                    and start - 1 not in covered
                    and toks.tag[start - 1] in PROPER_TAGS
                    and toks.alpha[start - 1]
                    and text[start - 1][:1].isupper()
                    and not text[start - 1].isupper()
                    and text[start - 1] not in stops
                    and text[start - 1] not in self._lexicon.terms
                    and toks.lower[start - 1] not in title_heads
                ):
                    start -= 1
                if end != span.end or start != span.start:
                    covered.update(range(start, end))
                    span = self._span(toks, start, end, "PERSON", "model", role=span.role)
            out.append(span)
        return out

    def _nicknames(self, toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
        """Rule 5b: a nickname in quotes inside a person's name is part of it: Roberto " Hands of
        Stone " Duran, Hector " Macho " Camacho. The first name must open a PERSON or ORG span (the
        model reads such names as either) or be a common given name; the nickname is
        at most ``_MAX_NICKNAME_WORDS`` capitalised words (and "of", "the"); the surname a
        capitalised word. Spans overlapping the name give way."""
        text, n = toks.text, len(toks)
        person_starts = {s.start for s in spans if s.label in ("PERSON", "ORG")}
        names: list[tuple[int, int]] = []
        for k in range(1, n - 3):
            if text[k] != '"' or not toks.alpha[k - 1] or not text[k - 1][:1].isupper():
                continue
            close = k + 1
            while (
                close < n
                and close - k <= _MAX_NICKNAME_WORDS
                and ((toks.alpha[close] and text[close][:1].isupper()) or toks.lower[close] in ("of", "the"))
            ):
                close += 1
            surname = close + 1
            if (
                close == k + 1
                or close >= n - 1
                or text[close] != '"'
                or not toks.alpha[surname]
                or not text[surname][:1].isupper()
            ):
                continue
            start = k - 1
            if start > 0 and toks.alpha[start - 1] and text[start - 1][:1].isupper() and start - 1 in person_starts:
                start -= 1
            if start in person_starts or text[start] in self._lexicon.given_names:
                names.append((start, surname + 1))
        if not names:
            return spans
        taken = {i for a, b in names for i in range(a, b)}
        out = [s for s in spans if taken.isdisjoint(range(s.start, s.end))]
        out.extend(self._span(toks, a, b, "PERSON", "model") for a, b in names)
        return out

    def _given_names(self, toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
        """Rule 6a: a capitalised run opening with a common given name is a PERSON."""
        given = self._lexicon.given_names
        text, tag, n = toks.text, toks.tag, len(toks)
        out = []
        covered: set[int] = set()
        for span in spans:
            covered.update(range(span.start, span.end))
            if (
                span.source != "gazetteer"
                and span.label in _RELABELLED_AS_PERSON
                and 2 <= span.end - span.start <= 4
                and text[span.start] in given
                and all(self._name_word(toks, k) for k in range(span.start + 1, span.end))
            ):
                span = NewsSpan(
                    span.start, span.end, span.start_char, span.end_char, "PERSON", span.source, span.term, span.role
                )
            out.append(span)
        i = 0
        while i < n - 1:
            if i in covered or text[i] not in given or tag[i] not in PROPER_TAGS:
                i += 1
                continue
            end = i + 1
            while (
                end < n
                and end - i < 4
                and end not in covered
                and not toks.sent_start[end]
                and tag[end] in PROPER_TAGS
                and self._name_word(toks, end)
            ):
                end += 1
            if end - i >= 2:
                out.append(self._span(toks, i, end, "PERSON", "given-name"))
                covered.update(range(i, end))
            i = end
        return out

    def _name_word(self, toks: DocTokens, k: int) -> bool:
        """Whether token ``k`` can be a later word of a person's name (a fact of its surface only)."""
        key = (toks.text[k], toks.lower[k], toks.alpha[k])
        known = self._name_word_cache.get(key)
        if known is None:
            if len(self._name_word_cache) >= _CACHE_SIZE:
                self._name_word_cache.clear()
            text, lower, alpha = key
            lexicon = self._lexicon
            known = self._name_word_cache[key] = (
                alpha
                and len(text) > 1
                and text[:1].isupper()
                and text not in lexicon.body_heads
                and text not in lexicon.non_person_words
                and text not in lexicon.residue
                and lower not in lexicon.title_heads
                and text not in lexicon.terms
                and text not in lexicon.day_words
            )
        return known

    def _relabel(self, toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
        lexicon = self._lexicon
        text, alpha, tag = toks.text, toks.alpha, toks.tag
        name_parts: set[str] = set()
        # First words of two-word names: a family name written first ("Wang Donghai" ... "Wang"),
        # trusted only over a span the model calls an organisation or the like, not a place.
        first_parts: set[str] = set()
        for span in spans:
            # Words as written, a hyphenated surname whole ("Ahmed Abdel-Rahman" ... "Abdel-Rahman").
            words = [w for w in toks.span_text(span.start, span.end).split() if any(c.isalpha() for c in w)]
            if span.label == "PERSON" and len(words) >= 2:
                name_parts.add(words[-1])
                if len(words) >= 3:
                    name_parts.add(words[0])
                else:
                    first_parts.add(words[0])
        out = []
        covered: set[int] = set()
        for span in spans:
            covered.update(range(span.start, span.end))
            label = span.label
            word = toks.span_text(span.start, span.end)
            single = span.end - span.start == 1 or (alpha[span.start] and not any(c.isspace() for c in word))
            # A surname of the article the model reads as a place it does not know ("Duran" after
            # Roberto " Hands of Stone " Duran); a known place ("Jordan", "Washington") stays.
            if single and label == "GPE" and span.source == "model" and word in name_parts:
                if word not in lexicon.terms:
                    label = "PERSON"
            if span.source != "gazetteer" and label in _RELABELLED_AS_PERSON:
                if single:
                    if (
                        word in name_parts
                        or (word in first_parts and label not in _PLACE_LABELS)
                        or lexicon.canonical("PERSON", name_key(word)) is not None
                    ):
                        label = "PERSON"
                elif self._is_family_member(toks, span, name_parts):
                    label = "PERSON"
            if label in _PLACE_FIXABLE and span.term is None and self._is_place(toks, span):
                label = "GPE"
            if label != span.label:
                span = NewsSpan(
                    span.start, span.end, span.start_char, span.end_char, label, span.source, span.term, span.role
                )
            out.append(span)
        i = 2
        while i < len(text):  # "the state of Michoacan", untagged: a place
            end = i
            while (
                end < len(text)
                and end - i < _MAX_PLACE_WORDS
                and end not in covered
                and tag[end] in PROPER_TAGS
                and alpha[end]
                and text[end][:1].isupper()
            ):
                end += 1
            if end > i and toks.lower[i - 1] == "of" and _before_place(lexicon, toks.lower[i - 2]):
                out.append(self._span(toks, i, end, "GPE", "model"))
                covered.update(range(i, end))
            i = max(end, i + 1)
        for i, word in enumerate(text):
            if i in covered or not word[:1].isupper() or not alpha[i]:
                continue
            known = tag[i] in PROPER_TAGS and lexicon.canonical("PERSON", name_key(word)) is not None
            if word in name_parts or known:
                out.append(self._span(toks, i, i + 1, "PERSON", "surname"))
        return out

    def _drop_lone_titles(self, toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
        """Rule 6c: a title word standing alone is no name ("visit Pope", "the President"),
        unless the article gives it as a person's surname ("Angus King" ... "King said")."""
        lexicon = self._lexicon
        text = toks.text
        surnames = {text[s.end - 1] for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
        return [
            s
            for s in spans
            if not (
                s.label == "PERSON"
                and s.end - s.start == 1
                and s.source != "title"
                and (toks.lower[s.start] in lexicon.title_heads or text[s.start] in lexicon.title_heads_capitalised)
                and text[s.start] not in surnames
            )
        ]

    def _org_appositions(self, toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
        """Rule 6d: a proper noun written right after a lower-case organisation noun is an ORG
        ("medical equipment group Radiometer", "Moscow brokerage Rinaco Plus"): a span the model
        labelled otherwise is relabelled, an untagged run becomes one. Gazetteer terms, titled
        names, countries and runs opening with a common given name keep what they have."""
        lexicon = self._lexicon
        text, lower, tag, alpha = toks.text, toks.lower, toks.tag, toks.alpha
        nouns = lexicon.org_nouns

        def after_org_noun(k: int) -> bool:
            word = text[k - 1] if k > 0 else ""
            return (
                word.islower()
                and tag[k - 1] in _COMMON_NOUN_TAGS  # "the giant Krasnoyarsk regional budget": an adjective
                and word in nouns
            )

        out: list[NewsSpan] = []
        covered: set[int] = set()
        for span in spans:
            covered.update(range(span.start, span.end))
            if (
                span.label in _ORG_FIXABLE
                and span.source not in ("gazetteer", "title")
                and span.term is None
                and after_org_noun(span.start)
                and text[span.start][:1].isupper()
                and text[span.start] not in lexicon.given_names
                and toks.span_text(span.start, span.end) not in lexicon.countries
            ):
                span = replace(span, label="ORG", source="apposition")
            out.append(span)
        n = len(toks)
        for k in range(1, n):
            word = text[k]
            if (
                k in covered
                or tag[k] not in PROPER_TAGS
                or not alpha[k]
                or not word[:1].isupper()
                or len(word) == 1  # a lone letter: "by company N / A" in a filing's table
                or not after_org_noun(k)
                or word in lexicon.given_names
                or word in lexicon.terms
                or word in lexicon.day_words
                or word in lexicon.months
                or lower[k] in lexicon.title_heads
            ):
                continue
            end = k + 1
            while (
                end < n
                and end - k < _MAX_APPOSITION_WORDS
                and end not in covered
                and not toks.sent_start[end]
                and tag[end] in PROPER_TAGS
                and alpha[end]
                and text[end][:1].isupper()
            ):
                end += 1
            out.append(self._span(toks, k, end, "ORG", "apposition"))
            covered.update(range(k, end))
        return out

    def _geo_of_places(self, toks: DocTokens, spans: list[NewsSpan]) -> list[NewsSpan]:
        """Rule 6e: a geographic head and "of" before a place make one LOC with it ("Gulf of
        Mexico", "Horn of Africa"): the model finds the place alone, or the head as a name."""
        heads = self._lexicon.geo_heads
        text = toks.text
        merged: list[tuple[int, NewsSpan]] = []
        for span in spans:
            k = span.start
            if span.label in _PLACE_LABELS and k >= 2 and text[k - 1] == "of" and text[k - 2] in heads:
                merged.append((k - 2, span))
        if not merged:
            return spans
        absorbed = {k for k, _ in merged}
        joined = {id(span) for _, span in merged}
        out = [s for s in spans if id(s) not in joined and not any(s.start <= k < s.end for k in absorbed)]
        for k, span in merged:
            out.append(NewsSpan(k, span.end, toks.idx[k], span.end_char, "LOC", span.source))
        return out

    def _is_family_member(self, toks: DocTokens, span: NewsSpan, name_parts: set[str]) -> bool:
        """A short capitalised run ending in a surname of the article ("Marta Novak" tagged ORG)."""
        text, body_heads = toks.text, self._lexicon.body_heads
        return (
            span.end - span.start <= 3
            and text[span.end - 1] in name_parts
            and all(
                toks.alpha[k] and text[k][:1].isupper() and text[k] not in body_heads
                for k in range(span.start, span.end)
            )
        )

    def _is_place(self, toks: DocTokens, span: NewsSpan) -> bool:
        lexicon = self._lexicon
        lower = toks.lower
        if span.source == "title":
            return False
        if span.start >= 2 and lower[span.start - 1] == "of" and _before_place(lexicon, lower[span.start - 2]):
            return True
        region_after = span.end < len(toks) and lower[span.end] in lexicon.region_words
        if span.label == "PERSON":
            # "Qinglan port", "Wenchang city": one unknown word before a region noun, no given name.
            return (
                region_after
                and span.end - span.start == 1
                and toks.text[span.end].islower()
                and toks.text[span.start] not in lexicon.given_names
            )
        if region_after:
            return True
        # "Sonora state ,": a state of a federation; "state media", "state television" are not.
        after = span.end + 1
        if span.end < len(toks) and toks.text[span.end] == "state" and (after >= len(toks) or toks.punct[after]):
            return True
        if span.label not in _MISPLACED_LABELS or span.end - span.start != 1 or not toks.alpha[span.start]:
            return False
        return span.start > 0 and lower[span.start - 1] in lexicon.locative_prepositions


def _before_place(lexicon: Lexicon, word: str) -> bool:
    """Whether ``word`` and "of" make the name after them a place: a region noun, or "state"
    ("the state of Michoacan"; after a name, "state" is no region: "state media")."""
    return word in lexicon.region_words or word == "state"


def _datelines(toks: DocTokens, regions: list[CapsRegion], spans: list[NewsSpan]) -> list[NewsSpan]:
    """A place span covering a dateline whole is the place the story was filed from: its source
    becomes "dateline", which later rules (clubs, one sense per article) leave alone."""
    datelines = {(r.start, r.end) for r in regions if not r.headline}
    if not datelines:
        return spans
    return [
        replace(s, source="dateline") if (s.start, s.end) in datelines and s.label in _PLACE_LABELS else s
        for s in spans
    ]


def _dateline_places(toks: DocTokens, spans: list[NewsSpan], *, sports: bool) -> list[NewsSpan]:
    """The dateline's place is a place in the body too: a span of the same words (any case) the
    model calls a person ("LONGYEAR , Norway" ... "Longyear is a town in mourning"), or outside a
    sports report (``sports`` false; there a town's name is also its club's) an organisation,
    becomes a GPE, unless a titled name or a longer person's name of the article ends in those
    words."""
    places = {tuple(toks.lower[s.start : s.end]) for s in spans if s.source == "dateline"}
    if not places:
        return spans
    labels = {"PERSON"} if sports else {"PERSON", "ORG"}
    surnames = {tuple(toks.lower[s.end - 1 : s.end]) for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    return [
        replace(s, label="GPE", term=None)
        if s.label in labels
        and s.source not in ("title", "gazetteer")
        and tuple(toks.lower[s.start : s.end]) in places
        and tuple(toks.lower[s.start : s.end]) not in surnames
        else s
        for s in spans
    ]


def _is_name_shaped(toks: DocTokens, start: int, end: int) -> bool:
    """A capital somewhere, and more than a lone letter ("N" of a table's "N / A") or a code of
    letters and figures ("C-4", "U-21", "F-16"), which name no one."""
    if end - start == 1 and (len(toks.text[start]) == 1 or _CODE.fullmatch(toks.text[start])):
        return False
    return _has_capital(toks, start, end)


def _has_capital(toks: DocTokens, start: int, end: int) -> bool:
    """Whether any token of ``[start, end)`` has a capital letter ("midfield" has none)."""
    return any(not word.islower() for word in toks.text[start:end] if any(ch.isalpha() for ch in word))


def _split_at_separators(toks: DocTokens, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A name span cut at a bracket, a spaced "v"/"vs" or dash, a line break or a comma inside
    it: the model runs "Simon Parke ( England", "Nicol v Eyles", "Romania - Cosmin Contra", two
    rows of a table ("Slovak Republic\nArgentina") and the items of a list ("Harnshire ,
    Dunshire") together, and no name holds such a token (a comma stays in a firm's name with
    "&" or "and": "Bodman , Longely & Dahling"; a hyphen inside a name is unspaced). Each part
    keeps the label; parts without a letter are dropped."""
    if label not in _SPLIT_LABELS or end - start < 2:
        return [(start, end, label)]
    text, space = toks.text, toks.space
    parts: list[tuple[int, int, str]] = []
    part_start = start
    # "Harnshire , Dunshire": a list; a firm's name may hold a comma ("Bodman , Longely & Dahling").
    commas = not any(text[k] == "&" or toks.lower[k] == "and" for k in range(start, end))
    for k in range(start + 1, end):
        word = text[k]
        spaced = space[k - 1] and space[k]
        if (
            word in _BRACKETS
            or (spaced and (toks.lower[k] in _VERSUS or word in _DASHES))
            or _is_line_break(word)
            or (commas and word == ",")
        ):
            parts.append((part_start, k, label))
            part_start = k + 1
    if not parts:
        return [(start, end, label)]
    parts.append((part_start, end, label))
    return [(a, b, lab) for a, b, lab in parts if any(toks.alpha[i] for i in range(a, b))]


def _is_line_break(word: str) -> bool:
    return "\n" in word and word.isspace()


def _filter_spans(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``spacy.util.filter_spans`` on ``(match_id, start, end)`` rows: the (first) longest of
    overlapping matches wins (a match is dropped if its first or last token is taken); by start."""
    ranked = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    taken: set[int] = set()
    out = []
    for match in ranked:
        if match[1] not in taken and match[2] - 1 not in taken:
            out.append(match)
            taken.update(range(match[1], match[2]))
    return sorted(out, key=lambda m: m[1])


def _select(forced: list[NewsSpan], candidates: list[NewsSpan]) -> list[NewsSpan]:
    """Forced spans first, then candidates longest-first (ties: higher source priority, earlier)."""
    taken: set[int] = set()
    out: list[NewsSpan] = []
    ranked = sorted(candidates, key=lambda s: (-(s.end - s.start), -_PRIORITY[s.source], s.start))
    for span in (*forced, *ranked):
        tokens = range(span.start, span.end)
        if taken.isdisjoint(tokens):
            taken.update(tokens)
            out.append(span)
    return out
