/* newsfacts review page. Reads the JSON block #review-data, shows one page of
   documents at a time and filters facts across all documents. Every string
   of document data reaching the DOM was escaped by pipeline/tools/review.py. */
(function () {
  "use strict";
  /* "0": the script runs; "1": the page is ready (review_driver.load_page waits on both) */
  document.documentElement.setAttribute("data-ready", "0");
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var docs = data.docs, facts = data.facts, ents = data.entities, races = data.races;
  var $ = function (id) { return document.getElementById(id); };
  var state = { predicate: "", rule: "", entity: "", status: "", minConf: 0, q: "", page: 0, ePage: 0, eq: "", rPage: 0, rq: "", rConflicts: false };
  var factPass = new Uint8Array(facts.length);
  var shownDocs = [], shownEnts = [], shownRaces = [], shownFacts = 0;

  function factOk(f, skip) {
    if (skip !== "predicate" && state.predicate && f.p !== state.predicate) return false;
    if (skip !== "rule" && state.rule && f.r !== state.rule) return false;
    if (state.minConf > 0 && (f.c === null || f.c < state.minConf - 1e-9)) return false;
    if (state.entity !== "" && f.e.indexOf(+state.entity) < 0) return false;
    if (state.q && f.q.indexOf(state.q) < 0) return false;
    if (state.status && docs[f.d].s !== state.status) return false;
    return true;
  }

  function compute() {
    var factFilter = state.predicate || state.rule || state.minConf > 0;
    var anyFilter = factFilter || state.entity !== "" || state.q;
    var perPred = {}, perRule = {}, i, f, d;
    shownFacts = 0;
    for (i = 0; i < facts.length; i++) {
      f = facts[i];
      factPass[i] = factOk(f) ? 1 : 0;
      shownFacts += factPass[i];
      if (factOk(f, "predicate")) perPred[f.p] = (perPred[f.p] || 0) + 1;
      if (factOk(f, "rule")) perRule[f.r] = (perRule[f.r] || 0) + 1;
    }
    shownDocs = [];
    for (i = 0; i < docs.length; i++) {
      d = docs[i];
      if (state.status && d.s !== state.status) continue;
      var hit = !anyFilter;
      for (var k = 0; !hit && k < d.f.length; k++) hit = factPass[d.f[k]] === 1;
      if (!hit && !factFilter && anyFilter) {
        hit = (state.entity === "" || d.e.indexOf(+state.entity) >= 0) && (!state.q || d.q.indexOf(state.q) >= 0);
      }
      if (hit) shownDocs.push(i);
    }
    relabel($("f-predicate"), perPred);
    relabel($("f-rule"), perRule);
  }

  function relabel(select, counts) {
    for (var i = 1; i < select.options.length; i++) {
      var o = select.options[i];
      o.textContent = o.getAttribute("data-name") + " (" + (counts[o.value] || 0) + ")";
    }
  }

  function pages(n, size) { return Math.max(1, Math.ceil(n / size)); }

  function renderPager(kind, page, total, size) {
    var n = pages(total, size);
    document.querySelectorAll('nav[data-pager="' + kind + '"]').forEach(function (nav) {
      nav.textContent = "";
      var prev = document.createElement("button");
      prev.type = "button"; prev.textContent = "‹ previous"; prev.disabled = page <= 0;
      prev.setAttribute("data-go", String(page - 1));
      var next = document.createElement("button");
      next.type = "button"; next.textContent = "next ›"; next.disabled = page >= n - 1;
      next.setAttribute("data-go", String(page + 1));
      var label = document.createElement("span");
      label.textContent = "page ";
      var input = document.createElement("input");
      input.type = "number"; input.min = "1"; input.max = String(n); input.value = String(page + 1);
      input.setAttribute("aria-label", "page number");
      var of = document.createElement("span");
      of.textContent = " of " + n;
      nav.append(prev, label, input, of, next);
      nav.onclick = function (ev) {
        var b = ev.target.closest("button[data-go]");
        if (b && !b.disabled) go(kind, +b.getAttribute("data-go"));
      };
      input.onchange = function () { go(kind, (parseInt(input.value, 10) || 1) - 1); };
    });
  }

  function go(kind, page) {
    if (kind === "docs") { state.page = Math.max(0, Math.min(page, pages(shownDocs.length, data.pageSize) - 1)); renderDocs(); window.scrollTo(0, 0); }
    else if (kind === "races") { state.rPage = Math.max(0, Math.min(page, pages(shownRaces.length, data.racePageSize) - 1)); renderRaces(); }
    else { state.ePage = Math.max(0, Math.min(page, pages(shownEnts.length, data.entityPageSize) - 1)); renderEntities(); }
  }

  function renderDocs() {
    var size = data.pageSize, start = state.page * size;
    var slice = shownDocs.slice(start, start + size);
    var box = $("docs");
    box.innerHTML = slice.map(function (i) { return docs[i].h; }).join("");
    box.querySelectorAll("section.doc").forEach(function (sec) {
      var d = docs[+sec.getAttribute("data-doc")], shown = 0;
      sec.querySelectorAll("tr[data-fact]").forEach(function (tr) {
        var ok = factPass[+tr.getAttribute("data-fact")] === 1;
        tr.hidden = !ok; shown += ok ? 1 : 0;
      });
      var count = sec.querySelector(".fact-count[data-total]");
      var n = d.f.length, noun = n === 1 ? " fact" : " facts";
      if (count) count.textContent = shown === n ? n + noun : shown + " of " + n + noun + " match the filters";
      var table = sec.querySelector(".facts table");
      if (table) table.hidden = shown === 0;
    });
    var nDocs = docs.length;
    $("summary").textContent = "Showing " + shownFacts + " of " + facts.length + " facts in " + shownDocs.length + " of " + nDocs +
      " documents" + (shownDocs.length ? " · documents " + (start + 1) + "–" + (start + slice.length) : "");
    renderPager("docs", state.page, shownDocs.length, size);
  }

  function computeEntities() {
    shownEnts = [];
    for (var i = 0; i < ents.length; i++) if (!state.eq || ents[i].q.indexOf(state.eq) >= 0) shownEnts.push(i);
  }

  function renderEntities() {
    var size = data.entityPageSize, start = state.ePage * size;
    $("entities").innerHTML = shownEnts.slice(start, start + size).map(function (i) { return ents[i].h; }).join("");
    $("e-summary").textContent = shownEnts.length + " of " + ents.length + " entities";
    renderPager("entities", state.ePage, shownEnts.length, size);
  }

  function computeRaces() {
    shownRaces = [];
    for (var i = 0; i < races.length; i++) {
      if (state.rConflicts && !races[i].c) continue;
      if (!state.rq || races[i].q.indexOf(state.rq) >= 0) shownRaces.push(i);
    }
  }

  function renderRaces() {
    var size = data.racePageSize, start = state.rPage * size;
    $("races").innerHTML = shownRaces.slice(start, start + size).map(function (i) { return races[i].h; }).join("");
    $("r-summary").textContent = shownRaces.length + " of " + races.length + " races";
    renderPager("races", state.rPage, shownRaces.length, size);
  }

  function refresh() { compute(); state.page = 0; renderDocs(); }

  /* ---- evidence highlighting: offsets count Unicode code points, as Python does */
  function clearEvidence() {
    document.querySelectorAll("tr.selected").forEach(function (tr) { tr.classList.remove("selected"); tr.removeAttribute("aria-selected"); });
    document.querySelectorAll("span.ev").forEach(function (sp) {
      var parent = sp.parentNode;
      while (sp.firstChild) parent.insertBefore(sp.firstChild, sp);
      parent.removeChild(sp);
      parent.normalize();
    });
  }

  function utf16Offset(s, cp) { var i = 0, n = 0; while (n < cp && i < s.length) { var c = s.charCodeAt(i); i += (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) ? 2 : 1; n++; } return i; }
  function cpLength(s) { var n = 0; for (var i = 0; i < s.length; i++) { var c = s.charCodeAt(i); if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)) n++; } return n; }

  function markEvidence(textEl, start, end) {
    var walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT), nodes = [], node, pos = 0, first = null;
    while ((node = walker.nextNode())) nodes.push(node);
    nodes.forEach(function (n) {
      var len = cpLength(n.data), a = Math.max(start, pos), b = Math.min(end, pos + len);
      if (a < b) {
        var from = utf16Offset(n.data, a - pos), to = utf16Offset(n.data, b - pos);
        var mid = n.splitText(from); mid.splitText(to - from);
        var sp = document.createElement("span"); sp.className = "ev";
        mid.parentNode.replaceChild(sp, mid); sp.appendChild(mid);
        if (!first) first = sp;
      }
      pos += len;
    });
    return first;
  }

  function select(tr) {
    var was = tr.classList.contains("selected");
    clearEvidence();
    if (was) return;
    tr.classList.add("selected"); tr.setAttribute("aria-selected", "true");
    var sec = tr.closest("section.doc"), text = sec && sec.querySelector(".text");
    if (!text || !tr.hasAttribute("data-start")) return;
    var first = markEvidence(text, +tr.getAttribute("data-start"), +tr.getAttribute("data-end"));
    if (first && first.getBoundingClientRect().top < 80) first.scrollIntoView({ block: "center" });
  }

  $("docs").addEventListener("click", function (ev) {
    var tr = ev.target.closest("tr[data-fact]");
    if (tr) select(tr);
  });
  $("docs").addEventListener("keydown", function (ev) {
    var tr = ev.target.closest("tr[data-fact]");
    if (tr && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(tr); }
  });

  /* ---- filters */
  var timer = null;
  document.querySelectorAll("form.filters").forEach(function (f) { f.addEventListener("submit", function (ev) { ev.preventDefault(); }); });
  ["predicate", "rule", "entity", "status"].forEach(function (name) {
    $("f-" + name).addEventListener("change", function (ev) { state[name] = ev.target.value; refresh(); });
  });
  $("f-confidence").addEventListener("input", function (ev) {
    state.minConf = +ev.target.value; $("f-confidence-value").textContent = state.minConf.toFixed(2); refresh();
  });
  $("f-search").addEventListener("input", function (ev) {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = ev.target.value.trim().toLowerCase(); refresh(); }, 150);
  });
  $("f-reset").addEventListener("click", resetFilters);
  function resetFilters() {
    state.predicate = state.rule = state.entity = state.status = state.q = ""; state.minConf = 0;
    ["predicate", "rule", "entity", "status", "search"].forEach(function (n) { $("f-" + n).value = ""; });
    $("f-confidence").value = "0"; $("f-confidence-value").textContent = "0.00";
    refresh();
  }
  $("e-search").addEventListener("input", function (ev) {
    state.eq = ev.target.value.trim().toLowerCase(); state.ePage = 0; computeEntities(); renderEntities();
  });
  $("r-search").addEventListener("input", function (ev) {
    state.rq = ev.target.value.trim().toLowerCase(); state.rPage = 0; computeRaces(); renderRaces();
  });
  $("r-conflicts").addEventListener("change", function (ev) {
    state.rConflicts = ev.target.checked; state.rPage = 0; computeRaces(); renderRaces();
  });
  $("entities").addEventListener("click", function (ev) {
    var b = ev.target.closest("button[data-entity-filter]");
    if (!b) return;
    resetFilters();
    state.entity = b.getAttribute("data-entity-filter"); $("f-entity").value = state.entity;
    refresh();
    location.hash = "#docs";
  });

  /* ---- views and links: #docs, #entities, #races, #d<index> (a document on any page),
     #d<index>-f<fact> (the document with that fact's evidence marked) */
  function route() {
    var h = location.hash.slice(1), m = /^d(\d+)(?:-f(\d+))?$/.exec(h);
    var view = h === "entities" || h === "races" ? h : "docs";
    ["docs", "entities", "races"].forEach(function (v) {
      $("view-" + v).hidden = v !== view; $("tab-" + v).classList.toggle("active", v === view);
    });
    if (!m) return;
    h = "d" + m[1];
    var i = +m[1], at = shownDocs.indexOf(i);
    if (at < 0 && i < docs.length) { resetFilters(); at = shownDocs.indexOf(i); }
    if (at < 0) return;
    var page = Math.floor(at / data.pageSize);
    if (page !== state.page || !document.getElementById(h)) { state.page = page; renderDocs(); }
    var el = document.getElementById(h);
    if (el) el.scrollIntoView({ block: "start" });
    var tr = m[2] !== undefined && el && el.querySelector('tr[data-fact="' + m[2] + '"]');
    if (tr) { tr.hidden = false; clearEvidence(); select(tr); }
  }
  window.addEventListener("hashchange", route);

  compute(); computeEntities(); computeRaces(); renderDocs(); renderEntities(); renderRaces(); route();
  document.documentElement.setAttribute("data-ready", "1");
})();
