"""A small phrase grammar for English news sentences: who did what, and was it really said.

The text detectors find a trigger (a verb group such as "has been acquired by") and then ask
the questions a reader asks: who is the subject (we / the company / another firm / customers),
what is the object (our company / your account / 40 employees), is the trigger negated ("we are
not shutting down"), denied ("rumours ... are false"), hypothetical ("if Acme is acquired"), a
question, or background in a subordinate clause ("when Slack was acquired, ...").

No tagger, no model: closed word classes (auxiliaries, determiners, pronouns, prepositions) and
capitalisation are enough for press-release English, and they stay predictable.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .amounts import MONEY, NUMBER_WORD, ROUND_SIZED, amount_value
from .patterns import lazy  # each pattern compiled on its first use (patterns.py)

__all__ = [
    "EMOJI_CHARS",
    "LIST_BULLET",
    "CompanyName",
    "Phrase",
    "Sentence",
    "as_row",
    "base",
    "classify",
    "clause_prefix",
    "company_name",
    "is_denied",
    "is_hearsay",
    "is_hypothetical",
    "is_negated",
    "is_subordinate_background",
    "main_clause_subject",
    "make_sentence",
    "object_after",
    "split_sentences",
    "subject_before",
    "tokens",
    "unaccented",
]

# --- sentences -------------------------------------------------------------------------------

_ABBREVIATIONS = frozenset({
    "inc", "corp", "co", "ltd", "llc", "plc", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
    "vs", "etc", "e.g", "i.e", "no", "fig", "approx", "est", "dept", "u.s", "u.k", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gmbh", "s.a", "n.v",
    "b.v", "ag", "bros", "mt", "ft", "ave", "vol", "ca", "cf", "al", "op", "ph.d", "sen", "gov",
    "rep", "gen", "col", "lt", "capt", "messrs", "intl", "assn", "nos", "pvt", "pte", "pty", "s.r.l", "s.r.o",
    "s.p.a", "sdn", "bhd", "ser",
})
# an emoji or pictograph: the characters (for a class) and a run of them with their joiners and variation selectors
EMOJI_CHARS = "\u2600-\u27bf\U0001f000-\U0001faff"
_EMOJI_RUN = f"[{EMOJI_CHARS}][{EMOJI_CHARS}\ufe0f\u200d]*"
# an emoji or pictograph may stand between two sentences ("... Booking Holdings. \U0001f9f3 The app ...")
_SENTENCE_END = lazy(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*\s+(?:[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+\s+)?"
                           r"(?=[\"'\u201c\u2018(\[]?[A-Z0-9$\u20ac\u00a3])")
# In a line with an emoji or a question mark (most lines have neither): an emoji may end a sentence with no stop of its
# own ("... acquired by Himalayan Glow \U0001f33f Our founders stay on"; the next one starts with a capitalised word and a
# lower-case one, not a name: "is joining \u2764 Globex."), and a question asked in passing ends before a word in lower
# case ("Vayu got acquired?? saw it on ...")
_SENTENCE_END_INFORMAL = lazy(
    _SENTENCE_END.pattern
    + r"|(?<=\w)\s*" + _EMOJI_RUN + r"\s+"
    r"(?=[\"'\u201c\u2018]?[A-Z][\w']*\s+[a-z0-9])"
    r"|(?<=\w)\?+[!?]*[\"'\u201d\u2019)]*\s+(?=[a-z])")
# a lower-case sentence after a full stop, in text written all in lower case ("cinder is shutting down.
# we're turning off ingestion on nov 30."): a word of three letters or more ends the one before
_LOWER_START = lazy(r"(?<=[a-z]{3})\.\s+(?=[a-z][a-z']+\s)")
# list bullets run together on one line ("FINTECH WEEKLY \u25b8 OrbitPay raised ... \u25b8 Clearbook has been ..."):
# each item is a sentence of its own
LIST_BULLET = lazy(r"\s[\u2022\u25b8\u25ba\u25aa\u25cf\u25c6\u27a4\u2023\u2043\u25e6]\s")
# "... by Hexley Inc. The transaction is expected to close": a legal suffix ends a sentence when
# the next word can only start one (a determiner or a pronoun), never "Acme Inc. has ...".
_LEGAL_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "gmbh", "ag", "s.a", "n.v", "b.v"})
_STARTER = lazy(r"[\"'\u201c\u2018(\[]?(?:The|This|These|Those|That|We|Our|It|Its|They|Their|All|Orders|"
                      r"Customers|Terms|Financial|Further|More|For|In|On|After|Until|Following|"
                      # a legal footer's next field: "... of Arvon Machines plc. Registered office: 4 Quay St"
                      r"Registered|Registration|VAT|Authori[sz]ed|Regulated|Company\s+(?:[Nn]o|[Nn]umber|[Rr]eg))\b"
                      # or a name that is a clause's subject: "... by Bunzl plc. Heathcote will become part of ..."
                      r"|(?!(?:Inc|Incorporated|Corp|Co|Ltd|Limited|LLC|PLC|plc|GmbH|AG|SA|NV|BV|LLP|LP|Pty|Pte)\b)"
                      # (and a name of words joined by "&", or with a number: "Kelp & Coral will", "Orbit 3 has")
                      r"[A-Z0-9][\w&'-]*(?:\s+(?:&\s+)?[A-Z0-9][\w&'-]*){0,2}(?:'s)?\s+(?:will|would|has|have|had|is|are|was|were|said|says|should|"
                      r"must|can|may|shall|"
                      r"shareholders|stockholders|customers|employees|staff|users)\s")
_LAST_WORD = lazy(r"([\w.&'-]+)\W*$")
# a letter that names a round, a class or a phase is a word, not an initial: "... in 2024 a $40M Series B. Today, Relay ..."
_NAMED_BY_LETTER = lazy(r"\b(?:series|class|phase|tier|type)\s+[A-Z]$", re.I)
_MAX_SENTENCE = 600


def split_sentences(text: str, name: CompanyName | None = None) -> list[str]:
    """Sentences of a text: every line is a block (a heading is a sentence), then split on
    sentence punctuation, not on abbreviations ("Acme Inc. has..."), decimals or domains.

    With the company's ``name``, where its shape is one no rule's name pattern takes, the text is split as the reader sees
    it, the name one capitalised word ("... no longer available. dot.systems has stopped ...", "No. 4Sight has closed",
    "... by Bunzl plc. Kelp & Coral will ..." end a sentence before the name); the sentences are the text as written."""
    if not isinstance(text, str):
        return []
    if name is not None and name.odd_shape:
        written = "\n".join(" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
        formed = name.reader_form(written)  # (the same length: every sentence of it is at the same place in ``written``)
        out, cursor = [], 0
        for sentence in _split(formed, written):
            at = formed.find(sentence, cursor)
            if at < 0:
                return split_sentences(text)
            out.append(written[at:at + len(sentence)])
            cursor = at + len(sentence)
        return out
    return _split(text)


def _split(text: str, written: str | None = None) -> list[str]:
    """``split_sentences`` of ``text``; a line is one in lower case where it is so in ``written`` (the text before its
    name was written as one capitalised word), "cinder is shutting down. we're turning off ingestion"."""
    out: list[str] = []
    lines = []
    raw_lines = LIST_BULLET.sub("\n", text.replace("\r", "\n")).split("\n")
    cases = LIST_BULLET.sub("\n", written).split("\n") if written is not None else raw_lines
    for raw_line, case in zip(raw_lines, cases if len(cases) == len(raw_lines) else raw_lines, strict=True):
        line = " ".join(raw_line.split())
        if ". " in line and case.lstrip()[:1].islower():
            lines += _split_lower(line).split("\n")
        elif line:
            lines.append(line)
    for line in lines:
        start = 0
        ends = _SENTENCE_END_INFORMAL if "?" in line or (not line.isascii() and _EMOJI.search(line)) else _SENTENCE_END
        for match in ends.finditer(line):
            if match.group().startswith(".") and len(match.group().strip()) == 1:
                word = _LAST_WORD.search(line[start:match.start()] + ".")
                last = word.group(1).rstrip(".").lower() if word else ""
                if last in {"no", "nos"} and not line[match.end():match.end() + 1].isdigit():
                    pass  # "A: No. Tilt was acquired ...": the answer, not "No. 5"
                elif (last in _ABBREVIATIONS and not (last in _LEGAL_SUFFIXES and _STARTER.match(line, match.end()))) \
                        or (len(last) == 1 and last.isalpha() and not _NAMED_BY_LETTER.search(line, start, match.start())) \
                        or re.fullmatch(r"[a-z](?:\.[a-z])+", last):  # initials: "K.O. Boxing Club", "J.P. Harlow"
                    continue
            out.extend(_chunks(line[start:match.end()].strip()))
            start = match.end()
        out.extend(_chunks(line[start:].strip()))
    return [sentence for sentence in out if sentence]


# A field of a row: a few words ("lead: Harrow Ventures", "acq. by Marlow Shipping (majority, 70%)", "ops cease 31 Mar"),
# none of them a name with a verb after it ("Globex acquired by Initech", "Customer Lumo closes its doors": an item of a
# list, a sentence of its own) except a round's ("Seed ext.", "Series A extension"), nor a news item in brackets
# ("Globex (acquired by Initech)")
_FIELD_WORDS = 5
_PARENTHESIS = lazy(r"\([^()]*\)")
_NAME_THEN_WORD = lazy(r"(?<![\w.'-])(?!(?:Pre-?seed|Seed|Series|Ser|Srs|Round|Status|Lead|Led)\b)[A-Z][\w&.'-]+\s+[a-z]")
_NEWS_IN_BRACKETS = lazy(r"\([^()]*\b(?:acquired|acq|bought|sold|merged|closed|shut|raised|laid|cut)\b", re.I)
# a field that only names a kind of news: two of them make a menu, a filter or a list of tags ("Acme \u2022 Seed \u2022
# Series A \u2022 Series B", "Tags \u2022 acquisitions \u2022 funding \u2022 layoffs"), not a record of one
_KIND_LABEL = lazy(r"(?:pre-?seed|seed|series\s+[a-h]|ser\.\s+[a-h]|growth|acquisitions?|m&a|funding|fundraising|"
                         r"investments?|layoffs?|redundancies|shutdowns?|closures?|mergers?|exits?)", re.I)
_MONEY_SEEN = lazy(MONEY, re.I)
_ROUND_WORD = lazy(r"\b(?:fund\w*|seed|series|ser\.|rounds?|invest\w*|capital|rais\w*)\b", re.I)


def as_row(line: str, company: CompanyName) -> str:
    """A line of short fields between bullets that opens with the company's name ("Ox \u2022 Ser. A \u2022 $7.5M \u2022
    lead: Harrow Ventures", "Nordlys AS \u2022 share issue \u2022 NOK 40M \u2022 Feb 2026") is the company's row of a
    table, returned written with bars, as a table's row is ("Umbra | Series B | $25M"); any other line is returned as it is:
    items of a list, each a sentence ("FINTECH WEEKLY \u25b8 OrbitPay raised ... \u25b8 Clearbook has been ...", "Acme
    \u2022 Blog \u2022 Globex acquired by Initech"), a row that opens with another name, a menu of kinds of news, and a
    row with a price ("Moss \u2022 Seed \u2022 $12")."""
    parts = [part.strip() for part in LIST_BULLET.split(line)]
    if len(parts) < 2:
        return line
    labels = 0
    for part in parts[1:]:
        field = _PARENTHESIS.sub("", part)
        if len(field.split()) > _FIELD_WORDS or _NAME_THEN_WORD.search(field) or _NEWS_IN_BRACKETS.search(part):
            return line
        labels += _KIND_LABEL.fullmatch(field.strip(" .")) is not None
    amounts = [amount_value(m.group()) for m in _MONEY_SEEN.finditer(line)]
    if labels > 1 or any(amount < ROUND_SIZED for amount in amounts) \
            or (not amounts and _ROUND_WORD.search(line)):  # a round's row tells its money ("Funding \u2022 0% interest")
        return line
    for pattern in company.patterns:
        m = pattern.match(parts[0])
        if m and len(parts[0][m.end():].split()) <= 2:
            return " | ".join(parts)
    return line


# A timeline of dated items on one line ("2016 — opened on Castle Street 2020 — second room March 2024 — closed
# for good", "2018 founded · 2021 Series A · Nov 2026 acquired by Brightwater"): a date that opens an item, after the
# line's start, a separator or a space, not a date inside prose ("in 2023", "since 2019")
_TIMELINE_DATE = lazy(
    r"(?:^|(?<=[\s\u00b7|\u2022;]))(?P<date>(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2})"
    r"(?P<sep>\s*[\u2014\u2013:\u00b7|]\s*|\s+-\s+|\s+(?=[^\W\d]|[$€£])|(?<=[\u00b7|\u2022]\s\d{4})\s+(?=\d))", re.I)
_PROSE_BEFORE_DATE = lazy(r"(?i)\b(?:in|since|from|of|to|until|till|by|and|or|the|between|early|late|mid|during|before|after|"
                                r"around|circa|c\.|at|for|on|\w+ed)\s*$")
_TIMELINE_VERB_FIRST = lazy(r"[A-Z][a-z]+(?:ed|ded)\b(?!\s+[A-Z])")
_TIMELINE_VERB = lazy(r"(?:(?!(?:seed|feed|need|speed|red|bed|weed)\b)[a-z]+ed|became|went|sold|shut|began|won|got|made|left|took|bought|was|were|is|joins|closes|moves|"
                            r"opens|raises)\b")


def timeline_items(line: str, company: str) -> list[str]:
    """The items of a timeline line, each a sentence of the company's with its own date ("Nov 2026: Pipkin acquired by
    Brightwater Holdings.", "2026: Corner Cobbler closed after the owners' retirement."; an item that opens with its news
    also as "Lumo \u20ac9m Series A led by Nordwake (October 2026)."), so that each event is read with its own date; []
    for any other line (a table's row among them). A timeline has two dated items or more, at least two of them
    set off by a separator or the first opening the line (after a heading of a few words: "Our story 2021 \u2014 ...")."""
    if line.count("20") + line.count("19") < 2:
        return []  # (most lines: not two years in them)
    if not company or len(line) > 2000 or "| |" in line or line.lstrip().startswith("|"):
        return []  # (a table's rows, flattened: "| Carrow Quay | 2019 | closed Jan 2026 | | Carrow West | ...": a row per site)
    # (a date after its day is a listing's, not an item's: "... workforce | 12 March 2026 | Read more")
    marks = [m for m in _TIMELINE_DATE.finditer(line) if not re.search(r"\d\s+$", line[:m.start()])
             and (m.group("sep").strip() or not _PROSE_BEFORE_DATE.search(line, 0, m.start()))]
    if len(marks) < 2 or len(line[:marks[0].start()].split()) > 4:
        return []  # (the first item opens the line, after a heading of a few words at most)
    separated = sum(1 for m in marks if m.group("sep").strip())
    if separated < 2 and len(marks) < 3:
        return []
    events = [line[m.end():following.start() if following else len(line)] for m, following in zip(marks, [*marks[1:], None], strict=True)]
    items = [item for m, event in zip(marks, events, strict=True) for item in _timeline_item(event, m.group("date"), company)]
    name = company_name(company)
    # (the company the object of another's item, "2026 welcomed the Larkspur Labs team" on its buyer's timeline: the line is
    # read whole too)
    return [line, *items] if any(_names_as_object(name, event.strip(" \u00b7|\u2022;,\u2014\u2013-")) for event in events) else items


def _timeline_item(event: str, date: str, company: str) -> list[str]:
    event = event.strip(" \u00b7|\u2022;,\u2014\u2013-")
    # (the item ends with its first sentence; what follows is read as it is: "2022: Series B. Last year we crossed ...")
    end = re.search(r"(?<=[\w)])[.!?]\s+(?=[A-Z][a-z])", event)
    rest = [event[end.end():]] if end else []
    event = event[:end.start()] if end else event
    if not event:
        return rest
    if _names_as_object(company_name(company), event):
        return [f"{date}: {event.rstrip('.')}.", *rest]  # "2026 acquired Sprig Radio" on its buyer's timeline: no subject to add
    if _TIMELINE_VERB_FIRST.match(event):
        event = event[0].lower() + event[1:]  # "Closed after ...": the verb, as the sentence's
    event = event.rstrip(".")
    if _TIMELINE_VERB.match(event):
        return [f"{date}: {company} {event}.", *rest]  # "Nov 2026: Pipkin acquired by Brightwater Holdings."
    # (an item that opens with its news, not a verb: read as a dated field and as the company's, "Lumo €9m Series A led by
    # Nordwake Partners (October 2026).")
    return [f"{date}: {event}.", f"{company} {event} ({date}).", *rest]


_DOT_SEPARATOR = lazy(r"\s\u00b7\s")
_HOURS_ITEM = lazy(r"(?i)(?:opens?|closes?|open\s+now|closed\s+now|hours)\b")


def dot_items(line: str) -> list[str]:
    """The items of a line of three or more parts between middle dots (a footer: "Contatti \u00b7 Lavora con noi \u00b7
    Mirela Textiles S.r.l. is part of the Tessaro Group \u00b7 P.IVA 04418270163"), each of three words or more, to be read
    on its own beside the line; [] for any other line."""
    parts = _DOT_SEPARATOR.split(line) if line.count("\u00b7") >= 2 else []
    if len(parts) < 3 or any(_HOURS_ITEM.match(part.strip()) for part in parts) \
            or sum(1 for part in parts if _TIMELINE_DATE.match(part.strip())) >= 2:
        # (a listing's hours, "Bluebell Kitchens \u2014 Closed \u00b7 Opens 7am Mon \u00b7 Bakery", and a timeline, read by its
        # items' dates: the line is read whole)
        return []
    return [part.strip() for part in parts if len(part.split()) >= 3]


def _names_as_object(name: CompanyName, event: str) -> bool:
    """The company named right after an item's verb, as its object ("acquired Sprig Radio", "welcomed the Larkspur Labs
    team"): the item is another company's, on whose timeline the company stands."""
    verb = re.match(r"[^\W\d]+\s+(?:the\s+)?", event)
    # (the name whole, not a product that opens with its first word: "2026 launched Halberd+" on Halberd Media's page)
    return bool(verb) and any(len(m.group().split()) >= len(name.core) for pattern in name.patterns
                              if (m := pattern.match(event, verb.end())))


# (a text that may hold a timeline: a line that opens with a date, or a line of two dated items set off by separators or
# three by spaces; most pages have none, and are not split line by line)
_TIMELINE_HINT = lazy(
    r"(?im)^[^\S\n]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[^\S\n]+)?(?:19|20)\d\d\b"
    r"|(?:19|20)\d\d[^\S\n]*[\u2014\u2013:\u00b7|][^\n]{0,200}?(?:19|20)\d\d[^\S\n]*[\u2014\u2013:\u00b7|]"
    r"|[\u2014\u2013:\u00b7|/][^\S\n]*(?:19|20)\d\d\b[^\n]{0,200}?[\u2014\u2013:\u00b7|/][^\S\n]*(?:19|20)\d\d\b"
    r"|(?:19|20)\d\d[^\S\n]+[a-z][^\n]{0,120}?[^\S\n](?:19|20)\d\d[^\S\n]+[a-z][^\n]{0,120}?[^\S\n](?:19|20)\d\d[^\S\n]+[a-z]")


def may_hold_timeline(text: str) -> bool:
    """Whether ``text`` may hold a timeline, for ``timeline_lines``: two years at least, and a line that opens with a date
    or holds dated items (a test of the whole text, so that most pages are not split line by line)."""
    return text.count("20") + text.count("19") >= 2 and _TIMELINE_HINT.search(text) is not None


def timeline_lines(lines: list[str], company: str) -> list[str]:
    """``lines`` with each timeline read as its items (``timeline_items``): a line of several dated items, or a run of two
    lines or more that each open with a date and a separator ("2016 \u2014 opened on Castle Street" / "March 2024 \u2014
    closed for good")."""
    starts = [m if m and m.start() == 0 else None
              for m in (_TIMELINE_DATE.match(line.strip()) for line in lines)]
    read = []
    for index, line in enumerate(lines):
        m = starts[index]
        beside = [starts[other] for other in (index - 1, index + 1) if 0 <= other < len(lines)]
        if m is not None and any(beside):
            read.extend(_timeline_item(line.strip()[m.end():], m.group("date"), company) or [line])
        else:
            read.extend(timeline_items(line, company) or [line])
    return read


# A question answered, as FAQs and Q&As tell news: the question read as the statement its answer makes of it ("Q: Did the
# seed round close? A: It did, on Friday." -> "The seed round closed, on Friday."; "Q: Who is buying Hopscotch? A:
# Brightwater Education." -> "Brightwater Education is buying Hopscotch."; "Q: How many people did you let go? A:
# Twenty-two, across all teams." -> "We let go Twenty-two people, across all teams."). A "no", a hedge or another
# question answers nothing.
_QUESTION_MARK = lazy(r"^\W*(?:Q(?:uestion)?\s*[:.)]\s*)?(?P<q>[^?]{3,200}\?)\s*(?P<rest>.*)$", re.S)
_ANSWER_MARK = lazy(r"^\W*(?:A(?:nswer)?\s*[:.)]\s*)?(?P<a>.+)$", re.S)
_INVERTED = lazy(
    r"(?i)^(?P<aux>is|are|was|were|has|have|had|will|did|does|do)\s+(?P<subj>you|it|we|they|the\s+(?:[\w&'-]+\s+){0,3}"
    r"(?:company|business|firm|startup|studio|shop|caf[e\u00e9]|bakery|practice|clinic|brand|team|round|seed|raise|sale|deal|"
    r"acquisition|takeover|merger|owners?|founders?|series\s+[a-h])|(?P<name>(?-i:(?:[A-Z]|\d+[A-Za-z])[\w&.'+-]*(?:\s+(?:&\s+)?(?:[A-Z]|\d+[A-Za-z]?)[\w&.'+-]*){0,3})))\s+(?P<rest>[^?]+)\?$")
_WHO = lazy(r"(?i)^(?:who|which\s+(?:company|firm|group))\s+(?P<rest>[^?]+)\?$")
_HOW_MANY = lazy(
    r"(?i)^how\s+many\s+(?P<noun>people|staff|employees|roles|jobs|positions|colleagues|workers|members\s+of\s+staff)\s+"
    r"(?P<aux>did|have|has|will)\s+(?P<subj>you|we|it|the\s+company|(?-i:[A-Z][\w&.'+-]*(?:\s+[A-Z][\w&.'+-]*){0,3}))\s+(?P<verb>[^?]+)\?$")
_YES = lazy(r"(?i)^(?:(?:sadly|unfortunately|regrettably|yes\s+and\s+no(?P<hedge>))[,\s]+)?(?:yes|yeah|yep|correct|that's\s+right|"
                  # (an answer's own verb alone: "It did, on Friday", not "It is a question we get a lot")
                  r"(?:it|we|they|he|she)\s+(?:did|has|have|is|are|was|were|will)(?=\s*(?:[,.!:;\u2014\u2013-]|$)))\b"
                  r"[\s,.!:;\u2014\u2013-]*(?P<more>.*)$", re.S)
_COUNT_ANSWER = lazy(r"(?i)^(?P<n>(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:\d[\d,]*|" + NUMBER_WORD + r")"
                           r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\b(?P<more>.*)$", re.S)
_OWN_SENTENCE = lazy(r"(?-i:[A-Z])[\w'-]*\s+(?:[\w$\u00a3\u20ac%,.'-]+\s+){2,}")  # four words or more, capitalised
_ANSWER_DATE = lazy(r"(?i)(?:back\s+)?(?:in|during)\s+(?:(?:early|late|mid|the\s+spring\s+of|the\s+summer\s+of|"
                          r"the\s+autumn\s+of|the\s+fall\s+of|the\s+winter\s+of|[a-z]+)\s+)?(?:19|20)\d\d\b")
_DATES_IT = lazy(r"(?i)\b(?:19|20)\d\d\b|\bago\b|\blast\s+year\b")
_NOT_AN_ANSWER = lazy(r"(?i)^(?:no|nope|not|never|nobody|no\s+one|none|we\s+(?:can't|cannot|don't)|it\s+depends|maybe|"
                            r"we'll\s+see|not\s+yet)\b")
_PAST = {"lay": "laid", "let": "let", "cut": "cut", "sell": "sold", "buy": "bought", "shut": "shut", "make": "made", "get": "got",
         "take": "took", "lose": "lost", "go": "went", "have": "had", "do": "did", "raise": "raised", "close": "closed",
         "put": "put", "find": "found", "pay": "paid", "give": "gave", "stop": "stopped", "drop": "dropped"}


def _past(verb: str) -> str:
    word = verb.lower()
    if word in _PAST:
        return _PAST[word]
    if word.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", word):
        return verb[:-1] + "ied"
    return verb + "ed"


def _stated(question: str, answer: str, name: CompanyName | None = None) -> str | None:
    """The statement an answer makes of its question, or None."""
    question, answer = question.strip(), answer.strip()
    if not answer or _NOT_AN_ANSWER.match(answer) or answer.endswith("?"):
        return None
    # (the question as the reader sees it, the company's name one capitalised word; its words are taken as written)
    m = _INVERTED.match(name.reader_form(question) if name is not None else question)
    yes = _YES.match(answer)
    if m and yes and yes.group("hedge") is None:
        said = question[m.start("subj"):m.end("subj")]
        subject = "we" if said.lower() == "you" else said  # ("Are you closing?" -> "we are closing")
        aux, rest = m.group("aux").lower(), question[m.start("rest"):m.end("rest")].strip()
        true = re.match(r"(?i)true\s+(?:that\s+)?(?P<clause>.+)$", rest) if m.group("subj").lower() == "it" and aux in {"is", "was"} else None
        if true:  # "Is it true you had layoffs?" -> "we had layoffs"
            told = re.sub(r"(?i)^you\b", "we", re.sub(r"(?i)\byour\b", "our", true.group("clause")))
        elif aux == "did":
            # (an adverb before the verb stays before it: "Did Kittiwake just raise money?" -> "Kittiwake just raised money")
            adverb = re.match(r"(?i)(?:just|really|actually|recently|finally|already|ever)\s+", rest)
            lead, rest = (adverb.group(), rest[adverb.end():]) if adverb else ("", rest)
            first, _, tail = rest.partition(" ")
            told = f"{subject} {lead}{_past(first)} {tail}".rstrip()
        elif aux in {"do", "does"}:
            told = f"{subject} {rest}"
        else:
            if subject.lower() == "we":
                aux = {"is": "are", "was": "were", "has": "have"}.get(aux, aux)
            told = f"{subject} {aux} {rest}"
        more = yes.group("more").strip()
        dated = _ANSWER_DATE.match(more)
        if dated:  # "Yes, in 2025 we reduced the team by eight": the answer's date is the statement's, "X laid people off in 2025"
            told, more = f"{told} {dated.group().strip()}", more[dated.end():].lstrip(" ,;")
        # (what the answer goes on with: a time or a count after a comma, "Yes, in October"; a sentence of its own after a
        # full stop, "We have. Our owners accepted an offer from Tarrant Foods")
        # (not where it dates the news: "Yes. We closed it in March 2024" keeps its year with the statement)
        joint = ". " if _OWN_SENTENCE.match(more) and not _DATES_IT.search(more) else ", "
        return (told[:1].upper() + told[1:] + (f"{joint}{more}" if more else "")).rstrip(".") + "."
    m = _WHO.match(question)
    if m:
        who = re.match(r"(?P<np>[A-Z][^.,;!?\u2014\u2013]{1,60})(?P<more>.*)$", answer, re.S)
        if who and not re.match(r"(?i)(?:we|it|they|yes|no|nobody|none|our)\b", who.group("np")):
            return f"{who.group('np').strip()} {m.group('rest').strip()}{who.group('more').rstrip('.')}."
        return None
    if m is None and yes and yes.group("hedge") is None and _DECLARATIVE_QUESTION.match(question):
        # a statement asked back and confirmed: "And the seed round closed on Friday?" - "Yes, Friday." -> "The seed round
        # closed on Friday." ("you" is the company: "You're closing the shop?" - "Yes." -> "We're closing the shop.")
        told = re.sub(r"(?i)^(?:and|so|but)\s+", "", question.rstrip("?").strip())
        told = re.sub(r"(?i)\byou(?:['\u2019](?:ve|re))?\b|\byour\b", lambda w: _YOU_AS_WE.get(w.group().lower(), w.group()), told)
        return told[:1].upper() + told[1:] + "."
    m = _EVENT_ASKED.match(question)
    told = _EVENT_TOLD.match(answer) if m else None
    if told:  # "And the Series D?" - "Closed in October. $120 million." -> "The Series D closed in October. $120 million."
        event = re.sub(r"(?i)^your\b", "our", m.group("np"))
        pred = told.group("pred")
        return f"{event[:1].upper()}{event[1:]} {pred[:1].lower()}{pred[1:].rstrip('.')}."
    m = _HOW_MANY.match(question)
    count = _COUNT_ANSWER.match(answer)
    if m and count:
        subject = {"you": "We", "it": "It"}.get(m.group("subj").lower(), m.group("subj"))
        first, _, tail = m.group("verb").strip().partition(" ")
        verb = (_past(first) if m.group("aux").lower() == "did" else f"{m.group('aux').lower()} {first}") + (f" {tail}" if tail else "")
        return f"{subject} {verb} {count.group('n')} {m.group('noun')}{count.group('more').rstrip('.')}."
    return None


# A question that names the event alone, and an answer that tells its predicate alone ("And the Series D?" - "Closed in
# October. $120 million."; "Your seed round?" - "It closed last week")
_EVENT_ASKED = lazy(r"(?i)^(?:(?:and|so|but|what\s+about|how\s+about|any\s+news\s+on)\s+)?(?P<np>(?:the|your|this|that)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?:round|seed(?:\s+round)?|series\s+[a-h](?:-\d)?|raise|fundraise|deal|sale|acquisition|"
                    r"takeover|merger))\s*\?$")
_EVENT_TOLD = lazy(r"(?i)^(?:(?:yes|yeah|yep)\s*[,.!\u2014-]*\s*)?(?:(?:it|that)(?:\s+has|'s|\u2019s)?\s+)?"
                   r"(?P<pred>(?:closed|completed|signed\s+and\s+closed|went\s+through)\b.*)$", re.S)
# a question told as a statement, its verb after its subject: "And the seed round closed on Friday?", "You're closing the
# shop?" (not one that opens with a question word or an auxiliary)
_DECLARATIVE_QUESTION = lazy(
    r"(?i)^(?!(?:who|what|when|where|why|how|which|whose|is|are|was|were|has|have|had|will|would|can|could|should|did|does|do|"
    r"shall|may|might|isn't|aren't|wasn't|didn't|doesn't|don't|won't|haven't|hasn't)\b)(?:(?:and|so|but)\s+)?"
    r"(?P<subject>(?:the|our|your|you|we|it)\b[^?]{0,80}?)\s+(?:(?:has|have|had|is|are|was|were|'s|'re|\u2019s|\u2019re)\s+)?"
    r"(?:\w+ly\s+)?(?:closed|raised|sold|acquired|bought|merged|shut|closing|shutting|selling|laid|cut|cutting|made|let|"
    r"joined|agreed|signed|wound|winding)\b[^?]*\?$")
# a speaker's label before what they say, in a transcript: "INTERVIEWER:", "SHEARWATER CEO:", "MEI:", "A (Hal, founder):",
# "**Q:**" (not "Yes:" nor "No:")
_SPEAKER_LABEL = lazy(r"^\W*(?:\[[^\]]{0,20}\]\s*)?(?!(?i:yes|no|yeah|nope|update|note)\b)(?:[A-Z][A-Z0-9.'&-]*(?:\s+[A-Z][A-Z0-9.'&-]*){0,3}|"
                      r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s*\([^)]{0,60}\))?\s*:\**\s+")


def _labelled(line: str) -> tuple[str, str]:
    """The line's speaker's label (``_SPEAKER_LABEL``; "" where it has none) and what the speaker says."""
    m = _SPEAKER_LABEL.match(line) if ":" in line[:80] else None
    return (m.group(), line[m.end():]) if m else ("", line)


# a label that says the speaker is another company's: a guest, or someone "of", "at" or "from" a named firm ("GUEST (Priya
# Nand, CEO of Halcyon Freight):")
_OTHERS_SPEAKER = lazy(r"\bguest\b|\b(?:of|at|from)\s+(?P<firm>(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z])[\w&.'-]*){0,3})", re.I)


def _others_speaker(label: str, name: CompanyName | None) -> bool:
    """A speaker's label that tells another company's speaker (not one of the company's, named by its name)."""
    return any(found.group("firm") is None or name is None or not name.matches(found.group("firm"))
               for found in _OTHERS_SPEAKER.finditer(label))


def qa_lines(lines: list[str], name: CompanyName | None = None) -> list[str]:
    """``lines`` with each answered question's statement (``_stated``) read after the question's line: a question and its
    answer on one line ("Q: Is Lumen closing? A: Yes. ...") or the answer on one of the two lines after it. With the
    company's ``name``, its name is the question's subject whatever its shape ("Did dot.systems raise a seed?")."""
    read: list[str] = []
    for index, line in enumerate(lines):
        read.append(line)
        m = _QUESTION_MARK.match(_labelled(line.strip())[1]) if "?" in line else None
        if m is None:
            continue
        answer = m.group("rest")
        if not answer.strip():
            answer = next((later for later in lines[index + 1:index + 3] if later.strip()), "")
        label, said = _labelled(answer.strip())
        if _others_speaker(label, name):
            continue  # a guest's answer tells the guest's company's news
        a = _ANSWER_MARK.match(said)
        stated = _stated(m.group("q").rstrip("?").strip() + "?", a.group("a"), name) if a else None
        if stated:
            read.append(stated)
    return read


# A state a sentence takes as known, told in its "now that" clause ("What happens to my account now that Raiseworks is part of
# Givewell Cloud?", "Now that Parcelr is part of ShipCo, your account stays", "Is my price going up now that you've raised
# money?"): the clause read as a statement of its own; in a question put to the company, "you" is the company.
_NOW_THAT = lazy(r"(?i)\bnow\s+that\s+(?P<clause>[^?,;.!]{6,140}?)\s*(?=[?,;.!]|$)")
_YOU_AS_WE = {"you": "we", "you've": "we've", "you're": "we're", "your": "our", "you\u2019ve": "we\u2019ve", "you\u2019re": "we\u2019re"}


def presupposed_lines(lines: list[str]) -> list[str]:
    """``lines`` with each "now that" clause read after its line as a statement."""
    read: list[str] = []
    for line in lines:
        read.append(line)
        for m in _NOW_THAT.finditer(line) if "now that" in line.lower() else ():
            clause = m.group("clause").strip()
            if "?" in line[m.end():m.end() + 2] or line.rstrip().endswith("?"):
                clause = re.sub(r"(?i)\byou(?:['\u2019](?:ve|re))?\b|\byour\b",
                                lambda w: _YOU_AS_WE.get(w.group().lower(), w.group()), clause)
            read.append(clause[:1].upper() + clause[1:] + ".")
    return read


def _split_lower(line: str) -> str:
    """Line breaks where a lower-case line's sentences end, unless the word is an abbreviation."""
    def cut(m: re.Match[str]) -> str:
        word = _LAST_WORD.search(line[:m.start()] + ".")
        last = word.group(1).rstrip(".").lower() if word else ""
        return m.group() if last in _ABBREVIATIONS or "." in last else ".\n"
    return _LOWER_START.sub(cut, line)


def _chunks(sentence: str) -> list[str]:
    """Bound the work on run-on 'sentences' (minified text, lists without punctuation)."""
    if len(sentence) <= _MAX_SENTENCE:
        return [sentence]
    pieces, rest = [], sentence
    while len(rest) > _MAX_SENTENCE:
        cut = rest.rfind(" ", 0, _MAX_SENTENCE)
        cut = cut if cut > _MAX_SENTENCE // 2 else _MAX_SENTENCE
        pieces.append(rest[:cut].strip())
        rest = rest[cut:]
    pieces.append(rest.strip())
    return pieces


@dataclass(frozen=True)
class Sentence:
    """A sentence as the detectors read it: quotes and dashes folded, stock phrases blanked.

    ``text`` keeps the original characters (for the evidence); ``plain`` has the same length
    with typographic quotes folded; ``masked`` also has stock phrases ("talent acquisition")
    replaced by spaces, so no trigger can match inside them.
    """

    text: str
    plain: str
    masked: str

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(" \"'\u201d\u2019)").endswith("?")


def _unaccented(char: str) -> str:
    """A Latin letter without its accents ("\u00e9" -> "e", "\u1ea1" -> "a"), when it has a base letter of its own; else itself."""
    parts = unicodedata.normalize("NFD", char)
    return parts[0] if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha() else char


# Letters with accents read without them, one for one ("Caf\u00e9" is "Cafe", "Sen V\u00e0ng" is "Sen Vang"; see
# ``CompanyName``), and typographic quotes, dashes and spaces as plain ones
_ACCENTED = {chr(code): _unaccented(chr(code)) for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
             if _unaccented(chr(code)) != chr(code)}
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-",
                       "\u2013": "-", "\u00a0": " ", "\u2011": "-", "\u2010": "-", **_ACCENTED})
