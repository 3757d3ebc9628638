"""Which heading above the body is the story's headline.

A story pasted from a wire feed opens with its headline; a news page saved as text has
dozens of heading-shaped lines above the article (menus, section labels, teasers for other
stories, logo alt texts), and its first line is the page's <title>, often an SEO rewording
of the headline. No single rule picks the headline out of those, so every heading-shaped
unit above the body is scored on independent signals and the best one wins:

- it shares words with the page title (the <title> line), more so when it repeats it;
- a byline, an author's name or a time stamp follows it within three units, as on every
  article page and under every wire headline;
- it is near the body (teasers and menus sit higher up);
- it is printed twice (pasted copy often repeats the headline);
- it is the first line, when that line is not a page title (`Headline | Site`), and it
  is not a page title line (which the headline proper repeats lower down);
- it does not end in a full stop and has four words or more, unless the title vouches for it.

Copy with nothing a page wraps around an article above its body (a few headings, prose
lines and captions) is a pasted story, and its first line is the headline when it reads as
one, before any scoring (``_pasted``).

Then two corrections: a breadcrumb run into the headline (`News / India News / Headline`)
gives way to the bare headline next to it, and a summary sentence (the dek) that won
because the byline sits right under it gives way to the headline right above it.

The weights were set on the naeb-dev pages (see ``scripts/eval_naeb.py``) and sit on a
broad plateau: moving any one of them a step either way changes the result by a page or two.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wirecheck.byline import (
    is_agency_line,
    is_agency_writer_line,
    is_name_and_outlet,
    looks_like_name_line,
    match_byline,
    may_be_dated,
    name_and_role,
    name_under_headline,
    role_line,
    staff_line,
)
from wirecheck.classify import Features, Kind, abbreviation_end, over_a_credit
from wirecheck.dateline import DATE_TOKEN_RE, page_date
from wirecheck.patterns.boilerplate import house_line, publication_note
from wirecheck.patterns.dateline_data import MONTHS, norm_key
from wirecheck.patterns.envelope import (
    chat_line,
    chat_message,
    envelope_line,
    header_field,
    sender_note,
)
from wirecheck.patterns.stopwords import STOPWORDS
from wirecheck.regexes import regex
from wirecheck.segment import BULLETS, Unit, unbulleted

HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 250
# Similarity to the page title from which a heading counts as the title's repeat.
TITLE_MATCH = 0.4
# A full sentence is the title printed again only when it shares this much of its words:
# a lede retelling the headline (`A team of scientists has discovered a new species of
# frog ...` under `Scientists find a new species of frog`) shares many but not its shape.
RETOLD_MATCH = 0.8
_MIN_WORDS = 4
# How far above the body the headline is looked for, in units.
WINDOW = 400

# Weights of the signals (see the module docstring).
_W_TITLE = 4.0
_W_TITLE_REPEAT = 1.0  # similarity of 0.9 or more: the title's own repeat
_W_CREDIT = (2.5, 2.5, 1.25)  # a credit line 1, 2 or 3 units below
_W_DISTANCE = 0.02  # per unit between the heading and the body
_W_FULL_STOP = 1.0
_W_FEW_WORDS = 1.5
_W_PRINTED_TWICE = 1.0
_W_SHARED = 3.0  # named by a share button: `Share All sharing options for: Headline`

# A share or e-mail button's label that names the story it shares: the page's own headline.
_SHARE_LABEL_RE = regex(
    r"^[^:]{0,60}\b(?:share|sharing|email|e-mail|tweet|print)\b[^:]{0,60}:\s+(?P<title>.{10,300})$",
    re.IGNORECASE,
)
# A share dialog's heading and the targets it lists, whose text a page saved whole holds:
# the heading, the site's name and the story's headline, then the targets.
_SHARE_DIALOG_RE = regex(r"share(?: (?:this|the) (?:post|article|story|page))?", re.IGNORECASE)
_SHARE_DIALOG_MAX = 24
_SHARE_DIALOG_REACH = 3
_SHARE_TARGET_RE = regex(
    r"copy(?: the)? link|facebook|e-?mail|twitter|x|linkedin|whatsapp|reddit|bluesky|threads",
    re.IGNORECASE,
)
_W_FIRST_LINE = 2.0  # the first line, unless it is a page title (`Headline | Site`)
_W_PAGE_TITLE = 1.0  # the first line when it is one
_CREDIT_MAX_WORDS = 14
# A credit-like line this short is a byline or a stamp itself, never the headline.
_CREDIT_SELF_WORDS = 6
_NAME_MAX_WORDS = 5
# The dek correction: the heading above must have this many words, and the winner end in a
# full stop or run this many words longer.
_DEK_HEAD_MIN_WORDS = 7
_BARE_HEAD_MIN_WORDS = 4  # a heading with no function word over its dek (see _plain_above)
_DEK_EXTRA_WORDS = 8
_SHORT_HEAD_MIN_WORDS = 3  # when short headings are trusted there (see ``_correct``)
# A tabloid's bullets under its headline (see ``_plain_above``): at most this many lines.
_BULLETS_MAX = 5
# A lead photo's description and credit lines between a dek and the byline: at most this
# many units.
_PHOTO_LINES = 3
# A dek of this many words is a summary even without its closing full stop.
_LONG_DEK_WORDS = 20
# A heading with at most this share of its content words capitalised is in sentence case.
_SENTENCE_CASE_MAX = 0.5
# At most this many units above the body for copy to count as a pasted story's top.
_PASTED_MAX_ABOVE = 6
# A site's name after the headline on a page's title line has at most this many words.
_SITE_MAX_WORDS = 5

# `By`, `Written by`, `Commentary by`, `Author:` on a line of its own, the names on the next.
BARE_BY_RE = regex(
    r"^(?:(?:written|words|story|text|commentary|analysis|opinion|review|posted|reported)\s+)?"
    r"(?:by|authors?|reporters?)\s*:?\s*[—–-]?$",
    re.IGNORECASE,
)
# Time stamps and dates printed under headlines: `Updated 4:12 PM EDT, June 11, 2024`.
DATE_LINE_RE = regex(
    r"\b(?:\d{1,2}:\d{2}|(?:updated|published|posted)\b(?=\W*$|.{0,40}?(?:\d|\bago\b))|"
    r"\d{4}-\d{2}-\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4})",
    re.IGNORECASE,
)


def date_line(text: str) -> re.Match[str] | None:
    """``DATE_LINE_RE.search(text)``; ``may_be_dated`` rules out most lines first, exactly."""
    return DATE_LINE_RE.search(text) if may_be_dated(text) else None


_WORD_RE = regex(r"\w+")
# In ASCII text (``str.isascii`` is a flag test) a word character is [A-Za-z0-9_]:
# the ASCII pattern finds exactly what the general one does, and scans faster.
_ASCII_WORD_RE = regex(r"[A-Za-z0-9_]+")
# A closing full stop, inside closing quotes too (`... “just another day.”`), not `...`.
_FULL_STOP_RE = regex(r"(?<!\.)\.['\"’”]?$")


def sentence_stop(text: str) -> bool:
    """Whether the text closes with a sentence's full stop (``_FULL_STOP_RE``), not with
    an abbreviation's period (`U.S.`, `Inc.`), which a headline may end in."""
    return _FULL_STOP_RE.search(text) is not None and not abbreviation_end(text)


