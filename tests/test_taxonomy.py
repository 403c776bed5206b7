"""The curated taxonomy: every spelling names one thing, and aliases land on the canonical name."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from generator.ingest.extract.skills import _key, find_terms, taxonomy


def test_no_spelling_names_two_different_things() -> None:
    data = yaml.safe_load(resources.files("generator.ingest").joinpath("data/taxonomy.yaml").read_text(encoding="utf-8"))
    owner: dict[str, str] = {}
    for kind in ("skills", "topics"):
        for entry in data[kind]:
            for spelling in [entry["name"], *(entry.get("aliases") or []), *(entry.get("ambiguous_aliases") or [])]:
                key = _key(str(spelling))
                assert owner.setdefault(key, entry["name"]) == entry["name"], (
                    f"{spelling!r} names both {owner[key]} and {entry['name']}"
                )


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("Proficient in languages such as Python, Golang, or C++", ["Python", "Go", "C++"]),
        ("Proficient in C/C++, Python, and shell programming languages", ["C", "C++", "Python", "Shell"]),
        ("Deep learning tools such as tensorflow/ pytorch", ["TensorFlow", "PyTorch"]),
        ("Experience with k8s, Postgres and sklearn", ["Kubernetes", "PostgreSQL", "scikit-learn"]),
        ("We go the extra mile to spark joy and excel at service", []),
        ("Our go-to-market team drives R&D budgets", []),
    ],
)
def test_skills_are_found_by_canonical_name(text: str, skills: list[str]) -> None:
    assert find_terms(text, taxonomy())["skill"] == skills
