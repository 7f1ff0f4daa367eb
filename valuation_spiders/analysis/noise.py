"""Noise removal before two snapshots of a page are compared.

Dates, times, years, counters, relative times ("3 days ago"), tokens, hashes and cache-busting
query strings change between two fetches of a page nobody edited. ``normalise_text`` masks them,
so an unchanged page compares equal; the stored snapshot keeps the text as fetched.

Every pattern here stays within one line (no pattern matches or removes a newline), so
``normalise_lines`` can normalise a whole text in a few regex passes and still map each
normalised line back to the original line at the same index.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate

__all__ = ["normalise_line", "normalise_lines", "normalise_text", "split_ready", "text_fingerprint"]

_H = r"[^\S\n]"  # horizontal whitespace: never a newline

_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_DATE, _ID, _TIME_MARK, _WHEN = "\u27e8date\u27e9", "\u27e8id\u27e9", "\u27e8time\u27e9", "\u27e8when\u27e9"

# All patterns run on case-folded text (no re.I: case-insensitive alternations are slow).
# Order matters: URLs and tokens before dates, dates before bare numbers.
_URL_QUERY = re.compile(r"((?:https?://|www\.)[^\s?#<>\"']*)[?#][^\s<>\"']*")
_UUID = re.compile(r"\b[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b")
_HEX = re.compile(r"\b[0-9a-f]{7,}\b")
# Long runs mixing letters and digits: session ids, CSRF tokens, build ids, base64 blobs.
_TOKEN = re.compile(r"(?<![\w/.-])[\w+/=-]{16,}(?![\w/-])")
_ISO_DATETIME = re.compile(
    rf"\b{_YEAR}-\d{{1,2}}-\d{{1,2}}(?:(?:t|{_H})\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:z|[+-]\d{{2}}:?\d{{2}})?)?\b"
)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
# Dates written with a month name: found by the month word, then grown left and right.
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?")
_MONTHS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
    "oct october nov november dec december".split()
)
_DATE_RIGHT = re.compile(rf"(?:,?{_H}*{_ORD}\b(?:,?{_H}*{_YEAR}\b)?|,?{_H}+{_YEAR}\b)")
_DATE_LEFT = re.compile(
    rf"(?:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?{_H}+)?(?:\b{_ORD}{_H}+(?:of{_H}+)?)?\Z"
)
_WEEKDAY_ALONE = re.compile(rf"\b(?:mon|tues?|wednes|thurs|fri|satur|sun)day,?{_H}*(?={_DATE})")
_TIME = re.compile(
    rf"\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{_H}*[ap]\.?m\.?)?(?:{_H}*(?:utc|gmt|[a-z]{{1,4}}t))?\b"
    rf"|\b\d{{1,2}}{_H}*[ap]\.?m\.?(?![a-z])"
)
_RELATIVE = re.compile(
    rf"\b(?:\d+|an?|one|a{_H}+few|few|several)(?:{_H}+|-)"
    rf"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?|yrs?|mins?|secs?)"
    rf"{_H}+ago(?![a-z])|\b(?:just{_H}+now|yesterday|today|tonight|tomorrow|moments{_H}+ago)(?![a-z])"
)
_COPYRIGHT = re.compile(rf"(?:(?:©|\(c\)|&copy;|copyright){_H}*)+")  # "Copyright (c) 2024", "©2024"
_NUMBER = re.compile(r"\d(?:[\d,.\u202f\u00a0' ]*\d)?")  # counters: 1,649 / 12 345 / 98.7
_RANGE = re.compile(rf"\b0(?:{_H}*[-/]{_H}*0)+\b")  # 2019-2024, 10-12, 1/3: one placeholder
_SPACES = re.compile(rf"{_H}+")
_DIGIT = re.compile(r"\d")
_RELATIVE_WORDS = ("ago", "yesterday", "today", "tonight", "tomorrow", "just now")
# What a line without a digit needs for any pattern to change it. (A hash or UUID written only
# in the letters a-f is left alone: 32 hex digits without one decimal digit do not occur.)
_MARKERS = ("\u00a9", "(c)", "copyright", "&copy;", "http", "www.", *_RELATIVE_WORDS)

_PUNCT = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u200b": "", "\u200c": "", "\u200d": "",
    "\ufeff": "", "\u2028": " ", "\u2029": " ", "\x0b": " ", "\x0c": " ",
    "\x1c": " ", "\x1d": " ", "\x1e": " ", "\x85": " ",
})


_PUNCT_CHARS = re.compile("[" + re.escape("".join(chr(c) for c in _PUNCT)) + "]")


def _token(match: re.Match[str]) -> str:
    value = match.group()
    has_digit = any(ch.isdigit() for ch in value)
    return _ID if has_digit and any(ch.isalpha() for ch in value) else value


def _hex(match: re.Match[str]) -> str:
    value = match.group()
    return _ID if not value.isdigit() and not value.isalpha() else value


def _text_dates(text: str) -> str:
    """Mask "May 1, 2024", "1st of May", "Friday, 14 June 2024", "June 2024"; not "we may"."""
    out: list[str] = []
    last = 0
    for match in _MONTH_WORD.finditer(text):
        if match.start() < last or match.group().rstrip(".") not in _MONTHS:
            continue
        right = _DATE_RIGHT.match(text, match.end())
        window_start = max(last, match.start() - 40)
        left = _DATE_LEFT.search(text, window_start, match.start())
        has_left = left is not None and left.start() < left.end() == match.start()
        if not right and not has_left:
            continue
        start = left.start() if has_left else match.start()
        end = right.end() if right else match.end()
        out.append(text[last:start])
        out.append(_DATE)
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _mask(text: str) -> str:
    """Mask noise in case-folded text (a pattern runs only when the text can contain a match)."""
    if "©" in text or "(c)" in text or "copyright" in text or "&copy;" in text:
        text = _COPYRIGHT.sub("© ", text)
    if "http" in text or "www." in text:
        text = _URL_QUERY.sub(r"\1", text)
    text = _TOKEN.sub(_token, _UUID.sub(_ID, text))
    has_digit = _DIGIT.search(text) is not None
    if has_digit:
        text = _HEX.sub(_hex, text)
        text = _NUMERIC_DATE.sub(_DATE, _ISO_DATETIME.sub(_DATE, text))
        text = _text_dates(text)
        text = _TIME.sub(_TIME_MARK, text)
    if "day" in text:
        text = _WEEKDAY_ALONE.sub("", text)
    if any(word in text for word in _RELATIVE_WORDS):
        text = _RELATIVE.sub(_WHEN, text)
    if has_digit:
        # Every number becomes "0": a counter, a year or a price that moved is not a change.
        text = _RANGE.sub("0", _NUMBER.sub("0", text))
    return text


def normalise_lines(text: str) -> list[str]:
    """The normalised form of every line of ``text`` (``text.split("\\n")``), index for index."""
    if not text:
        return [""]
    return list(_normalise_lines_cached(text))


@functools.lru_cache(maxsize=32)
def _normalise_lines_cached(text: str) -> tuple[str, ...]:
    # a page's text is normalised for the diff and again for its fingerprint: do it once
    return tuple(_normalise_lines(text))


def _normalise_lines(text: str) -> list[str]:
    text = split_ready(text)
    folded = _fold_lines(text)
    if folded is None:
        # Some character expanded into a line break after all: fall back to line by line.
        return [normalise_line(line) for line in text.split("\n")]
    lines, non_ascii = folded
    # Most lines of a page hold no digit and no marker: nothing in them can be masked, and
    # running a dozen patterns over them was most of the cost of analysing a page. Substring
    # searches in C over the whole text find the lines that need the patterns (a regex scan for
    # a digit costs as much as masking a page); only those are masked.
    out = [" ".join(line.split()) for line in lines]  # horizontal whitespace collapsed, ends stripped
    for index in _lines_to_mask(lines, non_ascii):
        out[index] = " ".join(_mask(lines[index]).split())
    return out


def _fold_lines(text: str) -> tuple[list[str], list[int]] | None:
    """Each line of ``text`` folded as ``normalise_line`` folds it alone, and the indexes of the
    lines that had non-ASCII characters; None if folding made a line break."""
    if text.isascii():
        return text.lower().split("\n"), []
    # Pages are mostly ASCII with a few typographic characters: fold the few lines that have
    # them the slow way (NFKC and case folding are several times slower on a non-ASCII string).
    lines, non_ascii = [], []
    for index, line in enumerate(text.split("\n")):
        if line.isascii():
            lines.append(line.lower())
            continue
        folded = _fold(line)
        if "\n" in folded:
            return None
        lines.append(folded)
        non_ascii.append(index)
    return lines, non_ascii


_ASCII_DIGITS = "0123456789"
# Each marker with a character it cannot work without, found first (a one-character search is a
# memchr; a short multi-character one scans the text far slower): a URL is masked only where
# its query or fragment starts ("?" or "#"), so a page with neither needs no URL search.
_GATED_MARKERS = tuple(
    (marker, {"(c)": "(", "&copy;": "&", "http": "?#", "www.": "?#"}.get(marker, "")) for marker in _MARKERS
)


def _lines_to_mask(lines: list[str], non_ascii: list[int]) -> set[int]:
    """Indexes of the folded ``lines`` that hold a digit or one of ``_MARKERS``: what any masking
    pattern needs to change a line. ASCII digits and markers are found by substring search over
    the whole text; a line that had non-ASCII characters (other scripts' digits) is also tested
    with the digit pattern itself."""
    found = {index for index in non_ascii if _DIGIT.search(lines[index])}
    text = "\n".join(lines)
    needles = [digit for digit in _ASCII_DIGITS if digit in text]
    needles += [
        marker
        for marker, gate in _GATED_MARKERS
        if (not gate or any(char in text for char in gate)) and marker in text
    ]
    if not needles:
        return found
    ends = list(accumulate(len(line) + 1 for line in lines))  # offset just past each line's break
    last = len(lines) - 1
    for needle in needles:
        at = text.find(needle)
        while at != -1:
            index = bisect_right(ends, at)
            found.add(index)
            if index >= last:
                break
            at = text.find(needle, ends[index])  # one hit per line is enough
    return found


def _fold(text: str) -> str:
    """Typographic quotes/dashes/spaces folded, NFKC, case-folded (ASCII skips the costly part)."""
    if text.isascii():
        return text.lower()
    # str.translate walks a dict per character; a regex finds the few that need folding
    text = _PUNCT_CHARS.sub(lambda m: _PUNCT[ord(m.group())], text)
    return unicodedata.normalize("NFKC", text).casefold()


def split_ready(text: str) -> str:
    """``text`` with CR/CRLF line ends as LF: split this with ``.split("\\n")``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_line(line: str) -> str:
    """One line, normalised (see ``normalise_text``)."""
    folded = _fold(line).replace("\n", " ")
    return _SPACES.sub(" ", _mask(folded)).strip()


def normalise_text(text: str) -> str:
    """Text with noise masked, whitespace collapsed, case folded, blank lines dropped.

    Dates, times, years, counters and relative times become placeholders, tokens and hashes
    become one placeholder, query strings and fragments are cut from URLs. Line breaks are kept
    (one block per line), so the result still diffs line by line.
    """
    if not isinstance(text, str) or not text:
        return ""
    return "\n".join(line for line in normalise_lines(text) if line)


def text_fingerprint(text: str) -> str:
    """A 128-bit BLAKE2b (32 hex characters) of ``normalise_text(text)``: equal for two fetches of
    an unchanged page. Stored on every snapshot, so it is kept short; it only has to tell one
    page's versions apart, not resist forgery."""
    data = normalise_text(text).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()
