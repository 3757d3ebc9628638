#!/usr/bin/env python3
"""Build the spelling data files in ``src/wirecheck/data`` from their source packages.

Sources (versions are checked and recorded in ``data/spelling-manifest.json``):

* codespell's ``codespell_lib/data/dictionary.txt`` (PyPI ``codespell``; the data is
  CC BY-SA 3.0, derived from Wikipedia's lists of common misspellings). Only the data
  file is read, through the package metadata; no codespell code is imported or run.
  The "rare" list (``dictionary_rare.txt``) is never used.
* symspellpy's ``frequency_dictionary_en_82_765.txt`` (PyPI ``symspellpy``, MIT).
* SCOWL 2020.12.07 word lists (Debian package ``scowl``, permissive SCOWL licence),
  fetched with ``apt-get download scowl`` unless ``--scowl-dir`` points at an unpacked
  ``usr/share/dict/scowl`` directory.

Outputs (all deterministic for the same inputs):

* ``en_words.wclex``: the dictionary WC102 trusts: SCOWL words up to size
  ``SCOWL_SIZE`` in every regional spelling plus common variants, symspellpy's list,
  and this script's own short lists (wire
  abbreviations, name particles), minus every word WC101 treats as a misspelling.
  Each word carries a one-letter frequency class for ranking suggestions.
* ``en_misspellings.wclex``: codespell's misspelling -> corrections table, lowercase
  entries only, without entries that are real words in SCOWL, and marked ``!`` when
  the capitalised form is a known proper name (so WC101 skips it when capitalised);
  plus, with the payload ``=``, the correction words found in no other source (WC102
  accepts them).
* ``en_skeletons.wclex``: consonant skeleton (first letter, then consonants with
  doubles collapsed) -> dictionary words, most frequent first; WC102 finds two-edit
  suggestions such as ``seperete`` -> ``separate`` through it without an index build.
* ``NOTICE-spelling.md``: attribution and licence texts for the files above.
* ``spelling-manifest.json``: input versions and checksums and output checksums.

Both ``.wclex`` files use one layout, read without parsing by
``wirecheck.spelling.tables.HashTable``: a header line ``WCLEX1 <buckets> <entries>\\n``,
then ``buckets + 1`` little-endian uint32 offsets, then the entry blob. Entries are
``\\n<key>\\t<payload>`` grouped by bucket ``crc32(key) % buckets``.

Run: ``.venv/bin/python scripts/build_wordlists.py`` (add ``--check`` to verify that the
committed files are what the sources produce).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import subprocess
import sys
import tempfile
import zlib
from array import array
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "wirecheck" / "data"
sys.path.insert(0, str(ROOT / "src"))

from wirecheck.spelling.suggest import skeleton  # noqa: E402  (one definition for both)
from wirecheck.spelling.tables import CORRECT, NAME, SLIPS  # noqa: E402

CODESPELL_VERSION = "2.4.3"
SYMSPELLPY_VERSION = "6.10.1"
SCOWL_VERSION = "2020.12.07"

# SCOWL sizes: 10..95. 70 is SCOWL's "large" list, the usual size for spell checkers;
# 80 adds rare words and many archaic spellings that would hide real typos.
SCOWL_SIZE = 70
# Spelling categories merged into one dictionary: news copy mixes US, British,
# Canadian and Australian spellings (quotes, syndicated copy).
SCOWL_CATEGORIES = (
    "english",
    "american",
    "british",
    "british_z",
    "canadian",
    "australian",
    "variant_1",
    "variant_2",
    "british_variant_1",
    "british_variant_2",
    "canadian_variant_1",
    "canadian_variant_2",
    "australian_variant_1",
    "australian_variant_2",
)
SCOWL_SUBCATEGORIES = ("words", "contractions")
# Abbreviations only from the common sizes: the larger sizes are full of two-letter
# dictionary abbreviations (di, el, fo) that would let typos through.
SCOWL_ABBREVIATION_SIZE = 50
# Proper names tell WC101 that a capitalised hit is probably a name.
SCOWL_NAME_SUBCATEGORIES = ("upper", "proper-names")
# Up to "huge": the "insane" size-95 name list holds Teh, Ehr, Thos, Ot, which would
# shield the commonest typos at the start of a sentence.
SCOWL_NAME_SIZE = 80


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Our own additions (MIT, part of wirecheck): abbreviations, shorthand and market jargon
# of wire copy, lowercase name particles, and everyday words of current news missing
# from SCOWL 2020.
WIRE_WORDS = _words(
    """
