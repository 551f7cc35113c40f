"""Binary content: telling bytes that are not article text from text with a few stray control bytes.

Wire copy does carry stray control bytes (a NUL left by a C tool, ANPA framing such as SOH/STX/ETX,
a DOS end-of-file ^Z), so one control byte does not make a file binary: ``why_not_text`` judges the
share of control bytes in the first 64 KiB, and ``strip_control_bytes`` removes them from what is
accepted. Only the C0 controls that are not whitespace, and DEL, count; ESC is left alone because
ISO-2022-JP text is built from escape sequences.

NULs are judged on their own. A run of them before or after the text is padding (a record filled to
a block size), not content; among the text a handful is stray whatever the input's length, and a
small share is tolerated. What NULs do give away is UTF-16 without a byte-order mark (a NUL beside
every ASCII letter) and binary formats (executables, databases, images), whose NULs run far past
that share.
"""

from __future__ import annotations

import codecs

SAMPLE_BYTES = 65_536
MAX_CONTROL_SHARE = 0.10  # real copy stays far below; random (compressed) bytes are ~11%, a control file 100%
# Bytes that are not UTF-8 are rejected either way; this lower bar only decides whether the reason
# says "binary" (a compressed stream) or "not UTF-8" (legacy-charset text with a stray control byte).
MAX_CONTROL_SHARE_NOT_UTF8 = 0.03
MAX_STRAY_NULS = 8  # this many NULs among the text are stray however short the input
MAX_NUL_SHARE = 0.10  # beyond the stray few, NULs among the text (padding excluded) up to this share
UTF16_NUL_SHARE = 0.6  # NULs on this share of the even (or odd) positions: UTF-16 code units

CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_CONTROL_CHARS = dict.fromkeys(CONTROL_BYTES)  # str.translate table: code point -> deleted

# Formats that start with a fixed signature, named so the reason says what the file is.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def why_not_text(data: bytes) -> str | None:
    """None when ``data`` may be text (stray control bytes included); else why it is not, in words."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return f"binary content ({kind}), not an article"
    if data.startswith(_UTF16_BOMS):
        return "UTF-16 text; only UTF-8 is read (re-encode the file as UTF-8)"
    sample = data[:SAMPLE_BYTES]
    if not sample:
        return None
    if _utf16_shaped(sample):
        return "UTF-16 text without a byte-order mark; only UTF-8 is read (re-encode the file as UTF-8)"
    body = sample.strip(b"\x00")  # NUL padding around the text is framing, not content
    if not body:
        return "binary content (100% control bytes), not an article"
    nuls = body.count(0)
    others = len(body) - len(body.translate(None, CONTROL_BYTES)) - nuls
    counted_nuls = nuls if nuls > MAX_STRAY_NULS else 0  # a stray few say nothing about the bytes around them
    too_many_nuls = counted_nuls / len(body) > MAX_NUL_SHARE
    share = (counted_nuls + others) / len(body)
    if (
        too_many_nuls
        or others / len(body) > MAX_CONTROL_SHARE
        or (share > MAX_CONTROL_SHARE_NOT_UTF8 and not _utf8(body.replace(b"\x00", b"")))
    ):
        whole = (len(sample) - len(sample.translate(None, CONTROL_BYTES))) / len(sample)
        return f"binary content ({whole:.0%} control bytes), not an article"
    return None


def _utf16_shaped(sample: bytes) -> bool:
    """NULs on most of the even or of the odd positions (and more than a stray few): UTF-16 code units
    of Latin text."""
    pairs = len(sample) // 2
    if sample.count(0) <= MAX_STRAY_NULS:
        return False
    even, odd = sample[0 : 2 * pairs : 2], sample[1 : 2 * pairs : 2]
    for zeros, other in ((even, odd), (odd, even)):
        if zeros.count(0) >= UTF16_NUL_SHARE * pairs and other.count(0) <= (1 - UTF16_NUL_SHARE) * pairs:
            return True
    return False


def strip_control_bytes(data: bytes) -> bytes:
    """``data`` without its control bytes. Safe before decoding: in UTF-8, and in the multi-byte
    charsets pages declare (Shift_JIS, EUC, GBK, Big5), these bytes never occur inside a character."""
    return data.translate(None, CONTROL_BYTES)


def strip_control_chars(text: str) -> str:
    """``text`` without the control characters ``strip_control_bytes`` removes (for JSON strings,
    where they arrive escaped)."""
    return text.translate(_CONTROL_CHARS)


def _utf8(sample: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)  # a character cut at the end is fine
    except UnicodeDecodeError:
        return False
    return True
