"""Binary detection: stray NULs are tolerated (and stripped), real binary is still rejected."""

import random

from services.ingestor.binary import strip_control_bytes, why_not_text

STORY = b"Flood waters rose by two metres in the valley town overnight, officials said on Monday.\n"


def test_a_few_stray_nuls_in_a_short_text_are_tolerated_whatever_their_share():
    short = b"Bridge\x00 reopened\x00 on\x00 Monday."  # 3 NULs in 31 bytes: 10%
    assert why_not_text(short) is None
    assert strip_control_bytes(short) == b"Bridge reopened on Monday."


def test_nul_padding_around_the_text_is_framing_not_content():
    padded = STORY * 3 + b"\x00" * 400  # a record padded to a block size: most of the bytes are NUL
    assert why_not_text(padded) is None
    assert why_not_text(b"\x00" * 64 + STORY) is None
    assert strip_control_bytes(padded) == STORY * 3


def test_stray_nuls_in_legacy_charset_text_leave_the_verdict_to_the_decoder():
    latin = ("Caf\xe9 on the square.\x00 " * 2).encode("latin-1")  # >3% NULs, not UTF-8: not "binary"
    assert why_not_text(latin) is None


def test_a_share_of_nuls_among_the_text_beyond_a_stray_few_is_binary():
    dense = b"".join(bytes([c, 0, 0]) for c in STORY)  # two NULs after every byte of text
    assert why_not_text(dense) is not None and why_not_text(dense).startswith("binary content")


def test_utf16_without_a_byte_order_mark_is_named_as_such():
    for encoding in ("utf-16-le", "utf-16-be"):
        reason = why_not_text(STORY.decode().encode(encoding))
        assert reason is not None and reason.startswith("UTF-16 text without a byte-order mark")


def test_real_binary_is_still_rejected():
    noise = random.Random(7).randbytes(20_000)  # what a compressed stream looks like
    assert why_not_text(noise).startswith("binary content")
    assert why_not_text(bytes(500)).startswith("binary content (100%")  # nothing but NULs
    table = (b"\x00\x00\x00\x07name\x00\x00\x00\x02\x00\x10" + bytes(range(1, 9))) * 200  # a record file
    assert why_not_text(table).startswith("binary content")
    assert why_not_text(b"\x89PNG\r\n\x1a\n" + STORY) == "binary content (a PNG image), not an article"


def test_a_legacy_charset_page_with_stray_nuls_is_ingested_without_them(tmp_path):
    from services.ingestor.sources import read_inputs

    page = tmp_path / "page.html"
    page.write_bytes(
        b'<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 reopened\x00 on Monday.</p>\x00'
        b"<p>The owner said so.\x00</p></body></html>\x00\x00\x00\x00"
    )
    (event,) = read_inputs([str(page)])
    assert event.format == "html" and "\x00" not in event.content
    assert "<p>Café reopened on Monday.</p>" in event.content
