"""Running the pipeline over a corpus: shards, isolation, resume, merge.

Documents stream from the readers in input order and are cut into shards of
:data:`SHARD_SIZE`. Each shard is processed on its own (one ``nlp`` per
process, loaded once), written to part files under ``OUT/.newsfacts/parts``
and recorded in the manifest; the final CSVs are a merge of the parts in
shard order, so any engine (local, worker processes, Dask) writes the same
bytes. ``--resume`` skips the shards the manifest lists.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import os
import pickle
import shutil
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from spacy.language import Language

from .clean import clean
from .documents import DEFAULT_MAX_CHARS, Document, iter_documents
from .errors import UsageError
from .rows import (DOCUMENT_COLUMNS, ENTITY_COLUMNS, FACT_COLUMNS, MENTION_COLUMNS, DocResult, EntityTally,
                   doc_rows, entity_rows, error_result)
from .settings import Settings
from .write import AtomicCsv, write_csv

#: Documents per shard: the unit of resume, of parallel work and of a Dask task.
SHARD_SIZE = 500
#: Documents processed inside one spaCy memory zone (the vocabulary is trimmed after each).
ZONE_SIZE = 100
STATE_DIR = ".newsfacts"
PARTS = ("documents", "mentions", "facts")
COLUMNS = {"documents": DOCUMENT_COLUMNS, "mentions": MENTION_COLUMNS, "facts": FACT_COLUMNS}


@dataclass
class Summary:
    documents: int = 0
    errors: int = 0
    mentions: int = 0
    facts: int = 0
    words: int = 0
    seconds: float = 0.0
    shards: int = 0
    skipped_shards: int = 0

    def line(self) -> str:
        rate = self.words / self.seconds if self.seconds else 0.0
        return (f"{self.documents} documents ({self.documents - self.errors} ok, {self.errors} error), "
                f"{self.mentions} mentions, {self.facts} facts in {self.seconds:.1f} s ({rate:,.0f} words/s)")


def process_document(nlp: Language, document: Document) -> DocResult:
    """Clean and analyse one document; any failure becomes its error row (the run goes on)."""
    if document.error:
        return error_result(document, document.error)
    try:
        cleaned = clean(document.raw)
        doc = nlp.make_doc(cleaned.text)
        doc._.published = document.published or None
        doc = nlp(doc)
        return doc_rows(document, cleaned, doc)
    except Exception as e:  # noqa: BLE001 - isolation: one document never stops the run
        where = traceback.extract_tb(e.__traceback__)[-1]
        return error_result(document, f"{type(e).__name__}: {e} ({Path(where.filename).name}:{where.lineno})")


def process_shard(nlp: Language, documents: Sequence[Document]) -> list[DocResult]:
    """All documents of a shard, in memory zones so long runs keep a flat vocabulary."""
    results: list[DocResult] = []
    for start in range(0, len(documents), ZONE_SIZE):
        with nlp.memory_zone():
            results.extend(process_document(nlp, d) for d in documents[start:start + ZONE_SIZE])
    return results


def with_reference_date(documents: Iterable[Document], reference_date: str | None) -> Iterator[Document]:
    for d in documents:
        if reference_date and not d.published:
            d = Document(d.doc_id, d.source, d.raw, reference_date, d.url, d.encoding, d.note, d.error)
        yield d


def shards(documents: Iterable[Document], size: int = SHARD_SIZE) -> Iterator[tuple[int, list[Document]]]:
    it = iter(documents)
    for n in itertools.count():
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield n, chunk


def shard_key(documents: Sequence[Document]) -> str:
    """A fingerprint of a shard's input, so --resume never reuses parts of different input."""
    h = hashlib.sha256()
    for d in documents:
        h.update(d.doc_id.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
        h.update(hashlib.sha256(d.raw.encode("utf-8", "surrogatepass")).digest())
        h.update(d.published.encode())
    return h.hexdigest()[:16]


class ShardStore:
    """Part files and the manifest of finished shards under ``OUT/.newsfacts``."""

    def __init__(self, out_dir: Path):
        self.root = out_dir / STATE_DIR
        self.parts = self.root / "parts"
        self.manifest = self.root / "manifest.jsonl"

    def reset(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        self.parts.mkdir(parents=True, exist_ok=True)

    def finished(self) -> dict[int, str]:
        done: dict[int, str] = {}
        if not self.manifest.is_file():
            return done
        with self.manifest.open(encoding="utf-8") as f:
            for line in f:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut by a crash: that shard is simply done again
                if all(self._part(rec["shard"], p).is_file() for p in (*PARTS, "entities")):
                    done[rec["shard"]] = rec["key"]
        return done

    def _part(self, shard: int, part: str) -> Path:
        ext = "pickle" if part == "entities" else "csv"
        return self.parts / f"{shard:06d}.{part}.{ext}"

    def save(self, shard: int, key: str, results: list[DocResult]) -> None:
        write_csv(self._part(shard, "documents"), DOCUMENT_COLUMNS, (r.document for r in results))
        write_csv(self._part(shard, "mentions"), MENTION_COLUMNS, (m for r in results for m in r.mentions))
        write_csv(self._part(shard, "facts"), FACT_COLUMNS, (f for r in results for f in r.facts))
        tallies = merge_tallies(r.entities for r in results)
        tmp = self._part(shard, "entities").with_suffix(".tmp")
        with tmp.open("wb") as f:
            pickle.dump(tallies, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self._part(shard, "entities"))
        with self.manifest.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"shard": shard, "key": key, "documents": len(results)}) + "\n")
            f.flush()
            os.fsync(f.fileno())

    def merge(self, out_dir: Path, shard_ids: Sequence[int]) -> Summary:
        """The final CSVs from the parts, in shard order; each written atomically."""
        summary = Summary(shards=len(shard_ids))
        for part in PARTS:
            with AtomicCsv(out_dir / f"{part}.csv", COLUMNS[part]) as out:
                for shard in shard_ids:
                    with self._part(shard, part).open(encoding="utf-8", newline="") as f:
                        next(f)  # header
                        shutil.copyfileobj(f, out._file)
                        out._file.flush()
        tallies: dict[str, EntityTally] = {}
        for shard in shard_ids:
            with self._part(shard, "entities").open("rb") as f:
                _merge_into(tallies, pickle.load(f))
        write_csv(out_dir / "entities.csv", ENTITY_COLUMNS, entity_rows(tallies))
        return summary