_ACCENTS = str.maketrans(_ACCENTED)


def unaccented(text: str) -> str:
    """``text`` with its letters' accents dropped, as names are read ("P\u00e1lava" -> "Palava")."""
    return text.translate(_ACCENTS)


# "Acme, Inc. has been acquired": the comma before a legal suffix does not end the name (a space
# keeps every offset the same).
_LEGAL_COMMA = lazy(
    r",(?=\s*(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Co|GmbH|AG|S\.A|SA|SAS|B\.V|BV|N\.V|NV|PLC|plc|"
    r"Pty|Pte|Oy|AB|AS|ApS|SRL|SpA|KK|LP|LLP)\b\.?)"
)


def make_sentence(text: str, stock: re.Pattern[str]) -> Sentence:
    plain = text.translate(_FOLD)
    if not plain.isascii() and _EMOJI.search(plain):
        plain = _EMOJI_AS_MARK.sub(_emoji_mark, plain)
    if "," in plain:
        plain = _LEGAL_COMMA.sub(" ", plain)
    if "." in plain or "-" in plain:
        # a legal form of several words read as one word, at the same length: "Polmet Sp.z.o.o.  is ..."
        plain = CompanyName._MULTIWORD_LEGAL.sub(lambda m: re.sub(r"\s+", "", m.group()).ljust(len(m.group())), plain)
    if "than" in plain:
        # a count's lower bound, which still says it happened, read as the bound the readers know, at the same length:
        # "no fewer than 40 people lost their jobs" is "more than 40 people ..." (not a negation)
        plain = _LOWER_BOUND.sub(lambda m: ("More" if m.group()[0].isupper() else "more").ljust(len(m.group()) - 5) + " than ", plain)
    masked = stock.sub(lambda m: " " * len(m.group()), plain)
    return Sentence(text=text, plain=plain, masked=masked)


