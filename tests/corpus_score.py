"""In-process scoring of parsed documents against a manifest of hand-read ground truth.

The same comparisons as ../shared/tools/score-corpus (field by field, votes matched to
deliberations by number or subject), without a process per document, so the test suite can
keep the accuracy figure from falling. ../shared is not needed: the corpus is copied into
tests/data/corpus/.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCALARS = {
    "seance_date": ("sitting.date", "exact"),
    "membres_en_exercice": ("counts.in_office", "int"),
    "presents": ("counts.present", "int"),
    "procurations": ("counts.represented", "int"),
    "votants": ("counts.voters", "int"),
    "pour": ("vote.yes", "int"),
    "contre": ("vote.no", "int"),
    "abstention": ("vote.abstain", "int"),
    "ne_prend_pas_part": ("vote.not_voting", "int"),
    "unanimite": ("vote.unanimous", "bool"),
    "n_present_names": ("#present", "int"),
    "n_proxies": ("#proxies", "int"),
    "objet": ("subject.title", "text"),
    "president": ("sitting.president", "person"),
    "secretaire": ("sitting.secretary", "person"),
}
VOTE_KEYS = (
    "pour",
    "contre",
    "abstention",
    "ne_prend_pas_part",
    "unanimite",
    "objet",
    "votants",
    "numero",
)
CIVILITIES = {"m.", "mme", "monsieur", "madame", "m", "mr", "mlle"}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.replace("’", "'").lower().split())


def get(obj: Any, path: str) -> Any:
    if path.startswith("#"):
        v = obj.get(path[1:]) if isinstance(obj, dict) else None
        return len(v) if isinstance(v, list) else None
    for part in path.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def same(kind: str, want: Any, got: Any) -> bool:
    if got is None:
        return False
    if kind == "int":
        try:
            return int(want) == int(got)
        except (TypeError, ValueError):
            return False
    if kind == "bool":
        return isinstance(got, bool) and bool(want) == got
    if kind == "exact":
        return str(want) == str(got)
    if kind == "text":
        a, b = fold(str(want)), fold(str(got))
        return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85
    if kind == "person":
        words = [w for w in fold(str(want)).replace("-", " ").split() if w not in CIVILITIES]
        text = (
            got
            if isinstance(got, str)
            else " ".join(str(got.get(k) or "") for k in ("name", "given_name", "family_name"))
        )
        return bool(words) and words[-1] in fold(text).replace("-", " ").split()
    raise ValueError(kind)


@dataclass
class Score:
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, key: str, ok: bool, want: Any, got: Any) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.wrong.append(f"{key}: want {want!r} got {got!r}")


def _score(score: Score, prefix: str, truth: dict[str, Any], delib: dict[str, Any]) -> None:
    for key, (path, kind) in SCALARS.items():
        want = truth.get(key)
        if want is None or want == "":
            continue
        got = get(delib, path)
        score.add(prefix + key, same(kind, want, got), want, got)


def _best(vote: dict[str, Any], delibs: list[dict[str, Any]]) -> dict[str, Any]:
    title = fold(str(vote.get("objet") or ""))
    if not title or not delibs:
        return delibs[0] if delibs else {}
    return max(
        delibs,
        key=lambda d: difflib.SequenceMatcher(
            None, title, fold(str(get(d, "subject.title") or ""))
        ).ratio(),
    )


def score_document(entry: dict[str, Any], output: dict[str, Any] | None) -> Score:
    score = Score()
    delibs = (output or {}).get("deliberations") or []
    votes = entry.get("votes") or []
    if votes:
        per_vote = set().union(*(v.keys() for v in votes)) | set(VOTE_KEYS)
        _score(
            score,
            "",
            {k: v for k, v in entry.items() if k not in per_vote},
            delibs[0] if delibs else {},
        )
        for i, vote in enumerate(votes):
            _score(score, f"votes[{i}].", vote, _best(vote, delibs))
    else:
        _score(score, "", entry, delibs[0] if delibs else {})
    return score


def load_manifest(folder: Path) -> list[dict[str, Any]]:
    data = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
    docs = data.get("documents", data) if isinstance(data, dict) else data
    return [d for d in docs if isinstance(d, dict) and d.get("file")]


def parse_outputs(folder: Path, manifest: list[dict[str, Any]]) -> dict[str, dict[str, Any] | str]:
    """Each document's JSON, or "ocr-unavailable", or the error code it gave."""
    from delib_parse import parse_file
    from delib_parse.errors import DelibError, OcrUnavailable

    out: dict[str, dict[str, Any] | str] = {}
    for entry in manifest:
        try:
            out[entry["file"]] = parse_file(folder / entry["file"]).model_dump(mode="json")
        except OcrUnavailable:
            out[entry["file"]] = "ocr-unavailable"
        except DelibError as exc:
            out[entry["file"]] = exc.code
    return out


def error_codes(output: dict[str, Any]) -> list[str]:
    """The codes of the error findings of one `delib parse --json` output, document and
    deliberations together (a consistent document has none)."""
    errors = {f["code"] for f in output["findings"] if f["severity"] == "error"}
    for d in output["deliberations"]:
        errors |= {f["code"] for f in d["findings"] if f["severity"] == "error"}
    return sorted(errors)