mln mlns bln blns bn trln dlr dlrs cts pct pcts stg yr yrs qtr qtrs shr shrs revs
oper avg vs mths mth wk wks bpd mmbtu mwh kwh gwh twh mw gw kw kph mph kmh kmph
km kms kg kgs mg ml cm mm sq ft lb lbs oz yds pts mins hrs secs approx
pm am tonnes tonne bbl bbls boe dpa
teargas jihadist jihadists jihadism livestream livestreams livestreamed livestreaming
cryptocurrency cryptocurrencies crypto blockchain blockchains stablecoin stablecoins
fintech fintechs microplastic microplastics ransomware deepfake deepfakes
geolocated geolocate geolocation misinformation disinformation
coronavirus coronaviruses lockdown lockdowns pandemic's
hashtag hashtags tweeted tweeting retweet retweeted retweets
selfie selfies vlogger vloggers podcaster podcasters podcast podcasts
smartphone smartphones chatbot chatbots airdrop airdrops ok
covid mpox monkeypox vaxxed unvaxxed vaxxer vaxxers antivax antivaxxer antivaxxers
doxx doxxed doxxing doxing doxed misgender livestreamer esports subreddit subreddits
glamping rewilding greenlit petrostate petrostates edtech insurtech haboob haboobs
jihadi jihadis niqab niqabs favela matcha shtetl reskilling reshoring vlog vlogs
vlogging gif gifs wearable wearables frontline frontlines lawfare smishing sextortion
robusta robustas arabica arabicas gasoil bunkering regas laycan panamax capesize quants repo
repos steepener steepeners forex reais hryvnias renminbi paise midcap midcaps smallcap
smallcaps largecap largecaps yoy qoq ytd
sukuk zakat iftar jirga jirgas shura peshmerga haredi haredim panchayat panchayats dalit
dalits adivasi adivasis tehsil taluka sarpanch jawan jawans naxal naxals naxalite
naxalites bandh bandhs gherao hawala chai dhaba dhabas favelas narco narcos sicario
sicarios campesinos chavista chavistas peronist peronists matatu matatus boda bodas braai
jollof lobola harambee okada okadas
gratia tehsildar tehsildars morcha morchas mandis goonda goondas challan challans nullah
nullahs panchayati zilla parishad parishads babu babus neta netas danfo danfos suya
bakkie bakkies spaza iwi hapu marae maraes kaupapa tikanga whanau gardai tuk tuks shisha
abaya abayas moshav moshavim oblasts raion raions okrug okrugs ejido ejidos colectivo
colectivos
facto fide bona hoi polloi versa situ officio operandi grata generis corpus culpa bono
vitae facie ipso accompli majeure rigueur blanche d'etat d'etre d'oeuvre d'oeuvres
badass collab collabs merch deets yall bestie besties yay ick heh zoomies romcom
romcoms dramedy docuseries carb carbs ebook ebooks codec codecs bokeh kefir oolong
shearling licensure undrafted noughties amped duffle leaguer leaguers schooler
schoolers newb newbs videography workwear racecar runup metagame fanart signee signees
arrestee arrestees siloed learnings helmed urbanite urbanites flowy buzzy fudgy jammies
cupholder cupholders rearview electrolyzer electrolyzers cashout dev devs matchup
matchups redaction redactions pleather actioned wideout wideouts rebounder rebounders
benzos macular laggy nubuck frother mandoline modder modders
cyber haute mocktail mocktails ganache chakra chakras designee designees mezcal mezcals spork
sporks robo docu moto kung torrenting railyard railyards protectee protectees cozying
incentivise incentivised incentivises incentivising cess cesses taluk taluks
intl mgmt mkts
plc llc llp
fils halalas baisa baisas jiao agorot eurocent eurocents stotinki tiyin tetri
bypoll bypolls snowmelt untradeable untradable signifiers megafaunal polos dox don'ts fynbos
"""
)
# Of the lines just above: wire clippings SCOWL lacks (`intl`, which also lets the
# clipped-word rule read `int'l`, as `natl` does `nat'l`); company forms written in lower
# case in company names (`Vellmar Lines plc`); and the currency subunits market and
# price copy quotes (`25 fils`, Gulf dinars and dirhams; Saudi halalas, Omani baisas).
# The last line: standard words of published copy SCOWL lacks, each reported as unknown
# (Indian copy's `bypolls`; `snowmelt`, `untradeable`, `megafaunal`, `do's and don'ts`).
NAME_PARTICLES = _words(
    """