_LOWER_BOUND = lazy(r"\b(?:no|not)\s+(?:fewer|less)\s+than\s", re.I)


# --- tokens and phrases ----------------------------------------------------------------------

# (a colon inside a name is part of it: "Re:Form Studio")
_TOKEN = lazy(r"[\w$\u20ac\u00a3\u00a5\u20b9][\w'.&$\u20ac\u00a3\u00a5\u20b9%+/@-]*(?::(?=[A-Za-z])[\w'.&%+/-]+)*"
                    r"|[,;:()\[\]\"]|(?<!\w)-(?!\w)|" + _EMOJI_RUN)
_PUNCT = frozenset(",;:()[]\"-")
_EMOJI = lazy(f"[{EMOJI_CHARS}]")


def tokens(text: str) -> list[str]:
    found = _TOKEN.findall(text)
    if text.isascii() or not _EMOJI.search(text):
        return found
    out = []
    for i, token in enumerate(found):
        if not _EMOJI.match(token):
            out.append(token)
            continue
        after = found[i + 1] if i + 1 < len(found) else ""
        # An emoji after a name, before lower-case words that are not the name's verb, ends the phrase as a semicolon
        # would ("now part of Godavari Infotech \U0001f499 grateful for 9 years"); elsewhere it is no word ("Saltleaf \u2605
        # has closed", "is joining \u2764\ufe0f Globex")
        if after[:1].islower() and after.lower() not in _AUX_AFTER and not after.lower().endswith("ed"):
            out.append(";")
    return out


# An emoji where a mark would stand, with the spaces before it: read as that mark, at the same length (see ``_emoji_mark``)
_EMOJI_AS_MARK = lazy(r"\s*" + _EMOJI_RUN)
_WORD_AFTER = lazy(r"\s*([\w']*)")


def _emoji_mark(m: re.Match[str]) -> str:
    """An emoji closing a sentence is its full stop ("Tickety Boo Tours is folding \U0001f622"); before a word that opens
    a clause, a semicolon ("is folding \U0001f622 no more bookings"); before an amount, a capitalised word or a word that goes
    on with the clause, no word ("we raised \U0001f964 $2.2m", "is joining \u2764\ufe0f Globex"); before other lower-case
    words it stays ("Acme closed \U0001f389 the sale of its Leeds office" keeps its object)."""
    size = len(m.group())
    rest = m.string[m.end():].lstrip()
    word = _WORD_AFTER.match(rest).group(1).lower()
    if not rest:
        mark = "." if m.start() > 0 and m.string[m.start() - 1].isalnum() else " "
    elif word in _OPENS_A_CLAUSE and not (word in {"its", "it's", "it"}
                                          and _WORD_AFTER.match(rest, len(word)).group(1).lower() not in _ITS_CLAUSE):
        mark = ";"  # ("mango mail is closing \U0001f622 its been a fun ride"; not "closed \U0001f389 its best year ever")
    elif rest[:1].islower() and word not in _GOES_ON:
        return m.group()  # (before other lower-case words it may stand in a clause: ``tokens`` reads it there)
    else:
        mark = " "
    return mark + " " * (size - 1)


# lower-case words that open a clause of their own after an emoji ("mango mail is closing \U0001f622 its been a fun ride",
# "is folding \U0001f622 no more bookings"), and words that go on with the clause before it ("$2.4M seed \U0001f389 led by")
_OPENS_A_CLAUSE = frozenset("""
no its it's it we we're we've we'll i i'm i've thank thanks so sorry pls please everything deal us you y'all cheers
love see bye gutted sad rip
""".split())
_GOES_ON = frozenset("led backed funded with from".split())
# what "its"/"it" opens a clause with ("its been a fun ride", "it's official"; not "its best year ever")
_ITS_CLAUSE = frozenset("been was is has not over done official true time".split())


_MARK = lazy(r"(?<=\w)[+@!/](?=\w)")
_NAME_COMMA = lazy(r"(?<=\w),(?=\s+\w)")
# a name written as capitalised words ("Acme", "Tin Can Radio", "Acme2", "Rolls-Royce", "O'Neill Labs"), which every rule's
# name pattern takes; anything else is read through a stand-in (``CompanyName.reader_form``)
_PLAIN_SHAPE = lazy(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")
_ODD_MARK = lazy(r"[^\w\s'-]|\d|\sand\s", re.I)
_STAND_IN = "Qzq"
_NEXT_WORD = lazy(r"[ \t]+(?P<word>[\w.]+)")
_STAND_IN_PATTERN = lazy(r"(?<![\w.-])" + _STAND_IN + r"z*(?![\w-])", re.I)
_AUX_AFTER = frozenset("has have had is are was were will would can could 's now just also officially".split())


def base(token: str) -> str:
    """The word without a trailing dot, a contraction or a possessive: We've -> We."""
    word = token.rstrip(".")
    for suffix in ("'ve", "'re", "'ll", "'d", "'m", "'s", "s'"):
        if word.lower().endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)] + ("s" if suffix == "s'" else "")
    return word


# Skipped walking back from a verb to its subject: auxiliaries, modal-free adverbs, control
# verbs ("decided to", "has agreed to be", "is set to").
_SKIP_BACK = frozenset("""
has have had is are was were be been being will would shall am do does did get gets got getting to
now officially formally also today just finally recently successfully proudly soon already
ultimately unfortunately sadly reluctantly regretfully agreed agrees agree decided decides decide
plans plan planning planned going set about intends intend intended expects expected expect hope
hopes chosen chose choose forced needs need needed must currently quietly subsequently eventually
therefore thus then once again still effectively voluntarily gradually temporarily permanently
formally publicly reportedly since later earlier hereby happily excitedly thrilled excited proud
pleased delighted glad happy announce announced announces announcing share shares shared sharing
confirm confirms confirmed confirming report reports reported say says said week month year
this last yesterday tonight morning afternoon evening continue continues continued remain remains
remained operate operates voted votes resolved resolves begun began begin begins started starting understood
""".split())
_DETERMINERS = frozenset(
    "the a an this that these those our its their your his her my all every each some many most "
    "several other another any both".split()
)
_FIRST_PLURAL = frozenset({"we", "us", "ourselves"})
_FIRST_SINGULAR = frozenset({"i", "me", "my", "myself"})
_SECOND = frozenset({"you", "your", "yours", "yourself", "yourselves", "u"})
_OTHER_PRONOUNS = frozenset(
    "they them he him she her others everyone someone anyone somebody anybody many most some few "
    "several everybody who whoever".split()
)
# "the company", "the business", "the firm", "the startup": the company itself, whoever's page it is on
FIRM_WORDS = frozenset({"company", "business", "firm", "startup"})
_THE_FIRM = r"the\s+(?:" + "|".join(sorted(FIRM_WORDS)) + r")"
# Nouns that stand for the company itself when owned by "our"/"the"/"this".
SELF_NOUNS = frozenset(
    "company business startup start-up team firm organisation organization service services "
    "platform product app application brand group site website studio agency venture operations "
    "doors board".split()
)
# What a business of one site is, said by the business itself: "The practice closed on 28 February", "the hotel will
# not reopen", "the brickworks". With "the", "our" or "this" and nothing else, the company (a shop or a studio may be
# one of several, and is not here).
VENUE_NOUNS = frozenset(
    "practice surgery clinic hotel hostel inn pub tavern bakery brewery distillery creamery dairy school nursery academy "
    "farm mill garage salon gallery restaurant cafe café bistro deli diner roastery brickworks quarry park taproom "
    "pottery smokehouse campsite gym cinema theatre workshop press bar".split())
