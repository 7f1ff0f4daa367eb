"""The analysis's fast paths give what the plain definitions give (they exist for speed only)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from valuation_spiders.analysis.text_signals import _lines_that_may_fire, _lines_that_may_fire_by_pattern

PIECES = ["part of", "counterpart", "partners", "sale of", "led by", "scaled", "no longer", "head of", "ahead",
          "let go", "rif", "acquired", "recommend", "Ünïcode", "ACQUIRED", "x", " ", "\t", "-", ".", "2", "_", "é",
          "\u0301", "K", "\u212a", "İ", "ß", "\u2019", "closing", "Shut", "weekend", "\u00a0", "\u2028", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=10).map("".join), max_size=6))
def test_the_word_filter_keeps_the_lines_the_pattern_filter_keeps(lines):
    lines = [line for piece in lines for line in piece.split("\n")]  # lines hold no line break
    for first in (False, True):
        assert _lines_that_may_fire(lines, first) == _lines_that_may_fire_by_pattern(lines, first)


def test_a_currency_sign_is_still_a_word_of_its_own():
    for first in (False, True):
        assert _lines_that_may_fire(["we got $"], first) == _lines_that_may_fire_by_pattern(["we got $"], first)
    assert _lines_that_may_fire(["\u20ac 20"], False) == [0]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["May 1, 2024", "\n", "http://a.com/x?y=1", "www.a.com#top", "http://a.com/", "(c)",
                                 "\u00a9", "&copy;", "3 days ago", "today", "just now", "\u0663 days", "\uff12\uff10\uff12\uff14",
                                 "caf\u00e9", "\u201cquoted\u201d", "deadbeefcafe", " ", "  ", "\t", "x", "?", "#", "(", "&"]),
                max_size=30).map("".join))
def test_a_page_normalises_line_by_line_with_its_lines_found_by_search(text):
    from valuation_spiders.analysis.noise import normalise_line, normalise_lines

    assert normalise_lines(text) == [normalise_line(line) for line in text.split("\n")]