# A heading starts with a letter, a digit or an opening quote; `· Senior Reporter` and
# `| Editorial` are fragments of credit lines, `1. Combine ...` a list item.
_HEADING_START = frozenset("'\"‘“¿¡")
_LIST_ITEM_RE = regex(r"\d+[.)] ")
# A note to the reader set over a story (`Editor's Note: This story contains ...`).
_NOTE_RE = regex(
    r"(?:editor['’]s note|editors['’] note|note to (?:readers|editors))\b"
    # a correction's or an update's banner: `CORRECTION: An earlier version ...`,
    # `UPDATE: Evacuation orders were lifted ...`, `This story has been updated with ...`;
    # an update's ends in a full stop (`UPDATE: Police name victim` is a headline)
    r"|(?:correction|clarification)\s*:|(?:update|updated)\s*:(?=.*[.!][\"”’)]?\s*$)"
    r"|this (?:story|article|report) (?:has been|was) (?:corrected|updated|amended|clarified)\b",
    re.I,
)
# Breadcrumbs and addresses: `Home > News > Local`, `News / Local`, `https://...`.
_PATH_RE = regex(r"\s[>»/|›]\s|://")


def _split_suffix(
    title: str, separators: tuple[str, ...], fits: Callable[[str, str], bool]
) -> tuple[str, str] | None:
    """(head, suffix) at the last of ``separators`` whose sides ``fits`` accepts."""
    for sep in separators:
        head, found, suffix = title.rpartition(sep)
        if found and fits(head, suffix):
            return head, suffix
    return None


def split_site_suffix(title: str) -> tuple[str, str] | None:
    """`Headline - Site Name` -> (headline, `Site Name`) when the suffix is a short name."""
    return _split_suffix(
        title,
        (" | ", " - ", " – ", " — ", " :: ", " · "),
        lambda head, site: len(head) >= 10 and _site_name(site),
    )


def split_host_suffix(title: str) -> tuple[str, str] | None:
    """`Headline – askanews.it` -> (headline, `askanews.it`): a site's host name after a
    dash or a bar is its name wherever the page prints the line, no headline's words."""
    split = _split_suffix(
        title,
        (" | ", " - ", " – ", " — "),
        lambda head, site: len(head.split()) >= _LABEL_MIN_WORDS and _host_line(site.strip()),
    )
    return (split[0], split[1].strip()) if split else None


# A label a page sets after its headline: `... (video)`, `... [Watch]`, `... | Editorial`.
# It says what the item is, not what happened, so it is split off like a site's name.
_LABEL_RE = regex(
    r"\s*(?:[\[(](?:video|watch|photos?|pictures|gallery|listen|podcast|live|exclusive)[\])]"
    r"|\|\s*(?:editorial|opinion|commentary|analysis|column|letters?|obituary|explainer))\s*$",
    re.IGNORECASE,
)
_LABEL_MIN_WORDS = 3
# A wire's mark of this version of the story, set before its headline: Yonhap's `(LEAD)`,
# `(2nd LD)`, `(URGENT)`, Reuters' `UPDATE 2-`, `RPT-`, `REFILE-`, `CORRECTED-`, and the
# kind of story (`EXCLUSIVE-`, `ANALYSIS-`, `FACTBOX-`, `BRIEF-`, `WRAPUP 1-`, on its site
# `Breakingviews - `), one after another
# (`UPDATE 1-EXCLUSIVE-`). In capitals only: `Update: ...` may be a headline's own word. A
# topic slug (`GLOBAL MARKETS-`) is the headline's, as the agency publishes it.
_VERSION_RE = regex(
    r"^\s*(?:\((?:LEAD|\d+(?:st|nd|rd|th) LD(?:[,-][^()]{1,30})?|URGENT|CORRECTED|REFILED?|"
    r"UPDATED?|RECAST)\)|Breakingviews\s+[-–—]\s+"
    # Xinhua's site sets the mark with a colon: `2nd LD: ...`
    r"|\d{1,2}(?:st|nd|rd|th) LD:\s+"
    # a clipping's or a database's field label: `Title: ...`, Malay `Tajuk Artikel: ...`
    r"|(?:Title|TITLE|Headline|HEADLINE|Tajuk(?: [Aa]rtikel)?|Titre|Titel|Título|Titolo)\s?:\s+"
    # the kind of story after the agency's or the desk's name: `(Yonhap Interview)`,
    # `(News Focus)`, `(Yonhap Feature)`
    r"|\((?:[A-Z][\w.&'-]{0,20} ){1,2}(?:Interview|Feature|Focus|Analysis|Editorial|Explainer"
    r"|Profile|Obituary|Review)\)\s+"
    # an alert mail's or a site's flag: `BREAKING: ...`, `URGENT: ...`, `AP Alert: ...`
    r"|(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|URGENT|Urgent|FLASH|ALERT"
    r"|(?:AP|Reuters|AFP|UPI) Alert)\s*:\s+"
    # a release site's mark of the kind of item: `Release – `, `Press Release - `,
    # `News Release: ` (a dash set apart by spaces; `Release of ...` is a headline's word)
    r"|(?:(?:Press|News) [Rr]elease|Release)\s[–—-]\s+|(?:Press|News) [Rr]elease:\s+"
    r"|(?:(?:UPDATE \d{1,2}|RPT|REFILE|CORRECTED|RECAST|EMBARGOED|EXCLUSIVE|ANALYSIS|BRIEF"
    r"|FACTBOX|WRAPUP(?: \d{1,2})?|INSIGHT|COLUMN|BREAKINGVIEWS|EXPLAINER|SPECIAL REPORT"
    r"|INTERVIEW|PREVIEW|TIMELINE|FOCUS|FEATURE|POLL)-){1,3})\s*"
)


