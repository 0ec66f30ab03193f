"""Races: the facts of every document grouped into elections (``races.csv``, ``race_candidates.csv``).

Facts are per document; a reader asks per election. This stage runs after the
facts and works like ``entities.csv``: each shard turns its fact rows into
*partial races* (:func:`shard_partials`, plain dicts keyed by a race key, one
entry per race and never per fact), the parent merges the partials of every
shard in shard order (:func:`merge_partials`) and :func:`reduce_races` resolves
identity and precedence once, so any number of workers and any engine give the
same bytes. The rules — which facts belong to a race, which slot names its
office, the tiers of precedence, what counts as a conflict, the status rules —
are data in ``models/races.yml`` (:func:`load_rules`).

Identity. A race is (office, kind, date). A document's facts about an office
take the election date and kind its ``election``/``candidate`` facts state
(nearest preceding one when a document names several elections of one office);
``date`` is the election day (``2009-12-01``, ``XXXX-12-01``), else the year.
Keys are resolved in the reduce, most specific first:

1. day-dated keys are races; one without a kind joins the one race of its office
   and day that has a kind;
2. a key known only by its year joins the one day-dated race of its office and
   year with a compatible kind, else it is a race of its own;
0. a fact naming no office joins the one office its document's race facts name; else a key of facts
   naming no office (``officeless_by_candidate``) takes the office its person is most authoritatively
   stated to run for in other documents; a fact in a document whose race facts name no office and
   no person takes the one office its other facts name (``office_hints``: "former President X's
   sentencing ... after Election Day on November 5"), a court's or a prosecutor's post aside
   (``office_hints_never``: "Kestrel Supreme Court justice X postpones ...");
3. an undated key (per office, kind and publication date) joins the one race of
   its office its publication date fits (``fit_days_before/after``; a race of a day
   takes it whatever its kind, a race of a year only with the same kind); when none or
   several fit it is the race of its publication year, or, without a publication
   date, a race of its own; with ``undated_takes_document_date``, one that no race of its office fits
   takes the date of the one race its document's other facts joined (one ballot elects a president
   and a vice president);
4. a race known only by its year and without a kind joins the one race of its
   office and year with a kind that names every candidate it names
   (``kindless_joins_kinded``).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import yaml

from ..errors import DataError
from ..io.yamlfile import safe_load
from ..io.tables import FACT_COLUMNS, CandidateRow, RaceRow, fmt
RULES_FILE = "races.yml"
#: Units that make a figure a margin; a share (percent) is a margin only on won/defeated/leads/certified.
MARGIN_UNITS = frozenset({"votes", "ballots", "percent"})
#: Candidate outcomes in the order race_candidates.csv lists them.
OUTCOME_ORDER = ("won", "leading", "trailing", "lost", "")
STATUS_CONDITIONS = frozenset({"winner", "certified", "leads", "recount", "refused_concession"})
ORDER_KEYS = frozenset({"tier", "published", "input"})
SLOTS = frozenset({"subject", "object", "office"})
SECTIONS = ("identity", "precedence", "candidates", "conflicts", "status")
_DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})")
_COL = {c: i for i, c in enumerate(FACT_COLUMNS)}


# --------------------------------------------------------------------------
# rules (models/races.yml)
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class RaceRules:
    office_slot: Mapping[str, str]
    officeless_joins_single_office: bool
    officeless_by_candidate: bool
    kindless_joins_kinded: bool
    office_hints: Mapping[str, str]
    undated_takes_document_date: bool
    # how the names of the offices that ``office_hints`` never take begin: posts no bare election is about
    office_hints_never: tuple
    date_predicates: frozenset
    kind_predicates: frozenset
    fit_days_before: int
    fit_days_after: int
    tiers: Mapping[str, int]
    order: tuple
    roles: Mapping[str, tuple]
    winner_predicates: frozenset
    margin_predicates: frozenset
    margin_tolerance: float
    status: tuple  # ((status, all, any), ...)


def _key_lines(node, prefix: str = "", out: dict | None = None) -> dict[str, int]:
    """``a.b`` key paths (and ``status[2]`` items) of a composed YAML node → their line."""
    out = {} if out is None else out
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            path = f"{prefix}.{k.value}" if prefix else str(k.value)
            out[path] = k.start_mark.line + 1
            _key_lines(v, path, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            path = f"{prefix}[{i}]"
            out[path] = v.start_mark.line + 1
            _key_lines(v, path, out)
    return out


#: Parsed rule files kept per process: every shard reads the rules, and parsing the YAML twice
#: (values, then lines for the errors) cost ~70 ms a shard (profiled), as much as 50 documents.
RULES_CACHE = 8


def load_rules(models: str | Path) -> RaceRules:
    """``models/races.yml``, validated; a :class:`DataError` names the file, line and key.

    The file is read every time, so an edited file is parsed again; the same text is parsed once."""
    path = Path(models) / RULES_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise DataError(f"{path}: cannot read ({e.strerror or e})") from None
    return _parse_rules(str(path), text)


@functools.lru_cache(maxsize=RULES_CACHE)
def _parse_rules(where: str, text: str) -> RaceRules:
    """:func:`load_rules` of ``text``, the contents of the file at ``where``."""
    path = Path(where)
    try:
        data = safe_load(text)
        lines = _key_lines(yaml.compose(text))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise DataError(f"{path}{f':{mark.line + 1}' if mark else ''}: not valid YAML "
                        f"({getattr(e, 'problem', e)})") from None

    def fail(key: str, why: str) -> DataError:
        where = key
        while where and where not in lines:
            where = where.rpartition(".")[0]
        return DataError(f"{path}:{lines.get(where, 1)}: {key}: {why}")

    def get(key: str, kind: type | tuple):
        node = data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise fail(key, "missing")
            node = node[part]
        if not isinstance(node, kind) or isinstance(node, bool) and kind is not bool:
            raise fail(key, f"expected {getattr(kind, '__name__', 'a number')}, got {node!r}")
        return node

    def names(key: str) -> frozenset:
        value = get(key, list)
        if not all(isinstance(v, str) and v for v in value):
            raise fail(key, "expected a list of predicate names")
        return frozenset(value)

    if not isinstance(data, dict):
        raise DataError(f"{path}:1: expected a mapping of sections")
    for section in data:
        if section not in SECTIONS:
            raise fail(str(section), f"unknown section (expected {', '.join(SECTIONS)})")
    office_slot = get("identity.office_slot", dict)
    for pred, slot in office_slot.items():
        if slot not in SLOTS:
            raise fail(f"identity.office_slot.{pred}", f"expected one of {', '.join(sorted(SLOTS))}, got {slot!r}")
    hints = get("identity.office_hints", dict)
    for pred, slot in hints.items():
        if slot not in SLOTS:
            raise fail(f"identity.office_hints.{pred}", f"expected one of {', '.join(sorted(SLOTS))}, got {slot!r}")
    never = get("identity.office_hints_never", list)
    if not all(isinstance(v, str) and v.strip() for v in never):
        raise fail("identity.office_hints_never", f"expected a list of office names' beginnings, got {never!r}")
    tiers = get("precedence.tiers", dict)
    for pred, tier in tiers.items():
        if not isinstance(tier, int) or isinstance(tier, bool):
            raise fail(f"precedence.tiers.{pred}", f"expected a whole number, got {tier!r}")
    order = get("precedence.order", list)
    if not order or any(o not in ORDER_KEYS for o in order) or len(set(order)) != len(order):
        raise fail("precedence.order", f"expected distinct keys of {', '.join(sorted(ORDER_KEYS))}, got {order!r}")
    roles = get("candidates.roles", dict)
    for pred, slots in roles.items():
        if not isinstance(slots, list) or not slots or any(s not in ("subject", "object") for s in slots):
            raise fail(f"candidates.roles.{pred}", f"expected a list of subject/object, got {slots!r}")
    status = []
    for i, rule in enumerate(get("status", list)):
        key = f"status[{i}]"
        if not isinstance(rule, dict) or not isinstance(rule.get("status"), str):
            raise fail(key, "expected {status: NAME, all: [...], any: [...]}")
        unknown = set(rule) - {"status", "all", "any"}
        if unknown:
            raise fail(key, f"unknown key {sorted(unknown)[0]!r}")
        conds = []
        for part in ("all", "any"):
            value = rule.get(part, [])
            if not isinstance(value, list) or any(v not in STATUS_CONDITIONS for v in value):
                raise fail(f"{key}.{part}", f"expected conditions of {', '.join(sorted(STATUS_CONDITIONS))}, "
                                            f"got {value!r}")
            conds.append(tuple(value))
        status.append((rule["status"], *conds))
    if not status or status[-1][1] or status[-1][2]:
        raise fail("status", "the last rule must have no conditions (every race gets a status)")
    days = {}
    for key in ("identity.fit_days_before", "identity.fit_days_after"):
        days[key] = get(key, int)
        if days[key] < 0:
            raise fail(key, f"expected a number of days ≥ 0, got {days[key]}")
    tolerance = get("conflicts.margin_tolerance", (int, float))
    if tolerance < 0:
        raise fail("conflicts.margin_tolerance", f"expected ≥ 0, got {tolerance}")
    return RaceRules(
        office_slot=dict(office_slot), officeless_joins_single_office=get("identity.officeless_joins_single_office", bool),
        officeless_by_candidate=get("identity.officeless_by_candidate", bool),
        kindless_joins_kinded=get("identity.kindless_joins_kinded", bool),
        office_hints=dict(hints), office_hints_never=tuple(never), undated_takes_document_date=get("identity.undated_takes_document_date", bool),
        date_predicates=names("identity.date_predicates"), kind_predicates=names("identity.kind_predicates"),
        fit_days_before=days["identity.fit_days_before"], fit_days_after=days["identity.fit_days_after"],
        tiers=dict(tiers), order=tuple(order), roles={p: tuple(s) for p, s in roles.items()},
        winner_predicates=names("conflicts.winner_predicates"), margin_predicates=names("conflicts.margin_predicates"),
        margin_tolerance=float(tolerance), status=tuple(status),
    )


# --------------------------------------------------------------------------
# map: one document's facts → partial races
# --------------------------------------------------------------------------
# A partial race is a dict of plain values (it is pickled between processes):
#   office {name: n}, docs {doc_id: order}, flags {name}, recount {person_id: name},
#   best {"winner"|"margin"|"ballots"|"leads": [rank, ...]}, winners {person_id: [rank, doc_id]},
#   margins {(value, unit, doc_id): rank}, cmargins {(value, unit): [rank, doc_id]},
#   cands {person_id: {"names": {name: n}, "docs": {doc_id: order}, "votes": [rank, v] | None,
#                      "share": [rank, v] | None, "endorsed": {id: name}}}
# ``order`` is (shard, position in shard): the input order. ``rank`` is a tuple that compares
# by the precedence rules; the higher statement wins.


def _date_key(value: str) -> tuple[str, str]:
    """A TIMEX value → (precision, race date): ("day", "2009-12-01"), ("year", "2009") or ("", "")."""
    if _DAY.match(value or ""):
        return "day", value
    m = _YEAR.match(value or "")
    return ("year", m.group(1)) if m else ("", "")


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _rank(rules: RaceRules, predicate: str, published: str, order: tuple) -> tuple:
    parts = {"tier": rules.tiers.get(predicate, 0), "published": published or "", "input": tuple(order)}
    return tuple(parts[k] for k in rules.order)


def _new_part(office_id: str) -> dict:
    return {"office": {}, "docs": {}, "flags": set(), "recount": {}, "best": {}, "winners": {}, "margins": {},
            "cmargins": {}, "cands": {}}


def _office_of(rules: RaceRules, f: Sequence[str]) -> tuple[str, str]:
    slot = rules.office_slot[f[_COL["predicate"]]]
    oid, name = f[_COL[f"{slot}_id"]], f[_COL[slot]]
    if not oid:
        oid, name = f[_COL["office_id"]], f[_COL["office"]]
    return oid, name


def _signatures(rules: RaceRules, facts: list[Sequence[str]]) -> dict[str, list[tuple[int, str, str, str]]]:
    """Per office: (sentence, kind, precision, date) of the facts that state the election."""
    out: dict[str, list] = {}
    for f in facts:
        pred = f[_COL["predicate"]]
        kind = f[_COL["kind"]] if pred in rules.kind_predicates else ""
        precision, date = _date_key(f[_COL["date"]]) if pred in rules.date_predicates else ("", "")
        if kind or date:
            oid, _ = _office_of(rules, f)
            out.setdefault(oid, []).append((int(f[_COL["sentence"]] or 0), kind, precision, date))
    return out


def _combine(sigs: list[tuple[int, str, str, str]]) -> tuple[str, str, str] | None:
    """One (kind, precision, date) when a document's statements about an office agree, else None."""
    kinds = {s[1] for s in sigs if s[1]}
    days = {s[3] for s in sigs if s[2] == "day"}
    years = {s[3] for s in sigs if s[2] == "year"} | {d[:4] for d in days if not d.startswith("X")}
    if len(kinds) > 1 or len(days) > 1 or len(years) > 1:
        return None
    kind = next(iter(kinds), "")
    if days:
        return kind, "day", next(iter(days))
    if years:
        return kind, "year", next(iter(years))
    return kind, "", ""


