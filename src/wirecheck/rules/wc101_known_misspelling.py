"""WC101 known-misspelling: a word on the list of common misspellings.

What it does
    Reports words found on a list of known misspellings with their corrections
    (`disolved` -> `dissolved`), in the headline, the body and the captions (up to a
    caption's credit, where it stands whole on its line). Parts of hyphenated
    compounds are checked (`poorly-recieved`), and a word a hyphen broke at a line's
    end is read joined (`recie-` / `ved`, reported over its two lines, where `fix` does
    not write; `expec-` / `ted` is no slip). When the list gives exactly one
    correction, it is the finding's fix. When it gives several (`ahd`: `and` or `had`),
    all are named and offered as suggestions, the likeliest first judging by the words
    around it, and none is applied automatically.

    The rule stays silent on what is probably a name or a deliberate spelling: words in
    capitals (`TASS`), capitalised words mid-sentence, words the story uses capitalised
    elsewhere as a name (a place called `Homs`) — unless the story writes the correction
    capitalised before a name too and the slip stands so (`over Nothern Selva` beside
    `Northern Telim`: the word misspelt in a name) — parts of capitalised hyphenated names
    (`Diaz-Canel`), dropped-g forms (`Takin'`), words followed by `[sic]`, and URLs,
    email addresses, @handles, #hashtags, HTML tags left in the copy (`<a href=...>`)
    and DOIs. A capitalised word opening a sentence is
    checked unless the story also uses it as a name or it is a known proper name. Words
    passed with `--allow` (case-sensitive) are never reported, nor a prefix set off with
    a hyphen (`mis-sold`), nor a word whose only corrections add accents (`gardai` for
    `gardaí`: a house style). An entry that large dictionaries know as a rare word in its
    own right (`pervious`, `miliary`; ``data/en_rare_words.txt``) is reported with a note
    that it may be meant, and `fix` leaves it alone: written for the word, the correction
    would change what the story says (`military tuberculosis`).

    Only English copy is checked: a story whose wire header names another language, or
    whose function words outside its quotations are clearly German, French, Spanish,
    Italian, Portuguese or Dutch, is skipped, and so is a paragraph in one of those
    languages inside English copy (a quotation given in the original) and a quotation in
    `« »`, `„ “` or `‚ ‘` marks.

Why
    These misspellings are certain errors: the list holds only spellings that are not
    words (codespell's Wikipedia-derived list, without its "rare" entries such as `bloc`,
    `vise` or `wee`, and without any entry that is a word in SCOWL). It is quiet enough to
    block a commit.

Example
    ::

        Cuba depended on Soviet support until the bloc disolved in 1991.

Use instead
    ::

        Cuba depended on Soviet support until the bloc dissolved in 1991.

Data
    The misspelling list is derived from codespell's dictionary (CC BY-SA 3.0, from
    Wikipedia's lists of common misspellings); see ``data/NOTICE-spelling.md``.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.rules.base import Context, Example, Rule
from wirecheck.spelling.check import findings


def _message(word: str, corrections: tuple[str, ...], rare: bool = False) -> str:
    if len(corrections) == 1:
        names = f"`{corrections[0]}`"
    else:
        names = ", ".join(f"`{c}`" for c in corrections[:-1]) + f" or `{corrections[-1]}`"
    if rare:
        return f"`{word}` is a known misspelling of {names}, and a rare word too: is it meant?"
    return f"`{word}` is a known misspelling of {names}"


def check(ctx: Context) -> Iterator[Diagnostic]:
    for f in findings(ctx):
        if f.code == "WC101":
            yield RULE.diagnostic(
                f.line,
                f.column,
                f.end_column,
                _message(f.word, f.corrections, f.rare),
                f.corrections,
                end_line=f.end_line,
            )


_HEADLINE = "Cuban leader visits Moscow to renew old ties\n\n"
_LEAD = (
    "MOSCOW, Nov. 2 (UPI) -- Cuban President Miguel Diaz-Canel met Russian officials Friday.\n\n"
)

RULE = Rule(
    code="WC101",
    name="known-misspelling",
    severity="error",
    summary="A word on the list of common misspellings (with its correction).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=_HEADLINE
            + _LEAD
            + "Cuba depended on Soviet support until the bloc dissolved in 1991.\n",
            good=True,
        ),
        Example(
            text=_HEADLINE
            + _LEAD
            + "Cuba depended on Soviet support until the bloc disolved in 1991.\n",
            good=False,
        ),
    ),
    fixable=True,
)
