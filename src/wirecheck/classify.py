"""Label each unit by what it looks like on its own: the features the assembler weighs.

Signals, after jusText and trafilatura, adapted to plain text (there is no markup, so no
link density): length, stopword density, sentence punctuation, Title Case, known chrome
phrases and shapes, repetition within the page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from enum import Enum
from typing import NamedTuple

from wirecheck.byline import given_key, given_names
from wirecheck.dateline import page_head
from wirecheck.patterns.boilerplate import (
    READ_ALSO_ABROAD,
    RELATED_RE,
    WIRE_CODE_RE,
    agency_blurb,
    chrome_sentence,
    cookie_notice,
    house_appeal,
    inline_close,
    is_chrome_phrase,
    is_social_menu,
    page_number,
    quotes_someone,
    running_head,
    signs_off,
    source_note,
    stamp_line,
    view_counter,
)
from wirecheck.patterns.credits import (
    CAPTION_OPENER_RE,
    CREDIT_RE,
    CREDIT_TAIL_RE,
    PICTURE_LABEL_END_RE,
    credit_label_end,
    might_end_in_credit,
    opening_credit,
)
from wirecheck.patterns.stopwords import ALL_STOPWORDS, STOPWORDS
from wirecheck.regexes import regex
from wirecheck.segment import Unit

_WORD_RE = regex(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# In ASCII text (``str.isascii`` is a flag test) a letter is [A-Za-z] and there is no `’`:
# the ASCII pattern finds exactly what the general one does, and scans faster.
_ASCII_WORD_RE = regex(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_SENTENCE_END = (".", "!", "?", ":", ";", "…")
# Closing quotes and brackets may follow the sentence's own punctuation: `... said."`.
_CLOSERS = "\"'”’)]»*"
# A paragraph of article prose: enough words, and enough function words among them.
GOOD_MIN_WORDS = 10
GOOD_MIN_DENSITY = 0.22
# Prose ends its paragraphs with punctuation; a line without it is a heading (a headline,
# a teaser link, a subhead) unless it is this long.
HEADING_MAX_WORDS = 25
# Markup and code left in saved text (a page cut inside its `<script>`, a JSON blob): the
# characters of tags, objects and assignments, which prose all but never uses. A unit this
# long with this share of them is no paragraph, however it ends.
_CODE_MARKS = "{}<>="
_CODE_MIN_CHARS = 200
_CODE_MIN_MARKS = 10  # a menu path in prose (`Settings -> <name>`) has a few
_CODE_MIN_SHARE = 0.02
# Caption lines are a sentence or three; longer text ending in a credit is prose.
CAPTION_MAX_CHARS = 600
# Only the end of a line is searched for a credit, which keeps the search linear.
CREDIT_WINDOW = 160


class Kind(Enum):
    """What a unit looks like, before its position is taken into account."""

    GOOD = "good"  # article prose
    SHORT = "short"  # too short to tell; the neighbours decide
    CHROME = "chrome"  # known site chrome
    WIRE_CODE = "wire-code"
    RELATED = "related"
    CAPTION = "caption"
    INLINE = "inline"  # chrome that sits inside articles (`Advertisement`, `Story continues below`)
    BREAK = "break"  # a heading that closes the article (`More from ...`, `Related stories`)


# Openers of the lists that follow an article: once one appears after the body, what
# follows is not the story.
_SECTION_LIST = r"more (?:[\w&'’-]+ ){1,2}(?:articles|stories|headlines)\s*:?$"
_BREAK_RE = regex(
    r"^(?:more (?:from|stories|news|on|in)|related(?: stories| articles| coverage| content| news)?|"
    r"recommended|you (?:may|might) also|read (?:this )?next|top reads|up next|"
    r"most (?:read|popular|viewed|shared)|"
    r"trending|latest (?:news|stories|headlines)|top stories|comments?|(?:\d+\s+)?comments|"
    r"share this|sign up|subscribe|newsletter|what to read next|editor'?s picks|"
    r"popular (?:now|stories)|around the web|from our partners|"
    r"about the author|about us|follow us|explore more|keep reading|further reading|"
    r"other stories|also on|more coverage|in case you missed it|don'?t miss|must read|"
    r"latest videos?|more videos?|watch more|we recommend|suggested (?:reading|for you)|"
    r"related (?:posts|reading|links)|recent posts|popular posts|"
    # the list's own noun may open it: `Posts You May Like`, `Stories you might like`
    r"(?:(?:posts|stories|articles|news|videos) )?you (?:may|might) like|"
    r"next,? read this|"
    # a teaser's label under the story (`Check Also`), a comment form's heading
    r"check also|leave a reply|"
    rf"{_SECTION_LIST}|"
    # the same headings on pages in other languages
    r"noticias relacionadas|artículos relacionados|(?:también )?te puede interesar|"
    r"lo más leído|más leídas|mehr zum thema|das könnte sie auch interessieren|"
    r"meistgelesen|verwandte artikel|ähnliche artikel|sur le même sujet|articles similaires|"
    r"les plus lus|articoli correlati|potrebbe interessarti|(?:i )?più letti|"
    r"notícias relacionadas|matérias relacionadas|mais lidas|gerelateerde artikelen|"
    r"meest gelezen)\b",
    re.IGNORECASE,
)


# `MORE` with no separator opens a related link's headline (`MORE Senate passes ...`)
# or a list's label (`MORE FOR YOU`); two words of a plain phrase after it (`MORE BAD
# NEWS`) are a subhead in capitals.
_MORE_SUBHEAD_RE = regex(
    r"^MORE\s+(?!(?:FOR|FROM|ON|IN|ABOUT|TO|OF|LIKE|THIS)\b)[A-Z’'&-]+(?:\s+[A-Z’'&-]+)?$"
)


# Another story's teaser: its headline or first words, cut (`...`), then its link's
# label (`... Read more »`, `... Leer más »`, `... Weiterlesen`). A paragraph of the story
# that ends with the label keeps its sentence stop before it, and a site's own promotion
# (`Learn how it impacts everything we do Read More`) is no teaser.
_TEASER_END_RE = regex(
    r"(?:\.{3}|…)\s*(?:\[\s*)?(?i:read more|continue reading|read the full story"
    r"|leer más|lee más|seguir leyendo|leia mais|continue lendo|lire la suite|lire plus"
    r"|weiterlesen|mehr lesen|leggi (?:tutto|di più|anche)|lees meer)\s*\]?\s*[»›>→]*$"
)
_TEASER_MAX_CHARS = 300
_TEASER_WINDOW = 40
# A teaser's label ends it with no stop: the test spares most lines, which end with one.
_SENTENCE_ENDS = tuple(".!?\"'”’)")


def _teaser(text: str) -> bool:
    return _TEASER_END_RE.search(text, max(0, len(text) - _TEASER_WINDOW)) is not None


# A section's list heading under the story (`MORE National ARTICLES`, `More Business
# Stories`) opens like a related link (`MORE ...`), but heads a list: a break. `More
# ... News` is left out: it is as often a subhead (`More Bad News`).
_SECTION_LIST_RE = regex(rf"^{_SECTION_LIST}", re.IGNORECASE)


# Chrome printed between the paragraphs of an article: it says the article goes on.
_INLINE_RE = regex(
    r"^(?:advertisement|advertisements?\s*[-:]?\s*(?:scroll to continue|story continues below)|"
    r"ad|sponsored|ad feedback|scroll (?:down )?to continue(?: with content| reading)?|"
    r"(?:story|article|text) continues (?:below|after)"
    r"(?: (?:this |the )?(?:ad|advert|advertisement))?|"
    r"loading(?:\.{3}|\u2026)?|"  # an embed's placeholder where its script did not run
    r"continue reading(?: (?:below|the main story))?|skip advertisement|"
    r"content continues below|\d+ related|"  # ESPN's `2 Related` box between paragraphs
    # Postmedia's label between paragraphs and its placeholder for an ad that did not load.
    r"article content|this advertisement has not loaded yet(?:, but your article continues below)?|"
    r"read also|also read|see also"  # a box of links set in the story (TASS)
    # an ad's label and a box of links between paragraphs, on pages in other languages
    r"|publicidad|anzeige|werbung|publicité|pubblicità|publicidade|advertentie"
    rf"|{READ_ALSO_ABROAD}"
    r"|\d{1,3} of \d{1,3}"  # a gallery's counter over each photo (`2 of 4`)
    # a widget's placeholder where a script did not run
    r"|(?:please )?(?:turn on|enable) javascript(?: to (?:use|view|see) this \w+)?)\W*$",
    re.IGNORECASE,
)


# An embedded post set between paragraphs: its text with the picture's short link (`...
# pic.twitter.com/AbC`), set inside the story as an ad is (the paragraphs after it are
# still the story's), and its signature (`— Jane Doe (@jdoe) December 21, 2023`).
_EMBED_TEXT_RE = regex(r".*\bpic\.twitter\.com/\w+\s*$")
_EMBED_SIGNATURE_RE = regex(
    r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})\s*"
)


def embed_signature(text: str) -> bool:
    """An embedded post's signature line: `— Jane Doe (@jdoe) December 21, 2023`."""
    return "(@" in text and _EMBED_SIGNATURE_RE.fullmatch(text) is not None


