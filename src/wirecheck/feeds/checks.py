"""What the feed cross-check rules (WC361-WC364) read from a story: its wire metadata."""

from __future__ import annotations

from datetime import date, datetime

from wirecheck.model import Story
from wirecheck.regexes import regex

_WORD_RE = regex(r"\S+")


def wire_value(story: Story, key: str) -> object:
    """A key of ``Story.wire`` (see ``wirecheck.feeds.WIRE_KEYS``), None for plain text."""
    return (story.wire or {}).get(key)


def transmitted(story: Story) -> datetime | None:
    value = wire_value(story, "transmitted")
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def dateline_date(story: Story) -> date | None:
    if story.dateline is None or story.dateline.date is None:
        return None
    try:
        return date.fromisoformat(story.dateline.date)
    except ValueError:
        return None


def counted_words(story: Story) -> int:
    """The words of the story as filed: the dateline and the body paragraphs."""
    words = len(_WORD_RE.findall(story.dateline.raw)) if story.dateline else 0
    return words + sum(len(_WORD_RE.findall(p.text)) for p in story.paragraphs)


def place_key(name: str) -> str:
    """A place name for comparison: no case, accents, punctuation or spacing."""
    import unicodedata  # only feeds with a place to compare need it (~0.2 ms to load)

    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def same_place(located: str, *names: str | None) -> bool:
    """Whether ``located`` names the same place as one of ``names`` (a city, its region or
    country): equal, or one a prefix of the other (`Frankfurt` and `Frankfurt/Main`,
    `Washington` and `Washington D.C.`)."""
    key = place_key(located)
    if not key:
        return True
    for name in names:
        other = place_key(name or "")
        if other and (key.startswith(other) or other.startswith(key)):
            return True
    return False
