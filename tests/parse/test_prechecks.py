"""The cheap tests that skip a costly pattern must never skip one that would match.

A row of the header's sentences runs only where the text holds one of its words: on every text
of the test corpora and every form of the header's tables, a row that matches must have found
its word."""

from __future__ import annotations

from delib_parse.parse.header import PRESIDENT_SENTENCE_RES, SECRETARY_SENTENCE_RES
from tests.conftest import ROOT
from tests.parse.test_header_forms import PRESIDENT_FORMS, SECRETARY_FORMS


def test_header_sentence_words_cover_every_match() -> None:
    texts = [
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted((ROOT / "tests" / "data").rglob("*.txt"))
    ]
    texts += [form.values[0] for form in [*PRESIDENT_FORMS, *SECRETARY_FORMS]]
    assert len(texts) > 100
    matched = missed = 0
    for words, pattern in [*PRESIDENT_SENTENCE_RES, *SECRETARY_SENTENCE_RES]:
        for text in texts:
            if pattern.search(text):
                matched += 1
                missed += not any(w in text.casefold() for w in words)
    assert matched > 20
    assert missed == 0
