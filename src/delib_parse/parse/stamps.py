"""Read the préfecture transmission stamps (see vocab/stamps.py)."""

from __future__ import annotations

import datetime as dt

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import ActId, Transmission
from delib_parse.vocab.stamps import ACT_ID, STAMP_LINES

_STAMPS = [(k, lazy(p, regex.IGNORECASE)) for k, p in STAMP_LINES]
_ACT_ID = lazy(ACT_ID)


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        day, month, year = (int(x) for x in text.split("/"))
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_stamps(text: str) -> Transmission | None:
    values: dict[str, dt.date | None] = {}
    for key, pattern in _STAMPS:
        m = pattern.search(text)
        if m:
            values[key] = _date(m.group("date"))
    act = None
    m = _ACT_ID.search(text)
    if m:
        raw = m.group("date")
        try:
            act_date: dt.date | None = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
        except ValueError:
            act_date = None
        act = ActId(
            id=m.group("id"),
            departement=m.group("dep"),
            siren=m.group("siren"),
            date=act_date,
            number=m.group("number"),
            nature=m.group("nature"),
        )
    if not values and act is None:
        return None
    return Transmission(act=act, **values)
