"""Bylines: recognise a byline line and pull out the people it names.

Following the lesson users of article extractors keep teaching ("better fewer authors than
wrong ones"), a name is kept only when it looks like a person's name: 1-5 capitalised
words, no digits, not a news organisation, not a job title.
"""

from __future__ import annotations

import os
import re
from collections.abc import Container
from functools import cache, lru_cache

from wirecheck.dateline import feed_stamp
from wirecheck.patterns.boilerplate import PUBLICATION_NOTE_RE, signs_off
from wirecheck.patterns.credits import (
    AGENCIES,
    AGENCY_WRITER_RE,
    BYLINE_PREFIX_RE,
    CREDIT_TAIL_RE,
    FAMILY_NAMES_FIRST,
    ORGANISATIONS,
    SOURCE_CREDIT_RE,
    TITLE_WORDS,
    WRITER_CREDIT_RE,
)
from wirecheck.patterns.dateline_data import (
    COUNTRIES,
    NOT_PLACE_LEADS,
    US_STANDALONE_CITIES,
    US_STATES,
    WORLD_CITIES,
    norm_key,
)
from wirecheck.patterns.invisible import INVISIBLE
from wirecheck.patterns.mojibake import PAIR_RE
from wirecheck.patterns.stopwords import STOPWORDS
from wirecheck.regexes import regex

# Read by path, like the word tables: importing importlib.resources costs more start-up
# time than reading the file.
_GIVEN_NAMES_FILE = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "data", "given_names.txt"
)


@cache
def _census_given_names() -> frozenset[str]:
    """All listed given names (the US census's and other countries'; see
    ``scripts/build_given_names.py``), `Will` and `May` included (``given_names`` drops
    those)."""
    with open(_GIVEN_NAMES_FILE, encoding="utf-8") as handle:
        return frozenset(handle.read().split())


class _GivenNames:
    """The listed given names without words that are also function words or titles, as a
    test, not a second set: the list holds some 23,000 names."""

    __slots__ = ()

    def __contains__(self, name: object) -> bool:
        return (
            isinstance(name, str)
            and name in _census_given_names()
            and name.casefold() not in STOPWORDS
            and name not in _NOT_GIVEN
        )


_GIVEN_NAMES = _GivenNames()


def given_names() -> Container[str]:
    """The listed given names that name no one else (see ``_GivenNames``)."""
    return _GIVEN_NAMES


# Longest line we consider a byline; real ones (with agency and date) stay well below it.
_MAX_BYLINE = 160

_SEPARATOR_RE = regex(r"\s*(?:,|;|\band\b|&)\s*", re.IGNORECASE)
# What follows these is the outlet, a date or a role, never another author.
_CUT_RE = regex(r"\s+(?:[-–—|•·/]|on|[Ff]or|FOR)\s+|\s*[|•·]\s*")
# What ends the names part of a byline: a date, a time, "Updated", "Published", a handle.
_TAIL_RE = regex(
    r"\s*(?:[|•·]|\s-\s|\s–\s|\s—\s)?\s*(?:\b(?:Updated|Published|Posted|Last updated|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|"
    r"\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b)|@"
    # A reading time glued to the last name: `By Jane Doe3 min read`.
    r"|(?<=[a-z])\d{1,3}\s?min(?:ute)?s?\s+read\b).*$",
    re.IGNORECASE,
)
# Every _TAIL_RE match (and every match of ``headline.DATE_LINE_RE``) holds a digit, an `@`
# or one of these words, in any case: the month names only lead into a day's digits.
# The patterns' letters match only their own upper and lower case in ASCII text (`ſ`, `ı`
# and `İ` are not ASCII), so an ASCII line with none of them has no match: most lines near
# a byline, which are spared the patterns' slow scans.
_DATED_HINT_RE = regex(r"[0-9@]")
_DATED_WORDS = ("updated", "published", "posted")


def may_be_dated(text: str) -> bool:
    """False only for text the date-tail patterns cannot match (see above)."""
    if not text.isascii() or _DATED_HINT_RE.search(text) is not None:
        return True
    low = text.lower()
    return any(word in low for word in _DATED_WORDS)


def _tail_search(text: str) -> re.Match[str] | None:
    """``_TAIL_RE.search(text)``, with the exact precheck above."""
    return _TAIL_RE.search(text) if may_be_dated(text) else None


def only_a_stamp(text: str) -> bool:
    """A line that is all date or age (`3 hours ago`, `Updated 4:12 PM`, `Dec. 1, 2026`)."""
    found = _tail_search(text)
    return found is not None and found.start() == 0


def _untailed(text: str) -> str:
    """``_TAIL_RE.sub("", text)``, with the exact precheck above."""
    return _TAIL_RE.sub("", text) if may_be_dated(text) else text


# A given name, an optional initial and a surname, then three or more capitalised words.
_NAME_THEN_OUTLET_RE = regex(
    r"^([A-Z][a-z]+(?: [A-Z]\.)? (?:[A-Z]')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?) "
    r"(?:(?:[A-Z][\w'&.-]*|&)\s?){2,}$"
)
_OUTLET_MAX_WORDS = 7
# A name and an outlet of two words at least (`Jane Roe Chicago Tribune`).
_NAME_OUTLET_MIN_WORDS = 4
# A name of two to four words and an agency in brackets: `Yew Lun Tian (Reuters)`.
_NAME_AND_AGENCY_RE = regex(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) \(([^()]{2,40})\)$")
# What may trail the names of a bare credit line: `Jane Doe /`, `Jane Doe archive page`,
# `Jane Doe and John Roe in New York`.
_LOOSE_END_RE = regex(r"\s*(?:[/|•·–—-]|\barchive page|\bin (?:[A-Z][\w.'-]*(?: |$)){1,3})\s*$")
# `May 30, 2023 / Jane Doe`: a date before the names.
_DATE_FIRST_RE = regex(
    r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{4}|"
    r"\d{4}-\d{2}-\d{2})\s*[/|•·–—-]\s*"
)
# `FOXBusiness`, `MailOnline`: a word with capitals inside after a lower-case run.
_CAMEL_ORG_RE = regex(r"^[A-Z]{2,}[a-z]+[A-Za-z]*$|^[A-Z][a-z]+[A-Z][a-z]+[A-Z]")
# Given names that are far more often a title, a country or a word in headlines.
_NOT_GIVEN = frozenset(
    {
        "China",
        "Israel",
        "Queen",
        "King",
        "Prince",
        "Princess",
        "Miss",
        "Cleveland",
        "Royal",
        "Major",
        "Page",
        "Price",
        "Young",
        "Long",
        "Rich",
        "Star",
        "Gay",
        "Love",
        "Sunday",
        "Monday",
        "Donald",
        "Asia",
        "Houston",
        "Bradley",
    }
)
# Words newspapers and networks are named with: the outlet after a bare author name.
_OUTLET_WORD_RE = regex(
    r"\b(?:News|Times|Post|Press|Gazette|Telegram|Herald|Journal|Tribune|Enquirer|Courier|"
    r"TODAY|Today|Network|Media|Daily|Star|Sun|Globe|Chronicle|Register|Observer|"
    r"Guardian|Inquirer|Record|Report|Reporter|Review|Bee|Dispatch|Examiner|Independent|Mail|Mirror|"
    r"Express|Standard|Telegraph|Wire|Newswire|Agency|Radio|TV)\b"
)
_DOMAIN_RE = regex(r"\w\.(?:com|org|net|co\.uk|news|ca|au)\b", re.IGNORECASE)
# One word in camel case (`AJLabs`, `MrAJCosplay`): a pen name, never an everyday word.
_HANDLE_RE = regex(r"[A-Z][a-z]*[A-Z][A-Za-z]*[a-z][A-Za-z]*")
_INITIALS_RE = regex(r"(?:[A-Z]\.)+")
_KEEPS_PERIOD_RE = regex(r"(?:\b(?:Jr|Sr)|\b[A-Z]|\.[A-Z])\.$")
# `2d Mike Coppinger`, `5h ago`: the age of a post printed before the author.
AGE_RE = regex(r"^\d{1,2}\s?[smhdw]\s+")
# A name's word after its capital, which may be any letter (`Ömer`, `Łukasz`, `Émilie`).
# (U+FFFD: a letter lost in decoding is still a letter of the name.)
_NAME_REST_RE = regex(r"[\w'’.\-\ufffd]*")
_PARTICLE_SHAPE_RE = regex(r"[a-z]{1,3}")
# Lowercase particles allowed inside a name: `Ursula von der Leyen`, `Luiz da Silva`.
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "bin",
        "ibn",
        "bint",
        "al",
        "el",
        "ter",
        "du",
        "y",
        "e",
    }
)


