"""WC410 backtick-apostrophe: a backtick typed for an apostrophe (`Iran`s`, `didn`t`).

What it does
    Reports a backtick (`` ` ``) between a word's letters and a possessive's or a
    contraction's ending (`s`, `t`, `d`, `m`, `ll`, `re`, `ve`), when every backtick of
    its paragraph is such a one: a backtick elsewhere may open a code span (Markdown's),
    and the paragraph is left alone.
    The apostrophe suggested is the copy's own: curly (`’`) when the story has more curly
    apostrophes than straight ones, else straight (`'`).

Why
    Some keyboards and old terminals put the backtick where the apostrophe is, and copy
    typed on them keeps it. Readers see a stray accent, and search misses the word.

Example
    ::

        The council rejected the port`s plan.

Use instead
    ::

        The council rejected the port's plan.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, is_english, passages, span_diagnostic
from wirecheck.rules.base import Context, Example, Rule

# A backtick between a letter and an apostrophe's ending that ends the word.
_BACKTICK_RE = regex(r"(?<=[^\W\d_])`(?=(?:s|t|d|m|ll|re|ve)(?![^\W\d_]))")


def _apostrophe(ctx: Context) -> str:
    """The apostrophe the copy uses most: curly only when curly ones outnumber straight."""
    texts = [p.text for p in passages(ctx)]
    curly = sum(t.count("\u2019") for t in texts)
    straight = sum(t.count("'") for t in texts)
    return "\u2019" if curly > straight else "'"


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    apostrophe = ""
    for passage in passages(ctx):
        text = passage.text
        if "`" not in text:
            continue
        found = list(_BACKTICK_RE.finditer(text))
        if len(found) != text.count("`"):
            continue  # another backtick: perhaps a code span, `like this`
        apostrophe = apostrophe or _apostrophe(ctx)
        for match in found:
            yield span_diagnostic(
                RULE,
                passage.paragraph,
                match.start(),
                match.end(),
                f"backtick used as an apostrophe (use `{apostrophe}`)",
                (apostrophe,),
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx)) if is_english(ctx) else iter(())


_HEAD = "Port plan rejected\n\nHARBOURTON, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC410",
    name="backtick-apostrophe",
    severity="warning",
    summary="A backtick typed for an apostrophe (`Iran`s`, `didn`t`).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=_HEAD + "The council rejected the port's plan, and it didn't vote.\n", good=True
        ),
        Example(text=_HEAD + "The council rejected the port`s plan.\n", good=False),
    ),
    fixable=True,
)
