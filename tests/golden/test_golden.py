"""Each sample parses to exactly its golden JSON."""

from __future__ import annotations

import json

import pytest

from tests.golden.golden import GOLDEN, ROOT, SAMPLES, dump, render


@pytest.mark.parametrize(("relative", "name"), sorted(SAMPLES.items()))
def test_sample_matches_golden(relative: str, name: str) -> None:
    if not (ROOT / relative).exists():
        pytest.skip(f"{relative} is not in this checkout")
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    got = dump(render(relative))
    assert json.loads(got) == json.loads(expected), (
        f"{name} differs: run `python -m tests.golden.golden` and review the diff"
    )
