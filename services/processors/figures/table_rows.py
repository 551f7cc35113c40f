"""Table rows: a label and a row of bare numbers, read as a standings row or a price row.

Wire copy prints tables one row a line: a label ("NEW YORK", "Celtic", "Sunseeds") and bare
numbers as cells, a lone "-" for an empty cell. README ("What counts as a figure"): the cells
of a standings table or a scorecard are scores, not figures; the cells of a price or data
table are figures. Whole numbers alone cannot tell the two apart, their arithmetic can:

- ``standings_cell``: the row obeys an identity of a league table or a scorecard: games played
  are the sum of the next two or three cells ("Celtic 10 6 2 2 20 14 20": 10 = 6 + 2 + 2), a win
  share is wins over games ("NEW YORK 57 25 .695 -": 57 / 82 = .695; ties count half), hockey
  points are two a win and one a tie ("Detroit 40 30 10 90": 90 = 2 x 40 + 10), or a total
  after a dash is the sum of the rounds before it ("Greg Rowe 68 69 70 - 207").
- ``price_cell``: three whole numbers or more, none with a leading zero, no empty cell, all
  within PRICE_SPREAD of each other (high, low, open and close of one price: "Sunseeds 219 216
  220 216"), not all years. Such a row is no phone number.
- ``wide_row_cell``: the number opens a row of three bare whole numbers or more, one of five
  digits or more ("Exports 350 1200 98000"): data cells, however widely spread.
- ``decimal_row_cell``: the number opens a row of three bare numbers or more, one with a decimal
  point ("Wheat 121 130 121.3 121"): price cells, which no standings row has.

All look at a bounded number of tokens (at most MAX_CELLS cells either side).
"""

from __future__ import annotations

from services.processors.figures.furniture import PHONE_CUES
from services.processors.figures.tokens import Token

MAX_CELLS = 12
MIN_STANDINGS_CELLS = 4
MIN_PRICE_CELLS = 3
MAX_GAMES = 200  # games of one season (baseball plays 162)
WIDE_CELL_DIGITS = 5  # "56789": wider than a phone group or any standings cell
PRICE_SPREAD = 1.25  # the most the highest cell of a price row may be times its lowest
SHARE_TOLERANCE = 0.0006  # a win share is printed to three places
EMPTY = "-"


def row_cells(tokens: list[Token], index: int, sentence_first: int) -> tuple[int, int] | None:
    """First and last index of the cells of the row that tokens[index] belongs to: bare numbers (digits, or a decimal
    such as ".695") and lone "-" cells, each apart from the one before, after a label (a
    capitalised word or a closing bracket). None when tokens[index] is no such cell or there is no label."""
    if not _cell(tokens, index):
        return None
    first = index
    while first - 1 >= sentence_first and index - first < MAX_CELLS and _cell(tokens, first - 1):
        if tokens[first].adjacent:
            return None  # "B-52", "3/4": a cell stands apart
        first -= 1
    if tokens[first].adjacent or first - 1 < sentence_first:
        return None
    label = tokens[first - 1]
    if not (label.kind == "word" and label.text[:1].isupper() or label.text == ")"):
        return None  # a row's label is capitalised: "trains at 10 11 12" is running text
    last = index
    while last + 1 < len(tokens) and last - index < MAX_CELLS and _cell(tokens, last + 1):
        if tokens[last + 1].adjacent:
            break  # "216 --": what touches the row closes it
        last += 1
    return (first, last) if tokens[first].text != EMPTY else None


def _cell(tokens: list[Token], k: int) -> bool:
    if not 0 <= k < len(tokens):
        return False
    text = tokens[k].text
    if text == EMPTY:
        return k + 1 == len(tokens) or not tokens[k + 1].adjacent  # a lone dash, not "--" nor "-5"
    # a decimal (".695") or digits, or digit groups the tokenizer joined at spaces ("350 300")
    return tokens[k].kind == "num" and text.replace(".", "", 1).replace(" ", "").isdigit() and not text.endswith(".")


def standings_cell(tokens: list[Token], index: int, sentence_first: int) -> bool:
    """True when tokens[index] is a cell of a standings or scorecard row (module docstring)."""
    row = row_cells(tokens, index, sentence_first)
    if row is None:
        return False
    texts = _texts(tokens, row)
    return _rounds_and_total(texts) or _league_row(texts)


