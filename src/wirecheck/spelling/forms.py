"""Words the dictionary lacks but English builds from words it has.

News copy coins forms faster than word lists grow: ``livestreamed``, ``counterprotest``,
``policymaking``, ``deplatforming``. A lowercase word is accepted when it is a known
word with an inflection or derivational suffix, a common prefix, or two known words
written together, and no known word is one edit away from it. That last condition keeps
typos that happen to parse out (``begining`` = begin + ing, but ``beginning`` is one edit
away; ``mispell`` = mis + pell, but ``misspell`` is).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


def _longest_first(text: str) -> tuple[str, ...]:
    return tuple(sorted(text.split(), key=len, reverse=True))


# Longest first, so ``ings`` is tried before ``s``.
SUFFIXES = _longest_first(
    """
        s es ed ing ings er ers est ly ness less lessly ful fully ment ments able ably
        ism isms ist ists ize izes ized izing izer izers ization ise ises ised ising
        isation ship ships hood dom like wise ward wards ish y ity ities al ally ic ee
        """
)
PREFIXES = _longest_first(
    """
        un re non anti pre post over under co counter inter intra multi semi sub super mis
        out mega micro mini cyber geo eco bio neo pseudo ultra trans cross mid de dis
        hyper tele auto euro petro narco agri agro nano pro pan poly quasi socio techno
        up down off extra infra mono bi tri robo proto neuro uber psycho retro info
        crypto omni ortho para demi
        """
)
# Word-like suffixes written after a hyphen: soon-ish, Jones-esque, cat-like.
HYPHEN_SUFFIXES = frozenset(
    {"ish", "esque", "like", "wise", "style", "type", "ness", "ing", "ed", "er", "ers"}
)
MIN_STEM = 3
# Frequency classes (doublings) within which two words count as about as common.
SIMILAR_CLASSES = 2
# Parts of a closed compound must be ordinary words (frequency class of the symspellpy
# list), not rare SCOWL entries such as "ane" or "ers".
COMPOUND_PART_CLASS = 6


def _stems(stem: str) -> list[str]:
    """Spellings the base word may have had before the suffix was added."""
    out = [stem, stem + "e", stem + "y"]  # limnolog-ist -> limnology
    if len(stem) > 3 and stem[-1] == stem[-2]:
        out.append(stem[:-1])  # stopped -> stop
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")  # cities -> city
    return out


def _spellings(base: str, suffix: str) -> set[str]:
    """Ways base + suffix may be spelled (doubling, dropped e, y -> i)."""
    out = {base + suffix, base + base[-1] + suffix}
    if base.endswith("e"):
        out.add(base[:-1] + suffix)
    if base.endswith("y"):
        out.add(base[:-1] + "i" + suffix)
    if suffix == "s":
        out.add(base + "es")
    return out


def inflected(word: str, known: Callable[[str], bool]) -> bool:
    """Is ``word`` a known word plus a suffix, spelled the only known way?"""
    return suffixed(word, known) is not None


def suffixed(word: str, known: Callable[[str], bool]) -> tuple[str, str] | None:
    """(known word, suffix) that ``word`` is formed of, spelled the only known way; None
    when it is no such formation or another spelling of it is known (``begining``)."""
    for suffix in SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < MIN_STEM:
            continue
        # `giftee`, `trainee`; `sincee` is no since + ee but a doubled `e`
        stems = [word[:-2]] if suffix == "ee" else _stems(word[: -len(suffix)])
        for base in stems:
            if len(base) >= MIN_STEM and known(base):
                # a known other spelling means the word is a misspelling of it
                others = _spellings(base, suffix) - {word}
                return None if any(known(other) for other in others) else (base, suffix)
    return None


def formed_apart(
    word: str,
    known: Callable[[str], bool],
    frequency: Callable[[str], int],
    near: Iterable[str],
) -> bool:
    """Is ``word`` a suffixed formation (``fermenter``, ``giftee``, ``gapped``) that none of
    the ``near`` known words is a likely slip for?

    A near word is no likely slip when it is another formation of the same word
    (``fermented``, ``gifted``: the suffix differs, not the spelling), when its first
    letter differs (``mapped``: writers seldom slip on a word's first letter), or when it
    is far rarer than the word formed from (``gite`` beside ``gift``), or much shorter.
    ``academicly``
    stays a slip: ``academically`` has its suffix.
    """
    split = suffixed(word, known)
    if split is None:
        return False
    stem, suffix = split
    # The commonest word it may be formed from (`gap`, not `gappy`, for `gapped`).
    floor = max(frequency(b) for b in _stems(word[: -len(suffix)]) if known(b)) - SIMILAR_CLASSES

    def likely_slip(other: str) -> bool:
        if other.startswith(stem):
            # the same formation spelled otherwise (`academically`) or another (`fermented`)
            return other.endswith(suffix)
        # A shorter word two edits off (`vie` for `vibey`) is the formation's stem cut
        # short, not a slip for it.
        if other[1:] == word:
            return True  # the first letter dropped (`armers` for `farmers`)
        return other[:1] == word[:1] and len(other) >= len(word) - 1 and frequency(other) >= floor

    return not any(likely_slip(w) for w in near)


def singular_of(word: str, known: Callable[[str], bool]) -> str | None:
    """The known word ``word`` is the regular plural of (`weanlings`, `boxes`, `berries`),
    spelled the only way the dictionary could have it; else None."""
    stems = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        stems.append(word[:-1])
    for stem in stems:
        if len(stem) > MIN_STEM and known(stem):
            others = {stem + "s", stem + "es", stem[:-1] + "ies", stem + stem[-1] + "es"} - {word}
            return None if any(known(other) for other in others) else stem
    return None


def inflection_of(word: str, known: str) -> bool:
    """Are the unknown ``word`` and the ``known`` word forms of one word?

    ``arabica`` when ``arabicas`` is known, ``robustas`` when ``robusta`` is,
    ``incentivized`` when ``incentivize`` is (a verb in `e` takes `d`); not
    ``officialss`` (a doubled letter) for ``officials``.
    """
    if known.startswith(word):
        return known[len(word) :] in ("s", "es", "d", "ed", "ing")
    if not word.startswith(known):
        return False
    ending = word[len(known) :]
    return (ending in ("s", "es") and known[-1] != "s") or (ending == "d" and known[-1] == "e")


def prefixes(word: str, known: Callable[[str], bool]) -> list[str]:
    """The prefixes ``word`` splits into: ``un`` + ``friended``, ``de`` + ``list``."""
    return [
        prefix
        for prefix in PREFIXES
        if word.startswith(prefix)
        and len(word) - len(prefix) >= 4
        and (known(word[len(prefix) :]) or inflected(word[len(prefix) :], known))
    ]


def prefixed(word: str, known: Callable[[str], bool]) -> bool:
    """``un`` + ``friended``, ``counter`` + ``offensive``: a prefix on a known word."""
    return bool(prefixes(word, known))


def compounds(
    word: str, known: Callable[[str], bool], frequency: Callable[[str], int]
) -> list[tuple[str, str]]:
    """The ways ``word`` splits into two ordinary words: ``policy`` + ``maker``."""
    out = []
    for i in range(MIN_STEM, len(word) - MIN_STEM + 1):
        left, right = word[:i], word[i:]
        if len(left) < 4 and len(right) < 4:
            continue
        if (
            known(left)
            and frequency(left) >= COMPOUND_PART_CLASS
            and (
                (known(right) and frequency(right) >= COMPOUND_PART_CLASS)
                or (inflected(right, known) and len(right) > 4)
            )
        ):
            out.append((left, right))
    return out


def compounded(word: str, known: Callable[[str], bool], frequency: Callable[[str], int]) -> bool:
    """``policy`` + ``maker``: two ordinary words written as one."""
    return bool(compounds(word, known, frequency))


def derived(
    word: str,
    known: Callable[[str], bool],
    frequency: Callable[[str], int],
    near: Iterable[str] = (),
) -> bool:
    """Is the unknown lowercase ``word`` a regular formation from known words?

    ``near``: known words close enough that the word may be a slip for one of them.
    A suffixed or compound formation is not accepted when there is any; a prefixed one
    only when one of them has the same prefix on a commoner known word (``mispell`` is a
    slip for mis + ``spell``, but ``delist`` is not one for ``relist``, ``desist`` or
    de + ``mist``).
    """
    near = list(near)
    if not near:
        return inflected(word, known) or prefixed(word, known) or compounded(word, known, frequency)
    for p in prefixes(word, known):
        rest = word[len(p) :]
        if not any(
            w.startswith(p)
            and len(w) - len(p) >= 4
            and known(w[len(p) :])
            and frequency(w[len(p) :]) > frequency(rest)
            for w in near
        ):
            return True
    # A compound close to a word built the same way (shrubland, scrubland) is a word; close
    # to a word that shares no part with it (beeteen, between), a slip.
    for left, right in compounds(word, known, frequency):
        if all(_built_like(w, left, right, known, frequency) for w in near):
            return True
    return False


def _built_like(
    other: str,
    left: str,
    right: str,
    known: Callable[[str], bool],
    frequency: Callable[[str], int],
) -> bool:
    """Is ``other`` a compound sharing ``left`` or ``right`` whose other part is no more
    common than ours (scrub+land for shrub+land, not house+hold for house+hols)?"""
    if other.startswith(left):
        ours, theirs = right, other[len(left) :]
    elif other.endswith(right) and len(right) >= 4:
        ours, theirs = left, other[: -len(right)]
    else:
        return False
    return (
        len(theirs) >= MIN_STEM
        and known(theirs)
        and frequency(ours) >= frequency(theirs) - SIMILAR_CLASSES
    )