# A post's text is at most 280 characters; a little more for its link and picture marks.
_EMBED_TEXT_MAX = 320
# Another card's head, one line each: the account's handle alone (`@BBCNews`), its display
# name under it, then its text under a verb (`tweets: ...`).
_EMBED_HANDLE_RE = regex(r"@\w{1,30}")
_EMBED_VERB_RE = regex(r"(?:re)?tweet(?:s|ed)?\s*:\s", re.IGNORECASE)
_EMBED_NAME_MAX_WORDS = 5


# Each side's lawyers under a court story (Reuters): `For NetChoice: Chris Marchese of
# Lehotsky Keller`, `For the state: Deputy Attorney General Sam Winfield`.
_COUNSEL_RE = regex(
    r"For (?:the [a-z]+|(?:the )?[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|the|of|and)){0,6}): "
    r"(?:[A-Z][\w.'’-]*\s?){1,6}"
)


class Features(NamedTuple):
    """What the classifier measured on one unit (a NamedTuple: one is made per unit, and a
    frozen dataclass costs more to create and, at start-up, to define)."""

    kind: Kind
    words: int
    density: float
    ends_sentence: bool
    title_case: float
    repeated: bool
    credit: str | None


def words_of(text: str) -> list[str]:
    return (_ASCII_WORD_RE if text.isascii() else _WORD_RE).findall(text)


