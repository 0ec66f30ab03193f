"""Running the pipeline over a corpus: shards, engines, resume, merge, progress.

Documents stream from the readers in input order and are cut into shards of
:data:`SHARD_SIZE`. One shard is one unit of work for every engine: a worker
(the parent itself, a process of a pool, or a Dask worker) runs
:func:`run_shard` on it, which processes its documents with that worker's
pipeline (built once per worker), writes the part files under
``OUT/.newsfacts/parts`` and returns only a small :class:`ShardDone`. The
parent keeps at most a few shards in flight (memory stays flat however long
the input), records finished shards in the manifest in shard order, and
merges the parts in shard order into the six CSVs, so every engine and every
worker count writes the same bytes. ``--resume`` skips the shards the
manifest lists whose key (:func:`shard_key`: the input, and the models, `--ner-model`
and settings of :func:`run_fingerprint`) is unchanged. Part files are data only
(CSV, JSON lines), checked when read: a part that is not what this program writes
is done again on resume, never executed.

Engines::

    local, --workers 1    in this process (the default)
    local, --workers N    a process pool (forkserver, else spawn); each worker
                          builds the pipeline once, in its initializer
    dask                  Dask tasks on a LocalCluster of N worker processes,
                          or on the cluster at --scheduler; the pipeline is
                          built once per worker (preloaded on every worker,
                          then kept in a per-process cache)
"""
from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import shutil
import sys
import threading
import time
import traceback
import weakref
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from spacy.language import Language

from .deadline import DEFAULT_SECONDS_PER_10K, DocTimeout, budget, time_limit
from ..io.documents import (DEFAULT_MAX_CHARS, Document, SqliteIdRegistry, count_documents, describe_skipped,
                        iter_documents)
from ..errors import NewsfactsError, PartError, UsageError
from ..io.maincontent import prepare
from . import races as race_stage
from ..nlp.components.common import remember_text
from .outlock import locked
from .rows import DocResult, EntityTally, doc_rows, entity_rows, error_result
from ..settings import DEFAULT_MODELS, Settings, models_folder
from ..io.tables import (DOCUMENT_COLUMNS, ENTITY_COLUMNS, FACT_COLUMNS, MENTION_COLUMNS, RACE_COLUMNS, CANDIDATE_COLUMNS,
                     TABLES, AtomicCsv, atomic_write, write_csv)
from ..io.write import commit_all

#: Documents per shard: the unit of resume, of parallel work and of a Dask task.
SHARD_SIZE = 500
#: Documents processed inside one spaCy memory zone (the vocabulary is trimmed after each). Each zone starts
#: with the tokenizer's cache of the warm documents only (see WARM_DOCS), so fewer, larger zones tokenize
#: faster: 12k news paragraphs took 1.9 s to tokenize in zones of 100 and 1.35 s in zones of 500, the
#: same as with no zone (1.3 s); the strings a zone adds stay bounded by its 500 documents.
ZONE_SIZE = 500
#: The first documents a pipeline processes run outside any memory zone, so that the
#: tokenizer keeps their words cached for its lifetime. Inside a zone every cache entry is
#: dropped when the zone closes, so without this each zone starts cold and ``make_doc`` runs
#: ~3x slower (measured: 117k → 320k tokens/s; 5.7 of 19 s over 12k news paragraphs). The
#: cost is a one-off, bounded vocabulary (~13k strings for 2,000 news paragraphs); it
#: never changes a token.
WARM_DOCS = 2000
#: Shards in flight per worker: enough to keep every worker busy while the parent reads
#: and records, few enough that memory does not depend on the size of the input.
IN_FLIGHT_PER_WORKER = 2
#: Documents between two progress updates of the in-process engine: a small run still moves.
PROGRESS_BATCH = 10
ENGINES = ("local", "dask")
#: Most worker processes a run may ask for (each loads a pipeline; far more than any machine runs).
MAX_WORKERS = 1024
STATE_DIR = ".newsfacts"
PARTS = ("documents", "mentions", "facts")
COLUMNS = {part: TABLES[part]._fields for part in PARTS}
_COUNTS = ("documents", "errors", "mentions", "facts")


@dataclass
class Summary:
    documents: int = 0
    errors: int = 0
    mentions: int = 0
    facts: int = 0
    words: int = 0  # words of the documents processed in this run (not of skipped shards)
    seconds: float = 0.0
    shards: int = 0
    skipped_shards: int = 0
    vocab_strings: int = 0  # largest ``len(nlp.vocab.strings)`` a worker reported after a shard
    worker_peak_rss: int = 0  # bytes: the largest peak RSS a worker reported
    worker_cpu: dict = field(default_factory=dict)  # worker pid → CPU seconds it reported last
    startup: float = 0.0  # seconds before the first document was processed (loading the pipeline, workers)

    def line(self) -> str:
        """The summary line; the rate leaves start-up out, which dominates a small run."""
        busy = self.seconds - self.startup
        rate = self.words / busy if busy > 0 else 0.0
        startup = f"start-up {self.startup:.1f} s, " if self.startup >= 0.05 else ""
        return (f"{self.documents} documents ({self.documents - self.errors} ok, {self.errors} error), "
                f"{self.mentions} mentions, {self.facts} facts in {self.seconds:.1f} s "
                f"({startup}{rate:,.0f} words/s)")