# The word of its line of business a name of three words or more may end in, and be called without ("Holm Oak Homes" is
# "Holm Oak"; see ``CompanyName._read``)
_NAME_TAILS = frozenset("""homes robotics labs lab analytics media software health energy foods systems games apps data ai
tech technologies digital studios interactive networks solutions maps pay payments logistics mobility learning security
cloud bio biotech therapeutics works""".split())
# Last words of a name that say no trade of one business: "Harlow Group", "Acme Holdings", "Kestrel Partners", "Acme Labs"
_NOT_TRADE_NOUNS = frozenset("group groups holdings holding partners company companies ventures capital global international "
                             "industries enterprises solutions systems technologies technology tech labs works worldwide".split())
# Words that make such a noun another company: "our parent company", "its sister business", "our partner agency"
_RELATED_FIRMS = frozenset("parent sister holding partner client customer portfolio former previous acquiring rival "
                           "competitor daughter".split())
# Heads that name other people or things even when capitalised at the start of a sentence.
GENERIC_HEADS = frozenset("""
customers clients users startups start-ups companies founders teams businesses brands competitors
others fintechs retailers data images files signals skills sensors employees workers people
members partners investors creators merchants sellers developers organisations organizations
enterprises firms industry industries markets sector giants players rivals peers unicorns tech
agencies banks lenders vendors suppliers buyers shoppers patients doctors students schools
governments countries economy world media press analysts experts many most several thousands
hundreds dozens millions
""".split())
_STOP = frozenset("""
of in on at for with from by to into about after before since than as when while if because
announced announces said says and or but so nor that which who whom whose where what how why
is are was were be been being has have had will would can could should may might must do does did
""".split())
# Words that end an object phrase walking forward.
_OBJECT_STOP = frozenset("""
on at in by after before from with to for as effective starting beginning today tomorrow
permanently completely entirely outright soon later next within following because due amid while and or
but so than until when once over across through throughout around forever immediately gradually
shortly now officially is are was were will has have had can could would should may might that
which who where this due, since per via into during under pending subject upon without alongside together
""".split()) - {"this"}


@dataclass(frozen=True)
class Phrase:
    """A noun phrase found next to a trigger, and what it refers to.

    kind: "self" (we / our company / the company's name), "it", "self_noun" ("the service"),
    "entity" (a capitalised name that is not the company's), "generic" (customers, data...),
    "other" (they, he, many...), "second" (you/your), "first_singular" (I), "unknown" (none).
    """

    kind: str
    text: str = ""
    head: str = ""

    @property
    def words(self) -> list[str]:
        return [base(token).lower() for token in tokens(self.text)]


class CompanyName:
    """Tolerant matching of a company's name: case, punctuation and legal suffixes ignored.

    Matched against text as written (never against noise-masked text, where "1Password" would
    read "0password"). Digits are part of a name ("Acme2" is not "Acme", "8x8" is one word);
    a name that is a domain ("Acme.io") is also called by its stem, unless the stem is too
    short to be a name on its own ("X.ai" stays "X.ai": "X-ray" is not the company).
    """

    _LEGAL = frozenset(
        "inc incorporated llc l.l.c ltd limited corp corporation co company gmbh ag sa sas sarl bv "
        "nv plc pty pte pvt private sro sdn bhd oy oyj ab as asa aps srl spa kk lp llp ug the "
        # (Turkish, Egyptian, Vietnamese, Latin American, South African, Swedish, Hungarian, Balkan, Spanish, European)
        "aş sae jsc ltda cc publ kft zrt doo sl se kg spzoo sadecv sapidecv wll fzllc fzco dmcc eg e.v kgaa gbr ohg e.k "
        # (Portuguese, Estonian, Latvian, Lithuanian, Macedonian, Turkish, Peruvian, Welsh, British community, Dutch, Belgian,
        # Icelandic, Hungarian, Russian, Ukrainian, French, Spanish, Swiss, Finnish, Indonesian)
        "lda oü sia uab dooel şti sac cyf cic ua bvba cvba vof ehf hf nyrt bt ooo tov pjsc eurl sasu snc scrl slu sau "
        "sagl mbh ky tbk".split()
    )
    # Legal forms written before the name ("UAB Vilniaus Spaustuvė", "PT Sinar Jaya", "SIA Rīgas Maiznīca")
    _LEGAL_FIRST = frozenset("uab sia pt ooo tov".split())
    # First words too common to stand for the company on their own.
    _WEAK_FIRST = frozenset(
        "the labs technologies tech systems software health data ai cloud group global solutions "
        "digital robotics analytics media studio studios ventures capital bio therapeutics networks "
        "security energy foods games app apps hq io open smart blue green red black white new my "
        "get go one first best big little good true next super hyper meta".split()
    )

    # Words a company adds to its name in formal text: "Vantage Point Technologies" is Vantage Point
    _CORPORATE = frozenset(
        "technologies technology systems solutions labs laboratories holdings holding group international "
        "industries enterprises worldwide software".split())

    _TLD = lazy(r"\.(?:io|ai|com|co|app|so|dev|fm|net|org|xyz|tech|cloud|me|ly|sh|gg|to|us|uk|de|eu)$", re.I)
    _MIN_STEM = 3  # letters a stem needs to stand for the company without its ".ai"
    # (a country's second level too: "Mkate.co.ke", "Zuri.com.ng"; an ending with a capital: "Cloudy.Chat")
    _DOMAIN_SHAPED = lazy(r"[A-Za-z0-9][\w-]*(?:\.(?:co|com|org|net|ac|or|ne|gov))?\.[a-zA-Z][a-z]{1,11}")

    _DIGITS = {word: str(number) for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split())}
    _MULTIWORD_LEGAL = lazy(r"\bsp\.?\s*z\s*o\.?\s*o\b\.?|\bs\.?\s?a\.?\s?(?:p\.?\s?i\.?\s?)?de\s+c\.?\s?v\b\.?|\bfz[\s-]llc\b|"
                                  r"\bw\.l\.l\b\.?", re.I)

    def __init__(self, name: str | None) -> None:
        self._read(name)
        if self.odd_shape and self.patterns:
            self.patterns.append(_STAND_IN_PATTERN)  # the name as ``reader_form`` writes it

    def _read(self, name: str | None) -> None:
        name = (name or "").strip()
        # (its legal form aside: "Parsnip.app Ltd" is called "Parsnip" too)
        parts = name.split()
        while len(parts) > 1 and parts[-1].casefold().strip(".,") in self._LEGAL:
            parts.pop()
        bare = " ".join(parts).rstrip(",")
        stem = self._TLD.sub("", bare)  # "Acme.io" is called "Acme" in its own text
        domain = bare.casefold() if stem != bare else ""
        stem = stem if domain else name
        capital_stem = ""
        if not domain and self._DOMAIN_SHAPED.fullmatch(name):
            # "beacon.health", "q.bit", "deep.green": a name written as a domain is written so in its
            # text; its stem may be a plain word ("deep"), so only the whole name stands for it, unless the name writes
            # its stem with a capital: "Waffle.chat" is "Waffle", "TaxiTaxi.ng" "TaxiTaxi" in its text where the word has
            # its capital and no other name goes on from it ("Sunday Bank" is not Sunday.chat)
            domain, stem = name.casefold(), ""
            head = name.split(".")[0]
            capital_stem = head if head[:1].isupper() and len(head) >= 4 and head.replace("-", "").isalnum() else ""
        # a mark inside the name that no rule reads as part of a name ("Bramble+Bee", "K@sa", "Go!Taxi", "Sixty/40"): the
        # reader sees it as "&" (see ``plain_name``)
        # ("Hobbs, Rae & Farrow": a comma between the words of a name reads as a clause's break; the reader sees a space)
        self.odd_marks = bool(_MARK.search(name) or _NAME_COMMA.search(bare))
        # a name no rule's capitalised-word pattern takes ("dot.systems", "4Sight", "Orbit 3", "Kelp & Coral", "X.ai"): the
        # reader sees each of its occurrences as one capitalised word of the same length (see ``reader_form``)
        self.odd_shape = bool(bare) and not _PLAIN_SHAPE.fullmatch(bare)
        self.lower_first = bare[:1].islower()
        dotted = self._words(stem, keep_dots=True)
        words = [word.replace(".", "") for word in dotted]
        start, end = 0, len(words)
        # (a legal form is a word of its own: "K@sa" is not "K" S.A.)
        while end > start and words[end - 1] in self._LEGAL and len(stem.split()) > 1:
            end -= 1
        while start < end and (words[start] == "the" or (
                # (two words left, the first a name's: "PT Health Clinic" stays whole)
                words[start] in self._LEGAL_FIRST and end - start > 2 and words[start + 1] not in self._WEAK_FIRST | self._CORPORATE)):
            start += 1
        core = words[start:end]
        self.core = core or words
        # initials written with dots are written with or without them: "K.O. Boxing Club", "KO Boxing Club"
        spelled = {word: r"\.?".join(re.escape(char) for char in word) for word, written in zip(words, dotted, strict=True)
                   if "." in written and re.fullmatch(r"\w(?:\.\w)+", written)}
        # the name says what the business is ("Linnet Bakery", "Orwell Dental"): "the bakery" may stand for it
        self.says_trade = bool(set(self.core) & (VENUE_NOUNS | self._TRADE))
        # the word of its name that says what the business is, the last of two or more ("Tidemark Foundry", "Flintlock
        # Pharmacy", "Lightwell Bookshop"): "the foundry", "our pharmacy" stand for the company, as "the bakery" does for a
        # bakery (not a word every firm's name may end in: "Harlow Group", "Kestrel Partners")
        self.trade_noun = self.core[-1] if len(self.core) >= 2 and len(self.core[-1]) >= 4 and self.core[-1].isalpha() \
            and self.core[-1] not in self._CORPORATE | self._LEGAL | _NOT_TRADE_NOUNS else ""
        self.patterns: list[re.Pattern[str]] = []
        if domain:
            self.patterns.append(re.compile(r"(?<![\w.-])" + re.escape(domain) + r"(?![\w-]|\.\w)", re.I))
            if capital_stem:
                self.patterns.append(re.compile(r"(?<![\w.-])" + re.escape(capital_stem[0]) + r"(?i:" + re.escape(capital_stem[1:])
                                                + r")(?![\w-]|\.\w)(?![ \t]+(?:&\s+)?[A-Z])"))
            if len("".join(self.core)) < self._MIN_STEM:
                return
        if self.core:
            # "Lumen & Oak", "Lumen and Oak", "LumenOak"; a hyphen glued to a short name is a
            # compound word ("X-ray"), not the company
            joiner = r"(?:[\W_]+and[\W_]+|[\W_]*)"
            right = r"(?![\w]|-\w)" if len("".join(self.core)) < self._MIN_STEM else r"\b"
            # (a number's leading zeros aside: "Startup 001" is "Startup 1")
            # (a name of one short word keeps its accents: its base letters spell a common word, "Ân" is not "An")
            loosen = _either_accent if len(self.core) > 1 or len(self.core[0]) > 3 else re.escape
            parts = [r"0*" + str(int(word)) if re.fullmatch(r"[0-9]+", word) else spelled.get(word, loosen(word))
                     for word in self.core]
            self.patterns.append(re.compile(r"(?<!\w)" + joiner.join(parts) + right, re.I))
            if len(self.core) > 1 and any(word in self._DIGITS for word in self.core):
                # "Two Rivers Taxis" is written "2Rivers Taxis" too (the digit glued to the next word: not "Level 1
                # Medical Centre" for One Medical)
                glued = self._DIGITS.get(self.core[0], re.escape(self.core[0]))
                for before, word in zip(self.core, self.core[1:]):
                    glued += (r"-?" if before in self._DIGITS else r"[\W_]*") + self._DIGITS.get(word, re.escape(word))
                self.patterns.append(re.compile(r"(?<![\w.-])" + glued + right, re.I))
            if len(self.core) > 1:
                self.patterns.append(re.compile(r"\b" + _either_accent("".join(self.core)) + r"\b", re.I))
                first = self.core[0]
                if len(first) >= 4 and first not in self._WEAK_FIRST and not first.isdigit() and (
                        not all(re.fullmatch(r"\d+\w?", word) for word in self.core[1:])
                        or re.match(r"[A-Z]?[a-z]+[A-Z]", stem)):
                    # (not "Radio" for "Radio 88", "Kiln" for "Kiln 9": there the number is the name; but "FitFactory"
                    # for "FitFactory 24/7")
                    # a trade ("Brouwerij De Kat", "Gallery Nine Media") is the company as "the brouwerij" or with its own
                    # next word, not where another name follows it ("acquired by Brouwerij Haverbeke")
                    # (its own next word past an article: "Hotel La Torre" is not "Hotel La Perla")
                    own = next((index for index, word in enumerate(self.core[1:], 1) if word not in self._ARTICLES), 1)
                    other = (r"(?:(?=[\W_]+" + r"[\W_]+".join(map(re.escape, self.core[1:own + 1])) + r"\b)|(?![\W_]+(?-i:[A-Z])))"
                             if first in self._ANY_TRADE else "")
                    self.patterns.append(re.compile(r"\b" + _either_accent(first) + r"\b" + other, re.I))
            hyphened = re.fullmatch(r"([^\W\d_]{2,})-([^\W\d_]{2,})", stem.split()[0]) if len(stem.split()) > 1 else None
            if hyphened and hyphened.group(0).casefold() not in {"co-op", "re-use", "e-mail"} \
                    and len(self.core) > 2 and self.core[0] == hyphened.group(1).casefold():
                # a first word made of two joined by a hyphen stands for the company as its first word does: "Pi-Labs" for
                # Pi-Labs Robotics, "Rolls-Royce" for Rolls-Royce Holdings
                # (written as the name writes it, and not heading another name: "Low-code platform Bubble", "Hi-Fi
                # Klubben", "Rolls-Royce Motor Cars" are others)
                self.patterns.append(re.compile(r"(?<![\w.-])(?:" + re.escape(hyphened.group(0)) + "|" + re.escape(hyphened.group(0).upper())
                                                + r")(?![\w]|-\w)(?![ \t]+[A-Z])"))
            for word in re.findall(r"\w+(?:\.\w+)+", stem):
                if not re.fullmatch(r"\w(?:\.\w)+", word):
                    # "Velo.Fix" is written so in its text, not only "VeloFix"
                    self.patterns.append(re.compile(r"(?<![\w.])" + re.escape(word) + r"(?![\w-]|\.\w)", re.I))
            for called in self._after_trade((stem if domain else bare).split()):
                # "Brouwerij De Kat" is "De Kat" in its text, "H\u00f4tel Les Tilleuls" "Les Tilleuls" or "the Tilleuls": the name
                # after the trade it opens with, written with its capitals (the trade word alone is any brewery's), and not the
                # first words of a longer name ("Hotel Royal" is not "Royal Mail")
                self.patterns.append(_as_written(called))
            if len(self.core) >= 3 and self.core[-1] in _NAME_TAILS and not domain:
                # "Holm Oak Homes" is "Holm Oak", "Far Sawrey Labs" "Far Sawrey" in its own text: a name of three words
                # or more without the word of its line of business that ends it, written with its capitals, and not the
                # first words of a longer name ("Holm Oak Estates")
                told = bare.split()[:-1]
                if len(told) >= 2 and all(part[:1].isupper() or part[:1].isdigit() for part in told):
                    self.patterns.append(_as_written(told))
            short = self._without_trade(stem)
            initials = re.match(r"(?:[A-Z]{1,3}\s*[&+]\s*[A-Z]{1,3})(?=\s)", stem)
            if not short and initials and len(stem.split()) > 1:
                short = initials.group()  # "P&J Scaffolding" is "P&J": initials joined are a name of their own
            if short:
                # "St Audrey's Prep" is "St Audrey's", "M&R Groundworks" is "M&R": the name without the trade it names
                self.patterns.append(re.compile(r"(?<![\w.&'-])" + r"\s+".join(
                    _either_accent(part).replace("'", "['\u2019]") for part in short.split()) + r"(?![\w&]|['\u2019]\w|-\w)", re.I))

    # The trade a small business adds to its name ("Acquila Dental Practice", "The Greywater Hotel", "Kiln 9 Pottery"):
    # the name without it is still the company, and the name with it heads a phrase about the company. Not words that
    # name one product or one site of a company ("Acme Studio", "Acme Store", "Acme Kitchen").
    _TRADE = frozenset(
        "practice surgery clinic dental dentistry dentists hotel hostel inn pub tavern bakery bakehouse brewery brewing "
        "distillery winery vineyard creamery dairy pottery school prep academy college nursery farm farms mill mills garage "
        "salon gallery restaurant bistro deli diner roasters roastery haulage logistics groundworks builders opticians "
        "optician pharmacy chemists chemist supplies quarries quarry brickworks smokehouse knitwear "
        "veterinary vets physio physiotherapy funeral florist florists butchers butcher bookshop charters tours travel "
        "cleaning interiors architects fitness gym yoga catering removals plumbing roofing landscaping barbers".split())
    # The same in the languages small businesses name themselves in ("Brouwerij De Kat", "Bäckerei Lindner", "La Esquina
    # Librería", "Szabó Pékség"), as their sites write them in English
    _TRADE_ABROAD = frozenset("""
        brouwerij bakkerij slagerij drukkerij brasserie boulangerie patisserie pâtisserie imprimerie fromagerie menuiserie
        clinique ferme bäckerei backerei konditorei metzgerei brauerei tischlerei schreinerei metallbau gasthaus gasthof
        weingut mühle muhle praxis klinik schule panadería panaderia pastelería pasteleria librería libreria granja
        hostal posada pousada fazenda quinta bodega clínica clinica escuela transportes transports transporte
        vulcanizadora taller ristorante trattoria osteria pizzeria pasticceria gelateria enoteca cantina tipografia
        officina carrozzeria macelleria mulino molino pensione pensiunea agriturismo cooperativa coopérative
        genossenschaft hôtel hotell kafé kafe kaffe kaffebar konditori bageri bakeri mejeri verksted åkeri fiskarlag
        autoservis tiskarna pékség obuvnik čokoládovna cukrárna pekara piekarnia taverna vetreria caseificio pastificio
        oleificio panificio birrificio falegnameria farmacia""".split())
    _ANY_TRADE = _TRADE | _TRADE_ABROAD
    _TRAILING = _ANY_TRADE | _LEGAL  # what may end a name after the part that stands for the company alone
    _ARTICLES = frozenset("le la les l de des du da do dos het der die das den zur zum el del los las il lo della di dei".split())
    _HEAD_TAIL = _CORPORATE | _TRADE  # capitalised words a name may carry and still head its phrase

    def _without_trade(self, stem: str) -> str:
        """The name before its trailing trade words, when enough is left to stand for the company alone."""
        parts = stem.split()
        while len(parts) > 1 and parts[-1].casefold().strip(".,") in self._TRAILING:
            parts.pop()
        if len(parts) == len(stem.split()) or not parts:
            return ""
        while parts and parts[0].casefold() == "the":
            parts.pop(0)
        letters = re.sub(r"\W", "", "".join(parts))
        if len(parts) == 1 and not re.search(r"[&+]", parts[0]):
            return ""  # one plain word: the first-word pattern has it, or it is too short to be a name
        if len(letters) < 2 or all(part.casefold() in self._WEAK_FIRST for part in parts):
            return ""
        return " ".join(parts).rstrip(",")  # ("Nuvem Atelier, Lda." is "Nuvem Atelier")

    def _after_trade(self, parts: list[str]) -> list[list[str]]:
        """The name (its words, its legal form aside) after the trade words it opens with, and that without its article
        ("Les Tilleuls", "Tilleuls"), where what is left can stand for the company (a short or common word cannot)."""
        start = 0
        while start < len(parts) - 1 and parts[start].casefold() in self._ANY_TRADE:
            start += 1
        rest = parts[start:]
        if not start or not rest[0][:1].isupper():
            return []
        found = []
        for called in (rest, rest[1:] if len(rest) > 1 and rest[0].casefold() in self._ARTICLES else []):
            letters = re.sub(r"\W", "", "".join(called))
            # (one word needs five letters: "Plus", "Roma", "Park" are words and places before they are a pizzeria's name)
            if called and len(letters) >= (5 if len(called) == 1 else 4) and called[0].casefold() not in self._WEAK_FIRST:
                found.append(called)
        return found

    @staticmethod
    def _words(name: str, *, keep_dots: bool = False) -> list[str]:
        """Words of a name, lower case, "and" left out."""
        return [word for word in CompanyName._words_as_written(name.casefold(), keep_dots=keep_dots) if word != "and"]

    @classmethod
    def _words_as_written(cls, text: str, *, keep_dots: bool = False) -> list[str]:
        """The words of ``text`` in their own case: dots inside a word ("A.I.", "S.A.") do not split it and are dropped,
        and a legal form of several words is one ("Sp. z o.o.", "S.A. de C.V.", "FZ-LLC")."""
        text = cls._MULTIWORD_LEGAL.sub(lambda m: " " + re.sub(r"[\W_]", "", m.group()) + " ", text)
        return [word if keep_dots else word.replace(".", "") for word in re.findall(r"\w+(?:\.\w+)*", text)]

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def plain_name(self, text: str) -> str:
        """``text`` with the marks inside the company's name written "&", the same length: "Bramble+Bee's crowdfunding"
        reads as "Bramble&Bee's crowdfunding", a name every rule's name pattern takes."""
        for pattern in self._marked_patterns if self.odd_marks else ():
            text = pattern.sub(lambda m: _NAME_COMMA.sub(" ", _MARK.sub("&", m.group())), text)
        return text

    @cached_property
    def _marked_patterns(self) -> list[re.Pattern[str]]:
        # (with the marked words that go on after a shorter form of the name: "Bramble" of "Bramble+Bee Honey Co")
        return [re.compile(pattern.pattern + r"(?:[+@!/]\w+)*", pattern.flags) for pattern in self.patterns]

    def reader_form(self, text: str) -> str:
        """``text`` with each occurrence of the name that no capitalised-word pattern takes written as one capitalised
        word of the same length ("dot.systems and Oracle complete merger" reads "Qzqzzzzzzzz and Oracle complete
        merger"): what a sentence says of the company does not hang on its name's shape. The evidence keeps the text as
        written."""
        if not self.odd_shape:
            return text
        spans = []
        for pattern in self.patterns:
            for m in pattern.finditer(text) if pattern is not _STAND_IN_PATTERN else ():
                end = m.end()
                # with the rest of its words where the text goes on with them ("dot.dash labs" of Dot.Dash Labs)
                while (word := _NEXT_WORD.match(text, end)) and word.group("word").casefold() in self.core:
                    end = word.end()
                found = text[m.start():end]
                if len(found) >= 3 and (_ODD_MARK.search(found) or (
                        self.lower_first and found[:1].islower() and found.casefold() == found)):
                    spans.append((m.start(), end))  # not "Kelp" of Kelp & Coral, "harvest" for Harvest: words as written
        written: list[tuple[int, int]] = []
        for start, end in sorted(spans, key=lambda span: span[0] - span[1]):  # (the longest first; none inside another)
            if all(end <= before or start >= after for before, after in written):
                written.append((start, end))
                text = text[:start] + (_STAND_IN + "z" * (end - start))[:end - start] + text[end:]
        return text

    def matches(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self.patterns)

    def heads(self, phrase: str) -> bool:
        """The name ends the phrase (legal suffixes and punctuation aside): "Globex's Acme Inc."
        is the company, "Acme licences" is something of the company's."""
        for pattern in self.patterns:
            for match in pattern.finditer(phrase):
                rest = self._words_as_written(phrase[match.end():])  # "A.Ş." is "AŞ", "Sp. z o.o." is "Spzoo"
                if all(word.casefold() in self._LEGAL or (word[:1].isupper() and word.casefold() in self._HEAD_TAIL)
                       for word in rest):  # "Acme Software Inc." is the company, "Acme software" its product
                    return True
        return False


