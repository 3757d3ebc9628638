"""Build src/wirecheck/data/given_names.txt: the US Census 1990 first-name lists, and the
given names of Faker's person providers for the Latin-script locales wire copy names
people from.

The census lists (dist.male.first, dist.female.first) are US government works in the
public domain; the `names` package on PyPI (MIT) ships them. Faker (PyPI `faker`, MIT)
keeps lists of common first names per locale; only their data is read, from the unpacked
wheel (no Faker code is imported but each locale's provider module, which holds the list).
Usage:

    pip download --no-deps --no-binary :all: names && tar xzf names-*.tar.gz
    pip download --no-deps faker && python -m zipfile -e faker-*.whl faker-wheel
    python scripts/build_given_names.py names-*/names faker-wheel

The parser uses the list to trust a bare author line under a headline (`Pamela Falk`) only
when it starts with a given name, so that `Lighter Side` or `My Account` are not people.
The census alone knew few names from outside the United States (`Imogen`, `Niamh`,
`Thandeka`, `Oluwaseun`), whose writers' bylines without `By` were then missed.
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "wirecheck" / "data" / "given_names.txt"

# Locales written in the Latin alphabet whose given names wire copy carries: English-
# speaking countries, Europe, Latin America, Turkey, Indonesia, East, West and southern
# Africa. Locales whose names Faker romanises syllable by syllable (Vietnamese, Chinese,
# Korean) are left out: their one-syllable names (`An`, `Long`, `Min`) are English words or
# name no one on their own.
LOCALES = (
    "en en_GB en_IE en_IN en_KE en_NG en_NZ en_PK en_US "
    "es es_AR es_CA es_CL es_CO es_ES es_MX fr_BE fr_CA fr_CH fr_FR fr_QC "
    "de_AT de_CH de_DE it_IT pt_BR pt_PT nl_BE nl_NL sv_SE no_NO da_DK fi_FI is_IS ga_IE "
    "pl_PL cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO et_EE lt_LT lv_LV tr_TR az_AZ id_ID "
    "sw zu_ZA ha_NG ig_NG yo_NG tw_GH"
).split()
# A given name as the byline finder compares it: letters (accents too), one hyphen or
# apostrophe inside, three letters or more (`Al`, `Bo` are words or parts of names).
_NAME_RE = re.compile(r"[^\W\d_]{2,}(?:[-'’][^\W\d_]{2,})?")
_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female")


def census(folder: Path) -> set[str]:
    names: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in (folder / part).read_text(encoding="ascii").splitlines():
            if line.strip():
                names.add(line.split()[0].capitalize())
    return names


def faker_names(wheel: Path) -> set[str]:
    sys.path.insert(0, str(wheel))
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in _ATTRIBUTES:
            listed = getattr(provider, attribute, ())
            if not isinstance(listed, (tuple, list, dict)):
                continue  # a property that joins the other lists
            for name in listed:
                if len(name) >= 3 and _NAME_RE.fullmatch(name):
                    name = name[0].upper() + name[1:]
                    names.add(name)
                    # And as 7-bit feeds and keyboards write it: `María` as `Maria`.
                    folded = "".join(
                        c
                        for c in unicodedata.normalize("NFKD", name)
                        if not unicodedata.combining(c)
                    )
                    if folded.isascii():
                        names.add(folded)
    return names


def common_word(name: str) -> bool:
    """Whether a name is an everyday English word of the project's own dictionary, not only
    a name (a locale's `Can` or `Sky` would make `Can Democrats ...` a name line), or a
    place's name (`Arizona`, `Sydney`: `Arizona Diamondbacks` is a team)."""
    sys.path.insert(0, str(ROOT / "src"))
    from wirecheck.patterns.dateline_data import COUNTRIES, US_STATES, WORLD_CITIES, norm_key
    from wirecheck.spelling.tables import lexicon

    key = name.casefold()
    if norm_key(name) in WORLD_CITIES or norm_key(name) in COUNTRIES or norm_key(name) in US_STATES:
        return True
    return lexicon().known(key) and not lexicon().name_only(key)


def main() -> int:
    names = census(Path(sys.argv[1]))
    if len(sys.argv) > 2:
        names |= {n for n in faker_names(Path(sys.argv[2])) if not common_word(n)}
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