# A particle joined to the name it opens: Arabic `al-Shihri`, `el-Sayed`, `bin-Zayed`,
# French and Italian `d'Estaing`, `d’Alema`. The name goes on after it, capitalised.
_JOINED_PARTICLE_RE = regex(r"(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|ben|d|l)[-'’][A-Z]\w")


def _joined_particle(word: str) -> bool:
    return _JOINED_PARTICLE_RE.match(word) is not None


def _is_org(text: str) -> bool:
    key = text.casefold().strip(" .")
    return key in ORGANISATIONS or key.removeprefix("the ") in ORGANISATIONS


def _org_suffix(words: list[str]) -> int | None:
    """Index where a trailing organisation name starts (`... Fox News`), or None."""
    for cut in range(len(words)):
        if _is_org(" ".join(words[cut:])):
            return cut
    return None


# Degrees and certifications written after a writer's name (`Jane Roe, MS, RD`).
_CREDENTIALS = frozenset(
    """
    MD MS RD RDN LD LDN PHD MBA CPA RN JD DO DDS DMD DVM PA PAC NP APRN CFP CFA CNS CDN
    CDE CDCES MPH MA BA BS BSC MSC MFA FACS FAAP FACP MFT PSYD EDD DNP PT DPT OT ATC CSCS
    CPT CHES IBCLC LMFT LPC LCSW ACE MSN BSN CRNP FNP ESQ
    """.split()
)


def _trailing_noise(words: list[str]) -> bool:
    """Whether the last word is a job title, an outlet or a credential, not a name."""
    last = words[-1]
    mixed_name = any(not w.isupper() for w in words[:-1])
    return (
        last.casefold().strip(",.") in TITLE_WORDS
        or _is_org(last)
        or bool(_CAMEL_ORG_RE.match(last))
        # `Lauren Manaker MS`: a credential after a name in mixed case, or an outlet's
        # initials (`Mike Coppinger ESPN`); but never the name's second word: AFP sets
        # family names in capitals (`Jane ROE`).
        or (mixed_name and last.strip(".,").replace(".", "").upper() in _CREDENTIALS)
        or (
            mixed_name
            and len(words) >= 3
            and last.isupper()
            and not _INITIALS_RE.fullmatch(last)  # `Nelson C.J.`
            and 2 <= len(last.strip(".,")) <= 4
            and last.strip(".,") not in ("II", "III", "IV")
        )
    )


# The last word of a collective credit, which names no person: `Sun Sentinel Editorial
# Board`. (`Staff`, `Bureau` and `Desk` also follow one writer: `Jane Doe Globe Staff`.)
_COLLECTIVE = frozenset({"board"})


# Job titles set before the name (`By Meteorologist Carla Nguyen`, `By Chief Political
# Correspondent Jane Roe`): dropped while two words of the name are left.
_LEADING_ROLES = frozenset(
    "meteorologist forecaster reporter correspondent writer editor columnist critic"
    " photographer producer anchor host chief senior staff deputy associate contributing"
    " special political business sports science health investigative".split()
)


def clean_name(candidate: str) -> str | None:
    """The person's name in one byline fragment, or None if it is not a person."""
    words = candidate.strip(" :,").split()
    if words and words[-1].casefold().strip(",.") in _COLLECTIVE:
        return None
    while len(words) > 2 and words[0].casefold() in _LEADING_ROLES and words[1][:1].isupper():
        words = words[1:]
    # A paper's name run on after the writer's, no comma between (`Jane Roe Los Angeles
    # Times`, as a copy of the paper's byline reads): two words of name, the rest the paper.
    if len(words) >= _NAME_OUTLET_MIN_WORDS and _OUTLET_WORD_RE.fullmatch(words[-1]):
        outlet = _NAME_THEN_OUTLET_RE.match(" ".join(words))
        if outlet is not None:
            words = outlet.group(1).split()
    # Drop outlets, job titles and credentials after the name: `Jane Doe Associated Press
    # Writer`, `Jane Ash FOXBusiness`, `Jane Doe Fox News`, `Jane Doe MS`.
    after_role = False
    while words:
        cut = _org_suffix(words)
        if cut is not None:
            # `Staff` is a role however it was recognised; `Associated Press` is not.
            after_role = cut == len(words) - 1 and words[-1].casefold() in TITLE_WORDS
            words = words[:cut]
        elif _trailing_noise(words):
            after_role = words.pop().casefold().strip(",.") in TITLE_WORDS
        elif after_role and len(words) > 2 and _OUTLET_WORD_RE.fullmatch(words[-1]):
            words.pop()  # `Jane Doe Globe Correspondent`: the outlet before the role
            after_role = False
        else:
            break
    while words and words[-1].casefold() in ("the", "of", "for", "at"):
        words.pop()
    # Keep the period of `Jr.` or an initial (`Nelson C.J.`); drop a sentence's.
    text = " ".join(words).strip(" ,")
    if text.endswith(".") and not _KEEPS_PERIOD_RE.search(text):
        text = text[:-1]
    if not text or _is_org(text) or any(ch.isdigit() for ch in text):
        return None
    words = text.split()
    if not 1 <= len(words) <= 5:
        return None
    if not words[0][:1].isupper() or not (words[-1][:1].isupper() or _joined_particle(words[-1])):
        return None
    if not all(_name_word(w) for w in words):
        return None
    if len(words) == 1:
        return None  # `By Invitation`, `By Staff`: a person has two names or more
    return text


