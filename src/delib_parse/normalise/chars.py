"""Character-level clean-up of one line: what PDF producers and word processors put in text
that parsers should not have to know about."""

from __future__ import annotations

import unicodedata

import regex

from delib_parse.lazyre import lazy

# Typographic ligatures some PDF producers emit as single code points.
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
# Every kind of space a PDF or a word processor writes, including NBSP (U+00A0), narrow
# NBSP (U+202F, before ":" in French typography) and thin spaces.
SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
APOSTROPHES = "’‘ʼ`´"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# pypdfium2 marks a line-end hyphen as U+FFFE; a soft hyphen (U+00AD) at a line end is the
# same thing. Both become "-" and the hyphenation step decides whether it stays.
LINE_END_HYPHENS = "\ufffe\u00ad\u2010\u2011"

# Bullets that Word's Symbol and Wingdings fonts put in the private use area (U+F0B7,
# U+F0D7 …): a list marker, kept as "•" so that parsers see the list.
PRIVATE_BULLETS = "\uf0b7\uf0d7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e8\uf0f0\uf02d\uf0be"
_TRANSLATE = str.maketrans(
    {
        **{c: "•" for c in PRIVATE_BULLETS},
        **{c: " " for c in SPACES},
        **{c: "'" for c in APOSTROPHES},
        **{c: "" for c in ZERO_WIDTH},
        **LIGATURES,
    }
)
# Signature placeholders left by e-signature tools: "#signature1#", "#signature#".
_PLACEHOLDER = lazy(r"#\s*signature\s*\d*\s*#", regex.IGNORECASE)
# A sentence end glued to the next sentence: "mutualisation.Toutefois". Requires two
# lower-case letters before the dot so that initials ("J.P.") and "L.5211" stay as they are.
_GLUED_SENTENCE = lazy(r"(?<=\p{Ll}{2})([.;!?])(?=\p{Lu}\p{Ll})")
# A colon glued to the following word: "créés en 2018 :Services".
_GLUED_COLON = lazy(r"(?<= ):(?=\p{L})")
_RUNS = lazy(r" {2,}")
# A web page copied as Markdown marks its headings "### 1. Title": the marks are layout, the
# title is the line (a signature placeholder "#signature#" has no space after its "#").
_MARKDOWN_HEADING = lazy(r"^(?:#{1,6} +)+")
_CONTROL = lazy(r"[\p{Cc}\p{Co}\p{Cs}\p{Cn}]")


def _mid_line_break(text: str, hyphen: str) -> str:
    """A line-end hyphen mark that ended up inside a line ("non\ufffevaleur"): keep it as "-"
    where a line-end hyphen would stay, drop it where prose hyphenation would go."""
    from delib_parse.normalise.hyphenation import keeps_hyphen

    if hyphen in "\u2010\u2011":
        return text.replace(hyphen, "-")
    parts = text.split(hyphen)
    out = parts[0]
    for part in parts[1:]:
        out = (
            out
            + ("-" if out[-1:].isalpha() and keeps_hyphen(out + "-", part.lstrip()) else "")
            + part
        )
    return out


def clean_line(text: str) -> str:
    """Idempotent clean-up of one line's characters and spacing."""
    text = unicodedata.normalize("NFC", text)
    # U+FFFE is a noncharacter: map it before control characters are dropped.
    for hyphen in LINE_END_HYPHENS:
        if hyphen in text:
            stripped = text.rstrip()
            if stripped.endswith(hyphen):
                text = stripped[:-1].replace(hyphen, "") + "-"
            else:
                text = _mid_line_break(text, hyphen)
    text = text.translate(_TRANSLATE)
    # Each pattern below only on a line holding what it needs (most lines hold none, and this
    # runs on every line): a printable line has no control, private or unassigned character
    # (Python's Unicode tables are older than regex's: its unassigned characters include
    # regex's), a placeholder has its "#", a glued colon its " :", a run of spaces its "  ".
    if not text.isprintable():
        text = _CONTROL.sub("", text)
    if "#" in text:
        text = _PLACEHOLDER.sub("", text)
        text = _MARKDOWN_HEADING.sub("", text.lstrip())
    text = _GLUED_SENTENCE.sub(r"\1 ", text)
    if " :" in text:
        text = _GLUED_COLON.sub(": ", text)
    if "  " in text:
        text = _RUNS.sub(" ", text)
    text = text.strip()
    # NFC again: dropping a control character can bring a base letter and a combining mark
    # together.
    return unicodedata.normalize("NFC", text)