def _either_accent(word: str) -> str:
    """``word`` as a pattern whose accented letters match their base letters too: the reader sees text without accents
    ("Quarry Lane Caf\u00e9" in a page is "Quarry Lane Cafe" to the rules), the name keeps them."""
    return "".join(f"[{char}{_ACCENTED[char]}]" if char in _ACCENTED else re.escape(char) for char in word)


def _as_written(parts: list[str]) -> re.Pattern[str]:
    """A pattern for a short form of a name, its words written with their capitals, and not the first words of a longer
    name ("De Kat" of Brouwerij De Kat, not "De Kat Holdings"; "Holm Oak" of Holm Oak Homes, not "Holm Oak Estates")."""
    return re.compile(r"(?<![\w.&'-])" + r"\s+".join(_either_accent(part).replace("'", "['\u2019]") for part in parts)
                      + r"(?![\w&]|['\u2019](?!s\b)\w|-\w|[ \t]+(?:&\s+)?[A-Z])")


@lru_cache(maxsize=4096)
def company_name(name: str | None) -> CompanyName:
    """A (cached) matcher for a company's name: built once per company, not once per page."""
    return CompanyName(name)


# what names a later version after a product's name: "Glimmer 2", "Glasswing Two", "Acme v3" (not "Acme One", "Acme Air",
# "Acme 24": names of companies too)
_VERSION_AFTER_NAME = lazy(r"(?:[2-9](?:\.\d+)?|v\d+(?:\.\d+)*|II|III|IV|Two|Three|Four|Five)")


def classify(words: list[str], company: CompanyName | None) -> Phrase:
    """What a noun phrase (tokens in reading order) refers to."""
    words = [word for word in words if word not in _PUNCT]
    if len(words) > 1 and words[-1].lower() in {"itself", "themselves", "ourselves"}:
        words = words[:-1]  # "Crowdfolk itself has raised": the company, stressed
    if not words:
        return Phrase("unknown")
    text = " ".join(words)
    lowered = [base(word).lower() for word in words]
    head_token = words[-1]
    head = lowered[-1]
    if any(word in _SECOND for word in lowered):
        return Phrase("second", text, head)
    if head in _FIRST_PLURAL or (lowered[0] in _FIRST_PLURAL and len(words) == 1):
        return Phrase("self", text, head)
    if head in _FIRST_SINGULAR:
        return Phrase("first_singular", text, head)
    if head == "it":
        return Phrase("it", text, head)
    if head in _OTHER_PRONOUNS and len(words) == 1:
        return Phrase("other", text, head)
    if company and company.matches(text):
        if _sibling_name(words, company):
            return Phrase("generic", text, head)  # "Greyfen Print" for Greyfen Digital: a sister company or a product
        if (head in GENERIC_HEADS or head in _ROLE_HEADS or head in _THINGS_OWNED) and not company.heads(text):
            # "Acme customers"; "Acme's CEO", "the Acme founder": people of the company's; "Kestrelly's IP", "Inkwold Press
            # titles", "Acme shares": things it owns or that own a part of it, not the company
            return Phrase("generic", text, head)
        if not company.heads(text) and _PARTNER_ROLE.search(text):
            # "Riverstone Games' publisher Starward Publishing": another company, named by its tie to this one
            return Phrase("other", text, head)
        if not company.heads(text) and _VERSION_AFTER_NAME.search(text) and any(
                _VERSION_AFTER_NAME.fullmatch(text[m.end():].strip()) for pattern in company.patterns for m in pattern.finditer(text)):
            # "Glimmer 2 is discontinued", "the Glasswing Two replaces it": a later version of its product
            return Phrase("generic", text, head)
        if head in VENUE_NOUNS and not company.heads(text) and (company.says_trade or any(
                re.sub(r"ies$", "y", word).rstrip("s") in VENUE_NOUNS for word in company.core)):
            # "Bothwell hotel acquired by Marriott" for Bothwell Hotels: one of its sites
            return Phrase("generic", text, head)
        return Phrase("self", text, head)
    determiners = {word for word in lowered[:-1] if word in _DETERMINERS}
    if head in _ORG_HEADS and lowered[0] == "the" and len(words) >= 3 and all(
            word[:1].isupper() or word[:1].isdigit() or word in ("&", "and", "of") for word in words[1:-1]) \
            and (head in {"group", "conglomerate", "giant", "holding", "holdings", "multinational"}
                 or set(lowered[1:-1]) & _ORG_NAME_WORDS):
        # "the Sarang Industries conglomerate", "the Thales group": a company named by what it is (but "the Sydney
        # firm", "the Leeds outfit": a place, the way the press refers back to the company of the story)
        return Phrase("entity", text, head)
    if head == "group" and lowered[0] == "the" and 4 <= len(words) <= 5 and words[1][:1].isupper() \
            and all(word[:1].islower() and word.rstrip(".").isalpha() for word in words[2:]) \
            and not (company and company.matches(words[1])):
        # "the Pemberly hospitality group": a named group, told by its trade (but "the Berlin fintech company" is the
        # press's way back to the company of the story)
        return Phrase("entity", text, head)
    if head in SELF_NOUNS and lowered[0] == "the" and len(words) >= 3 and head_token[:1].isupper() and all(
            word[:1].isupper() or word[:1].isdigit() or word in ("&", "and", "of") for word in words[1:]):
        return Phrase("entity", text, head)  # "the Savile Group", "the Redvale Company": a name
    if len(words) == 2 and lowered[0] in {"the", "our", "this"} and company is not None \
            and ((head in VENUE_NOUNS and company.says_trade) or (head == company.trade_noun and head not in SELF_NOUNS)):
        return Phrase("self_noun", text, head)  # "the practice", "our bakery": a business whose name says its trade
    if head in SELF_NOUNS and _RELATED_FIRMS.intersection(lowered[:-1]):
        return Phrase("generic", text, head)  # "our parent company", "its sister business": another company
    if head in SELF_NOUNS and (determiners & {"our", "the", "this", "its"} or (len(words) == 1 and head == "operations")):
        if "our" in determiners:
            return Phrase("self", text, head)
        return Phrase("self_noun", text, head)
    if len(words) >= 2 and not determiners and lowered[0] not in _DETERMINERS and lowered[0] not in _LOWER_LEGAL and all(
            word[:1].isupper() or word[:1].isdigit() or word in ("&", "and", "of") or word.rstrip(".") in _LOWER_LEGAL
            for word in words):
        return Phrase("entity", text, head)  # a name: "Pinnacle Media", "Keystone Partners", "Coleman Holdings plc"
    if head in GENERIC_HEADS or determiners & {"many", "most", "some", "several", "other", "all",
                                                "these", "those", "their", "his", "her", "my"}:
        return Phrase("generic", text, head)
    if "our" in determiners or "its" in determiners:
        return Phrase("generic", text, head)  # our customers, its users: not the company
    if re.fullmatch(r"[A-Z]{2,}s\.?", head_token):
        return Phrase("generic", text, head)  # "GPUs", "VMs", "APIs": plural common nouns, not names
    capitalised = [word for word in words if word[:1].isupper() or word[:1].isdigit()]
    if head_token[:1].isupper() or _DIGIT_NAME.fullmatch(head_token.rstrip(".")) or (capitalised and head in {"family", "group", "inc", "corp", "organization",
                                                             "organisation", "division"}):
        return Phrase("entity", text, head)
    return Phrase("generic", text, head)


