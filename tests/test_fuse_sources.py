"""Source reliability grades: the shipped file, matching, overrides, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import ValidationError
from sitrep.fuse.sources import load_sources, reliability_for, reliability_function


def test_shipped_file_loads_and_every_entry_explains_itself() -> None:
    import yaml

    from sitrep.fuse.sources import default_sources_path

    grades = load_sources()
    assert grades["acled"] == "B"
    data = yaml.safe_load(default_sources_path().read_text(encoding="utf-8"))
    assert all(str(e.get("why", "")).strip() for e in data["sources"])
    assert "A" not in {e["grade"] for e in data["sources"]}  # nobody is completely reliable by default


def test_matching_is_case_and_accent_insensitive_and_knows_aliases() -> None:
    assert reliability_for("acled") == "B"
    assert reliability_for("  Acled ") == "B"
    assert reliability_for("Forces Armées Maliennes") == reliability_for("forces armees maliennes") == "D"
    assert reliability_for("AFP") == reliability_for("Agence France-Presse")
    assert reliability_for("Some Blog") == "F"
    assert reliability_for(None) == "F"


def test_overrides_win_over_the_file() -> None:
    f = reliability_function({"ACLED": "A", "Some Blog": "e"})
    assert f("acled") == "A"
    assert f("some blog") == "E"
    assert f("Reuters") == "B"
    assert reliability_for("acled", {"Acled": "C"}) == "C"
    with pytest.raises(ValidationError, match="A-F"):
        reliability_function({"ACLED": "Z"})


def test_bad_files_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot read"):
        load_sources(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources: [name: x\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid YAML"):
        load_sources(bad)
    bad.write_text("sources:\n  - name: X\n    grade: G\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="entry 1"):
        load_sources(bad)
    bad.write_text("- name: X\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="sources:"):
        load_sources(bad)
    good = tmp_path / "good.yaml"
    good.write_text("sources:\n  - name: Le Monde\n    grade: c\n    aliases: [lemonde.fr]\n", encoding="utf-8")
    assert load_sources(good) == {"le monde": "C", "lemonde fr": "C"}