al el bin ibn abu bint da de del della der des di dos das du la le van von den ter ten
zu lo mac ap
"""
)
EXTRA_WORDS = WIRE_WORDS + NAME_PARTICLES

# Entries of codespell's list that are words of news copy in their own right, though rare
# in Google Books: the Kyrgyz and Uzbek currency (som), legal and kitchen Latin/French
# (jus cogens, au jus), objet d'art, and the fils of Gulf currencies (`rose 25 fils`). WC101
# leaves them alone; WC102 judges them.
MISSPELLING_EXCLUDES = frozenset({"som", "jus", "objet", "fils"})

WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)*")
# A SCOWL word on codespell's list is a word, not a misspelling, when Google Books uses it
# at least this share as often as its correction (see used_as_word).
REAL_WORD_SHARE = 0.01
# Order of several corrections: "list" (codespell's), "frequency", or "distance" (edit
# distance to the misspelling, then frequency).
RANKING = "frequency"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dist_file(dist: str, version: str, relpath: str) -> Path:
    """A data file of an installed distribution, found through its metadata."""
    try:
        found = metadata.version(dist)
    except metadata.PackageNotFoundError:
        sys.exit(f"error: {dist} is not installed; pip install {dist}=={version}")
    if found != version:
        print(f"warning: {dist} {found} installed, data was built from {version}", file=sys.stderr)
    path = Path(str(metadata.distribution(dist).locate_file(relpath)))
    if not path.is_file():
        sys.exit(f"error: {relpath} not found in {dist} {found}")
    return path


def dist_license(dist: str) -> str:
    files = metadata.files(dist) or []
    for file in files:
        name = file.name.upper()
        if name.startswith(("LICENSE", "COPYING")):
            return Path(str(file.locate())).read_text(encoding="utf-8")
    return ""


def fetch_scowl(workdir: Path) -> Path:
    """Download and unpack Debian's scowl package; return its word-list directory."""
    subprocess.run(["apt-get", "download", "scowl"], cwd=workdir, check=True)
    debs = sorted(workdir.glob("scowl_*.deb"))
    if not debs:
        sys.exit("error: apt-get download scowl produced no package")
    subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(workdir / "root")], check=True)
    return workdir / "root" / "usr" / "share" / "dict" / "scowl"


def scowl_readme(scowl_dir: Path) -> str:
    import gzip

    doc = scowl_dir.parent.parent / "doc" / "scowl" / "README.gz"
    if not doc.is_file():
        return ""
    return gzip.decompress(doc.read_bytes()).decode("utf-8", "replace")


def scowl_lists(
    scowl_dir: Path, categories: Iterable[str], subcategories: Iterable[str], max_size: int
) -> dict[str, int]:
    """Words of the chosen SCOWL lists, each with the smallest size it appears at."""
    cats, subs = set(categories), set(subcategories)
    words: dict[str, int] = {}
    for path in sorted(scowl_dir.iterdir()):
        match = re.fullmatch(
            r"(.+)-(words|upper|proper-names|contractions|abbreviations)\.(\d+)", path.name
        )
        if not match:
            continue
        cat, sub, size = match.group(1), match.group(2), int(match.group(3))
        if cat in cats and sub in subs and size <= max_size:
            for word in path.read_text(encoding="utf-8").split():
                if word not in words or size < words[word]:
                    words[word] = size
    return words


def read_codespell(path: Path) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "->" not in line:
            continue
        key, _, rest = line.partition("->")
        fixes = tuple(f.strip() for f in rest.split(",") if f.strip())
        table[key.strip()] = fixes
    return table


def read_frequencies(path: Path, columns: int = 2) -> dict[str, int]:
    """``word count`` lines (``first second count`` for bigrams: key "first second")."""
    freq: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == columns:
            freq[" ".join(parts[:-1])] = int(parts[-1])
    return freq


