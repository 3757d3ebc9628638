"""WC408 modal-past: a past form right after a modal verb (`he would ordered`).

What it does
    Reports a word in `-ed` straight after `would`, `could`, `should`, `will`, `can`,
    `may`, `might`, `must` or `shall` (written in lower case, perhaps with `not` or `n't`):
    `he would ordered`, `they would not succeeded`. The word must be in the dictionary and
    be a regular past form of a word in it (`ordered` of `order`, `carried` of `carry`,
    `stopped` of `stop`, `used` of `use`), which is then the suggestion. Left alone: words
    whose `-ed` is their own (`need`, `proceed`, `shed`, `embed`, `hundred`), a modal that
    is a noun after a determiner (`the will named her`, `a tin can rusted`), a modal with
    a capital (`Will Reed`, `May`) and a Title Case headline, where capitals are style.

Why
    A modal takes the bare verb: `would order`, `would have ordered`. A past form after it
    is a slip of rewriting (`he ordered` turned into `he would order` halfway) that spell
    checkers pass, since every word is spelled right.

Example
    ::

        The minister said he would ordered the agencies to cut their budgets.

Use instead
    ::

        The minister said he would order the agencies to cut their budgets.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecheck.model import Diagnostic
from wirecheck.regexes import regex
from wirecheck.rules._text import capped, is_english, prose_passages, span_diagnostic, word_set
from wirecheck.rules.base import Context, Example, Rule

# A modal in lower case, an optional negation, and a word in `-ed` standing alone (not
# `would-be`, not `must-read`, not a possessive).
_MODAL_PAST_RE = regex(
    r"(?<![\w'’-])(?:would|could|should|will|can|may|might|must|shall)(?:n['’]t| not)? "
    r"(?P<word>[a-z]{2,}ed)\b(?![-'’])"
)
# Every match holds one of these: most paragraphs are spared the scan.
_MODALS = ("would", "could", "should", "will", "can", "may", "might", "must", "shall")
# Words in `-ed` that are no past form: the `-ed` is the word's own (`need`, `proceed`
# end in `-eed` and are read apart), or an adjective's.
_OWN_ED = word_set(
    "shred embed imbed bobsled sled shed wed bed red infrared seabed hundred sacred naked "
    "wicked rugged ragged crooked beloved kindred"
)
# Before the modal, words that make it a noun: `the will named`, `a tin can rusted`.
_DETERMINERS = word_set("a an the his her its their our my your this that whose tin free")
_LOOKBACK = 24  # characters before the modal searched for its determiner
# The shortest stem a past form is made of: `bed` is no past form of `b`, nor `shred`
# of `shr`.
_MIN_STEM = 4


def _stem(word: str) -> str | None:
    """The word ``word`` (in `-ed`) is the regular past form of, or None."""
    from wirecheck.spelling.tables import lexicon  # only a match pays for the lists

    is_word = lexicon().is_word
    if word.endswith("eed") or word in _OWN_ED or not is_word(word):
        return None
    if word.endswith("ied") and is_word(word[:-3] + "y"):
        return word[:-3] + "y"  # `carried`
    stem = word[:-2]
    if len(stem) >= _MIN_STEM and stem[-1] == stem[-2] and is_word(stem[:-1]):
        return stem[:-1]  # `stopped`
    if len(stem) >= _MIN_STEM - 1 and is_word(stem):
        return stem  # `ordered`
    if len(word) - 1 >= _MIN_STEM - 1 and is_word(word[:-1]):
        return word[:-1]  # `used`
    return None


def _noun_before(text: str, start: int) -> bool:
    """Whether the word before the modal at ``start`` makes it a noun (`the will`)."""
    before = text[max(0, start - _LOOKBACK) : start].split()
    return bool(before) and before[-1].casefold() in _DETERMINERS


def _findings(ctx: Context) -> Iterator[Diagnostic]:
    for passage in prose_passages(ctx):
        text = passage.text
        if "ed" not in text or not any(modal in text for modal in _MODALS):
            continue
        for match in _MODAL_PAST_RE.finditer(text):
            word = match.group("word")
            stem = _stem(word)
            if stem is None or _noun_before(text, match.start()):
                continue
            yield span_diagnostic(
                RULE,
                passage.paragraph,
                match.start("word"),
                match.end("word"),
                f"past form after a modal: `{match.group()}` (a modal takes the bare verb, "
                f"`{stem}`, or `have {word}`)",
                (stem,),
            )


def check(ctx: Context) -> Iterator[Diagnostic]:
    return capped(_findings(ctx)) if is_english(ctx) else iter(())


_HEAD = "Minister orders budget cuts\n\nHARBOURTON, Nov. 2 (UPI) -- "

RULE = Rule(
    code="WC408",
    name="modal-past",
    severity="warning",
    summary="A past form right after a modal verb (`he would ordered`).",
    check=check,
    doc=__doc__ or "",
    examples=(
        Example(
            text=(
                _HEAD + "The minister said he would order the agencies to cut their budgets "
                "and would have ordered it sooner, and that they will need more time.\n"
            ),
            good=True,
        ),
        Example(
            text=(
                _HEAD + "The minister said he would ordered the agencies to cut their budgets.\n"
            ),
            good=False,
        ),
    ),
    fixable=False,
)
