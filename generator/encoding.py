"""Bytes to text: binary sniffing and encoding detection.

Order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); then NUL bytes
mean UTF-16 without a BOM when they sit in every other position, else a
binary file; then strict UTF-8; then cp1252 (the usual legacy encoding of
English and Indonesian pages, a superset of printable Latin-1); then
charset-normalizer's best guess. Text that still looks like noise is refused.
"""

from __future__ import annotations

import codecs

import charset_normalizer

#: Magic numbers of common binary formats, for a clear error message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office document"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00", "binary data"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"wOFF", "web font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


#: charset-normalizer's "chaos" (mess ratio) above which a guess is noise.
MAX_CHAOS = 0.05


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept; ``str()`` says why."""


def binary_kind(data: bytes) -> str | None:
    """Name of the binary format ``data`` looks like, or None for text."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, name in _MAGIC:
        if data.startswith(magic) and (_has_control(magic) or _has_control(data[:1024])):
            return name
    if b"\x00" in data[:8192] and _utf16_without_bom(data) is None:
        return "binary data (NUL bytes)"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` to ``str`` or raise :class:`DecodeError`."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as err:
                raise DecodeError(f"invalid {codec} after its byte-order mark: {err.reason}") from err
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError as err:
            raise DecodeError(f"invalid {utf16}: {err.reason}") from err
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = _best_guess(data)
    if not looks_like_text(text):
        raise DecodeError("undecodable bytes: not UTF-8, UTF-16 or a legacy text encoding")
    return text


def _has_control(chunk: bytes) -> bool:
    """True when ``chunk`` holds bytes no text file has (C0 controls, DEL)."""
    return any(b < 9 or 13 < b < 32 or b == 127 or b in (0x89, 0xFF, 0xD0) for b in chunk)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _best_guess(data: bytes) -> str:
    match = charset_normalizer.from_bytes(data).best()
    if match is None or match.chaos > MAX_CHAOS:
        raise DecodeError("undecodable bytes: no text encoding fits")
    return str(match)


def looks_like_text(text: str) -> bool:
    """True when control and unassigned characters are rare in ``text``."""
    if not text:
        return True
    bad = sum(1 for ch in text if _is_noise(ch))
    return bad / len(text) < 0.02


def _is_noise(ch: str) -> bool:
    code = ord(ch)
    if ch in "\t\n\r\f":
        return False
    return code < 32 or 0x7F <= code <= 0x9F or code == 0xFFFD