# A photographer's credit, the person then the outlet: `Lori Grunin/CNET`, `Steve Russell/
# Toronto Star`. The first word must be a census given name, or `Grand Rapids/Muskegon`
# and `Article Reprints/Usage` would be credits too.
_NAME_SLASH_OUTLET_RE = regex(
    r"(?<![\w/])(?P<name>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3})\s?/\s?[A-Z][\w&.'’ -]{1,30}\s*$"
)


# A picture's buttons, copied with its caption: `REUTERS/Jane Doe Purchase Licensing
# Rights, opens new tab`.
_BUTTON_TAIL_RE = regex(r"\s*(?:Purchase Licensing Rights)?(?:,?\s*opens new tab)?\s*$")
_BUTTON_TAIL_MAX = 60


# A picture's file name, a line of its own where a page's render lost the picture
# (`rice.jpg`, `2.jpg`): page furniture, never story. A name has no spaces.
_IMAGE_FILE_RE = regex(r"[^\s/\\]{1,120}\.(?i:jpe?g|png|gif|webp|bmp|tiff?|avif|heic)")


def image_file_name(text: str) -> bool:
    """Whether the line is a picture's file name alone (`rice.jpg`)."""
    return _IMAGE_FILE_RE.fullmatch(text.strip()) is not None


