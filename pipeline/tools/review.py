"""The review page: one self-contained HTML file showing every mention and fact in its text.

`review(OUTDIR)` reads the CSVs of a run (documents, mentions, entities,
facts, and races/race_candidates when present; see SPEC.md) and writes
`OUTDIR/review.html`. The page works offline
from `file://`: its CSS and JavaScript are inlined from `pipeline/tools/assets/`
and a Content-Security-Policy forbids every network fetch and every script
but ours (by hash), so even a mistake in escaping could not run a document's
`<script>`.

How the page is built:
- Python renders each document as an HTML fragment: the clean text, every
  character passed through `html.escape`, with mentions as nested `<mark>`
  elements coloured by label in displaCy's palette, and the facts table below
  it. The fragments travel in one `<script type="application/json">` block
  whose every `<` is written `\\u003c`, so no text can close it.
- The browser shows `PAGE_SIZE` documents at a time and filters the facts of
  all documents from a compact index (predicate, rule, entities, confidence,
  search text), so a run of `MAX_DOCS` documents stays usable.

The same CSVs always give the same bytes: no timestamps, no paths, no
dictionary-order dependence.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import ReviewError, TableError
from ..io.tables import atomic_write_text, read_table

__all__ = ["MAX_DOCS", "PAGE_SIZE", "ReviewError", "review", "build_page"]

#: The most documents one page holds. The browser parses all of them when the
#: page opens: 10,000 news items of 550 characters with 20 mentions and 3
#: facts each make a 70 MB file that headless Chromium opens in about 2 s and
#: filters at once. Beyond that, choose documents with `docs=` (`--docs`).
MAX_DOCS = 10_000
#: Documents shown at once in the browser; the rest are a page flip away.
PAGE_SIZE = 50
#: Document links listed under each entity in the entities view; the
#: "filter" button reaches all of them.
ENTITY_DOC_LINKS = 12
#: Entities shown at once in the entities view.
ENTITY_PAGE_SIZE = 100
#: Races shown at once in the races view.
RACE_PAGE_SIZE = 100
#: Facts whose value is a race's margin: a margin link opens the first of them in its source.
MARGIN_PREDICATES = ("certified", "won", "defeated", "leads")

#: The columns the page cannot do without; every other SPEC column is shown
#: when present and skipped when absent, and extra columns are ignored except
#: `verdict` and `correction` in facts.csv, which get their own table columns.
REQUIRED_COLUMNS = {
    "documents.csv": ("doc_id", "text"),
    "mentions.csv": ("doc_id", "label", "start", "end"),
    "entities.csv": ("entity_id", "label", "name"),
    "facts.csv": ("doc_id", "fact_id", "predicate"),
}
#: Files a run may lack (older runs): the races view then says so instead of failing.
OPTIONAL_COLUMNS = {
    "races.csv": ("race_id", "office", "sources"),
    "race_candidates.csv": ("race_id", "name"),
}
REVIEW_COLUMNS = ("verdict", "correction")

#: displaCy's colours (spacy.displacy.render.DEFAULT_LABEL_COLORS) for the
#: labels we share, plus two for ours; tests check they still match spaCy's.
LABEL_COLORS = {
    "PERSON": "#aa9cfc",
    "GPE": "#feca74",
    "ORG": "#7aecec",
    "DATE": "#bfe1d9",
    "PERCENT": "#e4e7d2",
    "LOC": "#ff9561",
    "NORP": "#c887fb",
    "FAC": "#9cc9cc",
    "EVENT": "#ffeb80",
    "OFFICE": "#ffb3c1",
    "VOTES": "#c5e89a",
}
DEFAULT_COLOR = "#ddd"  # displaCy's colour for a label it does not know
_SAFE_LABEL = re.compile(r"^[A-Za-z0-9_-]{1,40}$")  # labels that may appear in a CSS selector

_ASSETS = "assets"


# --------------------------------------------------------------------------- reading


def _read_csv(path: Path, label: str) -> tuple[list[str], list[dict[str, str]]]:
    """Rows of one CSV as dicts of unguarded strings (:func:`pipeline.io.tables.read_table`),
    each with its ``_line``; `label` names the file in the "run first" error."""
    if not path.is_file():
        raise ReviewError(f"{label} is missing: run `newsfacts run` first")
    needed = REQUIRED_COLUMNS.get(path.name) or OPTIONAL_COLUMNS.get(path.name, ())
    try:
        table = read_table(path, needed)
    except TableError as exc:
        raise ReviewError(str(exc)) from None
    for row, line in zip(table.rows, table.lines):
        row["_line"] = str(line)
    return table.header, table.rows


def _int(row: dict[str, str], column: str, label: str) -> int | None:
    """An offset column as an int; None when the column is absent or empty."""
    value = row.get(column, "").strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise ReviewError(
            f"{label} line {row['_line']}: {column} is {value!r}, not an integer"
        ) from None


def _confidence(row: dict[str, str], label: str) -> float | None:
    value = row.get("confidence", "").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not 0.0 <= number <= 1.0:
        raise ReviewError(
            f"{label} line {row['_line']}: confidence is {value!r}, not a number in [0, 1]"
        )
    return number


# --------------------------------------------------------------------------- model


@dataclass
class Mention:
    start: int
    end: int
    row: dict[str, str]
    children: list[Mention] = field(default_factory=list)
    crossing: list[Mention] = field(default_factory=list)  # overlap without nesting: listed on hover


@dataclass
class Doc:
    index: int
    row: dict[str, str]
    mentions: list[Mention] = field(default_factory=list)
    facts: list[int] = field(default_factory=list)  # indices into Run.facts
    entities: set[int] = field(default_factory=set)  # indices into Run.entities
    notes: list[str] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.row["doc_id"]

    @property
    def text(self) -> str:
        return self.row["text"]

    @property
    def anchor(self) -> str:
        return f"d{self.index}"


@dataclass
class Run:
    docs: list[Doc]
    facts: list[dict]
    entities: list[dict[str, str]]
    fact_columns: list[str]
    total_docs: int  # documents in documents.csv (or selected with docs=) before MAX_DOCS
    notes: list[str]
    races: list[dict] = field(default_factory=list)  # {"row", "candidates"}; empty without races.csv
    has_races: bool = False


def _load(out_dir: Path, docs: Sequence[str] | None, max_docs: int) -> Run:
    files = {name: out_dir / name for name in REQUIRED_COLUMNS}
    labels = {name: str(path) for name, path in files.items()}
    _, doc_rows = _read_csv(files["documents.csv"], labels["documents.csv"])
    _, mention_rows = _read_csv(files["mentions.csv"], labels["mentions.csv"])
    _, entity_rows = _read_csv(files["entities.csv"], labels["entities.csv"])
    fact_columns, fact_rows = _read_csv(files["facts.csv"], labels["facts.csv"])

    if docs is not None:
        wanted = list(dict.fromkeys(docs))
        known = {row["doc_id"] for row in doc_rows}
        unknown = [d for d in wanted if d not in known]
        if unknown:
            raise ReviewError(
                f"{labels['documents.csv']} has no doc_id {', '.join(map(repr, unknown))}"
            )
        chosen = set(wanted)
        doc_rows = [row for row in doc_rows if row["doc_id"] in chosen]
    total = len(doc_rows)
    notes = []
    if total > max_docs:
        notes.append(
            f"Showing the first {max_docs:,} of {total:,} documents (the page's limit); "
            "choose others with `newsfacts review --docs ID ...`."
        )
        doc_rows = doc_rows[:max_docs]

    by_id: dict[str, list[Doc]] = {}
    doc_list = []
    for i, row in enumerate(doc_rows):
        doc = Doc(i, row)
        doc_list.append(doc)
        by_id.setdefault(row["doc_id"], []).append(doc)

    entity_index = {row["entity_id"]: i for i, row in enumerate(entity_rows)}
    office_index = {
        row["name"]: i for i, row in enumerate(entity_rows) if row["label"] == "OFFICE"
    }

    for row in mention_rows:
        start = _int(row, "start", labels["mentions.csv"])
        end = _int(row, "end", labels["mentions.csv"])
        for doc in by_id.get(row["doc_id"], ()):
            if start is None or end is None or not 0 <= start < end <= len(doc.text):
                doc.notes.append(
                    f"mention {row.get('mention_id') or 'on line ' + row['_line']} "
                    f"({row['label']}) has span {start}:{end} outside the text; not shown"
                )
                continue
            if "text" in row and row["text"] != doc.text[start:end]:
                doc.notes.append(
                    f"mention {row.get('mention_id') or 'on line ' + row['_line']} reads "
                    f"{row['text']!r} but its span holds {doc.text[start:end]!r}"
                )
            doc.mentions.append(Mention(start, end, row))
            if row.get("entity_id") in entity_index:
                doc.entities.add(entity_index[row["entity_id"]])

    facts = []
    for row in fact_rows:
        targets = by_id.get(row["doc_id"], ())
        if not targets:
            continue
        fact = {
            "row": row,
            "start": _int(row, "start", labels["facts.csv"]),
            "end": _int(row, "end", labels["facts.csv"]),
            "confidence": _confidence(row, labels["facts.csv"]),
            "entities": sorted(
                {entity_index[row[c]] for c in ("subject_id", "object_id") if row.get(c) in entity_index}
                | ({office_index[row["office"]]} if row.get("office") in office_index else set())
            ),
        }
        for doc in targets:
            doc.facts.append(len(facts))
            doc.entities.update(fact["entities"])
            facts.append({**fact, "doc": doc.index})
    races, has_races = _load_races(out_dir)
    return Run(doc_list, facts, entity_rows, fact_columns, total, notes, races, has_races)


def _load_races(out_dir: Path) -> tuple[list[dict], bool]:
    """races.csv with each race's candidates, or ([], False) for a run without them."""
    path, cand_path = out_dir / "races.csv", out_dir / "race_candidates.csv"
    if not path.is_file():
        return [], False
    _, rows = _read_csv(path, str(path))
    by_race: dict[str, list[dict[str, str]]] = {}
    if cand_path.is_file():
        for row in _read_csv(cand_path, str(cand_path))[1]:
            by_race.setdefault(row["race_id"], []).append(row)
    return [{"row": row, "candidates": by_race.get(row["race_id"], [])} for row in rows], True


