"""WC508 mixed-script: a Greek or Cyrillic look-alike letter inside a Latin word (`Mοnday`).

What it does
    Reports, on headline, body and caption lines, a word that mixes Latin letters with
    Greek or Cyrillic letters drawn like Latin ones (Greek `ο`, Cyrillic `о`, `а`, `е`,
    `р`, `с`, `х`, `у`, `і`, and the capitals that look like `A`, `B`, `E`, `H`, `K`, `M`,
    `O`, `P`, `T`, `X`), with the word in Latin letters as the fix. It fires only when
    every non-Latin letter of the word is such a look-alike and the Latin spelling is a
    dictionary word (`οn`, `spοkeswoman`) or a look-alike sits between two Latin letters
    (`Harbοurton`). A Greek letter used as a symbol (`α-synuclein`, `μg`, `TNFα`, `αvβ3`)
    and a word wholly in Greek or Cyrillic are left alone.

Why
    A keyboard switched to another layout, an OCR engine or a spoofing source puts such
    letters into English copy. Readers see `Monday`, but search, sorting and spell
    checkers see another word, and the spelling rules cannot read it.

Example
    ::

        Soldiers raided the agency's offices οn Mοnday, a spοkeswoman said.

Use instead
    ::

        Soldiers raided the agency's offices on Monday, a spokeswoman said.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, character_lines
from wirecheck.rules.base import Context, Example, Rule

# Greek and Cyrillic letters a reader cannot tell from a Latin one, as that Latin letter.
# Letters only like a Latin one in some fonts (Greek `α`, `ι`, `κ`, `μ`) are not here, save
# `α`, which a word's dictionary spelling must then confirm (see `_confirmed`).
CONFUSABLES = {
    # Greek
    "\u03bf": "o",  # ο omicron
    "\u03bd": "v",  # ν nu
    "\u03b1": "a",  # α alpha
    "\u0391": "A",
    "\u0392": "B",
    "\u0395": "E",
    "\u0396": "Z",
    "\u0397": "H",
    "\u0399": "I",
    "\u039a": "K",
    "\u039c": "M",
    "\u039d": "N",
    "\u039f": "O",
    "\u03a1": "P",
    "\u03a4": "T",
    "\u03a5": "Y",
    "\u03a7": "X",
    # Cyrillic
    "\u0430": "a",
    "\u0435": "e",
    "\u043e": "o",
    "\u0440": "p",
    "\u0441": "c",
    "\u0445": "x",
    "\u0443": "y",
    "\u0456": "i",
    "\u0458": "j",
    "\u0455": "s",
    "\u04bb": "h",
    "\u0501": "d",
    "\u0410": "A",
    "\u0412": "B",
    "\u0415": "E",
    "\u041a": "K",
    "\u041c": "M",
    "\u041d": "H",
    "\u041e": "O",
    "\u0420": "P",
    "\u0421": "C",
    "\u0422": "T",
    "\u0425": "X",
    "\u0406": "I",
    "\u0408": "J",
    "\u0405": "S",
}
# Look-alikes that are also a symbol in their own right (`TNFα`): trusted only inside a word
# the dictionary knows.
_SYMBOLS = frozenset("\u03b1")
# A run of letters of any script, the unit a reader takes for one word (one letter alone
# mixes no scripts).
_WORD_RE = regex(r"[^\W\d_]{2,}")
# A line holds a Greek or Cyrillic letter: most lines do not, and one search tells so.
_FOREIGN_RE = regex("[\u0370-\u03ff\u0400-\u052f]")


def _latin(char: str) -> bool:
    return char.isascii() or "\u00c0" <= char <= "\u024f"


def _confirmed(word: str, latin: str) -> bool:
    """The Latin spelling is a dictionary word, or a look-alike (not one that is also a
    symbol) sits between two Latin letters, where no symbol stands."""
    from wirecheck.spelling.tables import lexicon  # only a mixed word pays for it

    if lexicon().known(latin.lower()):
        return True
    return any(
        c in CONFUSABLES and c not in _SYMBOLS and _latin(word[i - 1]) and _latin(word[i + 1])
        for i, c in enumerate(word[1:-1], 1)
    )


def _latin_spelling(word: str) -> str | None:
    """The word in Latin letters, when it mixes Latin letters with look-alikes only."""
    foreign = [c for c in word if not _latin(c)]
    if not foreign or len(foreign) == len(word) or not all(c in CONFUSABLES for c in foreign):
        return None
    latin = "".join(CONFUSABLES.get(c, c) for c in word)
    return latin if _confirmed(word, latin) else None


def _scripts(word: str) -> str:
    greek = any("\u0370" <= c <= "\u03ff" for c in word)
    cyrillic = any("\u0400" <= c <= "\u052f" for c in word)
    return " and ".join(n for n, f in (("Greek", greek), ("Cyrillic", cyrillic)) if f)


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for number, line, start in character_lines(ctx):
        if line.isascii() or _FOREIGN_RE.search(line, start) is None:
            continue
        for match in _WORD_RE.finditer(line, start):
            word = match.group()
            latin = _latin_spelling(word) if not word.isascii() else None
            if latin is None:
                continue
            yield RULE.diagnostic(
                number,
                match.start() + 1,
                match.end() + 1,
                f"`{word}` mixes Latin letters with {_scripts(word)} look-alikes: `{latin}`",
                (latin,),
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx))


_HEAD = "Cuban leader visits Moscow\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC508",
    name="mixed-script",
    severity="warning",
    summary="A Greek or Cyrillic look-alike letter inside a Latin word (`Mοnday`).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=_HEAD + "Putin met Diaz-Canel on Monday, a spokeswoman said.\n", good=True),
        Example(
            text=_HEAD + "Putin met Diaz-Canel \u03bfn M\u03bfnday, a sp\u03bfkeswoman said.\n",
            good=False,
        ),
    ),
    fixable=True,
)