def _sibling_name(words: list[str], company: CompanyName) -> bool:
    """A name of capitalised words that opens with the first word(s) of the company's name and goes on with another
    word than the name's own next one ("Greyfen Print" for Greyfen Digital, "North Star Mobility" for North Star Pay): a
    company of the same family, not this one (not a legal form or a firm's word: "Greyfen Ltd", "Greyfen Group"; not a
    headline in capitals)."""
    core = [unaccented(word) for word in company.core]
    named = [part for word in words if word.lower() != "the" for part in word.split("_")]  # ("Q-Bit_Systems": one name)
    if any(word.startswith(_STAND_IN) for word in named):
        return False  # the name as the reader writes it (``reader_form``)
    if len(core) < 2 or len(named) < 2 or not all(word[:1].isupper() or word[:1].isdigit() for word in named) \
            or all(word.isupper() for word in named):
        return False
    lowered = [unaccented(part) for word in named for part in CompanyName._words(re.sub(r"['\u2019]s?\W*$", "", word))]
    shared = 0
    while shared < min(len(lowered), len(core)) and lowered[shared] == core[shared]:
        shared += 1
    if not shared or shared >= len(core) or shared >= len(lowered):
        return False
    return lowered[shared] not in core and lowered[shared] not in CompanyName._HEAD_TAIL | CompanyName._LEGAL


# A name that opens with digits: "8x8", "1Password", "23andMe", "37signals", "7-Eleven" (not an ordinal or an amount
# with its unit: "2nd", "30mins", "12kg", "40pct"; a digit and one letter, "3M" or "5G", stays unread)
_DIGIT_NAME = lazy(r"(?!\d+(?:st|nd|rd|th|mn|bn|kg|km|mb|gb|tb|am|pm|hrs?|yrs?|mins?|secs?|ms|ml|mm|cm|kw|kwh|mw|gw|px|ft|lbs?|"
                         r"oz|pct|percent|x)\b)(?!\d+-?somethings?\b|\d+to\d)\d+[-&]?(?:[A-Za-z]{2,}[\w&-]*|[A-Za-z]\d+\w*)", re.I)
# words of a company's name, not of a place: "the Sarang Industries conglomerate", "the Halden Group lender"
_ORG_NAME_WORDS = frozenset("""
industries group holdings corp corporation co company companies technologies tech systems labs capital partners ventures
motors media foods pharma pharmaceuticals energy bank brands retail logistics solutions software games studios networks
enterprises international global inc ltd plc llc ag sa se gmbh nv bv ab asa oyj
""".split())
_ORG_HEADS = frozenset("""
conglomerate giant group maker retailer bank insurer operator provider developer firm chain publisher holding holdings
outfit lender manufacturer multinational
""".split())
_PARTNER_ROLE = lazy(
    r"'s?\s+(?:(?:long-?time|main|biggest|largest|former|new|key|lead)\s+)?(?:publisher|partner|distributor|customer|client|"
    r"supplier|investor|backer|rival|competitor|landlord|lender|vendor|reseller|licensee|contractor|manufacturer)\s+[A-Z]")
# (written in lower case after a name: "Hallam plc", "Globex s.r.o.", "Corvane a.s.", "Mirela s.p.a.")
_LOWER_LEGAL = frozenset({"plc", "inc", "ltd", "llc", "gmbh", "corp", "limited", "s.r.o", "a.s", "s.a", "s.p.a", "s.r.l", "s.l",
                          "b.v", "n.v", "oy", "oyj", "ab", "kft", "ag", "spa", "srl", "sarl", "pty", "pvt", "bv", "nv",
                          # (German co-operatives, associations and partnerships: "Grünwerk Energie eG", "Kulturhaus e.V.")
                          "ev", "e.v", "kgaa", "gbr", "ohg", "e.k"})
_THINGS_OWNED = frozenset("""
titles products licences licenses ip patents trademarks domain domains shares stock catalogue catalog inventory equipment
fleet premises archive archives rights
""".split())
_ROLE_HEADS = frozenset("""
ceo cto cfo coo cmo cpo founder co-founder cofounder chairman chairwoman chairperson president
chief boss executive exec director
""".split())


# an aside in brackets, or between a pair of dashes ("Acme - the tool for landscapers - will be discontinued")
_PARENTHETICAL = lazy(r"\([^()]*\)|\[[^\[\]]*\]|\s--?\s[^-;:.!?]{1,80}?\s--?\s")
_HARD_BREAK = lazy(
    r"[;!?()\[\]\"]|(?<!\w):|:(?!\w)|\s-\s|\s--+\s|\b(?:which|who|whom|whose|whereby|because|although|though|but|so|"
    r"while|whereas|where)\b"
    # "that" opens a clause, but not after a preposition, where it points ("much of that growth", "in that time")
    r"|(?<!\bof\s)(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bby\s)(?<!\bto\s)"
    r"(?<!\babout\s)(?<!\binto\s)(?<!\bafter\s)(?<!\bbefore\s)(?<!\bduring\s)\bthat\b",
    re.I,
)
_DECISION = lazy(
    r"\b(?:made|make|makes|making|taken|take|took|reached|come\s+to)\s+(?:the|a|this)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:decision|call|choice)\s+to\b|\b(?:it\s+is|it's)\s+with\s+(?:a\s+)?(?:heavy|sad|mixed)\s+"
    r"hearts?\b|\b(?:enter(?:s|ed|ing)?\s+into|signed|signs|reached|struck|inked|agreed|agrees|"
    r"announced|announces)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|deal|plan|plans)\s+to\b|"
    r"\bregrets?\s+to\s+(?:announce|inform\s+you|share)\b|\b(?:no\s+choice|little\s+choice)\s+but\s+to\b",
    re.I,
)


def clause_prefix(prefix: str) -> str:
    """The part of ``prefix`` in the same clause as what follows it."""
    prefix = _PARENTHETICAL.sub(" ", prefix)
    last = None
    for last in _HARD_BREAK.finditer(prefix):
        pass
    return prefix[last.end():] if last else prefix


_RELATIVE = frozenset({"which", "who", "that"})
# the company's own events, not someone else's ("adopted a plan that lays off 20% of staff")
_EVENT_NOUNS = frozenset("""plan plans programme program process restructuring reorganisation reorganization decision agreement
transaction deal merger round change changes call review move step steps scheme restructure reorg reduction cut cuts
sale offer bid proposal consultation resolution vote""".split())
# an indefinite noun phrase right before a relative word: "a competitor", "another supplier" (not after a copula: "Acme
# is a company that has gone into liquidation" tells of Acme)
_INDEFINITE_NOUN_END = lazy(r"(?P<np>\b(?:a|an|another|one|other|several|some|many)\s+(?:[a-z-]+\s+){0,2}?"
                                  r"(?P<head>[a-z-]{3,}))\s*$")
_PREP_NAME_END = lazy(r"\b(?:for|with|to|at|from|by|like|including|of|behind)\s+(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}),?\s*$")
# ", a company that makes robots," / ", which was founded in 2015,": between the subject and its verb
_APPOSITION_OPENS = (r",\s*(?:a|an|the|which|who|whose|founded|based|headquartered|formerly|known|one|backed|led|creator|"
                     r"creators|maker|makers|provider|developer|leader|home|pioneer)\b")
_APPOSITION = lazy(_APPOSITION_OPENS + r"(?:[^,;:()]|,(?=\d{3}))*,", re.I)
# a "whose" clause's noun, named in an apposition of its own, right before the verb: ", whose biggest customer, Dunmere Foods, "
_WHOSE_NOUN_NAMED = lazy(r",\s*whose\s+(?:[\w'&.-]+\s+){0,3}?[\w'&.-]+\s*,\s*(?P<name>(?-i:[A-Z])[^,;:()]{0,60}?)\s*,\s*"
                               r"(?:(?:has|have|had|is|are|was|were|will|would|shall|may|might|can|could|be|been|being|just|now|"
                               r"recently|also)\s+)*$", re.I)
# an apposition that a pair of dashes closes instead of a comma ("Banyan, the provider of software - and one of the first
# fintechs in the sandbox - said ..."): the dashes' aside goes with it
_APPOSITION_TO_DASHES = lazy(r"(" + _APPOSITION_OPENS + r"(?:[^,;:()-]|(?<=\w)-(?=\w))*?)\s--?\s[^-;:.!?]{1,80}?\s--?\s", re.I)


# A subject told by a clause that ties it to the company: "The utility that buys our power", "The agency which built our
# website", "One of the banks that hold our deposits". The company is the relative clause's object; the subject is
# someone else, unless it is the company's own people or products ("The team that built Acme", "The platform that hosts
# our creators' stores") or one of its own events ("The plan that cuts 40 of our roles", "The campaign that closed").
_SUBJECT_RELATIVE = lazy(
    r"(?:^|(?<=[,;:]))\W*(?P<ante>(?i:the|a|an|another|one\s+of\s+(?:the|our|its|their))\s+(?:[\w'-]+\s+){0,3}?(?P<head>[\w'-]+))\s+"
    r"(?i:which|who|that)\s+(?:(?:also|still|now|once|first|has|have|had|used\s+to)\s+)*(?P<verb>[a-z][a-z'-]*)\b")
_NO_RELATIVE_VERB = frozenset("we our you your they their it its i he she his her the a an this these those us".split())
_OWN_PEOPLE = frozenset("""team teams people founders founder crew folks family staff staffers employees colleagues teammates
engineers members workers personnel us platform app service product site website tool software""".split())
_RELATIVE_WORD = lazy(r"\b(?:which|who|that)\b", re.I)
# verbs a "that" clause follows as what is said or meant, not as a relative: "The wind-down means that all of our team ..."
_THAT_VERBS = frozenset("""means meant mean says said show shows showed announced announces confirms confirmed reports
reported believe believes hope hopes think thinks know knows expect expects decided feel feels felt found finds notes noted
added adds explains explained states stated writes wrote told ensures ensure agreed agrees is was are were""".split())
# the relative clause makes the subject the company's owner (a verb of owning with the company for object): its acts on
# the company's staff are the company's ("The co-operative that bought Bramblecote has made nine staff redundant"; not "The
# utility that buys our power")
_OWNER_VERBS = frozenset("bought buys acquired acquires purchased owns owned took takes".split())


def tied_other(prefix: str, company: CompanyName | None) -> Phrase | None:
    """The subject of the verb after ``prefix`` when a relative clause that runs to the verb ties it to the company (see
    ``_SUBJECT_RELATIVE``): someone else, whatever the company's words the relative clause holds; None otherwise. Not
    where the clause's object is the company's name itself: "The company that makes Fernlight" is the company."""
    found = list(_SUBJECT_RELATIVE.finditer(prefix)) if _RELATIVE_WORD.search(prefix) else []
    m = found[-1] if found else None  # (the last: the clause the verb after ``prefix`` ends)
    if m is None or base(m.group("verb")).lower() in _NO_RELATIVE_VERB \
            or (m.group("verb") in _OWNER_VERBS and re.match(r"\s+(?:us\b|the\s+company\b|(?-i:[A-Z]))", prefix[m.end():], re.I)) \
            or re.search(r"[,;:\u2014\u2013\"\u201c(]|\s-\s", prefix[m.end():]):
        return None  # (the relative clause must run on to the verb: no mark closes it)
    rest = prefix[m.end():].lstrip()
    if company and any(named.start() == 0 and not re.match(r"['\u2019]s\b", rest[named.end():])
                       for pattern in company.patterns for named in pattern.finditer(rest)):
        return None
    head = m.group("head").lower()
    if head in _OWN_PEOPLE or head in _EVENT_NOUNS | {"campaign"} or head in _SKIP_BACK or head in _THAT_VERBS:
        return None
    return Phrase("generic", m.group("ante"), head)


def tied_subject(prefix: str, company: CompanyName | None) -> Phrase | None:
    """``tied_other`` where the company's words are the phrase right before the verb after ``prefix``, inside the relative
    clause, which a reader of the words alone would take for the subject ("The bank that holds our deposits has ...")."""
    other = tied_other(prefix, company)
    if other is None:
        return None
    clause = prefix[prefix.rfind(other.text) + len(other.text):]  # the relative clause
    if _subject_in_clause(clause_prefix(prefix), company).kind in {"self", "self_noun"} or _OURS.search(clause) \
            or (company and company.matches(clause)):
        return other  # ("our deposits", "Marlpit's first game": the company's words, which the model would read as its news)
    return None


_OURS = lazy(r"\b(?:our|ours|us|we)\b", re.I)


_STRESSED = lazy(r"\b((?-i:[A-Z])[\w&.'-]*|(?:the|our)\s+[a-z]+)\s+(?:itself|themselves|ourselves)\b(?=\s+\w+\s*$|\s*$)")


def subject_before(prefix: str, company: CompanyName | None) -> Phrase:
    """The subject of the verb group that starts right after ``prefix``.

    In a relative clause with no subject of its own ("Globex, which was acquired by ...") the
    subject is the antecedent; a name there that is not the company's is someone else's news.
    """
    text = _DECISION.sub(lambda m: " to" if m.group().lower().endswith("to") else " ", prefix)
    # "Crowdfolk itself has raised": the company, stressed (not "agreed to sell itself")
    text = _STRESSED.sub(r"\1", text) if ("self" in text or "selves" in text) else text
    if "whose" in text and (whose := _WHOSE_NOUN_NAMED.search(text)):
        # "Harrowby, whose biggest customer, Dunmere Foods, has been acquired": the verb is the "whose" clause's, told of
        # its noun (the name beside it is that noun's apposition), not of the antecedent
        named = whose.group("name")
        return Phrase("self" if company and company.matches(named) else "other", named, named.split()[-1].lower())
    if "-" in text:
        text = _APPOSITION_TO_DASHES.sub(r"\1, ", text)
    text = _APPOSITION.sub(" ", text)  # the closing comma goes too: "Relay, the inbox, today announced"
    phrase = _subject_in_clause(clause_prefix(text), company)
    if phrase.kind in {"self", "self_noun"} and (other := tied_other(text, company)) is not None:
        return other  # "The agency which built our website laid off ...": the agency, not "our website"
    if phrase.kind == "it" or phrase.head == "they":
        phrase = _reporter(text, phrase, company)
    elif phrase.kind == "self_noun" and phrase.head in FIRM_WORDS and phrase.words[:1] == ["the"]:
        # "Globex said the company would close": the company is the one that said so
        reporter = _reporter(text, phrase, company)
        if reporter.kind in {"entity", "other"}:
            phrase = reporter
    if phrase.kind == "unknown":
        cleaned = _PARENTHETICAL.sub(" ", text)
        last = None
        for last in _HARD_BREAK.finditer(cleaned):
            pass
        if last is not None and last.group().lower() in _RELATIVE:
            # "..., our CEO co-founded Tally, which was acquired": the antecedent is the phrase just
            # before the comma, not an apposition to skip
            indefinite = _INDEFINITE_NOUN_END.search(cleaned, 0, last.start())
            if indefinite and last.group().lower() == "that" and indefinite.group("head").lower() not in _EVENT_NOUNS \
                    and not re.search(
                    r"(?i)\b(?:is|are|was|were|be|been|being|become|becomes|became|remain|remains|'re|'s)\s+$",
                    cleaned[:indefinite.start()]):
                # "acquired the business of a competitor that had gone into insolvency": a clause with no comma
                # before its "that" is told of the noun right before it
                return Phrase("generic", indefinite.group("np"), indefinite.group("head").lower())
            named = _PREP_NAME_END.search(cleaned, 0, last.start())
            if named and named.group("name").split()[0].lower() not in _TIME_NOUNS \
                    and not (company and company.matches(named.group("name"))):
                # "we built the app for Canva, which raised ...": the name after the preposition
                return Phrase("other", named.group("name"), named.group("name").split()[-1].lower())
            antecedent = _subject_in_clause(clause_prefix(cleaned[:last.start()]).rstrip().rstrip(","), company)
            if antecedent.kind == "entity":
                return Phrase("other", antecedent.text, antecedent.head)
            if antecedent.kind in {"self", "it", "self_noun", "generic"}:
                return antecedent
    if phrase.kind in {"other", "entity", "generic"} and company and phrase.text and all(
            re.sub(r"\W", "", word).casefold() in CompanyName._LEGAL for word in phrase.text.split()):
        # a name the phrase reader cut before its legal suffix ("dot.works AB", "q.bit Ltd"): the company, when it heads
        for pattern in company.patterns:
            for named in pattern.finditer(text):
                if re.match(r"[\s,]+" + re.escape(phrase.text), text[named.end():]):
                    return Phrase("self", text[named.start():named.end()] + " " + phrase.text, phrase.head)
    return phrase