def _name_word(word: str) -> bool:
    """A capitalised word (any alphabet's capital), or a short particle (`von`, `de`)."""
    if (word[:1].isupper() and word[:1].isalpha()) or _joined_particle(word):
        return _NAME_REST_RE.fullmatch(word, 1) is not None
    return _PARTICLE_SHAPE_RE.fullmatch(word) is not None and word in _PARTICLES


def _name_shaped(fragment: str) -> bool:
    """Two or three capitalised words and nothing else: another author in a comma list."""
    # Particles do not count (`Yusuf van der Brandt`), but a name opens and ends capitalised
    # (a place of the same shape, `Rio de Janeiro`, is where the writer filed from).
    words = [w for w in fragment.split() if w not in _PARTICLES]
    return (
        2 <= len(words) <= 3
        and fragment[:1].isupper()
        and fragment.split()[-1] not in _PARTICLES
        and all((w[:1].isupper() and w.isalpha()) or _INITIALS_RE.fullmatch(w) for w in words)
    )


def _role(fragment: str) -> bool:
    """`Chief Technology Officer`, `Politics Reporter`, `Phys.org`: not a person."""
    words = fragment.split()
    return any(w.casefold().strip(".,") in TITLE_WORDS for w in words) or any(
        "." in w.strip(".") and not re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words
    )


# The job a role line under a bare name ends with: `NFL Analyst`, `Senior Political Writer`.
_JOB_NOUNS = frozenset(
    "writer correspondent reporter editor columnist journalist contributor producer "
    "analyst critic photographer host anchor author".split()
)
_ROLE_LINE_MAX_WORDS = 5