def credit_of(text: str) -> str | None:
    """The photo credit at the end of ``text``, or a file picture's opening it, if any."""
    opening = opening_credit(text)
    if opening is not None:
        return opening
    if text.endswith(("Rights", "tab")):
        button = _BUTTON_TAIL_RE.search(text, max(0, len(text) - _BUTTON_TAIL_MAX))
        text = text[: button.start()] if button else text
    tail = text[-CREDIT_WINDOW:]
    if not might_end_in_credit(tail):
        return None
    match = CREDIT_RE.search(tail)
    if match:
        # a dash sets the credit off (`... Lind. —KUNA photos`); it is no part of it
        return match.group().strip().lstrip("—–-").lstrip() or None
    if "/" not in tail:
        return None
    named = _NAME_SLASH_OUTLET_RE.search(tail)
    if named and given_key(named.group("name").split()[0]) in given_names():
        return tail[named.start() :].strip()
    return None


# An AP keyword or version line as an archive keeps it over the headline, in the orders
# the wire's systems wrote it: TREC's priority and category letters, the slug, the
# version, the cycle and the word count (`u a AM-Ferry 2ndLd-Writethru a0800 12-04 0412`,
# `AM-Ferry, 2nd Ld - Writethru, a0800,0420`). The slug alone may open a name
# (`PM-KISAN scheme ...`), so a version mark (`Ld`, `Writethru`) or a cycle code must follow.
_WIRE_SLUG_RE = regex(
    r"(?:[a-z] ){0,3}\^?(?:AM|PM|BC)-[\w'’-]{1,40}\b.{0,80}?"
    r"(?:\bLd\b|Ld-|Write-?[Tt]hru|WRITETHRU|\b[a-z]\d{4}\b)"
)


def wire_slug(text: str) -> bool:
    """Whether the line is a wire's slug and version line (see ``_WIRE_SLUG_RE``)."""
    return "-" in text[:10] and _WIRE_SLUG_RE.match(text) is not None


# An abbreviation's own period may close a headline without closing a sentence (`...
# Threatens U.S.`, `... Buys Acme Inc.`): initials with their stops, or a company's or a
# name's short form.
_INITIALS_RE = regex(r"(?:[A-Za-z]\.){2,4}")
_ABBREVIATIONS = frozenset("inc co corp ltd jr sr bros".split())
# A line of this many words or more with at least this share of its content words
# capitalised is set in Title Case: a headline's style, so an abbreviation closing it ends
# no sentence. (A company's name alone, `Acme Inc.`, is shorter.)
_TITLE_CASE_HEADING = 0.75
_TITLE_CASE_HEADING_WORDS = 4


def abbreviation_end(text: str) -> bool:
    """Whether the text closes with an abbreviation and its period (`U.S.`, `Inc.`)."""
    words = text.rstrip("'\"’”").rsplit(maxsplit=1)
    if not words or not words[-1].endswith("."):
        return False
    last = words[-1]
    return _INITIALS_RE.fullmatch(last) is not None or last[:-1].casefold() in _ABBREVIATIONS


def _title_case_share(words: list[str]) -> float:
    content = [w for w in words if w.casefold() not in STOPWORDS]
    if not content:
        return 0.0
    return sum(1 for w in content if w[:1].isupper()) / len(content)


