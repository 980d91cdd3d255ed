"""Text from outside — file names, and what documents say (titles, names, messages quoting
them) — written into a report so that it can neither break the report nor forge part of it.

One rule for every format, for what cannot be written as it is:
- a file name's bytes that are not UTF-8 (Python hands them over as lone surrogates,
  `surrogateescape`) are written `\\xNN`, the byte in hex, as Python's `backslashreplace`
  writes them: `d\\xe9lib.txt` for the latin-1 name b"d\\xe9lib.txt". Valid UTF-8 is written as
  it is, so an ordinary name is unchanged; a name that itself holds the four characters `\\xe9`
  reads the same (the price of leaving every ordinary name alone);
- in the text format, and in GitHub annotations beyond what the workflow commands escape
  themselves, control characters (a newline, a terminal's ESC, the bidirectional overrides)
  are written escaped the same way (`\\n`, `\\x1b`, `\\u202e`): a file name cannot end a line,
  colour the terminal or start a forged line of its own.
JSON escapes control characters itself (its strings carry the `\\xNN` text); SARIF's URIs
percent-encode the file name's bytes, as URIs do.
"""

from __future__ import annotations

import re

from rich.markup import escape

# Lone surrogates: a non-UTF-8 byte of a file name (U+DC80–U+DCFF), or any other surrogate
# a decoder let through; none can be encoded as UTF-8.
_SURROGATES = re.compile("[\ud800-\udfff]")
# C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates (which
# reorder what a terminal shows after them).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_char(char: str) -> str:
    """One character as the module's rule writes it: `\\xNN`, `\\n`, `\\uNNNN`."""
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def utf8_safe(text: str) -> str:
    """`text` with what UTF-8 cannot carry (lone surrogates) escaped, the rest unchanged."""
    return _SURROGATES.sub(lambda m: escape_char(m.group()), text)


def printable(text: str) -> str:
    """`text` as one line a terminal shows as it is: controls and surrogates escaped."""
    return _CONTROLS.sub(lambda m: escape_char(m.group()), text)


def json_safe(json_text: str) -> str:
    """JSON text (from `json.dumps(..., ensure_ascii=False)`) that is valid UTF-8: a lone
    surrogate can only stand inside a JSON string, where it becomes the escaped backslash
    and hex of the module's rule (the string's value reads `\\xe9`)."""
    return _SURROGATES.sub(lambda m: "\\" + escape_char(m.group()), json_text)


def shown(text: str) -> str:
    """Outside text as rich prints it literally: controls escaped, and square brackets not read
    as markup (`[/red]` in a title would stop the report, `[avenant n°2]` would vanish)."""
    return escape(printable(text))
