"""A denied death counts nobody: "No one was killed" once read as one death through its "one ... was killed"."""

from __future__ import annotations

import pytest

from sitrep.nlp.fatalities import count_fatalities


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired on a customs post near Ayorou. No one was killed.",
        "Gunmen fired on a customs post near Ayorou; nobody was killed.",
        "A mine hit a water truck near Tinzaouaten. Not a single passenger was hurt.",
    ],
)
def test_a_denied_death_counts_nobody(text: str) -> None:
    assert count_fatalities(text, language="en").value in (0, None)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Gunmen fired on a customs post near Ayorou. One guard was killed.", 1),
        ("Two guards were killed at the post; no one else was hurt.", 2),
        ("A guard was killed at the post. Nobody else was injured.", 1),
    ],
)
def test_a_death_told_beside_a_denial_still_counts(text: str, n: int) -> None:
    assert count_fatalities(text, language="en").value == n