# --------------------------------------------------------------------------
# one document, one shard
# --------------------------------------------------------------------------

def process_document(nlp: Language, document: Document, html: str = "main",
                     doc_timeout: float | None = DEFAULT_SECONDS_PER_10K) -> DocResult:
    """Clean and analyse one document; any failure becomes its error row (the run goes on).

    ``html`` is ``--html``: ``main`` reads a whole page's article, ``all`` every text (see maincontent).
    ``doc_timeout`` is the time budget in seconds per 10,000 characters (``None``: no limit);
    a document that spends it is interrupted and becomes an error row (see :mod:`.deadline`).
    """
    if document.error:
        return error_result(document, document.error)
    seconds = budget(len(document.raw), doc_timeout)
    try:
        with time_limit(seconds):
            page, doc, document = prepare(nlp, document, html)
            remember_text(doc, page.cleaned.text)  # the Doc's text: the stages need not join its tokens again
            doc = nlp(doc)
            return doc_rows(document, page.cleaned, doc)
    except DocTimeout:
        return error_result(document, f"timed out after {seconds:.1f} s (--doc-timeout {doc_timeout:g} s per "
                                      f"10,000 characters; {len(document.raw):,} characters)")
    except Exception as e:  # noqa: BLE001 - isolation: one document never stops the run
        where = traceback.extract_tb(e.__traceback__)[-1]
        return error_result(document, f"{type(e).__name__}: {e} ({Path(where.filename).name}:{where.lineno})")


#: Documents each pipeline has processed outside a memory zone (see WARM_DOCS).
_warmed: "weakref.WeakKeyDictionary[Language, int]" = weakref.WeakKeyDictionary()


#: A progress callback: (documents done, words done) since the last call.
Progress = Callable[[int, int], None]


def _batches(nlp: Language, documents: Sequence[Document], progress: Progress | None, html: str,
             doc_timeout: float | None = DEFAULT_SECONDS_PER_10K) -> list[DocResult]:
    """Process ``documents``, reporting to ``progress`` every :data:`PROGRESS_BATCH` documents."""
    if progress is None:
        return [process_document(nlp, d, html, doc_timeout) for d in documents]
    results: list[DocResult] = []
    for start in range(0, len(documents), PROGRESS_BATCH):
        batch = [process_document(nlp, d, html, doc_timeout) for d in documents[start:start + PROGRESS_BATCH]]
        results.extend(batch)
        progress(len(batch), sum(_words(r) for r in batch))
    return results


def _words(result: DocResult) -> int:
    return len(result.document.text.split())


@contextlib.contextmanager
def _heap_frozen() -> Iterator[None]:
    """The objects alive before it (the pipeline: KB, lexicons, matchers, ~10^5 of them) are left out of the
    cyclic garbage collector's passes inside it, and given back after: every full pass walked them all, for
    nothing (measured: the collector's CPU over 4,300 news items 1.0 -> 0.6 s). Left alone when the process
    froze its heap itself (``gc.freeze`` before forking workers): unfreezing would undo that."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def process_shard(nlp: Language, documents: Sequence[Document], progress: Progress | None = None,
                  html: str = "main", doc_timeout: float | None = DEFAULT_SECONDS_PER_10K) -> list[DocResult]:
    """All documents of a shard, in memory zones so long runs keep a flat vocabulary."""
    with _heap_frozen():
        return _process_shard(nlp, documents, progress, html, doc_timeout)


def _process_shard(nlp: Language, documents: Sequence[Document], progress: Progress | None,
                   html: str, doc_timeout: float | None) -> list[DocResult]:
    warm = max(0, min(WARM_DOCS - _warmed.get(nlp, 0), len(documents)))
    results = _batches(nlp, documents[:warm], progress, html, doc_timeout)
    if warm:
        _warmed[nlp] = _warmed.get(nlp, 0) + warm
    for start in range(warm, len(documents), ZONE_SIZE):
        with nlp.memory_zone():
            results.extend(_batches(nlp, documents[start:start + ZONE_SIZE], progress, html, doc_timeout))
    return results


@dataclass(frozen=True)
class ShardTask:
    """Everything a worker needs for one shard; paths are absolute so any worker can reach them."""

    shard: int
    key: str
    documents: tuple[Document, ...]
    parts_dir: str
    models: str
    ner_model: str | None = None
    models_version: str = ""  # models_version(models): a worker rebuilds when the files changed
    html: str = "main"  # --html: what of a whole web page is read
    doc_timeout: float | None = DEFAULT_SECONDS_PER_10K  # seconds per 10,000 characters; None: no limit


@dataclass(frozen=True)
class ShardDone:
    """What a worker sends back: counts, never rows."""

    shard: int
    key: str
    documents: int
    errors: int
    mentions: int
    facts: int
    words: int
    vocab_strings: int
    peak_rss: int  # bytes, of the worker process
    pid: int = 0  # the worker process, and the CPU seconds it has used so far
    cpu_seconds: float = 0.0
    seconds: float = 0.0  # wall time the shard's documents took (not building the pipeline)

    def record(self) -> dict:
        return {"shard": self.shard, "key": self.key, "documents": self.documents, "errors": self.errors,
                "mentions": self.mentions, "facts": self.facts}


def run_shard(task: ShardTask, nlp: Language | None = None, progress: Progress | None = None) -> ShardDone:
    """Process one shard and write its part files; the function every engine runs.

    ``progress`` (in-process only) hears of every batch of documents as it is done.
    """
    results, seconds, strings = analyse_shard(task, nlp, progress)
    return shard_written(task, results, seconds, strings)


def analyse_shard(task: ShardTask, nlp: Language | None = None,
                  progress: Progress | None = None) -> tuple[list[DocResult], float, int]:
    """The first half of :func:`run_shard`: the shard's results, the seconds they took, the vocab's size."""
    own = checkout_pipeline(task.models, task.ner_model, task.models_version) if nlp is None else None
    with own or contextlib.nullcontext(nlp) as nlp:
        began = time.perf_counter()
        results = process_shard(nlp, task.documents, progress, task.html, task.doc_timeout)
        return results, time.perf_counter() - began, len(nlp.vocab.strings)


def shard_written(task: ShardTask, results: list[DocResult], seconds: float, strings: int) -> ShardDone:
    """The second half of :func:`run_shard`: the shard's parts written (durably), its :class:`ShardDone`."""
    write_parts(Path(task.parts_dir), task.shard, results, task.models)
    return ShardDone(
        shard=task.shard, key=task.key, documents=len(results), errors=sum(not r.ok for r in results),
        mentions=sum(len(r.mentions) for r in results), facts=sum(len(r.facts) for r in results),
        words=sum(_words(r) for r in results), vocab_strings=strings, peak_rss=_peak_rss(),
        pid=os.getpid(), cpu_seconds=time.process_time(), seconds=seconds,
    )


