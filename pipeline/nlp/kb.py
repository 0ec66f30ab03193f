"""The knowledge base: canonical entities with aliases, read from ``models/kb/*.jsonl``.

One typed record per line, in the manner of scispacy's KB files::

    {"id": "gpe:springfield-us-il", "label": "GPE", "name": "Springfield", "aliases": ["Springfield, Illinois"],
     "type": "city", "part_of": "gpe:illinois", "wikidata": "Q23556"}

Records are validated when loaded; an error names the file and line. Ids are
stable across runs. An entity the KB does not know gets an id derived from
its label and normalised name (:func:`entity_id`), so every shard and every
worker gives the same person the same id without talking to the others.
"""
from __future__ import annotations

import dataclasses

import functools
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import DataError
from ..labels import ENTITY_LABELS

#: The KB type of a political party (models/kb/organisations.jsonl): one home for the modules that ask it.
PARTY_TYPE = "political_party"
#: A name with a parenthesised qualifier: "Centre Party (Finland)".
_QUALIFIED = re.compile(r"(.+?) \([^()]+\)")
#: GPE types ordered from small to large; ``part_of`` walks up this ladder.
GPE_LEVELS = ("city", "county", "state", "country")
_REQUIRED = ("id", "label", "name")
#: A country's compass word and the initial a headline abbreviates it to ("N.Korea", "S. Africa"; AG News): each such
#: country also answers to both spellings of the initial (:func:`_compass_initials`).
COMPASS_INITIALS = {"North": "N.", "South": "S.", "East": "E.", "West": "W."}
_OPTIONAL = {
    "aliases": list,
    "type": str,
    "part_of": (str, type(None)),
    "wikidata": (str, type(None)),
    "demonyms": list,
    "offices": list,
    "ambiguous": bool,
    "note": str,
    "source": str,
    # provenance and disambiguation fields of the compiled gazetteer (models/build)
    "clashes": list,
    "iso": (str, type(None)),
    "geonames": (int, type(None)),
    "population": (int, type(None)),
    "capital": bool,
    "division": str,
    "subtype": (str, type(None)),
}


#: Latin letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O",
                                 "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "þ": "th", "Þ": "Th",
                                 "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L"})


_POSSESSIVE_S = re.compile(r"'s\b")
_NON_WORD = re.compile(r"[^\w]+")
_NON_WORD_OR_SPACE = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, diacritics, hyphens, apostrophes and spacing folded: the identity key of a name.

    An ASCII text has no letter to decompose and no accent to drop: it skips the per-character pass (the stages
    fold ~10^4 new words per 3,000 documents). Every run of non-word characters, spaces among them, becomes one
    space, so no run of spaces is left to collapse."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "'")
    return _NON_WORD.sub(" ", _POSSESSIVE_S.sub("", text)).strip()


@functools.lru_cache(maxsize=65536)
def word_key(text: str) -> str:
    """Case, apostrophes and punctuation folded, diacritics kept: "Ján" is not the month "Jan". (An ASCII text is
    in NFC already.)"""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = text.lower().replace("’", "'")
    return _SPACES.sub(" ", _NON_WORD_OR_SPACE.sub(" ", text)).strip()


def slug(text: str) -> str:
    return fold(text).replace(" ", "-").replace("_", "-")


def entity_id(label: str, name: str) -> str:
    """The id of an entity the KB does not know: ``person:kasim-reed``."""
    return f"{label.lower()}:{slug(name)}"


@dataclass(frozen=True)
class Entity:
    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    type: str = ""
    part_of: str | None = None
    wikidata: str | None = None
    demonyms: tuple[str, ...] = ()
    offices: tuple[dict, ...] = ()
    ambiguous: bool = False
    clashes: tuple[str, ...] = ()  # what else the name is: "first_name", "common_word", "place"
    capital: bool = False  # a national capital (the compiled gazetteer's flag)
    # a city that stands for a first-level division of its name with no record of its own (its ISO 3166-2 code):
    # a state-level office of the division is the city's ("Governor of Jakarta")
    division: str | None = None

    @property
    def level(self) -> int:
        """Position on :data:`GPE_LEVELS` (-1 when not a GPE level)."""
        return GPE_LEVELS.index(self.type) if self.type in GPE_LEVELS else -1