def nest_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """Arrange mentions as a forest of marks: a mention inside another is its child.

    Order is by start, longer first, so "Springfield mayoral" (OFFICE) holds
    "Springfield" (GPE). Two mentions that overlap without one containing the
    other cannot both be marks: the earlier one wins and the later one is
    listed on its hover (`crossing`).
    """
    roots: list[Mention] = []
    stack: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        m.children, m.crossing = [], []
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if not stack:
            roots.append(m)
            stack.append(m)
        elif m.end <= stack[-1].end:
            stack[-1].children.append(m)
            stack.append(m)
        else:
            stack[-1].crossing.append(m)
    return roots


# --------------------------------------------------------------------------- rendering

_e = html.escape  # quote=True: safe in text and in double-quoted attributes


def _mention_title(row: dict[str, str]) -> str:
    """Hover text of a mark: label, canonical entity, value, rule (the text itself is visible)."""
    head = row["label"]
    if row.get("entity") or row.get("entity_id"):
        head += f" → {row.get('entity', '')} [{row.get('entity_id', '')}]"
    lines = [head]
    if row.get("value"):
        lines.append(f"value: {row['value']} {row.get('unit', '')}".rstrip())
    if row.get("rule"):
        lines.append(f"rule: {row['rule']}")
    return "\n".join(lines)


