"""Which language a story is written in, from its most frequent function words.

Feeds usually say (``xml:lang``, ``<language tag="de"/>``); ANPA and IPTC 7901 copy does
not. Function words are the surest cheap signal: every paragraph of news prose is full of
them, and the sets below barely overlap. A story must show enough of them, and clearly
more of one language than of the next, or we say nothing (and the spelling rules run, as
they do for plain text). Seven languages cover the wire services that send English copy
next to their own (dpa, AFP, EFE, ANSA, Lusa, ANP); more can be added as a set of words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from wirecheck.regexes import regex

# The most frequent function words of news prose in each language. Words that two of these
# languages spell alike and use constantly (`in`, `a`, `la`, `de`, `e`) are left out; the
# few shared ones kept (`un`, `le`, `con`) count for each, and the ratio below decides.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to is that for on was with he it as at by from his have are be has were "
        "said an not but had this they which who their been will its would after also than "
        "more about when over into there could".split()
    ),
    "de": frozenset(
        "der und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es "
        "an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über "
        "einen so zum war haben nur oder aber vor zur bis mehr durch sei wurde seit".split()
    ),
    "fr": frozenset(
        "le les des et à en un une du est pour que qui dans par sur au il pas ne se plus "
        "sont avec ce son été aux elle ont mais ou cette selon leur ses lors".split()
    ),
    "es": frozenset(
        "el los del que y en las por un una para con no es al lo como más pero sus le ha "
        "fue este ya entre cuando muy sin sobre también según hasta desde".split()
    ),
    "it": frozenset(
        "il di che è per un del della le non una i si dei con gli da al alla sono ha anche "
        "nel più come ma delle sul dal ad questo secondo stato".split()
    ),
    # Lusa, Agência Brasil and ANP briefs; words Spanish or English spell alike (`está`,
    # `nos`, `do`, `is`, `over`) are left out, and so are the particles of names English
    # copy is full of (`da Silva`, `dos Santos`, `van Dijk`).
    "pt": frozenset(
        "o não em um uma com os ao pelo pela foi são ele ela seu sua também isso hoje "
        "esse essa ainda após disse pode ter pelos pelas nas num numa".split()
    ),
    "nl": frozenset(
        "het een op te dat voor zijn met niet aan ook maar om bij nog wordt werd hij zij "
        "naar uit tot deze dit wel geen heeft hebben zal meer".split()
    ),
}

_WORD_RE = regex(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# In ASCII text (``str.isascii`` is a flag test) a letter is [A-Za-z] and there is no `’`:
# the ASCII pattern finds exactly what the general one does, and scans faster.
_ASCII_WORD_RE = regex(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# Enough evidence: this many function words, and the best language this many times as
# frequent as the runner-up. Two sentences of news prose pass easily.
MIN_HITS = 8
# Enough to say a brief is not English, so that English-only checks stay off (a wrong
# guess costs a few unchecked lines, not a wrong language in the story's metadata).
BRIEF_MIN_HITS = 4
MIN_RATIO = 2.0
# Read no more than this many words: the language does not change halfway.
MAX_WORDS = 1500


# Each function word with the languages it belongs to: one lookup a word, not one a language.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)


# Elided articles and prepositions glued to the next word (`d'une`, `l'État`, `dell'anno`):
# French and Italian briefs are full of them, and the word reader takes each as one token.
_ELIDED: dict[str, tuple[str, ...]] = {
    "d'": ("fr",),
    "l'": ("fr", "it"),
    "qu'": ("fr",),
    "n'": ("fr",),
    "s'": ("fr",),
    "dell'": ("it",),
    "all'": ("it",),
    "nell'": ("it",),
    "dall'": ("it",),
    "sull'": ("it",),
    "un'": ("it",),
}


def _function_counts(texts: Iterable[str]) -> dict[str, int]:
    """How many function words of each language ``texts`` hold (their first words)."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    seen = 0
    for text in texts:
        # islice stops the scan at the limit: a 2 MB line is not read to its end
        words = _ASCII_WORD_RE if text.isascii() else _WORD_RE
        for match in islice(words.finditer(text), MAX_WORDS - seen):
            seen += 1
            word = match.group().lower()
            codes = _LANGUAGES_OF.get(word)
            if codes is None and ("'" in word or "’" in word):
                head = word.replace("’", "'").partition("'")[0] + "'"
                codes = _ELIDED.get(head)
            for code in codes or ():
                counts[code] += 1
        if seen >= MAX_WORDS:
            break
    return counts


def detect_language(texts: Iterable[str], min_hits: int = MIN_HITS) -> str | None:
    """The ISO 639-1 code of the language of ``texts``, or None when unsure."""
    counts = _function_counts(texts)
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits < min_hits or hits < MIN_RATIO * second:
        return None
    return best


def brief_not_english(texts: Iterable[str]) -> bool:
    """Whether a text too short for other tests is clearly in another language than English
    (``BRIEF_MIN_HITS`` function words of one other language, and that many times more than
    of English): the English-only checks then stay off. Which other language does not
    matter here, so Spanish's share of Italian's words (`ha`, `lo`, `con`) takes nothing
    from an Italian brief, as it would in ``detect_language``."""
    counts = _function_counts(texts)
    english = counts.pop("en")
    other = max(counts.values())
    return other >= BRIEF_MIN_HITS and other >= MIN_RATIO * english


def language_code(tag: str | None) -> str | None:
    """The ISO 639-1 code of a language tag as feeds write it (``de-DE``, ``EN``,
    ``en_GB``), or None for an empty tag."""
    if not tag:
        return None
    code = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None