def frequency_class(count: int) -> str:
    """One letter: higher is more frequent (log2 of the Google Books count)."""
    return chr(ord("A") + max(1, min(40, int(math.log2(max(count, 1))) - 8)))


def build_table(entries: dict[str, str], load: int = 2) -> bytes:
    """The WCLEX1 hash-table layout (see the module docstring), ``load`` keys a bucket."""
    buckets = max(1, len(entries) // load)
    grouped: list[list[tuple[str, str]]] = [[] for _ in range(buckets)]
    for key in sorted(entries):
        grouped[zlib.crc32(key.encode("ascii")) % buckets].append((key, entries[key]))
    blob = bytearray()
    offsets = array("I", [0])
    for group in grouped:
        for key, payload in group:
            blob += b"\n" + key.encode("ascii") + b"\t" + payload.encode("utf-8")
        offsets.append(len(blob))
    if sys.byteorder != "little":
        offsets.byteswap()
    header = f"WCLEX1 {buckets} {len(entries)}\n".encode("ascii")
    return header + offsets.tobytes() + bytes(blob)


def used_as_word(
    key: str, fixes: tuple[str, ...], real: set[str], frequencies: dict[str, int]
) -> bool:
    """Is a listed misspelling also a word in its own right (so WC101 leaves it alone)?

    codespell's main list keeps some SCOWL words that are far more often typos than
    meant (``billon``, ``vas``, ``thar``). An entry is taken for a word when SCOWL has it
    and Google Books uses it at least ``REAL_WORD_SHARE`` as often as its correction
    (``despatch``, ``gage``, ``connexion``, ``arbitral``), or at all when the correction
    is not in the frequency list.
    """
    if key not in real:
        return False
    ours = frequencies.get(key, 0)
    theirs = max((frequencies.get(f.lower(), 0) for f in fixes), default=0)
    if theirs == 0:
        return ours > 0
    return ours >= REAL_WORD_SHARE * theirs


def osa_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (the same measure as WC102's suggestions)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def rank_corrections(
    key: str, fixes: tuple[str, ...], frequencies: dict[str, int]
) -> tuple[str, ...]:
    """Corrections in the order to offer them: RANKING (see its comment)."""
    if RANKING == "list" or len(fixes) < 2:
        return fixes
    if RANKING == "frequency":
        return tuple(sorted(fixes, key=lambda f: -frequencies.get(f.lower(), 0)))
    return tuple(
        sorted(fixes, key=lambda f: (osa_distance(key, f.lower()), -frequencies.get(f.lower(), 0)))
    )


def is_plain(word: str) -> bool:
    return WORD_RE.fullmatch(word) is not None


def build(scowl_dir: Path, scowl_version: str) -> dict[str, bytes]:
    codespell_path = dist_file("codespell", CODESPELL_VERSION, "codespell_lib/data/dictionary.txt")
    symspell_path = dist_file(
        "symspellpy", SYMSPELLPY_VERSION, "symspellpy/frequency_dictionary_en_82_765.txt"
    )
    bigram_path = dist_file(
        "symspellpy", SYMSPELLPY_VERSION, "symspellpy/frequency_bigramdictionary_en_243_342.txt"
    )
    misspellings = read_codespell(codespell_path)
    frequencies = read_frequencies(symspell_path)

    scowl_words = scowl_lists(scowl_dir, SCOWL_CATEGORIES, SCOWL_SUBCATEGORIES, SCOWL_SIZE)
    scowl_words.update(
        (w, s)
        for w, s in scowl_lists(
            scowl_dir, SCOWL_CATEGORIES, ("abbreviations",), SCOWL_ABBREVIATION_SIZE
        ).items()
        if w not in scowl_words
    )
    names = set(scowl_lists(scowl_dir, SCOWL_CATEGORIES, SCOWL_NAME_SUBCATEGORIES, SCOWL_NAME_SIZE))
    # Possessives are handled by the tokenizer ('s stripped), so they are not stored.
    real = {
        w.lower()
        for w in scowl_words
        if (w.islower() and not w.endswith("'s")) or w in ("I'm", "I'd", "I'll", "I've")
    }
    real.update(EXTRA_WORDS)

    # WC101 table: lowercase plain entries of two letters or more, not words in their own
    # right; corrections ranked (see rank_corrections).
    wc101: dict[str, str] = {}
    for key, fixes in misspellings.items():
        if not is_plain(key) or len(key) < 2 or key in MISSPELLING_EXCLUDES:
            continue
        if used_as_word(key, fixes, real, frequencies):
            continue
        flag = "!" if key.capitalize() in names else ""
        wc101[key] = flag + ",".join(rank_corrections(key, fixes, frequencies))

    # WC102 dictionary: rank by symspellpy counts; SCOWL-only words get a low class.
    # symspellpy's list is lowercased: its words that SCOWL has only as proper names
    # (fred, kremlin, curtis) are marked NAME, so they are neither offered as
    # suggestions nor taken as parts of compounds.
    all_names = {
        w.lower() for w in scowl_lists(scowl_dir, SCOWL_CATEGORIES, SCOWL_NAME_SUBCATEGORIES, 95)
    }
    words: dict[str, str] = {}
    for word, count in frequencies.items():
        if is_plain(word) and word not in wc101:
            name = word not in real and word in all_names
            words[word] = frequency_class(count) + (NAME if name else "")
    for word in sorted(real):
        if is_plain(word) and word not in wc101 and word not in words:
            words[word] = "B" if scowl_words.get(word, 95) <= 50 else "A"
    # Corrections of codespell's list that are in no other source stay in the CC BY-SA
    # file, as entries with the payload "=" (a correct word), so en_words holds only
    # SCOWL, symspellpy and wirecheck data.
    for fixes in misspellings.values():
        for fix in fixes:
            if is_plain(fix) and fix not in wc101 and fix not in words:
                wc101[fix] = CORRECT

    # The noisy channel for ranking an ambiguous entry's corrections: how many entries
    # list each correction. `ot` is the list's only slip for `or` but one of five for
    # `to`, so, other things equal, `ot` more likely meant `or`. Stored under keys
    # "=word", which no token can be; only for words an ambiguous entry offers.
    slips: dict[str, int] = {}
    offered: set[str] = set()
    for payload in list(wc101.values()):
        if payload == CORRECT:
            continue
        fixes = payload.lstrip("!").split(",")
        for fix in fixes:
            slips[fix] = slips.get(fix, 0) + 1
        if len(fixes) > 1:
            offered.update(fixes)
    for fix in sorted(f for f in offered if f.isascii()):
        wc101[SLIPS + fix] = str(slips[fix])

    # Skeleton index for suggestions: consonant skeleton -> words, most frequent first.
    # SCOWL-only words of the larger sizes (class "A") and names are seldom what a writer
    # of a lowercase word meant.
    by_skeleton: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-ord(words[w][0]), w)):
        if words[word] > "A" and not words[word].endswith(NAME) and len(word) >= 3:
            by_skeleton.setdefault(skeleton(word), []).append(word)
    skeletons = {key: ",".join(ws) for key, ws in by_skeleton.items()}

    # Bigram counts for ranking corrections in context (prev word, candidate, next word).
    bigrams: dict[str, str] = {}
    for pair, count in read_frequencies(bigram_path, columns=3).items():
        first, _, second = pair.partition(" ")
        if all(is_plain(w) and (w in words or w in wc101) for w in (first, second)):
            bigrams[pair] = frequency_class(count)

    manifest: dict[str, object] = {
        "codespell": {
            "version": metadata.version("codespell"),
            "file": "codespell_lib/data/dictionary.txt",
            "sha256": sha256(codespell_path),
            "entries": len(misspellings),
        },
        "symspellpy": {
            "version": metadata.version("symspellpy"),
            "file": "symspellpy/frequency_dictionary_en_82_765.txt",
            "sha256": sha256(symspell_path),
            "entries": len(frequencies),
            "bigram_file": "symspellpy/frequency_bigramdictionary_en_243_342.txt",
            "bigram_sha256": sha256(bigram_path),
        },
        "scowl": {
            "version": scowl_version,
            "size": SCOWL_SIZE,
            "categories": list(SCOWL_CATEGORIES),
            "abbreviation_size": SCOWL_ABBREVIATION_SIZE,
        },
    }
    outputs = {
        "en_words.wclex": build_table(words),
        "en_misspellings.wclex": build_table(wc101),
        # tables read only for findings: fewer buckets, smaller files
        "en_skeletons.wclex": build_table(skeletons, load=4),
        "en_bigrams.wclex": build_table(bigrams, load=4),
        "NOTICE-spelling.md": notice(dist_license("symspellpy"), scowl_readme(scowl_dir)).encode(
            "utf-8"
        ),
    }
    described: dict[str, dict[str, object]] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
        for name, data in sorted(outputs.items())
    }
    described["en_words.wclex"]["entries"] = len(words)
    described["en_misspellings.wclex"]["entries"] = len(wc101)
    described["en_misspellings.wclex"]["correct_words"] = sum(
        1 for v in wc101.values() if v == CORRECT
    )
    described["en_misspellings.wclex"]["slip_counts"] = sum(1 for k in wc101 if k.startswith(SLIPS))
    described["en_skeletons.wclex"]["entries"] = len(skeletons)
    described["en_bigrams.wclex"]["entries"] = len(bigrams)
    manifest["outputs"] = described
    outputs["spelling-manifest.json"] = (json.dumps(manifest, indent=2) + "\n").encode("utf-8")
    return outputs


