"""The two tests every labelled set's accuracy gate repeats: score the set once per module, then one test per
field against its minimum.

Why a helper: twenty gate files carried the same fixture and parametrised test word for word; a change to how
a gate scores (or reports a miss) now happens in one place. Each gate file keeps what is its own: the set, the
minimums with the figures that set them, and the set's shape test.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_extract_accuracy import score_labelled


def accuracy_gate(
    data: Path, minimums: dict[str, float]
) -> tuple[Callable[[], dict[str, float]], Callable[[dict[str, float], str], None]]:
    """The ``scores`` fixture and the ``test_minimum_accuracy`` test for ``data``; bind both at module level
    under those names (``scores, test_minimum_accuracy = accuracy_gate(DATA, MINIMUMS)``)."""

    @pytest.fixture(scope="module")
    def scores() -> dict[str, float]:
        return score_labelled(data)

    @pytest.mark.parametrize("field", sorted(minimums))
    def test_minimum_accuracy(scores: dict[str, float], field: str) -> None:
        assert scores[field] >= minimums[field], f"{field} {scores[field]:.3f} < {minimums[field]}"

    return scores, test_minimum_accuracy