def _peak_rss() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


# --------------------------------------------------------------------------
# one pipeline per worker
# --------------------------------------------------------------------------

#: Idle pipelines of this process by (models folder, NER model). A task checks one out
#: and returns it, so a worker builds one pipeline per thread that runs tasks at the same
#: time (one with ``--workers``, or a Dask worker with one thread), never one per task,
#: and no two threads ever share a pipeline (memory zones are not thread-safe).
_IDLE: dict[tuple[str, str | None, str], list[Language]] = {}
_IDLE_LOCK = threading.Lock()


def models_version(models: str | Path) -> str:
    """A fingerprint of a models folder (names, sizes, modification times), so a long-lived
    worker never keeps using a pipeline built from files that have since changed."""
    h = hashlib.sha256()
    root = Path(models)
    for path in sorted(root.rglob("*")):
        if path.is_file():
            st = path.stat()
            h.update(f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


@contextlib.contextmanager
def checkout_pipeline(models: str | Path, ner_model: str | None = None, version: str = "") -> Iterator[Language]:
    """A pipeline of this process for the models folder, built on first use and kept for later tasks."""
    key = (str(Path(models).resolve()), ner_model, version or models_version(models))
    with _IDLE_LOCK:
        for stale in [k for k in _IDLE if k[:2] == key[:2] and k != key]:
            del _IDLE[stale]  # built from files that have changed since
        idle = _IDLE.setdefault(key, [])
        nlp = idle.pop() if idle else None
    if nlp is None:
        from ..nlp.language import build

        nlp = build(key[0], ner_model=ner_model)
    try:
        yield nlp
    finally:
        with _IDLE_LOCK:
            _IDLE.setdefault(key, []).append(nlp)


def forget_pipelines(under: str | Path) -> None:
    """Drop the idle pipelines built from models folders inside ``under`` (a temporary folder that is
    about to be deleted: nothing will ask for them again)."""
    root = Path(under).resolve()
    with _IDLE_LOCK:
        for key in [k for k in _IDLE if Path(k[0]).is_relative_to(root)]:
            del _IDLE[key]


def preload_pipeline(models: str | Path, ner_model: str | None = None, version: str = "") -> None:
    """Build this process's pipeline now (a worker's start-up), unless one is already idle.

    An error is not raised here: the first task builds again and reports it as
    its own failure, with the library's message, instead of a broken pool.
    """
    with contextlib.suppress(Exception), checkout_pipeline(models, ner_model, version):
        pass


# --------------------------------------------------------------------------
# part files and the manifest
# --------------------------------------------------------------------------

def _part_path(parts: Path, shard: int, part: str) -> Path:
    ext = {"entities": "jsonl", "races": "json"}.get(part, "csv")
    return parts / f"{shard:06d}.{part}.{ext}"


#: ``json.dumps(value, ensure_ascii=False)`` and ``json.dumps(value, sort_keys=True)``: one encoder each (json.dumps
#: with an option builds an encoder per call, and every entity of every shard and every member of a set is encoded).
_TALLY_JSON = json.JSONEncoder(ensure_ascii=False).encode
_SORT_JSON = json.JSONEncoder(sort_keys=True).encode


def write_entities_part(path: Path, packed: dict[str, list]) -> None:
    """Entity tallies as JSON lines (data only: reading a part can never run code), written atomically."""
    with atomic_write(path) as f:
        for eid in sorted(packed):
            label, names, aliases, mentions, documents, kb_id = packed[eid]
            f.write(_TALLY_JSON([eid, label, names, sorted(aliases), mentions, documents, kb_id]) + "\n")


def read_entities_part(path: Path) -> dict[str, list]:
    """The tallies of an entities part, every record checked; :class:`PartError` names the line."""
    packed: dict[str, list] = {}
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except ValueError:
                raise PartError(f"{path}:{n}: not JSON") from None
            if not (isinstance(rec, list) and len(rec) == 7 and isinstance(rec[0], str) and rec[0]
                    and isinstance(rec[1], str) and isinstance(rec[2], dict)
                    and all(isinstance(k, str) and _count(v) for k, v in rec[2].items())
                    and isinstance(rec[3], list) and all(isinstance(a, str) for a in rec[3])
                    and _count(rec[4]) and _count(rec[5]) and (rec[6] is None or isinstance(rec[6], str))
                    and rec[0] not in packed):
                raise PartError(f"{path}:{n}: not an entity tally of this program")
            packed[rec[0]] = [rec[1], rec[2], set(rec[3]), rec[4], rec[5], rec[6]]
    return packed


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_csv_part(path: Path, columns: Sequence[str]) -> None:
    """A CSV part starts with the header this program writes (its rows are copied verbatim)."""
    with Path(path).open(encoding="utf-8", newline="") as f:
        header = f.readline()
    if header != ",".join(columns) + "\n":
        raise PartError(f"{path}: not a part of this program (header {header[:80]!r})")


def _plain(value: object) -> object:
    """Plain values (dicts with any plain keys, tuples, sets, lists, scalars) as JSON, tagged so
    that :func:`_unplain` gives back the same types, and nothing else: a part is data, never code."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dict):
        return {"d": [[_plain(k), _plain(v)] for k, v in value.items()]}
    if isinstance(value, tuple):
        return {"t": [_plain(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"s": sorted((_plain(v) for v in value), key=_SORT_JSON)}
    if isinstance(value, list):
        return {"l": [_plain(v) for v in value]}
    raise TypeError(f"not a plain value: {type(value).__name__}")


def _unplain(value: object, where: Path) -> object:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dict) and len(value) == 1:
        (tag, items), = value.items()
        if isinstance(items, list):
            if tag == "d" and all(isinstance(kv, list) and len(kv) == 2 for kv in items):
                out = {}
                for k, v in items:
                    key = _unplain(k, where)
                    if isinstance(key, (dict, list, set)):
                        raise PartError(f"{where}: a key that is not hashable")
                    out[key] = _unplain(v, where)
                return out
            if tag in ("t", "s", "l"):
                values = [_unplain(v, where) for v in items]
                if tag == "t":
                    return tuple(values)
                if tag == "s":
                    if any(isinstance(v, (dict, list, set)) for v in values):
                        raise PartError(f"{where}: a set member that is not hashable")
                    return set(values)
                return values
    raise PartError(f"{where}: not a part of this program")


def write_plain_part(path: Path, data: object) -> None:
    """A part of plain values as one JSON document (see :func:`_plain`), written atomically."""
    with atomic_write(path) as f:
        f.write(json.dumps(_plain(data), ensure_ascii=False))


def read_plain_part(path: Path) -> object:
    try:
        return _unplain(json.loads(Path(path).read_text(encoding="utf-8")), Path(path))
    except (ValueError, RecursionError):
        raise PartError(f"{path}: not JSON of this program") from None


def read_races_part(path: Path) -> dict:
    data = read_plain_part(path)
    if not isinstance(data, dict) or not all(isinstance(k, tuple) and isinstance(v, dict) for k, v in data.items()):
        raise PartError(f"{path}: not the partial races of this program")
    return data


def write_parts(parts: Path, shard: int, results: list[DocResult], models: str | Path | None = None) -> None:
    """A shard's three CSV parts, its entity tallies and partial races, each written atomically."""
    write_csv(_part_path(parts, shard, "documents"), DOCUMENT_COLUMNS, (r.document for r in results))
    write_csv(_part_path(parts, shard, "mentions"), MENTION_COLUMNS, (m for r in results for m in r.mentions))
    write_csv(_part_path(parts, shard, "facts"), FACT_COLUMNS, (f for r in results for f in r.facts))
    packed: dict[str, list] = {}
    for r in results:
        _pack_into(packed, r.entities)
    write_entities_part(_part_path(parts, shard, "entities"), packed)
    rules = race_stage.load_rules(models or DEFAULT_MODELS)
    write_plain_part(_part_path(parts, shard, "races"), race_stage.shard_partials(rules, shard, results))


#: A packed tally: [label, {name: count}, {alias}, mentions, documents, kb_id]. Plain dicts and
#: lists, because copying and pickling a ``Counter`` per entity cost ~10% of a run (profiled).
_LABEL, _NAMES, _ALIASES, _MENTIONS, _DOCUMENTS, _KB_ID = range(6)


def _pack_into(packed: dict[str, list], tallies: dict) -> None:
    """Add tallies (EntityTally values, or packed lists) to ``packed``; never aliases its inputs."""
    for eid, t in tallies.items():
        if isinstance(t, EntityTally):
            t = [t.label, t.names, t.aliases, t.mentions, t.documents, t.kb_id]
        mine = packed.get(eid)
        if mine is None:
            packed[eid] = [t[_LABEL], dict(t[_NAMES]), set(t[_ALIASES]), t[_MENTIONS], t[_DOCUMENTS], t[_KB_ID]]
            continue
        names = mine[_NAMES]
        for name, n in t[_NAMES].items():
            names[name] = names.get(name, 0) + n
        mine[_ALIASES].update(t[_ALIASES])
        mine[_MENTIONS] += t[_MENTIONS]
        mine[_DOCUMENTS] += t[_DOCUMENTS]
        mine[_KB_ID] = mine[_KB_ID] or t[_KB_ID]


def _unpack(packed: dict[str, list]) -> dict[str, EntityTally]:
    return {eid: EntityTally(label, Counter(names), aliases, mentions, documents, kb_id)
            for eid, (label, names, aliases, mentions, documents, kb_id) in packed.items()}


class ShardStore:
    """Part files and the manifest of finished shards under ``OUT/.newsfacts``."""

    def __init__(self, out_dir: Path):
        self.root = Path(out_dir) / STATE_DIR
        self.parts = self.root / "parts"
        self.manifest = self.root / "manifest.jsonl"

    def reset(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        self.parts.mkdir(parents=True, exist_ok=True)

    def finished(self) -> dict[int, dict]:
        """Manifest records (shard → record) of the shards whose parts are all there."""
        done: dict[int, dict] = {}
        if not self.manifest.is_file():
            return done
        with self.manifest.open(encoding="utf-8") as f:
            for line in f:
                try:
                    rec = json.loads(line)
                    shard = rec["shard"]
                    complete = all(isinstance(rec[k], int) for k in _COUNTS) and isinstance(rec["key"], str)
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # a line cut by a crash (or an older format): that shard is simply done again
                if complete and all(self._part(shard, p).is_file() for p in (*PARTS, "entities", "races")) \
                        and self.valid(shard):
                    done[shard] = rec
        return done

    def valid(self, shard: int) -> bool:
        """The shard's parts read as this program writes them (else --resume does the shard again)."""
        try:
            for part in PARTS:
                _check_csv_part(self._part(shard, part), COLUMNS[part])
            read_entities_part(self._part(shard, "entities"))
            read_races_part(self._part(shard, "races"))
        except (PartError, OSError, UnicodeDecodeError):
            return False
        return True

    def _part(self, shard: int, part: str) -> Path:
        return _part_path(self.parts, shard, part)

    def record(self, done: ShardDone) -> None:
        """Add a finished shard to the manifest (after its parts are in place)."""
        with self.manifest.open("a", encoding="utf-8") as f:
            f.write(json.dumps(done.record()) + "\n")
            f.flush()
            os.fsync(f.fileno())

    def merge(self, out_dir: Path, shard_ids: Sequence[int], models: str | Path | None = None) -> None:
        """The six CSVs from the parts, in shard order, committed as one set (``commit_all``: a new
        generation folder, then one atomic switch of ``OUT/CURRENT``): a crash at any step leaves the
        previous set, never a mix. Every part is checked first (:class:`PartError`). Entities and
        races are reduces of per-shard summaries: memory grows with entities and races, not rows."""
        files: list[AtomicCsv] = []
        try:
            for part in PARTS:
                files.append(AtomicCsv(out_dir / f"{part}.csv", COLUMNS[part]))
                for shard in shard_ids:
                    _check_csv_part(self._part(shard, part), COLUMNS[part])
                    files[-1].append_body(self._part(shard, part))
            packed: dict[str, list] = {}  # one entry per entity of the corpus, never per document
            for shard in shard_ids:
                _pack_into(packed, read_entities_part(self._part(shard, "entities")))
            files.append(AtomicCsv(out_dir / "entities.csv", ENTITY_COLUMNS))
            files[-1].write_many(entity_rows(_unpack(packed)))
            del packed
            partials: dict = {}  # one entry per race key of the corpus, never per fact
            for shard in shard_ids:
                race_stage.merge_partials(partials, read_races_part(self._part(shard, "races")))
            race_rows, candidate_rows = race_stage.reduce_races(race_stage.load_rules(models or DEFAULT_MODELS),
                                                                partials)
            files.append(AtomicCsv(out_dir / "races.csv", RACE_COLUMNS))
            files[-1].write_many(race_rows)
            files.append(AtomicCsv(out_dir / "race_candidates.csv", CANDIDATE_COLUMNS))
            files[-1].write_many(candidate_rows)
            commit_all(files)
        except BaseException:
            for f in files:
                f.abort()
            raise


def merge_tallies(many: Iterable[dict[str, EntityTally]]) -> dict[str, EntityTally]:
    packed: dict[str, list] = {}
    for tallies in many:
        _pack_into(packed, tallies)
    return _unpack(packed)


# --------------------------------------------------------------------------
# engines: where run_shard runs
# --------------------------------------------------------------------------

class _Engine:
    """Runs shard tasks with at most ``limit`` in flight; results come back in submission order."""

    limit = 1

    def __init__(self) -> None:
        self._pending: deque = deque()

    def submit(self, task: ShardTask) -> Iterator[ShardDone]:
        """Start ``task``; yields the oldest results while the in-flight bound is reached."""
        self._pending.append(self._start(task))
        while len(self._pending) >= self.limit:
            yield self._result(self._pending.popleft())

    def drain(self) -> Iterator[ShardDone]:
        while self._pending:
            yield self._result(self._pending.popleft())

    def _start(self, task: ShardTask):
        raise NotImplementedError

    def _result(self, handle) -> ShardDone:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> "_Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _InProcess(_Engine):
    """In this process; a shard's parts are written by a thread of their own while the next shard is
    analysed: writing them waits on the disk (an fsync per file and folder, ~5-10 ms each, ~11 per shard)
    and that wait releases the interpreter. Given ``record`` (:meth:`ShardStore.record`, whose fsync waits on
    the disk too), the same thread records each shard once its parts are on disk: one thread, so in shard
    order, and none after a shard whose write or record failed (:meth:`_result` raises that failure)."""

    limit = 2  # the shard being analysed and the one being written

    def __init__(self, nlp: Language | None, progress: Progress | None = None,
                 record: Callable[[ShardDone], None] | None = None):
        super().__init__()
        self.nlp = nlp
        self.progress = progress  # told per batch of documents, so ShardDone is not reported again
        self.record = record
        self._failed = False  # a shard's write or record failed: no later shard is recorded
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsfacts-parts")

    def _start(self, task: ShardTask) -> Future:
        return self.writer.submit(self._write, task, *analyse_shard(task, self.nlp, self.progress))

    def _write(self, task: ShardTask, results: list[DocResult], seconds: float, strings: int) -> ShardDone:
        try:
            done = shard_written(task, results, seconds, strings)
            if self.record is not None and not self._failed:
                self.record(done)
        except BaseException:
            self._failed = True
            raise
        return done

    def _result(self, handle: Future) -> ShardDone:
        return handle.result()

    def close(self) -> None:
        self.writer.shutdown(wait=True)  # a failed run still finishes (or fails) the part being written


def _mp_context():
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        # Import spaCy and the components once, in the fork server; each worker forks from it.
        ctx.set_forkserver_preload(["pipeline.nlp.language", "pipeline.runner.engine"])
    return ctx


class _Pool(_Engine):
    """Worker processes; each builds its pipeline once (initializer) and writes its own parts."""

    def __init__(self, workers: int, models: str, ner_model: str | None, version: str):
        super().__init__()
        self.limit = workers * IN_FLIGHT_PER_WORKER
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context(),
                                            initializer=preload_pipeline, initargs=(models, ner_model, version))

    def _start(self, task: ShardTask):
        return self.executor.submit(run_shard, task)

    def _result(self, handle) -> ShardDone:
        try:
            return handle.result()
        except BrokenProcessPool:
            raise NewsfactsError("a worker process died (killed, or out of memory?); --resume continues from the "
                                 "finished shards") from None

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


class _Dask(_Engine):
    def __init__(self, workers: int, scheduler: str | None, models: str, ner_model: str | None, version: str):
        super().__init__()
        try:
            import logging

            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError("--engine dask needs dask.distributed: pip install newsfacts[dask]") from None
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="30s")
            else:
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as e:
            if self.cluster is not None:
                self.cluster.close()
            raise UsageError(f"--scheduler {scheduler}: cannot connect ({e})") from None
        # Build each worker's pipeline now, once; a worker that joins later builds it on its first task.
        self.client.run(preload_pipeline, models, ner_model, version)
        threads = sum(self.client.nthreads().values()) or workers
        self.limit = max(2, threads * IN_FLIGHT_PER_WORKER)

    def _start(self, task: ShardTask):
        # Scatter first: the documents go straight to a worker, not through the scheduler's graph.
        data = self.client.scatter(task, hash=False)
        return self.client.submit(run_shard, data, key=f"newsfacts-shard-{task.shard}-{task.key}", pure=False)

    def _result(self, handle) -> ShardDone:
        return handle.result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# --------------------------------------------------------------------------
