"""Noise normalisation: two fetches of an unchanged page compare equal; real edits do not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from valuation_spiders.analysis.diff import compare_texts
from valuation_spiders.analysis.noise import normalise_line, normalise_lines, normalise_text, text_fingerprint

# (fetch 1, fetch 2): the same page a few hours or a year apart.
SAME_PAGE = [
    ("\u00a9 2024 Acme Robotics Inc. All rights reserved.", "\u00a9 2025 Acme Robotics Inc. All rights reserved."),
    ("Copyright (c) 2019-2024 Acme", "Copyright (c) 2019\u20132025 Acme"),
    ("Trusted by 1,649 customers", "Trusted by 1,712 customers"),
    ("Over 12 345 robots deployed", "Over 12 401 robots deployed"),
    ("Last updated: March 3, 2025 at 14:32 UTC", "Last updated: April 9, 2025 at 09:05 UTC"),
    ("Posted on Monday, 14th of June 2024", "Posted on Tuesday, 3rd of September 2024"),
    ("Published 2024-05-01T12:34:56Z", "Published 2024-06-11T08:00:00+02:00"),
    ("Next webinar: 05/14/2025 at 3:00 PM PST", "Next webinar: 06/02/2025 at 11:30 AM PST"),
    ("Updated 3 days ago", "Updated 2 hours ago"),
    ("Status checked just now", "Status checked yesterday"),
    ("Web app v3.8.2 (build 8f3a2c1)", "Web app v3.8.2 (build 9b1e7d2)"),
    ("session a8F9kLm2Qx7pZ0rT5uWvYb", "session Hh72Pq0ZkW3n8Lr6Tt1sXe"),
    ("Request id 123e4567-e89b-12d3-a456-426614174000", "Request id 9f1c2d3e-0000-4abc-8def-0123456789ab"),
    ("Download https://cdn.acme.com/brochure.pdf?v=1712&utm_source=x", "Download https://cdn.acme.com/brochure.pdf?v=2044"),
    ("Acme  Robotics\u00a0builds   robots", "acme robotics builds robots"),
    ("\u201cBest tool we\u2019ve used\u201d", "\"Best tool we've used\""),
    ("May 2024 newsletter", "June 2024 newsletter"),
]
DIFFERENT = [
    ("Acme Robotics builds picking robots.", "Acme Robotics has been acquired by Globex."),
    ("We are hiring engineers.", "We are hiring designers."),
    ("Plans start at the Team tier.", "Plans start at the Business tier."),
]


@pytest.mark.parametrize(("first", "second"), SAME_PAGE)
def test_noise_does_not_make_a_change(first, second):
    assert normalise_text(first) == normalise_text(second)
    assert text_fingerprint(first) == text_fingerprint(second)
    comparison = compare_texts(first, second)
    assert not comparison.changed and comparison.magnitude == "none"


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_real_edits_are_changes(first, second):
    assert text_fingerprint(first) != text_fingerprint(second)
    assert compare_texts(first, second).changed


def test_a_whole_noisy_page_compares_equal():
    first = "\n".join(before for before, _ in SAME_PAGE)
    second = "\n".join(after for _, after in SAME_PAGE)
    assert text_fingerprint(first) == text_fingerprint(second)


def test_modal_may_and_words_like_march_are_not_dates():
    assert normalise_text("We may go") == "we may go"
    assert normalise_text("March forward") == "march forward"
    assert normalise_text("We may go") != normalise_text("We may stop")


def test_line_structure_is_kept_and_blank_lines_dropped():
    assert normalise_text("Hello\n\n  World  \r\nAgain") == "hello\nworld\nagain"
    assert normalise_lines("a\r\nb\n\nc") == ["a", "b", "", "c"]


def test_fingerprint_is_sha256_hex():
    fingerprint = text_fingerprint("Acme")
    assert len(fingerprint) == 32 and int(fingerprint, 16) >= 0
    assert text_fingerprint("") == text_fingerprint("   \n ")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_normalise_never_raises_and_keeps_one_line_per_line(text):
    result = normalise_text(text)
    assert isinstance(result, str)
    assert len(normalise_lines(text)) == text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    assert "\n\n" not in result and result == result.strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["May 1, 2024", "Friday,", "3rd of June", "\n", "2024", "10:30 am", "v=12", "a8F9kLm2Qx7pZ0rT5uWv",
                                 "https://x.com/a?b=1", " ", "3 days ago", "© 2019-2024", "1,649", "may", "Sept.",
                                 "#-#", "C#", "today", "(c)", "deadbeef1", "Monday"]),
                max_size=30))
def test_a_line_normalises_the_same_alone_or_within_a_page(parts):
    text = "".join(parts)
    assert normalise_lines(text) == [normalise_line(line) for line in text.split("\n")]
