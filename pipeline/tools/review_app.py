"""``newsfacts review OUTDIR --serve``: a local web app to review a run's facts one at a time, by keyboard.

Why Flask (on werkzeug's threaded server): a small, well-kept WSGI library
whose routing, JSON and cookie handling we would otherwise hand-write over
``http.server``; one reviewer on one machine needs no async server.

Security, because any web page the reviewer opens could otherwise talk to it:

- bound to ``127.0.0.1`` only (no option widens it), and a ``Host`` header
  other than ``127.0.0.1:PORT``/``localhost:PORT`` is refused (DNS rebinding);
- a random token per server start (:func:`secrets.token_urlsafe`), given in the
  URL printed at start; the first request trades it for an ``HttpOnly``,
  ``SameSite=Strict`` cookie. Every request without the token gets 403;
- every write (POST) must also carry the token in the ``X-Newsfacts-Token``
  header (which a cross-origin page cannot set without a CORS preflight that
  is never answered) and, when the browser sends one, an ``Origin`` equal to
  the server's own; otherwise 403;
- a strict Content-Security-Policy: scripts and styles only from the app's
  own ``/assets/`` (``pipeline/tools/assets/app.*``), connections only to itself.
  Document text reaches the page as JSON and the DOM as ``textContent``.

Verdicts go to :class:`pipeline.tools.review_store.Store`; a POST answers only
after its transaction committed.
"""
from __future__ import annotations

import logging
import re
import secrets
import threading
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from flask import Flask, Response, abort, jsonify, redirect, request

from ..labels import MENTION_LABELS
from .review_store import (KEY_COLUMN, Store, StoreError, document_key, generation_id, read_rows, run_folder)

__all__ = ["HOST", "ReviewServer", "create_app", "load_run"]

#: The only interface the server listens on.
HOST = "127.0.0.1"
TOKEN_HEADER = "X-Newsfacts-Token"
#: The app's static files (pipeline/tools/assets/); nothing else is served from there.
APP_ASSETS = {"app.js": "text/javascript", "app.css": "text/css"}
#: Fact columns the app shows and edits (the rest stay in the CSV).
FACT_FIELDS = ("doc_id", "fact_id", "predicate", "subject_id", "subject", "object_id", "object", "office",
               "office_id", "value", "unit", "date", "date_end", "kind", "qualifier", "polarity", "confidence",
               "rule", "start", "end", "evidence")
MENTION_FIELDS = ("mention_id", "label", "text", "start", "end", "entity_id", "entity", "value", "unit", "rule")
#: Labels a reviewer may give a missed mention (SPEC.md's mention labels).
ADD_LABELS = MENTION_LABELS
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def _asset(name: str) -> str:
    return resources.files("pipeline.tools").joinpath("assets", name).read_text(encoding="utf-8")


