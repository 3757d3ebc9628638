"""WC102 unknown-word: a lowercase word that is in no dictionary.

What it does
    Reports lowercase words of the headline, body and captions (up to a caption's credit)
    found in no dictionary, with up to
    three suggestions: known words within two edits (Damerau: a letter dropped, doubled,
    swapped or wrong), the nearest first and then the likeliest, judging by word
    frequency (half general, half the story's own) and the neighbouring words.
    Capitalised words are never reported: in news copy they are names. A word with no
    known word within two edits is left alone too: it is far more often a foreign word or
    a coinage (`tonkotsu`) than a slip.

    Accepted without a dictionary entry: inflections and derived forms of known words
    (`livestreamed`, `counterprotest`, `policymakers`) unless a known word is one edit
    away (`begining`); possessives and contractions of known words; a headline's clipped
    word, the letters without its apostrophe a known abbreviation (`gov't`, `nat'l`);
    numbers and units (`5pm`, `1990s`, `10-year-old`); common wire abbreviations (`mln`,
    `pct`, `dlrs`);
    words the story defines (in quotes, or after "called", "known as", "the word") or
    uses three times or more, or twice when no known word one edit away makes it a slip
    (`shmup`; one common, or with its first letter and no shorter: `cardiologst`);
    words the story also uses capitalised as a name or as a handle or hashtag (`@jearum`
    ... `jearum`); a suffixed formation no slip explains (`fermenter`, `giftee`, `gapped`:
    the near words are other formations of the same word, differ in the first letter or
    are far rarer; a dropped first letter, `armers`, is a slip); drawn-out words (`waaay`,
    `allll`); a word in a foreign phrase (next to `de`, `la`, `pour`..., near another
    unknown word that is near no English word unless it is itself within two edits of a
    known word, or
    after a language named as their source: `the Latin words sol and stit`); an acid's name
    (`malic acid`); a combining form before a hyphen (`vitreo-retinal`); the last word of
    a file that breaks off with no line ending (a file cut short mid-word); and the
    same exemptions as WC101 (`[sic]`, dropped-g forms, parts of hyphenated names, URLs,
    emails, handles, hashtags, HTML tags, DOIs); the rest of a word after a page's drop
    cap pasted apart from it (`T housands`); the halves of a word a hyphen broke where a
    line ended in archive copy (`state-ment`, `wel-come`: the halves joined are a word, and
    respelt each would become another). A word a hyphen broke at the end of an input line,
    its second half opening the next in lower case (`dis-` / `ruption`, `expec-` / `ted`,
    in one paragraph or not), is judged joined: a known word is no finding, and a slip is
    reported whole over its two lines (`expec-` / `tde`, did you mean `expected`), or
    when the joined word is near no word (`well-` / `knwon`, a compound), by its parts.
    A letter a stray space split off a word (`r esidential`, `l ong`) is reported with the
    word, the joined word its suggestion. Two words run together, the space between them
    lost (`withsustained`, `andissued`), are reported with the two as the suggestion when
    the word splits only one way into a function word that heads no compound (`and`,
    `the`, `with`, `from`; not `off`, `over`, `for`) and a common word; other compounds of
    known words stay accepted. A word WC101 reports is not reported again here.

    Only English copy is checked: a story whose wire header names another language, or
    whose function words outside its quotations are clearly German, French, Spanish,
    Italian, Portuguese or Dutch, is skipped, and so is a paragraph in one of those
    languages inside English copy (a quotation given in the original) and a quotation in
    `« »`, `„ “` or `‚ ‘` marks.

Why
    A list of known misspellings catches only a small share of real typos; most slips
    (`offisials`, `govermnent`, `minsiter`) are simply not words. A warning rather than an
    error, since a dictionary never knows every real word: pass the word with
    `--allow WORD` or `--allow-file PATH` when it is right.

Example
    ::

        The offisials said the govermnent would respond.

Use instead
    ::

        The officials said the government would respond.

Data
    The dictionary merges SCOWL (size 70, all regional spellings) and symspellpy's
    frequency list (MIT), with frequencies for ranking; see ``data/NOTICE-spelling.md``.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.spelling.check import findings


def _message(word: str, suggestions: tuple[str, ...]) -> str:
    if not suggestions:
        return f"`{word}` is not in the dictionary"
    names = ", ".join(f"`{s}`" for s in suggestions)
    return f"`{word}` is not in the dictionary (did you mean {names}?)"


def check(ctx: Context) -> Iterator[Diagnostic]:
    for f in findings(ctx):
        if f.code == "WC102":
            yield RULE.diagnostic(
                f.line,
                f.column,
                f.end_column,
                _message(f.word, f.corrections),
                f.corrections,
                end_line=f.end_line,
            )


_HEADLINE = "City council approves new budget after long debate\n\n"
_LEAD = "LONDON, March 3 (PA) -- The city council approved its budget on Tuesday.\n\n"

RULE = Rule(
    code="WC102",
    name="unknown-word",
    severity="warning",
    summary="A lowercase word in no dictionary (with suggestions by edit distance).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=_HEADLINE + _LEAD + "The officials said the government would respond.\n",
            good=True,
        ),
        Example(
            text=_HEADLINE + _LEAD + "The offisials said the govermnent would respond.\n",
            good=False,
        ),
    ),
    fixable=False,
)
