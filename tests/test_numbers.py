"""Counts in words and digits, read conservatively the way ACLED codes fatalities."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.nlp.numbers import find_counts, parse_count, word_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three", 3),
        ("Three FAMA soldiers wounded", 3),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("one hundred", 100),
        ("two hundred and five", 205),
        ("1,200 displaced", 1200),
        ("5 civilians", 5),
        ("a dozen", 12),
        ("dozens of people", 12),
        ("tens of people", 10),
        ("scores of people", 20),
        ("hundreds of people", 100),
        ("thousands fled", 1000),
        ("several wounded", 10),
        ("many casualties", 10),
        ("a few", 3),
        ("at least 4", 4),
        ("at least two individual graves", 2),
        ("more than 10", 10),
        ("over 10", 10),
        ("nearly a thousand people"[7:], 1000),  # "a thousand"
        ("some 20 people", 20),
        ("as many as +60 pastoralists", 60),
        ("+400 men", 400),
        ("4-5", 4),
        ("6-8 killed", 6),
        ("four or five", 4),
        ("between 4 and 5", 4),
        ("between five and three", 3),
        ("trois", 3),
        ("vingt-et-un", 21),
        ("vingt et un", 21),
        ("soixante-dix-sept", 77),
        ("quatre-vingt-dix", 90),
        ("dix-sept morts", 17),
        ("une quinzaine", 15),
        ("une dizaine de morts", 10),
        ("des dizaines de morts", 12),
        ("une centaine", 100),
        ("une vingtaine", 20),
        ("plusieurs blessés", 10),
        ("quelques blessés", 3),
        ("au moins 4", 4),
        ("plus de 10", 10),
        ("entre 4 et 5", 4),
    ],
)
def test_parse_count(text: str, expected: int) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "some",
        "a number of",
        "some people",
        "no number here",
        "a ZPU-2 machine gun",
        "14.5mm",
        "a 4km march",
        "around 19h",
        "G5 Sahel",
        "on 10/12",
        "50% of the town",
        "a man",
    ],
)
def test_no_count(text: str) -> None:
    assert parse_count(text) is None


def test_find_counts_spans_and_approx() -> None:
    text = "Two FAMa soldiers died and 5 were hurt; at least 3 attackers and dozens of residents escaped."
    found = find_counts(text)
    assert [(c.text, c.value, c.approx) for c in found] == [
        ("Two", 2, False),
        ("5", 5, False),
        ("at least 3", 3, True),
        ("dozens of", 12, True),
    ]
    for c in found:
        assert text[c.start : c.end] == c.text


def test_a_range_written_backwards_is_not_a_range() -> None:
    assert [c.value for c in find_counts("score 3-1")] == []


def test_word_number() -> None:
    assert word_number("forty-two") == 42
    assert word_number("quatre-vingts") == 80
    assert word_number("two thousand three hundred") == 2300
    assert word_number("banana") is None
    assert word_number("") is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    " three",
                    " 4-5",
                    " at least 4",
                    " dozens of",
                    " une quinzaine",
                    " vingt-et-un",
                    " 1,200",
                    " +60",
                    "é",
                ]
            ),
            st.text(max_size=6),
        ),
        max_size=10,
    ).map("".join)
)
def test_offsets_are_exact(text: str) -> None:
    last = 0
    for c in find_counts(text):
        assert text[c.start : c.end] == c.text
        assert c.start >= last
        assert c.value >= 0
        last = c.end


def test_french_homographs_are_not_numbers_in_english() -> None:
    assert find_counts("They tried to seize a truck", "en") == []
    assert [c.value for c in find_counts("seize morts", "fr")] == [16]