def _int(value: str) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def load_run(out_dir: Path, store: Store) -> dict:
    """The run as the app's JSON: documents, mentions, facts with their keys, verdicts that apply, stale
    verdicts (whose key no current row has), added rows and which facts a rerun made new. A document
    without facts is a card of the queue too (its verdict keyed by :func:`document_key`): its wrong
    mentions and missed facts are reviewed like any other document's."""
    from ..io.tables import read_csv

    folder = run_folder(out_dir)
    generation = generation_id(folder)
    docs = read_csv(folder / "documents.csv") if (folder / "documents.csv").is_file() else []
    doc_index = {}
    doc_list = []
    for d in docs:
        if d.get("doc_id") in doc_index:
            continue
        doc_index[d["doc_id"]] = len(doc_list)
        doc_list.append({"id": d["doc_id"], "key": document_key(d["doc_id"]), "text": d.get("text", ""),
                         "status": d.get("status") or "ok", "published": d.get("published", ""), "m": [], "f": []})
    _, fact_rows = read_rows(folder, "fact")
    _, mention_rows = read_rows(folder, "mention")
    facts = []
    for row in fact_rows:
        d = doc_index.get(row.get("doc_id", ""))
        if d is None:
            continue
        fact = {k: row.get(k, "") for k in FACT_FIELDS}
        fact.update(key=row[KEY_COLUMN["fact"]], d=d, i=len(facts))
        fact["c"] = float(row["confidence"]) if _num(row.get("confidence")) else None
        facts.append(fact)
        doc_list[d]["f"].append(fact["i"])
    mentions = []
    for row in mention_rows:
        d = doc_index.get(row.get("doc_id", ""))
        start, end = _int(row.get("start", "")), _int(row.get("end", ""))
        if d is None or start is None or end is None:
            continue
        mention = {k: row.get(k, "") for k in MENTION_FIELDS}
        mention.update(key=row[KEY_COLUMN["mention"]], d=d, start=start, end=end)
        doc_list[d]["m"].append(len(mentions))
        mentions.append(mention)
    new = store.observe(generation, [f["key"] for f in facts])
    for f in facts:
        f["new"] = f["key"] in new
    verdicts = store.verdicts()
    current = {f["key"] for f in facts} | {m["key"] for m in mentions} | {d["key"] for d in doc_list}
    return {
        "generation": generation,
        "docs": doc_list,
        "facts": facts,
        "mentions": mentions,
        "verdicts": {k: {"verdict": v.verdict, "correction": v.correction, "kind": v.kind}
                     for k, v in verdicts.items() if k in current},
        "stale": [{"key": k, "kind": v.kind, "doc_id": v.doc_id, "verdict": v.verdict, "correction": v.correction,
                   "snapshot": v.snapshot} for k, v in verdicts.items() if k not in current],
        "added": store.added(),
        "labels": sorted({m["label"] for m in mentions} | set(ADD_LABELS)),
        "predicates": sorted({f["predicate"] for f in facts} | set(_known_predicates())),
    }


def _known_predicates() -> list[str]:
    """The predicates of ``models/predicates.yml`` (what a reviewer may add as a missed fact)."""
    from ..nlp.predicates import load_predicates
    from ..settings import DEFAULT_MODELS

    try:
        return list(load_predicates(Path(DEFAULT_MODELS) / "predicates.yml").by_name)
    except (OSError, ValueError):
        return []


def _num(value: str | None) -> bool:
    try:
        float(value or "")
    except ValueError:
        return False
    return True