def split_label(headline: str) -> tuple[str, str] | None:
    """`Headline (video)` -> (`Headline`, `(video)`), `(LEAD) Headline` -> (`Headline`,
    `(LEAD)`); None without such a label. Both at once give both, the first one first."""
    labels: list[str] = []
    version = _VERSION_RE.match(headline)
    if version is not None and len(headline[version.end() :].split()) >= _LABEL_MIN_WORDS:
        labels.append(version.group().strip())
        headline = headline[version.end() :]
    found = _LABEL_RE.search(headline)
    if found is not None and len(headline[: found.start()].split()) >= _LABEL_MIN_WORDS:
        labels.append(found.group().strip())
        headline = headline[: found.start()]
    return (headline, " ".join(labels)) if labels else None


# Lowercase words a site's name may hold: `Times of India`, `Le Monde`, `cleveland.com`.
_SITE_SMALL_WORDS = frozenset("of the and for on in at & de la le el du des der die y e".split())


# Words that open the second half of a headline, never a site's name (`— Here's How`).
_HEADLINE_CONTRACTIONS = frozenset(
    "here's what's it's there's that's who's how's where's why's let's".split()
)


def _site_name(text: str) -> bool:
    """A short name (`The Northbank Gazette`, `cleveland.com`), not the rest of a headline
    (`What's a Billionaire to Do?`, `here's how to deal`)."""
    words = text.split()
    return (
        0 < len(words) <= _SITE_MAX_WORDS
        and not text.endswith((".", "?", "!"))
        and "," not in text
        and not any(w.casefold().replace("’", "'") in _HEADLINE_CONTRACTIONS for w in words)
        and all(
            w[:1].isupper() or w[:1].isdigit() or w in _SITE_SMALL_WORDS or "." in w for w in words
        )
    )


def title_words(text: str) -> set[str]:
    if text.isascii():
        return {w.casefold() for w in _ASCII_WORD_RE.findall(text)}  # no `’` to replace
    return {w.casefold().replace("’", "'") for w in _WORD_RE.findall(text)}


def similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


def page_title_words(units: list[Unit]) -> set[str]:
    split = split_site_suffix(units[0].text)
    return title_words(split[0] if split else units[0].text)


def titled(unit: Unit, feat: Features) -> bool:
    """Loose headline shape: a heading or a short prose line (it may end in `.`)."""
    return (
        feat.kind in (Kind.SHORT, Kind.GOOD)
        and 2 <= feat.words <= HEADLINE_MAX_WORDS
        and len(unit.text) <= HEADLINE_MAX_CHARS
        and match_byline(unit.text) is None
        and not publication_note(unit.text)  # `Originally published as <headline>`
        and _NOTE_RE.match(unit.text) is None
    )


# A site's host name or address alone (`www.reuters.com`, `https://apnews.com/article/x`),
# as a reader view or a clipping prints it over the story.
_HOST_RE = regex(r"(?:https?://)?(?:www\d?\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?", re.IGNORECASE)


def _host_line(text: str) -> bool:
    return "." in text and _HOST_RE.fullmatch(text) is not None


def headline_shaped(unit: Unit, feat: Features) -> bool:
    """Strict headline shape: no byline, no name-and-outlet credit, no closing full stop."""
    text = unit.text
    if not titled(unit, feat):
        return False
    if is_name_and_outlet(text) or looks_like_name_line(text) or staff_line(text):
        return False  # `Jim Walsh Cherry Hill Courier-Post` is the byline under it
    if _host_line(text) or furniture(text):
        return False  # `www.reuters.com`: a reader view's note of the site
    return not (text.endswith(".") and sentence_stop(text))


def closes_statement(text: str) -> bool:
    """Does the text end in a full stop (a closing quote or bracket after it allowed)? A
    headline may end in `?` or `!`; a lede retelling it ends in a full stop."""
    return text.rstrip().rstrip("\"'”’)]").endswith(".")


def title_heading(units: list[Unit], feats: list[Features]) -> int | None:
    """The heading that repeats the first line (a page's <title>), or None.

    A page saved whole starts with its <title>, `Headline - Site`; the headline proper (the
    page's h1) comes again lower down, often reworded a little, right above the article.
    Pasted copy often prints its headline twice the same way.
    """
    title = page_title_words(units)
    if len(title) < _MIN_WORDS:
        return None  # `Top News`: a menu item, not a page title
    best, best_sim = None, TITLE_MATCH
    for i in range(1, len(units)):
        if not 2 <= feats[i].words <= HEADLINE_MAX_WORDS:
            continue
        # Similarity first: it rules out nearly every unit, the byline test in ``titled``
        # is then run only on the few that would win.
        sim = similarity(title, title_words(units[i].text))
        if sim < RETOLD_MATCH and feats[i].kind is Kind.GOOD and closes_statement(units[i].text):
            continue
        if sim > best_sim and titled(units[i], feats[i]):
            best, best_sim = i, sim
    return best


# A credit to whoever else worked on the story, set beside its byline: `Edited By: Priya
# Sharma`, `Reviewed by Jane Roe`, `Fact-checked by ...`.
_HELPER_CREDIT_RE = regex(
    r"^(?:edited|reviewed|curated|compiled|produced|fact[- ]checked)\s+by\s*:?\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


class Credits:
    """Whether a unit is a credit line (byline, author name, time stamp), computed once."""

    def __init__(self, units: list[Unit], feats: list[Features]) -> None:
        self._units = units
        self._feats = feats
        self._seen: dict[int, bool] = {}

    def __call__(self, i: int) -> bool:
        if not 0 <= i < len(self._units):
            return False  # under the last unit (a heading closing the text) is no credit
        found = self._seen.get(i)
        if found is None:
            found = self._seen[i] = self._test(i)
        return found

    def _test(self, i: int) -> bool:
        unit, feat = self._units[i], self._feats[i]
        if feat.kind not in (Kind.SHORT, Kind.GOOD, Kind.CAPTION):
            return False
        if feat.words > _CREDIT_MAX_WORDS:
            return False
        text = unit.text
        return bool(
            (date_line(text) and not dated_title(text))
            or BARE_BY_RE.match(text)
            or _HELPER_CREDIT_RE.match(text)
            or match_byline(text) is not None
            or is_agency_line(text)
            or is_agency_writer_line(text)
            or role_line(text)  # `Staff Reporter`: a credit naming no one
            or staff_line(text)  # `Velmor.ca Staff`: another
            or name_and_role(text) is not None
            or is_name_and_outlet(text)
            or looks_like_name_line(text)
        )


# A company's name alone, its legal form last (`Silvanus Capital Holdings, Inc.`): the
# issuer a release page names under `News provided by`, never a headline.
_COMPANY_RE = regex(
    r"(?:[A-Z][\w&.'’-]*,?\s){1,6}(?:Inc|Ltd|LLC|L\.L\.C|Corp|Corporation|PLC|plc|AG|SE|SA"
    r"|S\.A|N\.V|NV|GmbH|Co|Company|Limited|Group|Holdings)\.?"
)


# The words of a page's date line in the languages of the copy we read (`giovedì 5 giugno
# 2014`, `Tue, February 14, 2012`, `Veröffentlicht am 15.02.2016`): weekdays, and the
# small words and marks around the numbers. Month names come from the dateline's list.
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
    "thurs fri sat sun lunedì martedì mercoledì giovedì venerdì sabato domenica lunedi "
    "martedi mercoledi giovedi venerdi montag dienstag mittwoch donnerstag freitag samstag "
    "sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles "
    "miercoles jueves viernes sábado domingo segunda terça terca quarta quinta sexta feira "
    "de del den am le el th st nd rd er gmt utc est edt ist cet cest bst am pm a.m. p.m. "
    "updated published posted veröffentlicht aktualisiert".split()
)


