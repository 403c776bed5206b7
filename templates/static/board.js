// The board's filters, counts, sorting and search, in the browser. No framework, no third-party request.
//
// The index page works without this file: it lists the newest postings, pages through the rest
// and links every facet page. With it, the filter form (hidden without JavaScript) drives a view
// computed from postings.json: every facet value shows how many postings it would leave, given the
// other filters. The state lives in the URL query, so a filtered view is a link and Back works.
// Search uses Pagefind's index of the posting pages; its results are intersected with the filters.
(function () {
  "use strict";

  var base = document.documentElement.getAttribute("data-base") || "/";
  var DAY = 86400000;

  // ---------------------------------------------------------------- "posted 3 days ago", as of today
  function ageInWords(verb, iso, today) {
    var days = Math.round((today - Date.parse(iso)) / DAY);
    if (days <= 0) return verb + " today";
    if (days === 1) return verb + " yesterday";
    if (days < 60) return verb + " " + days + " days ago";
    var months = Math.floor(days / 30);
    if (months < 24) return verb + " " + months + " months ago";
    return verb + " " + Math.floor(days / 365) + " years ago";
  }
  function utcToday() {
    var now = new Date();
    return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  }
  function renewAges(root) {
    var today = utcToday();
    root.querySelectorAll("time[data-verb]").forEach(function (el) {
      var text = ageInWords(el.getAttribute("data-verb"), el.getAttribute("datetime"), today);
      if (el.textContent !== text) el.textContent = text;
    });
  }
  renewAges(document);

  var boardEl = document.querySelector("[data-board]");
  var form = document.getElementById("filters");
  if (!boardEl || !form) return;

  var cardsEl = document.getElementById("cards");
  var countEl = document.getElementById("result-count");
  var moreEl = document.getElementById("show-more");
  var pagerEl = boardEl.querySelector(".pager");
  var searchEl = document.getElementById("q");
  var sortEl = document.getElementById("sort");
  var minpayEl = document.getElementById("minpay");
  var activeEl = form.querySelector(".active-count");
  var PAGE = 50;

  var data = null; // postings.json
  var facets = []; // per facet: {key, param, label, values, byId, counts, expanded, items, list}
  var state = readState();
  var shown = PAGE;
  var searchHits = null; // posting index -> rank (best match first) for the query, or null without one
  var searchToken = 0;
  var chunks = {}; // card text chunks by number: Promise of rows
  var pagefind = null;
  var searchMap = null;

  // ---------------------------------------------------------------- state <-> URL
  function readState() {
    var params = new URLSearchParams(location.search);
    var sel = {};
    params.forEach(function (value, key) {
      if (key === "q" || key === "sort" || key === "minpay") return;
      (sel[key] = sel[key] || []).push(value);
    });
    var minpay = parseInt(params.get("minpay") || "", 10);
    return {
      q: (params.get("q") || "").trim(),
      sort: ["pay", "company", "match"].indexOf(params.get("sort")) >= 0 ? params.get("sort") : "newest",
      minpay: isNaN(minpay) || minpay <= 0 ? null : minpay,
      sel: sel,
    };
  }
  function stateQuery() {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    facets.forEach(function (f) {
      (state.sel[f.param] || []).forEach(function (id) { params.append(f.param, id); });
    });
    if (state.minpay) params.set("minpay", String(state.minpay));
    if (state.sort !== "newest") params.set("sort", state.sort);
    var text = params.toString();
    return text ? "?" + text : "";
  }
  function saveState(push) {
    var url = location.pathname + stateQuery() + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }
  function isDefault() {
    return !state.q && !state.minpay && state.sort === "newest" && Object.keys(state.sel).every(function (k) { return !state.sel[k].length; });
  }

  // ---------------------------------------------------------------- filtering and counting
  function yearlyTop(row) {
    var pay = row[2];
    if (!pay) return null;
    var top = pay[1] != null ? pay[1] : pay[0];
    return top * data.periods[pay[2]][1];
  }
  function selectedIndices() {
    return facets.map(function (f) {
      var ids = state.sel[f.param] || [];
      if (!ids.length) return null;
      var set = new Set();
      ids.forEach(function (id) { if (f.byId.has(id)) set.add(f.byId.get(id)); });
      return set;
    });
  }
  // One pass over the postings: the matches, and for every facet value how many postings it would
  // leave given the other facets' filters (a posting failing only facet F still counts for F's values).
  function compute() {
    var sel = selectedIndices();
    var nf = facets.length;
    facets.forEach(function (f) { f.counts.fill(0); });
    var matches = [];
    var rows = data.postings;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (searchHits && !searchHits.has(i)) continue;
      if (state.minpay && row[2] && yearlyTop(row) < state.minpay) continue;
      var failed = -1;
      for (var f = 0; f < nf && failed !== -2; f++) {
        var s = sel[f];
        if (!s) continue;
        var vals = row[3 + f], ok = false;
        for (var k = 0; k < vals.length; k++) if (s.has(vals[k])) { ok = true; break; }
        if (!ok) failed = failed === -1 ? f : -2;
      }
      if (failed === -2) continue;
      if (failed === -1) {
        matches.push(i);
        for (var g = 0; g < nf; g++) {
          var vs = row[3 + g], c = facets[g].counts;
          for (var m = 0; m < vs.length; m++) c[vs[m]]++;
        }
      } else {
        var only = row[3 + failed], cc = facets[failed].counts;
        for (var n = 0; n < only.length; n++) cc[only[n]]++;
      }
    }
    return sortMatches(matches);
  }
  function sortMatches(matches) {
    if (state.sort === "match" && searchHits) {
      return matches.slice().sort(function (a, b) { return searchHits.get(a) - searchHits.get(b); });
    }
    if (state.sort === "pay") {
      // Amounts compare only within a currency (no exchange rates: the site must build offline and
      // byte for byte): the currency most of the matches pay in comes first, then the next, ...
      var payAt = 3 + facets.findIndex(function (f) { return f.key === "pay"; });
      var seen = {};
      matches.forEach(function (i) { var c = data.postings[i][payAt][0]; seen[c] = (seen[c] || 0) + 1; });
      var key = matches.map(function (i) {
        var row = data.postings[i];
        return row[2] ? [-seen[row[payAt][0]], row[payAt][0], -yearlyTop(row)] : [1, 0, 0];
      });
      var order = matches.map(function (_, n) { return n; });
      order.sort(function (a, b) {
        var x = key[a], y = key[b];
        return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || matches[a] - matches[b];
      });
      return order.map(function (n) { return matches[n]; });
    }
    if (state.sort === "company") {
      var at = 3 + facets.findIndex(function (f) { return f.key === "company"; });
      return matches.slice().sort(function (a, b) {
        var x = data.postings[a][at][0], y = data.postings[b][at][0];
        var byName = (x == null ? 1e9 : x) - (y == null ? 1e9 : y); // values are sorted by name already
        return byName || a - b;
      });
    }
    return matches; // postings.json is newest first
  }

  // ---------------------------------------------------------------- filter controls
  function valueItem(f, n) {
    if (f.items.has(n)) return f.items.get(n);
    var value = f.values[n];
    var li = document.createElement("li");
    if (value.depth) li.className = "depth-" + value.depth;
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.name = f.param;
    box.value = value.id;
    var text = document.createElement("span");
    text.className = "value-label";
    text.textContent = value.label;
    var count = document.createElement("span");
    count.className = "count";
    label.append(box, " ", text, " ", count);
    li.append(label);
    f.items.set(n, li);
    return li;
  }
  function visibleValues(f) {
    var chosen = new Set((state.sel[f.param] || []).map(function (id) { return f.byId.get(id); }));
    var top = f.values.map(function (_, n) { return n; }).filter(function (n) { return !f.values[n].depth; });
    top.sort(function (a, b) { return f.total[b] - f.total[a] || f.values[a].label.localeCompare(f.values[b].label); });
    if (!f.expanded) {
      // The first few, what is chosen, and "Not stated", which is a choice of its own.
      top = top.filter(function (n, k) { return k < data.top || chosen.has(n) || f.values[n].id === "not-stated"; });
    }
    var out = [];
    function open(n) { // chosen, or holding a chosen region or city
      return chosen.has(n) || (f.children[n] || []).some(open);
    }
    // Locations: a chosen country (or region) shows its regions and cities beneath it.
    (function add(list) {
      list.forEach(function (n) {
        out.push(n);
        if (f.children[n] && open(n)) add(f.children[n]);
      });
    })(top.filter(function (n, k) { return top.indexOf(n) === k; }));
    return out;
  }
  function renderControls() {
    var focused = document.activeElement;
    facets.forEach(function (f) {
      var wanted = visibleValues(f);
      var current = Array.prototype.map.call(f.list.children, function (li) { return li; });
      var same = current.length === wanted.length && wanted.every(function (n, k) { return f.items.get(n) === current[k]; });
      if (!same) f.list.replaceChildren.apply(f.list, wanted.map(function (n) { return valueItem(f, n); }));
      var chosen = new Set(state.sel[f.param] || []);
      wanted.forEach(function (n) {
        var li = f.items.get(n), box = li.querySelector("input");
        box.checked = chosen.has(f.values[n].id);
        li.querySelector(".count").textContent = String(f.counts[n]);
        li.classList.toggle("is-empty", f.counts[n] === 0 && !box.checked);
      });
    });
    if (focused && focused !== document.activeElement && document.contains(focused)) focused.focus();
    var active = facets.reduce(function (n, f) { return n + (state.sel[f.param] || []).length; }, 0) + (state.minpay ? 1 : 0);
    activeEl.textContent = active ? "(" + active + " on)" : "";
    // A box the visitor is typing in keeps what they typed: a refresh started earlier (a checkbox, say) that
    // finishes mid-typing would otherwise put the old query back and the new one would never be searched.
    if (document.activeElement !== searchEl) searchEl.value = state.q;
    sortEl.value = state.sort;
    if (document.activeElement !== minpayEl) minpayEl.value = state.minpay ? String(state.minpay) : "";
  }

  // ---------------------------------------------------------------- cards
  function chunk(n) {
    if (!chunks[n]) chunks[n] = fetchJSON(base + "cards/" + n + ".json");
    return chunks[n];
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }
  function labelsOf(key, row) {
    var f = facets.find(function (x) { return x.key === key; });
    if (!f) return [];
    return row[3 + facets.indexOf(f)].map(function (n) { return f.values[n]; });
  }
  // The same markup as templates/_card.html.
  function card(i, text, today) {
    var row = data.postings[i];
    var slug = text[0], title = text[1], team = text[2], places = text[3], pay = text[4];
    var li = el("li", "card"), article = el("article");
    var h3 = el("h3", "card-title"), a = el("a", null, title || "Untitled draft");
    a.href = base + "jobs/" + encodeURIComponent(slug) + "/";
    h3.append(a);
    var org = el("p", "card-org");
    var company = labelsOf("company", row)[0];
    org.append(el("span", "company", company ? company.label : "Unknown company"));
    if (team) org.append(" · ", el("span", "team", team));
    var facts = el("ul", "facts");
    if (places) facts.append(el("li", "places", places));
    var workplace = labelsOf("workplace", row)[0];
    facts.append(el("li", "workplace", !workplace || workplace.id === "not-stated" ? "Workplace not stated" : workplace.label));
    var type = labelsOf("type", row)[0];
    if (type) facts.append(el("li", null, type.label));
    if (pay) facts.append(el("li", "pay", pay));
    var start = labelsOf("start", row)[0];
    if (start && start.id !== "not-stated") facts.append(el("li", null, "Starts " + start.label));
    var degrees = labelsOf("degree", row);
    if (degrees.length) facts.append(el("li", null, degrees.map(function (v) { return v.label; }).join(", ")));
    article.append(h3, org, facts);
    var skills = labelsOf("skill", row);
    if (skills.length) {
      var tags = el("ul", "tags");
      tags.setAttribute("aria-label", "Skills");
      skills.forEach(function (v) { tags.append(el("li", null, v.label)); });
      article.append(tags);
    }
    var day = row[0] != null ? row[0] : row[1];
    if (day != null) {
      var iso = new Date(day * DAY).toISOString().slice(0, 10);
      var verb = row[0] != null ? "posted" : "added";
      var time = el("time", null, ageInWords(verb, iso, today));
      time.setAttribute("datetime", iso);
      time.setAttribute("data-verb", verb);
      var age = el("p", "age");
      age.append(time);
      article.append(age);
    }
    li.append(article);
    return li;
  }
  var renderToken = 0;
  function renderCards(matches) {
    var token = ++renderToken;
    var visible = matches.slice(0, shown);
    var needed = Array.from(new Set(visible.map(function (i) { return Math.floor(i / data.chunk); })));
    return Promise.all(needed.map(chunk)).then(function (loaded) {
      if (token !== renderToken) return;
      var byChunk = {};
      needed.forEach(function (n, k) { byChunk[n] = loaded[k]; });
      var today = utcToday();
      cardsEl.replaceChildren.apply(cardsEl, visible.map(function (i) {
        return card(i, byChunk[Math.floor(i / data.chunk)][i % data.chunk], today);
      }));
      moreEl.parentElement.hidden = isDefault() || matches.length <= shown; // the default view has its pager
    });
  }

  // ---------------------------------------------------------------- search (Pagefind)
  function loadPagefind() {
    if (!pagefind) {
      pagefind = Promise.all([import(base + "pagefind/pagefind.js"), fetchJSON(base + "search.json")]).then(function (both) {
        searchMap = new Map();
        both[1].forEach(function (id, i) { if (id) searchMap.set(id, i); });
        return both[0];
      });
    }
    return pagefind;
  }
  function runSearch() {
    var token = ++searchToken;
    if (!state.q) {
      searchHits = null;
      return Promise.resolve(true);
    }
    return loadPagefind()
      .then(function (pf) { return pf.search(state.q); })
      .then(function (result) {
        if (token !== searchToken) return false;
        searchHits = new Map();
        (result ? result.results : []).forEach(function (r, rank) {
          if (searchMap.has(r.id)) searchHits.set(searchMap.get(r.id), rank);
        });
        return true;
      });
  }

  // ---------------------------------------------------------------- update
  var firstRender = true;
  function update(options) {
    var matches = compute();
    renderControls();
    var total = data.postings.length;
    countEl.textContent = isDefault()
      ? total + " open posting" + (total === 1 ? "" : "s")
      : matches.length + " of " + total + " posting" + (total === 1 ? "" : "s") + " match";
    if (pagerEl) pagerEl.hidden = !isDefault();
    boardEl.classList.toggle("is-filtered", !isDefault());
    // The server-rendered first page already shows the default view: keep it (no flash on load).
    if (firstRender && isDefault()) {
      firstRender = false;
      moreEl.parentElement.hidden = true;
      return Promise.resolve();
    }
    firstRender = false;
    if (!(options && options.keepShown)) shown = PAGE;
    return renderCards(matches);
  }
  function refresh(push) {
    saveState(push);
    return runSearch().then(function (current) { if (current) return update(); }).catch(report);
  }
  function report(error) {
    countEl.textContent = "Could not load the postings (" + (error && error.message ? error.message : error) + "). Reload the page to try again.";
  }
  function fetchJSON(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  // ---------------------------------------------------------------- events
  function listen() {
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("change", function (event) {
      var box = event.target;
      if (box.type !== "checkbox") return;
      var list = state.sel[box.name] || (state.sel[box.name] = []);
      var at = list.indexOf(box.value);
      if (box.checked && at < 0) list.push(box.value);
      if (!box.checked && at >= 0) list.splice(at, 1);
      refresh(true);
    });
    sortEl.addEventListener("change", function () { state.sort = sortEl.value; refresh(true); });
    var typing = null;
    function debounce(fn) {
      clearTimeout(typing);
      typing = setTimeout(fn, 180);
    }
    searchEl.addEventListener("input", function () {
      debounce(function () { state.q = searchEl.value.trim(); refresh(false); });
    });
    minpayEl.addEventListener("input", function () {
      debounce(function () {
        var value = parseInt(minpayEl.value, 10);
        state.minpay = isNaN(value) || value <= 0 ? null : value;
        refresh(false);
      });
    });
    form.addEventListener("reset", function (event) {
      event.preventDefault();
      state = { q: "", sort: "newest", minpay: null, sel: {} };
      refresh(true);
    });
    boardEl.querySelectorAll("button.more").forEach(function (button) {
      var f = facets.find(function (x) { return x.fieldset && x.fieldset.contains(button); });
      var shortText = button.textContent;
      button.addEventListener("click", function () {
        f.expanded = !f.expanded;
        button.setAttribute("aria-expanded", String(f.expanded));
        button.textContent = f.expanded ? "Show fewer" : shortText;
        renderControls();
      });
    });
    moreEl.addEventListener("click", function () {
      shown += PAGE;
      var first = cardsEl.children.length;
      renderCards(compute()).then(function () {
        var link = cardsEl.children[first] && cardsEl.children[first].querySelector("a");
        if (link) link.focus(); // keyboard users continue where the new cards start
      });
    });
    window.addEventListener("popstate", function () {
      state = readState();
      runSearch().then(function (current) { if (current) update(); }).catch(report);
    });
  }

  function setUp(json) {
    data = json;
    // postings.json is column by column (it compresses better); filtering reads row by row.
    data.postings = [];
    for (var i = 0; i < data.count; i++) {
      data.postings.push(data.columns.map(function (column) { return column[i]; }));
    }
    facets = data.facets.map(function (table, k) {
      var fieldset = form.querySelector('fieldset[data-facet="' + table.key + '"]');
      var f = {
        key: table.key,
        param: table.param,
        label: table.label,
        values: table.values.map(function (v) { return { id: v.id, label: v.label, depth: 0 }; }),
        byId: new Map(),
        counts: new Int32Array(table.values.length),
        total: new Int32Array(table.values.length),
        children: {},
        expanded: false,
        items: new Map(),
        fieldset: fieldset,
        list: fieldset ? fieldset.querySelector(".facet-values") : document.createElement("ul"),
      };
      table.values.forEach(function (v, n) {
        f.byId.set(v.id, n);
        if (v.parent != null) {
          f.values[n].depth = f.values[v.parent].depth + 1;
          (f.children[v.parent] = f.children[v.parent] || []).push(n);
        }
      });
      data.postings.forEach(function (row) { row[3 + k].forEach(function (n) { f.total[n]++; }); });
      return f;
    });
    listen();
    return runSearch().then(function () { return update(); });
  }

  fetchJSON(base + "postings.json").then(setUp).catch(report);
})();