def create_app(out_dir: str | Path, token: str, *, allowed_hosts: set[str] | None = None,
               store: Store | None = None) -> Flask:
    """The Flask app over one run folder; ``allowed_hosts`` are the ``Host`` headers accepted."""
    out_dir = Path(out_dir)
    app = Flask("newsfacts.review", static_folder=None)
    app.config["ALLOWED_HOSTS"] = set(allowed_hosts or ())
    app.config["TOKEN"] = token
    the_store = store or Store.of_run(out_dir)
    app.extensions["newsfacts_store"] = the_store
    cookie = "newsfacts_token"

    def has_token() -> bool:
        given = request.headers.get(TOKEN_HEADER) or request.cookies.get(app.config["COOKIE"]) \
            or request.args.get("token") or ""
        return secrets.compare_digest(given.encode(), token.encode())

    app.config["COOKIE"] = cookie

    @app.before_request
    def check_request():
        if request.host not in app.config["ALLOWED_HOSTS"]:
            abort(403, "unknown Host")
        if not has_token():
            abort(403, "the session token is missing or wrong: open the URL `newsfacts review --serve` printed")
        if request.method not in ("GET", "HEAD"):
            header = request.headers.get(TOKEN_HEADER, "")
            if not secrets.compare_digest(header.encode(), token.encode()):
                abort(403, f"a write needs the {TOKEN_HEADER} header")
            origin = request.headers.get("Origin")
            if origin is not None and origin != f"http://{request.host}":
                abort(403, "a write from another origin")
            if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
                abort(403, "a write from another site")
        if request.method == "GET" and request.args.get("token") and request.path == "/":
            # Trade the URL's token for a cookie, so it leaves the address bar and the history.
            response = redirect("/", code=303)
            response.set_cookie(app.config["COOKIE"], token, httponly=True, samesite="Strict", path="/")
            return response
        return None

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
        return response

    @app.errorhandler(403)
    def forbidden(e):
        return Response(f"403 forbidden: {e.description}\n", status=403, mimetype="text/plain")

    @app.errorhandler(StoreError)
    def bad_request(e):
        return jsonify(error=str(e)), 400

    @app.get("/")
    def index():
        page = _asset("app.html").replace("{{token}}", token)
        return Response(page, mimetype="text/html")

    @app.get("/assets/<name>")
    def asset(name: str):
        if name not in APP_ASSETS:
            abort(404)
        return Response(_asset(name), mimetype=APP_ASSETS[name])

    @app.get("/api/run")
    def run_data():
        return jsonify(load_run(out_dir, the_store))

    def body() -> dict:
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            raise StoreError("the request body must be a JSON object")
        return data

    def text(data: dict, name: str) -> str:
        value = data.get(name, "")
        if not isinstance(value, str):
            raise StoreError(f"{name} must be a string")
        return value

    @app.post("/api/verdict")
    def verdict():
        data = body()
        snapshot = data.get("snapshot") if isinstance(data.get("snapshot"), dict) else {}
        seq = the_store.set_verdict(text(data, "kind"), text(data, "key"), text(data, "doc_id"),
                                    text(data, "verdict"), text(data, "correction"), snapshot)
        return jsonify(ok=True, seq=seq)

    @app.post("/api/add")
    def add():
        data = body()
        row = data.get("row")
        if not isinstance(row, dict):
            raise StoreError("row must be a JSON object of CSV columns")
        ident = the_store.add(text(data, "kind"), text(data, "doc_id"), {str(k): str(v) for k, v in row.items()})
        return jsonify(ok=True, id=ident)

    @app.post("/api/undo")
    def undo():
        return jsonify(ok=True, undone=the_store.undo())

    @app.get("/races")
    def races():
        """The static page's rendering (its Races view and all), served with the page's own hash CSP."""
        from .review import MAX_DOCS, _load, build_page

        page = build_page(_load(run_folder(out_dir), None, MAX_DOCS))
        policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
        response = Response(page, mimetype="text/html")
        if policy:
            response.headers["Content-Security-Policy"] = policy.group(1).replace("&#x27;", "'")
        return response

    return app


@dataclass
class ReviewServer:
    """The app on ``127.0.0.1:port`` (0: a free port) in werkzeug's threaded server."""

    out_dir: Path
    port: int = 0
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    def __post_init__(self) -> None:
        from werkzeug.serving import make_server

        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request on the console
        self.out_dir = Path(self.out_dir)
        if not self.out_dir.is_dir():
            raise StoreError(f"{self.out_dir} is not a directory: run `newsfacts run --out {self.out_dir}` first")
        read_rows(run_folder(self.out_dir), "fact")  # a folder that is not a run fails here, with its reason
        self.store = Store.of_run(self.out_dir)
        self.app = create_app(self.out_dir, self.token, store=self.store)
        try:
            self.httpd = make_server(HOST, self.port, self.app, threaded=True)
        except OSError as e:
            self.store.close()
            raise StoreError(f"cannot listen on {HOST}:{self.port}: {e.strerror}") from None
        self.port = self.httpd.server_port
        self.app.config["ALLOWED_HOSTS"] = {f"{HOST}:{self.port}", f"localhost:{self.port}"}
        self.app.config["COOKIE"] = f"newsfacts_token_{self.port}"  # cookies ignore ports: one per server
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/?token={self.token}"

    def serve_forever(self) -> None:
        try:
            self.httpd.serve_forever()
        finally:
            self.httpd.server_close()
            self.store.close()

    def start(self) -> "ReviewServer":
        """Serve in a background thread (tests, scripts)."""
        self._thread = threading.Thread(target=self.serve_forever, name="newsfacts-review", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        if self._thread is not None:
            self._thread.join()