def _icon_letters(token: str) -> bool:
    """A letter or two standing alone (`a`): an icon font's glyph code, as saved text
    prints a page's calendar or share icon, unless it is a date's own word (`am`, `th`)."""
    if not (token.isalpha() and len(token) <= 2):
        return False
    key = norm_key(token)
    return key not in MONTHS and key not in _DATE_WORDS


def date_only(text: str) -> bool:
    """A line that is a date and nothing else, in any of our languages (a page's date over
    its headline): numbers, month and weekday names, and the words around them."""
    tokens = DATE_TOKEN_RE.findall(text)
    if len(tokens) > 2 and _icon_letters(tokens[-1]) and text.rstrip().endswith(tokens[-1]):
        tokens.pop()  # `23 marzo 2022 a`: an icon font's letter after the date, no word
    if not tokens or len(tokens) > 12:
        return False
    numbers = [t for t in tokens if t.isdigit()]
    named = 0
    for token in tokens:
        if token.isdigit():
            continue
        key = norm_key(token)
        if key in MONTHS:
            named += 1
        elif key not in _DATE_WORDS:
            return False
    # a year, or a day and a month's name: `2014`, `5 giugno`
    return any(len(n) == 4 for n in numbers) or (bool(numbers) and named > 0)


# Page furniture that may stand over a headline: a breadcrumb (`China > China & World >
# Story`), a feed's label in brackets (`[syndicated profile] site_feed`), a browser's
# notice (`Your web browser is no longer supported.`).
_CRUMB_RE = regex(r"\s[>»›]\s.*\s[>»›]\s")
_FEED_LABEL_RE = regex(r"^\[[^\]]{1,40}\]\s*[\w.-]*$|^(?:\S+\s){0,3}[a-z]+_[a-z_]+(?:\s\S+){0,1}$")
_BROWSER_RE = regex(
    r"^(?:your (?:web )?browser (?:is (?:no longer|not) supported|is out of date|is outdated"
    r"|does not support)|please (?:update|upgrade) your browser|(?:update|upgrade) your"
    r" browser\W*$|(?:please )?enable javascript|javascript is (?:disabled|required"
    r"|turned off))",
    re.IGNORECASE,
)


# A page's controls and labels over a story, whole lines: a call to action (`Find out
# more`, `Return to Transcripts main page`, `Listen to this topic`, `Get all your news in
# one place.`), an archive's label (`Posts Tagged ‘Nord-Est’`, `Category: Politics`), a
# transcript's speaker (`ARI SHAPIRO, HOST:`). A headline opening the same way goes on
# (`Back to school: Districts brace ...`, `Listen to the haunting audio ...`).
_CONTROL_RE = regex(
    r"^(?:(?:find out more|learn more|read more|start reading"
    # skip links, one or several on a line: `Skip to content`, `Go to Contents Go to
    # Navigation`, `Jump to main menu`
    r"|(?:(?:skip|go|jump) to (?:the )?(?:main |site |primary )?(?:top|home|content|contents"
    r"|navigation|menu|search|footer|index)\W*){1,4}"
    r"|back to (?:top|main|home|homepage|list|index|menu|news)|go to main"
    # a pager's buttons: `Previous Next`, `Older posts Newer posts`, `Next article`
    r"|(?:(?:previous|prev|next|older|newer)(?: (?:article|story|post|page|entry|entries"
    r"|posts|stories))?\W*){1,2}"
    r"|return to (?:[\w'’ ]{0,40}\s)?(?:page|home|homepage|index|list|menu)"
    r"|listen to (?:this|the) (?:[\w'’ ]{1,30} )?(?:story|article|episode|topic|podcast|audio)"
    r"|get all (?:your|the) news in one place)\W*$"
    r"|(?:posts?|articles?|stories) (?:tagged|filed under|in category)\b[^.!?]{0,60}$"
    # a breadcrumb's label, a blog's archive label: `You are here`, `Archive for the
    # ‘Politics’ Category`, `Archive for March, 2009`
    r"|you are here\W*$"
    # a site search's label over the stories it found: `Search results for: "Kyiv"` (a
    # typo of `results` too: the label is the page's, no one proofs it)
    r"|search res[a-z]{0,6}\s+for\b[^.!?]{0,60}$"
    r"|\d[\d,.]{0,9} (?:results?|mentions?|matches|hits|items|articles|stories|posts)"
    r" found\W*$"
    r"|archives? for (?:the )?[‘'\"“][^’'\"”]{1,40}[’'\"”] (?:category|tag)\W*$"
    r"|archives? for (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6},? \d{4}\W*$"
    # a wire's desk label over its copy: UPI's `From the International Desk`, `From the
    # Business Desk` (where the story was filed, not what happened)
    r"|from the (?:[\w'’&-]+ ){1,3}desk\W*$"
    # a relative stamp alone: `8 hours ago`
    r"|\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\W*$"
    # an author's archive, under the crumbs leading to it: `Home Authors Posts by jroe`
    r"|(?:(?:home|authors?|archives?|blogs?|news)\s+){0,3}(?:all )?(?:posts|articles|stories"
    r"|entries) by\s+\S+(?:\s+\S+){0,2}$"
    # a reader's account prompt or its save button: `Find a list of your saved stories
    # here`, `Save stories to read later`
    r"|[^.!?]{0,40}\byour (?:saved|bookmarked|followed) (?:stories|articles|items|posts|topics)"
    r"\b[^.!?]{0,20}$"
    r"|save (?:this |these )?(?:stor(?:y|ies)|articles?)(?: (?:to|for) read(?:ing)? later)?\W*$"
    # a reading-time label: `Estimated read time: 4 minutes`, `6 min read`
    r"|(?:estimated )?(?:read(?:ing)?|listen(?:ing)?) time\s*:?\s*[\d-]{1,7}\s*(?:min|minutes?)\W*$"
    r"|\d{1,3}(?:-\d{1,3})?\s*min(?:ute)?s? read\W*$"
    r"|(?:tags?|categor(?:y|ies)|archives?)\s*:\s*(?-i:[A-Z0-9])[\w&'’ -]{0,40}"
    r"(?:,\s*(?-i:[A-Z0-9])[\w&'’ -]{0,40}){0,8}$)",
    re.IGNORECASE,
)
_SPEAKER_RE = regex(r"^[A-Z][A-Z.'’ -]{1,40}(?:, [A-Z][A-Z.'’ -]{1,40})?:$")


