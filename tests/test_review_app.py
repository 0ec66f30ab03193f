"""The review app's parts without a browser: stable keys, the SQLite store, the server's guards, the export.

The app driven by keys in Chromium is in tests/test_review_browser.py.
"""
from __future__ import annotations

import csv
import http.client
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app as cli
from pipeline.io.keys import fact_key, mention_key
from pipeline.tools.review_app import HOST, TOKEN_HEADER, ReviewServer, load_run
from pipeline.tools.review_store import (SCHEMA_VERSION, Store, StoreError, document_key, export, read_rows,
                                         reviewed_folder, run_folder)

ROOT = Path(__file__).resolve().parent.parent
RUN = Path(__file__).resolve().parent / "fixtures" / "review" / "run"

FACT = {"doc_id": "a.txt#1", "fact_id": "f1", "predicate": "won", "subject_id": "person:ann-lee", "subject": "Ann Lee",
        "object_id": "office:mayor-of-x", "object": "Mayor of X", "office": "", "office_id": "", "value": "120",
        "unit": "votes", "date": "", "kind": "", "qualifier": "", "polarity": "positive", "confidence": "0.85",
        "rule": "won.verb", "start": "0", "end": "40", "evidence": "Ann Lee won ..."}
MENTION = {"doc_id": "a.txt#1", "mention_id": "m1", "label": "PERSON", "text": "Ann Lee", "start": "0", "end": "7",
           "rule": "shape.person"}