def _render_marks(text: str, roots: list[Mention]) -> str:
    """The text with mentions as nested <mark>s; the text nodes, joined, are exactly `text`.

    The label is drawn by CSS (`::after { content: attr(data-label) }`), not
    written as text, so the page can map `start`/`end` offsets onto the DOM.
    """
    out: list[str] = []

    def emit(nodes: list[Mention], pos: int, stop: int) -> None:
        for m in nodes:
            out.append(_e(text[pos : m.start]))
            title = _mention_title(m.row)
            if m.crossing:
                title += "\noverlaps: " + "; ".join(
                    f"{c.row['label']} “{text[c.start:c.end]}” ({c.row.get('rule', '')})"
                    for c in m.crossing
                )
            entity = m.row.get("entity_id", "")
            out.append(
                f'<mark data-label="{_e(m.row["label"])}"'
                + (f' data-entity="{_e(entity)}"' if entity else "")
                + f' title="{_e(title)}">'
            )
            emit(m.children, m.start, m.end)
            out.append("</mark>")
            pos = m.end
        out.append(_e(text[pos:stop]))

    emit(roots, 0, len(text))
    return "".join(out)


def _fmt_value(row: dict[str, str]) -> str:
    return f"{row.get('value', '')} {row.get('unit', '')}".strip()


