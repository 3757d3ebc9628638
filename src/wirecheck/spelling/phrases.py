"""Phrases English copy borrows whole from Latin and French (`inter alia`, `locus standi`,
`pari passu`), whose words are not English words alone.

Court, business and diplomatic copy uses them as set phrases, so their words are no slips
there (`alia`, `standi`, `vires`); the same word outside its phrase is still checked, and a
slip inside one (`inter allia`) breaks the phrase and is reported as before. A phrase whose
every word the word lists already know (`ad hoc`, `status quo`, `de facto`) needs no entry.
"""

from __future__ import annotations

from functools import cache

from wirecheck.regexes import regex

# Only phrases with at least one word the lists lack; lower case, words as written.
_PHRASES = """
inter alia | inter alios | locus standi | ultra vires | intra vires | mutatis mutandis
sub judice | pari passu | amicus curiae | amici curiae | prima facie | obiter dicta
obiter dictum | res judicata | res ipsa loquitur | ab initio | sine qua non | sine die
ceteris paribus | de jure | de novo | ex gratia | ex post facto | in absentia | in situ
in toto | inter se | mens rea | actus reus | nolle prosequi | nolo contendere
pro forma | pro tempore | pro tem | sui generis | sub rosa | sub poena | terra nullius
ad valorem | ad infinitum | ad nauseam | ad hominem | bona fides | mala fide | mala fides
casus belli | corpus delicti | de minimis | erga omnes | jus cogens | lex specialis
modus vivendi | modus operandi | non sequitur | nota bene | per capita
per annum | per diem | persona non grata | post mortem | prima donna | pro rata
quid pro quo | raison d'etre | force majeure | fait accompli | coup de grace
coup d'etat | esprit de corps | enfant terrible | laissez faire | noblesse oblige
cause celebre | tour de force | agent provocateur | cordon sanitaire | amour propre
status quo ante | in extremis | in camera | in vitro | in vivo | habeas corpus
""".replace("\n", " | ")

_WORD_RE = regex(r"[A-Za-z']+")


@cache
def _by_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each word of a phrase, with the phrases it is part of (as word tuples)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _PHRASES.split("|"):
        words = tuple(phrase.split())
        for word in set(words):
            table.setdefault(word, []).append(words)
    return {word: tuple(phrases) for word, phrases in table.items()}


def in_borrowed_phrase(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a word of a whole borrowed phrase written there?"""
    word = text[start:end].lower()
    phrases = _by_word().get(word)
    if not phrases:
        return False
    # Four words each side (no phrase is longer), read within 40 characters: enough to
    # see a phrase the word is part of, and no more (the test runs on unknown words only).
    before = [m.group().lower() for m in _WORD_RE.finditer(text, max(0, start - 40), start)]
    after = [m.group().lower() for m in _WORD_RE.finditer(text, end, end + 40)]
    window = [*before[-4:], word, *after[:4]]
    at = len(before[-4:])
    for words in phrases:
        for k, w in enumerate(words):
            if w == word and at >= k and window[at - k : at - k + len(words)] == list(words):
                return True
    return False