# "Globex has announced (that) it is shutting down", "Acme and Globex said today that they have
# completed their merger": a pronoun right after a verb of saying stands for that verb's subject
_SAYING = frozenset("saying adding noting stating confirming announcing".split())
_REPORTED = lazy(
    r"\b(?:announced|announces|announce|said|says|confirmed|confirms|revealed|reveals|reported|reports|stated|"
    r"states|disclosed|discloses|told\s+[\w-]+(?:\s+[\w-]+)?|(?P<ing>" + "|".join(sorted(_SAYING)) + r"))\s+(?:(?:today|yesterday|on\s+[A-Z]\w+|this\s+\w+|"
    r"last\s+\w+|earlier\s+this\s+\w+|publicly|officially|formally)\s+)?(?:that\s+)?(?:it|they|" + _THE_FIRM + r")\s+"
    r"(?:\S+\s+){0,3}$",
    re.I,
)


# one of the company's officers as the reporter: "Embervale chief executive Tomas Reyes", "Tomas Reyes, our founder,", "Our
# CEO, Tomas Reyes," (the company's name, "our" or "its" before the office)
_OFFICER = lazy(r"(?:^|[,;:]\s*|\b(?:and|as)\s+)(?P<own>our|its|(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z])[\w&.'-]*){0,3}?)(?:'s)?\s+"
                      r"(?:(?:co-?)?founder|chief\s+executive|ceo|managing\s+director|chair\w*|president|spokes\w+|owners?|"
                      r"(?:finance\s+)?director|general\s+manager)\b(?:\s*,?\s*(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})?,?\s*$"
                      r"|(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2},\s+(?P<own2>our|its)\s+(?:(?:co-?)?founder|chief\s+executive|ceo|"
                      r"managing\s+director|chair\w*|president|spokes\w+|owner)\b,?\s*$", re.I)


def _reporter(text: str, pronoun: Phrase, company: CompanyName | None) -> Phrase:
    m = _REPORTED.search(text)
    if not m:
        return pronoun
    if m.group("ing"):  # "Acme filed a notice saying it will ...": the main clause's subject reports
        reporter = main_clause_subject(text[:m.start()].rstrip() + ",", company)
        return pronoun if reporter.kind in {"unknown", "it"} else reporter
    if company and (officer := _OFFICER.search(text[:m.start()])) and (
            (own := officer.group("own") or officer.group("own2")).lower() in {"our", "its"} or company.matches(own)):
        return pronoun  # "Embervale chief executive Tomas Reyes confirmed that the company ...": the company speaks
    owner = re.search(r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})'s?\s+(?:[\w-]+\s+){0,3}$", text[:m.start()])
    if owner and company and not company.matches(owner.group("name")) and owner.group("name").lower() not in _DETERMINERS \
            and not company.matches(text[owner.start():m.start()]):  # (not a name with its own "'s": "Mo's Diner said it")
        return Phrase("entity", owner.group("name"), owner.group("name").split()[-1].lower())  # "Globex's CEO said it ..."
    reporter = subject_before(text[:m.start()], company)
    return pronoun if reporter.kind in {"unknown", "it"} else reporter


def main_clause_subject(prefix: str, company: CompanyName | None) -> Phrase:
    """For a participle after a comma ("Acme announced a restructuring, eliminating 120 roles"):
    the subject of the first finite verb before the comma."""
    head = prefix.rstrip().rstrip(",")
    words = tokens(clause_prefix(head))
    # (past an opening phrase of "with" and its participle: "With no investor found, Penrose Maps has ..." is Penrose Maps')
    start = words.index(",") + 1 if words[:1] and words[0].lower() in {"with", "without"} and "," in words else 0
    for index, word in enumerate(words[start + 1:], start=start + 1):
        low = base(word).lower()
        if low in _FINITE or (word[:1].islower() and low.endswith(("es", "ed")) and len(low) > 3):
            return subject_before(" ".join(words[start:index]) + " ", company)
    return Phrase("unknown")


_FINITE = frozenset("""
is are was were has have had will would announced announces announce said says confirmed confirms
reported reports shared shares unveiled unveils began begins started starts
lost sold made took got went ran paid bought won spent became left kept built grew fell brought held told found gave
""".split())


