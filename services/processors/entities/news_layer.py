"""The news layer: corrections to the statistical model's entities for wire copy.

Given a parsed ``Doc`` it returns the article's named-entity spans after these rules, each
driven by a list in ``data/``:

1. a model span is cut at a bracket or a spaced "v" or dash inside it ("Simon Parke ( England",
   "Nicol v Eyles"), and two full names joined by "and" are two people ("Laurent Cabannes and
   Laurent Benezech") (:mod:`separators`); caption residue, possessives and a leading "the" or adverb are
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
   makes the name a PERSON with that title as its role, and the title words stop being an ORG
   (:mod:`titles`);
4. a capitalised run ending in a government-body noun ("Foreign Ministry", "Ministry of Defence")
   is an ORG;
5. a PERSON cut short by the model is extended over the following capitalised proper nouns, and
   over a nickname in quotes and the surname after it (Roberto " Hands of Stone " Duran); a
   one-word PERSON in a list takes the given name before it ("... , Romesh Kaluwitharana ,")
   (:mod:`person_extensions`);
6. an owner run into what it owns is cut off at the possessive when the article names it apart
   ("Farrakhan 's Nation of Islam") (:mod:`inner_possessives`); a capitalised run opening with a
   common given name ("Marta Novak" tagged ORG, or untagged) is a PERSON (:mod:`given_names`),
   and so is a surname or known person tagged as something else (or untagged)
   (:mod:`relabelling`); a title word tagged PERSON on its own ("visit Pope") is dropped unless
   it is a surname of the article (:mod:`lone_titles`); a proper noun right after a lower-case
   organisation noun ("equipment group Radiometer", "brokerage Rinaco Plus", "carmaker Skoda")
   is an ORG (:mod:`org_appositions`); a geographic head and "of" before a place make one LOC
   with it ("Gulf of Mexico") (:mod:`geo_heads`);
7. a word tagged PRODUCT after a locative preposition, or any name before "region"/"province"
   (or "state" closing a clause: "Sonora state ,") or after "region of"/"island of"/"state of"
   (tagged or not: "the state of Michoacan"), is a place (GPE) (:mod:`relabelling`);
8. one sense per article (:mod:`consistency`): a name written the same way gets the label most of its tagged
   occurrences have (one an organisation noun made an ORG outweighs the model's bare readings:
   "loaned to club Atalanta" ... "the deal would cost Atalanta"), and untagged occurrences of a PERSON or ORG name are tagged too; a
   company's short form is an ORG wherever the article names it in full with a designator
   (:mod:`short_names`: "Newmont Mining Corp" ... "Newmont said"), and so is an acronym given
   in brackets after an organisation's name (:mod:`acronyms`: "Kurdistan Democratic Party (
   KDP )" ... "the KDP said");
9. ALL-CAPS headlines and datelines ("PUTIN WARNS NATO", "MOSCOW (Reuters) -") are read again
   with their case restored from the article (:mod:`all_caps`): the recogniser's entities on
   the restored copy replace the model's in a caps headline, and names the article writes in
   mixed case give their label to their capitalised repeats, after a headline span is cut at
   those names ("MANCHESTER UNITED BEAT ARSENAL" -> two clubs; :mod:`caps_splits`);
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
    aircraft carrier Carl Vinson" ... "the Carl Vinson sailed") (:mod:`vessels`);
23. a company the wire marks ("<Airbus Industrie>") is one ORG span, read before the other rules
    and again after them (:mod:`marked_companies`); a wire ticker ("AMR Corp <AMR>") is no
    mention, and no name runs over one ("BankAmerica <BAC> Corp") (:mod:`tickers`).

A place span covering a dateline whole is the place the story was filed from (source
"dateline"); no later rule relabels it (clubs, one sense per article, caps agreement), and the
body's spans of the same words the model calls people are that place too (:mod:`datelines`).

Overlaps are settled longest-first; on equal length the gazetteer beats a government-body
match, which beats the model. Title names are fixed before anything else (:mod:`selection`).

``NewsLayer`` holds the sources of candidate spans (rules 1-4: the model's spans, cut and
trimmed; gazetteer terms; titled names; government bodies) and the matcher and caches they
need. ``NewsLayer.spans`` is the pipeline: it selects among the candidates, then runs the
post-rules, each a function of its module, in a fixed order (each reads the spans the earlier
ones left, so the order is part of the behaviour).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher

from services.processors.entities.acronyms import acronyms_in_brackets
from services.processors.entities.agate import read_agate
from services.processors.entities.all_caps import CapsEntity, CapsReader, CapsRegion, caps_one_sense
from services.processors.entities.attributive_places import attributive_places
from services.processors.entities.bylines import bylines
from services.processors.entities.caps_splits import split_merged_caps_names
from services.processors.entities.common_nouns import drop_common_nouns
from services.processors.entities.consistency import one_sense_per_article
from services.processors.entities.coordination import split_coordinated_organisations
from services.processors.entities.credited_speakers import credited_speakers
from services.processors.entities.datelines import dateline_places, mark_datelines
from services.processors.entities.demonyms import drop_adjectival_demonyms, drop_hyphenated_names
from services.processors.entities.digests import newspaper_titles
from services.processors.entities.geo_heads import geo_of_places
from services.processors.entities.given_names import NameWords, given_names
from services.processors.entities.grades import commodity_grades
from services.processors.entities.inner_possessives import split_inner_possessives
from services.processors.entities.kind_heads import label_by_head
from services.processors.entities.lexicon import Lexicon, Term
from services.processors.entities.lone_titles import drop_lone_titles
from services.processors.entities.marked_companies import marked_companies
from services.processors.entities.market_names import market_measures
from services.processors.entities.mastheads import newspaper_mastheads
from services.processors.entities.neighbours import trim_neighbours
from services.processors.entities.occupations import occupations_before_names
from services.processors.entities.org_appositions import org_appositions
from services.processors.entities.outlets import outlet_names
from services.processors.entities.person_appositions import person_appositions
from services.processors.entities.person_extensions import extend_people, extension_stops, join_nicknames
from services.processors.entities.place_led_names import place_led_names
from services.processors.entities.possessive_names import possessive_company_names
from services.processors.entities.region_names import region_names
from services.processors.entities.relabelling import relabel
from services.processors.entities.scorecards import read_scorecards
from services.processors.entities.selection import filter_match_rows, select
from services.processors.entities.separators import split_at_separators, split_pairs_of_people
from services.processors.entities.short_names import company_short_forms
from services.processors.entities.sign_offs import sign_offs
from services.processors.entities.source_credits import source_credits
from services.processors.entities.spans import NAMED_LABELS, POSSESSIVES, PROPER_TAGS, NewsSpan, token_span
from services.processors.entities.sports import clubs_named_after_places, is_sports_report
from services.processors.entities.state_abbreviations import state_abbreviations
from services.processors.entities.surnames import people_named_after_places
from services.processors.entities.tickers import drop_tickers
from services.processors.entities.titles import TitleFinder
from services.processors.entities.tokens import DocTokens
from services.processors.entities.vessels import vessel_names

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_MAX_BODY_PREFIX = 6
#: Adverbs, conjunctions and interjections the model sometimes glues to the front of a name.
_LEADING_JUNK_TAGS = frozenset({"RB", "RBR", "RBS", "CC", "UH"})
#: Function words a model span never ends in: a preposition, conjunction or determiner.
_DANGLING_TAGS = frozenset({"IN", "CC", "DT", "TO"})
#: Labels of names written with a capital: a model span of these in lower case only
#: ("with Dejan Savicevic in midfield" tagged GPE) is dropped.
_CASED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_TAG_SIGNS = frozenset({"#", "@"})
#: A code of a letter or two, a hyphen and figures: an explosive, an age group, an aircraft.
_CODE = re.compile(r"[A-Z]{1,2}-\d{1,3}")


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
        self._extension_stops = extension_stops(lexicon)
        self._name_words = NameWords(lexicon)

    def spans(self, doc: Doc | DocTokens, marked: Sequence[tuple[int, int]] = ()) -> list[NewsSpan]:
        """The corrected named-entity spans of ``doc``, sorted by position; ``marked`` are the
        character ranges of the companies the wire marks (:mod:`marked_companies`)."""
        toks = doc if isinstance(doc, DocTokens) else DocTokens.of(doc)
        regions, caps_model, caps_gazetteer = self._caps.read(toks)
        forced, candidates = self._candidates(toks, regions, caps_model, caps_gazetteer)
        selected = mark_datelines(toks, regions, select(forced, candidates))
        selected = marked_companies(toks, selected, marked)
        selected = extend_people(toks, selected, self._lexicon, self._extension_stops)
        selected = join_nicknames(toks, selected, self._lexicon)
        selected = given_names(toks, selected, self._lexicon, self._name_words)
        selected = split_inner_possessives(toks, selected, self._lexicon)
        selected = relabel(toks, selected, self._lexicon)
        selected = drop_lone_titles(toks, selected, self._lexicon)
        selected = org_appositions(toks, selected, self._lexicon)
        selected = geo_of_places(toks, selected, self._lexicon)
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
        selected = caps_one_sense(toks, regions, split_merged_caps_names(toks, regions, selected))
        selected = dateline_places(toks, selected, sports=sports)
        selected = people_named_after_places(toks, selected, sports=sports)
        selected = place_led_names(toks, selected, self._lexicon)
        selected = drop_adjectival_demonyms(toks, selected)
        selected = drop_hyphenated_names(toks, selected)
        selected = label_by_head(toks, selected, sports=sports)
        selected = market_measures(toks, selected, self._lexicon)
        selected = commodity_grades(toks, selected, self._lexicon.given_names)
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
        selected = drop_tickers(toks, marked_companies(toks, selected, marked), self._lexicon)
        return [s for s in sorted(selected, key=lambda s: s.start) if s.label in NAMED_LABELS]

    # --- sources ---------------------------------------------------------------------------

    def _candidates(
        self,
        toks: DocTokens,
        regions: list[CapsRegion],
        caps_model: list[CapsEntity],
        caps_gazetteer: list[CapsEntity],
    ) -> tuple[list[NewsSpan], list[NewsSpan]]:
        """The titled names (forced: kept whatever they overlap) and the candidate spans of the
        gazetteer, the model and government bodies, the ones overlapping a titled name left out."""
        headline_tokens = {k for r in regions if r.headline for k in range(r.start, r.end)}
        gazetteer = self._gazetteer(toks) + [
            token_span(toks, e.start, e.end, self._terms[e.surface].label, "gazetteer", term=self._terms[e.surface])
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
            forced.append(token_span(toks, title.name_start, title.name_end, "PERSON", "title", role=title.role))
        name_tokens = {i for span in forced for i in range(span.start, span.end)}

        candidates: list[NewsSpan] = []
        for span in gazetteer:
            if not name_tokens or name_tokens.isdisjoint(range(span.start, span.end)):
                candidates.append(span)
        for span in (*self._model(toks, headline_tokens, caps_model), *self._bodies(toks)):
            if not blocked or blocked.isdisjoint(range(span.start, span.end)):
                candidates.append(span)
        return forced, candidates

    def _model(self, toks: DocTokens, headline_tokens: set[int], caps: list[CapsEntity]) -> list[NewsSpan]:
        """The model's spans, trimmed; in caps headlines, and wherever it found a name in a
        dateline, the recogniser's reading of the case-restored copy replaces the model's."""
        out = []
        replaced = headline_tokens | {k for e in caps for k in range(e.start, e.end)}
        ents = [(*e, "model") for e in toks.ents if not replaced or replaced.isdisjoint(range(e[0], e[1]))]
        ents += [(e.start, e.end, e.label, "dateline" if e.dateline else "model") for e in caps]
        for ent_start, ent_end, whole_label, source in ents:
            parts = split_pairs_of_people(
                toks, split_at_separators(toks, ent_start, ent_end, whole_label), self._lexicon
            )
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
                    out.append(token_span(toks, start, end, label, source))
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
        for match_id, start, end in filter_match_rows(self._matcher(toks.doc)):
            term = self._terms[strings[match_id]]
            out.append(token_span(toks, start, end, term.label, "gazetteer", term=term))
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
                out.append(token_span(toks, start, end, "ORG", "body"))
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


def _is_name_shaped(toks: DocTokens, start: int, end: int) -> bool:
    """A capital somewhere, and more than a lone letter ("N" of a table's "N / A") or a code of
    letters and figures ("C-4", "U-21", "F-16"), which name no one."""
    if end - start == 1 and (len(toks.text[start]) == 1 or _CODE.fullmatch(toks.text[start])):
        return False
    return _has_capital(toks, start, end)


def _has_capital(toks: DocTokens, start: int, end: int) -> bool:
    """Whether any token of ``[start, end)`` has a capital letter ("midfield" has none)."""
    return any(not word.islower() for word in toks.text[start:end] if any(ch.isalpha() for ch in word))