def _fmt_date(row: dict[str, str]) -> str:
    date, end = row.get("date", ""), row.get("date_end", "")
    return f"{date} – {end}" if end else date


def _predicate_cell(row: dict[str, str]) -> str:
    parts = [f'<span class="pred">{_e(row["predicate"])}</span>']
    for column in ("kind", "qualifier"):
        if row.get(column):
            parts.append(f'<span class="tag">{_e(row[column])}</span>')
    if row.get("polarity") == "negative":
        parts.append('<span class="tag neg">negative</span>')
    return " ".join(parts)


def _render_fact_row(index: int, fact: dict, text: str, review_columns: list[str]) -> str:
    row = fact["row"]
    start, end = fact["start"], fact["end"]
    span_ok = start is not None and end is not None and 0 <= start < end <= len(text)
    note = ""
    if not span_ok and (start is not None or end is not None):
        note = f'<br><span class="tag neg">evidence span {start}:{end} lies outside the text</span>'
    conf = fact["confidence"]
    attrs = [
        f'data-fact="{index}"',
        f'data-fact-id="{_e(row["fact_id"])}"',
        f'data-predicate="{_e(row["predicate"])}"',
        f'data-rule="{_e(row.get("rule", ""))}"',
        f'data-confidence="{"" if conf is None else _e(row["confidence"].strip())}"',
    ]
    if span_ok:
        attrs += [f'data-start="{start}"', f'data-end="{end}"']
    cells = [
        f'<td class="fid"><code>{_e(row["fact_id"])}</code>{note}</td>',
        f"<td>{_predicate_cell(row)}</td>",
        f"<td>{_e(row.get('subject', ''))}</td>",
        f"<td>{_e(row.get('object', ''))}</td>",
        f"<td>{_e(row.get('office', ''))}</td>",
        f'<td class="num">{_e(_fmt_value(row))}</td>',
        f'<td class="date">{_e(_fmt_date(row))}</td>',
        f'<td class="num">{"" if conf is None else f"{conf:.2f}"}</td>',
        f'<td class="rule"><code>{_e(row.get("rule", ""))}</code></td>',
    ] + [f"<td>{_e(row.get(c, ''))}</td>" for c in review_columns]
    return f'<tr {" ".join(attrs)} tabindex="0">' + "".join(cells) + "</tr>"


def _render_doc(doc: Doc, run: Run, review_columns: list[str]) -> str:
    row = doc.row
    status = row.get("status", "ok") or "ok"
    meta = [
        f"{label} {_e(row[column])}"
        for column, label in (("source", "source"), ("published", "published"), ("chars", "chars"))
        if row.get(column)
    ]
    parts = [
        f'<section class="doc" id="{doc.anchor}" data-doc="{doc.index}" data-status="{_e(status)}">',
        f'<header><h2><a href="#{doc.anchor}">{_e(doc.doc_id)}</a></h2>',
        f'<span class="meta">{" · ".join(meta)}</span>',
    ]
    if status != "ok":
        parts.append(f'<span class="badge err">{_e(status)}</span>')
    parts.append("</header>")
    if status != "ok" or row.get("error"):
        parts.append(f'<p class="error-reason"><b>error:</b> {_e(row.get("error", "") or "(no reason given)")}</p>')
    for note in doc.notes:
        parts.append(f'<p class="note">{_e(note)}</p>')
    if doc.text:
        parts.append(f'<div class="text">{_render_marks(doc.text, nest_mentions(doc.mentions))}</div>')
    if doc.facts:
        head = "".join(
            f"<th>{_e(h)}</th>"
            for h in ("fact_id", "predicate", "subject", "object", "office", "value", "date",
                      "conf.", "rule", *review_columns)
        )
        body = "".join(_render_fact_row(i, run.facts[i], doc.text, review_columns) for i in doc.facts)
        parts.append(
            f'<div class="facts"><p class="fact-count" data-total="{len(doc.facts)}">'
            f"{len(doc.facts)} fact{'' if len(doc.facts) == 1 else 's'}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
        )
    elif status == "ok":
        parts.append('<p class="fact-count none">no facts</p>')
    parts.append("</section>")
    return "".join(parts)