def _copy_run(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(RUN, out)
    return out


# --------------------------------------------------------------------------- keys

@pytest.mark.parametrize(
    "change, same",
    [
        ({}, True),
        ({"fact_id": "f7"}, True),  # renumbered by a rerun
        ({"confidence": "0.5", "rule": "won.dep"}, True),  # how it was found is not what it states
        ({"evidence": "other words"}, True),  # the offsets say where; the text follows from them
        ({"start": "1"}, False),
        ({"end": "41"}, False),
        ({"subject_id": "person:bo-diaz"}, False),
        ({"object_id": ""}, False),
        ({"value": "121"}, False),
        ({"date": "2011-11-08"}, False),
        ({"polarity": "negative"}, False),
        ({"predicate": "defeated"}, False),
        ({"doc_id": "a.txt#2"}, False),
    ],
)
def test_keys_fact_key_changes_with_what_the_fact_states(change, same):
    assert (fact_key({**FACT, **change}) == fact_key(FACT)) is same


@pytest.mark.parametrize(
    "change, same",
    [({}, True), ({"mention_id": "m9", "rule": "ner:x"}, True), ({"label": "person"}, True),
     ({"label": "ORG"}, False), ({"start": "1"}, False), ({"doc_id": "b"}, False)],
)
def test_keys_mention_key_changes_with_place_and_label(change, same):
    assert (mention_key({**MENTION, **change}) == mention_key(MENTION)) is same


@pytest.mark.parametrize(
    "subject, other, same",
    [("Ann Lee", "ann lee", True), ("Ann Lee", "Bo Diaz", False)],
)
def test_keys_unlinked_argument_counts_by_name(subject, other, same):
    a = {**FACT, "subject_id": "", "subject": subject}
    b = {**FACT, "subject_id": "", "subject": other}
    assert (fact_key(a) == fact_key(b)) is same


@pytest.mark.parametrize("kind, column", [("fact", "fact_key"), ("mention", "mention_key")])
def test_keys_written_by_run_read_back_equal(seed_run, kind, column):
    """The key run writes is the key of the row read back from the CSV (what a rerun or the app computes)."""
    _, rows = read_rows(run_folder(seed_run), kind)
    keyer = fact_key if kind == "fact" else mention_key
    assert rows and all(r[column] == keyer(r) for r in rows)
    assert all(r["verdict"] == "" and r["correction"] == "" for r in rows)


# --------------------------------------------------------------------------- the store

def test_store_undo_restores_the_previous_state(tmp_path):
    with Store(tmp_path / "r.sqlite") as store:
        store.set_verdict("fact", "f:1", "d", "ok")
        store.set_verdict("fact", "f:1", "d", "wrong", "object=X")
        store.set_verdict("fact", "f:2", "d", "ok")
        ident = store.add("mention", "d", {"label": "GPE", "text": "X", "start": 0, "end": 1})
        steps = [store.undo() for _ in range(5)]
        remaining = {k: (v.verdict, v.correction) for k, v in store.verdicts().items()}
    assert steps == [{"action": "add", "key": str(ident)}, {"action": "verdict", "key": "f:2"},
                     {"action": "verdict", "key": "f:1"}, {"action": "verdict", "key": "f:1"}, None]
    assert remaining == {}


@pytest.mark.parametrize(
    "kind, verdict, message",
    [("fact", "maybe", "verdict 'maybe'"), ("row", "ok", "kind 'row'")],
)
def test_store_refuses_a_bad_write_and_keeps_the_rest(tmp_path, kind, verdict, message):
    with Store(tmp_path / "r.sqlite") as store:
        store.set_verdict("fact", "f:1", "d", "ok")
        with pytest.raises(StoreError, match=message):
            store.set_verdict(kind, "f:2", "d", verdict)
    with Store(tmp_path / "r.sqlite") as store:
        assert list(store.verdicts()) == ["f:1"]


def test_store_acknowledged_verdicts_survive_a_killed_process(tmp_path):
    """A writer killed with SIGKILL right after its acknowledgement loses nothing (each write is a commit)."""
    script = (
        "import sys; from pipeline.tools.review_store import Store\n"
        f"s = Store({str(tmp_path / 'r.sqlite')!r})\n"
        "for i in range(20): s.set_verdict('fact', f'f:{i}', 'd', 'ok' if i % 2 else 'wrong')\n"
        "print('ack', flush=True)\n"
        "sys.stdin.read()\n"  # blocks until killed: never closes the store
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "ack"
    finally:
        proc.kill()
        proc.wait()
    with Store(tmp_path / "r.sqlite") as store:
        assert len(store.verdicts()) == 20


@pytest.mark.parametrize(
    "content, message",
    [(b"not a database at all, just text" * 100, "is not a review store"),
     (None, f"has review schema {SCHEMA_VERSION + 1}")],
)
def test_store_refuses_what_it_cannot_read(tmp_path, content, message):
    path = tmp_path / "r.sqlite"
    if content is None:
        import sqlite3

        db = sqlite3.connect(path)
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
        db.close()
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        Store(path)


#: A store as schema 1 wrote it: its verdicts table knew facts and mentions only.
SCHEMA_1_VERDICTS = """CREATE TABLE verdicts (key TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('fact', 'mention')),
 doc_id TEXT NOT NULL, verdict TEXT NOT NULL CHECK (verdict IN ('', 'ok', 'wrong')), correction TEXT NOT NULL DEFAULT '',
 snapshot TEXT NOT NULL DEFAULT '{}', seq INTEGER NOT NULL)"""


@pytest.mark.parametrize("kind, key", [("document", "d:a.txt#1"), ("fact", "f:2")])
def test_store_migrates_schema_1_keeping_its_verdicts(tmp_path, kind, key):
    import sqlite3

    path = tmp_path / "r.sqlite"
    db = sqlite3.connect(path)
    db.execute(SCHEMA_1_VERDICTS)
    db.execute("INSERT INTO verdicts VALUES ('f:1', 'fact', 'a.txt#1', 'wrong', 'object=X', '{}', 1)")
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    with Store(path) as store:
        store.set_verdict(kind, key, "a.txt#1", "ok")
    with Store(path) as store:
        got = {k: (v.kind, v.verdict, v.correction) for k, v in store.verdicts().items()}
    assert got == {"f:1": ("fact", "wrong", "object=X"), key: (kind, "ok", "")}
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def _with_factless_document(out: Path, doc_id: str, text: str) -> None:
    """Append a document in which the run found nothing to a copied run's documents.csv."""
    with open(out / "documents.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    header = list(rows[0])
    rows.append({**{c: "" for c in header}, "doc_id": doc_id, "status": "ok", "text": text, "chars": str(len(text))})
    with open(out / "documents.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, header)
        w.writeheader()
        w.writerows(rows)


@pytest.mark.parametrize("verdict, added", [("ok", 0), ("wrong", 1), ("", 0)])
def test_documents_without_facts_are_cards_stored_and_exported(tmp_path, verdict, added):
    from pipeline.tools.learning.reviewed import read_review

    out = _copy_run(tmp_path)
    text = "Zora Vell was sworn in as governor of Tarn."
    _with_factless_document(out, "new.txt#1", text)
    with Store.of_run(out) as store:
        run = load_run(out, store)
        doc = next(d for d in run["docs"] if d["id"] == "new.txt#1")
        if verdict:
            store.set_verdict("document", doc["key"], doc["id"], verdict)
        for _ in range(added):
            store.add("fact", doc["id"], {"predicate": "holds_office", "subject": "Zora Vell",
                                          "object": "Governor of Tarn", "evidence": text, "start": "0", "end": "43"})
        again = load_run(out, store)
    counts = export(out, tmp_path / "exp")
    assert (doc["key"], doc["f"]) == (document_key("new.txt#1"), [])
    assert again["verdicts"].get(doc["key"], {}).get("verdict", "") == verdict
    assert counts["document"] == (1 if verdict else 0) and counts["added"] == added
    exported = {r["doc_id"]: r["verdict"] for r in _rows(tmp_path / "exp" / "documents.csv")}
    assert exported["new.txt#1"] == verdict and exported["corpus.txt#1"] == ""
    review = read_review(tmp_path / "exp")
    assert "new.txt#1" in review.documents
    assert [(r.get("doc_id"), r.get("predicate")) for r in review.facts if r.added] == [("new.txt#1", "holds_office")] * added


def test_store_observe_names_new_keys_after_the_first_generation(tmp_path):
    with Store(tmp_path / "r.sqlite") as store:
        first = store.observe("g1", ["a", "b"])
        again = store.observe("g1", ["a", "b"])
        second = store.observe("g2", ["a", "c"])
    assert (first, again, second) == (set(), set(), {"c"})


# --------------------------------------------------------------------------- stale verdicts and new facts

def test_load_run_after_a_rerun_tells_applying_stale_and_new(tmp_path):
    out = _copy_run(tmp_path)
    with Store.of_run(out) as store:
        facts = load_run(out, store)["facts"]
        kept, moved = facts[0], facts[1]
        store.set_verdict("fact", kept["key"], kept["doc_id"], "ok", snapshot=kept)
        store.set_verdict("fact", moved["key"], moved["doc_id"], "wrong", snapshot=moved)
        # the "rerun": the second fact's evidence now ends one character later
        rows = list(csv.DictReader(open(out / "facts.csv", encoding="utf-8", newline="")))
        rows[1]["end"] = str(int(rows[1]["end"]) + 1)
        with open(out / "facts.csv", "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        data = load_run(out, store)
    assert list(data["verdicts"]) == [kept["key"]]
    assert [s["key"] for s in data["stale"]] == [moved["key"]]
    assert [f["fact_id"] for f in data["facts"] if f["new"]] == [moved["fact_id"]]


# --------------------------------------------------------------------------- the server's guards

@pytest.fixture()
def server(tmp_path):
    srv = ReviewServer(_copy_run(tmp_path)).start()
    yield srv
    srv.stop()


def _request(server, method: str, path: str, *, headers: dict | None = None, body: dict | None = None):
    conn = http.client.HTTPConnection(HOST, server.port, timeout=30)
    head = {"Host": f"{HOST}:{server.port}", **(headers or {})}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        head["Content-Type"] = "application/json"
    conn.request(method, path, body=data, headers=head)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response


VERDICT = {"kind": "fact", "key": "f:0000000000000000", "doc_id": "corpus.txt#1", "verdict": "ok"}


@pytest.mark.parametrize(
    "method, path, auth, extra, status",
    [
        ("GET", "/", None, {}, 403),
        ("GET", "/?token=wrong", None, {}, 403),
        ("GET", "/?token={token}", None, {}, 303),
        ("GET", "/api/run", None, {}, 403),
        ("GET", "/api/run", "header", {}, 200),
        ("GET", "/api/run", "cookie", {}, 200),
        ("GET", "/races", "cookie", {}, 200),
        ("GET", "/assets/app.js", "cookie", {}, 200),
        ("GET", "/assets/review.py", "cookie", {}, 404),
        ("GET", "/api/run", "header", {"Host": "evil.example:{port}"}, 403),  # DNS rebinding
        ("POST", "/api/verdict", None, {}, 403),
        ("POST", "/api/verdict", "cookie", {}, 403),  # a cookie alone never writes
        ("POST", "/api/verdict", "header", {"Origin": "http://evil.example"}, 403),
        ("POST", "/api/verdict", "header", {"Origin": "http://localhost:1"}, 403),
        ("POST", "/api/verdict", "header", {"Sec-Fetch-Site": "cross-site"}, 403),
        ("POST", "/api/verdict", "header", {"Origin": "http://127.0.0.1:{port}"}, 200),
        ("POST", "/api/verdict", "header", {}, 200),  # a script without a browser: the header is enough
        ("POST", "/api/undo", "header", {"Origin": "null"}, 403),
    ],
)
def test_review_app_refuses_requests_without_token_or_from_other_origins(server, method, path, auth, extra, status):
    headers = {k: v.format(port=server.port) for k, v in extra.items()}
    if auth == "header":
        headers[TOKEN_HEADER] = server.token
    elif auth == "cookie":
        headers["Cookie"] = f"newsfacts_token_{server.port}={server.token}"
    response = _request(server, method, path.format(token=server.token), headers=headers,
                        body=VERDICT if method == "POST" else None)
    assert response.status == status
    with Store.of_run(server.out_dir) as store:
        assert bool(store.verdicts()) == (status == 200 and path == "/api/verdict")


def test_review_app_trades_the_url_token_for_a_strict_cookie(server):
    response = _request(server, "GET", f"/?token={server.token}")
    cookie = response.getheader("Set-Cookie")
    assert response.getheader("Location") == "/"
    assert f"newsfacts_token_{server.port}={server.token}" in cookie
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_review_app_binds_loopback_with_a_strict_csp(server):
    response = _request(server, "GET", "/", headers={TOKEN_HEADER: server.token})
    csp = response.getheader("Content-Security-Policy")
    assert server.httpd.server_address[0] == "127.0.0.1"
    assert "script-src 'self'" in csp and "unsafe" not in csp and "frame-ancestors 'none'" in csp


def test_review_app_tokens_differ_between_servers(tmp_path):
    out = _copy_run(tmp_path)
    a, b = ReviewServer(out), ReviewServer(out)
    try:
        assert a.token != b.token and len(a.token) >= 32
    finally:
        for s in (a, b):
            s.httpd.server_close()
            s.store.close()


# --------------------------------------------------------------------------- the export

def test_export_round_trip_fills_verdicts_and_guards_formulas(tmp_path):
    from pipeline.tools.learning.reviewed import read_review

    out = _copy_run(tmp_path)
    with Store.of_run(out) as store:
        facts = load_run(out, store)["facts"]
        store.set_verdict("fact", facts[0]["key"], facts[0]["doc_id"], "ok")
        store.set_verdict("fact", facts[2]["key"], facts[2]["doc_id"], "wrong", "=object=HYPERLINK()")
        store.set_verdict("fact", "f:gone", "x", "wrong")  # stale: its fact is not in this run
        store.add("mention", facts[0]["doc_id"], {"label": "GPE", "text": "Atlanta", "start": "0", "end": "7"})
    counts = export(out, tmp_path / "exp")
    raw = (tmp_path / "exp" / "facts.csv").read_text(encoding="utf-8")
    review = read_review(tmp_path / "exp")
    marked = {(r.get("fact_id")): (r.verdict, r.get("correction")) for r in review.facts if r.verdict}
    added = [(r.get("label"), r.get("text"), r.added) for r in review.mentions if r.added]
    assert counts == {"fact": 2, "mention": 0, "document": 0, "added": 1, "stale": 1}
    assert "'=object=HYPERLINK()" in raw  # guarded in the file, read back as typed
    assert marked == {facts[0]["fact_id"]: ("ok", ""), facts[2]["fact_id"]: ("wrong", "=object=HYPERLINK()"),
                      "f0004": ("wrong", '=HYPERLINK("http://x")')}  # the fixture's spreadsheet verdict stays
    assert added == [("GPE", "Atlanta", True)]


def test_export_refuses_the_run_folder_and_a_run_without_store(tmp_path):
    out = _copy_run(tmp_path)
    with pytest.raises(StoreError, match="review.sqlite is missing"):
        export(out, tmp_path / "exp")
    Store.of_run(out).close()
    with pytest.raises(StoreError, match="the run's own folder"):
        export(out, out)


def test_reviewed_folder_exports_a_store_and_passes_csvs_through(tmp_path):
    out = _copy_run(tmp_path)
    with reviewed_folder(out) as folder:
        assert folder == out  # no store: the CSVs as filled in a spreadsheet
    with Store.of_run(out) as store:
        store.set_verdict("fact", load_run(out, store)["facts"][0]["key"], "corpus.txt#1", "ok")
    with reviewed_folder(out) as folder:
        assert folder != out and (folder / "facts.csv").is_file()
        kept = folder
    assert not kept.exists()


# --------------------------------------------------------------------------- the CLI

@pytest.mark.parametrize(
    "args, code, message",
    [
        (["--serve", "--export", "{tmp}/x"], 2, "--serve and --export are separate steps"),
        (["--export", "{tmp}/x"], 2, "review.sqlite is missing"),
    ],
)
def test_cli_review_serve_and_export_errors(tmp_path, args, code, message):
    out = _copy_run(tmp_path)
    result = CliRunner().invoke(cli, ["review", str(out), *[a.format(tmp=tmp_path) for a in args]])
    assert result.exit_code == code
    assert message in result.output


def test_cli_review_export_prints_counts(tmp_path):
    out = _copy_run(tmp_path)
    with Store.of_run(out) as store:
        store.set_verdict("fact", load_run(out, store)["facts"][0]["key"], "corpus.txt#1", "wrong")
    result = CliRunner().invoke(cli, ["review", str(out), "--export", str(tmp_path / "exp")])
    assert result.exit_code == 0
    assert result.output.strip() == f"{tmp_path / 'exp'}: 1 fact, 0 mention and 0 document verdicts, 0 added rows; " \
        "0 stale verdicts left out"


@pytest.mark.parametrize("filled, shown", [("", False), ("ok", True)])
def test_static_page_shows_review_columns_once_filled(tmp_path, filled, shown):
    from pipeline.tools.review import review

    out = _copy_run(tmp_path)
    rows = list(csv.DictReader(open(out / "facts.csv", encoding="utf-8", newline="")))
    for r in rows:
        r["verdict"], r["correction"] = "", ""
    rows[0]["verdict"] = filled
    with open(out / "facts.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    page = review(out).read_text(encoding="utf-8")
    assert ("\\u003cth>verdict\\u003c/th>" in page) is shown


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))