def _race_key(office_id: str, kind: str, precision: str, date: str, published: str, person: str = "") -> tuple:
    """The key of a partial race: (office, kind, date, publication date of undated keys, person).
    ``person`` is set only on facts that name no office: the reduce finds the office that person ran for."""
    return (office_id, kind, date, published if not precision else "", person)


def doc_partials(rules: RaceRules, doc_id: str, order: tuple, published: str,
                 facts: Iterable[Sequence[str]]) -> dict[tuple, dict]:
    """The partial races of one document's fact rows (tuples in ``FACT_COLUMNS`` order)."""
    facts = list(facts)
    hints = {f[_COL[f"{slot}_id"]] for f in facts if (slot := rules.office_hints.get(f[_COL["predicate"]]))
             and not f[_COL[slot]].startswith(rules.office_hints_never)} - {""}
    facts = [f for f in facts if f[_COL["predicate"]] in rules.office_slot]
    if not facts:
        return {}
    offices = {_office_of(rules, f)[0] for f in facts} - {""}
    if offices or any(f[_COL[f"{slot}_id"]] for f in facts for slot in rules.roles.get(f[_COL["predicate"]], ())):
        hints = set()  # the race facts say which race, or whose: a title never does ("Arizona Senator X wins")
    sigs = _signatures(rules, facts)
    combined = {oid: _combine(s) for oid, s in sigs.items()}
    parts: dict[tuple, dict] = {}
    for f in facts:
        pred = f[_COL["predicate"]]
        oid, oname = _office_of(rules, f)
        person = ""
        if not oid:
            if rules.officeless_joins_single_office and len(offices) == 1:
                oid, oname = next(iter(offices)), ""
            else:
                slots = rules.roles.get(pred, ()) if rules.officeless_by_candidate else ()
                person = next((f[_COL[f"{slot}_id"]] for slot in slots if f[_COL[f"{slot}_id"]]), "")
                if not person and len(hints) == 1:
                    # no race fact names an office or a person: the one office the document names otherwise
                    # ("former President X's sentencing ... after Election Day on November 5")
                    oid, oname = next(iter(hints)), ""
                elif not person:
                    continue
        own_kind = f[_COL["kind"]] if pred in rules.kind_predicates else ""
        own_precision, own_date = _date_key(f[_COL["date"]]) if pred in rules.date_predicates else ("", "")
        if own_date or own_kind:
            sig = (own_kind, own_precision, own_date)
        elif combined.get(oid) is not None:
            sig = combined[oid]
        elif oid in sigs:  # several elections of one office: the nearest statement before the fact
            sentence = int(f[_COL["sentence"]] or 0)
            before = [s for s in sigs[oid] if s[0] <= sentence] or sigs[oid][:1]
            sig = max(before, key=lambda s: s[0])[1:]
        else:
            sig = ("", "", "")
        key = _race_key(oid, sig[0], sig[1], sig[2], published, person)
        part = parts.setdefault(key, _new_part(oid))
        if oname:
            part["office"][oname] = part["office"].get(oname, 0) + 1
        part["docs"][doc_id] = order
        _add_fact(rules, part, f, doc_id, order, published)
    return parts


