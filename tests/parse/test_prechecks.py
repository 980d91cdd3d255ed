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


def test_attendance_lead_letters_never_rule_out_a_heading() -> None:
    # _lead_positions tries the headings that open with a word only where the lead's first
    # letters may begin one (a partial match): on every lead of every text, the same answer
    # as the whole alternation of headings.
    import regex

    from delib_parse.model.names import unaccent
    from delib_parse.parse import attendance

    every = regex.compile(
        unaccent(attendance._LEAD + "(?:" + "|".join(attendance._HEADING_ALTS) + ")"),
        regex.IGNORECASE | regex.MULTILINE,
    )
    leads = opened = 0
    for path in sorted((ROOT / "tests" / "data").rglob("*.txt")):
        text = unaccent(path.read_text(encoding="utf-8", errors="replace"))
        for pos in [0, *(m.end() for m in attendance._LEAD_MARK.finditer(text))]:
            expected = every.match(text, pos) is not None
            assert attendance._opens_heading(text, pos) == expected, text[pos : pos + 60]
            leads += 1
            opened += expected
    assert leads > 2000 and opened > 100


def test_heading_within_is_true_wherever_a_list_starts() -> None:
    # An extract's zone skips its second reading of the lists where heading_within says no
    # list starts near the subject's end: it must say yes wherever find_sections finds one.
    from delib_parse.parse.attendance import find_sections, heading_within

    found = 0
    for path in sorted((ROOT / "tests" / "data").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")[:6000]
        for section in find_sections(text):
            found += 1
            assert heading_within(text, section.start, section.start), text[section.start :][:60]
            assert heading_within(text, max(0, section.start - 300), section.start)
        assert not heading_within(text, len(text) + 1, len(text) + 300)
    assert found > 100


def test_list_cleaning_words_cover_every_match() -> None:
    # A list's sub-labels, margin fragments and substitutes are removed only where it holds
    # one of their words (vocab.attendance LIST_SUBLABEL_WORDS, MARGIN_WORDS; the verbs of
    # _SUBSTITUTED): wherever a pattern matches a text of the corpora, its words are there.
    from delib_parse.parse import attendance
    from delib_parse.vocab.attendance import LIST_SUBLABEL_WORDS, MARGIN_WORDS, MEMBER_BODY_WORDS

    checks = [
        (attendance._SUBLABEL, LIST_SUBLABEL_WORDS),
        (attendance._MARGIN, MARGIN_WORDS),
        (attendance._SUBSTITUTED, ("remplac", "suppl")),
        (attendance._MEMBER_BODY, MEMBER_BODY_WORDS),
    ]
    matched = 0
    for path in sorted((ROOT / "tests" / "data").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for piece in [text, *text.split("\n")]:
            for pattern, words in checks:
                if pattern.search(piece):
                    matched += 1
                    assert any(w in piece.casefold() for w in words), (pattern, piece[:80])
    assert matched > 100


def test_stamp_words_cover_every_stamp_line() -> None:
    # The normaliser looks for transmission stamps only on a line with one of STAMP_WORDS
    # (or the identifier's "ID"): every stamp the corpora print has one.
    from delib_parse.normalise.pipeline import _STAMPS
    from delib_parse.sources import SourceOptions, load_path
    from delib_parse.vocab.stamps import STAMP_WORDS

    stamps = [
        line.text
        for path in sorted((ROOT / "tests" / "data").rglob("flaux-2023-11-17-pv.pdf"))
        for line in load_path(path, SourceOptions(ocr="never")).lines()
        if _STAMPS.search(line.text)
    ]
    assert len(stamps) >= 1
    assert [s for s in stamps if not any(w in s.casefold() for w in STAMP_WORDS)] == []


def test_table_heading_words_cover_every_column_heading() -> None:
    # A line is tested as a column heading ("Présents", "En exercice") only when it holds one
    # of TABLE_HEADING_WORDS: every heading the patterns find alone on a line has one.
    from delib_parse.parse.counts import _HEADINGS
    from delib_parse.vocab.counts import TABLE_HEADING_WORDS

    headings = [
        line
        for path in sorted((ROOT / "tests" / "data").rglob("*.txt"))
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        for _, pattern in _HEADINGS
        if (m := pattern.search(line))
        and not line[: m.start()].strip()
        and not line[m.end() :].strip(" \t:")
    ]
    assert len(headings) > 10
    assert [h for h in headings if not any(w in h.casefold() for w in TABLE_HEADING_WORDS)] == []
