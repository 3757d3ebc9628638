"""WC507 ligature: a typographic ligature character in the text (`ﬁnal`).

What it does
    Reports, on headline, body and caption lines, the Unicode presentation forms of
    Latin letter pairs and triples (U+FB00 to U+FB06: `ﬀ`, `ﬁ`, `ﬂ`, `ﬃ`, `ﬄ`, `ﬅ`,
    `ﬆ`), with the plain letters as the fix.

Why
    Text copied out of a PDF or a typeset page keeps the typesetter's ligatures: one
    character that looks like two letters. Readers see `final`, but search, sorting and
    spell checkers see a different word, and the words around it are not checked either
    (`ﬁnancail` passes where `financail` is flagged). They are never what a writer typed.

Example
    ::

        The ministry said the ﬁnal ﬁgures would be published in the ﬂoor debate.

Use instead
    ::

        The ministry said the final figures would be published in the floor debate.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, character_lines
from wirecheck.rules.base import Context, Example, Rule

# The Latin ligatures of Unicode's Alphabetic Presentation Forms, as the letters they join.
LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_LIGATURE_RE = regex("[\ufb00-\ufb06]+")


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for number, line, start in character_lines(ctx):
        if line.isascii():
            continue  # most lines: no character outside ASCII, let alone a ligature
        for match in _LIGATURE_RE.finditer(line, start):
            letters = "".join(LIGATURES[c] for c in match.group())
            yield RULE.diagnostic(
                number,
                match.start() + 1,
                match.end() + 1,
                f"typographic ligature `{match.group()}` (from a PDF or typeset page): "
                f"the letters `{letters}`",
                (letters,),
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx))


_HEAD = "Cuban leader visits Moscow\n\nMOSCOW, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC507",
    name="ligature",
    severity="warning",
    summary="A typographic ligature character (`ﬁ`) copied from a PDF, not the letters.",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(text=_HEAD + "Putin said the final figures would be published soon.\n", good=True),
        Example(
            text=_HEAD + "Putin said the \ufb01nal \ufb01gures would be published soon.\n",
            good=False,
        ),
    ),
    fixable=True,
)