def _best(slot: dict, name: str, claim: list) -> None:
    if name not in slot or claim[0] > slot[name][0]:
        slot[name] = claim


def _add_fact(rules: RaceRules, part: dict, f: Sequence[str], doc_id: str, order: tuple, published: str) -> None:
    pred = f[_COL["predicate"]]
    negative = f[_COL["polarity"]] == "negative"
    if negative:
        if pred == "conceded":
            part["flags"].add("refused_concession")
        return  # a denied fact states nothing else
    rank = _rank(rules, pred, published, order)
    value, unit = _number(f[_COL["value"]]), f[_COL["unit"]]
    person = {"subject": (f[_COL["subject_id"]], f[_COL["subject"]]), "object": (f[_COL["object_id"]], f[_COL["object"]])}
    for slot in rules.roles.get(pred, ()):
        pid, name = person[slot]
        if not pid:
            continue
        c = part["cands"].setdefault(pid, {"names": {}, "docs": {}, "votes": None, "share": None, "endorsed": {}})
        if name:
            c["names"][name] = c["names"].get(name, 0) + 1
        c["docs"][doc_id] = order
        if pred == "endorsed" and f[_COL["subject_id"]]:
            c["endorsed"][f[_COL["subject_id"]]] = f[_COL["subject"]]
        if pred == "votes_received" and value is not None and unit in ("votes", "ballots", "percent"):
            field = "share" if unit == "percent" else "votes"
            if c[field] is None or rank > c[field][0]:
                c[field] = [rank, value]
    winner = {"won": "subject", "defeated": "subject", "certified": "object"}.get(pred)
    if winner and person[winner][0]:
        pid, name = person[winner]
        part["flags"].add("winner")
        _best(part["best"], "winner", [rank, pid, name, doc_id])
        if pred in rules.winner_predicates:
            mine = part["winners"].get(pid)
            if mine is None or rank > mine[0]:
                part["winners"][pid] = [rank, doc_id]
    if pred == "certified":
        part["flags"].add("certified")
    if pred == "leads":
        part["flags"].add("leads")
        if f[_COL["subject_id"]]:
            _best(part["best"], "leads", [rank, f[_COL["subject_id"]], f[_COL["object_id"]]])
    if pred == "requested_recount":
        part["flags"].add("recount")
        if f[_COL["subject_id"]]:
            part["recount"][f[_COL["subject_id"]]] = f[_COL["subject"]]
    if pred == "ballots_cast" and value is not None:
        _best(part["best"], "ballots", [rank, value])
    if pred in ("won", "defeated", "certified", "leads") and value is not None and unit in MARGIN_UNITS:
        key = (value, unit, doc_id)
        if key not in part["margins"] or rank > part["margins"][key]:
            part["margins"][key] = rank
        _best(part["best"], "margin", [rank, value, unit, doc_id])
        if pred in rules.margin_predicates:
            mine = part["cmargins"].get((value, unit))
            if mine is None or rank > mine[0]:
                part["cmargins"][(value, unit)] = [rank, doc_id]