def _render_entity(index: int, row: dict[str, str], docs: list[Doc]) -> str:
    aliases = [a for a in row.get("aliases", "").split("|") if a]
    links = "".join(
        f'<a href="#{d.anchor}">{_e(d.doc_id)}</a>' for d in docs[:ENTITY_DOC_LINKS]
    )
    if len(docs) > ENTITY_DOC_LINKS:
        links += f'<span class="more">+{len(docs) - ENTITY_DOC_LINKS} more</span>'
    label = row["label"]
    return (
        f'<tr data-entity-row="{index}" data-label="{_e(label)}">'
        f'<td><b>{_e(row["name"])}</b><br><code>{_e(row["entity_id"])}</code></td>'
        f'<td><span class="chip" data-label="{_e(label)}">{_e(label)}</span></td>'
        f'<td>{" | ".join(_e(a) for a in aliases)}</td>'
        f'<td class="num">{_e(row.get("mentions", ""))}</td>'
        f'<td class="num">{_e(row.get("documents", ""))}</td>'
        f'<td>{_e(row.get("kb_id", ""))}</td>'
        f'<td class="links">{links}'
        f' <button type="button" data-entity-filter="{index}" title="show the documents and facts of this entity">filter</button></td>'
        "</tr>"
    )


def _split(cell: str) -> list[str]:
    return [x for x in cell.split("|") if x]


def _race_evidence(run: Run, doc: Doc, office_id: str, margin: tuple[str, str] | None = None) -> str:
    """The hash that opens ``doc`` with the fact of the race selected (its margin's fact for a
    margin), or the document alone when no fact of the race is found in it."""
    for i in doc.facts:
        row = run.facts[i]["row"]
        if margin is not None:
            if row["predicate"] in MARGIN_PREDICATES and (row.get("value", ""), row.get("unit", "")) == margin:
                return f"{doc.anchor}-f{i}"
        elif office_id and office_id in (row.get("office_id"), row.get("object_id"), row.get("subject_id")):
            return f"{doc.anchor}-f{i}"
    return doc.anchor


def _render_race(index: int, race: dict, run: Run, by_doc_id: dict[str, Doc]) -> str:
    row = race["row"]
    office_id = row.get("office_id", "")

    def link(doc_id: str, text: str, margin: tuple[str, str] | None = None) -> str:
        doc = by_doc_id.get(doc_id)
        if doc is None:  # a document this page does not hold (--docs, --max-docs)
            return f'<span class="nolink">{_e(text)}</span>'
        return (f'<a href="#{_race_evidence(run, doc, office_id, margin)}" data-race-source="{index}" '
                f'title="open {_e(doc_id)} with its evidence">{_e(text)}</a>')

    margins = []
    for item in _split(row.get("margins", "")):
        stated, _, doc_id = item.rpartition("@")
        value, _, unit = stated.partition(" ")
        margins.append(f"<li>{link(doc_id, stated, (value, unit))} <span class=\"meta\">{_e(doc_id)}</span></li>")
    candidates = []
    for c in race["candidates"]:
        extra = f' <span class="meta">endorsed by {_e(", ".join(_split(c.get("endorsed_by", ""))))}</span>' \
            if c.get("endorsed_by") else ""
        figures = " · ".join(x for x in (c.get("votes", "") and f"{c['votes']} votes",
                                         c.get("share", "") and f"{c['share']}%") if x)
        candidates.append(
            f'<li><b>{_e(c["name"])}</b> <span class="outcome" data-outcome="{_e(c.get("outcome", ""))}">'
            f'{_e(c.get("outcome", "") or "ran")}</span>'
            + (f' <span class="meta">{_e(figures)}</span>' if figures else "") + f"{extra}</li>"
        )
    sources = [link(d, d) for d in _split(row.get("sources", ""))]
    conflict = row.get("conflicts", "")
    margin = f'{row.get("margin", "")} {row.get("margin_unit", "")}'.strip()
    what = " · ".join(x for x in (row.get("kind", ""), row.get("date", "")) if x)
    return (
        f'<tr data-race-row="{index}"' + (' class="conflict"' if conflict else "") + ">"
        f'<td><b>{_e(row.get("office", ""))}</b><br><span class="meta">{_e(what)}</span><br>'
        f'<code>{_e(row["race_id"])}</code></td>'
        f'<td><span class="status" data-status="{_e(row.get("status", ""))}">{_e(row.get("status", ""))}</span>'
        + ('<br><span class="tag">certified</span>' if row.get("certified") else "") + "</td>"
        f'<td>{_e(row.get("winner", ""))}</td>'
        f'<td><ul class="cands">{"".join(candidates)}</ul></td>'
        f'<td class="num">{_e(margin)}</td>'
        f'<td><ul class="margins">{"".join(margins)}</ul>'
        + (f'<p class="conflict-note">{_e(conflict)}</p>' if conflict else "") + "</td>"
        f'<td class="links"><span class="meta">{_e(row.get("documents", ""))} documents</span><br>'
        f'{" ".join(sources)}</td>'
        "</tr>"
    )