def _kind(
    unit: Unit,
    words: list[str],
    density: float,
    ends: bool,
    credit: str | None,
    extra_phrases: frozenset[str],
) -> Kind:
    text = unit.text
    if page_number(text):
        return Kind.INLINE  # a printed page's number: inside the story, as an ad is
    if WIRE_CODE_RE.match(text) or wire_slug(text):
        return Kind.WIRE_CODE
    if image_file_name(text):
        return Kind.CHROME
    related = RELATED_RE.match(text)
    # `RELATED ...` in capitals, or `Related: ...` / `Read more: ...` with a separator. In
    # copy all in capitals, `MORE THAN 30,000 ...` with no separator is a sentence's start.
    if (
        related
        and len(text) < 200
        and not _SECTION_LIST_RE.match(text)
        and (
            related.group().rstrip()[-1:] in ":|>»"
            or (
                text.split()[0].isupper()
                and not (text.isupper() and ends and len(words) >= 8)
                and not _MORE_SUBHEAD_RE.match(text)
                # a lede set with its first word in capitals (AAP's `MORE than 100
                # people ...`): a sentence runs on in lower case, a link's headline not
                and not text[related.end() : related.end() + 1].islower()
            )
        )
    ):
        return Kind.RELATED
    if len(text) < _TEASER_MAX_CHARS and not text.endswith(_SENTENCE_ENDS) and _teaser(text):
        return Kind.RELATED  # another story's teaser, cut and linked
    if _INLINE_RE.match(text) or ("pic.twitter" in text and _EMBED_TEXT_RE.match(text)):
        return Kind.INLINE
    # Copyright lines end in `©` credits too: chrome sentences are decided first.
    if (
        (len(text) < 300 and chrome_sentence(text) and not quotes_someone(text))
        or cookie_notice(text)
        or house_appeal(text)
        or agency_blurb(text)
    ):
        return Kind.CHROME
    # `(With inputs from PTI, Reuters)` names an agency as a photo credit does, but it
    # credits the story's writing.
    opener = CAPTION_OPENER_RE.match(text)
    if (
        # A caption both opened (`FILE - In this ... photo`) and closed by a credit may run
        # long: MSN prints AP's captions twice, glued (`... (AP Photo/Jane Roe, File)©
        # Provided by Associated Press FILE - In this ...`).
        len(text) <= (2 * CAPTION_MAX_CHARS if opener and credit else CAPTION_MAX_CHARS)
        and (credit or opener or credit_label_end(text))
        and not CREDIT_TAIL_RE.match(text)
        and not source_note(text)  # `(Xinhua News Agency September 17, 2006)`: no photo's
    ):
        return Kind.CAPTION
    if text.startswith("For ") and _COUNSEL_RE.match(text):
        return Kind.GOOD  # Reuters court copy names each side's lawyers: story, however short
    if _BREAK_RE.match(text) and len(words) <= 8 and (not ends or text.endswith(":")):
        return Kind.BREAK  # a list's heading, perhaps over its colon (`Read next:`)
    if len(text) >= _CODE_MIN_CHARS and _code_like(text):
        return Kind.CHROME
    if is_chrome_phrase(text, extra_phrases) or is_social_menu(text) or view_counter(text):
        return Kind.CHROME
    if (ends or len(words) >= GOOD_MIN_WORDS) and stamp_line(text):
        return Kind.SHORT  # `Published: ... | Updated: ...`: a head's stamp, however long
    if (
        (ends or len(words) >= HEADING_MAX_WORDS)
        and len(words) >= GOOD_MIN_WORDS
        and density >= GOOD_MIN_DENSITY
    ):
        return Kind.GOOD
    if len(words) >= 6 and ends and density >= GOOD_MIN_DENSITY:
        return Kind.GOOD
    return Kind.SHORT


def _code_like(text: str) -> bool:
    marks = sum(text.count(mark) for mark in _CODE_MARKS)
    return marks >= _CODE_MIN_MARKS and marks >= _CODE_MIN_SHARE * len(text)