def shard_partials(rules: RaceRules, shard: int, results: Iterable) -> dict[tuple, dict]:
    """The partial races of a shard's ``DocResult``s (documents in input order)."""
    out: dict[tuple, dict] = {}
    for i, r in enumerate(results):
        if r.ok and (r.facts or r.race_facts):
            merge_partials(out, doc_partials(rules, r.document.doc_id, (shard, i), r.document.published,
                                             [*r.facts, *r.race_facts]))
    return out


# --------------------------------------------------------------------------
# merge: partials of many shards
# --------------------------------------------------------------------------

def _merge_part(into: dict, other: dict) -> None:
    for name, n in other["office"].items():
        into["office"][name] = into["office"].get(name, 0) + n
    into["docs"].update(other["docs"])
    into["flags"] |= other["flags"]
    into["recount"].update(other["recount"])
    for name, claim in other["best"].items():
        _best(into["best"], name, claim)
    for pid, claim in other["winners"].items():
        if pid not in into["winners"] or claim[0] > into["winners"][pid][0]:
            into["winners"][pid] = claim
    for key, rank in other["margins"].items():
        if key not in into["margins"] or rank > into["margins"][key]:
            into["margins"][key] = rank
    for key, claim in other["cmargins"].items():
        if key not in into["cmargins"] or claim[0] > into["cmargins"][key][0]:
            into["cmargins"][key] = claim
    for pid, c in other["cands"].items():
        mine = into["cands"].get(pid)
        if mine is None:
            into["cands"][pid] = {"names": dict(c["names"]), "docs": dict(c["docs"]), "votes": c["votes"],
                                  "share": c["share"], "endorsed": dict(c["endorsed"])}
            continue
        for name, n in c["names"].items():
            mine["names"][name] = mine["names"].get(name, 0) + n
        mine["docs"].update(c["docs"])
        mine["endorsed"].update(c["endorsed"])
        for field in ("votes", "share"):
            if c[field] is not None and (mine[field] is None or c[field][0] > mine[field][0]):
                mine[field] = c[field]