def role_line(text: str) -> bool:
    """A line that is only a writer's job title, as under a bare byline name."""
    words = text.split()
    return (
        0 < len(words) <= _ROLE_LINE_MAX_WORDS
        and words[-1].casefold() in _JOB_NOUNS
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


# After a comma in a byline, a place is where the writer filed from (`Ana de Souza, Rio de
# Janeiro`), however much its first word looks like a given name.
_PLACES = WORLD_CITIES | COUNTRIES | US_STATES
_OUTLET_MAX_WORDS_UNDER_NAME = 4


def writer_line(text: str) -> bool:
    """What a line under a bare name says of its writer: a job, capitalised or in sentence
    case (`NFL Analyst`, `Political correspondent`, `BBC Wales political editor`), or an
    outlet and the place the writer files from (`BBC News, Cardiff`)."""
    if role_line(text):
        return True
    words = text.split()
    if not 0 < len(words) <= _ROLE_LINE_MAX_WORDS or not words[0][:1].isupper():
        return False
    if words[-1] in _JOB_NOUNS:
        return all(w.isalpha() for w in words)
    outlet, comma, where = text.rpartition(", ")
    return (
        bool(comma)
        and norm_key(where) in _PLACES
        and len(outlet.split()) <= _OUTLET_MAX_WORDS_UNDER_NAME
        and all(w[:1].isupper() for w in outlet.split())
    )


_NAME_ROLE_MAX_WORDS = 8


def name_and_role(text: str) -> tuple[str, ...] | None:
    """The writer of a line of name and job, the job in sentence case (`Gareth Llewellyn
    North of England correspondent`, `Imogen Standish Transport correspondent`): a given
    name opens it, a job noun ends it. Where the name ends is not written; it is taken to
    be a given name and a surname, as most are."""
    words = text.split()
    if (
        3 <= len(words) <= _NAME_ROLE_MAX_WORDS
        and words[-1] in _JOB_NOUNS  # lower case: `Paper Names New Editor` is a headline
        and words[0] in given_names()
        # capitals up to the job (`Mark Carney names new editor` is a headline)
        and all(w[:1].isupper() or w in _ROLE_JOINERS for w in words[1:-1])
        and words[1][:1].isupper()
    ):
        return (f"{words[0]} {words[1]}",)
    return None


_ROLE_JOINERS = frozenset({"of", "and", "for", "the", "&"})


# `in Paris`, `in Rio de Janeiro` after a writer's name, before the next name or the end.
_FILED_FROM_MAX = 300  # no byline line is longer; longer text is not read for places
_FILED_FROM_RE = regex(
    r"\s+in\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|do|del|la|el|al|of|upon)){0,4}"
    r"(?=\s*(?:,|;|&|\band\b|$))"
)
# `(janeroe@example.com)`, `(@janeroe)` after a writer's name: how to reach them.
_CONTACT_RE = regex(r"\s*\(\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{1,30})\s*\)")


def _drop_places(text: str) -> str:
    """`Jane Roe in Paris and Tom Hale in Berlin` -> `Jane Roe and Tom Hale`."""
    if " in " not in text or len(text) > _FILED_FROM_MAX:
        return text
    return _FILED_FROM_RE.sub("", text)


# AFP joins its writers with `with`, their family names in capitals: `Jean DUPONT with
# Marie MARTIN in Paris`. Only in that shape: `Taylor Swift with Travis Kelce` is a caption.
_AFP_WITH_RE = regex(r"(?:,\s*|\s+)with\s+(?=\S)")


def _afp_with(text: str, *, titled: bool = False) -> str:
    """``text`` with AFP's `with` between two writers read as `and`; with ``titled`` (a
    `By` line's names), `with` before a census given name too (`Jane Roe with John Doe`)."""
    joined = _AFP_WITH_RE.search(text)
    if joined is None:
        return text
    left, right = text[: joined.start()], text[joined.end() :]
    if all(any(len(w) > 1 and w.isupper() for w in side.split()[1:]) for side in (left, right)):
        return f"{left} and {right}"
    # `Jane Roe with John Doe`: two names, the second opening with a census given name.
    words = right.split()
    if (
        titled
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and words[0] in _census_given_names()
        and len(left.split()) >= 2
    ):
        return f"{left} and {right}"
    return text


# Damage a byline may carry: characters no reader sees (a soft hyphen, a zero-width
# space, a direction mark), an HTML reference written out (`O&rsquo;Connor`), UTF-8 read
# as Windows-1252 (`BelÃ©n`, a lead byte and a continuation byte).
_INVISIBLE_RE = regex(f"[{INVISIBLE}]")
_REFERENCE_RE = regex(r"&#?\w{1,10};")
# Combining accents of decomposed (NFD) text, which the name patterns do not read as letters.
_COMBINING_RE = regex("[\u0300-\u036f]")
_MOJIBAKE_RE = PAIR_RE


def _readable(text: str) -> str:
    """The byline as a reader would see it, its damage undone: the names are the people's,
    whatever the file did to their letters (``raw`` keeps what is written)."""
    if _INVISIBLE_RE.search(text):
        text = _INVISIBLE_RE.sub("", text)
    if "&" in text and _REFERENCE_RE.search(text):
        import html

        text = html.unescape(text)
    if _MOJIBAKE_RE.search(text):
        from ftfy import fix_encoding  # imported here: only a garbled byline pays for it

        text = fix_encoding(text)
    if not text.isascii() and _COMBINING_RE.search(text):
        import unicodedata

        text = unicodedata.normalize("NFC", text)  # `Jose\u0301` (a Mac's NFD) is `José`
    return text


# Between the names of a byline: `Jane Doe, John Roe and Ann Poe & Max Low`.
_NAME_SEPARATOR_RE = regex(r"(\s*(?:,|;|\band\b|&)\s*)", re.IGNORECASE)


# A name's word in capitals, a Scottish or Irish prefix kept as written (`McGUIRK`,
# `O'BRIEN`), or an initial (`J.`).
_CAPS_WORD_RE = regex(r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*")


def names_in(text: str, *, by_line: bool = False) -> tuple[str, ...]:
    """The people named in a byline text (prefix like "By" already removed; ``by_line``
    when it had one, which vouches for a second writer after `with`).

    `Jane Doe and John Roe` and `JANE DOE, JOHN ROE` name two people; in `Jane Doe,
    Medical Xpress` or `Jane Doe, Politics Reporter` what follows the comma is an outlet
    or a role, so after a comma only a fragment followed by "and" or written in the same
    capitals as the first name counts as another person.
    """
    text = _readable(text)
    if "(" in text:
        text = _CONTACT_RE.sub("", text)
    text = _drop_places(_untailed(_CUT_RE.split(text, maxsplit=1)[0]).rstrip(" ,;"))
    if " with " in text:
        text = _afp_with(text, titled=by_line)
    # `Jane Doe long Read`, `Jane Doe staff writer`: the names end at a lowercase word;
    # names in capitals end where the capitals do (`DANA WHITLOW Capitol News Service`).
    kept: list[str] = []
    words = text.split()
    # (two words in capitals open it: `JR Raphael` and `K.S. Rao` open with initials)
    capitals = len(words) > 1 and all(
        sum(c.isalpha() for c in w) > 1 and _CAPS_WORD_RE.fullmatch(w) for w in words[:2]
    )
    for word in words:
        if (
            word[:1].islower()
            and word.casefold() != "and"
            and word not in _PARTICLES
            and not _joined_particle(word)
        ):
            break
        if (
            capitals
            and kept
            and not (
                _CAPS_WORD_RE.fullmatch(word.rstrip(",;")) or word in _PARTICLES or word == "and"
            )
        ):
            break
        kept.append(word)
    text = " ".join(kept)
    parts = _NAME_SEPARATOR_RE.split(text)
    fragments = parts[0::2]
    separators = [p.strip().casefold() for p in parts[1::2]]
    names: list[str] = []
    first_upper = fragments[0].isupper() if fragments else False
    for i, fragment in enumerate(fragments):
        if i and separators[i - 1] == ",":
            later_and = any(sep in ("and", "&") for sep in separators[i:])
            first_word = fragment.split()[0] if fragment.split() else ""
            starts_name = first_word.capitalize() in given_names()
            same_caps = first_upper and fragment.isupper()
            listed = starts_name or _name_shaped(fragment)
            if (
                _role(fragment)
                or _outlet_fragment(fragment)
                or not (later_and or same_caps or listed)
                or norm_key(fragment) in _PLACES
            ):
                break  # `Jane Roe, Detroit Free Press`: the outlet, not a second writer
        elif i and _role(fragment) and _role(clean_name(fragment) or fragment):
            break  # `Jane Doe Data and Graphics Journalist`: a role, not a second author
        name = clean_name(fragment)
        if name and name not in names:
            names.append(name)
    if not names and len(fragments) == 1:
        handle = fragments[0].strip(" ,")
        if _HANDLE_RE.fullmatch(handle) and not _is_org(handle):
            names.append(handle)  # `By AJLabs`: a desk's or a writer's pen name in one word
    return tuple(names)


# Lowercase `and` (or capitals under a byline in capitals): `And Then There Were None`
# under a byline is a heading.
_CONTINUED_RE = regex(r"(?:and|AND|&)\s+(?=\S)")


def continued_byline(text: str) -> tuple[str, ...] | None:
    """The names on a byline's second line, `and John Doe` under `By Jane Roe`; else None."""
    joined = _CONTINUED_RE.match(text)
    if joined is None or len(text) > _MAX_BYLINE:
        return None
    return match_byline("By " + text[joined.end() :]) or None


# A byline cut inside its last name, the page's break falling between given name and
# family name: `By Wu Lan and Zhao` over `Wenbo, Xinhua`.
_DANGLING_NAME_RE = regex(r"(?:\s(?:and|&)|,)\s+([A-Z][a-z]+)$")
_CUT_NAME_REST_RE = regex(r"([A-Z][a-z]+)(?:,|$)")


def wrapped_byline(raw: str, text: str) -> tuple[str, ...] | None:
    """The byline's names when ``text`` holds the rest of the last name ``raw`` was cut in;
    else None. Read together they must name the same people and the cut one in full."""
    dangling = _DANGLING_NAME_RE.search(raw)
    rest = _CUT_NAME_REST_RE.match(text)
    if dangling is None or rest is None or len(raw) + len(text) > _MAX_BYLINE:
        return None
    if _known_place(rest.group(1)):
        return None  # `Beijing, May 3`: the dateline, set on a line of its own
    before = match_byline(raw) or ()
    after = match_byline(f"{raw} {text}") or ()
    whole = f"{dangling.group(1)} {rest.group(1)}"
    if len(after) != len(before) + 1 or after[:-1] != before or after[-1] != whole:
        return None
    return after


# An agency and a separator before `By`, as public-radio pages set their credits.
_SOURCE_BY_RE = regex(r"^([A-Z][\w&.' ]{1,40}?)\s*[|·•/]\s*(?=By\s)")
# The page's time stamp set before the byline on its line: `Published 10/05/2021 — 06:05
# By Jane Roe`, `Publicado em 10/05/2021 — 06:05 Por Luiz Ferreira — Repórter ...`.
_STAMP_BEFORE_BY_RE = regex(
    r"^(?i:published|updated|posted|publicado(?:\s+(?:em|el))?|publié(?:\s+le)?"
    r"|pubblicato(?:\s+il)?|veröffentlicht(?:\s+am)?|actualizado|atualizado(?:\s+em)?)"
    r"\s*:?\s*(?=[^\n]{0,6}\d)[\w/.:,\s—–|-]{4,40}?\s*(?=(?:By|Por|Par|Von|Di)\s)"
)


def match_byline(text: str) -> tuple[str, ...] | None:
    """If ``text`` is a byline line (`By ...`), the names in it (possibly none); else None."""
    if text[:1] in INVISIBLE:
        text = text.lstrip(INVISIBLE)  # a BOM or a direction mark before `By`
    if len(text) > _MAX_BYLINE:
        return None if PUBLICATION_NOTE_RE.match(text) else _bio_byline(text)
    # `Associated Press | By Hannah Okafor`, `Capitol News Service | By Dana Whitlow`: the
    # agency or the outlet set before the byline, a name in capitals
    stamp = _STAMP_BEFORE_BY_RE.match(text) if text[:1] in "PUAVpuav" else None
    if stamp is not None:
        text = text[stamp.end() :]  # the byline after the page's time stamp
    source = _SOURCE_BY_RE.match(text) if "By " in text else None
    if source and (
        norm_key(source.group(1)) in AGENCIES
        or is_agency_line(source.group(1))
        or all(w[:1].isupper() for w in source.group(1).split())
    ):
        return _short_byline(text[source.end() :])
    return _short_byline(text)


# The parser asks about each short line more than once (is it headline-shaped? is it the
# byline?), and pages repeat their bylines; the answer depends on the text alone.
@lru_cache(maxsize=1024)
def _short_byline(text: str) -> tuple[str, ...] | None:
    if PUBLICATION_NOTE_RE.match(text):
        return None  # `... has not been edited by Gazette staff`: a note on the copy
    if _STAFF_CREDIT_RE.fullmatch(text):
        return ()  # `By staff`, `From staff reports`: a byline naming no one
    prefix = BYLINE_PREFIX_RE.match(text)
    if not prefix:
        return _foreign_byline(text)
    rest = text[prefix.end() :]
    # `By the time ...` is a sentence, not a byline: the rest must start like a name or org.
    first = rest.split(maxsplit=1)[0] if rest.split() else ""
    if first == "the" and _TITLED_RE.fullmatch(rest[4:]):
        return ()  # `By the Editorial Board`: an organisation's credit, no one named
    if not first[:1].isupper():
        return None
    # The length test reads the names part: `Globe Correspondent, Updated ... 5:49 p.m.`
    # ends in a full stop without being a sentence.
    names_part = _untailed(rest)
    if names_part.rstrip().endswith((".", "?", "!")) and len(names_part.split()) > 8:
        return _bio_byline(text)
    if "." in rest:
        rest = _ADDRESS_TAIL_RE.sub("", rest)  # `By KATE FENWICK Stateline.org`
    rest = _without_agency(rest)  # `By Jane Roe (Reuters)`: the agency is no name
    # `By Jane Roe --`: the dash an AP notebook sets between a credit and its item
    rest = _TRAILING_DASH_RE.sub("", rest)
    writers = _AGENCY_WRITERS_RE.match(rest)
    if writers and writers.group(1).casefold().removeprefix("the ") in ORGANISATIONS:
        rest = rest[writers.end() :]  # `by Xinhua writers Li Ming, Wang Fang`
    names = names_in(rest, by_line=True)
    if not names and _told(rest):
        return None  # `By Tuesday night the courts were dry.`: a sentence, naming no one
    return names


# Lowercase words a byline holds between its names and its outlet (`Jane Roe and John Doe
# of the Gazette`, `Associated Press staff`).
_BYLINE_FUNCTION_WORDS = frozenset(
    "and of the for at in de da del della der di du la le van von y staff writer writers"
    " reporter reporters correspondent correspondents editor editors".split()
)


def _told(rest: str) -> bool:
    """Whether what follows `By` is a sentence: closed by its mark and holding two or more
    lowercase words no byline has."""
    if not rest.rstrip().endswith((".", "!", "?")):
        return False
    told = [
        w for w in rest.split() if w[:1].islower() and w.rstrip(".,") not in _BYLINE_FUNCTION_WORDS
    ]
    return len(told) >= 2


# A credit to a paper's staff: `By staff`, `From staff reports`, `By staff and wire reports`.
_STAFF_CREDIT_RE = regex(
    r"(?i:by|from) (?i:the )?(?i:staff)(?: (?i:and wire|and news service))?(?: (?i:reports?))?\.?"
)
# Words in Title Case, a name's or an organisation's (`Editorial Board`).
_TITLED_RE = regex(r"[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|and|&)){0,4}")


# A dash closing the names, the item following (`By Jane Roe --`).
_TRAILING_DASH_RE = regex(r"\s+(?:--|[—–])\s*$")
# An outlet's web address run on after the names.
_ADDRESS_TAIL_RE = regex(r"\s+[A-Za-z][\w-]*\.(?:com|org|net|gov|edu|news)\s*$")
# An agency's writers named after it: `Xinhua writers`, `AFP correspondent`.
_AGENCY_WRITERS_RE = regex(
    r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:staff\s+)?"
    r"(?:writers?|correspondents?|reporters?)\s+(?=[A-Z])",
    re.IGNORECASE,
)


# `By Jane Doe, who covers energy for the paper. Doe has written ...`: a byline that runs
# on into the writer's biography, a lowercase clause after the name.
_BIO_BYLINE_RE = regex(
    r"^By\s+([A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,2}),\s+"
    r"(?:a|an|the|one|who|is|was|has|our|senior|staff|contributing)\s"
)


def _bio_byline(text: str) -> tuple[str, ...] | None:
    """The name of a byline run on into a biography, when it opens with a census given name
    or a word no dictionary knows."""
    found = _BIO_BYLINE_RE.match(text)
    if found is None:
        return None
    first, *_, last = found.group(1).split()
    # A census given name or a first name no dictionary knows will do, or a last name that
    # is no common word (`By Amrita Khalid, one of ...`: amrita is a word, Khalid only a
    # name); `By Christmas Eve, the ...` is a sentence.
    given = first in _census_given_names() or not _known_word(first)
    if not given and _no_surname(last):
        return None
    return (found.group(1),)


# `Von Jane Doe, dpa`, `Por Juan Pérez`, `Par Jean Dupont`, `Door Jan de Vries`, `di Marco
# Rossi`: the bylines of German, Spanish and Portuguese, French, Dutch and Italian copy.
_FOREIGN_BY_RE = regex(r"^(?:Von|VON|Por|POR|Par|PAR|Door|DOOR|di|Di)\s+(?=[A-ZÀ-ÖØ-Þ])")


_FOREIGN_AND_RE = regex(r" (?:und|et|en) (?=[A-ZÀ-ÖØ-Þ])")
# The writer's job after the names, set off by a dash or a comma, as agencies in other
# languages sign: `Por Luiz Ferreira — Repórter da Agência Brasil — Brasília`, `Von Anna
# Roe, dpa-Korrespondentin`, `Par Jean Dupont, envoyé spécial`.
_FOREIGN_ROLE_RE = regex(
    r"(?:\s[—–-]\s|,\s)\s*(?:[\w-]+\s)?(?i:rep[oó]rter|reportera|redator|redatora|redactora?"
    r"|corresponsal|correspondente|correspondant|correspondante|corrispondente|journaliste"
    r"|giornalista|periodista|jornalista|envoy[ée]e?|enviad[oa]|inviat[oa]|redakteurin"
    r"|redakteur|\w*korrespondent(?:in)?)\b"
)


def _foreign_byline(text: str) -> tuple[str, ...] | None:
    """The names of a byline in another language, when they start with a known given name
    or are written in AFP's way, the family name in capitals (`Par Julien MARCHAND`):
    these words also open sentences, and `Por La Cultura` is no byline."""
    prefix = _FOREIGN_BY_RE.match(text)
    if prefix is None:
        return None
    # `und`, `et`, `en` join two writers as `and` does (not Spanish `y`, which also joins
    # two surnames of one person).
    names = names_in(_FOREIGN_AND_RE.sub(" and ", text[prefix.end() :]))
    if not names:
        return None
    first = names[0].split()
    known = unaccented(first[0].split("-")[0]).capitalize() in _census_given_names()
    capitals = first[0].istitle() and any(len(w) > 1 and w.isupper() for w in first[1:])
    role = _FOREIGN_ROLE_RE.search(text, prefix.end()) is not None
    return names if known or capitals or role else None


def unaccented(word: str) -> str:
    """``word`` without its accents (`María` -> `Maria`): for the census of given names,
    and for a spelling whose only correction adds accents (`gardai`)."""
    if word.isascii():
        return word
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# A story signed under its last paragraph: `— Jane Roe, Associated Press`.
_SIGNED_RE = regex(r"^[—–-]{1,2}\s*([^,]{3,60}),\s+([^,]{2,40}?)\.?\s*$")


def _signed(text: str) -> tuple[str, ...] | None:
    """The writer of a closing signature: a dash, the name and the agency, nothing else."""
    match = _SIGNED_RE.match(text)
    if match is None or match.group(2).casefold().removeprefix("the ") not in AGENCIES:
        return None
    name = clean_name(match.group(1))
    return (name,) if name else None


# A clause of a credit tail that names writers: `Reporting by ...`, `(By ...)`.
_WRITER_LABEL_RE = regex(r"(?i:reporter|reporting|writer|writing)\s*:\s*")
_CREDITED_RE = regex(
    r"^(?:(?:(?:with\s+)?(?:additional\s+)?reporting|writing|compiled|reporting and writing"
    r"|story\s+filed|(?:original(?:ly)?\s+)?written)"
    r"\s+)?by\s+(.*)$",
    re.IGNORECASE,
)


_CREDIT_LABEL_RE = regex(r"^Credits?:\s*")


def match_credit_tail(text: str) -> tuple[str, ...] | None:
    """`Reporting by ...; Editing by ...`, `— Jane Roe, Associated Press`: the reporters
    and writers named, else None."""
    if text[:1] in "—–-" and len(text) < 120:
        return _signed(text)
    if len(text) > 400:
        return None
    if not (CREDIT_TAIL_RE.match(text) or WRITER_CREDIT_RE.match(text)):
        # a labelled credit has its colon; a source note opens `With` or `Some`
        if not (":" in text or text[:4].lower() in ("with", "some")):
            return None
        if not SOURCE_CREDIT_RE.match(text):
            return None
        # `Reporter: Aditya Pratama` (Antara) names the writer; `Translation: ...` a helper.
        label = _WRITER_LABEL_RE.match(text)
        return tuple(names_in(text[label.end() :].strip())) if label else ()
    names: list[str] = []
    for clause in re.split(r"[;.]\s*", _CREDIT_LABEL_RE.sub("", text.strip("() "), count=1)):
        match = _CREDITED_RE.match(clause.strip())
        if not match:
            continue
        # names_in drops where each filed from (`Jane Doe in London and John Roe in Paris`)
        names.extend(n for n in names_in(match.group(1)) if n not in names)
    return tuple(names)


def is_agency_line(text: str) -> bool:
    """A line that is only a news agency's name (`The Canadian Press`, `Reuters`,
    `(Australian Associated Press)`)."""
    return len(text) < 40 and text.strip(" .()").casefold().removeprefix("the ") in AGENCIES


def is_agency_writer_line(text: str) -> bool:
    """`Associated Press Writer`, `AP Science Writer`: the line under an AP/UPI byline."""
    return len(text) < 60 and bool(AGENCY_WRITER_RE.match(text.strip()))


# `Staff` closing an outlet's credit: `Herald Staff`, `Velmor.com Staff Reports`.
_STAFF_TAIL_RE = regex(r"\s+Staff(?: Reports?| Writers?)?$")
# An outlet's web address as its name: `CTVNews.ca`, `Velmor.com`.
_HOST_NAME_RE = regex(r"[A-Za-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}")
_STAFF_OUTLET_MAX_WORDS = 3


def staff_line(text: str) -> bool:
    """An outlet's staff credited alone (`Velmor.ca Staff`, `Herald Staff`): a byline naming
    no one. The outlet is a web address, a known agency or organisation, or a few capitalised
    words ending in an outlet's (`Daily Courier`), so `Hospital Cuts Staff` is no credit."""
    tail = _STAFF_TAIL_RE.search(text) if len(text) < _MAX_BYLINE // 2 else None
    if tail is None:
        return False
    outlet = text[: tail.start()].strip()
    words = outlet.split()
    if not 1 <= len(words) <= _STAFF_OUTLET_MAX_WORDS:
        return False
    return (
        (len(words) == 1 and _HOST_NAME_RE.fullmatch(outlet) is not None)
        or is_agency_line(outlet)
        or _is_org(outlet)
        or _outlet_fragment(outlet)
    )


def is_name_and_outlet(text: str) -> bool:
    """`Kaitlyn McCormick Cherry Hill Courier-Post`: a credit line, whoever the person is."""
    match = _NAME_THEN_OUTLET_RE.match(text) if len(text.split()) <= _OUTLET_MAX_WORDS else None
    # The outlet's name ends the line (`... Courier-Post`, `... USA TODAY`); an outlet word
    # inside a headline (`Record Grain Harvest`) does not make it a credit.
    return bool(match and _OUTLET_WORD_RE.search(text.split()[-1]))


def _outlet_fragment(fragment: str) -> bool:
    """`Bleacher Report`, `The Jersey Journal`: a few capitalised words, the last an
    outlet's (`Report`, `Journal`, `Times`)."""
    words = fragment.split()
    return (
        1 <= len(words) <= _OUTLET_MAX_WORDS
        and all(w[:1].isupper() for w in words)
        and bool(_OUTLET_WORD_RE.fullmatch(words[-1]))
    )


_TOLD_TO_RE = regex(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2},? as told to (?=[A-Z])")


# The author link some pages print where the name goes under a bare `By`: `Social Links
# for Jane Doe`, `More articles by Jane Doe`, `View all posts by Jane Doe`.
_AUTHOR_LINK_RE = regex(
    r"^(?i:social links|(?:view |see )?(?:all|more) (?:articles|stories|posts))\s+"
    r"(?i:for|by|from)\s+(?=[A-Z])"
)


def opens_byline(text: str) -> bool:
    """Whether a line that may continue a wrapped paragraph is a byline instead.

    In copy set all in capitals, `BY LOW PRICES.` is a wrapped sentence's next line, so
    there the first name must be a census given name (`BY JOHN MARSH`) or a name word no
    dictionary has (`BY CHEGE MBITIRU`).
    """
    names = match_byline(text)
    if not names:
        return False
    if not text.isupper():
        return True
    words = names[0].split()
    return words[0].title() in _census_given_names() or not all(map(_known_word, words))


def strip_author_link(text: str) -> str:
    """``text`` without an author link's label (`Social Links for Jane Doe` -> the name)."""
    return _AUTHOR_LINK_RE.sub("", text, count=1)


def undoubled(text: str) -> str:
    """`Jane Doe, AP Jane Doe, AP` -> `Jane Doe, AP`: a line printed twice over, as pages
    saved as text run a visible copy and a screen reader's together."""
    half = len(text) // 2
    if len(text) % 2 and text[half] == " " and text[:half] == text[half + 1 :]:
        return text[:half]
    return text


def looks_like_name_line(text: str) -> tuple[str, ...] | None:
    """A bare author line of web pages (`Jane Doe`, `Jane Doe and John Roe`, `Jane Doe, CNN`).

    The caller looks only between headline and body. There a name must start with a known
    given name (`Pamela Falk`, not `Lighter Side`), unless the line also carries a date or
    time (`Doric Sam December 20, 2023`), as bylines do. Returns the names or None.
    """
    if _feed_stamp_line(text):
        return None
    text = _drop_places(undoubled(text))
    text = _without_foreign_label(text)  # `Von Jörg Schmidt`: the label is no given name
    # AFP's `with` between writers in its capitals vouches for names as an agency does.
    joined = _afp_with(text) if " with " in text else text
    afp = joined != text
    text = joined
    # The tests of length and sentence end read the line without its date tail: `Janyce
    # McGregor · CBC News · Posted: Dec 22, 2023 8:25 AM EST | Last Updated: ...` is long,
    # `Jane Doe December 22, 2023 Comment Now!` ends in `!`.
    told = _TOLD_TO_RE.search(text)
    if told:
        # `Amie Mock as told to Jane Roe`: the teller is the subject, the writer the byline.
        return names_in(text[told.end() :]) or None
    credited = _NAME_AND_AGENCY_RE.match(text)
    if credited and norm_key(credited.group(2)) in AGENCIES:
        # `Yew Lun Tian (Reuters)`: a writer and the agency in brackets, as papers that run
        # agency copy credit it (a photo's credit names no writer first).
        name = credited.group(1)
        if name.split()[0] in given_names():
            return names_in(name) or None
    dated = bool(_tail_search(text))
    text = _LOOSE_END_RE.sub("", _untailed(text))
    sentence = text.rstrip().endswith((".", "?", "!", ":")) and not text.endswith(" Jr.")
    words = len(text.split())
    # A person has two names or more (``clean_name``), and no part of a line holds more
    # words than the line.
    if len(text) > 80 or sentence or words < 2:
        return None
    outlet = _NAME_THEN_OUTLET_RE.match(text) if words <= _OUTLET_MAX_WORDS else None
    if (
        outlet
        and outlet.group(1).split()[0] in given_names()
        and _OUTLET_WORD_RE.search(text[outlet.end(1) :])
    ):
        # `Sarah Barnacle Worcester Telegram & Gazette`: a name run into the outlet.
        return (outlet.group(1),)
    unaged = AGE_RE.sub("", text)
    cut = _CUT_RE.search(unaged)
    if cut and cut.group().strip() in ("on", "for", "For") and unaged[cut.end() :][:1].islower():
        return None  # `Bruce Dern on the set of ...`: a caption's sentence, not `Jane Doe on Dec 3`
    head = unaged[: cut.start()] if cut else unaged
    stripped = _untailed(head).strip()
    if not stripped:
        return None
    first = stripped.split()[0]
    if first.isupper() and len(first) <= 4 and not stripped.isupper():
        return None  # `CBC Arts · Posted ...`: an outlet's initials, not a given name
    fragments = [f for f in _SEPARATOR_RE.split(stripped) if f.strip()]
    # After the names, `Bleacher Report` or `Battle Creek Enquirer` is the outlet.
    # So is a role or an institution (`Senior Lecturer in Economics, University of X`).
    names = [
        None if k and (_outlet_fragment(f) or _role(f) or _is_org(f)) else clean_name(f)
        for k, f in enumerate(fragments)
    ]
    people = [n for n in names if n]
    if not people:
        return None
    # Every fragment must be a person or an organisation, and names have 2+ words, the
    # first a known given name: what separates `Pamela Falk` from `Lighter Side`.
    # `Noah Eastwood, Money Reporter`, `Terry Pluto, cleveland.com`: roles and outlets may
    # follow the names; anything else means the line is not a byline.
    # After a role, a short fragment is its desk: `Nate Saunders, General Editor, F1`.
    after_role = [
        any(_role(f) for f in fragments[1:k]) and len(f.split()) <= 2
        for k, f in enumerate(fragments)
    ]
    if names[0] is None or any(
        n is None
        and not (_is_org(f) or _role(f) or _DOMAIN_RE.search(f) or _outlet_fragment(f) or desk)
        for n, f, desk in zip(names, fragments, after_role, strict=True)
    ):
        return None  # the names come first: `Research Fellow, Grover M. Hermann Center` is not
    # Bare lines are not trusted with long names: `Bill Barr Says Voting` is a headline.
    if any(not 2 <= len([w for w in p.split() if not w.endswith(".")]) <= 3 for p in people):
        return None
    unknown = any(given_key(p.split()[0]) not in given_names() for p in people)
    # A news agency credited after the names vouches for them as a date does: `Jean-Luc
    # MARTIN, AFP`, `Li Ming, Xinhua` (names no census list knows).
    agency = any(f.strip().casefold().removeprefix("the ") in AGENCIES for f in fragments[1:])
    # So does a writer's job title beside a name the census knows: `Tom Hale Transport
    # correspondent and Priya Nandakumar`.
    titled = any(_role(f) for f in fragments) and any(
        given_key(p.split()[0]) in given_names() for p in people
    )
    if unknown and not (dated or agency or titled or afp):
        return None
    if dated and unknown and any(_known_place(p) for p in people):
        return None  # `New York, 27 November 2026`: a statement's place and date
    return tuple(dict.fromkeys(people))


def _feed_stamp_line(text: str) -> bool:
    """Whether a line is a feed's or a site's name over its stamp (`Velmor Aktuelle
    Nachrichten - Sa, 07/20/2019 - 17:31`, `All Headlines 11:26 May 28, 2009`, see
    ``dateline.feed_stamp``): the page's furniture, whose date would otherwise vouch for
    the name. A known given name opening it keeps a writer's `Jane Roe - Sat, 07/20/2019`
    a byline."""
    return feed_stamp(text) and given_key(text.split()[0]) not in given_names()


def _known_place(name: str) -> bool:
    key = norm_key(name)
    return any(key in known for known in (WORLD_CITIES, US_STANDALONE_CITIES, US_STATES, COUNTRIES))


def given_key(word: str) -> str:
    """The given-name key of a name's first word: `Jean-Luc` is looked up as `Jean`."""
    return word.split("-", 1)[0].capitalize()


# `Dec 21, 2023 at 1:39 pm | By Jane Doe`, `posted on 2023-12-19 by Jane Doe`: the byline
# closes a time stamp.
_STAMP_BY_RE = regex(r"(?:^|[|•·]\s*|\s)(?:published\s+)?by\s*:?\s+(?=[A-Z])", re.IGNORECASE)


def byline_in_stamp(text: str) -> tuple[str, ...] | None:
    """The names after `by` at the end of a dated line, or None."""
    if len(text) > _MAX_BYLINE or not _tail_search(text) or PUBLICATION_NOTE_RE.match(text):
        return None
    # The last `by` of the line: what follows it is the names.
    found = max(_STAMP_BY_RE.finditer(text), key=lambda m: m.start(), default=None)
    if found is None or found.start() == 0:
        return None  # a line that opens with `By` is ``match_byline``'s
    names = names_in(text[found.end() :])
    return names or None


def _common_word(word: str) -> bool:
    from wirecheck.spelling.tables import lexicon  # the word tables only when needed

    key = word.casefold()
    table = lexicon()
    return table.known(key) and not table.name_only(key)


def _known_word(word: str) -> bool:
    from wirecheck.spelling.tables import lexicon

    return lexicon().known(word.casefold())


# Capitalised words of time that the word list keeps as names: `By Last Friday, the ...`.
_CALENDAR_RE = regex(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|christmas|easter|thanksgiving|halloween"
    r"|hanukkah|ramadan|diwali|passover"
)


def _no_surname(word: str) -> bool:
    """A common word (``_common_word``), or a day, month or holiday: the word list keeps
    those as names, but `By Last Friday, the ...` names no one."""
    return bool(_CALENDAR_RE.fullmatch(word.casefold())) or _common_word(word)


def _family_first(words: list[str], dated: bool) -> bool:
    """`Tan Wei Ling`, `Nguyen Van An`: a common East Asian family name, then the given
    name, which must hold a word no dictionary has as an everyday one unless a stamp
    vouches for the line (`Wang Fang` over a date; never `Park Avenue`)."""
    if words[0] not in FAMILY_NAMES_FIRST:
        return False
    return dated or any(not _common_word(w.strip(".")) for w in words[1:])


_PAREN_AGENCY_TAIL_RE = regex(r"\s+\(([A-Za-z][\w .-]{0,30})\)$")


def _without_agency(text: str) -> str:
    """``text`` without a known agency in parentheses after the names (`Jane Roe (AP)`)."""
    agency = _PAREN_AGENCY_TAIL_RE.search(text) if text.endswith(")") else None
    if agency and agency.group(1).casefold() in AGENCIES:
        return text[: agency.start()]
    return text


def _without_foreign_label(text: str) -> str:
    """``text`` without a byline label in another language before a name of two words or
    more (`Von Jörg Schmidt`; `Von Miller` is a name)."""
    label = _FOREIGN_BY_RE.match(text)
    if label and len(text[label.end() :].split()) >= 2:
        return text[label.end() :]
    return text


def name_under_headline(text: str, *, dated: bool = False) -> tuple[str, ...] | None:
    """A bare name right under a headline, where position vouches for it: `Zayda Rivera`.

    ``looks_like_name_line`` wants a known given name; here two or three capitalised words
    are enough when the first is a census given name or no dictionary word at all, and the
    last no everyday English word unless the first is a census name. So `Shaimaa Raafat`
    and `Will Macmaster` are people while `Save Article`, `Ukraine War` and `Courtesy
    Bijou Karman` are not. Roles and dates after the name are dropped.

    A date on the line or the next (``dated``) makes it a byline's stamp: then a given
    name the dictionary knows only as a name (`Klaus Sieg`) opens a name too, and after a
    given name no dictionary knows the surname may be a word (`Callum Wells`).
    """
    if signs_off(text) and not is_agency_line(text):
        return None  # `REUTER LM JH`: the agency and its desk's initials sign the story off
    if _feed_stamp_line(text):
        return None
    # `Maria Gomez (AP)`: the writer and the agency; `Von Jörg Schmidt`: a foreign label
    text = _without_foreign_label(_without_agency(text))
    undated = _DATE_FIRST_RE.sub("", text)
    dated = dated or undated != text or bool(_tail_search(undated))
    text = undated
    outlet = _NAME_THEN_OUTLET_RE.match(text) if len(text.split()) <= _OUTLET_MAX_WORDS else None
    if outlet and _OUTLET_WORD_RE.search(text.split()[-1]):
        text = outlet.group(1)  # `Greyson Steele Battle Creek Enquirer`
    lead = _CUT_RE.split(_untailed(text), maxsplit=1)[0]
    lead = _LOOSE_END_RE.sub("", lead).strip(" ,")
    sentence = lead.endswith((".", "?", "!", ":")) and not lead.endswith(" Jr.")
    if not lead or len(lead) > 60 or sentence:
        return None
    name = clean_name(lead)
    if name is None or _is_org(name):
        return None
    words = name.split()
    if not 2 <= len(words) <= 3 or any(not w[:1].isupper() for w in words):
        return None
    if any(w.endswith(("'s", "’s")) for w in words):
        return None  # `Today's Paper`: a possessive, not a name
    if words[0].isupper() and 3 <= len(words[0]) <= 4:
        return None  # `CBC NEWS`, `CBC Arts`: an outlet's initials, not a given name
    if any(_OUTLET_WORD_RE.fullmatch(w) or w.casefold() in TITLE_WORDS for w in words):
        return None  # `Daily News Egypt`: an outlet
    # The given name is a census one or no dictionary word at all (a place or a brand the
    # dictionary knows as a name does not open a person's name: `Ukraine War`), and the
    # surname is no everyday word unless the given name is a known one (`Brexit Latest`
    # and `Save Article` are labels).
    first, last = words[0].strip("."), words[-1].strip(".")
    given = first in _census_given_names() or _family_first(words, dated)
    known_first = _known_word(first)
    name_only_first = known_first and not _common_word(first)
    if not given and (len(first) < 2 or (known_first and not (dated and name_only_first))):
        return None  # `Courtesy Bijou Karman`: a credit, not a byline
    # A known given name vouches for `Will Macmaster`-like surnames; so does a stamp, for
    # a given name no dictionary lists, but never for a label word (`Brexit Latest`).
    vouched = given or (dated and not known_first and last.casefold() not in NOT_PLACE_LEADS)
    if len(last) < 2 or (_common_word(last) and not vouched):
        return None
    return (name,)


# Writers a line under a headline may name with no `By`: two or three.
_MAX_BARE_WRITERS = 3


def names_under_headline(text: str, *, dated: bool = False) -> tuple[str, ...] | None:
    """Two or three writers on a line of their own right under a headline, with commas or
    `and` between (`Bohdan Kravets, Yaryna Tolok`): each a name ``name_under_headline``
    would take alone there, so given names no list knows are people too. A line of more
    names, or with one fragment that is no name (`Kyiv, Lviv`), is no byline."""
    if len(text) > _MAX_BYLINE:
        return None
    fragments = [f.strip() for f in _SEPARATOR_RE.split(text)]
    if not 2 <= len(fragments) <= _MAX_BARE_WRITERS or not all(fragments):
        return None
    names: list[str] = []
    for fragment in fragments:
        name = name_under_headline(fragment, dated=dated)
        if name is None or name[0] != fragment:
            return None  # only bare names: a role or date belongs to one writer's line
        names.extend(name)
    return tuple(dict.fromkeys(names))