def _over_copy(text: str) -> bool:
    """A line set over copy that may be pasted clean under it: a date alone, a breadcrumb,
    a feed's label, a browser's notice. (A page's controls, `Skip to main content`, say
    that a page's menus follow.)"""
    return (
        date_only(text)
        or _CRUMB_RE.search(text) is not None
        or _FEED_LABEL_RE.search(text) is not None
        or _BROWSER_RE.search(text) is not None
    )


# A site's masthead, the line naming the site or the agency itself: an agency's name in
# the shape every agency's takes (`News Agency of Nigeria`, `Emirates News Agency`), the
# body backing the site (`Supported by the National Media Council`, `Powered by ...`: a
# name of capitalised words after `by`), or a slogan of whom the site serves (`Serving
# readers worldwide since 1998`). A headline naming an agency says what it did
# (`News agency of Nigeria sues ...`), so only the whole line counts. A site's title naming
# whose site it is (`Official website of the Mayor of Dravnik`) is one too: the names after
# `of` capitalised but for a name's particles (`ibn`, `de`), as a title's are (`Official
# website of ministry hacked` is news).
_MASTHEAD_RE = regex(
    r"^(?:the )?(?:(?:[\w'’.-]+ ){0,3}(?:news|press) agency|(?:news|press) agency of"
    r"(?: [\w'’.-]+){1,4})\W*$"
    r"|^(?:proudly )?(?:supported|powered|sponsored|funded|backed|brought to you|presented"
    r"|published|owned|operated) by(?: (?:the|of|and|for|&|(?-i:[A-Z0-9])[\w'’.&-]*)){1,8}$"
    r"|^(?:proudly )?serving\b[^.!?,]{0,60}\b(?:since \d{4}|worldwide|around the world"
    r"|across the (?:world|globe|nation|country))\W*$"
    r"|^(?:the )?official (?:web ?site|home ?page|(?:web )?portal|site) of"
    r"(?: (?:the|of|and|for|&|al|ibn|bin|bint|de|la|le|du|des|der|von|van|da|di"
    r"|(?-i:[A-Z0-9])[\w'’.&-]*)){1,12}$",
    re.IGNORECASE,
)


# An agency's name with a section's or a product's label beside it: at most this many
# capitalised words (`Agencies Press Trust of India`, `UPI NewsTrack TopNews`).
_MASTHEAD_LABEL_WORDS = 2


# A compilation's name: with an agency's name it titles the page (`Yonhap News Summary`,
# `Kyodo News Digest`), the headline of a digest, no site's label.
_COMPILATION_WORDS = frozenset(
    "summary digest roundup round-up wrap wrapup briefing briefs highlights".split()
)


def _compilation(text: str) -> bool:
    """Whether the line ends in a compilation's name (`... News Summary`)."""
    words = text.split()
    return bool(words) and words[-1].casefold() in _COMPILATION_WORDS


def _labelled_agency(text: str) -> bool:
    """An agency's name with a label of a word or two beside it, all capitalised and no
    function word among them: the site's section over its copy of the agency's stories."""
    words = text.split()
    if _compilation(text):
        return False
    for k in range(1, min(_MASTHEAD_LABEL_WORDS, len(words) - 1) + 1):
        for label, rest in ((words[:k], words[k:]), (words[-k:], words[:-k])):
            if all(
                w[:1].isupper() and w.isalpha() and w.casefold() not in STOPWORDS for w in label
            ) and is_agency_line(" ".join(rest)):
                return True
    return False


def masthead(text: str) -> bool:
    """A line naming the site or the agency itself (see ``_MASTHEAD_RE``), an agency's
    name alone (`Press Trust of India`) or with a section's label (`Agencies Press Trust
    of India`): it sits over every story on the site."""
    return (
        is_agency_line(text)
        or _MASTHEAD_RE.search(text) is not None
        or (len(text) < 60 and _labelled_agency(text))
    )


def furniture(text: str) -> bool:
    """A line over a story that is never its headline: a date alone, a breadcrumb, a feed's
    label, a browser's notice, a page's control or label, a transcript's speaker, the
    site's masthead, a label ending in a colon (`Top related orgs:`: it introduces what
    follows it, a headline says something itself)."""
    return (
        _over_copy(text)
        or text.rstrip().endswith(":")
        or _CONTROL_RE.match(text) is not None
        or _SPEAKER_RE.match(text) is not None
        or masthead(text)
    )


# What a page's stamp says before its date (`Posted on`, `Last updated`, `Written by`),
# which no title does.
_STAMP_PREFIX_WORDS = frozenset(
    "published updated posted modified edited written filed last by at date time".split()
)
_DATED_TITLE_MIN_WORDS = 3


def dated_title(text: str) -> bool:
    """A title that ends in the day it covers (`Harbour main news for Tuesday, May 24,
    2022`), no stamp: before the date, three words or more of a heading (one a function
    word), none of a stamp's labels and no number (a time, a byline's `| 10:32`)."""
    found = date_line(text)
    if found is None or found.end() != len(text.rstrip(" .")):
        return False
    prefix = text[: found.start()]
    if any(ch.isdigit() for ch in prefix):
        return False
    words = [w.casefold() for w in _WORD_RE.findall(prefix)]
    words = [w for w in words if w not in _DATE_WORDS]  # the weekday before the date
    return (
        len(words) >= _DATED_TITLE_MIN_WORDS
        and any(w in STOPWORDS for w in words)
        and not any(w in _STAMP_PREFIX_WORDS for w in words)
    )