def merge_partials(into: dict[tuple, dict], other: Mapping[tuple, dict]) -> dict[tuple, dict]:
    """Add ``other``'s partial races to ``into`` (never aliasing ``other``'s mutable parts)."""
    for key, part in other.items():
        if key not in into:
            into[key] = _new_part(key[0])
        _merge_part(into[key], part)
    return into


# --------------------------------------------------------------------------
# reduce: identity, precedence, conflicts → rows
# --------------------------------------------------------------------------

def _parse_day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _fits(rules: RaceRules, published: str, date: str) -> bool:
    """Whether a document published on ``published`` can be about the election of ``date``."""
    pub = _parse_day(published)
    if pub is None:
        return True
    before, after = dt.timedelta(days=rules.fit_days_before), dt.timedelta(days=rules.fit_days_after)
    if _DAY.match(date):
        if date.startswith("X"):  # the year is unknown: the nearest year that fits
            for year in (pub.year, pub.year + 1):
                day = _parse_day(f"{year}{date[4:]}")
                if day and day - before <= pub <= day + after:
                    return True
            return False
        day = _parse_day(date)
        return day is not None and day - before <= pub <= day + after
    if date:
        year = int(date)
        return dt.date(year, 1, 1) - before <= pub <= dt.date(year, 12, 31) + after
    return False


