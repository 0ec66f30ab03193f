"""Long and hostile documents: work linear in their length, and a time budget that interrupts the rest.

Speed is measured in bench/long_documents.py; here the *work* is counted
(Python function calls of the whole pipeline, a deterministic measure) so the
test cannot depend on the machine's load.
"""
from __future__ import annotations

import functools
import importlib.util
import sys
import threading

import pytest
from spacy.language import Language

from conftest import ROOT, shared_file
from pipeline.runner.deadline import budget, time_limit
from pipeline.io.documents import Document
from pipeline.runner.engine import process_document

#: Largest growth of the work per character from a document to one four times as long.
MAX_WORK_GROWTH = 1.5


@functools.lru_cache(maxsize=1)
def _bench():
    """bench/long_documents.py, whose real-text documents the benchmark times and this test counts."""
    shared_file("data/current_events.jsonl")  # skips with a one-line reason without ../shared
    spec = importlib.util.spec_from_file_location("long_documents", ROOT / "bench" / "long_documents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _events_text(chars: int) -> str:
    """``chars`` characters of real news summaries joined into one document."""
    return _bench().news_text(chars)


def _name_list(chars: int) -> str:
    """A hostile document: capitalised words of real text as a comma list with no sentence end."""
    return _bench().name_list(chars)


def _calls(nlp, text: str) -> int:
    """Python function calls made while the pipeline analyses ``text``."""
    count = [0]

    def profile(frame, event, arg):
        if event == "call":
            count[0] += 1

    doc = nlp.make_doc(text)
    sys.setprofile(profile)
    try:
        nlp(doc)
    finally:
        sys.setprofile(None)
    return count[0]


@pytest.mark.parametrize("make, joint", [(_events_text, "\n\n"), (_name_list, ", ")], ids=["news", "name_list"])
def test_deadline_work_linear_in_length(nlp, make, joint):
    """The long document is the short one four times over (as paragraphs, or one comma list with no sentence end):
    other text would change what the work is (a sentence with a fact's trigger is parsed, one without is not) and
    hide or fake a growth with length. Each is analysed once before counting, so that caches filled by a first
    call (or by the tests run before in the same process) count in neither."""
    short = make(5_000)
    long = joint.join([short] * 4)
    _calls(nlp, short), _calls(nlp, long)
    per_char_short = _calls(nlp, short) / len(short)
    per_char_long = _calls(nlp, long) / len(long)
    assert per_char_long <= MAX_WORK_GROWTH * per_char_short, (per_char_short, per_char_long)


@Language.component("test_hang_on_marker")
def _hang(doc):
    """Never returns on a document holding the marker (what a runaway stage looks like)."""
    while "HANG-HERE" in doc.text:
        pass
    return doc


@pytest.fixture(scope="module")
def hanging_nlp():
    import pipeline

    nlp = pipeline.load()
    nlp.add_pipe("test_hang_on_marker", first=True)
    return nlp


DOC_OK = Document("ok#1", "t.txt", "Kasim Reed won the Atlanta mayor's race by 714 votes.", "2009-12-02")
DOC_HANG = Document("hang#1", "t.txt", "HANG-HERE Kasim Reed won.", "2009-12-02")


#: A budget no normal document spends on any machine, however busy: the documents around the runaway
#: one run under an armed limit too, but no load can make them time out.
AMPLE_BUDGET = 300.0


def _in_thread(fn):
    out = []
    t = threading.Thread(target=lambda: out.append(fn()))
    t.start()
    t.join(AMPLE_BUDGET)  # a safety net against a hang (a guard that never fires), not a speed bound
    assert not t.is_alive(), "hung"
    return out[0]


@pytest.mark.parametrize("where", ["main_thread", "other_thread"])
def test_deadline_runaway_document_is_an_error_row_and_the_next_is_unchanged(hanging_nlp, where):
    run = (lambda fn: fn()) if where == "main_thread" else _in_thread
    before = run(lambda: process_document(hanging_nlp, DOC_OK, doc_timeout=AMPLE_BUDGET))
    hung = run(lambda: process_document(hanging_nlp, DOC_HANG, doc_timeout=0.5))  # never ends: always times out
    after = run(lambda: process_document(hanging_nlp, DOC_OK, doc_timeout=AMPLE_BUDGET))
    assert hung.document[3] == "error"
    assert hung.document[4].startswith("timed out after 0.5 s (--doc-timeout 0.5 s per 10,000 characters")
    assert before.ok and after == before  # nothing of the interrupted document leaks into the next


@pytest.mark.parametrize("chars, per_10k, expected", [
    (100, 5.0, 5.0), (10_000, 5.0, 5.0), (40_000, 5.0, 20.0), (40_000, 0, None), (40_000, None, None),
])
def test_deadline_budget_per_10k_characters(chars, per_10k, expected):
    assert budget(chars, per_10k) == expected


@pytest.mark.parametrize("where", ["main_thread", "other_thread"])
def test_deadline_time_limit_disarms(where):
    """A block that finishes in time leaves nothing that could interrupt later: no guard of its thread,
    no interval timer (main thread), no watchdog thread (other threads). Checked as state, not by
    waiting for an alarm that may come, so the machine's load cannot decide it."""
    import signal

    from pipeline.runner import deadline

    def work():
        with time_limit(AMPLE_BUDGET):
            armed = (threading.get_ident() in deadline._armed,
                     any(t.name == "newsfacts-doc-timeout" for t in threading.enumerate()))
        timer = signal.getitimer(signal.ITIMER_REAL) if threading.current_thread() is threading.main_thread() else None
        left = (threading.get_ident() in deadline._armed,
                any(t.name == "newsfacts-doc-timeout" for t in threading.enumerate()))
        return armed, left, timer

    armed, left, timer = ((lambda fn: fn()) if where == "main_thread" else _in_thread)(work)
    assert armed == (True, where == "other_thread")  # the guard was there: the check below can fail
    assert left == (False, False)
    assert timer in (None, (0.0, 0.0))