def classify(units: list[Unit], extra_phrases: frozenset[str] = frozenset()) -> list[Features]:
    """Features for every unit, in order."""
    counts = Counter(u.text.casefold() for u in units)
    out: list[Features] = []
    # Features depend on the text alone; a page that repeats a line (menus, hostile input
    # of one line many times over) measures it once.
    known: dict[str, Features] = {}
    for unit in units:
        if unit.text in known:
            out.append(known[unit.text])
            continue
        words = words_of(unit.text)
        stop = sum(1 for w in words if w.casefold() in ALL_STOPWORDS)
        density = stop / len(words) if words else 0.0
        # Xinhua closes a story inside its last paragraph: `... the bureau said. Enditem`.
        closing = unit.text.rstrip()
        cut = inline_close(closing)
        closing = closing if cut is None else closing[:cut]
        ends = closing.rstrip(_CLOSERS).endswith(_SENTENCE_END)
        title_case = _title_case_share(words)
        if (
            ends
            and len(words) >= _TITLE_CASE_HEADING_WORDS
            and title_case >= _TITLE_CASE_HEADING
            and abbreviation_end(closing)
        ):
            ends = False  # `Storm Threatens U.S.`: a Title Case headline, no sentence
        credit = credit_of(unit.text)
        known[unit.text] = Features(
            kind=_kind(unit, words, density, ends, credit, extra_phrases),
            words=len(words),
            density=density,
            ends_sentence=ends,
            title_case=title_case,
            repeated=counts[unit.text.casefold()] > 1,
            credit=credit,
        )
        out.append(known[unit.text])
    _page_furniture(units, out)
    _embeds(units, out)
    return out


def _embed_text(unit: Unit, feat: Features) -> bool:
    """Whether a unit may be an embedded post's text: a post's length, no heading."""
    return feat.kind in (Kind.GOOD, Kind.SHORT, Kind.INLINE) and len(unit.text) <= _EMBED_TEXT_MAX


def _embed_above(units: list[Unit], out: list[Features], i: int) -> None:
    """Mark the post's text over its signature at unit ``i``: the unit right above it, and
    the lines of a post of several over that, set with no blank line between them, up to
    a post's length. A story's paragraph of prose (or one ending in a colon, which leads
    into the post) over a post's lines is the story's."""
    total = 0
    k = i - 1
    while k >= 0 and _embed_text(units[k], out[k]):
        total += len(units[k].text)
        if k < i - 1 and (
            total > _EMBED_TEXT_MAX
            or units[k].blank_after
            or out[k].kind is Kind.GOOD
            or units[k].text.endswith(":")
        ):
            return
        out[k] = out[k]._replace(kind=Kind.INLINE)
        k -= 1


def _embeds(units: list[Unit], out: list[Features]) -> None:
    """An embedded post is one piece of chrome set inside the story, as an ad is: its
    signature (`— Jane Doe (@jdoe) December 21, 2023`), the post's text over it (and the
    text over its picture's `pic.twitter.com` line), and a card's handle, display name
    and `tweets: ...` line. None of it ends the story: the prose under it goes on."""
    for i, unit in enumerate(units):
        text = unit.text
        if embed_signature(text):
            out[i] = out[i]._replace(kind=Kind.INLINE)
            _embed_above(units, out, i)
        elif _EMBED_HANDLE_RE.fullmatch(text):
            j = i + 1
            if (
                j < len(units)
                and out[j].kind is Kind.SHORT
                and out[j].words <= _EMBED_NAME_MAX_WORDS
                and not out[j].ends_sentence
            ):
                j += 1  # the account's display name
            if j < len(units) and _EMBED_VERB_RE.match(units[j].text):
                for k in range(i, j + 1):
                    out[k] = out[k]._replace(kind=Kind.INLINE)