def _kind_fits(loose: str, race: str) -> bool:
    return not loose or loose == race


def resolve(rules: RaceRules, partials: Mapping[tuple, dict]) -> dict[tuple, dict]:
    """Partial races → races, keyed ``(office_id, kind, date)`` (see the module docstring)."""
    races: dict[tuple, dict] = {}
    partials = _place_people(rules, partials)
    keys = sorted(partials)
    day = [k for k in keys if _DAY.match(k[2])]
    year = [k for k in keys if k[2] and not _DAY.match(k[2])]
    undated = sorted((k for k in keys if not k[2]), key=lambda k: (k[0], not k[1], k[3], k[1]))
    for k in sorted(day, key=lambda k: (not k[1], k)):  # kinded days first: kindless ones may join them
        target = (k[0], k[1], k[2])
        if not k[1]:
            kinded = [r for r in races if r[0] == k[0] and r[2] == k[2] and r[1]]
            if len(kinded) == 1:
                target = kinded[0]
        merge_partials(races, {target: partials[k]})
    for k in year:
        fits = [r for r in races if r[0] == k[0] and _DAY.match(r[2]) and _kind_fits(k[1], r[1])
                and (r[2][:4] == k[2] or r[2].startswith("X"))]
        target = fits[0] if len(fits) == 1 else (k[0], k[1], k[2])
        merge_partials(races, {target: partials[k]})
    alone = []
    for k in undated:
        office, kind, _, published = k
        # A day pins an election, so a fact without a kind may join a race of any kind on a day that
        # fits; a race known only by its year is told apart by its kind, which must then be the same.
        fits = [r for r in races if r[0] == office and _fits(rules, published, r[2])
                and (_kind_fits(kind, r[1]) if _DAY.match(r[2]) else kind == r[1])]
        if len(fits) == 1:
            merge_partials(races, {fits[0]: partials[k]})
        else:
            alone.append((k, not fits))
    placed = dict(races)  # the races known so far: those that date a document's other facts
    for k, unfit in alone:
        office, kind, _, published = k
        target = (office, kind, published[:4])  # alone: the race of its publication year, if known
        if unfit and rules.undated_takes_document_date:
            docs = partials[k]["docs"].keys()
            dates = {r[2] for r, part in placed.items() if r[0] != office and r[2] and docs & part["docs"].keys()
                     and _fits(rules, published, r[2])}
            if len(dates) == 1:  # one ballot: the vice president of the president's election
                target = (office, kind, dates.pop())
        merge_partials(races, {target: partials[k]})
    if rules.kindless_joins_kinded:
        for k in sorted(r for r in races if not r[1] and not _DAY.match(r[2])):
            mine = set(races[k]["cands"])
            kinded = [r for r in races if r[0] == k[0] and r[2] == k[2] and r[1] and mine <= set(races[r]["cands"])]
            if len(kinded) == 1:
                merge_partials(races, {kinded[0]: races.pop(k)})
    return races


