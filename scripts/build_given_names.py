"""Build src/wirecheck/data/given_names.txt from the US Census 1990 first-name lists.

The lists (dist.male.first, dist.female.first) are US government works in the public
domain; the `names` package on PyPI (MIT) ships them. Usage:

    pip download --no-deps names && tar xzf names-*.tar.gz
    python scripts/build_given_names.py names-*/names

The parser uses the list to trust a bare author line under a headline (`Pamela Falk`) only
when it starts with a given name, so that `Lighter Side` or `My Account` are not people.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "wirecheck" / "data" / "given_names.txt"


def main() -> int:
    folder = Path(sys.argv[1])
    names: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in (folder / part).read_text(encoding="ascii").splitlines():
            if line.strip():
                names.add(line.split()[0].capitalize())
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