def scowl_copyright(readme: str) -> str:
    start = readme.find("COPYRIGHT, SOURCES, and CREDITS")
    if start < 0:
        return "(SCOWL README not available when this file was built.)"
    return readme[start:].strip()


def notice(symspell_license: str, readme: str) -> str:
    return f"""# Notices for wirecheck's spelling data

The files in this directory other than this notice are data, not code. wirecheck's own
code is MIT-licensed; these data files carry the licences of their sources, below.
`scripts/build_wordlists.py` rebuilds them from the source packages and
`spelling-manifest.json` records the exact versions and checksums.

## en_misspellings.wclex: CC BY-SA 3.0

A filtered copy of the list of common misspellings `codespell_lib/data/dictionary.txt`
from codespell {CODESPELL_VERSION} (https://github.com/codespell-project/codespell). That
list is a derivative work of English Wikipedia's "Lists of common misspellings" and is
released under the Creative Commons Attribution-ShareAlike 3.0 licence
(https://creativecommons.org/licenses/by-sa/3.0/). Changes made by wirecheck: only
lowercase entries of at least two letters are kept; entries that are real words in
SCOWL (size {SCOWL_SIZE}) are removed; entries whose capitalised form is a SCOWL proper
name are marked; correction words found in no other source are added as entries
marked "correct"; for each correction an entry with several corrections offers, the
number of entries listing it is added (keys starting "="); the format is changed.
This file (en_misspellings.wclex) is distributed under the same CC BY-SA 3.0 licence.
Only codespell's data is used: wirecheck neither includes nor runs codespell's
(GPL-2.0) program code.

## en_words.wclex, en_skeletons.wclex, en_bigrams.wclex: SCOWL licence and MIT

en_words.wclex is a merged English word list with frequency classes, and
en_skeletons.wclex an index of the same words by consonant skeleton; they are made
from:

* SCOWL (Spell Checker Oriented Word Lists) version {SCOWL_VERSION} by Kevin Atkinson
  (http://wordlist.aspell.net/), as packaged by Debian (`scowl`), sizes up to
  {SCOWL_SIZE}, all regional spellings and variant levels 1-2. Its copyright and
  permission notice is reproduced in full below.
* symspellpy {SYMSPELLPY_VERSION}'s `frequency_dictionary_en_82_765.txt` and
  `frequency_bigramdictionary_en_243_342.txt` (https://github.com/mammothb/symspellpy),
  MIT licence, reproduced below. Their frequencies come from the Google Books Ngram
  data; the word list was intersected with SCOWL. en_bigrams.wclex is the bigram list
  with counts reduced to frequency classes.
* Short lists written for wirecheck (wire abbreviations, name particles, recent
  news words), MIT like the rest of wirecheck.

### symspellpy licence

{symspell_license.strip()}

### SCOWL copyright, sources and credits

{scowl_copyright(readme)}
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scowl-dir", type=Path, help="unpacked usr/share/dict/scowl")
    parser.add_argument("--scowl-version", default=SCOWL_VERSION)
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        scowl_dir = args.scowl_dir or fetch_scowl(Path(tmp))
        outputs = build(scowl_dir, args.scowl_version)

    if args.check:
        stale = [n for n, d in outputs.items() if (args.out / n).read_bytes() != d]
        for name in stale:
            print(f"out of date: {name}")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in outputs.items():
        (args.out / name).write_bytes(data)
        print(f"wrote {args.out / name} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