def _label_css(labels: Iterable[str]) -> str:
    rules = []
    for label in sorted(set(labels)):
        if _SAFE_LABEL.match(label):
            color = LABEL_COLORS.get(label.upper(), DEFAULT_COLOR)
            rules.append(f'mark[data-label="{label}"],.chip[data-label="{label}"]{{background:{color}}}')
    return "\n".join(rules)


def _json_for_script(value: object) -> str:
    """JSON that cannot leave its <script> element: every `<` is written `\\u003c`.

    Only `</` and `<!--` could end or derail the element, but escaping every
    `<` also keeps document text from ever appearing as markup in the file.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c")


def _asset(name: str) -> str:
    return resources.files("pipeline.tools").joinpath(_ASSETS, name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _options(counter: dict[str, int], filter_name: str, all_label: str) -> str:
    opts = [f'<option value="">{_e(all_label)}</option>']
    for value in sorted(counter):
        opts.append(
            f'<option value="{_e(value)}" data-name="{_e(value)}">{_e(value)} ({counter[value]})</option>'
        )
    return f'<select id="f-{filter_name}" data-filter="{filter_name}">' + "".join(opts) + "</select>"


def build_page(run: Run) -> str:
    """The whole review page for a loaded run, as a string."""
    # Every run writes the two columns empty: show them only once a reviewer filled one in.
    review_columns = [c for c in REVIEW_COLUMNS if c in run.fact_columns
                      and any(f["row"].get(c, "").strip() for f in run.facts)]
    entity_docs: dict[int, list[Doc]] = {}
    for doc in run.docs:  # documents in order, so each entity's list is sorted
        for e in sorted(doc.entities):
            entity_docs.setdefault(e, []).append(doc)

    predicates: dict[str, int] = {}
    rules: dict[str, int] = {}
    for fact in run.facts:
        predicates[fact["row"]["predicate"]] = predicates.get(fact["row"]["predicate"], 0) + 1
        rule = fact["row"].get("rule", "")
        rules[rule] = rules.get(rule, 0) + 1
    errors = sum(1 for d in run.docs if (d.row.get("status") or "ok") != "ok")

    entity_order = sorted(range(len(run.entities)), key=lambda i: (run.entities[i]["label"], run.entities[i]["name"].casefold(), run.entities[i]["entity_id"]))
    entity_options = "".join(
        f'<option value="{i}">{_e(run.entities[i]["name"])} · {_e(run.entities[i]["label"])}</option>'
        for i in entity_order
    )

    def fact_haystack(fact: dict) -> str:
        row = fact["row"]
        keys = ("doc_id", "fact_id", "predicate", "subject", "object", "office", "value",
                "unit", "date", "date_end", "kind", "qualifier", "rule", "evidence", *review_columns)
        return " ".join(row.get(k, "") for k in keys).casefold()

    by_doc_id: dict[str, Doc] = {}
    for doc in run.docs:
        by_doc_id.setdefault(doc.doc_id, doc)
    payload = {
        "pageSize": PAGE_SIZE,
        "entityPageSize": ENTITY_PAGE_SIZE,
        "racePageSize": RACE_PAGE_SIZE,
        "races": [
            {
                "h": _render_race(i, race, run, by_doc_id),
                "c": 1 if race["row"].get("conflicts") else 0,
                "q": " ".join(
                    [race["row"].get(k, "") for k in ("race_id", "office", "kind", "date", "status", "winner",
                                                       "conflicts", "sources")]
                    + [c.get("name", "") for c in race["candidates"]]
                ).casefold(),
            }
            for i, race in enumerate(run.races)
        ],
        "docs": [
            {
                "h": _render_doc(doc, run, review_columns),
                "q": (doc.doc_id + "\n" + doc.text).casefold(),
                "s": doc.row.get("status") or "ok",
                "e": sorted(doc.entities),
                "f": doc.facts,
            }
            for doc in run.docs
        ],
        "facts": [
            {
                "d": fact["doc"],
                "p": fact["row"]["predicate"],
                "r": fact["row"].get("rule", ""),
                "c": fact["confidence"],
                "e": fact["entities"],
                "q": fact_haystack(fact),
            }
            for fact in run.facts
        ],
        "entities": [
            {
                "h": _render_entity(i, run.entities[i], entity_docs.get(i, [])),
                "q": " ".join(
                    run.entities[i].get(k, "") for k in ("entity_id", "name", "aliases", "label", "kb_id")
                ).casefold(),
            }
            for i in entity_order
        ],
    }

    style = _asset("review.css") + "\n" + _label_css(
        [m.row["label"] for d in run.docs for m in d.mentions] + [e["label"] for e in run.entities]
    ) + "\n"
    script = _asset("review.js")
    csp = (
        "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; "
        f"style-src {_csp_hash(style)}; script-src {_csp_hash(script)}"
    )
    notes = "".join(f'<p class="note">{_e(n)}</p>' for n in run.notes)
    n_docs = len(run.docs)
    values = {
        "csp": _e(csp),
        "title": _e(f"newsfacts review · {n_docs:,} documents"),
        "style": style,
        "script": script,
        "data": _json_for_script(payload),
        "notes": notes,
        "n_docs": f"{n_docs:,}",
        "n_errors": f"{errors:,}",
        "n_facts": f"{len(run.facts):,}",
        "n_entities": f"{len(run.entities):,}",
        "n_races": f"{len(run.races):,}",
        "races_note": "" if run.has_races else
        '<p class="note">This run has no races.csv (it predates the race stage): run it again to see races.</p>',
        "predicate_select": _options(predicates, "predicate", "all predicates"),
        "rule_select": _options(rules, "rule", "all rules"),
        "entity_options": entity_options,
        "legend": "".join(
            f'<span class="chip" data-label="{_e(label)}">{_e(label)}</span>'
            for label in sorted({m.row["label"] for d in run.docs for m in d.mentions})
        ),
        "max_docs": f"{MAX_DOCS:,}",
        "page_size": str(PAGE_SIZE),
    }
    template = _asset("review.html")
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


def review(
    out_dir: str | Path,
    *,
    docs: Sequence[str] | None = None,
    output: str | Path | None = None,
    max_docs: int = MAX_DOCS,
) -> Path:
    """Write the review page of the run in `out_dir`; return its path.

    `docs` keeps only these doc_ids (in documents.csv order); `max_docs` caps
    the page, the rest being named in a note at the top. The file is written
    to a temporary name beside `output` and moved into place, so a reader
    never sees half a page.
    """
    out_dir = Path(out_dir)
    if max_docs < 1:
        raise ReviewError(f"max_docs must be at least 1, not {max_docs}")
    if not out_dir.is_dir():
        raise ReviewError(f"{out_dir} is not a directory: run `newsfacts run --out {out_dir}` first")
    page = build_page(_load(out_dir, docs, max_docs))
    target = Path(output) if output is not None else out_dir / "review.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(target, page)
    return target