def _candidate(
    unit: Unit, feat: Features, credit: bool, title_repeat: bool = False, bullet: bool = False
) -> bool:
    """Whether the unit may be the headline. A ``bullet`` heading (a page of headlines'
    `• Heading` right over its dated lede) is judged without its mark."""
    text = unbulleted(unit.text) if bullet else unit.text
    if not titled(unit, feat):
        return False
    if _COMPANY_RE.fullmatch(text) or _host_line(text):
        return False
    # A wire's version mark (`(2nd LD) Headline`) is set aside as the headline's label:
    # the words after it open the heading.
    version = _VERSION_RE.match(text)
    lead = text[version.end() :] if version else text
    if not (lead[:1].isalnum() or lead[:1] in _HEADING_START) or _LIST_ITEM_RE.match(text):
        return False
    if (date_line(text) and not dated_title(text)) or furniture(text):
        return False
    if page_date(text) is not None:
        return False  # a page's date alone, in any language (a blog's day, `Jumat, 18 April 2014`)
    # A paywall's prompt or a signup line (`Subscribe for unlimited access.`) is dropped
    # wherever the page sets it, so it never heads the story either.
    if house_line(text) is not None:
        return False
    if title_repeat:
        return True  # the page's title is this line: a profile or event page (`Jane Doe | Site`)
    if credit and feat.words <= _CREDIT_SELF_WORDS:
        return False
    if credit and looks_like_name_line(text):
        return False  # a longer credit of names only: `Jean DUPONT with Marie MARTIN in Paris`
    # A bare name of no known given name (`Shaimaa Raafat`) is no headline either; it is
    # too loose a test to count as a credit line for the heading above it, though.
    return not (feat.words <= _NAME_MAX_WORDS and name_under_headline(text))


# A headline may have no function word (`Solid Snake Actor Finally Plays Metal Gear V`);
# at the top of pasted copy, where no menu sits, a line this long without one is no label.
_NO_FUNCTION_WORD_MIN = 6


def _reads_as_headline(text: str, feat: Features, *, pasted: bool = False) -> bool:
    """A line that reads as a headline, not a label, menu or breadcrumb: three words or
    more, one of them a function word, no path separators, not all capitals. The first
    line of ``pasted`` copy may be in capitals (archive copy prints its headlines so, pages
    their menus) and, when long, without a function word."""
    return (
        feat.words >= 3
        and (feat.density > 0 or (pasted and feat.words >= _NO_FUNCTION_WORD_MIN))
        and not _PATH_RE.search(text)
        and (pasted or not text.isupper())
    )


def _pasted(units: list[Unit], feats: list[Features], body_start: int) -> bool:
    """Whether the copy above the body is a pasted story's top (a few headings, prose lines
    and captions, nothing a web page wraps around an article: no `Headline | Site` title
    line, no one-word section label, no menu): then its first line is the headline, and
    what repeats its words below is a subheading or a dek."""
    if not 0 < body_start <= _PASTED_MAX_ABOVE or split_site_suffix(units[0].text):
        return False
    return all(
        feats[k].kind in (Kind.SHORT, Kind.GOOD, Kind.CAPTION)
        and not feats[k].repeated
        and (feats[k].words > 1 or bool(date_line(units[k].text)))
        for k in range(body_start)
    )


def _bullet_heading(units: list[Unit], first: int, body_start: int) -> int | None:
    """The unit right over the body when it is the one bulleted line above it: a page of
    headlines sets each story's heading as a list's item (`• Heading` over its lede). A
    tabloid's summary bullets come several together, and are no heading."""
    head = body_start - 1
    if head < first or units[head].text[:1] not in BULLETS:
        return None
    if any(units[k].text[:1] in BULLETS for k in range(first, head)):
        return None
    return head


def choose(units: list[Unit], feats: list[Features], body_start: int) -> int | None:
    """The index of the headline unit above ``body_start``, or None."""
    start = under_envelope(units, body_start)
    if not start:
        # Furniture over the headline (a date, a breadcrumb) is judged as an envelope is:
        # the line under it is the copy's first.
        while start < body_start - 1 and _over_copy(units[start].text):
            start += 1
    if start:
        # A forwarded or chatted story starts under its envelope: the sender's note above
        # it is no headline, and the story's first line is judged as a pasted story's.
        head = choose(units[start:], feats[start:], body_start - start)
        return None if head is None else head + start
    if (
        _pasted(units, feats, body_start)
        and titled(units[0], feats[0])
        and _reads_as_headline(units[0].text, feats[0], pasted=True)
        and not _host_line(units[0].text)
        and not furniture(units[0].text)
    ):
        # Above a pasted story's body no menu sits: its first line is the headline, unless
        # it is a short label over the heading the lede tells.
        below = [i for i in range(1, body_start) if _candidate(units[i], feats[i], False)]
        return _past_label(units, feats, 0, below, body_start)
    first = max(0, body_start - WINDOW)
    # A first line without a `| Site` suffix is no page <title>: in pasted copy, the
    # headline (a kicker or a dek may follow it).
    page_title_line = split_site_suffix(units[0].text) is not None if units else False
    title = page_title_words(units) if units else set()
    if len(title) < 3 and not (page_title_line and len(title) == 2):
        # `Top News`: a menu item, not a page title; `Jane Doe | Site` is one (a profile
        # or an event page under a person's name).
        title = set()
    credit = Credits(units, feats)
    counts: dict[str, int] = {}
    for i in range(first, body_start):
        key = units[i].text.casefold()
        counts[key] = counts.get(key, 0) + 1
    shared = _shared_titles(units)
    bullet = _bullet_heading(units, first, body_start)
    best, best_score = None, float("-inf")
    ranked: list[int] = []  # every candidate, top down
    for i in range(first, body_start):
        unit, feat = units[i], feats[i]
        # The first line is the page title itself (or a pasted story's headline): it is
        # judged on the other signals only.
        sim = similarity(title, title_words(unit.text)) if title and i else 0.0
        if not _candidate(unit, feat, credit(i), sim >= 0.9, i == bullet) or over_a_credit(
            units, feats, i
        ):
            continue  # a photo's description over its credit line is a caption
        score = _W_TITLE * sim - _W_DISTANCE * (body_start - i)
        if i == 0 and not page_title_line and _reads_as_headline(unit.text, feat):
            score += _W_FIRST_LINE
        elif i == 0 and page_title_line:
            score -= _W_PAGE_TITLE  # `Headline | Site`: the page's <title>, the h1 is below
        if sim >= 0.9:
            score += _W_TITLE_REPEAT
        for weight, j in zip(
            _W_CREDIT, range(i + 1, min(i + 4, body_start + 2, len(units))), strict=False
        ):
            if credit(j):
                score += weight
                break
        if sentence_stop(unit.text):
            score -= _W_FULL_STOP
        if sim < TITLE_MATCH and feat.words < _MIN_WORDS:
            score -= _W_FEW_WORDS
        if counts[unit.text.casefold()] > 1:
            score += _W_PRINTED_TWICE
        if unit.text.casefold() in shared:
            score += _W_SHARED
        ranked.append(i)
        if score > best_score:
            best, best_score = i, score
    if best is not None:
        best = _past_label(units, feats, best, ranked, body_start)
        head = _correct(units, feats, best, body_start, credit)
        if head == best - 1 and not units[best].blank_before:
            # The winner was the last of a tabloid's bullets, the line above it is the
            # first: the headline is over the block.
            head = _correct(units, feats, head, body_start, credit)
        return head
    if body_start > 0 and headline_shaped(units[0], feats[0]) and feats[0].words >= 3:
        return 0  # the first line, when nothing under it looks like a headline
    return None


