"""Noise removal before two snapshots of a page are compared.

Dates, times, years, counters, relative times ("3 days ago"), tokens, hashes and cache-busting
query strings change between two fetches of a page nobody edited. ``normalise_text`` masks them,
so an unchanged page compares equal; the stored snapshot keeps the text as fetched.

Every pattern here stays within one line (no pattern matches or removes a newline), so
``normalise_lines`` can normalise a whole text in a few regex passes and still map each
normalised line back to the original line at the same index.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["normalise_line", "normalise_lines", "normalise_text", "split_ready", "text_fingerprint"]

_H = r"[^\S\n]"  # horizontal whitespace: never a newline

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?"
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"

# Order matters: URLs and tokens before dates, dates before bare numbers.
_URL_QUERY = re.compile(r"((?:https?://|www\.)[^\s?#<>\"']*)[?#][^\s<>\"']*", re.I)
_UUID = re.compile(r"\b[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b", re.I)
_HEX = re.compile(r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b", re.I)
# Long runs mixing letters and digits: session ids, CSRF tokens, build ids, base64 blobs.
_TOKEN = re.compile(
    r"(?<![\w/.-])(?=[\w+/=-]*\d)(?=[\w+/=-]*[A-Za-z])[\w+/=-]{16,}(?![\w/-])"
)
_ISO_DATETIME = re.compile(
    rf"\b{_YEAR}-\d{{1,2}}-\d{{1,2}}(?:(?:T|{_H})\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?\b"
)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_TEXT_DATE = re.compile(
    rf"\b(?:{_WEEKDAY},?{_H}+)?(?:"
    rf"{_MONTH}{_H}*{_ORD}(?:,?{_H}*{_YEAR})?"  # May 1, 2024 / May 1st
    rf"|{_ORD}{_H}+(?:of{_H}+)?{_MONTH},?(?:{_H}*{_YEAR})?"  # 1 May 2024 / 1st of May
    rf"|{_MONTH},?{_H}+{_YEAR}"  # May 2024
    rf")(?![\w])",
    re.I,
)
_WEEKDAY_ALONE = re.compile(rf"\b{_WEEKDAY}(?=,|{_H}+\u27e8date)", re.I)
_TIME = re.compile(
    rf"\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{_H}*[ap]\.?m\.?)?(?:{_H}*(?:utc|gmt|[a-z]{{1,4}}t))?\b"
    rf"|\b\d{{1,2}}{_H}*[ap]\.?m\.?(?![a-z])",
    re.I,
)
_RELATIVE = re.compile(
    rf"\b(?:\d+|an?|one|a{_H}+few|few|several)(?:{_H}+|-)"
    rf"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?|yrs?|mins?|secs?)"
    rf"{_H}+ago\b|\b(?:just{_H}+now|yesterday|today|tonight|tomorrow|moments{_H}+ago)\b",
    re.I,
)
_COPYRIGHT = re.compile(rf"(?:©|\(c\)|&copy;|copyright)(?:{_H}*(?:©|\(c\)))?", re.I)
_NUMBER = re.compile(r"\d(?:[\d,.\u202f\u00a0' ]*\d)?")  # counters: 1,649 / 12 345 / 98.7
_RANGE = re.compile(rf"#(?:{_H}*[-/]{_H}*#)+")  # 2019-2024, 10-12, 1/3: one placeholder
_SPACES = re.compile(rf"{_H}+")

_PUNCT = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u200b": "", "\u200c": "", "\u200d": "",
    "\ufeff": "", "\u2028": " ", "\u2029": " ", "\x0b": " ", "\x0c": " ",
    "\x1c": " ", "\x1d": " ", "\x1e": " ", "\x85": " ",
})


def _mask(text: str) -> str:
    text = _URL_QUERY.sub(r"\1", text)
    text = _UUID.sub("\u27e8id\u27e9", text)
    text = _TOKEN.sub("\u27e8id\u27e9", text)
    text = _HEX.sub("\u27e8id\u27e9", text)
    text = _ISO_DATETIME.sub("\u27e8date\u27e9", text)
    text = _NUMERIC_DATE.sub("\u27e8date\u27e9", text)
    text = _TEXT_DATE.sub("\u27e8date\u27e9", text)
    text = _WEEKDAY_ALONE.sub("", text)
    text = _TIME.sub("\u27e8time\u27e9", text)
    text = _RELATIVE.sub("\u27e8when\u27e9", text)
    text = _COPYRIGHT.sub("©", text)
    text = _NUMBER.sub("#", text)
    return _RANGE.sub("#", text)


def normalise_lines(text: str) -> list[str]:
    """The normalised form of every line of ``text`` (``text.split("\\n")``), index for index."""
    if not text:
        return [""]
    text = split_ready(text)
    folded = unicodedata.normalize("NFKC", text.translate(_PUNCT))
    folded = _mask(folded).casefold()
    lines = [_SPACES.sub(" ", line).strip() for line in folded.split("\n")]
    if len(lines) != text.count("\n") + 1:
        # Some character expanded into a line break after all: fall back to line by line.
        return [normalise_line(line) for line in text.split("\n")]
    return lines


def split_ready(text: str) -> str:
    """``text`` with CR/CRLF line ends as LF: split this with ``.split("\\n")``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_line(line: str) -> str:
    """One line, normalised (see ``normalise_text``)."""
    folded = unicodedata.normalize("NFKC", line.translate(_PUNCT)).replace("\n", " ")
    return _SPACES.sub(" ", _mask(folded).casefold()).strip()


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
    """SHA-256 (hex) of ``normalise_text(text)``: equal for two fetches of an unchanged page."""
    return hashlib.sha256(normalise_text(text).encode("utf-8", "surrogatepass")).hexdigest()