def _place_people(rules: RaceRules, partials: Mapping[tuple, dict]) -> dict[tuple, dict]:
    """Partials keyed by office; a partial of facts naming no office takes the office its person
    is most authoritatively stated to run for elsewhere (highest tier, then most documents), and
    is dropped when that is a tie or the person runs for nothing."""
    strength: dict[str, dict[str, tuple]] = {}
    for (office, *_), part in partials.items():
        if not office:
            continue
        for pid, c in part["cands"].items():
            tier = part["winners"][pid][0][0] if pid in part["winners"] and rules.order[0] == "tier" else 0
            have = strength.setdefault(pid, {}).get(office, (0, 0))
            strength[pid][office] = (max(have[0], tier), have[1] + len(c["docs"]))
    out: dict[tuple, dict] = {}
    for key, part in partials.items():
        office, kind, date, published, person = key
        if person:
            ranked = sorted(strength.get(person, {}).items(), key=lambda kv: kv[1], reverse=True)
            if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
                continue
            office = ranked[0][0]
        merge_partials(out, {(office, kind, date, published): part})
    return out


def _most_common(names: Mapping[str, int]) -> str:
    return min(names.items(), key=lambda kv: (-kv[1], kv[0]))[0] if names else ""


def _value_text(value: float, unit: str) -> str:
    return f"{fmt(value)} {unit}"


def race_id(office_id: str, kind: str, date: str) -> str:
    slug = office_id.split(":", 1)[1] if ":" in office_id else office_id
    return f"race:{slug}:{kind}:{date}"