def stems(text: str) -> set[str]:
    """The content words of ``text`` cut to their first five letters, so that inflections
    and compounds meet (`profit` and `profits`, `approves` and `approved`; not `Warner`
    and `TimeWarner`)."""
    return {w[:5] for w in content_words(text)}


def _past_label(
    units: list[Unit], feats: list[Features], best: int, ranked: list[int], body_start: int
) -> int:
    """The heading the lede tells, when the winner is a short label the lede shares no word
    with (a site's `Off the wire` over its ticker, won for being the first line): a
    headline tells its story, so the lede retells some of its words. Another candidate
    must share several of them and have a headline's shape; else the winner stays."""
    text = units[best].text
    if feats[best].words >= _MIN_WORDS or body_start >= len(units) or _compilation(text):
        return best  # `Yonhap News Summary` titles the digest its first item opens
    key = text.casefold()
    if sum(u.text.casefold() == key for u in units) > 1 or (
        best and similarity(page_title_words(units), title_words(text)) >= TITLE_MATCH
    ):
        return best  # the page's title, printed again: the page names its story so
    lede = stems(" ".join(u.text for u in units[body_start : body_start + 2])[:_LEDE_CHARS])
    if stems(text) & lede:
        return best
    for i in ranked:
        if (
            i != best
            and len(stems(units[i].text) & lede) >= _LEDE_SHARED_MIN
            and headline_shaped(units[i], feats[i])
            and feats[i].words >= _MIN_WORDS
            and not _PATH_RE.search(units[i].text)
        ):
            return i
    return best


def envelope_unit(units: list[Unit], i: int) -> bool:
    """Whether unit ``i`` (not the last) is a line of a mail's or chat's envelope, judged
    with the header fields beside it."""
    below = i > 0 and header_field(units[i - 1].text)
    return envelope_line(units[i].text, i, header_field(units[i + 1].text), below)


def under_envelope(units: list[Unit], body_start: int, leave: int = 1) -> int:
    """The first unit under the last line of a mail's or chat's envelope above the body,
    with ``leave`` units left above the body (for the headline); 0 when there is none."""
    first = max(0, body_start - WINDOW)
    start = 0
    for i in range(first, min(body_start - leave, len(units) - 1)):
        if envelope_unit(units, i):
            start = i + 1
            if start >= body_start - leave:
                continue
            # a chat header's message, on the line under it, is the sender's too, and so
            # is a mail's note that reads as a sentence (`Good morning. Here are ...`)
            chat = chat_line(units[i].text, i)
            if (chat and not units[start].blank_before and chat_message(units[start].text)) or (
                not chat and sender_note(units[start].text)
            ):
                start += 1
    return start


def _shared_titles(units: list[Unit]) -> set[str]:
    """The titles share buttons name anywhere on the page, casefolded: in a button's label
    (`Share All sharing options for: Headline`) or in a share dialog's text, where the
    heading right over the first target is the story's (`Share this post` / `Site` /
    `Headline` / `Copy link` / `Facebook`)."""
    found = set()
    for k, unit in enumerate(units):
        if ":" in unit.text and len(unit.text) <= 400:
            match = _SHARE_LABEL_RE.match(unit.text)
            if match:
                found.add(match.group("title").strip().casefold())
        elif len(unit.text) <= _SHARE_DIALOG_MAX and _SHARE_DIALOG_RE.fullmatch(unit.text):
            title = None
            for m in range(k + 1, min(k + 1 + _SHARE_DIALOG_REACH, len(units))):
                if _SHARE_TARGET_RE.fullmatch(units[m].text):
                    if title is not None:
                        found.add(title.casefold())
                    break
                title = units[m].text if len(units[m].text.split()) >= _MIN_WORDS else None
    return found


def _plain_above(units: list[Unit], feats: list[Features], i: int, j: int, credit: Credits) -> bool:
    """A heading in sentence case over a longer dek (`Rail upgrade for the north delayed
    by three years` over `Campaigners say ...`): a page's headline, since menus and
    section labels are set in Title Case. A dek as long as the heading will do when the
    byline sits right under it (or under the photo set between): it won for that nearness
    alone."""
    # A tabloid's bullets under the headline are one block of lines with no blank line
    # between: the byline sits under the block's last.
    k = i + 1
    while k < min(i + _BULLETS_MAX, len(units) - 1) and not units[k].blank_before:
        k += 1
    under = (
        credit(i + 1)
        or (i + 2 < len(units) and feats[i + 1].kind is Kind.CAPTION and credit(i + 2))
        or (k > i + 1 and credit(k))
    )
    # Two lines in sentence case one over the other: the headline over its dek, however
    # long each is (a section label is short and in Title Case).
    paired = (
        units[i].first_line <= units[j].lines[-1] + 2 and feats[i].title_case < _SENTENCE_CASE_MAX
    )
    longer = feats[i].words > feats[j].words or (
        (feats[i].words == feats[j].words or paired) and under
    )
    # Paired over a longer dek, a heading of some words needs no function word (`Denver
    # reopens storm-damaged bridge`); a topic label (`Weather warnings today`) is short.
    bare = paired and feats[j].words >= _BARE_HEAD_MIN_WORDS and feats[i].words > feats[j].words
    return (
        feats[j].title_case < _SENTENCE_CASE_MAX
        and longer
        and (bare or _reads_as_headline(units[j].text, feats[j]))
    )


# The fewest of the lede's words (not function words) a heading must share.
_LEDE_SHARED_MIN = 3
_LEDE_CHARS = 400


def content_words(text: str) -> set[str]:
    """The words of four letters or more that are no function words, casefolded."""
    return {w for w in title_words(text) if len(w) >= 4 and w not in STOPWORDS}


def _heads_the_lede(units: list[Unit], i: int, j: int, body_start: int) -> bool:
    """Whether heading ``j`` (over the chosen ``i``) is the one the lede tells: it shares
    several of the lede's words and twice as many as ``i`` does. A Title Case headline over
    a sentence-case dek with no full stop (`Turkey's Central Bank Cuts Rates ...` over
    `Lira little changed after decision ...`) passes no test of shape, but the headline
    summarises the lede and the dek adds to it."""
    if body_start >= len(units):
        return False
    lede = content_words(units[body_start].text[:_LEDE_CHARS])
    above = len(content_words(units[j].text) & lede)
    return above >= _LEDE_SHARED_MIN and above >= 2 * len(content_words(units[i].text) & lede)


# How many credit lines, time stamps and photo captions may stand between the heading over
# a dated lede and the lede (`By ...`, `Posted: ...`, a photo and its credit).
_LEDE_HEAD_GAP = 4