def _texts(tokens: list[Token], row: tuple[int, int]) -> list[str]:
    """The text of every cell of the row, digit groups joined at spaces taken apart."""
    return [part for token in tokens[row[0] : row[1] + 1] for part in token.text.split()]


def _league_row(texts: list[str]) -> bool:
    """Played = W + D + L (or W + L), a win share of W and L (and T), or hockey points 2W + T."""
    whole = [int(text) for text in texts[:MIN_STANDINGS_CELLS] if text.isdigit()]
    # a league row goes on past its games (goals, points): a total and its parts alone
    # ("Vehicles 500 300 200") is a data row
    if len(texts) > MIN_STANDINGS_CELLS and len(whole) == MIN_STANDINGS_CELLS and 0 < whole[0] <= MAX_GAMES:
        played, a, b, c = whole
        if played in (a + b, a + b + c) and played > max(a, b, c):
            return True
        if c == 2 * played + b and c > 0:
            return True  # W L T PTS: 2 points a win, 1 a tie (played here are the wins)
    for position in (2, 3):
        if position < len(texts) and _is_share(texts[position]) and all(t.isdigit() for t in texts[:position]):
            wins, losses = int(texts[0]), int(texts[1])
            ties = int(texts[2]) if position == 3 else 0
            games = wins + losses + ties
            if games > 0 and abs((wins + ties / 2) / games - float(texts[position])) <= SHARE_TOLERANCE:
                return True
    return False


def _is_share(text: str) -> bool:
    """A share written to three places: ".695", "0.695", "1.000"."""
    whole, _, places = text.partition(".")
    return len(places) == 3 and whole in ("", "0", "1")


def _rounds_and_total(texts: list[str]) -> bool:
    """Rounds, a dash, and their total: "68 69 70 - 207"."""
    if EMPTY not in texts:
        return False
    dash = texts.index(EMPTY)
    rounds, rest = texts[:dash], texts[dash + 1 :]
    if len(rounds) < 2 or not rest or not all(t.isdigit() for t in rounds) or not rest[0].isdigit():
        return False
    return sum(int(t) for t in rounds) == int(rest[0])


def price_cell(tokens: list[Token], index: int, sentence_first: int) -> bool:
    """True when tokens[index] is a cell of a row of whole-number prices (module docstring)."""
    row = row_cells(tokens, index, sentence_first)
    if row is None or tokens[row[0] - 1].lower in PHONE_CUES:
        return False  # "Call 555 512 534" is a phone number
    texts = _texts(tokens, row)
    if len(texts) < MIN_PRICE_CELLS:
        return False
    if not all(text.isdigit() and not text.startswith("0") for text in texts):
        return False
    values = [int(text) for text in texts]
    if all(1900 <= value <= 2100 for value in values) and values == sorted(set(values)):
        return False  # "1998 2001 2004": years in order
    if max(values) > PRICE_SPREAD * min(values):
        return False
    return not _league_row(texts) and not _rounds_and_total(texts)


def wide_row_cell(tokens: list[Token], index: int, sentence_first: int) -> bool:
    """True when tokens[index] is a cell of a row of MIN_PRICE_CELLS bare whole numbers or more
    after a label, one of them of WIDE_CELL_DIGITS digits or more not led by a zero: the values
    of a data table, however widely spread ("Exports 350 1200 98000"). No standings row,
    scorecard or phone group (see furniture) prints such a cell."""
    row = row_cells(tokens, index, sentence_first)
    if row is None or tokens[row[0] - 1].lower in PHONE_CUES:
        return False
    texts = _texts(tokens, row)
    return (
        len(texts) >= MIN_PRICE_CELLS
        and all(text.isdigit() for text in texts)
        and any(len(text) >= WIDE_CELL_DIGITS and not text.startswith("0") for text in texts)
    )


def decimal_row_cell(tokens: list[Token], first: int, last: int) -> bool:
    """True when a number after a label word opens a row of MIN_PRICE_CELLS bare numbers or more,
    one of them with a decimal point after a digit: the values of a price or data table
    ("Wheat 121 130 121.3 121"). A standings row of whole numbers ("Ajax 12 8 2 2") or a win
    percentage (".695") gives no such decimal, and "Voyager 2" no row."""
    if first != last:
        return False
    k = last
    decimal = False
    while k < len(tokens) and tokens[k].kind == "num" and (k == last or not tokens[k].adjacent):
        text = tokens[k].text
        decimal = decimal or ("." in text and text[0].isdigit())
        k += 1
    return k - last >= MIN_PRICE_CELLS and decimal
