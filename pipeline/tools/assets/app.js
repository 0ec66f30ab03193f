/* newsfacts review app: one fact at a time, keyboard first. Reads /api/run, writes verdicts with
   POST /api/verdict, /api/add, /api/undo (one at a time, in order, each acknowledged after its
   SQLite transaction committed). Document text reaches the DOM only as textContent. */
(function () {
  "use strict";
  /* "0": the script runs; "1": the page is ready (review_driver.load_page waits on both) */
  document.documentElement.setAttribute("data-ready", "0");
  var TOKEN = document.querySelector('meta[name="newsfacts-token"]').content;
  var $ = function (id) { return document.getElementById(id); };
  /* queue: card ids in order; a fact's index (>= 0), or -(d + 1) for document d, which has no fact:
     its card shows the text and mentions so that its wrong mentions and missed facts are reviewed too */
  var run = null, queue = [], pos = 0, pending = 0, chain = Promise.resolve();
  /* the mention cursor: an index into the shown document's mentions (in text order), -1 for none */
  var mcur = -1, mdoc = -1;
  var state = { order: "doc", predicate: "", rule: "", entity: "", show: "" };

  function busy(delta) {
    pending += delta;
    document.documentElement.setAttribute("data-busy", String(pending));
  }

  function say(text) { $("status").textContent = text; }

  /* ---- server: writes are serialized so the journal (undo) follows the key presses */
  function post(path, body) {
    busy(1);
    var p = chain.then(function () {
      return fetch(path, {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-Newsfacts-Token": TOKEN },
        body: JSON.stringify(body)
      }).then(function (r) {
        return r.json().catch(function () { return { error: r.status + " " + r.statusText }; }).then(function (j) {
          if (!r.ok || j.error) throw new Error(j.error || String(r.status));
          return j;
        });
      });
    });
    chain = p.catch(function () {}).then(function () { busy(-1); });
    p.catch(function (e) { say("not saved: " + e.message); });
    return p;
  }

  function load(then) {
    busy(1);
    fetch("/api/run", { credentials: "same-origin", headers: { "X-Newsfacts-Token": TOKEN } })
      .then(function (r) { if (!r.ok) throw new Error(r.status + " " + r.statusText); return r.json(); })
      .then(function (data) { run = data; setup(); if (then) then(); busy(-1); })
      .catch(function (e) { say("cannot load the run: " + e.message); busy(-1); });
  }

  /* ---- filters and order */
  function fillSelect(sel, values, label) {
    var keep = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    values.forEach(function (v) {
      var o = document.createElement("option");
      o.value = v[0]; o.textContent = v[1] || v[0];
      sel.appendChild(o);
    });
    sel.value = keep;
    if (sel.value !== keep) sel.value = "";
  }

  function setup() {
    var preds = {}, rules = {}, ents = {};
    run.facts.forEach(function (f) {
      preds[f.predicate] = 1; rules[f.rule] = 1;
      [["subject_id", "subject"], ["object_id", "object"], ["office_id", "office"]].forEach(function (p) {
        if (f[p[0]]) ents[f[p[0]]] = f[p[1]];
      });
    });
    fillSelect($("f-predicate"), Object.keys(preds).sort().map(function (k) { return [k]; }));
    fillSelect($("f-rule"), Object.keys(rules).sort().map(function (k) { return [k]; }));
    fillSelect($("f-entity"), Object.keys(ents).sort(function (a, b) { return ents[a].localeCompare(ents[b]); })
      .map(function (k) { return [k, ents[k] + " · " + k.split(":")[0]]; }));
    var labels = $("add-label"); labels.textContent = "";
    run.labels.forEach(function (l) { var o = document.createElement("option"); o.value = o.textContent = l; labels.appendChild(o); });
    var ps = $("add-predicate"); ps.textContent = "";
    run.predicates.forEach(function (l) { var o = document.createElement("option"); o.value = o.textContent = l; ps.appendChild(o); });
    var current = queue[pos];
    compute();
    var at = current === undefined ? -1 : queue.indexOf(current);
    pos = at >= 0 ? at : Math.min(pos, Math.max(0, queue.length - 1));
    renderStale();
    render();
    document.documentElement.setAttribute("data-ready", "1");
  }

  function verdictOf(f) { return run.verdicts[f.key] || null; }

  /* the card shown: its fact (null on a document card) and its document's index */
  function curFact() { var q = queue[pos]; return q === undefined || q < 0 ? null : run.facts[q]; }
  function curDoc() { var q = queue[pos]; return q === undefined ? -1 : q >= 0 ? run.facts[q].d : -(q + 1); }
  function docCard(d) { return -(d + 1); }
  /* documents whose card has no fact: the run found none there (error documents have no text to review) */
  function emptyDocs() {
    var out = [];
    run.docs.forEach(function (doc, d) { if (!doc.f.length && doc.status === "ok" && doc.text) out.push(d); });
    return out;
  }
  function passesDoc(d) {
    if (state.predicate || state.rule || state.entity || state.show === "new") return false;
    var v = run.verdicts[run.docs[d].key];
    if (state.show === "unreviewed" && v) return false;
    if (state.show === "reviewed" && !v) return false;
    return true;
  }

  function passes(f) {
    if (state.predicate && f.predicate !== state.predicate) return false;
    if (state.rule && f.rule !== state.rule) return false;
    if (state.entity && f.subject_id !== state.entity && f.object_id !== state.entity && f.office_id !== state.entity) return false;
    var v = verdictOf(f);
    if (state.show === "unreviewed" && v) return false;
    if (state.show === "reviewed" && !v) return false;
    if (state.show === "new" && !f["new"]) return false;
    return true;
  }

  function compute() {
    var facts = run.facts, cards = emptyDocs().filter(passesDoc).map(docCard);
    queue = facts.filter(passes).map(function (f) { return f.i; });
    if (state.order === "doc") {  /* a document card in its document's place */
      queue = queue.concat(cards).sort(function (a, b) {
        var da = a >= 0 ? facts[a].d : -(a + 1), db = b >= 0 ? facts[b].d : -(b + 1);
        return da - db || a - b;
      });
      return;
    }
    if (state.order === "confidence") {
      queue.sort(function (a, b) {
        var ca = facts[a].c === null ? 2 : facts[a].c, cb = facts[b].c === null ? 2 : facts[b].c;
        return ca - cb || a - b;
      });
    } else if (state.order === "rule") {
      queue.sort(function (a, b) { return facts[a].rule < facts[b].rule ? -1 : facts[a].rule > facts[b].rule ? 1 : a - b; });
    }
    queue = queue.concat(cards);  /* documents without facts after the facts */
  }

  function refilter() { compute(); pos = 0; render(); }

  ["order", "predicate", "rule", "entity"].forEach(function (name) {
    $("f-" + name).addEventListener("change", function (ev) { state[name] = ev.target.value; refilter(); ev.target.blur(); });
  });
  $("f-state").addEventListener("change", function (ev) { state.show = ev.target.value; refilter(); ev.target.blur(); });
  $("filters").addEventListener("submit", function (ev) { ev.preventDefault(); });

  /* ---- rendering: code points, as Python counts offsets */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function renderText(doc, fact) {
    var box = $("doc-text"), chars = Array.from(doc.text), cuts = {}, spans = [];
    box.textContent = "";
    cuts[0] = 1; cuts[chars.length] = 1;
    var last = -1;
    doc.m.map(function (i) { return run.mentions[i]; })
      .sort(function (a, b) { return a.start - b.start || b.end - a.end; })
      .forEach(function (m) { if (m.start >= last && m.end <= chars.length) { spans.push(m); last = m.end; cuts[m.start] = cuts[m.end] = 1; } });
    var ev = fact && fact.start !== "" ? [+fact.start, +fact.end] : null;
    if (ev) { cuts[ev[0]] = cuts[ev[1]] = 1; }
    var cur = cursorMention();
    if (cur) { cuts[cur.start] = cuts[cur.end] = 1; }
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var mi = 0, first = null;
    for (var k = 0; k + 1 < points.length; k++) {
      var a = points[k], b = points[k + 1];
      while (mi < spans.length && spans[mi].end <= a) mi++;
      var m = mi < spans.length && spans[mi].start <= a && b <= spans[mi].end ? spans[mi] : null;
      var node;
      if (m) {
        node = el("mark", null, chars.slice(a, b).join(""));
        node.setAttribute("data-label", m.label);
        node.title = m.label + (m.entity ? " · " + m.entity : "") + (m.value ? " · " + m.value : "") + " · " + m.rule;
      } else {
        node = document.createTextNode(chars.slice(a, b).join(""));
      }
      if (cur && cur.start <= a && b <= cur.end) {
        var c = el("span", "cursor"); c.appendChild(node); node = c;
      }
      if (ev && ev[0] <= a && b <= ev[1]) {
        var wrap = el("span", "ev"); wrap.appendChild(node); node = wrap;
        if (!first) first = wrap;
      }
      box.appendChild(node);
    }
    if (first) first.scrollIntoView({ block: "nearest" });
  }

  function describe(f) {
    var parts = [f.subject, f.predicate, f.object];
    if (f.office && f.office !== f.object) parts.push("· " + f.office);
    if (f.value) parts.push("· " + f.value + " " + f.unit);
    if (f.date) parts.push("· " + f.date + (f.date_end ? "–" + f.date_end : ""));
    if (f.kind) parts.push("· " + f.kind);
    if (f.qualifier) parts.push("· " + f.qualifier);
    if (f.polarity === "negative") parts.push("· not");
    return parts.filter(Boolean).join(" ");
  }

  function badge(f) {
    var v = verdictOf(f);
    if (!v) return el("span", "badge none", "unreviewed");
    var edited = v.correction ? "edited" : v.verdict;
    var b = el("span", "badge " + edited, edited + (v.correction ? ": " + v.correction : "") + (v.pending ? " (saving)" : ""));
    b.setAttribute("data-verdict", v.verdict);
    return b;
  }

  function render() {
    var f = curFact(), d = curDoc(), card = $("card");
    card.textContent = "";
    closePanels();
    var total = run.facts.length, reviewed = 0, ok = 0, wrong = 0, edited = 0, fresh = 0;
    var empty = emptyDocs(), docsReviewed = empty.filter(function (e) { return run.verdicts[run.docs[e].key]; }).length;
    run.facts.forEach(function (x) {
      var v = verdictOf(x);
      if (x["new"]) fresh++;
      if (!v) return;
      reviewed++;
      if (v.correction) edited++; else if (v.verdict === "ok") ok++; else wrong++;
    });
    var cards = total + empty.length, done = reviewed + docsReviewed;
    $("bar").style.width = (cards ? 100 * done / cards : 0).toFixed(1) + "%";
    $("progress").setAttribute("aria-valuenow", String(done));
    $("counts").textContent = reviewed + " of " + total + " facts reviewed (" + ok + " ok, " + wrong + " wrong, " + edited +
      " edited) · " + (total - reviewed) + " unreviewed · " + docsReviewed + " of " + empty.length +
      " documents without facts reviewed · " + fresh + " new in this run · " + run.stale.length +
      " stale verdicts · " + run.added.length + " added · " + mentionVerdicts() + " mention verdicts · queue " +
      (queue.length ? pos + 1 : 0) + " of " + queue.length;
    $("n-stale").textContent = String(run.stale.length);
    if (d < 0) {
      card.appendChild(el("p", "empty", queue.length ? "" : "No fact matches the filters."));
      $("doc-id").textContent = ""; $("doc-text").textContent = ""; $("others").textContent = "";
      card.removeAttribute("data-key"); card.removeAttribute("data-fact-id"); card.removeAttribute("data-doc-card");
      return;
    }
    var doc = run.docs[d];
    if (mdoc !== d) { mdoc = d; mcur = -1; }
    if (!f) { renderDocCard(doc); return; }
    card.removeAttribute("data-doc-card");
    card.setAttribute("data-key", f.key);
    card.setAttribute("data-fact-id", f.fact_id);
    var head = el("p", "pred");
    head.appendChild(el("b", null, f.predicate));
    if (f["new"]) head.appendChild(el("span", "badge new", "new"));
    head.appendChild(badge(f));
    card.appendChild(head);
    card.appendChild(el("p", "what", describe(f)));
    var dl = el("dl");
    [["subject", f.subject], ["object", f.object], ["office", f.office], ["value", f.value && f.value + " " + f.unit],
     ["date", f.date], ["confidence", f.confidence], ["rule", f.rule], ["fact", f.fact_id + " · " + f.key]]
      .forEach(function (p) { if (p[1]) { dl.appendChild(el("dt", null, p[0])); dl.appendChild(el("dd", null, p[1])); } });
    card.appendChild(dl);
    $("doc-id").textContent = doc.id + (doc.published ? " · " + doc.published : "");
    renderText(doc, f);
    renderMention();
    var body = $("others"); body.textContent = "";
    renderOthers(doc, f);
  }

  /* a document without facts: a for nothing missing, x for facts missing (add them with f), j/k/o/w, m */
  function renderDocCard(doc) {
    var card = $("card"), v = run.verdicts[doc.key];
    card.setAttribute("data-key", doc.key);
    card.setAttribute("data-doc-card", "1");
    card.removeAttribute("data-fact-id");
    var head = el("p", "pred");
    head.appendChild(el("b", null, "no fact found"));
    var b = el("span", "badge " + (v ? v.verdict : "none"), v ? (v.verdict === "ok" ? "nothing missing" : "facts missing") +
      (v.pending ? " (saving)" : "") : "unreviewed");
    if (v) b.setAttribute("data-verdict", v.verdict);
    head.appendChild(b);
    card.appendChild(head);
    card.appendChild(el("p", "what", "The run found no fact in this document. a: nothing is missing; f: add a missed " +
      "fact; x: facts are missing; j/k/o/w: its mentions."));
    $("doc-id").textContent = doc.id + (doc.published ? " · " + doc.published : "");
    renderText(doc, null);
    renderMention();
    $("others").textContent = "";
    renderOthers(doc, null);
  }

  function renderOthers(doc, f) {
    var body = $("others");
    doc.f.forEach(function (i) {
      var g = run.facts[i], tr = el("tr");
      if (f && i === f.i) tr.className = "current";
      tr.setAttribute("data-key", g.key);
      tr.appendChild(el("td", "fid", g.fact_id));
      tr.appendChild(el("td", null, describe(g)));
      var td = el("td"); td.appendChild(badge(g)); tr.appendChild(td);
      body.appendChild(tr);
    });
    run.added.filter(function (a) { return a.doc_id === doc.id; }).forEach(function (a) {
      var tr = el("tr", "added");
      tr.appendChild(el("td", "fid", "added"));
      tr.appendChild(el("td", null, a.kind + ": " + (a.row.label || a.row.predicate || "") + " " + (a.row.text || a.row.evidence || "") +
        (a.row.correction ? " → " + a.row.correction : "")));
      tr.appendChild(el("td"));
      body.appendChild(tr);
    });
  }

  /* ---- the mention cursor: j / k move it over the shown document's mentions, o / w judge the one under it */
  function docMentions() {
    var d = curDoc();
    if (d < 0) return [];
    return run.docs[d].m.map(function (i) { return run.mentions[i]; })
      .sort(function (a, b) { return a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : 1); });
  }

  function cursorMention() { var ms = docMentions(); return mcur >= 0 && mcur < ms.length ? ms[mcur] : null; }

  function mentionVerdicts() {
    return Object.keys(run.verdicts).filter(function (k) { return run.verdicts[k].kind === "mention"; }).length;
  }

  function renderMention() {
    var box = $("mention"), m = cursorMention();
    box.textContent = "";
    if (!m) { box.hidden = true; box.removeAttribute("data-key"); return; }
    box.hidden = false;
    box.setAttribute("data-key", m.key);
    var head = el("p", "pred");
    head.appendChild(el("b", null, "mention " + (mcur + 1) + " of " + docMentions().length + " · " + m.label));
    var v = run.verdicts[m.key];
    var b = el("span", "badge " + (v ? v.verdict : "none"), v ? v.verdict + (v.pending ? " (saving)" : "") : "unreviewed");
    if (v) b.setAttribute("data-verdict", v.verdict);
    head.appendChild(b);
    box.appendChild(head);
    box.appendChild(el("p", "what", "“" + m.text + "”" + (m.entity && m.entity !== m.text ? " = " + m.entity : "") +
      (m.value ? " · " + m.value + " " + m.unit : "") + " · " + m.rule));
  }

  function moveMention(step) {
    var n = docMentions().length;
    if (!n) { say("this document has no mention"); return; }
    mcur = mcur < 0 ? (step > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, mcur + step));
    renderText(run.docs[curDoc()], curFact());
    renderMention();
  }

  function markMention(verdict) {
    var m = cursorMention();
    if (!m) { say("press j to put the cursor on a mention first"); return; }
    var before = run.verdicts[m.key], v = { verdict: verdict, correction: "", kind: "mention", pending: true };
    var snap = { doc_id: run.docs[m.d].id, mention_id: m.mention_id, label: m.label, text: m.text, start: m.start, end: m.end,
                 entity: m.entity, rule: m.rule };
    post("/api/verdict", { kind: "mention", key: m.key, doc_id: snap.doc_id, verdict: verdict, correction: "", snapshot: snap })
      .then(function () { delete v.pending; say("saved: " + m.mention_id + " " + verdict); render(); },
            function () { if (run.verdicts[m.key] === v) { if (before) run.verdicts[m.key] = before; else delete run.verdicts[m.key]; } render(); });
    run.verdicts[m.key] = v;
    render();
  }

  /* ---- f: add a missed fact with a small form (no selection needed) */
  function sentences(text) {
    /* the document's sentences in code points (as Python counts offsets): a line end, or . ! ? before a space */
    var chars = Array.from(text), out = [], start = 0;
    function push(end) {
      var a = start, b = end;
      while (a < b && /\s/.test(chars[a])) a++;
      while (b > a && /\s/.test(chars[b - 1])) b--;
      if (a < b) out.push({ start: a, end: b, text: chars.slice(a, b).join("") });
      start = end;
    }
    for (var i = 0; i < chars.length; i++) {
      if (chars[i] === "\n" || (/[.!?]/.test(chars[i]) && (i + 1 === chars.length || /\s/.test(chars[i + 1])))) push(i + 1);
    }
    push(chars.length);
    return out;
  }

  function openAddFact() {
    var f = curFact(), d = curDoc();
    if (d < 0) return;
    closePanels();
    var doc = run.docs[d], sel = $("af-sentence"), here = !f || f.start === "" ? -1 : +f.start;
    options($("af-options"), mentionNames(doc, null));
    var ps = $("af-predicate"); ps.textContent = "";
    run.predicates.forEach(function (l) { var o = document.createElement("option"); o.value = o.textContent = l; ps.appendChild(o); });
    if (f) ps.value = f.predicate;
    sel.textContent = "";
    sentences(doc.text).forEach(function (s, n) {
      var o = document.createElement("option");
      o.value = s.start + ":" + s.end; o.textContent = (n + 1) + ". " + (s.text.length > 110 ? s.text.slice(0, 107) + "…" : s.text);
      sel.appendChild(o);
      if (s.start <= here && here < s.end) sel.value = o.value;
    });
    $("af-subject").value = ""; $("af-object").value = ""; $("af-office").value = "";
    $("addfact").hidden = false;
    ps.focus();
  }
  $("addfact").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var doc = run.docs[curDoc()];
    var subject = $("af-subject").value.trim(), object = $("af-object").value.trim(), office = $("af-office").value.trim();
    if (!subject && !object) { say("give the subject or the object, or Esc"); return; }
    var at = $("af-sentence").value.split(":"), start = +at[0], end = +at[1];
    var row = { predicate: $("af-predicate").value, subject: subject, object: object, office: office,
                evidence: Array.from(doc.text).slice(start, end).join(""), start: start, end: end };
    $("addfact").hidden = true;
    post("/api/add", { kind: "fact", doc_id: doc.id, row: row }).then(function (j) {
      run.added.push({ id: j.id, kind: "fact", doc_id: doc.id, row: row });
      say("added: fact " + row.predicate + " " + subject);
      render();
    });
  });

  function renderStale() {
    var body = $("stale"); body.textContent = "";
    run.stale.forEach(function (s) {
      var tr = el("tr"), snap = s.snapshot || {};
      tr.setAttribute("data-key", s.key);
      tr.appendChild(el("td", null, s.doc_id));
      tr.appendChild(el("td", null, s.kind === "fact" ? describe(snap) : (snap.label || "") + " " + (snap.text || "")));
      tr.appendChild(el("td", null, snap.evidence || snap.text || ""));
      tr.appendChild(el("td", null, s.verdict));
      tr.appendChild(el("td", null, s.correction));
      body.appendChild(tr);
    });
  }

  /* ---- actions */
  function snapshot(f) {
    var s = {};
    ["doc_id", "fact_id", "predicate", "subject", "object", "office", "value", "unit", "date", "kind", "rule", "evidence",
     "start", "end"].forEach(function (k) { s[k] = f[k]; });
    return s;
  }

  function markDoc(verdict) {
    var doc = run.docs[curDoc()], before = run.verdicts[doc.key];
    var v = { verdict: verdict, correction: "", kind: "document", pending: true };
    post("/api/verdict", { kind: "document", key: doc.key, doc_id: doc.id, verdict: verdict, correction: "",
                           snapshot: { doc_id: doc.id } })
      .then(function () { delete v.pending; say("saved: " + doc.id + " " + verdict); render(); },
            function () { if (run.verdicts[doc.key] === v) { if (before) run.verdicts[doc.key] = before; else delete run.verdicts[doc.key]; } render(); });
    run.verdicts[doc.key] = v;
    next(1);
  }

  function mark(verdict, correction) {
    var f = curFact();
    if (!f && curDoc() >= 0 && !correction) { markDoc(verdict); return; }
    if (!f) return;
    var before = run.verdicts[f.key], v = { verdict: verdict, correction: correction || "", kind: "fact", pending: true };
    post("/api/verdict", { kind: "fact", key: f.key, doc_id: f.doc_id, verdict: verdict, correction: v.correction, snapshot: snapshot(f) })
      .then(function () { delete v.pending; say("saved: " + f.fact_id + " " + (v.correction ? "edited" : verdict)); render(); },
            function () { if (run.verdicts[f.key] === v) { if (before) run.verdicts[f.key] = before; else delete run.verdicts[f.key]; } render(); });
    run.verdicts[f.key] = v; // shown at once as "saving"; acknowledged once its transaction committed
    next(1);
  }

  function next(step) {
    if (!queue.length) return;
    pos = Math.max(0, Math.min(queue.length - 1, pos + step));
    render();
  }

  function undo() {
    post("/api/undo", {}).then(function (j) {
      if (!j.undone) { say("nothing to undo"); return; }
      var key = j.undone.key;
      load(function () {
        var f = run.facts.filter(function (x) { return x.key === key; })[0];
        var d = run.docs.map(function (x) { return x.key; }).indexOf(key);
        var id = f ? f.i : d >= 0 ? docCard(d) : null;
        if (id !== null) {
          var at = queue.indexOf(id);
          if (at < 0) { state.show = ""; $("f-state").value = ""; compute(); at = queue.indexOf(id); }
          if (at >= 0) { pos = at; render(); }
        }
        say("undone: " + j.undone.action + " " + key);
      });
    });
  }

  function closePanels() {
    $("edit").hidden = true; $("add").hidden = true; $("addfact").hidden = true;
  }

  function options(list, values) {
    list.textContent = "";
    values.forEach(function (v) { var o = document.createElement("option"); o.value = v; list.appendChild(o); });
  }

  var FIELD_LABELS = { subject: ["PERSON", "ORG"], object: ["PERSON", "OFFICE", "ORG", "GPE"], office: ["OFFICE"], value: ["VOTES", "PERCENT"] };

  function mentionNames(doc, labels) {
    var seen = {};
    doc.m.forEach(function (i) {
      var m = run.mentions[i];
      if (labels && labels.indexOf(m.label) < 0) return;
      seen[m.label === "VOTES" || m.label === "PERCENT" ? m.value : (m.entity || m.text)] = 1;
    });
    return Object.keys(seen).filter(Boolean).sort();
  }

  function fillEdit() {
    var f = curFact(), doc = run.docs[f.d], field = $("edit-field").value;
    options($("edit-options"), mentionNames(doc, FIELD_LABELS[field]));
    $("edit-value").value = "";
  }

  function openEdit() {
    var f = curFact();
    if (!f) { if (curDoc() >= 0) say("no fact to edit here: f adds a missed fact"); return; }
    closePanels();
    $("edit").hidden = false;
    $("edit-field").value = f.predicate === "election" || f.predicate === "ballots_cast" ? "subject" : (f.office ? "office" : "object");
    fillEdit();
    $("edit-field").focus();
  }
  $("edit-field").addEventListener("change", fillEdit);
  $("edit").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var value = $("edit-value").value.trim();
    if (!value) { say("type or pick the right value, or Esc"); return; }
    $("edit").hidden = true;
    mark("wrong", $("edit-field").value + "=" + value);
  });

  var selection = null;
  function cpIndex(container, node, offset) {
    var r = document.createRange();
    r.setStart(container, 0); r.setEnd(node, offset);
    return Array.from(r.toString()).length;
  }

  /* ---- v: select words with the keyboard (then m adds them, as a mouse selection would) */
  var wsel = null;  // {d: document index, a: first word, b: last word} while word selection is on
  function wordsOf(text) {
    /* the document's words in code points: letters and digits joined by ' ’ - . inside a word; any other
       non-space character is a word of its own ("Ruiz" and "," apart) */
    var chars = Array.from(text), out = [], i = 0, isW = function (c) { return /[\p{L}\p{N}]/u.test(c); };
    while (i < chars.length) {
      if (/\s/.test(chars[i])) { i++; continue; }
      var start = i++;
      if (isW(chars[start])) {
        while (i < chars.length && (isW(chars[i]) || (/['’.\-]/.test(chars[i]) && i + 1 < chars.length && isW(chars[i + 1])))) i++;
      }
      out.push({ start: start, end: i });
    }
    return out;
  }
  function pointAt(box, cp) {
    /* the text node and UTF-16 offset of code point cp inside box (the inverse of cpIndex) */
    var walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT), n, seen = 0;
    while ((n = walker.nextNode())) {
      var cps = Array.from(n.data);
      if (seen + cps.length >= cp) return { node: n, offset: cps.slice(0, cp - seen).join("").length };
      seen += cps.length;
    }
    return { node: box, offset: box.childNodes.length };
  }
  function showWords() {
    var d = curDoc();
    if (!wsel || wsel.d !== d) { wsel = null; return; }
    var doc = run.docs[d], ws = wordsOf(doc.text), a = ws[wsel.a], b = ws[wsel.b], box = $("doc-text");
    var from = pointAt(box, a.start), to = pointAt(box, b.end), r = document.createRange();
    r.setStart(from.node, from.offset); r.setEnd(to.node, to.offset);
    var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
    say("selected: " + Array.from(doc.text).slice(a.start, b.end).join("") + " (←/→ move, shift extends, m adds, Esc ends)");
  }
  function startWords() {
    /* the first word of the sentence that holds the current fact's evidence (else of the document) */
    var d = curDoc();
    if (d < 0) return;
    var doc = run.docs[d], ws = wordsOf(doc.text), f = curFact(), at = 0;
    if (!ws.length) { say("this document has no words"); return; }
    if (f && f.start !== "") {
      var sent = sentences(doc.text).filter(function (s) { return s.start <= +f.start && +f.start < s.end; })[0];
      var from = sent ? sent.start : +f.start;
      while (at + 1 < ws.length && ws[at].end <= from) at++;
    }
    wsel = { d: d, a: at, b: at };
    showWords();
  }
  function moveWords(step, extend) {
    var n = wordsOf(run.docs[wsel.d].text).length;
    if (extend) wsel.b = Math.max(wsel.a, Math.min(n - 1, wsel.b + step));
    else { wsel.a = Math.max(0, Math.min(n - 1, wsel.a + step)); wsel.b = wsel.a; }
    showWords();
  }
  function endWords() { wsel = null; window.getSelection().removeAllRanges(); }

  function openAdd() {
    var d = curDoc(), sel = window.getSelection(), box = $("doc-text");
    if (d < 0 || !sel || sel.isCollapsed || !box.contains(sel.anchorNode) || !box.contains(sel.focusNode)) {
      say("select the missed words in the document first, then press m");
      return;
    }
    var r = sel.getRangeAt(0), start = cpIndex(box, r.startContainer, r.startOffset), end = cpIndex(box, r.endContainer, r.endOffset);
    var doc = run.docs[d], chars = Array.from(doc.text);
    while (start < end && /\s/.test(chars[start])) start++;
    while (end > start && /\s/.test(chars[end - 1])) end--;
    if (start >= end) { say("the selection holds no text"); return; }
    selection = { doc: doc, start: start, end: end, text: chars.slice(start, end).join("") };
    closePanels();
    $("add").hidden = false;
    $("add-text").textContent = selection.text;
    $("add-name").value = ""; $("add-subject").value = ""; $("add-object").value = ""; $("add-office").value = "";
    options($("add-options"), mentionNames(doc, null));
    kindChanged();
    $("add-kind").focus();
  }

  function kindChanged() {
    var fact = $("add-kind").value === "fact";
    document.querySelectorAll("#add .for-fact").forEach(function (e) { e.hidden = !fact; });
    document.querySelectorAll("#add .for-mention").forEach(function (e) { e.hidden = fact; });
  }
  $("add-kind").addEventListener("change", kindChanged);
  $("add").addEventListener("submit", function (ev) {
    ev.preventDefault();
    if (!selection) return;
    var s = selection, kind = $("add-kind").value, row;
    if (kind === "mention") {
      row = { label: $("add-label").value, text: s.text, start: s.start, end: s.end, correction: $("add-name").value.trim() };
    } else {
      row = { predicate: $("add-predicate").value, subject: $("add-subject").value.trim(), object: $("add-object").value.trim(),
              office: $("add-office").value.trim(), evidence: s.text, start: s.start, end: s.end };
    }
    $("add").hidden = true;
    post("/api/add", { kind: kind, doc_id: s.doc.id, row: row }).then(function (j) {
      run.added.push({ id: j.id, kind: kind, doc_id: s.doc.id, row: row });
      say("added: " + kind + " " + s.text);
      render();
    });
  });

  function toggleKeys(show) {
    $("keymap").hidden = show === undefined ? !$("keymap").hidden : !show;
  }

  document.addEventListener("keydown", function (ev) {
    var t = ev.target, typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
    if (ev.key === "Escape") { closePanels(); toggleKeys(false); if (wsel) endWords(); if (typing) t.blur(); return; }
    if (typing || ev.ctrlKey || ev.metaKey || ev.altKey || !run) return;
    if (location.hash === "#stale") return;
    if (wsel) {  // word selection: the arrows move it, shift extends it, m adds it; any other key ends it
      if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") { moveWords(ev.key === "ArrowRight" ? 1 : -1, ev.shiftKey); ev.preventDefault(); return; }
      if (ev.key === "m") { ev.preventDefault(); openAdd(); wsel = null; return; }
      if (ev.key === "Shift") return;
      endWords();
      if (ev.key === "v") { ev.preventDefault(); return; }
    }
    var handled = true;
    switch (ev.key) {
      case "v": startWords(); break;
      case "a": mark("ok"); break;
      case "x": mark("wrong"); break;
      case "e": openEdit(); break;
      case "m": openAdd(); break;
      case "f": openAddFact(); break;
      case "j": moveMention(1); break;
      case "k": moveMention(-1); break;
      case "o": markMention("ok"); break;
      case "w": markMention("wrong"); break;
      case "u": undo(); break;
      case " ": case "ArrowRight": next(1); break;
      case "ArrowLeft": next(-1); break;
      case "?": toggleKeys(); break;
      default: handled = false;
    }
    if (handled) ev.preventDefault();
  });

  function route() {
    var stale = location.hash === "#stale";
    $("view-queue").hidden = stale; $("view-stale").hidden = !stale;
    $("tab-queue").classList.toggle("active", !stale); $("tab-stale").classList.toggle("active", stale);
  }
  window.addEventListener("hashchange", route);
  route();
  busy(0);
  load();
})();
