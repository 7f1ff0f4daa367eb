"""Comparing two snapshots of a URL: changed or not, how much, which lines."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from valuation_spiders.analysis.diff import compare_texts

PAGE = "\n".join([
    "Acme Robotics",
    "Robots that pick and pack",
    "Our arms pick 1,200 items an hour with a 99.9% accuracy rate.",
    "Fleet monitoring shows every robot on one screen.",
    "Slotting optimisation moves fast sellers closer to packing.",
    "Trusted by 1,649 customers",
    "Customers include Northwind Traders, Contoso and Fabrikam.",
    "Book a demo to see a robot in your warehouse.",
    "Free pilot for 30 days.",
    "\u00a9 2024 Acme Robotics Inc.",
])


def test_first_snapshot_is_not_a_change_and_everything_is_new():
    comparison = compare_texts(None, PAGE)
    assert comparison.changed is False and comparison.magnitude == "none" and comparison.similarity == 1.0
    assert comparison.added == tuple(PAGE.split("\n"))
    assert comparison.removed == ()


def test_identical_and_noise_only_snapshots_are_unchanged():
    assert compare_texts(PAGE, PAGE).magnitude == "none"
    noisy = PAGE.replace("1,649", "1,712").replace("2024", "2025")
    comparison = compare_texts(PAGE, noisy)
    assert not comparison.changed and comparison.added == () and comparison.removed == ()


def test_reordered_blocks_are_not_a_change():
    lines = PAGE.split("\n")
    assert not compare_texts(PAGE, "\n".join(reversed(lines))).changed


def test_one_new_line_is_a_minor_change_reported_in_its_original_form():
    after = PAGE + "\nAcme Robotics raises $32M Series B led by Northstar Ventures."
    comparison = compare_texts(PAGE, after)
    assert comparison.changed and comparison.magnitude == "minor"
    assert 0.9 <= comparison.similarity < 1.0
    assert comparison.added == ("Acme Robotics raises $32M Series B led by Northstar Ventures.",)
    assert comparison.removed == ()


def test_removed_lines_are_reported():
    after = "\n".join(line for line in PAGE.split("\n") if "pilot" not in line)
    comparison = compare_texts(PAGE, after)
    assert comparison.removed == ("Free pilot for 30 days.",) and comparison.added == ()


def test_a_rewrite_is_major_and_half_a_rewrite_is_moderate():
    other = "\n".join([
        "Best Online Casino Bonuses 2025",
        "Compare the top online casinos, welcome bonuses and free spins.",
        "Our experts review every casino for licensing and payout speed.",
        "Responsible gambling: set limits and never chase losses.",
    ])
    assert compare_texts(PAGE, other).magnitude == "major"
    assert compare_texts(PAGE, other).similarity < 0.2
    lines = PAGE.split("\n")
    half = "\n".join(lines[:5] + other.split("\n"))
    assert compare_texts(PAGE, half).magnitude == "moderate"


def test_lightly_edited_lines_still_look_similar():
    edited = PAGE.replace("Book a demo to see a robot in your warehouse.", "Book a demo to see a robot in your own warehouse.")
    comparison = compare_texts(PAGE, edited)
    assert comparison.magnitude == "minor"
    assert comparison.added == ("Book a demo to see a robot in your own warehouse.",)


def test_empty_after_a_full_page_is_major():
    assert compare_texts(PAGE, "").magnitude == "major"


def test_100_kb_texts_compare_in_linear_time():
    before = "\n".join(f"Line {i} about warehouse robot number {i * 7} and pallet {i}x" for i in range(2500))
    after = "\n".join(f"Sentence {i} on a different subject entirely, item {i * 3} of {i}y" for i in range(2500))
    assert len(before) > 100_000 and len(after) > 100_000
    start = time.perf_counter()
    comparison = compare_texts(before, after)
    assert time.perf_counter() - start < 3.0  # difflib on this input takes minutes
    assert comparison.changed


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=1500)), st.text(max_size=1500))
def test_compare_never_raises_and_stays_in_range(before, after):
    comparison = compare_texts(before, after)
    assert 0.0 <= comparison.similarity <= 1.0
    assert comparison.magnitude in {"none", "minor", "moderate", "major"}
    assert (comparison.magnitude == "none") == (not comparison.changed)