@dataclass
class KnowledgeBase:
    """Entities by id, and an index from folded alias to the ids it may name."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_alias: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    by_demonym: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: political parties by their name without its parenthesised qualifier: "Democratic Party" → the parties of
    #: Cyprus, Italy, the United States, ... (:meth:`parties`)
    parties_by_base: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, entity: Entity, where: str = "") -> None:
        if entity.id in self.entities:
            raise DataError(f"{where}: duplicate entity id {entity.id!r}")
        self.entities[entity.id] = entity
        for alias in {entity.name, *entity.aliases}:
            ids = self.by_alias[(entity.label, fold(alias))]
            if entity.id not in ids:
                ids.append(entity.id)
        for demonym in entity.demonyms:
            ids = self.by_demonym[fold(demonym)]
            if entity.id not in ids:
                ids.append(entity.id)
        if entity.label == "ORG" and entity.type == PARTY_TYPE and (m := _QUALIFIED.fullmatch(entity.name)):
            self.parties_by_base[fold(m.group(1))].append(entity.id)

    def get(self, entity_id_: str | None) -> Entity | None:
        return self.entities.get(entity_id_) if entity_id_ else None

    def lookup(self, label: str, alias: str) -> list[Entity]:
        """Entities of ``label`` that ``alias`` may name, most prominent first."""
        return [self.entities[i] for i in self.by_alias.get((label, fold(alias)), ())]

    def parties(self, name: str) -> list[Entity]:
        """The political parties ``name`` may be: the KB's organisation of that name when it is a party, else the
        parties whose name without its qualifier it is ("Centre Party": Finland's, Norway's, ...)."""
        first = self.lookup("ORG", name)[:1]
        if first:
            return [e for e in first if e.type == PARTY_TYPE]
        return [self.entities[i] for i in self.parties_by_base.get(fold(name), ())]

    def demonym(self, word: str) -> list[Entity]:
        return [self.entities[i] for i in self.by_demonym.get(fold(word), ())]

    def ancestors(self, entity: Entity) -> Iterator[Entity]:
        """The entity, then what it is part of, up to the top (cycles are refused at load)."""
        seen = set()
        current: Entity | None = entity
        while current is not None and current.id not in seen:
            seen.add(current.id)
            yield current
            current = self.get(current.part_of)

    def at_level(self, entity: Entity, level: str) -> Entity | None:
        """The place of GPE type ``level`` that contains ``entity`` (or is it)."""
        for e in self.ancestors(entity):
            if e.type == level:
                return e
        return None

    def surface_forms(self) -> Iterator[tuple[str, Entity]]:
        """Every name and alias with its entity, for building matchers."""
        for e in self.entities.values():
            for alias in sorted({e.name, *e.aliases}):
                yield alias, e

    def __len__(self) -> int:
        return len(self.entities)


def _parse(record: object, where: str) -> Entity:
    if not isinstance(record, dict):
        raise DataError(f"{where}: a record must be a JSON object")
    for key in _REQUIRED:
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise DataError(f"{where}: {key!r} is required and must be a non-empty string")
    if record["label"] not in ENTITY_LABELS:
        raise DataError(f"{where}: label {record['label']!r} is not one of {', '.join(ENTITY_LABELS)}")
    for key, value in record.items():
        if key in _REQUIRED:
            continue
        if key not in _OPTIONAL:
            raise DataError(f"{where}: unknown field {key!r}")
        if not isinstance(value, _OPTIONAL[key]):
            raise DataError(f"{where}: field {key!r} has the wrong type")
        if key in ("aliases", "demonyms", "clashes") and not all(isinstance(v, str) and v.strip() for v in value):
            raise DataError(f"{where}: every entry of {key!r} must be a non-empty string")
        if key == "offices" and not all(isinstance(v, dict) and isinstance(v.get("office"), str) for v in value):
            raise DataError(f"{where}: every entry of 'offices' must be an object with an 'office' name")
    return Entity(
        id=record["id"],
        label=record["label"],
        name=record["name"],
        aliases=tuple(record.get("aliases", ())),
        type=record.get("type", ""),
        part_of=record.get("part_of"),
        wikidata=record.get("wikidata"),
        demonyms=tuple(record.get("demonyms", ())),
        offices=tuple(record.get("offices", ())),
        ambiguous=bool(record.get("ambiguous", False)),
        clashes=tuple(record.get("clashes", ())),
        capital=bool(record.get("capital", False)),
        division=record.get("division"),
    )


def read_jsonl(path: Path, error: type[Exception] = DataError) -> Iterator[tuple[str, object]]:
    """(``file:line``, record) for each non-blank line of a JSONL file; bad JSON raises ``error``
    (:class:`DataError` for the models' files, a usage error for a file the user gives)."""
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                yield where, json.loads(line)
            except json.JSONDecodeError as e:
                raise error(f"{where}: not valid JSON ({e.msg})") from None


def _compass_initials(entity: Entity) -> Entity:
    """A country named by a compass word with its initialled names as aliases ("North Korea": "N.Korea", "N. Korea"),
    as headlines write them; any other entity as it is."""
    first, _, rest = entity.name.partition(" ")
    if entity.label != "GPE" or entity.type != "country" or first not in COMPASS_INITIALS or not rest:
        return entity
    initial = COMPASS_INITIALS[first]
    return dataclasses.replace(entity, aliases=(*entity.aliases, f"{initial}{rest}", f"{initial} {rest}"))


def load_kb(paths: Iterable[Path]) -> KnowledgeBase:
    """Read and validate KB files; ``part_of`` must name a known entity and never loop."""
    kb = KnowledgeBase()
    where_of: dict[str, str] = {}
    for path in sorted(paths):
        for where, record in read_jsonl(path):
            entity = _compass_initials(_parse(record, where))
            kb.add(entity, where)
            where_of[entity.id] = where
    for entity in kb.entities.values():
        if entity.part_of and entity.part_of not in kb.entities:
            raise DataError(f"{where_of[entity.id]}: part_of {entity.part_of!r} is not in the knowledge base")
        chain = list(kb.ancestors(entity))
        last = chain[-1]
        if last.part_of is not None:
            raise DataError(f"{where_of[entity.id]}: part_of forms a cycle through {last.id!r}")
    return kb
