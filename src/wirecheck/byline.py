"""Bylines: recognise a byline line and pull out the people it names.

Following the lesson users of article extractors keep teaching ("better fewer authors than
wrong ones"), a name is kept only when it looks like a person's name: 1-5 capitalised
words, no digits, not a news organisation, not a job title.
"""

from __future__ import annotations

import re

from wirecheck.patterns.credits import (
    AGENCY_WRITER_RE,
    BYLINE_PREFIX_RE,
    CREDIT_TAIL_RE,
    ORGANISATIONS,
    TITLE_WORDS,
)

# Longest line we consider a byline; real ones (with agency and date) stay well below it.
_MAX_BYLINE = 160

_SEPARATOR_RE = re.compile(r"\s*(?:,|;|\band\b|&|\|| - | – | — |•|·)\s*", re.IGNORECASE)
# What ends the names part of a byline: a date, a time, "Updated", "Published", a handle.
_TAIL_RE = re.compile(
    r"\s*(?:[|•·]|\s-\s|\s–\s|\s—\s)?\s*(?:\b(?:Updated|Published|Posted|Last updated|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})|@).*$",
    re.IGNORECASE,
)
_NAME_WORD_RE = re.compile(r"^(?:[A-Z][\w'’.\-]*|[a-z]{1,3}|[A-Z]\.)$")
# Lowercase particles allowed inside a name: `Ursula von der Leyen`, `Luiz da Silva`.
_PARTICLES = frozenset({"de", "da", "di", "do", "dos", "das", "del", "della", "van", "von",
                        "der", "den", "le", "la", "bin", "al", "el", "ter", "du", "y", "e"})


def _is_org(text: str) -> bool:
    key = text.casefold().strip(" .")
    return key in ORGANISATIONS or key.removeprefix("the ") in ORGANISATIONS


def clean_name(candidate: str) -> str | None:
    """The person's name in one byline fragment, or None if it is not a person."""
    words = candidate.strip(" .:,").split()
    # Drop job titles after the name: `Jane Doe Associated Press Writer`.
    while words and (words[-1].casefold().strip(",.") in TITLE_WORDS or _is_org(words[-1])):
        words.pop()
    for cut in range(len(words), 0, -1):
        if _is_org(" ".join(words[cut - 1 :])):
            words = words[: cut - 1]
            break
    text = " ".join(words).strip(" ,.")
    if not text or _is_org(text) or any(ch.isdigit() for ch in text):
        return None
    words = text.split()
    if not 1 <= len(words) <= 5:
        return None
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    if any(not _NAME_WORD_RE.match(w) or (w.islower() and w not in _PARTICLES) for w in words):
        return None
    if len(words) == 1 and not (len(words[0]) > 1 and words[0][0].isupper()):
        return None
    return text


def names_in(text: str) -> tuple[str, ...]:
    """The people named in a byline text (prefix like "By" already removed)."""
    text = _TAIL_RE.sub("", text)
    names: list[str] = []
    for fragment in _SEPARATOR_RE.split(text):
        name = clean_name(fragment)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def match_byline(text: str) -> tuple[str, ...] | None:
    """If ``text`` is a byline line (`By ...`), the names in it (possibly none); else None."""
    if len(text) > _MAX_BYLINE:
        return None
    prefix = BYLINE_PREFIX_RE.match(text)
    if not prefix:
        return None
    rest = text[prefix.end() :]
    # `By the time ...` is a sentence, not a byline: the rest must start like a name or org.
    first = rest.split(maxsplit=1)[0] if rest.split() else ""
    if not first[:1].isupper():
        return None
    if rest.rstrip().endswith((".", "?", "!")) and len(rest.split()) > 8:
        return None
    return names_in(rest)


def match_credit_tail(text: str) -> tuple[str, ...] | None:
    """`Reporting by ...; Editing by ...`: the reporters and writers named, else None."""
    if len(text) > 400 or not CREDIT_TAIL_RE.match(text):
        return None
    names: list[str] = []
    for clause in re.split(r"[;.]\s*", text.strip("() ")):
        match = re.match(
            r"^(?:(?:additional\s+)?reporting|writing|compiled|reporting and writing)\s+by\s+(.*)$",
            clause.strip(),
            re.IGNORECASE,
        )
        if not match:
            continue
        # `Jane Doe in London and John Roe in Paris`: drop the places.
        body = re.sub(r"\s+in\s+[A-Z][\w .'-]*?(?=,|\band\b|$)", "", match.group(1))
        names.extend(n for n in names_in(body) if n not in names)
    return tuple(names)


def is_agency_writer_line(text: str) -> bool:
    """`Associated Press Writer`, `AP Science Writer`: the line under an AP/UPI byline."""
    return len(text) < 60 and bool(AGENCY_WRITER_RE.match(text.strip()))


def looks_like_name_line(text: str) -> tuple[str, ...] | None:
    """A bare author line of web pages (`Jane Doe`, `Jane Doe and John Roe`, `Jane Doe, CNN`).

    Only trusted by the caller near the headline; returns the names or None.
    """
    if len(text) > 80 or text.rstrip().endswith((".", "?", "!", ":")) and not text.endswith(" Jr."):
        return None
    stripped = _TAIL_RE.sub("", text).strip()
    if not stripped:
        return None
    fragments = [f for f in _SEPARATOR_RE.split(stripped) if f.strip()]
    names = [clean_name(f) for f in fragments]
    people = [n for n in names if n]
    if not people:
        return None
    # Every fragment must be a person or an organisation, and names have 2+ words.
    if any(n is None and not _is_org(f) for n, f in zip(names, fragments, strict=True)):
        return None
    if any(len(p.split()) < 2 for p in people):
        return None
    return tuple(dict.fromkeys(people))