def _page_furniture(units: list[Unit], out: list[Features]) -> None:
    """A printed page's number (`Page 1 of 2`) is chrome inside the story, and so is the
    running head set on the line beside it when it dates the page (`Valley Courier-Post -
    November 3, 2026`): text taken out of a PDF keeps both between a paragraph's lines.
    So are a bare number the segmenter found at a page break, and a newspaper page's
    head that reads as a dateline (``page_head``)."""
    for i, unit in enumerate(units):
        if unit.furniture and out[i].kind is Kind.SHORT:
            # A bare number (`7`) the segmenter found where the page breaks: the page's.
            out[i] = out[i]._replace(kind=Kind.INLINE)
        elif out[i].kind is Kind.SHORT and page_head(
            unit.text, i + 1 < len(units) and prose(out[i + 1])
        ):
            out[i] = out[i]._replace(kind=Kind.INLINE)  # a newspaper page's dated head
        # ``_kind`` made the page's number INLINE (its text alone tells); its neighbour
        # is read here.
        if out[i].kind is not Kind.INLINE or not page_number(unit.text):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(units) or out[j].kind is not Kind.SHORT:
                continue
            near = (
                units[j].lines[-1] + 1 == unit.lines[0] or unit.lines[-1] + 1 == units[j].lines[0]
            )
            if near and running_head(units[j].text):
                out[j] = out[j]._replace(kind=Kind.INLINE)


def prose(feat: Features) -> bool:
    """Whether a unit is a paragraph of prose, as a lede is (a headline is not)."""
    return feat.kind is Kind.GOOD and feat.ends_sentence


# The longest description taken for a caption because a credit line follows it.
_CAPTION_MAX_WORDS = 40


# A labelled line whose text is a headline (`Video: Island residents react to ferry
# plan`) is a clip's title, where a credit names someone (`Photo: Jane Doe/AP`, `Video:
# Ministry of Defence`).
_CLIP_LABEL_RE = regex(r"^(?:Video|Watch|Photos?|Gallery)\s*[:|]\s*(?P<title>.+)$")
_CLIP_TITLE_WORDS = 3


def _titled_clip(text: str) -> bool:
    label = _CLIP_LABEL_RE.match(text)
    if label is None:
        return False
    lower = [
        w
        for w in label.group("title").split()
        if w[:1].islower() and w.casefold() not in STOPWORDS and w != "courtesy"
    ]
    return len(lower) >= _CLIP_TITLE_WORDS


def over_a_credit(units: Sequence[Unit], feats: Sequence[Features], i: int) -> bool:
    """A photo's description on the line above its credit line (`Getty Images`).

    Pages print the caption and its credit as two lines; the credit alone is a caption by
    its shape, the description above it only by its place.
    """
    feat = feats[i]
    # A description is a sentence; a heading over a photo (`Jane Doe & John Roe` in a
    # listicle) stays where it is.
    if feat.kind not in (Kind.GOOD, Kind.SHORT) or feat.words > _CAPTION_MAX_WORDS:
        return False
    if i + 1 >= len(units) or units[i + 1].first_line > units[i].lines[-1] + 2:
        return False
    below, credit = units[i + 1].text, feats[i + 1].credit
    # A description closed by `(Symbolbild)` is a sentence too, and so is an image's alt
    # text over its labelled source line (PR Newswire's `Source: PRNewsfoto/Acme`).
    if not (
        feat.ends_sentence
        or PICTURE_LABEL_END_RE.search(units[i].text)
        or below.startswith("Source:")
    ):
        return False
    if signs_off(below):
        return False  # `(Reuters)` alone under a paragraph: the story's sign-off
    if not (
        feats[i + 1].kind is Kind.CAPTION and credit is not None and len(credit) >= len(below) - 2
    ):
        return False
    if _titled_clip(below):
        return False  # a video's title under a paragraph credits nothing above it
    # A credit a blank line under the story's last paragraph, no prose after it, is the
    # lead photo's, set at the foot (`Photo: Ministry of Energy`): the paragraph is story.
    spaced = units[i + 1].first_line > units[i].lines[-1] + 1
    return not spaced or any(f.kind is Kind.GOOD for f in feats[i + 2 :])
