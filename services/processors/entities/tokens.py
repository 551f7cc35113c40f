"""The token facts the news layer reads, copied out of a parsed ``Doc`` once per article.

Every rule of the layer walks the tokens many times; reading ``doc[i].text`` or ``doc[i].tag_``
creates a ``Token`` object on every access, and ``doc.text`` rebuilds the whole text. A
``DocTokens`` holds the same values as plain Python sequences, taken with one ``Doc.to_array``
call, plus the text and the model's entities. The values are exactly the ``Token`` attributes
they are named after (``text``, ``lower_``, ``tag_``, ``idx``, ``whitespace_``, ``is_alpha``,
``is_punct``, ``is_sent_start``) and ``body == doc.text``.

A ``TokenReader`` makes them for one vocabulary and remembers the facts of each word form
(text, lower case, alpha, punctuation: lexeme attributes, the same wherever the form occurs)
in a bounded cache.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import add, itemgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

#: Word forms (and tags) remembered per reader; the caches are emptied when they reach this size.
CACHE_SIZE = 50_000
_FORM_FIELDS = tuple(itemgetter(i) for i in range(4))  # text, lower, alpha, punct of a cached form


@dataclass(frozen=True, eq=False)
class DocTokens:
    """Per-token facts of one parsed doc (see module docstring); ``doc`` is the doc itself."""

    doc: Doc
    body: str
    text: Sequence[str]
    lower: Sequence[str]
    tag: Sequence[str]
    idx: Sequence[int]
    end: Sequence[int]
    space: Sequence[bool]
    alpha: Sequence[bool]
    punct: Sequence[bool]
    sent_start: Sequence[bool]
    ents: tuple[tuple[int, int, str], ...]

    @classmethod
    def of(cls, doc: Doc) -> DocTokens:
        """The facts of ``doc`` read without a shared cache (see TokenReader for repeated use)."""
        return TokenReader(doc.vocab).read(doc)

    def __len__(self) -> int:
        return len(self.text)

    def line_ranges(self) -> list[tuple[int, int]]:
        """Token ranges of the body's non-empty lines, in order; the line breaks (whitespace tokens
        holding a newline) separate them and belong to none."""
        out: list[tuple[int, int]] = []
        start = 0
        for k, word in enumerate(self.text):
            if "\n" in word and word.isspace():
                if start < k:
                    out.append((start, k))
                start = k + 1
        if start < len(self.text):
            out.append((start, len(self.text)))
        return out

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``: the tokens' text without the last token's trailing space."""
        return self.body[self.idx[start] : self.end[end - 1]] if start < end else ""

    def token_at(self, char: int) -> int:
        """Index of the token whose text or trailing space holds character ``char`` (0 <= char < len(body))."""
        return bisect_right(self.idx, char) - 1


class TokenReader:
    """Reads ``DocTokens`` from docs of one vocabulary, caching per-form facts (bounded)."""

    def __init__(self, vocab: Vocab) -> None:
        from spacy.attrs import ORTH, SENT_START, SPACY, TAG

        self._vocab = vocab
        self._attrs = [ORTH, TAG, SPACY, SENT_START]
        self._forms: dict[int, tuple[str, str, bool, bool]] = {}
        self._tags: dict[int, str] = {}

    def read(self, doc: Doc) -> DocTokens:
        """The facts of ``doc`` (a doc of another vocabulary is read without the cache)."""
        if doc.vocab is not self._vocab:
            return TokenReader(doc.vocab).read(doc)
        columns: list[list[int]] = doc.to_array(self._attrs).T.tolist() if len(doc) else [[], [], [], []]
        orth, tags, spacy, sent_start = columns
        forms = self._form_rows(orth)
        text, lower, alpha, punct = (list(map(field, forms)) for field in _FORM_FIELDS)
        lengths = [len(word) for word in text]
        idx = list(accumulate(map(add, lengths, spacy), initial=0))
        idx.pop()
        return DocTokens(
            doc=doc,
            body="".join([word + " " if space else word for word, space in zip(text, spacy, strict=True)]),
            text=text,
            lower=lower,
            tag=self._tag_names(tags),
            idx=idx,
            end=list(map(add, idx, lengths)),
            space=[space == 1 for space in spacy],
            alpha=alpha,
            punct=punct,
            # SENT_START is -1, 0 or 1 (read back unsigned); Token.is_sent_start is true for 1 only.
            sent_start=[start == 1 for start in sent_start],
            ents=tuple((e.start, e.end, e.label_) for e in doc.ents),
        )

    def _form_rows(self, orth: list[int]) -> list[tuple[str, str, bool, bool]]:
        forms = self._forms
        rows = [forms.get(o) for o in orth]
        if None not in rows:
            return rows  # type: ignore[return-value]
        if len(forms) + len(orth) > CACHE_SIZE:
            forms.clear()
        vocab = self._vocab
        for position, row in enumerate(rows):
            if row is None:
                o = orth[position]
                row = forms.get(o)
                if row is None:
                    lex = vocab[o]
                    row = forms[o] = (lex.orth_, lex.lower_, bool(lex.is_alpha), bool(lex.is_punct))
                rows[position] = row
        return rows  # type: ignore[return-value]

    def _tag_names(self, tags: list[int]) -> list[str]:
        names = self._tags
        if len(names) > CACHE_SIZE:
            names.clear()
        strings = self._vocab.strings
        out = []
        for tag in tags:
            name = names.get(tag)
            if name is None:
                name = names[tag] = strings[tag]
            out.append(name)
        return out
