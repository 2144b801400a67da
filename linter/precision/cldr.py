"""Place names in German from the Unicode CLDR (via Babel): countries, regions, cities.

CLDR is the well-kept source behind every operating system's locale data; its
German names ("Pjöngjang", "Wladiwostok", "Weißrussland") are the exonyms German
copy uses. Babel ships the data, so nothing is fetched at run time.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def german_place_names() -> frozenset[str]:
    """Country, region and time-zone city names as CLDR writes them in German (empty without Babel).

    Asking Babel for the city of each of CLDR's 450 time zones takes a tenth of
    a second, on every run; so the names are kept in a compact copy
    (:mod:`linter.precision.datacache`), keyed by Babel's version (the names
    depend on Babel's CLDR data alone), and read back from there.
    """
    from linter.precision.datacache import open_table

    # None when there is no copy (Babel missing, a cache that cannot be written): Babel is asked
    table = open_table("babel", "german-place-names", lambda: ((name, 0) for name in from_babel()))
    return frozenset(table.keys()) if table is not None else from_babel()


def from_babel() -> frozenset[str]:
    """The names, asked of Babel itself: its territories and the cities of CLDR's time zones."""
    try:
        from babel import Locale
        from babel.core import get_global
        from babel.dates import get_timezone_location
    except ImportError:  # Babel is a dependency; without it the lists simply have fewer names
        return frozenset()
    names = set(Locale("de").territories.values())
    for zone in sorted(get_global("zone_territories")):
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/", "US/")):
            continue
        try:
            names.add(get_timezone_location(zone, locale="de", return_city=True))
        except Exception:  # a zone CLDR does not know: no name from it
            continue
    return frozenset(n for n in names if n and n[0].isupper())
