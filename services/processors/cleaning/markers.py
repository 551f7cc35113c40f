"""Marker vocabulary of page furniture (data/markers.json), matched on normalised blocks."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.models import RemovalReason

_PATH = Path(__file__).with_name("data") / "markers.json"

PREFIX_MAX_WORDS = 40
ANYWHERE_MAX_WORDS = 80  # a disclosure or notice runs to a few sentences; a story paragraph may be longer
CONTAINS_MAX_WORDS = 14
# Reasons whose prefixes are distinctive multi-word phrases, trusted even on a sentence-shaped block.
_SENTENCE_SAFE_PREFIX = frozenset({"agency-tail", "subscription-prompt", "legal", "comments"})
# Words that show a short sentence addresses the reader (a prompt), not the story.
# In English, German, French, Spanish, Italian, Portuguese and Dutch; words that are also another
# language's common words ("je", "onze", "seu") are left out.
_READER_WORDS = frozenset(
    "you your our we us "
    "ihr ihre euch euer unser unsere unseren unserem unserer wir uns dich dein deine "
    "vous votre vos nous notre nos "
    "tu tus nuestro nuestra nuestros nuestras nosotros usted "
    "tuo tua nostro nostra nostri noi vostro "
    "você nosso nossa nossos "
    "jouw uw wij".split()
)
_REPORTING = frozenset(
    "said says told asked added according "
    "sagte sagt erklärte betonte laut "
    "déclaré dit affirmé expliqué selon "
    "dijo afirmó explicó señaló según "
    "detto dichiarato spiegato secondo "
    "disse afirmou explicou segundo "
    "zei zegt volgens aldus".split()
)
# Who a site's offer is made to, and what it promises them ("First-time subscribers also receive a
# gift!", "Mitglieder erhalten ...", "Les abonnés reçoivent ..."), in the seven languages above.
_MEMBERS = frozenset(
    "subscribers members "
    "abonnenten mitglieder "
    "abonnés membres "
    "suscriptores socios miembros "
    "abbonati soci "
    "assinantes membros "
    "abonnees leden".split()
)
_OFFERED = frozenset(
    "receive get enjoy "
    "erhalten bekommen genießen "
    "reçoivent recevront bénéficient profitent "
    "reciben recibirán disfrutan obtienen "
    "ricevono riceveranno godono ottengono "
    "recebem receberão ganham "
    "ontvangen krijgen genieten".split()
)
OFFER_REACH = 3  # words from who is offered to what they are promised ("subscribers also receive")
PROMPT_MAX_WORDS = 45
PICTURE_CREDIT_WORDS = 6
MAX_PROMPT_CHARS = 1000  # a prompt or notice is short: only this much of a block is read for one
# A sentence's first word: at the block's start or after terminal punctuation (and closing quotes).
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?][\"'”’»)]{0,2} {1,3})[\"'“‘«„(]{0,2}([^\W\d_]{2,14})\b")
_WORD = re.compile(r"\w+")
_OPENING_QUOTES = frozenset("\"'“‘«„")
_RIGHTS_TERMS = frozenset({"permission", "reserved", "property", "without"})


TITLED_COUNT_MAX_WORDS = 30
# "One" as a blog engine writes it before "thought", "response", "comment" in the languages above and Polish.
_COUNT_WORDS = frozenset("one ein eine einen un une uno una um uma een jeden jedna jedno".split())
# What a blog engine calls the readers' responses in a comments heading, singular and plural.
_RESPONSE_WORDS = frozenset(
    "thought thoughts response responses reply replies comment comments "
    "gedanke gedanken antwort antworten kommentar kommentare reaktion reaktionen "
    "réflexion réflexions réponse réponses commentaire commentaires "
    "comentario comentarios respuesta respuestas pensamiento pensamientos "
    "commento commenti risposta risposte pensiero pensieri "
    "comentário comentários resposta respostas pensamento pensamentos "
    "reactie reacties gedachte gedachten antwoord antwoorden "
    "komentarz komentarze komentarzy odpowiedź odpowiedzi myśl myśli".split()
)
# The preposition between that word and the post's title ("on", "zu", "sur", "en", "su", "op", "na").
_TITLE_PREPOSITIONS = frozenset(
    "on to about for zu zum auf über für sur à pour de en sobre a para su per di em op over bij na do o".split()
)


@dataclass(frozen=True)
class Markers:
    """Phrase tables by reason (first reason in file order wins), keyed for dictionary lookups."""

    exact: dict[str, RemovalReason]
    prefix: dict[str, RemovalReason]  # phrase -> reason; looked up on the block's first words
    contains: dict[str, RemovalReason]  # phrase -> reason; looked up on the block's word n-grams
    prefix_lengths: dict[str, tuple[int, ...]]  # first word -> word counts of the prefix phrases it opens, ascending
    contains_lengths: dict[str, tuple[int, ...]]  # the same for the contains phrases
    contains_starts: frozenset[str]  # first words of the contains phrases
    anywhere: dict[str, RemovalReason]  # phrases no story sentence uses, matched in any block
    anywhere_pattern: re.Pattern[str]  # an alternation of those literal phrases at word boundaries
    anywhere_starts: frozenset[str]  # their first words: the pattern only runs when one occurs
    calls_to_action: frozenset[str]  # imperative verbs a site's prompt opens with ("Join", "Submit", "Give")
    weak_calls_to_action: frozenset[str]  # imperatives that are a prompt only beside a site service or the reader
    site_services: frozenset[str]  # what a site offers its readers: apps, newsletters, subscriptions, social accounts
    rights_words: frozenset[str]  # the vocabulary of a copyright or reprint notice
    picture_agencies: frozenset[str]  # who supplies news pictures ("getty", "afp", "pa")
    picture_credit_words: frozenset[str]  # the other words of a picture credit ("images", "via", "wire")
    contents_labels: frozenset[str]  # the label over a table of contents ("contents", "inhaltsverzeichnis")

    def match(self, norm: str, tokens: list[str], n_words: int, sentence: bool, labelled: bool) -> RemovalReason | None:
        """The reason a normalised block is furniture by vocabulary alone, else None.

        ``tokens``: ``norm.split()``; ``sentence``: the block is sentence-shaped (then only distinctive phrases count);
        ``labelled``: the original block has a label separator (':' or '|') early on.
        """
        reason = self.heading(norm, tokens)
        if reason is not None:
            return reason
        if n_words <= ANYWHERE_MAX_WORDS and not self.anywhere_starts.isdisjoint(tokens):
            found = self.anywhere_pattern.search(norm)
            if found is not None:
                return self.anywhere[found.group(1)]
        if n_words <= PREFIX_MAX_WORDS:
            for k in self.prefix_lengths.get(tokens[0], ()) if tokens else ():
                if k > len(tokens):
                    break
                why = self.prefix.get(" ".join(tokens[:k]))
                if why is not None and (not sentence or labelled or why in _SENTENCE_SAFE_PREFIX):
                    return why
        reader = n_words <= PROMPT_MAX_WORDS and addresses_reader(tokens)
        if n_words <= CONTAINS_MAX_WORDS or reader:
            if sentence and not reader:
                return None
            starts = self.contains_starts
            if starts.isdisjoint(tokens):
                return None
            lengths_of = self.contains_lengths
            for i, token in enumerate(tokens):
                if token not in starts:
                    continue
                for k in lengths_of[token]:
                    if k > len(tokens) - i:
                        break
                    why = self.contains.get(" ".join(tokens[i : i + k]))
                    if why is not None:
                        return why
        return None

    def heading(self, norm: str, tokens: list[str]) -> RemovalReason | None:
        """The reason of a block that is a marker phrase alone ("Comments", "Kommentare"), a
        comments heading with its count ("3 Comments", "71 Kommentare", "12 commentaires"), or one
        naming the post it answers (is_titled_count), else None."""
        reason = "navigation" if norm in self.contents_labels else self.exact.get(norm)
        if reason is None and len(tokens) == 2 and tokens[0].isdigit() and self.exact.get(tokens[1]) == "comments":
            return "comments"
        if reason is None and is_titled_count(tokens):
            return "comments"
        return reason


def is_titled_count(tokens: list[str]) -> bool:
    """A blog's comments heading that names its post: a count, a word for the responses, a
    preposition, then the title ("5 thoughts on “Title”", "One response to ...", "45 Gedanken zu
    „...“", "Eine Antwort auf ...", "3 réflexions sur « ... »", "12 comentarios en ...", "4 pensieri
    su ...", "2 reacties op ...", "7 odpowiedzi na ..."). At most TITLED_COUNT_MAX_WORDS words: a
    title, not a paragraph."""
    return (
        3 <= len(tokens) <= TITLED_COUNT_MAX_WORDS
        and (tokens[0].isdigit() or tokens[0] in _COUNT_WORDS)
        and tokens[1] in _RESPONSE_WORDS
        and tokens[2] in _TITLE_PREPOSITIONS
    )


def is_call_to_action(tokens: list[str]) -> bool:
    """Opens with an imperative a site uses on its readers and reports nobody's words."""
    return bool(tokens) and tokens[0] in markers().calls_to_action and _REPORTING.isdisjoint(tokens)


def addresses_reader(tokens: list[str]) -> bool:
    """Speaks to the reader (you, our, we) and quotes nobody: a site's prompt, not a story sentence."""
    return not _READER_WORDS.isdisjoint(tokens) and _REPORTING.isdisjoint(tokens)


def is_site_prompt(text: str, tokens: list[str]) -> bool:
    """A site's own words to its readers, as sites close articles with them: a sentence opening
    with a site's imperative ("... this article. Submit a letter to ..."), a weaker imperative
    beside a site service or the reader ("Follow us on Instagram"), or a site service offered to
    the reader or with an imperative ("... download the apps for iOS and Android"), or an offer to
    the site's subscribers or members made to the reader or with an exclamation ("First-time
    subscribers also receive a welcome gift!"). Quotes nobody.

    ``tokens``: the block's normalised words. Only meaningful at an article's end: a story's own
    closing sentence seldom names an app, a newsletter or a subscription to its reader.
    """
    if not tokens or not _REPORTING.isdisjoint(tokens) or text[:1] in _OPENING_QUOTES:
        return False
    table = markers()
    openers = _prompt_openers(text[:MAX_PROMPT_CHARS])
    if not table.calls_to_action.isdisjoint(openers):
        return True
    reader = addresses_reader(tokens)
    services = not table.site_services.isdisjoint(tokens)
    if (reader or services) and not table.weak_calls_to_action.isdisjoint(openers):
        return True
    if (reader or "!" in text[:MAX_PROMPT_CHARS]) and offers_to_members(tokens):
        return True
    return services and (reader or not table.calls_to_action.isdisjoint(tokens))


def _prompt_openers(text: str) -> list[str]:
    """The lower-cased first words of ``text``'s sentences that may open a site's prompt: the first
    sentence's, and a later sentence's while every sentence before it asks, exclaims or addresses the
    reader ("Want the best tools? Check out our picks"). After a plain statement about someone else
    ("Jane Doe founded the site. Check it out!") an imperative is the writer's, closing a story."""
    found = []
    previous = None  # start of the sentence before the current opener
    for m in _SENTENCE_OPENER.finditer(text):
        if previous is not None:
            before = text[previous : m.start() + 1]
            if before.rstrip()[-1:] == "." and not addresses_reader(_WORD.findall(before.lower())):
                break
        found.append(m.group(1).lower())
        previous = m.start(1)
    return found


def offers_to_members(tokens: list[str]) -> bool:
    """Promises a site's subscribers or members something: "subscribers (also) receive", "members
    get", "Mitglieder erhalten", within OFFER_REACH words."""
    for i, token in enumerate(tokens):
        if token in _MEMBERS and not _OFFERED.isdisjoint(tokens[i + 1 : i + 1 + OFFER_REACH]):
            return True
    return False


def is_rights_notice(text: str, tokens: list[str]) -> bool:
    """A copyright or reprint notice or a disclaimer ("(c) 2022 ... This article is the copyrighted
    property of ... Written permission must be obtained before reprint"): the copyright sign, a
    block opening with "Disclaimer", or the notice's vocabulary with its terms (permission, rights
    reserved, property, without). Quotes nobody."""
    if not _REPORTING.isdisjoint(tokens):
        return False
    if "©" in text[:MAX_PROMPT_CHARS] or tokens[:1] == ["disclaimer"]:
        return True
    return not markers().rights_words.isdisjoint(tokens) and not _RIGHTS_TERMS.isdisjoint(tokens)


def is_picture_credit(tokens: list[str]) -> bool:
    """A line that only credits a picture: at most PICTURE_CREDIT_WORDS words, all of them a
    picture agency or a credit's words, one of them an agency ("AFP/Getty", "PA Wire/PA Images")."""
    if not 0 < len(tokens) <= PICTURE_CREDIT_WORDS:
        return False
    table = markers()
    agencies = table.picture_agencies
    return any(t in agencies for t in tokens) and all(t in agencies or t in table.picture_credit_words for t in tokens)


def is_contents_label(norm: str) -> bool:
    """The normalised block is the label over a table of contents ("Contents", "Inhaltsverzeichnis")."""
    return norm in markers().contents_labels


@lru_cache(maxsize=1)
def markers() -> Markers:
    """The marker tables, loaded once."""
    raw = json.loads(_PATH.read_text(encoding="utf-8"))
    exact: dict[str, RemovalReason] = {}
    prefix: dict[str, RemovalReason] = {}
    contains: dict[str, RemovalReason] = {}
    anywhere: dict[str, RemovalReason] = {}
    for reason, table in raw.items():
        if reason.startswith("_"):
            continue
        for phrase in table.get("exact", ()):
            exact.setdefault(" ".join(phrase.split()), reason)
        for phrase in table.get("prefix", ()):
            prefix.setdefault(" ".join(phrase.split()), reason)
        for phrase in table.get("contains", ()):
            contains.setdefault(" ".join(phrase.split()), reason)
        for phrase in table.get("anywhere", ()):
            anywhere.setdefault(" ".join(phrase.split()), reason)
    return Markers(
        exact=exact,
        prefix=prefix,
        contains=contains,
        prefix_lengths=_lengths_by_first_word(prefix),
        contains_lengths=_lengths_by_first_word(contains),
        contains_starts=frozenset(p.split()[0] for p in contains),
        anywhere=anywhere,
        # Literal alternatives only: linear in the block length.
        anywhere_pattern=re.compile(
            r"(?<!\S)(" + "|".join(map(re.escape, sorted(anywhere, key=len, reverse=True))) + r")(?!\S)"
        ),
        anywhere_starts=frozenset(p.split()[0] for p in anywhere),
        calls_to_action=frozenset(raw.get("_calls_to_action", ())),
        weak_calls_to_action=frozenset(raw.get("_weak_calls_to_action", ())),
        site_services=frozenset(raw.get("_site_services", ())),
        rights_words=frozenset(raw.get("_rights_words", ())),
        picture_agencies=frozenset(raw.get("_picture_agencies", ())),
        picture_credit_words=frozenset(raw.get("_picture_credit_words", ())),
        contents_labels=frozenset(raw.get("_contents_labels", ())),
    )


def _lengths_by_first_word(phrases: dict[str, RemovalReason]) -> dict[str, tuple[int, ...]]:
    """For each first word, the word counts of the phrases it opens, ascending: a block is then
    looked up only at the lengths some phrase has, not at every length up to the longest."""
    lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.split()
        if words:
            lengths.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(counts)) for first, counts in lengths.items()}