# a run
# --------------------------------------------------------------------------

def with_reference_date(documents: Iterable[Document], reference_date: str | None) -> Iterator[Document]:
    """Documents with ``reference_date`` set (their ``published`` stays what the source said)."""
    for d in documents:
        if reference_date and d.reference_date != reference_date:
            d = dataclasses.replace(d, reference_date=reference_date)
        yield d


def shards(documents: Iterable[Document], size: int = SHARD_SIZE) -> Iterator[tuple[int, list[Document]]]:
    it = iter(documents)
    for n in itertools.count():
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield n, chunk


def shard_key(documents: Sequence[Document], fingerprint: str = "") -> str:
    """A fingerprint of a shard's input and of the run's :func:`run_fingerprint`, so --resume
    never reuses parts of different input, models or settings."""
    h = hashlib.sha256()
    h.update(fingerprint.encode())
    for d in documents:
        h.update(d.doc_id.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
        h.update(hashlib.sha256(d.raw.encode("utf-8", "surrogatepass")).digest())
        h.update(d.published.encode())
        h.update(d.reference_date.encode())
    return h.hexdigest()[:16]


def shard_key_for(documents: Sequence[Document], html: str, fingerprint: str = "") -> str:
    """:func:`shard_key` of a shard read with ``--html html`` (the default keeps the old keys)."""
    key = shard_key(documents, fingerprint)
    return key if html == "main" else hashlib.sha256(f"{key}\0{html}".encode()).hexdigest()[:16]


@dataclass
class RunOptions:
    inputs: Sequence[str | Path]
    out_dir: Path
    settings: Settings = field(default_factory=Settings)
    resume: bool = False
    max_chars: int = DEFAULT_MAX_CHARS
    shard_size: int = SHARD_SIZE
    progress: Progress | None = None  # (documents done, words done): per batch in-process, else per shard
    total: Callable[[int], None] | None = None  # told the number of documents, once counted
    workers: int = 1
    engine: str = "local"  # one of ENGINES
    scheduler: str | None = None  # tcp://HOST:PORT of a running Dask scheduler (engine "dask")
    doc_timeout: float | None = DEFAULT_SECONDS_PER_10K  # seconds per 10,000 characters; None or 0: no limit

    def validate(self) -> None:
        if self.engine not in ENGINES:
            raise UsageError(f"--engine {self.engine}: expected one of {', '.join(ENGINES)}")
        if not isinstance(self.workers, int) or not 1 <= self.workers <= MAX_WORKERS:
            raise UsageError(f"--workers {self.workers}: expected a whole number from 1 to {MAX_WORKERS}")
        if self.scheduler and self.engine != "dask":
            raise UsageError("--scheduler needs --engine dask")
        if self.doc_timeout is not None and not (isinstance(self.doc_timeout, (int, float))
                                                 and 0 <= self.doc_timeout < float("inf")):
            raise UsageError(f"--doc-timeout {self.doc_timeout}: expected seconds ≥ 0 (0: no limit)")
        if self.shard_size < 1:
            raise UsageError(f"shard size {self.shard_size}: expected ≥ 1")


def _content_hash(root: Path) -> str:
    """Names and bytes of every file under ``root`` (a file's bytes, or a folder's files)."""
    h = hashlib.sha256()
    paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    for path in paths:
        h.update(path.relative_to(root).as_posix().encode() if path != root else b"")
        h.update(b"\0")
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        h.update(b"\0")
    return h.hexdigest()


def run_fingerprint(models: str | Path, ner_model: str | None, settings: dict) -> str:
    """What besides the input decides a shard's rows: the models folder's content, the
    ``--ner-model`` (a folder's content, or an installed package's name and version) and the
    settings. Part of every shard key, so --resume after any change of these redoes the shards."""
    h = hashlib.sha256(_content_hash(Path(models)).encode())
    if ner_model:
        where = Path(ner_model)
        if where.exists():
            h.update(b"ner-path\0" + _content_hash(where).encode())
        else:
            from importlib import metadata

            try:
                version = metadata.version(ner_model)
            except metadata.PackageNotFoundError:
                version = "?"
            h.update(f"ner-package\0{ner_model}\0{version}".encode())
    h.update(json.dumps(settings, sort_keys=True, default=str).encode())
    return h.hexdigest()[:16]


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


def _engine(options: RunOptions, nlp: Language | None, models: str, version: str,
            progress: Progress | None = None, record: Callable[[ShardDone], None] | None = None) -> _Engine:
    """The run's engine; ``record`` (in-process only) records each finished shard as its parts are written."""
    ner = options.settings.ner_model
    if options.engine == "dask":
        return _Dask(options.workers, options.scheduler, models, ner, version)
    if options.workers > 1:
        return _Pool(options.workers, models, ner, version)
    return _InProcess(nlp, progress, record)


def run(options: RunOptions, nlp: Language | None = None) -> Summary:
    """Process every input document into ``out_dir``'s six CSVs; returns the summary.

    ``nlp`` (optional) is used by the in-process engine (``workers=1``);
    worker processes always build their own.
    """
    started = time.perf_counter()
    options.validate()
    models = str(models_folder(options.settings.models))
    race_stage.load_rules(models)  # a broken races.yml stops the run before any work, naming file and line
    version = models_version(models)
    skipped: Counter[str] = Counter()
    out_resolved = Path(options.out_dir).resolve()
    for given in [options.inputs] if isinstance(options.inputs, (str, Path)) else options.inputs:
        if Path(given).is_dir() and Path(given).resolve() == out_resolved:
            raise UsageError(f"--out {options.out_dir} is also an input folder: a second run would read the "
                             "first one's CSVs as input (write to another folder)")
    documents = with_reference_date(
        iter_documents(options.inputs, reference_date=options.settings.reference_date, max_chars=options.max_chars,
                       ids=SqliteIdRegistry(),  # on disk: a run of millions keeps flat memory
                       fields=options.settings.fields, skipped=skipped,
                       exclude=out_resolved),  # --out inside an input folder is never read
        options.settings.reference_date,
    )
    # The first document validates the inputs and settings (InputError) before --out is created,
    # so a refused invocation leaves no trace.
    first = next(documents, None)
    if first is None:
        raise UsageError(no_documents_message(options.inputs, skipped))
    documents = itertools.chain([first], documents)
    counter = None
    if options.total is not None:  # counted beside the run: the bar gets its total and ETA when known
        counter = threading.Thread(target=_count_into, daemon=True, name="newsfacts-count",
                                   args=(options.total, options.inputs, options.settings.fields, out_resolved))
        counter.start()
    out_dir = prepare_output(options.out_dir).resolve()
    with locked(out_dir):  # one run per output folder: a second one exits 2
        return _run_locked(options, nlp, documents, out_dir, models, version, started, counter)


def _run_locked(options: RunOptions, nlp: Language | None, documents: Iterator[Document], out_dir: Path,
                models: str, version: str, started: float, counter: threading.Thread | None) -> Summary:
    store = ShardStore(out_dir)
    fingerprint = run_fingerprint(models, options.settings.ner_model, {
        "reference_date": options.settings.reference_date, "max_chars": options.max_chars,
        "doc_timeout": options.doc_timeout or None, "shard_size": options.shard_size})
    done = store.finished() if options.resume else {}
    if not options.resume:
        store.reset()
    store.parts.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    shard_ids: list[int] = []
    first_work: list[float] = []  # when the first document began processing

    def batch_done(n_documents: int, n_words: int, seconds: float = 0.0) -> None:
        if not first_work:
            first_work.append(time.perf_counter() - seconds)
        if options.progress:
            options.progress(n_documents, n_words)

    in_process = options.engine == "local" and options.workers == 1
    if in_process and nlp is None:
        preload_pipeline(models, options.settings.ner_model, version)  # start-up, timed apart from the work
    loaded = time.perf_counter()

    def on_batch(n_documents: int, n_words: int) -> None:
        if not first_work:
            first_work.append(loaded)
        batch_done(n_documents, n_words)

    def finished(result: ShardDone) -> None:
        if not in_process:  # in-process, the thread that writes the parts records them (see _InProcess)
            store.record(result)
        _add(summary, result.record())
        summary.words += result.words
        summary.vocab_strings = max(summary.vocab_strings, result.vocab_strings)
        summary.worker_peak_rss = max(summary.worker_peak_rss, result.peak_rss)
        summary.worker_cpu[result.pid] = max(summary.worker_cpu.get(result.pid, 0.0), result.cpu_seconds)
        if not in_process:
            batch_done(result.documents, result.words, result.seconds)

    with _engine(options, nlp, models, version, on_batch if in_process else None,
                 store.record if in_process else None) as engine:
        for shard, docs in shards(documents, options.shard_size):
            key = shard_key_for(docs, options.settings.html, fingerprint)
            shard_ids.append(shard)
            if shard in done and done[shard]["key"] == key:
                summary.skipped_shards += 1
                _add(summary, done[shard])
                continue
            task = ShardTask(shard, key, tuple(docs), str(store.parts), models, options.settings.ner_model, version,
                             options.settings.html, options.doc_timeout or None)
            del docs
            for result in engine.submit(task):
                finished(result)
        for result in engine.drain():
            finished(result)
    store.merge(out_dir, shard_ids, models)
    if counter is not None:
        counter.join()  # reading alone is far faster than the pipeline: done long before, in practice
    summary.shards = len(shard_ids)
    summary.seconds = time.perf_counter() - started
    summary.startup = max(0.0, (first_work[0] if first_work else time.perf_counter()) - started)
    return summary


def _count_into(total: Callable[[int], None], inputs: Sequence[str | Path], fields, exclude: Path) -> None:
    with contextlib.suppress(Exception):  # only the progress bar's total: a failure leaves it counting up
        total(count_documents(inputs, fields=fields, exclude=exclude))


def no_documents_message(inputs: Sequence[str | Path], skipped: Counter) -> str:
    """One line for inputs that hold no document: what was given and what was skipped."""
    given = ", ".join(str(i) for i in ([inputs] if isinstance(inputs, (str, Path)) else inputs))
    why = describe_skipped(skipped) if skipped else "no .txt, .html, .htm, .jsonl or .csv file found"
    return f"no readable document in {given} ({why})"


def _add(summary: Summary, record: dict) -> None:
    for name in _COUNTS:
        setattr(summary, name, getattr(summary, name) + record[name])


# --------------------------------------------------------------------------
# progress
# --------------------------------------------------------------------------

class ProgressBar:
    """What a run reports to a progress display: documents and words done, and the total once counted."""

    def __init__(self, advance: Callable[[int, int], None], set_total: Callable[[int], None]):
        self._advance, self._set_total = advance, set_total

    def __call__(self, documents: int, words: int) -> None:
        self._advance(documents, words)

    def total(self, documents: int) -> None:
        self._set_total(documents)


@contextlib.contextmanager
def progress_bar(enabled: bool) -> Iterator[ProgressBar | None]:
    """A rich progress bar on stderr: documents done of the total (counted beside the run),
    documents/s, words/s, elapsed and remaining time; ``None`` when disabled.

    Until the total is known the bar pulses and the count goes up.
    """
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
    from rich.text import Text

    started = time.perf_counter()
    words = [0]

    class Rates(TextColumn):
        def render(self, task):
            elapsed = max(time.perf_counter() - started, 1e-9)
            return Text(f"{task.completed / elapsed:,.0f} documents/s, {words[0] / elapsed:,.0f} words/s")

    class Count(TextColumn):
        def render(self, task):
            total = f"/{task.total:,.0f}" if task.total is not None else ""
            return Text(f"{task.completed:,.0f}{total} documents")

    with Progress(BarColumn(), Count(""), Rates(""), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("run", total=None)

        def advance(documents: int, n_words: int) -> None:
            words[0] += n_words
            bar.advance(task, documents)

        yield ProgressBar(advance, lambda n: bar.update(task, total=n))