def _conflicts(rules: RaceRules, part: dict, names: Mapping[str, str]) -> str:
    notes = []
    if len(part["winners"]) > 1:
        ranked = sorted(part["winners"].items(), key=lambda kv: kv[1][0], reverse=True)
        notes.append("winners differ: " + " vs ".join(f"{names.get(pid, pid)} ({doc})" for pid, (_, doc) in ranked))
    by_unit: dict[str, list] = {}
    for (value, unit), (rank, doc) in part["cmargins"].items():
        by_unit.setdefault(unit, []).append((rank, value, doc))
    for unit in sorted(by_unit):
        stated = sorted(by_unit[unit], reverse=True)
        if max(v for _, v, _ in stated) - min(v for _, v, _ in stated) > rules.margin_tolerance:
            notes.append("margins differ: " + " vs ".join(f"{_value_text(v, unit)} ({doc})" for _, v, doc in stated))
    return "; ".join(notes)


def _status(rules: RaceRules, flags: set) -> str:
    for status, all_of, any_of in rules.status:
        if all(c in flags for c in all_of) and (not any_of or any(c in flags for c in any_of)):
            return status
    return ""  # unreachable: load_rules requires an unconditional last rule


def reduce_races(rules: RaceRules, partials: Mapping[tuple, dict]) -> tuple[list[tuple], list[tuple]]:
    """The rows of races.csv and race_candidates.csv, sorted, for the merged partial races."""
    races, candidates = [], []
    resolved = resolve(rules, partials)
    office_names: dict[str, dict[str, int]] = {}
    for (office_id, *_), part in resolved.items():
        for name, n in part["office"].items():
            office_names.setdefault(office_id, {})[name] = office_names.get(office_id, {}).get(name, 0) + n
    for (office_id, kind, date), part in resolved.items():
        rid = race_id(office_id, kind, date)
        names = {pid: _most_common(c["names"]) or pid for pid, c in part["cands"].items()}
        best = part["best"]
        winner_id = best["winner"][1] if "winner" in best else ""
        winner = names.get(winner_id) or (best["winner"][2] if "winner" in best else "")
        margin = best.get("margin")
        margins = sorted(part["margins"].items(), key=lambda kv: (kv[1], kv[0][2]), reverse=True)
        sources = sorted(part["docs"], key=lambda d: (part["docs"][d], d))
        races.append(RaceRow(
            rid, office_id, _most_common(part["office"]) or _most_common(office_names.get(office_id, {})), kind, date, _status(rules, part["flags"]), winner_id, winner,
            fmt(margin[1]) if margin else "", margin[2] if margin else "",
            "|".join(f"{_value_text(v, u)}@{doc}" for (v, u, doc), _ in margins),
            fmt(best["ballots"][1]) if "ballots" in best else "",
            "|".join(sorted(names.get(pid) or name or pid for pid, name in part["recount"].items())),
            "1" if "certified" in part["flags"] else "", _conflicts(rules, part, names), len(sources), "|".join(sources),
        ))
        leads = best.get("leads")
        for pid, c in part["cands"].items():
            if winner_id:
                outcome = "won" if pid == winner_id else "lost"
            elif leads:
                outcome = "leading" if pid == leads[1] else "trailing" if pid == leads[2] else ""
            else:
                outcome = ""
            candidates.append(CandidateRow(
                rid, pid, names[pid], outcome, fmt(c["votes"][1]) if c["votes"] else "",
                fmt(c["share"][1]) if c["share"] else "", "|".join(sorted(set(c["endorsed"].values()) - {""})),
                "|".join(sorted(c["docs"], key=lambda d: (c["docs"][d], d))),
            ))
    races.sort(key=lambda r: r[0])
    candidates.sort(key=lambda c: (c[0], OUTCOME_ORDER.index(c[3]), c[2], c[1]))
    return races, candidates
