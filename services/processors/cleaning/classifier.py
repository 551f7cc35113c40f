"""Per-block verdicts: body or furniture, with a reason from the closed RemovalReason set.

Two passes. The local pass judges each block on its own (marker vocabulary, share-bar residue,
stamps, bylines, initials, bare links, learned repeats). The structural pass (page text only)
first marks what markup would have shown as lists and threads (headline lists, comment threads:
see headline_lists.py and comment_threads.py), then finds the article the way a reader does: the
densest run of prose, scored block by block and chosen as the maximum-sum contiguous run;
everything outside it is page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from events.models import RemovalReason
from services.processors.cleaning.about_boxes import mark_about_boxes, mark_bylined_about_boxes
from services.processors.cleaning.author_notes import (
    is_author_bio,
    is_author_note,
    is_byline_note,
    note_under_name,
    writer_names,
)
from services.processors.cleaning.blocks import Block, make_block
from services.processors.cleaning.card_lists import mark_card_lists
from services.processors.cleaning.closing_prompts import mark_closing_prompts
from services.processors.cleaning.comment_threads import mark_comment_threads, mark_lone_comment
from services.processors.cleaning.consent_boxes import consent_boxes
from services.processors.cleaning.disclaimers import is_labelled_disclaimer
from services.processors.cleaning.embedded_posts import mark_embedded_posts
from services.processors.cleaning.footnotes import mark_footnotes
from services.processors.cleaning.form_runs import story_above_form
from services.processors.cleaning.galleries import mark_credited_slides, mark_galleries
from services.processors.cleaning.header import MONTH_WORDS, STAMP_VERDICTS, has_date, parse_byline
from services.processors.cleaning.headline_lists import (
    LONG_HEADLINE_WORDS_MAX,
    mark_headline_runs,
    mark_inline_lists,
    mark_labelled_lists,
)
from services.processors.cleaning.link_labels import LABEL_WORDS_MAX as LINK_LABEL_WORDS_MAX
from services.processors.cleaning.link_labels import TEASER_WORDS_MAX as LINKED_TEASER_WORDS_MAX
from services.processors.cleaning.link_labels import is_cut_teaser_link, is_labelled_link, is_repeated_title
from services.processors.cleaning.listings import LISTING_WEIGHT, listing_lines
from services.processors.cleaning.live_tickers import mark_entry_heads, ticker_spans
from services.processors.cleaning.markers import (
    addresses_reader,
    is_call_to_action,
    is_contents_label,
    is_picture_credit,
    is_rights_notice,
    is_site_prompt,
    markers,
)
from services.processors.cleaning.menu_lines import mark_menu_lines
from services.processors.cleaning.outline_entries import is_outline_entry
from services.processors.cleaning.page_footers import footer_start
from services.processors.cleaning.paragraph_repeats import mark_repeated_paragraphs
from services.processors.cleaning.picture_notes import (
    AGENCY_CREDIT_WORDS,
    is_agency_credit,
    is_picture_note,
    is_wire_caption,
    mark_credited_captions,
    mark_figure_labels,
)
from services.processors.cleaning.salutations import is_salutation
from services.processors.cleaning.script_lines import is_script_line
from services.processors.cleaning.signals import (
    ends_like_sentence,
    has_disguised_words,
    is_initials,
    is_url_shaped,
)
from services.processors.cleaning.site_pitches import mark_site_pitches
from services.processors.cleaning.slideshows import numbered_gallery_spans, slideshow_spans
from services.processors.cleaning.source_lists import mark_source_lists
from services.processors.cleaning.split_bylines import mark_split_bylines
from services.processors.cleaning.story_boxes import related_box_end, shares_topic
from services.processors.cleaning.story_deks import story_deks
from services.processors.cleaning.story_headers import is_stamp, story_headers
from services.processors.cleaning.story_leads import story_lead, story_summary
from services.processors.cleaning.story_runs import (
    CHROME_WEIGHT,
    across_byline,
    across_gaps,
    across_lists,
    break_at_headers,
    first_story,
    headed_opening,
    is_headed,
    past_gaps,
    story_under_header,
)
from services.processors.cleaning.story_tables import across_tables, heads_table
from services.processors.cleaning.table_gaps import mark_table_gaps
from services.processors.cleaning.writer_boxes import mark_labelled_notes, mark_writer_boxes

Verdict = RemovalReason | None  # None: the block is body

SHARE_WORDS = frozenset(
    "share shares x f in facebook twitter email e mail print copy link whatsapp linkedin pinterest reddit telegram "
    "flipboard messenger sms tumblr rss feed google tweet pin it on via this article story comments comment save "
    "threads bluesky mastodon "
    # the buttons' words in German, French, Spanish, Italian, Portuguese, Dutch ("Teilen auf Facebook", "Imprimer")
    "teilen drucken merken auf partager imprimer sur compartir imprimir guardar por condividi stampa su "
    "compartilhar delen printen op".split()
)
# Share-button labels a page's text may run together into one word ("FacebookTwitterWhatsApp").
GLUED_SHARE_LABELS = frozenset(
    "share facebook twitter google reddit whatsapp pinterest email mail linkedin tumblr telegram stumbleupon "
    "print flipboard messenger sms tweet xing pocket copy link rss threads bluesky mastodon".split()
)
_GLUED_LABEL_LENGTHS = sorted({len(label) for label in GLUED_SHARE_LABELS})
_GLUED_LABEL_MIN = _GLUED_LABEL_LENGTHS[0]
GLUED_TOKEN_CHARS = 200
# Share-button labels that stick to the end of a caption when a page is copied as text.
SHARE_RESIDUE = frozenset("x f share facebook twitter email whatsapp linkedin pinterest reddit telegram tweet".split())
# headings after which an article does not resume: comments, related links, an author box or credits
_SECTION_ENDS = frozenset({"comments", "related-links", "credit", "legal"})
SHORT_PROSE_WORDS = 8
TAIL_BLOCKS = 3  # kept blocks at the article's end checked for author notes and calls to action
PROMPT_WORDS = 45
PROMPT_MIN_WORDS = 8  # a prompt not ending like a sentence has at least this many words (not a code line)
NOTICE_WORDS = 60  # a copyright notice at an article's end is at most this long
LABELLED_NOTICE_WORDS = 150  # a notice that names itself ("Disclaimer: ...") may run to a paragraph this long
# Furniture a page sets between a story's paragraphs: it must not split the story's prose run.
_INLINE = frozenset({"advertisement", "share-widget", "caption"})
INLINE_WEIGHT, SHORT_WEIGHT = -0.8, -0.3
_STEP_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")  # a numbered list's number set on a line of its own: inline
# A photo credit closing a caption: "... Photograph: Jane Doe/Getty Images", "... (Reuters)", "... REUTERS/Jane Doe",
# "... Foto: dpa", "... Crédito: EFE", "... Beeld: ANP", "... Kuva: Lehtikuva", "... Zdjęcie: PAP", "... Фото: ТАСС",
# "... (Symbolbild)", "... (Immagine di repertorio)".
_PHOTO_CREDIT = re.compile(
    r"(?:(?:photo|photograph|picture|image|illustration|credit|source"
    r"|foto|bild|bildquelle|quelle|crédit|crédito|fuente|fonte"
    r"|fotografía|fotografia|imagen|imagem|immagine|beeld|afbeelding|bron"
    r"|kuva|kuvat|lähde|zdjęcie|zdjęcia|źródło|fotó|kép|forrás|billede|bilde|källa|kilde|fotografie|zdroj"
    r"|slika|izvor|fotoğraf|görsel|kaynak|фото|снимка|источник|джерело)s?\s?(?:by)?\s?:\s?[^.!?\s][^.!?]{1,80}"
    r"|/\s?(?:getty images|afp|ap|ap photo|reuters|epa|shutterstock|alamy)(?:,?\sfiles?)?\)?"
    r"|\((?:getty images|afp|ap|reuters|epa|shutterstock|alamy|ap photo|file|file photo|stock photo"
    r"|symbolbild|symbolfoto|archivbild|archivfoto|photo d'illustration|image d'illustration|photo d’illustration"
    r"|illustration|imagen de archivo|foto de archivo|immagine di repertorio|foto d'archivio|foto d’archivio"
    r"|foto de arquivo|imagem de arquivo|archiefbeeld|archieffoto)\)\.?)\s?$",
    re.IGNORECASE,
)
# A photographer (or two) and their paper after a caption's sentence, in brackets or after a bar: "... a
# high-end brothel. (Matt Stone/Boston Herald)", "... in September. | Patrick Semansky/AP Photo",
# "... what happens next. (Jane Roe and John Doe/The Daily Ledger)".
_NAMED_CREDIT = re.compile(
    r"[.!?][\"'”’]? {1,3}(?:\(|\| ?)[A-Z][\w'’.-]{1,30}(?: [A-Z][\w'’.-]{0,30}){1,2}"
    r"(?: and [A-Z][\w'’.-]{1,30}(?: [A-Z][\w'’.-]{0,30}){1,2})? ?/ ?"
    r"[A-Z][\w&'’.-]{0,30}(?: [A-Z][\w&'’.-]{0,30}){0,3}\)?$"
)
# A picture's copyright after a caption's sentence: "... entlang der Hauptstraße. © dpa", "... principale. © AFP".
_COPYRIGHT_CREDIT = re.compile(r"[.!?][\"'”’»]? {0,3}©\s?[^.!?©]{1,60}$")
# A caption's credit in capitals after its sentence: "... from the water. By U.S. CUSTOMS AND BORDER PROTECTION".
_CAPITALS_CREDIT = re.compile(r"[.!?][\"'”’]? {1,3}By [A-Z][A-Z.&'’ -]{3,80}$")
# Labels a publication stamp opens with.
_STAMP_LABELS = frozenset("published updated posted modified created date last first".split())
# The labels of a page's creation and change stamps, in English, German, French, Spanish, Italian, Portuguese, Dutch.
_PAIR_LABELS = frozenset(
    "created modified updated published posted revised "
    "erstellt geändert aktualisiert veröffentlicht "
    "créé modifié publié "
    "creado modificado actualizado publicado "
    "creato modificato aggiornato pubblicato "
    "criado atualizado "
    "aangemaakt gewijzigd bijgewerkt gepubliceerd".split()
)
STAMP_PAIR_WORDS = 24
STAMP_PAIR_OTHER = 4  # a page's file name or a "last", "on", "at" beside the labels and dates
CREDIT_LINE_WORDS = 6  # "© Jane Doe / stock.adobe.com": a picture's credit, no site's rights notice
DOUBLED_WORDS = 8  # longest label read again as half of itself when it is written twice running
_GLUED_CAPTION_LABELS = ("Media caption", "Image caption", "Video caption")  # all three labels are 13 characters
SEGMENTED_WORDS = 30  # longest line read as furniture items side by side
LINK_LABEL_WORDS = LINKED_TEASER_WORDS_MAX + LINK_LABEL_WORDS_MAX  # "Lesen Sie auch:" and a linked teaser
# Where one furniture item ends and the next starts: a pipe, or a capitalised "Label:" of one or two words.
_SEGMENT_BREAK = re.compile(r" ?\| ?|(?<=\S) (?=[A-Z][a-z]{1,20}(?: [a-z]{1,20})? ?: )")
# Where a named person stands in a picture, which only a caption says: "Jane Doe (left)", "Sir John
# Smith (second right)", "Officials (L-R)" (raw text).
_PICTURE_POSITION = re.compile(
    r"[A-Z][\w.'’-]{0,30},? \((?i:(?:(?:second|third|far|top|bottom|front|back|centre|center) )?"
    r"(?:left|right|centre|center|l-r|r-l|l to r|from left|from right|pictured))\)"
)
CAPTION_WORDS = 80
# "With Post wires", "with agency inputs", "with wire services" (normalised).
_AGENCY_TAIL = re.compile(
    r"^with (?:[a-z]{1,20} ){0,3}(?:wires?|wire services|agencies|agency inputs|inputs|reporting)$"
)
# "6 hours ago", "updated 3 mins ago", "2 days ago" (normalised).
_RELATIVE_TIME = re.compile(
    r"^(?:(?:updated|posted|published) )?(?:\d{1,3}|an?|one) (?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s? ago$"
)
# The same in German, French, Spanish, Portuguese ("vor 3 Tagen", "il y a 2 heures", "hace 5 horas", "há 1 dia")
# and Italian, Dutch ("2 ore fa", "3 uur geleden") (normalised).
_RELATIVE_TIME_ELSEWHERE = re.compile(
    r"^(?:vor|il y a|hace|há) (?:\d{1,3}|eine[mr]?|une?|una?|um|uma) (?:sekunden?|minuten?|stunden?|tag(?:en)?"
    r"|wochen?|monat(?:en)?|jahr(?:en)?|secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|segundos?|minutos?"
    r"|horas?|días?|dias?|semanas?|mes(?:es)?|años?|anos?|mês|meses)$"
    r"|^(?:\d{1,3}|un|una|een) (?:second[io]|minut[io]|or[ae]|giorn[io]|settiman[ae]|mes[ei]|ann[io]|seconden|minuten"
    r"|uur|dagen|dag|weken|week|maanden|maand|jaar|jaren) (?:fa|geleden)$"
)
_AGO_WORDS = frozenset({"vor", "il", "hace", "há", "fa", "geleden"})
BOX_LABEL_WORDS = 5  # a sign-up box's own short lines: its title, its button
LEAD_BLOCKS = 4  # kept blocks at the article's start read for a site's notes
LEAD_LABEL_WORDS = 4
AUTHOR_NOTE_END = 0.8  # a note about the writer ends the article once this share of its prose lies above it
SECONDARY_SHARE = 0.2  # a second prose run this heavy relative to the main one is article too
SECONDARY_MIN = 4.0
FORM_PROSE_MIN = 0.5  # prose above a comment form: a photo's caption or a post of one short sentence
FORM_REACH = 6  # blocks from a comments heading within which a comment form asks its fields
FORM_FIELDS_MIN = 2
# A comment form's field labels, in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish:
# the reader's name and address, which a newsletter's form asks too, and the comment or a website, which it does not.
_SENDER_LABELS = frozenset(
    {
        "name", "email", "e mail", "nom", "courriel", "adresse de messagerie", "nombre", "correo electrónico",
        "nome", "naam", "e mailadres", "imię",
        "name required", "name erforderlich", "email required address never made public",
        "e mail erforderlich adresse wird niemals veröffentlicht",
    }
)  # fmt: skip
_COMMENT_LABELS = frozenset(
    {
        "comment", "kommentar", "commentaire", "comentario", "commento", "comentário", "reactie", "komentarz",
        "website", "webseite", "url", "site web", "sitio web", "sito web", "strona internetowa",
    }
)  # fmt: skip
_FIELD_LABELS = _SENDER_LABELS | _COMMENT_LABELS
LEGAL_SECTION_MAX = 40.0  # prose weight under a legal heading: about four long paragraphs
TOOLBAR_REACH = 2  # blocks between a tool bar's comment count and its share buttons
HEADER_REACH = 3  # blocks between a story header's date or byline and the count beside it
THREAD_LOOKAHEAD = 12  # blocks under a comments heading read for a thread's names, dates and replies
THREAD_HEAD_WORDS = 14  # a comment's head: a name and a date
_CLOCK_TIME = re.compile(r"(?<!\d)[0-2]?\d[:.h][0-5]\d(?!\d)")  # "13:04", "9.30", "18h45"
LEAD_IN_WORDS_MIN = 3  # a lead-in announcing a list ("Here is the list:"), not a label ("Tags:")
ANNOUNCED_MAX = 15  # lines of a list a story announces, taken in after its run
MAX_RUNS = 50
FAR_ABOVE = 40  # blocks of page between a run and the story under which it is no lead of the story
PAGE_TOP = 10  # a run opening within this many blocks of the page's start, over its header: a banner
NOTICE_STORY_MIN = 2  # prose paragraphs above a legal heading: the story has been told
PARAGRAPH_WEIGHT = SHORT_PROSE_WORDS * 5 / 80.0  # prose_weight of a sentence of SHORT_PROSE_WORDS short words
PROSE_LIKE_WORDS = 3  # a story's short sentence has a subject, a verb and more: "He declined to comment."
NOTICE_BLOCKS = 2  # paragraphs of a disclaimer or legal notice under its heading at the page's end


def local_verdict(block: Block) -> Verdict:
    """The reason ``block`` is furniture judged on its own, else None."""
    text, norm, n = block.text, block.norm, block.n_words
    if not norm or norm[0].isnumeric() and norm.replace(" ", "").isnumeric():  # only symbols or numbers: no words
        return "other-furniture"
    if is_script_line(text):
        return "other-furniture"  # an inline script's source left in the page's text
    half = len(text) // 2
    if n <= DOUBLED_WORDS and half and len(text) % 2 == 0 and text[:half] == text[half:]:
        return local_verdict(make_block(text[:half]))  # a label rendered twice ("Sign upSign up") is that label
    if text[:4] in ("(c) ", "(C) ") and n <= CAPTION_WORDS:
        return local_verdict(make_block("©" + text[3:]))  # "(c) 2018 example.org": a copyright sign typed out
    tokens = block.tokens
    reason = markers().match(norm, tokens, n, block.sentence, block.labelled)
    if reason is not None:
        return reason
    if has_disguised_words(text):
        return "advertisement"
    if text.startswith(_GLUED_CAPTION_LABELS) and text[len("Image caption") :][:1].isupper():
        return "caption"  # "Media captionDrone footage shows ...": the label glued to the caption
    if block.n_words <= CAPTION_WORDS and "(" in text and _PICTURE_POSITION.search(text):
        return "caption"
    if n <= CREDIT_LINE_WORDS and text.startswith("©") and not block.sentence:
        return "caption"  # "© E. Schwinge" under a picture: its credit on a line of its own
    if text.startswith("©") and n <= CAPTION_WORDS and _opens_with_agency(tokens):
        return "caption"  # "© Getty Images MANCHESTER, Sept. 29 -- Students walk past ...": a caption under its credit
    if is_wire_caption(text, block.n_words):
        return "caption"  # "In this March 2, 2011 file photo, Apple's chief executive waves ..."
    if block.n_words <= 60:
        tail = text.rstrip(" -–—")[-120:]  # "- Tapie en 2008. REUTERS/Benoit Tessier -": set between dashes
        if ("/" in tail or ")" in tail[-2:] or _credit_after_colon(tail)) and _PHOTO_CREDIT.search(tail):
            return "caption"
        _, stop, credit = tail.rpartition(". ")
        if stop and "/" in credit and is_agency_credit(credit):
            return "caption"  # "... in 2008. REUTERS/Benoit Tessier": an agency and its photographer close it
        if "/" in tail and _NAMED_CREDIT.search(tail):
            return "caption"
        if " By " in tail and _CAPITALS_CREDIT.search(tail):
            return "caption"
        if "©" in tail and _COPYRIGHT_CREDIT.search(tail):
            return "caption"
        if is_picture_note(text, block.n_words):
            return "caption"
        if (
            "/" in tail
            and block.n_words <= AGENCY_CREDIT_WORDS
            and not is_picture_credit(tokens)
            and is_agency_credit(text)
        ):
            return "caption"  # "APA/Georg Hochmuth" under a picture ("AFP/Getty", all credit words, is a credit)
    if n <= LINK_LABEL_WORDS and (is_labelled_link(text) or is_repeated_title(text)) or is_cut_teaser_link(text, n):
        return "related-links"  # "Read: Two disasters are worse than one" between the story's paragraphs
    if n <= SEGMENTED_WORDS and "|" in text:  # pipes never join the parts of a sentence
        reason = _segmented_furniture(text)
        if reason is not None:
            return reason
    if block.sentence:
        if (tokens[0] in _STAMP_LABELS or tokens[0] in MONTH_WORDS) and _is_dated_line(text, tokens, n):
            return "publication-stamp"  # "Published: January 16, 2023 at 4:30 p.m." reads as a sentence
        if is_byline_note(block):
            return "byline"  # "By Alex Heath, a deputy editor and author of ...": the byline, its note run on
        return None
    # The cheap string tests in front of the patterns are ones their matches always pass.
    if n <= 6 and norm.startswith("with ") and _AGENCY_TAIL.match(norm):
        return "agency-tail"
    if n <= 6 and norm.endswith(" ago") and _RELATIVE_TIME.match(norm):
        return "publication-stamp"
    if 3 <= n <= 6 and (tokens[0] in _AGO_WORDS or tokens[-1] in _AGO_WORDS) and _RELATIVE_TIME_ELSEWHERE.match(norm):
        return "publication-stamp"
    if n <= 10 and _is_share_word(tokens[0]) and all(map(_is_share_word, tokens)):
        return "share-widget"
    if is_initials(text) or is_picture_credit(tokens):
        return "credit"
    if is_url_shaped(text):
        return "other-furniture"
    if n <= 25 and tokens[-1] in ("reply", "report") and has_date(text):
        return "comments"
    if n <= 14:
        if parse_byline(text) is not None:
            return "byline"
        if _is_dated_line(text, tokens, n):
            return "publication-stamp"
    if n <= STAMP_PAIR_WORDS and _is_stamp_pair(text, tokens):
        return "publication-stamp"
    if n >= 4 and tokens[-1] in SHARE_RESIDUE and text.split()[-1][:1].isupper():
        return "caption"  # a caption with the share bar's residue glued on ("... X")
    if n <= SEGMENTED_WORDS and ":" in text and "|" not in text:  # with a pipe it was read above
        return _segmented_furniture(text)
    return None


def _opens_with_agency(tokens: list[str]) -> bool:
    """The block opens with a picture agency's credit ("Getty Images", "AFP", "PA Wire") and is
    no rights notice ("© Reuters 2020. All rights reserved.")."""
    return "rights" not in tokens and any(is_picture_credit(tokens[:k]) for k in (1, 2, 3))


def _is_dated_line(text: str, tokens: list[str], n: int) -> bool:
    """A date and little else: at most 14 words, no more than six of them beside its numbers."""
    return n <= 14 and has_date(text) and n - sum(1 for t in tokens if t.isdigit()) <= 6


def _is_stamp_pair(text: str, tokens: list[str]) -> bool:
    """A page's stamp of two labelled dates ("page.html - Created 03-10-2004 2:20pm - Last Modified:
    03-10-2004 2:20pm", "Erstellt 3.10.2004 - Geändert 5.10.2004"): two stamp labels, a date, and at
    most STAMP_PAIR_OTHER words that are neither a label nor hold a digit."""
    labels = sum(1 for t in tokens if t in _PAIR_LABELS)
    if labels < 2:
        return False
    other = sum(1 for t in tokens if t not in _PAIR_LABELS and t not in _STAMP_LABELS and not _has_digit(t))
    return other <= STAMP_PAIR_OTHER and has_date(text)


def _has_digit(token: str) -> bool:
    return any(c.isdigit() for c in token)


def _segmented_furniture(text: str) -> Verdict:
    """A line of furniture items side by side, split at pipes and before "Label:" pairs
    ("January 13, 2020 | categories: Python | View Comments", "News date : 04/21/2022 Category :
    Press Releases"): the first item's reason when every item is furniture on its own, else None.
    No item holds another split point, so the items' own verdicts do not come back here."""
    items = [item for item in _SEGMENT_BREAK.split(text) if item.strip(" |")]
    if len(items) < 2:
        return None
    verdicts = [local_verdict(make_block(item)) for item in items]
    return verdicts[0] if all(verdicts) else None


def _credit_after_colon(tail: str) -> bool:
    """What _PHOTO_CREDIT's labelled form needs: at most 83 characters after the last colon, none of them . ! ?"""
    colon = tail.rfind(":")
    if colon < 0:
        return False
    rest = tail[colon + 1 :]
    return len(rest) <= 83 and "." not in rest and "!" not in rest and "?" not in rest


def _is_share_word(token: str) -> bool:
    return token.rstrip("0123456789") in SHARE_WORDS or token.isdigit() or _is_glued_share_bar(token)


def _is_glued_share_bar(token: str) -> bool:
    """A row of share buttons whose labels the page text runs together ("facebooktwitterwhatsapp",
    "redditwhatsapppinterestemail"): the token splits wholly into two or more GLUED_SHARE_LABELS.
    A word break over at most GLUED_TOKEN_CHARS characters: linear in the token's length."""
    if len(token) > GLUED_TOKEN_CHARS or len(token) < 2 * _GLUED_LABEL_MIN:
        return False
    split = [True] + [False] * len(token)  # split[i]: token[:i] is made of labels
    for end in range(1, len(token) + 1):
        split[end] = any(
            end >= length and split[end - length] and token[end - length : end] in GLUED_SHARE_LABELS
            for length in _GLUED_LABEL_LENGTHS
        )
    return split[-1] and token not in GLUED_SHARE_LABELS  # one label alone is no row


def prose_weight(block: Block) -> float:
    """Structural score: positive for prose, negative for furniture-shaped blocks."""
    if block.sentence and block.n_words >= SHORT_PROSE_WORDS or block.n_words >= 15 and block.density >= 0.25:
        return min(len(block.text), 800) / 80.0
    if block.sentence:
        return 0.3
    return SHORT_WEIGHT


def _marked_weight(verdict: RemovalReason) -> float:
    """Furniture set inside stories (ads, share bars, captions) costs little; page chrome costs a lot."""
    return INLINE_WEIGHT if verdict in _INLINE else CHROME_WEIGHT


def _densest_run(weights: Sequence[float]) -> tuple[int, int] | None:
    """[start, end) of the maximum-sum contiguous run, None when no run is positive."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _is_prose_like(block: Block, verdict: Verdict) -> bool:
    """A short sentence an article may open or close with ("He declined to comment."): at least
    PROSE_LIKE_WORDS words. Two words ending like a sentence are a site's sign-off or button
    ("Thank you.", "Mehr lesen.", "Bon appétit !"), not the story's."""
    return (
        verdict is None
        and block.n_words >= PROSE_LIKE_WORDS
        and ends_like_sentence(block.text)
        and any(w[:1].islower() for w in block.text.split()[:20])
    )


def _cut_at_section_end(blocks: Sequence[Block], verdicts: list[Verdict], start: int, end: int) -> int:
    """Where the article ends: a comments or related heading once most of the prose lies above it,
    or a note about the writer once nearly all of it does (a profile's "X is a ..." comes early).
    A legal heading with more than LEGAL_SECTION_MAX of prose under it ends nothing: a disclaimer
    or an imprint is a paragraph or two.
    A related heading opening a short box inside the story (story_boxes.py) ends nothing: its
    linked headlines are marked and the story goes on under them."""
    weights = [max(prose_weight(b), 0.0) for b in blocks[start:end]]
    total = sum(weights)
    seen = 0.0
    writers = writer_names(blocks, verdicts)
    i = start
    while i < end:
        block = blocks[i]
        if total and verdicts[i] is None and seen / total >= AUTHOR_NOTE_END:
            if is_author_note(block, writers):
                verdicts[i] = "credit"
                return i
            if note_under_name(blocks, verdicts, i):
                verdicts[i - 1 : i + 1] = ["credit", "credit"]
                return i - 1
        seen += weights[i - start]
        kind = _section_heading(blocks, i) if verdicts[i] in _SECTION_ENDS else None
        resumed = related_box_end(blocks, verdicts, start, i, end) if kind == "related-links" else None
        if resumed is not None:
            for j in range(i + 1, resumed):
                verdicts[j] = verdicts[j] or "related-links"  # the box's linked headlines
            seen += sum(weights[i + 1 - start : resumed - start])
            i = resumed
            continue
        if kind == "legal" and total - seen > LEGAL_SECTION_MAX:
            kind = None  # a story's subheading ("Avertissement" over its method): no notice runs this long
        if kind and total and seen / total >= 0.5:
            return i
        i += 1
    return end


def _section_heading(blocks: Sequence[Block], at: int) -> RemovalReason | None:
    """The section the marker heading alone on line ``at`` opens ("Comments", "3 Kommentare",
    "Related"), else None; a table's column labelled like a comment form's field ("Name") opens none."""
    block = blocks[at]
    return None if heads_table(blocks, at) else markers().heading(block.norm, block.tokens)


def mark_comments_section(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """In an extracted body (no page around it), a comments heading alone on its line ("Kommentare",
    "Reader Comments") under at least half of the body's prose opens the thread: every block under
    it is "comments". A heading above most of the prose is a tool bar's link, and opens nothing."""
    weights = [max(prose_weight(b), 0.0) if v is None else 0.0 for b, v in zip(blocks, verdicts, strict=True)]
    total, seen = sum(weights), 0.0
    for i, verdict in enumerate(verdicts):
        if verdict == "comments" and total and seen >= total / 2 and _section_heading(blocks, i) == "comments":
            verdicts[i + 1 :] = [v or "comments" for v in verdicts[i + 1 :]]
            return
        seen += weights[i]


def _is_marker_heading(block: Block) -> bool:
    """A marker phrase alone on its line ("Related", "Comments", "Impressum")."""
    return markers().heading(block.norm, block.tokens) is not None


def _runs(weights: Sequence[float], low: int, high: int, floor: float) -> list[tuple[int, int]]:
    """Disjoint densest runs within [low, high) scoring at least ``floor``; at most MAX_RUNS of them
    (iterative and capped, so a huge page of many small runs costs at most MAX_RUNS linear scans)."""
    found: list[tuple[int, int]] = []
    pending = [(low, high)]
    while pending and len(found) < MAX_RUNS:
        lo, hi = pending.pop()
        span = _densest_run(weights[lo:hi])
        if span is None:
            continue
        start, end = span[0] + lo, span[1] + lo
        if sum(weights[start:end]) < floor:
            continue
        found.append((start, end))
        pending.extend(((lo, start), (end, hi)))
    return found


def _sentence_prose_above(blocks: Sequence[Block], weights: Sequence[float]) -> list[float]:
    """For each block, the prose weight above it in lines that end like sentences (a line of
    titles, "1. Arrival 2. Departure ...", is heavy but tells nothing)."""
    above, prose = [], 0.0
    for block, weight in zip(blocks, weights, strict=True):
        above.append(prose)
        if block.sentence:
            prose += max(weight, 0.0)
    return above


def _comments_heading_after_prose(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], prose_above: Sequence[float], toolbar: Collection[int]
) -> int:
    """Where a comments section opens: the first comments heading alone on its line ("Comments",
    "3 Kommentare") with SECONDARY_MIN of ``prose_above`` it (a "Comments" link under a long line
    of chapter titles opens nothing), or FORM_PROSE_MIN when a comment form opens there (a photo's
    paragraph, then "Kommentar", "Name *", "E-Mail *", "Webseite": the sidebar under the form is
    not the post). A form's field label alone ("Name:", "Website") opens the comments only as
    part of such a form: a cookie notice lists "Name:", "Anbieter:", "Zweck:" record after record.
    The article is looked for above it, however much heavier
    the thread below is (a short post under long comments). A comment count in the story's tool bar
    or header (``toolbar``: the indices ``_is_toolbar_count`` reads so) opens nothing. The page's
    length when there is none."""
    for i, verdict in enumerate(verdicts):
        if (
            verdict == "comments"
            and (
                prose_above[i] >= SECONDARY_MIN
                and blocks[i].norm not in _FIELD_LABELS
                or prose_above[i] >= FORM_PROSE_MIN
                and opens_comment_form(blocks, i)
            )
            and _section_heading(blocks, i) == "comments"
            and i not in toolbar
        ):
            return i
    return len(blocks)


def opens_comment_form(blocks: Sequence[Block], at: int) -> bool:
    """A comment form opens at block ``at``: FORM_FIELDS_MIN of its field labels ("Kommentar",
    "Name *", "E-Mail", "Webseite") within FORM_REACH blocks from it, one of them the comment's or
    a website's (a newsletter's form asks a name and an address too)."""
    labels = {b.norm for b in blocks[at : at + FORM_REACH]}
    found = labels & (_SENDER_LABELS | _COMMENT_LABELS)
    return len(found) >= FORM_FIELDS_MIN and not found.isdisjoint(_COMMENT_LABELS)


def _is_toolbar_count(blocks: Sequence[Block], verdicts: Sequence[Verdict], at: int) -> bool:
    """A comment count set in the story's tool bar ("Tweet", "36 commentaires", "77 recommandés") or
    header ("9. Dezember 2013", "Posted by ...", "[5] Comments"): a heading opening with its number
    (bracketed or not), a share widget within TOOLBAR_REACH blocks of it or a date or byline at most
    HEADER_REACH blocks above it, and no mark of a thread (_marks_thread) in the THREAD_LOOKAHEAD
    blocks under it. It counts the comments below the story; the prose under it is the story's."""
    if not blocks[at].text.lstrip("([")[:1].isdigit():
        return False
    near = verdicts[max(at - TOOLBAR_REACH, 0) : at + TOOLBAR_REACH + 1]
    header = verdicts[max(at - HEADER_REACH, 0) : at]
    if "share-widget" not in near and STAMP_VERDICTS.isdisjoint(header):
        return False
    below = range(at + 1, min(at + 1 + THREAD_LOOKAHEAD, len(blocks)))
    return not any(_marks_thread(blocks[i], verdicts[i]) for i in below)


def _marks_thread(block: Block, verdict: Verdict) -> bool:
    """A comment, or a comment's head: a byline, a stamp, a short line with a date or a clock time
    ("Comment by Jane — 17.07, 2011 @ 13:04")."""
    if verdict in ("comments", "publication-stamp", "byline"):
        return True
    text = block.text
    return block.n_words <= THREAD_HEAD_WORDS and (has_date(text) or _CLOCK_TIME.search(text) is not None)


def mark_closing_notices(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """A notice under a legal heading at the page's end ("Disclaimer", "Aviso legal",
    "Haftungsausschluss", then a paragraph or two of legal prose): with NOTICE_STORY_MIN prose
    paragraphs above the heading and no prose paragraph after the notice's NOTICE_BLOCKS, the notice's
    paragraphs are "legal" too, however heavy (a short story must not lose to its site's
    disclaimer). A cookie banner's button above a story has the story's paragraphs after it."""
    paragraphs = 0
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if (
            verdict == "legal"
            and paragraphs >= NOTICE_STORY_MIN
            and markers().heading(block.norm, block.tokens) == "legal"
        ):
            window = range(i + 1, min(i + 1 + NOTICE_BLOCKS, len(blocks)))
            notice = [j for j in window if verdicts[j] is None and prose_weight(blocks[j]) > 0]
            rest = range(notice[-1] + 1 if notice else i + 1, len(blocks))
            if notice and not any(verdicts[j] is None and is_paragraph(blocks[j]) for j in rest):
                for j in notice:
                    verdicts[j] = "legal"
                return
        paragraphs += verdict is None and is_paragraph(block)


def is_paragraph(block: Block) -> bool:
    """A prose paragraph: what prose_weight scores in full."""
    return prose_weight(block) >= PARAGRAPH_WEIGHT


def article_spans(blocks: Sequence[Block], verdicts: list[Verdict]) -> list[tuple[int, int]]:
    """The article's runs of prose in order: the densest run, plus runs weighing at least
    SECONDARY_SHARE of it (an article split by a gallery, a table or a code listing), none past
    the comments or related section.

    No run reaches across a story header (story_headers.py) set after page chrome. When runs open
    under story headers, the page's article is the first of them: a later run under a header of
    its own, with page chrome between it and the runs before, is another story (a teaser, however
    heavy). A header straight after prose is a story's own (a linked headline with its byline).
    The reading against headers lives in story_runs.py. A run of code or quantity lines
    (listings.py) weighs as content; a slideshow's frame (slideshows.py) weighs nothing, and so do the
    captions of a gallery numbering them ("1/50 City for sale"). A lead
    the header's furniture cuts off from a run is a run of its own (story_leads.py). Two runs with
    only short list lines between them are one, and the story's paragraphs under such lines at its
    end are the story's however light (story_runs.across_gaps, past_gaps). A run opening in the
    page's first PAGE_TOP blocks, more than FAR_ABOVE blocks above the story and about something
    else, is a banner over the page (a browser or cookie notice), not the story's lead. A
    contents list's numbered entries (outline_entries.py) weigh nothing, nor does a cookie-consent
    box's prose (consent_boxes.py); the contents list's label splits nothing. When no header heads
    the densest run, the run the nearest header above it heads is the story's opening if it is
    about the same thing (story_runs.headed_opening), however light."""
    weights = [_marked_weight(v) if v is not None else prose_weight(b) for b, v in zip(blocks, verdicts, strict=True)]
    for i, block in enumerate(blocks):
        if verdicts[i] is None and is_outline_entry(block):
            weights[i] = min(weights[i], 0.0)  # a contents list's "1.1 Why ...?" is no prose
        elif verdicts[i] == "navigation" and is_contents_label(block.norm):
            weights[i] = INLINE_WEIGHT  # nor is its label chrome that splits the story around it
        elif _STEP_NUMBER.fullmatch(block.text):
            weights[i] = INLINE_WEIGHT  # "3." alone over a recipe's or a guide's step splits nothing
        elif is_script_line(block.text):
            weights[i] = INLINE_WEIGHT  # a widget's script set between the story's paragraphs splits nothing
    toolbar = {i for i, v in enumerate(verdicts) if v == "comments" and _is_toolbar_count(blocks, verdicts, i)}
    for i in toolbar:
        weights[i] = INLINE_WEIGHT  # the story's comment count in its header or tool bar splits nothing
    for i, listed in enumerate(listing_lines(blocks)):
        if listed and verdicts[i] is None:
            weights[i] = max(weights[i], LISTING_WEIGHT)  # code and ingredients are content, not chrome
    for low, high in slideshow_spans(blocks):
        for i in range(low, high):
            weights[i] = max(weights[i], 0.0)  # a slide's counter, heading and credits frame its paragraph
    for low, high in numbered_gallery_spans(blocks):
        for i in range(low, high):
            weights[i] = min(weights[i], 0.0)  # a gallery's captions are no story's prose
    for low, high in ticker_spans(blocks):
        if "comments" in verdicts[low:high]:
            continue  # comments under their clock times: a thread, which the article's run must not enter
        for i in range(low, high):
            weights[i] = max(weights[i], 0.0)  # a ticker's minutes and substitutions frame its entries
    headers = story_headers(blocks, verdicts)
    break_at_headers(weights, headers)
    stamped = [is_stamp(b, v) for b, v in zip(blocks, verdicts, strict=True)]
    for low, high in consent_boxes(blocks, weights, lambda box: is_headed(box, headers, weights, stamped)):
        weights[low:high] = [min(w, 0.0) for w in weights[low:high]]  # a cookie box's prose is no story
    prose_above = _sentence_prose_above(blocks, weights)
    comments_at = _comments_heading_after_prose(blocks, verdicts, prose_above, toolbar)
    comments_at = min(comments_at, footer_start(blocks, verdicts, prose_above, SECONDARY_MIN))
    main = _densest_run(weights[:comments_at])
    if main is None:
        return [(0, len(blocks))]  # no prose run at all: nothing structural to judge by
    start, end = story_under_header(main, headers, weights[:comments_at], stamped, SECONDARY_MIN)
    headed = story_above_form((start, end), blocks, verdicts, weights, headers, stamped, PARAGRAPH_WEIGHT)
    if headed is not None:
        weights[start:end] = [min(w, 0.0) for w in weights[start:end]]  # the form's lines join no run
        start, end = headed
    end = _cut_at_section_end(blocks, verdicts, start, end)
    floor = max(SECONDARY_MIN, SECONDARY_SHARE * sum(weights[start:end]))
    limit = _section_end(verdicts, end)
    above = [
        run
        for run in _runs(weights, 0, start, floor)
        if run[0] >= PAGE_TOP or start - run[1] <= FAR_ABOVE or _same_story(blocks, verdicts, run, (start, end))
    ]
    opening = headed_opening(
        (start, end),
        headers,
        weights,
        stamped,
        lambda low, high: _runs(weights, low, high, SECONDARY_MIN),
        lambda run, story: _same_story(blocks, verdicts, run, story),
    )
    if opening is not None and all(opening[1] <= s or e <= opening[0] for s, e in above):
        above.append(opening)  # the story's opening under its headline, cut off by a table or a box
    spans = sorted([(start, end)] + above + _runs(weights, end, limit, floor))
    spans = across_byline(spans, (start, end), blocks, verdicts, weights, limit, PARAGRAPH_WEIGHT)
    spans = first_story(spans, headers, weights, stamped, lambda run, story: _same_story(blocks, verdicts, run, story))
    spans = across_lists(spans, blocks, verdicts, weights, lambda at: _section_end(verdicts, at))
    spans = across_tables(spans, blocks, verdicts, weights, lambda at: _section_end(verdicts, at))
    spans = across_gaps(spans, blocks, verdicts, _is_marker_heading, is_paragraph)
    spans = past_gaps(
        spans,
        blocks,
        verdicts,
        weights,
        _is_marker_heading,
        is_paragraph,
        lambda b, story: shares_topic([b], [blocks[i] for s, e in story for i in range(s, e) if verdicts[i] is None]),
        lambda at: _section_end(verdicts, at),
    )
    grown = []
    for s, e in spans:
        while s > 0 and _is_prose_like(blocks[s - 1], verdicts[s - 1]):
            s -= 1
        if s > 0 and is_salutation(blocks[s - 1], verdicts[s - 1]):
            s -= 1  # "Liebe Leserinnen und Leser," over an open letter's first paragraph
        while e < len(blocks) and _is_prose_like(blocks[e], verdicts[e]) and not blocks[e].text.endswith(":"):
            e += 1  # a lead-in ("Jean dit :") past the run's end introduces what the run left out
        grown.append((s, announced_end(blocks, verdicts, e)))
    leads = [story_lead(blocks, verdicts, weights, span) for span in grown]
    grown += [lead for k, lead in enumerate(leads) if lead is not None and (k == 0 or lead[0] >= grown[k - 1][1])]
    return sorted(grown)  # with the standfirst the header's furniture cut off from a run


def _same_story(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], run: tuple[int, int], story: tuple[int, int]
) -> bool:
    """The run's unmarked paragraphs are about the same thing as the story's (story_boxes.shares_topic)."""
    paragraphs = [blocks[i] for i in range(*run) if verdicts[i] is None and is_paragraph(blocks[i])]
    return bool(paragraphs) and shares_topic(paragraphs, [blocks[i] for i in range(*story) if verdicts[i] is None])


def announced_end(blocks: Sequence[Block], verdicts: Sequence[Verdict], end: int) -> int:
    """Where a run ending at ``end`` ends once the list its last block announces is taken in: when
    that block is an unmarked lead-in of LEAD_IN_WORDS_MIN words or more ending in ``:`` ("so I'll
    sum them up:"), the unmarked lines right under it, up to ANNOUNCED_MAX of them and none longer
    than LONG_HEADLINE_WORDS_MAX words, are the story's list. A site's own labels ("Share this:",
    "Tags:") are marked, and announce nothing."""
    if end == 0 or verdicts[end - 1] is not None:
        return end
    lead = blocks[end - 1]
    if lead.n_words < LEAD_IN_WORDS_MIN or not lead.text.endswith((":", "：")):
        return end
    stop = end
    while (
        stop < len(blocks)
        and stop - end < ANNOUNCED_MAX
        and verdicts[stop] is None
        and blocks[stop].n_words <= LONG_HEADLINE_WORDS_MAX
    ):
        stop += 1
    return stop


def _section_end(verdicts: Sequence[Verdict], at: int) -> int:
    """The first block from ``at`` opening a comments, related, credits or legal section; the page's length when none does."""
    return next((i for i in range(at, len(verdicts)) if verdicts[i] in _SECTION_ENDS), len(verdicts))


def mark_prompt_boxes(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """A sign-up box set inside the story: the unmarked neighbours of a block marked
    "subscription-prompt" that are no sentence and speak to the reader ("Read our full mailing
    list terms here", "... would like to keep you informed ..."), taken one after another outward,
    are prompts too; so are short labels above it (the box's title, "Essential news, delivered
    daily"). A short line below it is left alone: the story resumes there, often with a subheading."""
    for start in [i for i, v in enumerate(verdicts) if v == "subscription-prompt"]:
        for step in (-1, 1):
            i = start + step
            while 0 <= i < len(blocks) and verdicts[i] is None and _in_prompt_box(blocks[i], above=step < 0):
                verdicts[i] = "subscription-prompt"
                i += step


def _in_prompt_box(block: Block, above: bool) -> bool:
    if block.sentence or block.n_words > PROMPT_WORDS:
        return False
    return above and block.n_words <= BOX_LABEL_WORDS or addresses_reader(block.tokens)


def mark_edge_furniture(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Judge the article's edges, where sites put their own words: among the last three kept
    blocks an author's note ("credit"), a site's prompt to its readers ("subscription-prompt": a
    call to action, an app, newsletter or social account offered), a copyright notice or a
    notice labelled as a disclaimer ("legal", see disclaimers.py); among the first kept blocks, up
    to the story's first sentence, a writer's biography ("credit") and a call to action or site's
    prompt that addresses the reader (an advertiser disclosure, "Learn about our editorial
    policies"). The story's only paragraph is left alone: a short post that ends by sending the
    reader on ("Click through for the whole thing.") is still the page's story. A footnote below
    the story is fine print ("legal", see footnotes.py)."""
    mark_footnotes(blocks, verdicts, is_paragraph)
    kept = [i for i, v in enumerate(verdicts) if v is None]
    writers = writer_names(blocks, verdicts)
    paragraphs = [i for i in kept if is_paragraph(blocks[i])]
    for i in kept[-TAIL_BLOCKS:]:
        block = blocks[i]
        if paragraphs == [i]:
            continue
        tokens = block.tokens
        if is_author_note(block, writers):
            verdicts[i] = "credit"
        elif (
            block.n_words <= PROMPT_WORDS
            and (block.sentence or block.n_words >= PROMPT_MIN_WORDS)  # a prompt may end on an address
            and (is_call_to_action(tokens) or is_site_prompt(block.text, tokens))
        ):
            verdicts[i] = "subscription-prompt"
        elif block.n_words <= NOTICE_WORDS and is_rights_notice(block.text, tokens):
            verdicts[i] = "legal"
        elif block.n_words <= LABELLED_NOTICE_WORDS and is_labelled_disclaimer(block.text):
            verdicts[i] = "legal"
    for i in kept[:LEAD_BLOCKS]:
        block = blocks[i]
        if paragraphs == [i]:
            break
        tokens = block.tokens
        if is_author_bio(block):
            verdicts[i] = "credit"
        elif (
            block.n_words <= PROMPT_WORDS
            and addresses_reader(tokens)
            and (is_call_to_action(tokens) or is_site_prompt(block.text, tokens))
        ):
            verdicts[i] = "subscription-prompt"
        elif block.sentence or block.n_words > LEAD_LABEL_WORDS:
            break  # the story has begun; short labels ("Verified by") between a site's notes are passed over


def outside_reason(block: Block, after: bool, in_comments: bool) -> RemovalReason:
    """The reason for an unmarked block outside the article span, from its shape and side."""
    if after and in_comments:
        return "comments"
    if after and block.n_words >= 3 and not block.sentence:
        return "related-links"
    if block.n_words <= 4:
        return "navigation"
    return "other-furniture"


def local_verdicts(
    blocks: Sequence[Block], keys: Sequence[str | None], repeats: Callable[[str], int], repeat_threshold: int
) -> list[Verdict]:
    """Local verdict per block; a block whose key recurs in >= ``repeat_threshold`` earlier articles is learned furniture."""
    # Repeated lines share one Block: judge each once.
    judged = {id(block): local_verdict(block) for block in {id(b): b for b in blocks}.values()}
    verdicts = [judged[id(block)] for block in blocks]
    for i, (verdict, key) in enumerate(zip(verdicts, keys, strict=True)):
        if verdict is None and key is not None and repeats(key) >= repeat_threshold:
            verdicts[i] = "learned-repeat"
    return verdicts


def structural_verdicts(blocks: Sequence[Block], local: Sequence[Verdict]) -> tuple[list[Verdict], tuple[int, int]]:
    """Local verdicts completed by the article's runs: every unmarked block outside them gets a reason.

    Returns the verdicts and the [start, end) of the first run (where the header sits above).
    """
    verdicts = list(local)
    mark_menu_lines(blocks, verdicts)  # "Impressum | Datenschutz | AGB": a menu on one line
    mark_prompt_boxes(blocks, verdicts)  # a sign-up box's lines are no headline list
    mark_headline_runs(blocks, verdicts)  # before the runs are found: a headline list ends an article's prose
    mark_card_lists(blocks, verdicts)  # and so does a list of headlines set as cards with dates or kickers
    mark_comment_threads(blocks, verdicts)  # and so does a comment thread
    mark_lone_comment(blocks, verdicts)  # or a single comment under the story
    mark_galleries(blocks, verdicts)  # a slideshow splits it
    mark_credited_slides(blocks, verdicts)  # and so does one whose slides show their credits
    mark_source_lists(blocks, verdicts)  # a reference site's clipped entries from elsewhere end it
    mark_closing_notices(blocks, verdicts)  # a disclaimer at the page's end is no story, however heavy
    mark_bylined_about_boxes(blocks, verdicts, is_paragraph)  # "Über Simon Dückert" under his post is no story
    mark_labelled_notes(blocks, verdicts)  # "Full Bio" over "Marisa is a ... manager": a reviewer's note
    spans = article_spans(blocks, verdicts)
    first = spans[0]  # the story's first run of prose, under which the headline is looked for
    summary = story_summary(blocks, verdicts, first)
    if summary is not None:  # the dek and bullet points under the story's date, read as a headline list
        verdicts[summary[0] : summary[1]] = [None] * (summary[1] - summary[0])
        spans = sorted([summary, *spans])
        first = (summary[0], first[1])  # the story opens with them: its headline is looked for above
    spans = sorted(spans + story_deks(blocks, verdicts, spans, is_paragraph))  # the line under a headline
    mark_labelled_lists(blocks, verdicts)  # after: a labelled list inside a story must not split it
    mark_inline_lists(blocks, verdicts)  # nor a short list between its paragraphs
    mark_figure_labels(blocks, verdicts)  # "Abbildung 4: ..." under a listing must not split it either
    mark_credited_captions(blocks, verdicts)  # "Das Projektgebiet an der Aller" over "© E. Schwinge"
    mark_split_bylines(blocks, verdicts)  # "Von:" over "Götz Warnke": a byline on two lines
    mark_embedded_posts(blocks, verdicts)  # an embedded post's caption between its frame's lines
    mark_entry_heads(blocks, verdicts)  # "21:22Frances Watkins": read after the runs, it splits none
    inside = [False] * len(blocks)
    for s, e in spans:
        inside[s:e] = [True] * (e - s)
    last_end = spans[-1][1]
    in_comments = False
    for i in range(len(blocks)):
        if verdicts[i] == "comments":
            in_comments = i >= last_end
        if verdicts[i] is None and not inside[i]:
            verdicts[i] = outside_reason(blocks[i], i >= last_end, in_comments)
    mark_table_gaps(blocks, local, verdicts)  # a table's cells between two of the story's passages
    mark_about_boxes(blocks, verdicts, is_paragraph)  # "Über Anna Muster" and her "Ich bin ..." closing a post
    mark_writer_boxes(blocks, verdicts)  # "Anna Muster" over "Anna Muster kam 2001 zur Zeitung ..." by the story
    mark_edge_furniture(blocks, verdicts)
    mark_closing_prompts(blocks, verdicts, is_paragraph)  # a sign-up box's pitch closing the text
    mark_site_pitches(blocks, verdicts, is_paragraph)  # a site's words to its reader further up
    mark_repeated_paragraphs(blocks, verdicts)  # a paragraph the page shows twice is kept once
    return verdicts, first
