"""What a package index and pre-commit read (issue #14 F): the licence declared is the one
shipped in full, the metadata says what delib is, and the README's pre-commit `rev:` names a
tag of the current version."""

from __future__ import annotations

import re
import tomllib

from tests.conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_license_file_is_the_full_text_of_the_declared_licence() -> None:
    assert PROJECT["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) ")
    flat = " ".join(text.split())
    assert "Permission is hereby granted, free of charge, to any person obtaining a copy" in flat
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in flat


def test_the_metadata_has_classifiers_and_keywords() -> None:
    classifiers = PROJECT["classifiers"]
    assert f"Programming Language :: Python :: {PROJECT['requires-python'][2:]}" in classifiers
    assert "Typing :: Typed" in classifiers  # the package ships py.typed
    assert not [c for c in classifiers if c.startswith("License ::")], "PEP 639: SPDX only"
    assert "délibération" in PROJECT["keywords"]


def test_the_pre_commit_rev_names_the_current_version() -> None:
    # Only the text is checked here: whether the tag exists depends on how the checkout was
    # made (CI's clean clone carries no tags), so tagging is a release step (RELEASING in the
    # README), not a property of the tree a test can hold.
    revs = re.findall(r"^\s+rev: (\S+)$", README, re.MULTILINE)
    assert revs == [f"v{PROJECT['version']}"]