def _over_the_lede(units: list[Unit], feats: list[Features], head: int, body_start: int) -> int:
    """The unit nearest above ``body_start`` (and under ``head``) past the credit lines,
    time stamps and captions set between a heading and its lede, or -1. A blog's bare date
    stamp (`2015/04/29`, `29.04.2015`) is a time stamp too, though no credit line: under
    its post's heading it stands over the post's dated lede."""
    credit = Credits(units, feats)
    k = body_start - 1
    while k > head and body_start - k <= _LEDE_HEAD_GAP:
        if not (credit(k) or feats[k].kind is Kind.CAPTION or date_only(units[k].text)):
            return k
        k -= 1
    return -1


def over_dated_lede(
    units: list[Unit], feats: list[Features], head: int, body_start: int, lede_at: int
) -> int:
    """The headline when the body at ``body_start`` opens with a dateline (its lede at
    ``lede_at``, under the dateline's own line when it stands alone): the heading right
    over it (past a byline or a time stamp) outranks a line higher up that shares no word
    with the lede. Such a line is a label the page sets over its stories (a blog's or a
    section's name, printed twice or not, a tag, a bare `updated on` stamp), however well
    it scored; a headline tells its story, so the lede retells some of its words, and a
    digest's name titles the digest whose first item is under it. The
    heading over the lede must itself read as one and tell the lede: a summary sentence
    (a full stop, or a dek's length) is a dek under the headline above it."""
    j = _over_the_lede(units, feats, head, body_start)
    if j < 0:
        return head
    text, feat = units[j].text, feats[j]
    if (
        not headline_shaped(units[j], feat)
        or not _reads_as_headline(text, feat)
        or feat.words >= _LONG_DEK_WORDS
        or date_line(text)
    ):
        return head
    lede = content_words(units[lede_at].text[:_LEDE_CHARS])
    heading = content_words(text)
    if len(heading & lede) < _LEDE_SHARED_MIN:
        return head
    # A compilation's name (`Yonhap News Summary`) titles the digest its first item opens.
    above = units[head].text
    return head if content_words(above) & lede or _compilation(above) else j


def _credited_below(units: list[Unit], feats: list[Features], i: int, credit: Credits) -> bool:
    """Whether a credit line sits one or two units under ``i``, past the lead photo's
    description and credit lines set between (`Picture: Jane Roe/AAP`)."""
    if any(credit(m) for m in range(i + 1, min(i + 3, len(units)))):
        return True
    k = i + 1
    if k < len(units) and over_a_credit(units, feats, k):
        k += 1  # the description; its credit is a caption, skipped below
    while k < len(units) and k <= i + _PHOTO_LINES and feats[k].kind is Kind.CAPTION:
        k += 1
    return any(credit(m) for m in range(k, min(k + 2, len(units))))


def _dek_in_block(units: list[Unit], feats: list[Features], i: int, j: int) -> bool:
    """Whether ``i`` is a dek set in one block with the heading ``j`` right over it, no
    blank line between: a longer line under one that reads as a headline, neither in Title
    Case (a kicker or a section label is, and stands apart). Site lines over the pair do not
    change it: the heading is the headline."""
    return (
        j == i - 1
        and not units[i].blank_before
        and units[i].first_line == units[j].lines[-1] + 1
        and feats[i].words > feats[j].words
        and feats[j].title_case <= _SENTENCE_CASE_MAX
        and feats[i].title_case < _SENTENCE_CASE_MAX
        and _reads_as_headline(units[j].text, feats[j])
    )


def _headline_over_dek(units: list[Unit], feats: list[Features], i: int, j: int) -> bool:
    """Whether ``j`` over ``i`` is the headline over its dek, both telling the lede under
    ``i``: two long lines in sentence case (no kicker, no section label, which are short or
    in Title Case), each retelling several of the lede's words. The heading comes first;
    the dek under it won for its nearness to the lede alone."""
    if i + 1 >= len(units):
        return False  # nothing under the dek: no lede to tell
    lede = content_words(units[i + 1].text[:_LEDE_CHARS])
    return all(
        feats[k].words >= _DEK_HEAD_MIN_WORDS
        and feats[k].title_case < _SENTENCE_CASE_MAX
        and _reads_as_headline(units[k].text, feats[k])
        and len(content_words(units[k].text) & lede) >= _LEDE_SHARED_MIN
        for k in (i, j)
    )


def _correct(
    units: list[Unit], feats: list[Features], i: int, body_start: int, credit: Credits
) -> int:
    text = units[i].text
    # `News / India News / Headline` next to `Headline`: the breadcrumb is navigation.
    for j in (i - 1, i + 1):
        if (
            0 < j < body_start
            and feats[j].words >= 2
            and len(units[j].text) < len(text)
            and text.endswith(units[j].text)
            and titled(units[j], feats[j])
        ):
            return j
    # A dek won because the byline sits right under it: the headline is the heading above.
    j = i - 1
    # Above a page's headline sit section labels (`Guest Essay`), so the heading there must
    # be a long one, unless it is the first line of pasted copy or reads as a headline over
    # a dek that is a sentence (or long enough to be a summary without its full stop).
    sentence = text.rstrip().endswith((".", "!")) or feats[i].words >= _LONG_DEK_WORDS
    block = j >= 0 and _dek_in_block(units, feats, i, j)
    short_ok = (
        j == 0 or block or (j > 0 and sentence and _reads_as_headline(units[j].text, feats[j]))
    )
    min_words = _SHORT_HEAD_MIN_WORDS if short_ok else _DEK_HEAD_MIN_WORDS
    if (
        j >= 0
        and feats[j].words >= min_words
        and headline_shaped(units[j], feats[j])
        and not date_line(units[j].text)
        and not credit(j)
        and units[j].text.casefold() != text.casefold()
        and (
            sentence
            or block
            or feats[i].words >= feats[j].words + _DEK_EXTRA_WORDS
            or _plain_above(units, feats, i, j, credit)
            or _heads_the_lede(units, i, j, body_start)
        )
        and _credited_below(units, feats, i, credit)
    ):
        return j
    # With no credit line at all (a release's page), a heading right over a subhead that
    # itself sits right over the lede: the heading is the headline when it is the one the
    # lede tells.
    if (
        j >= 0
        and body_start == i + 1
        and units[i].first_line <= units[j].lines[-1] + 2
        and feats[j].words >= _SHORT_HEAD_MIN_WORDS
        and headline_shaped(units[j], feats[j])
        and not credit(j)
        and not date_line(units[j].text)
        and (_heads_the_lede(units, i, j, body_start) or _headline_over_dek(units, feats, i, j))
    ):
        return j
    return i
