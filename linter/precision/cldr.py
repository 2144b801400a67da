"""Place names in German from the Unicode CLDR (via Babel): countries, regions, cities.

CLDR is the well-kept source behind every operating system's locale data; its
German names ("Pjöngjang", "Wladiwostok", "Weißrussland") are the exonyms German
copy uses. Babel ships the data, so nothing is fetched at run time.
"""

from __future__ import annotations

import functools
import zoneinfo


@functools.lru_cache(maxsize=1)
def german_place_names() -> frozenset[str]:
    """Country, region and time-zone city names as CLDR writes them in German (empty without Babel)."""
    try:
        from babel import Locale
        from babel.dates import get_timezone_location
    except ImportError:  # Babel is a dependency; without it the lists simply have fewer names
        return frozenset()
    names = set(Locale("de").territories.values())
    for zone in zoneinfo.available_timezones():
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/", "US/")):
            continue
        try:
            names.add(get_timezone_location(zone, locale="de", return_city=True))
        except Exception:  # a zone CLDR does not know: no name from it
            continue
    return frozenset(n for n in names if n and n[0].isupper())
