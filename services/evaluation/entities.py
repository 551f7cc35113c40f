"""Evaluation of the entity stage against gold PERSON / ORG / location mentions.

``evaluate(path)`` reads gold documents, runs the entity stage and the bare spaCy model (the
same pipeline, its ``doc.ents`` untouched) on the same text, and scores both per type:
precision, recall and F1 of mentions, a mention matching when its character span and its
type group are both equal. ``format_report(report)`` prints the two side by side.

Type groups: PERSON (gold PER/PERSON), ORG (ORG/ORGANIZATION), LOC (gold LOC/GPE/LOCATION/
FAC; predicted GPE, LOC, FAC). Other gold types (MISC, NORP, dates...) and other predicted
labels are not scored.

Input formats, chosen by the file name:

- ``*.jsonl``: one document per line, ``{"text": "...", "entities": [{"start": 0, "end": 5,
  "label": "PER"}, ...]}`` (entities may also be ``[start, end, label]`` lists);
- ``*.conll`` / ``*.txt`` / anything else: CoNLL-2003 style, one token per line with the NER tag
  in the last column (IOB1 or IOB2), blank lines between sentences and ``-DOCSTART-`` lines
  between documents; the text is rebuilt with single spaces, one sentence per line.

A directory is read file by file and reported per file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from services.processors.entities import EntityExtractor, load_pipeline
from services.processors.entities.logic import view

GROUPS = ("PERSON", "ORG", "LOC")
_GOLD_GROUP = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "LOCATION": "LOC",
    "FAC": "LOC",
}
_PRED_GROUP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

Mention = tuple[int, int, str]


@dataclass
class Document:
    text: str
    gold: set[Mention]


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def add(self, gold: set[Mention], predicted: set[Mention]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.matched += len(gold & predicted)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SetReport:
    name: str
    documents: int
    stage: dict[str, Score] = field(default_factory=dict)
    bare: dict[str, Score] = field(default_factory=dict)


def read_documents(path: Path) -> list[Document]:
    """Gold documents of one file; ValueError naming the file and line on malformed input."""
    if path.suffix == ".jsonl":
        return _read_jsonl(path)
    return _read_conll(path)


def _read_jsonl(path: Path) -> list[Document]:
    docs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["text"]
            gold = set()
            for ent in row["entities"]:
                start, end, label = (ent["start"], ent["end"], ent["label"]) if isinstance(ent, dict) else ent
                if not 0 <= start < end <= len(text):
                    raise ValueError(f"span {start}:{end} outside the text")
                group = _GOLD_GROUP.get(label.upper())
                if group:
                    gold.add((start, end, group))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: malformed gold document: {exc}") from exc
        docs.append(Document(text, gold))
    return docs


def _read_conll(path: Path) -> list[Document]:
    docs: list[Document] = []
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []

    def flush_document() -> None:
        if current:
            sentences.append(list(current))
            current.clear()
        if sentences:
            docs.append(_conll_document(sentences))
            sentences.clear()

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if not parts:
            if current:
                sentences.append(list(current))
                current.clear()
        elif parts[0] == "-DOCSTART-":
            flush_document()
        elif len(parts) < 2:
            raise ValueError(f"{path}:{number}: expected 'token ... tag', got {line!r}")
        else:
            current.append((parts[0], parts[-1]))
    flush_document()
    return docs


def _conll_document(sentences: list[list[tuple[str, str]]]) -> Document:
    pieces: list[str] = []
    gold: set[Mention] = set()
    offset = 0
    for sentence in sentences:
        open_start, open_type, last_end = None, None, 0
        for position, (token, tag) in enumerate(sentence):
            start = offset
            pieces.append(token)
            offset += len(token)
            prefix, _, kind = tag.partition("-")
            continues = prefix == "I" and kind == open_type
            if open_type is not None and not continues:
                _close(gold, open_start, last_end, open_type)
                open_type = None
            if prefix in ("B", "I") and not continues:
                open_start, open_type = start, kind
            last_end = offset
            pieces.append(" " if position < len(sentence) - 1 else "\n")
            offset += 1
        if open_type is not None:
            _close(gold, open_start, last_end, open_type)
    return Document("".join(pieces), gold)


def _close(gold: set[Mention], start: int | None, end: int, kind: str) -> None:
    group = _GOLD_GROUP.get(kind.upper())
    if group is not None and start is not None:
        gold.add((start, end, group))


def _score_set(name: str, docs: list[Document], extractor: EntityExtractor) -> SetReport:
    report = SetReport(name, len(docs), {g: Score() for g in GROUPS}, {g: Score() for g in GROUPS})
    nlp = extractor.nlp
    texts = [d.text for d in docs]
    for doc, parsed in zip(docs, nlp.pipe(texts, batch_size=32), strict=True):
        bare = {(e.start_char, e.end_char, _PRED_GROUP[e.label_]) for e in parsed.ents if e.label_ in _PRED_GROUP}
        seen = view(doc.text)  # the stage reads hard wraps as spaces; the bare model reads the text
        entities, _ = extractor.from_doc(parsed if seen == doc.text else nlp(seen), doc.text)
        stage = {(m.start, m.end, _PRED_GROUP[e.type]) for e in entities if e.type in _PRED_GROUP for m in e.mentions}
        for group in GROUPS:
            gold = {m for m in doc.gold if m[2] == group}
            report.stage[group].add(gold, {m for m in stage if m[2] == group})
            report.bare[group].add(gold, {m for m in bare if m[2] == group})
    return report


def evaluate(path: str | Path, model: str | None = None) -> list[SetReport]:
    """Score the stage and the bare model on every gold file at ``path`` (a file or a directory)."""
    root = Path(path)
    if root.is_dir():
        files = sorted(p for p in root.iterdir() if p.is_file() and p.suffix in (".jsonl", ".conll", ".txt"))
    elif root.is_file():
        files = [root]
    else:
        raise FileNotFoundError(f"entity gold data not found: {root}")
    if not files:
        raise ValueError(f"no .jsonl, .conll or .txt gold files in {root}")
    extractor = EntityExtractor(load_pipeline(model))
    return [_score_set(f.name, read_documents(f), extractor) for f in files]


def _overall(scores: dict[str, Score]) -> Score:
    total = Score()
    for score in scores.values():
        total.gold += score.gold
        total.predicted += score.predicted
        total.matched += score.matched
    return total


def format_report(report: list[SetReport]) -> str:
    """Per set and type: gold count, then P/R/F1 of the stage and of the bare model, and the F1 gain."""
    lines = []
    for entry in report:
        lines.append(f"{entry.name} ({entry.documents} documents)")
        lines.append(f"  {'type':8}{'gold':>6}  {'stage P/R/F1':>20}  {'bare P/R/F1':>20}  {'dF1':>6}")
        rows = [(g, entry.stage[g], entry.bare[g]) for g in GROUPS]
        rows.append(("overall", _overall(entry.stage), _overall(entry.bare)))
        for name, stage, bare in rows:
            lines.append(
                f"  {name:8}{stage.gold:6d}  {stage.precision:6.3f}/{stage.recall:6.3f}/{stage.f1:6.3f}  "
                f"{bare.precision:6.3f}/{bare.recall:6.3f}/{bare.f1:6.3f}  {100 * (stage.f1 - bare.f1):+6.1f}"
            )
    return "\n".join(lines)