def merge_tallies(many: Iterable[dict[str, EntityTally]]) -> dict[str, EntityTally]:
    out: dict[str, EntityTally] = {}
    for tallies in many:
        _merge_into(out, tallies)
    return out


def _merge_into(out: dict[str, EntityTally], tallies: dict[str, EntityTally]) -> None:
    for eid, t in tallies.items():
        if eid in out:
            out[eid].merge(t)
        else:
            out[eid] = EntityTally(t.label, t.names.copy(), set(t.aliases), t.mentions, t.documents, t.kb_id)


@dataclass
class RunOptions:
    inputs: Sequence[str | Path]
    out_dir: Path
    settings: Settings = field(default_factory=Settings)
    resume: bool = False
    max_chars: int = DEFAULT_MAX_CHARS
    shard_size: int = SHARD_SIZE
    progress: Callable[[int, int], None] | None = None  # (documents done, words done)


def prepare_output(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f".write-test-{os.getpid()}"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as e:
        raise UsageError(f"--out {out_dir}: cannot write there ({e.strerror or e})") from None
    return out_dir


def run(options: RunOptions, nlp: Language | None = None) -> Summary:
    """Process every input document into ``out_dir``'s four CSVs; returns the summary."""
    from .nlp import build

    started = time.perf_counter()
    out_dir = prepare_output(options.out_dir)
    documents = with_reference_date(
        iter_documents(options.inputs, reference_date=options.settings.reference_date, max_chars=options.max_chars),
        options.settings.reference_date,
    )
    store = ShardStore(out_dir)
    done = store.finished() if options.resume else {}
    if not options.resume:
        store.reset()
    store.parts.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    shard_ids: list[int] = []
    for shard, docs in shards(documents, options.shard_size):
        key = shard_key(docs)
        shard_ids.append(shard)
        if done.get(shard) == key:
            summary.skipped_shards += 1
            continue
        if nlp is None:
            nlp = build(options.settings.models, ner_model=options.settings.ner_model)
        results = process_shard(nlp, docs)
        store.save(shard, key, results)
        _count(summary, results)
        if options.progress:
            options.progress(len(results), sum(r.document[5] for r in results))
    merged = store.merge(out_dir, shard_ids)
    summary.shards = merged.shards
    _recount(summary, out_dir)
    summary.seconds = time.perf_counter() - started
    return summary


def _count(summary: Summary, results: list[DocResult]) -> None:
    for r in results:
        summary.words += len(r.document[6].split())


def _recount(summary: Summary, out_dir: Path) -> None:
    """Totals from the merged files, so a resumed run reports the whole output."""
    import csv

    summary.documents = summary.errors = 0
    with (out_dir / "documents.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            summary.documents += 1
            summary.errors += row[3] == "error"
    for part in ("mentions", "facts"):
        with (out_dir / f"{part}.csv").open(encoding="utf-8", newline="") as f:
            n = sum(1 for _ in csv.reader(f)) - 1
        setattr(summary, part, n)
