"""Lists in the body: bulleted items ("- les Affaires juridiques : 9 communes adhérentes")
and inline enumerations introduced by a heading ("des services communs créés en 2018 : A, B,
C")."""

from __future__ import annotations

import datetime as dt

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import BodyList, ListItem
from delib_parse.parse.dates import find_dates

_BULLET = lazy(r"^\s*[-–•*▪]\s*(.+)$")
_COUNTED = lazy(r"^(?P<label>.+?)\s*:\s*(?P<count>\d{1,6})\s+(?P<unit>[\p{L}']+)(?P<tail>.*)$")
_ARTICLE = lazy(r"^(?:(?:les?|la|des|du|de\s+la|de|et)\s+|(?:de\s+)?[ld]')", regex.IGNORECASE)
_ITEM_SPLIT = lazy(r"\s*(?:[,;]|\bet\b(?=\s+(?:de|du|des|d'|la|le|les|l')\b))\s*")
_SINCE = lazy(r"(?:depuis|à\s+compter\s+du|au)\s+(?:le\s+)?", regex.IGNORECASE)
_YEAR = lazy(r"\ben\s+((?:19|20)\d{2})\b")
_TWO_LETTERS = lazy(r"\p{L}{2}")
_PARAGRAPH = lazy(r"\n\s*\n")
_SENTENCE = lazy(r"(?<=[.!?])\s+(?=\p{Lu})")
_COLON = lazy(r"\s*:\s*")
MIN_ITEMS = 3
MAX_ITEM_WORDS = 14


def _label(text: str) -> str:
    text = text.strip(" ,;.:")
    previous = None
    while previous != text:  # "de l'Accueil": two articles
        previous, text = text, _ARTICLE.sub("", text)
    return text[:1].upper() + text[1:] if text else text


def _since(heading: str) -> tuple[dt.date | None, int | None]:
    m = _SINCE.search(heading)
    if m:
        dates = find_dates(heading[m.end() : m.end() + 40])
        if dates and dates[0].start == 0:
            return dates[0].value, None
    y = _YEAR.search(heading)
    return None, int(y.group(1)) if y else None


def _enumeration(heading: str, items_text: str) -> BodyList | None:
    parts = [_label(p) for p in _ITEM_SPLIT.split(items_text)]
    items = [p for p in parts if p and _TWO_LETTERS.search(p)]
    if len(items) < MIN_ITEMS or any(len(p.split()) > MAX_ITEM_WORDS for p in items):
        return None
    since, _ = _since(heading)
    heading = heading.strip(" -–:;,")
    return BodyList(
        heading=heading, since=since, items=[ListItem(label=label, since=since) for label in items]
    )


def parse_lists(body: str) -> list[BodyList]:
    """Lists in the body text, in order."""
    lists: list[BodyList] = []
    paragraphs = _PARAGRAPH.split(body)
    for para in paragraphs:
        lines = [ln for ln in para.split("\n")]
        counted: BodyList | None = None
        heading = ""
        i = 0
        while i < len(lines):
            line = lines[i]
            bullet = _BULLET.match(line)
            if bullet:
                # A bullet runs on until the next bullet.
                text = bullet.group(1)
                while i + 1 < len(lines) and not _BULLET.match(lines[i + 1]):
                    i += 1
                    text += " " + lines[i].strip()
                m = _COUNTED.match(text.strip())
                if m:
                    if counted is None:
                        counted = BodyList(heading=_last_sentence(heading), items=[])
                        lists.append(counted)
                    counted.items.append(
                        ListItem(
                            label=_label(m.group("label")),
                            count=int(m.group("count")),
                            unit=m.group("unit"),
                        )
                    )
                else:
                    counted = None
                    found = _inline(text)
                    if found:
                        lists.append(found)
            else:
                counted = None
                heading = (
                    " ".join([heading, line]).strip()
                    if heading and not heading.rstrip().endswith(":")
                    else line
                )
                # A paragraph that is itself "heading : a, b, c".
                if i == 0:
                    found = _inline(" ".join(x.strip() for x in lines if not _BULLET.match(x)))
                    if found:
                        lists.append(found)
            i += 1
    return lists


def _last_sentence(text: str) -> str:
    sentences = _SENTENCE.split(" ".join(text.split()))
    return sentences[-1].strip(" :") if sentences else ""


_HEAD_COLON = lazy(r"^(?P<head>[^:]{6,200}?)\s*:\s*(?P<items>.+)$", regex.DOTALL)


def _inline(text: str) -> BodyList | None:
    m = _HEAD_COLON.match(" ".join(text.split()))
    if not m:
        return None
    items = m.group("items").strip()
    # "D'appui à la Direction générale : Mission …; Du Courrier, …": a second colon starts
    # a sub-list; keep the items of both, dropping the sub-heading's own colon.
    items = _COLON.sub(", ", items)
    items = items.rstrip(" .;")
    return _enumeration(m.group("head"), items)
