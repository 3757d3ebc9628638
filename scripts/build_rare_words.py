"""Build src/wirecheck/data/en_rare_words.txt: the entries of WC101's misspelling table
that are words in their own right in SCOWL's large lists (`pervious`, `miliary`,
`precess`, `takin`, `combatting`).

``scripts/build_wordlists.py`` keeps such an entry on the table when Google Books uses it
less than 1% as often as its correction: in news copy it is far more often a slip than
meant. But it is a word, so respelling it is no safe fix (`fix` would write `military
tuberculosis` for `miliary tuberculosis`): WC101 still reports it, saying that it may be
meant, and `fix` leaves it alone.

The word lists are Debian's ``wamerican-large`` and ``wbritish-large`` (SCOWL
2020.12.07 at size 70, the SCOWL version and size the tables are built from; SCOWL's
permissive licence is in ``data/NOTICE-spelling.md``). Usage:

    apt-get install wamerican-large wbritish-large
    python scripts/build_rare_words.py [WORDLIST ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wirecheck.spelling.tables import CORRECT, SLIPS, lexicon  # noqa: E402

OUT = ROOT / "src" / "wirecheck" / "data" / "en_rare_words.txt"
# Words of news copy that SCOWL's size-70 lists lack but that are no slips: `tung` (tung
# oil, a wood finish) and `welp` (an interjection in quoted speech).
EXTRA = ("tung", "welp")
LISTS = ("/usr/share/dict/american-english-large", "/usr/share/dict/british-english-large")
HEADER = (
    "# Entries of en_misspellings.wclex that SCOWL 2020.12.07 size 70 (Debian wamerican-large,\n"
    "# wbritish-large) lists as words: WC101 says they may be meant; fix never respells them.\n"
    "# Built by scripts/build_rare_words.py (with its EXTRA words); one word a line.\n"
)


def main(argv: list[str]) -> int:
    paths = argv or list(LISTS)
    words: set[str] = set()
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                words.update(w.strip() for w in f if w.strip().islower())
        except OSError as error:
            print(f"build_rare_words: {path}: {error.strerror}", file=sys.stderr)
            return 1
    table = lexicon().misspellings
    keys = table.keys()  # a word table, not a dict: keys() reads them all from its blob
    entries = (k for k in keys if k and not k.startswith(SLIPS))
    listed = words.union(EXTRA)
    rare = sorted(k for k in entries if k in listed and table.get(k) != CORRECT)
    OUT.write_text(HEADER + "".join(f"{w}\n" for w in rare), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rare)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