_TIME_NOUNS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday week weekend month year quarter morning
afternoon evening night spring summer autumn fall winter january february march april may june july
august september october november december yesterday tonight
""".split())
_TIME_LEADS = frozenset("on in last this earlier early late next during".split())


def _skip_time(words: list[str], i: int) -> int:
    """Back over a time phrase between a subject and its verb: "Acme on Sunday agreed",
    "Acme earlier this month closed", "Acme in March 2026 completed"."""
    j = i
    while j >= 0 and (words[j].isdigit() or words[j] == ","):
        j -= 1
    if j >= 1 and j == i and base(words[j]).lower() in {"yesterday", "tonight"}:
        return j - 1  # "Acme yesterday signed"
    if j < 1 or base(words[j]).lower() not in _TIME_NOUNS:
        return i
    k = j - 1
    while k >= 0 and (words[k].isdigit() or base(words[k]).lower() in _TIME_NOUNS):
        k -= 1
    if k >= 0 and base(words[k]).lower() in _TIME_LEADS:
        while k >= 1 and base(words[k - 1]).lower() in _TIME_LEADS:
            k -= 1  # "earlier this month"
        return k - 1
    return i


def _subject_in_clause(clause: str, company: CompanyName | None) -> Phrase:
    if company and len(company.core) > 1 and " " in clause and company.matches(clause):
        # a name of several words is one word here: "Tin Can Radio has been acquired" (not the modal "can")
        for pattern in company.patterns[:1]:
            clause = pattern.sub(lambda m: re.sub(r"\s+", "_", m.group()), clause)
    words = tokens(clause)
    i = len(words) - 1
    while True:
        while i >= 0 and (base(words[i]).lower() in _SKIP_BACK or _is_adverb(words[i])):
            i -= 1
        skipped = _skip_time(words, i)
        if skipped == i:
            break
        i = skipped
    if i >= 0 and words[i] == ",":
        # "Acme, the robotics company, has been acquired": skip the apposition.
        j = i - 1
        while j >= 0 and words[j] != ",":
            j -= 1
        i = j - 1 if j >= 0 else i - 1
    to_verb = i + 1 < len(words) and base(words[i + 1]).lower() == "to"
    collected, i = _collect_np(words, i)
    if collected and i >= 0 and to_verb and base(words[i]).lower() == "for":
        # "the time has come for Acme to close its doors": the subject of the infinitive
        return classify(collected, company)
    if collected and i >= 0 and base(words[i]).lower() in _CAUSATIVE:
        # "Acme helped us close our Series A": "us" is a customer, the helper is the subject
        return Phrase("other", " ".join(collected), base(collected[-1]).lower())
    if collected and i >= 0 and base(words[i]).lower() in _SAYING and base(collected[-1]).lower() in {"it", "they"}:
        return classify(collected, company)  # "... saying it will": a reported clause's own subject
    if collected and i >= 0:
        link = base(words[i]).lower()
        if link in _NP_LINKS or (words[i][:1].islower() and link.endswith("ing") and link not in _SKIP_BACK):
            # "Founders using Willow have raised": the name sits in a modifier of the real subject
            outer, _ = _collect_np(words, i - 1)
            if outer:
                phrase = classify(outer, company)
                if link in {"on", "at"} and phrase.kind == "self" and phrase.head in VENUE_NOUNS:
                    # "The Stillwater Dental practice on Park Road will close": one of its sites, told by its street
                    return Phrase("generic", phrase.text, phrase.head)
                return phrase
    return classify(collected, company)


# (and the trade of a business of one site after its name: "Mossgiel distillery acquired by ..."; not land or a building:
# "Halden farm", "the Halden mill")
_NAME_TRADES = VENUE_NOUNS - frozenset("farm mill park quarry garage press bar workshop gallery".split())
_KNOWN_NOUNS = SELF_NOUNS | GENERIC_HEADS | _NAME_TRADES | frozenset(
    "staff workforce headcount employee people product products family group mobile desktop web".split())
_NP_LINKS = frozenset("using with at for from of by like including on in behind via through across among near beside outside opposite "
                       "around alongside".split())


def _collect_np(words: list[str], i: int) -> tuple[list[str], int]:
    """The noun phrase ending at ``words[i]``, walking back; and the index just before it."""
    collected: list[str] = []
    while i >= 0 and len(collected) < 6:
        word = words[i]
        low = base(word).lower()
        if word in _PUNCT:
            break
        if low in _DETERMINERS:
            if collected:
                collected.insert(0, word)
                i -= 1
            break
        if low in _PRONOUNS:
            if not collected:
                collected = [word]
                i -= 1
            break
        if low in ("and", "&", "of") and collected and collected[0][:1].isupper() \
                and i > 0 and words[i - 1][:1].isupper():
            collected.insert(0, word)
            i -= 1
            continue
        if low in _STOP or low in _SKIP_BACK:
            break
        capital = word[:1].isupper() or word[:1].isdigit()
        if collected and not capital and low not in SELF_NOUNS:
            # A lowercase modifier ("tech", "fintech") belongs to the phrase only before a
            # lowercase head ("tech workers"); before a name it is a verb or an adjective.
            if collected[0][:1].isupper():
                break
            if sum(1 for w in collected if w[:1].islower()) >= 2:
                break
        if collected and capital and collected[0][:1].islower() and collected[0] not in ("and", "&", "of"):
            # "Acme platform", "Acme customers": a name before a known noun; "Acme provides": not
            if not all(base(w).lower() in _KNOWN_NOUNS or w.lower().rstrip(".") in _LOWER_LEGAL
                       for w in collected if w[:1].islower()):  # "Experian plc"
                break
        collected.insert(0, word)
        i -= 1
    return collected, i


_PRONOUNS = _FIRST_PLURAL | _FIRST_SINGULAR | _SECOND | _OTHER_PRONOUNS | {"it"}
_CAUSATIVE = frozenset(
    "help helps helped helping enable enables enabled enabling allow allows allowed allowing let "
    "lets letting empower empowers empowered empowering support supports supported".split()
)


# "acquired by its Chinese partner, Sunny Optical", "bought by its biggest customer, Arla Foods": a tie named by its name
_TIE_NAMED = lazy(
    r"^\s*(?:its|our|their)\s+(?:[\w-]+\s+){0,3}?(?:partner|customer|client|rival|competitor|supplier|distributor|investor|"
    r"neighbou?r|landlord|backer|licensee|licensor)\s*,\s*(?P<name>(?-i:[A-Z])[\w&.'-]*(?:\s+(?:(?-i:[A-Z])[\w&.'-]*|&)){0,3})"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:which|who|for|in|as|after|and|last|this|on)\b))", re.I)


def object_after(suffix: str, company: CompanyName | None) -> Phrase:
    """The noun phrase that follows a verb (its object)."""
    if _TIME_FIRST.match(suffix):
        return classify([], company)  # "shut down this summer", "closes next month": a time, not an object
    tie = _TIE_NAMED.match(suffix) if "," in suffix[:80] else None
    if tie:
        return classify(tokens(tie.group("name")), company)
    collected: list[str] = []
    for word in tokens(_PARENTHETICAL.sub(" ", suffix[:200])):
        if word in _PUNCT:
            break
        low = base(word).lower()
        if collected and (collected[-1][:1].isupper() or base(collected[-1]).lower() in CompanyName._LEGAL) \
                and word[:1].islower() and _verbish(low):
            break  # "Globex closed on ...", "Hallam plc completed ...": the name ended, a verb began
        if low == "of" and collected and base(collected[-1]).lower() in {"family", "group"}:
            break  # "the Globex family of products": the family is the owner
        if collected and low in _PARTICIPLES_AFTER_NAME:
            break  # "a consortium of investors led by KKR": the phrase ended, a modifier began
        if collected and low in _TIME_AFTER_NAME and base(collected[-1]).lower() not in _DETERMINERS:
            break  # "acquired by Meridian Health last week", "acquired us last month", "a buyer last month"
        if low in _OBJECT_STOP and (collected or low not in _DETERMINERS):
            if low == "of" and collected:
                collected.append(word)
                continue
            break
        collected.append(word)
        if word.endswith(".") and base(word).lower() not in CompanyName._LEGAL and not _INITIALS.fullmatch(word):
            break
        if len(collected) >= 7:
            break
    while collected and base(collected[-1]).lower() in {"of", "and", "&"}:
        collected.pop()
    return classify(collected, company)


# a time right after the verb, where an object would stand: "will shut down this summer", "closes later this year"
_TIME_FIRST = lazy(
    r"\s*(?:(?:this|next|later\s+this|earlier\s+this|early\s+next|later\s+next)\s+(?:year|summer|spring|autumn|fall|"
    r"winter|month|quarter|season))\b(?!['\u2019-])",
    re.I)
# a name's initials or abbreviation, which a name goes on after: "K.O. Boxing Club", "J. Harlow & Sons", "St. Brigid's",
# "No. 11 Bakehouse"
_INITIALS = lazy(r"(?!U\.S\.|U\.K\.|E\.U\.|U\.N\.)(?:[A-Z]\.){1,3}|(?:St|No|Mt|Dr|Ft)\.")
_PARTICIPLES_AFTER_NAME = frozenset("led backed owned based headquartered founded controlled".split())
_TIME_AFTER_NAME = frozenset("last earlier this next late early yesterday".split())
_VERBISH_WORDS = frozenset("""
says said closes closed completes completed announces announced acquires acquired buys bought
plans plans will would can could should may might must does did has have had is are was were be
""".split())


def _verbish(word: str) -> bool:
    if word in _VERBISH_WORDS or word.endswith("ed"):
        return True
    return word.endswith("es") and word not in SELF_NOUNS and word not in GENERIC_HEADS


def _is_adverb(word: str) -> bool:
    return len(word) > 4 and word.lower().endswith("ly") and word[:1].islower()


# --- is it really said? ----------------------------------------------------------------------

_NEGATION = lazy(
    r"\b(?:not|no|never|neither|nor|none|nobody|nothing|without|zero|den(?:y|ies|ied|ying)|"
    r"refut\w*|dismiss\w*|rul(?:e|es|ed|ing)\s+out|cannot|no\s+one|no-one|nowhere)\b|n't\b",
    re.I,
)
# a negated auxiliary whose verb comes after an aside set off by commas: "We have not, despite the photographs of champagne on
# our social feeds, closed", "Acme has never, in eleven years, laid off"
_NEGATED_BEFORE_ASIDE = lazy(r"\b(?:(?:has|have|had|is|are|was|were|did|do|does|will|would)\s+(?:not|never)|hasn't|haven't|hadn't|"
                             r"isn't|aren't|wasn't|weren't|didn't|don't|doesn't|won't|wouldn't)\s*,[^,;:.!?]{1,120},\s*$", re.I)
# "we nearly went out of business": a hedge right before the verb says it did not happen.
_HEDGE = lazy(r"\b(?:nearly|almost|narrowly|barely|close\s+to|came\s+close\s+to)\b", re.I)
_NEGATION_BENIGN = lazy(
    r"\b(?:not\s+only|not\s+just|no\s+longer|no\s+doubt|no\s+matter|no\s+surprise|no\s+secret|"
    r"not\s+long\s+(?:after|ago)|not\s+least|no\s+small|not\s+to\s+mention|nothing\s+short\s+of|"
    r"(?:could|can)(?:\s+not|n't)\s+be\s+(?:more|happier|prouder|better|more\s+excited)|"
    r"can(?:'|no)t\s+wait|never\s+been\s+(?:more|prouder|happier|better)|no\s+later\s+than|"
    # surprise at a fact, which stays a fact: "I can't believe Waffle's shutting down", "still cannot believe it"
    r"(?:still\s+)?(?:can(?:'|no)t|could(?:n't|\s+not))\s+(?:quite\s+|really\s+)?believe|"
    r"without\s+(?:a\s+)?doubt|no-[a-z]+|no\.\s*\d)",
    re.I,
)
_DENIAL = lazy(
    r"\b(?:false|untrue|not\s+true|unfounded|baseless|inaccurate|incorrect|misleading|fake\s+news|"
    r"hoax|myth|debunk\w*|no\s+truth|den(?:y|ies|ied|ying)|refut\w*|unconfirmed|reports\s+say|"
    # "Reports that Hexacore is cutting 200 jobs are wrong", "the post was a fake", "they're premature"
    r"(?:reports?|rumou?rs?|claims?|stories|story|post)\b[^.;]{0,120}?\b(?:are|is|were|was)\s+(?:\w+\s+)?(?:wrong|premature|a\s+fake|"
    r"fabricated)|they're\s+premature|"
    r"according\s+to\s+(?:\w+\s+){0,2}reports?|"
    r"(?:rumou?r(?:s|ed)?|speculation|media\s+reports?|press\s+reports?|allegations?|gossip|"
    r"hearsay|whispers?)(?:\s+(?:that|of|about|suggesting|claiming|saying|regarding))?)\b",
    re.I,
)
_HYPOTHETICAL = lazy(
    r"\b(?:if|whether|unless|in\s+the\s+(?:unlikely\s+)?event|in\s+case|suppose|supposing|imagine|"
    r"what\s+if|what\s+happens|what\s+would|hypothetical\w*|reserves?\s+the\s+right|at\s+any\s+time|"
    r"how\s+to|how\s+do|how\s+can|how\s+should|ways\s+to|tips\s+(?:for|on|to)|guide\s+to|"
    r"learn\s+how|when\s+to|should\s+you|before\s+you|consider(?:s|ed|ing)?|"
    r"explor(?:e|es|ed|ing)|possibility|potential(?:ly)?|risk\s+of|fears?\s+(?:of|that)|"
    r"feared|worr(?:y|ied|ies)|afraid|unlike|prepar(?:e|es|ed|ing)\s+for|plan\s+for|planning\s+for|"
    r"could\s+ever|would\s+ever|hope\s+(?:to\s+)?never|"
    # (a cue that governs what follows it in its own clause only: "to avoid layoffs", not "Having spent the summer trying
    # to avoid it, and having cut every other cost, we have made the decision to reduce our team"; see is_hypothetical)
    r"(?P<bound>avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|instead\s+of|rather\s+than|in\s+order\s+to|so\s+that))\b"
    # what a forward label heads is still to come: "Next up: closing our Series A in the spring", "Coming soon: our Series A story"
    r"|\b(?:next\s+up|up\s+next|coming\s+(?:up|next|soon)|what'?s\s+next|next\s+steps?|on\s+deck|still\s+to\s+come|"
    r"on\s+the\s+roadmap)\s*:"
    # someone's forecast of the company: "Analysts expect Marrowgate to be acquired", "expected the company to be bought"
    r"|(?<!\bwe\s)(?<!\bi\s)\b(?:expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|forecast(?:s|ing)?|tip(?:s|ped)?)\s+"
    r"(?!(?:that|it|this|the\s+(?:deal|sale|transaction|acquisition|merger))\b)(?:[\w&.'-]+\s+){1,4}?to\s+(?:be\s+)?$"
    # ... told as a clause: "Analysts at Appmetrics predict that Dandelion Apps will be bought"
    r"|\b(?:predict(?:s|ed|ing)?|forecast(?:s|ing)?|anticipat(?:e|es|ed|ing)|speculat(?:e|es|ed|ing))\s+that\s+(?:[\w&.'-]+\s+){1,4}?"
    r"(?:will|would|could|may|might)\s+(?:soon\s+|eventually\s+|one\s+day\s+)?(?:be\s+)?$",
    re.I,
)
# Hearsay set up to be answered ("You may have read that Acme is shutting down. We are not."), unless
# the sentence itself confirms it; "As you may have heard, ..." is an announcement.
# the press, and what it is said to have written (the hearsay below, and the model's in text_signals)
PRESS_OUTLET = (r"(?:blog|newsletter|newspaper|paper|report|article|story|column|outlet|journalist|reporter|tabloid|podcast|analyst|"
                r"post|forum|thread|tweet)s?")
PRESS_WROTE = r"(?:reported|wrote|writes|claimed|claims|suggested|suggests|suggesting|alleged|alleges|alleging|says|said|swore)"
_HEARSAY = lazy(
    r"(?<!as\s)\byou\s+(?:may|might|will)\s+(?:already\s+)?have\s+(?:read|heard|seen)\s+(?:that|reports|rumou?rs|claims|stories)\b"
    # what someone else claims: "after a viral post claimed the surf brand was closing down"
    r"|\b(?:claimed|claiming|claims|alleged|alleging)\s+(?:that\s+)?(?:the|it|its|we|our|they|(?-i:[A-Z]))"
    # what others say of "we": "It said we were shutting down", "some people think the refit means we're closing" (not our
    # own people's words: "Our CEO said we would close")
    r"|(?<!\bour\s)(?<!\bwe\s)(?<!\d\s)\b(?:it|someone|somebody|people|others)\s+(?:(?:on|in|at|from)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:(?:still|now|apparently|seem\s+to|seems\s+to|keep|kept|are|were|have\s+been)\s+)?(?:said|says|saying|"
    r"claim(?:s|ed|ing)?|think|thought|believes?|believed|assumed?|swore)\s+(?:that\s+)?(?:[\w']+\s+){0,5}?(?:we|we're|we've|we'd|we'll|us)\b(?:\s+[\w']+){0,4}\s+$"
    # a report nobody here confirms, right before its verb: "has reportedly furloughed most of its staff", "is said to
    # have sold the business" (not "Marrowgate, reportedly the UK's largest vegan bakery, has been acquired")
    r"|\b(?:reportedly|allegedly|rumou?red\s+to|(?:is|are|was|were)\s+said\s+to)\s+(?:[\w']+\s+){0,3}$"
    # ... or told as the press's, what it wrote given as its own: "A blog reported last week that Inkberry had been bought",
    # "A newsletter wrote this week that ...", "a report suggesting it intends to cut", "was reported this week to be laying
    # off", a headline's "Osprey Charge said to raise" (not the company's own report or post)
    r"|(?<!\bour\s)(?<!\bits\s)\b" + PRESS_OUTLET + r"\s+(?:\w+\s+){0,4}?" + PRESS_WROTE + r"\s+"
    r"(?:\w+\s+){0,3}?(?:that\s+)?(?:[\w'&.-]+\s+){0,6}$"
    r"|\b(?:is|are|was|were)\s+reported\s+(?:\w+\s+){0,3}?to\s+(?:[\w']+\s+){0,3}$|\bsaid\s+to\s+(?:[\w']+\s+){0,2}$",
    re.I,
)
_CONFIRMED = lazy(r"\b(?:it'?s\s+true|that'?s\s+right|indeed|confirm\w*|thrilled|excited|delighted|proud|happy)\b", re.I)
_MODAL_TAIL = lazy(
    r"\b(?:may|might|could|would|should|can|cannot)\b(?:\s+[\w']+){0,3}\s*$", re.I
)
# "May" the month ("stopped taking orders in May and ...", "on 3 May"), not the modal ("Acme May Close")
_MONTH_MAY = lazy(r"(?:\b(?:in|on|of|since|until|by|from|early|late|mid|this|next|last|during|before|after|through)"
                        r"\s+|\d\s+)May\b|\bMay\s+\d")
# "would like to"; "Globex said it would cut 40 jobs": a future reported in the past, not a condition
_MODAL_BENIGN = lazy(r"\b(?:would|'d)\s+like\s+to\b|\bcould(?:\s+not|n't)\s+be\b"
                           r"|\b(?:said|announced|confirmed|stated|added|adding|told\s+\w+)\s+(?:that\s+)?(?:it|they|we|" + _THE_FIRM + r")\s+would\b",
                           re.I)
# (a time alone after "since" or "after" is a time, not a clause: "Since October we've been owned by ...")
_SUBORDINATE = lazy(
    r"\b(?:when|as|while|once|like|unlike|until|before|following|(?:after|since)(?!\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:this|the)\s+(?:spring|summer|autumn|fall|winter)|"
    r"this\s+(?:week|month|year))\s+(?:we|we've|we're|i|i've|they|it|it's|our|(?-i:[A-Z])\w*)\b))\b", re.I)
_SOFT_BREAK = lazy(r"[,;:]")


def _window(prefix: str, limit: int) -> str:
    words = prefix.split()
    return " ".join(words[-limit:]) if len(words) > limit else prefix


# a negated clause that the trigger's clause is the complement of: what something does not mean, is no sign of, or is
# not the reason for ("This does not mean that we are closing", "is not a sign that", "This is not because we are")
_NOT_WHAT_IT_MEANS = lazy(
    r"(?:\b(?:(?:does|do|did|should|will|would)\s*(?:not|n't)|doesn't|don't|didn't|won't|shouldn't)\s+(?:\w+\s+)?"
    r"(?:mean|imply|signal|suggest|indicate)\s+(?:that\s+)?"
    r"|\b(?:(?:is|are|was|were)\s*(?:not|n't)|isn't|aren't|wasn't|weren't)\s+(?:\w+\s+)?(?:(?:a|an|any)\s+)?"
    r"(?:(?:sign|signal|indication|evidence)\s+(?:that\s+)?|because\s+(?!of\b)|the\s+reason\s+(?:that|why)\s+)"
    r"|\bno\s+(?:sign|signal|indication|evidence)\s+that\s+"
    r"|\bnone\s+of\s+(?:this|that|it|these)\s+(?:means|implies|signals|suggests|indicates)\s+(?:that\s+)?)"
    # the complement runs to the trigger: no dash, no second clause ("and", "so", "as", "now that") between
    r"(?:(?!\s--?\s|\s[\u2014\u2013]\s|\b(?:and|so|as|now|but|however|because|since)\b)[^;:!?])*$",
    re.I)


def is_negated(prefix: str, suffix: str = "", *, noun_trigger: bool = False) -> bool:
    """A negation in the trigger's clause, close before it ("we are not shutting down"), or
    right after a noun trigger ("layoffs are not planned")."""
    scope = _NEGATION_BENIGN.sub(" ", _window(clause_prefix(_last_soft_clause(prefix)), 8))
    if _NEGATION.search(scope) or _HEDGE.search(_window(prefix, 4)):
        return True
    if prefix.rstrip().endswith(",") and _NEGATED_BEFORE_ASIDE.search(prefix):
        return True  # "We have not, despite the photographs of champagne, closed our Series A"
    lowered = prefix.lower()
    if ("not" in lowered or "n't" in lowered or "no" in lowered) and _NOT_WHAT_IT_MEANS.search(_last_soft_clause(prefix)):
        return True  # "This is not a sign that we're going out of business", "does not mean we are closing"
    if noun_trigger:
        after = _NEGATION_BENIGN.sub(" ", " ".join(suffix.split()[:5]))
        if re.match(r"^\W*(?:[\w']+\W+){0,3}?(?:(?:is|are|was|were|will|have|has)\s+)?"
                    r"(?:not|never|no|unlikely|off\s+the\s+table|ruled\s+out)\b|^\W*(?:[\w']+\W+){0,2}?[\w]+n't\b",
                    after, re.I):
            return True
    return False


# "..., ending months of speculation": the news puts an end to the rumours, it does not deny itself; nor does news told after
# them, the rumours unsaid ("has today announced a £22 million fundraise, following press speculation earlier this week";
# not "following rumours that we were closing")
_ENDED_SPECULATION = lazy(r"\b(?:end(?:s|ed|ing)?|put(?:s|ting)?\s+an\s+end\s+to)\s+(?:\w+\s+){0,3}?speculation\b"
                          r"|\b(?:following|after|amid|in\s+response\s+to|further\s+to|responding\s+to)\s+"
                          r"(?:(?:recent|earlier|some|the|press|media|market|months\s+of|weeks\s+of)\s+)"
                          r"{0,3}(?:speculation|(?:press|media)\s+reports|rumou?rs)\b(?!\s+(?:that|of|about|suggesting|claiming|saying|"
                          r"regarding|were|was|are|is)\b)", re.I)


# the rumours confirmed, which the news then tells: "Yes, the rumours are true: we closed our seed", "We can confirm the reports"
_RUMOUR_CONFIRMED = lazy(r"\b(?:(?:the|those|these|all\s+the)\s+)?(?:rumou?rs?|reports?|stories|speculation)\s+(?:are|is|were|was)\s+"
                         r"(?:(?:all|quite|entirely)\s+)?(?:true|correct|right|accurate)\b"
                         r"|(?<!\bnot\s)(?<!n't\s)(?<!\bcannot\s)(?<!\bto\s)\bconfirm(?:s|ed|ing)?\s+(?:the\s+)?(?:rumou?rs?|reports?|speculation)\b",
                         re.I)


def is_denied(sentence: str) -> bool:
    """The sentence reports something in order to deny it ("rumours that we were acquired are false")."""
    lowered = sentence.lower()
    if "speculation" in lowered or "reports" in lowered or "rumo" in lowered:
        sentence = _RUMOUR_CONFIRMED.sub(" ", _ENDED_SPECULATION.sub(" ", sentence))
    return bool(_DENIAL.search(_NEGATION_BENIGN.sub(" ", sentence)))


# a condition set aside, closed by its comma: what follows holds either way ("Whether or not the price recovers, ...",
# "Even if a buyer appears, ...", "regardless of whether ...,")
_CONDITION_WAIVED = lazy(r"\b(?:(?:regardless\s+of\s+)?whether\s+or\s+not|even\s+if|regardless\s+of\s+whether)\b[^,;:.!?]*,", re.I)


def is_hypothetical(prefix: str) -> bool:
    """Conditional, instructional or speculative framing before the trigger, or a modal verb
    right before it ("Acme could be acquired")."""
    window = _window(prefix, 25)
    if ("hether" in window or "ven if" in window) and _CONDITION_WAIVED.search(window):
        window = _CONDITION_WAIVED.sub(" ", window)  # "Whether or not the milk price recovers, Newcombe will close"
    if any(not (m.group("bound") and _SOFT_BREAK.search(window, m.end())) for m in _HYPOTHETICAL.finditer(window)):
        return True
    tail = _MODAL_BENIGN.sub(" ", _MONTH_MAY.sub(" month ", _window(prefix, 6)))
    return bool(_MODAL_TAIL.search(" ".join(tail.split()[-5:])))


def is_hearsay(prefix: str, suffix: str = "") -> bool:
    """The trigger is something the reader "may have heard", not confirmed in the same sentence."""
    return bool(_HEARSAY.search(_window(prefix, 25))) and not _CONFIRMED.search(suffix)


def is_subordinate_background(prefix: str) -> bool:
    """The trigger sits in a "when/after/as X was ..." clause: background, not the news."""
    return bool(_SUBORDINATE.search(_last_soft_clause(prefix)))


def _last_soft_clause(prefix: str) -> str:
    parts = _SOFT_BREAK.split(prefix)
    return parts[-1] if parts else prefix
