/**
 * The page's style and script, inlined into index.html (allowed by their hashes, nothing else).
 * Plain browser JavaScript with no library: the page must load nothing from another origin. The
 * script inserts every piece of arXiv text with textContent, never as HTML, and builds links
 * only from arXiv ids and the https code links the action derived. Tested in Chromium
 * (test/e2e/site.e2e.test.ts).
 */

export const SITE_STYLE = `
:root { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0550ae; --new: #1a7f37; --pin: #fff8c5; --pin-fg: #3b2300; --card: #f6f8fa; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --accent: #6cb6ff; --new: #56d364; --pin: #3b2e00; --pin-fg: #f2e5b6; --card: #151b23; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header h1 { margin: .75rem 0 0; font-size: 1.4rem; }
header p { margin: 0; color: var(--muted); }
/* Papers first: one compact bar of controls above the list, the chart after it. */
.filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .5rem 1rem; margin: .75rem 0; padding: .6rem .75rem; border: 1px solid var(--line); border-radius: 6px; background: var(--card); }
.filters > [role=search] { flex: 1 1 16rem; }
.filters label { font-weight: 600; font-size: .9rem; }
input, button { font: inherit; color: inherit; }
input[type=search], input[type=text], input[type=date], input[type=number], select { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: .35rem .5rem; }
input[type=search] { display: block; width: 100%; margin-top: .25rem; }
button { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: .3rem .7rem; cursor: pointer; }
button:hover { border-color: var(--accent); }
fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
legend { font-weight: 600; padding: 0; margin-bottom: .25rem; }
.dates { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
#pins { list-style: none; padding: 0; margin: .25rem 0 0; display: flex; flex-wrap: wrap; gap: .5rem; }
#pins:empty { display: none; }
.pin input { width: 10rem; }
#min-score { width: 4.5rem; }
#papers { margin: .5rem 0 0; font-size: 1.2rem; }
#status, .keys-bar { margin: .25rem 0; }
figure { margin: 1rem 0; }
figcaption { font-weight: 600; }
#chart svg { width: 100%; height: auto; max-height: 12rem; }
#chart text { font-size: 11px; }
#chart text.axis { fill: var(--muted); }
#list { list-style: none; padding: 0; margin: 0; }
.paper { border-top: 1px solid var(--line); padding: .75rem 0; }
.paper.pinned { background: var(--pin); color: var(--pin-fg); padding-left: .5rem; padding-right: .5rem; }
.paper.pinned a { color: inherit; }
.paper h3 { font-size: 1.05rem; margin: 0; overflow-wrap: anywhere; }
.meta, .comment { margin: .2rem 0; color: var(--muted); overflow-wrap: anywhere; }
.paper.pinned .meta, .paper.pinned .comment { color: inherit; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; border-radius: 1em; padding: 0 .5em; margin-right: .4em; border: 1px solid currentColor; }
.badge.new { color: var(--new); }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: .3rem; }
.abstract { margin: .5rem 0 0; overflow-wrap: anywhere; }
.translated { margin: .1rem 0 0; font-weight: 600; overflow-wrap: anywhere; }
.tldr { margin: .25rem 0 0; overflow-wrap: anywhere; }
.relevance { margin: .25rem 0 0; font-size: .9rem; }
#keys { display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; margin: .5rem 0; }
#keys dd { margin: 0; }
[hidden] { display: none !important; }
#more { margin-top: 1rem; }
@media (max-width: 40rem) { body { padding: 0 .6rem 2rem; } .filters { padding: .5rem; gap: .4rem .75rem; } header p { font-size: .9rem; } }
@media print { .filters, .keys-bar, #keys, #more, .actions, #chart-figure, .skip { display: none !important; } .paper { break-inside: avoid; } }
`

export const SITE_SCRIPT = `
'use strict';
(function () {
  var data = JSON.parse(document.getElementById('digest-data').textContent);
  var PAGE = 200;
  var ID = /^[a-z.-]*\\/?[0-9.]+$/i;
  var storeKey = 'arxiv-daily:' + location.pathname;
  var papers = data.papers.map(function (row) {
    return { id: row[0], version: row[1], title: row[2], authors: row[3], date: row[4], categories: row[5], comment: row[6], code: row[7], keywords: row[8], tldr: row[9] || '', translated: row[10] || '', relevance: Array.isArray(row[11]) ? row[11] : null, abstract: '' };
  });
  var byId = new Map(papers.map(function (p) { return [p.id, p]; }));
  var abstracts = null;
  var loading = null;
  var shown = PAGE;

  // Any page of the same origin can write this storage: a value that is not a list of short
  // strings (or too long a list) is dropped with a warning, never trusted.
  function readList(name, limit, fallback) {
    var value;
    try { value = JSON.parse(localStorage.getItem(storeKey + ':' + name)); } catch (e) { value = undefined; }
    if (value === null) return fallback;
    var fine = Array.isArray(value) && value.length <= limit && value.every(function (item) { return typeof item === 'string' && item.length <= 200; });
    if (fine) return value;
    console.warn('arXiv digest: the stored "' + name + '" is not a list of strings; it was dropped');
    return fallback;
  }
  function write(name, value) {
    try { localStorage.setItem(storeKey + ':' + name, JSON.stringify(value)); } catch (e) { /* private mode: nothing kept */ }
  }

  // New since the last visit: the ids seen then, kept in this browser only.
  var seen = readList('seen', 100000, null);
  // A set, not a list: a visit to a page of 20,000 papers compares each once.
  var seenIds = new Set(seen || []);
  var fresh = new Set(seen ? papers.filter(function (p) { return !seenIds.has(p.id); }).map(function (p) { return p.id; }) : []);
  write('seen', papers.map(function (p) { return p.id; }));
  var pins = readList('pins', 100, []);

  function haystack(p) {
    if (!p.hay || p.hayAbstract !== (abstracts !== null)) {
      p.hay = (p.title + ' ' + p.translated + ' ' + p.tldr + ' ' + p.authors + ' ' + p.comment + ' ' + p.abstract).toLowerCase();
      p.hayAbstract = abstracts !== null;
    }
    return p.hay;
  }

  function loadAbstracts() {
    if (loading) return loading;
    loading = fetch('abstracts.json').then(function (r) { return r.json(); }).then(function (json) {
      abstracts = json.abstracts || {};
      papers.forEach(function (p) { p.abstract = typeof abstracts[p.id] === 'string' ? abstracts[p.id] : ''; });
    }).catch(function () { abstracts = {}; });
    return loading;
  }

  var q = document.getElementById('q');
  var from = document.getElementById('from');
  var to = document.getElementById('to');
  var list = document.getElementById('list');
  var status = document.getElementById('status');
  var more = document.getElementById('more');
  var box = document.getElementById('keywords');
  var counts = data.keywords.map(function () { return 0; });
  papers.forEach(function (p) { p.keywords.forEach(function (k) { counts[k]++; }); });
  var checks = data.keywords.map(function (title, i) {
    var label = document.createElement('label');
    var input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = true;
    input.value = String(i);
    input.addEventListener('change', function () { shown = PAGE; update(); });
    label.appendChild(input);
    label.appendChild(document.createTextNode(' ' + title + ' (' + counts[i] + ')'));
    box.appendChild(label);
    return input;
  });

  function state() {
    var params = new URLSearchParams(location.hash.slice(1));
    // The address is anyone's to write: a date that is not one and an overlong search are dropped.
    var day = function (value) { return /^\\d{4}-\\d{2}-\\d{2}$/.test(value || '') ? value : ''; };
    q.value = (params.get('q') || '').slice(0, 500);
    from.value = day(params.get('from'));
    to.value = day(params.get('to'));
    var k = params.get('k');
    if (k !== null) {
      var wanted = k.split(',');
      checks.forEach(function (c) { c.checked = wanted.indexOf(data.keywords[Number(c.value)]) !== -1; });
    }
  }

  function saveState() {
    var params = new URLSearchParams();
    if (q.value) params.set('q', q.value);
    if (from.value) params.set('from', from.value);
    if (to.value) params.set('to', to.value);
    if (checks.some(function (c) { return !c.checked; }))
      params.set('k', checks.filter(function (c) { return c.checked; }).map(function (c) { return data.keywords[Number(c.value)]; }).join(','));
    var hash = params.toString();
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }

  function matches() {
    var terms = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var on = new Set(checks.filter(function (c) { return c.checked; }).map(function (c) { return Number(c.value); }));
    var start = from.value;
    var end = to.value;
    var least = minScore.value === '' ? NaN : Number(minScore.value);
    var found = papers.filter(function (p) {
      if (!p.keywords.some(function (k) { return on.has(k); })) return false;
      // A paper the model did not score is never hidden by the score.
      if (!isNaN(least) && p.relevance && p.relevance[0] < least) return false;
      if (start && p.date < start) return false;
      if (end && p.date > end) return false;
      if (terms.length === 0) return true;
      var hay = haystack(p);
      return terms.every(function (t) { return hay.indexOf(t) !== -1; });
    });
    // By relevance, the papers the reader's model scored highest first (unscored ones last).
    if (order.value === 'relevance')
      found.sort(function (a, b) { return (b.relevance ? b.relevance[0] : -1) - (a.relevance ? a.relevance[0] : -1); });
    return found;
  }

  function pinned(p) {
    if (pins.length === 0) return false;
    var hay = haystack(p);
    return pins.some(function (pin) { return hay.indexOf(pin.toLowerCase()) !== -1; });
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function link(text, href) {
    var a = el('a', text);
    a.href = href;
    return a;
  }

  function bibtex(p) {
    var esc = function (s) { return s.replace(/[\\\\{}%&#$_^~]/g, function (c) { return c === '\\\\' ? '\\\\textbackslash{}' : '\\\\' + c; }); };
    var key = 'arxiv' + p.id.replace(/[^0-9a-z]/gi, '');
    var authors = p.authors ? p.authors.split('; ').map(esc).join(' and ') : '';
    return '@misc{' + key + ',\\n' +
      '  title = {' + esc(p.title) + '},\\n' +
      (authors ? '  author = {' + authors + '},\\n' : '') +
      '  year = {' + p.date.slice(0, 4) + '},\\n' +
      '  eprint = {' + p.id + '},\\n' +
      '  archivePrefix = {arXiv},\\n' +
      (p.categories ? '  primaryClass = {' + esc(p.categories.split(' ')[0]) + '},\\n' : '') +
      '  url = {https://arxiv.org/abs/' + p.id + '}\\n}\\n';
  }

  function card(p) {
    var li = el('li', undefined, 'paper' + (pinned(p) ? ' pinned' : ''));
    li.dataset.id = p.id;
    var h = el('h3');
    if (fresh.has(p.id)) h.appendChild(el('span', 'New', 'badge new'));
    if (pinned(p)) h.appendChild(el('span', 'Pinned', 'badge'));
    var safe = ID.test(p.id);
    h.appendChild(safe ? link(p.title, 'https://arxiv.org/abs/' + p.id + 'v' + p.version) : el('span', p.title));
    li.appendChild(h);
    // What the reader's own model wrote: the title in their language, then the TL;DR.
    if (p.translated) li.appendChild(el('p', p.translated, 'translated'));
    if (p.tldr) li.appendChild(el('p', 'TL;DR: ' + p.tldr, 'tldr'));
    if (p.relevance) li.appendChild(el('p', 'Relevance ' + p.relevance[0] + '/10' + (p.relevance[1] ? ': ' + p.relevance[1] : ''), 'relevance'));
    var meta = [p.authors, p.date, p.categories, p.keywords.map(function (k) { return data.keywords[k]; }).join(', ')].filter(Boolean);
    li.appendChild(el('p', meta.join(' · '), 'meta'));
    if (p.comment) li.appendChild(el('p', p.comment, 'comment'));
    var actions = el('div', undefined, 'actions');
    if (safe) actions.appendChild(link('PDF', 'https://arxiv.org/pdf/' + p.id + 'v' + p.version));
    if (p.code && p.code.indexOf('https://') === 0) actions.appendChild(link('Code', p.code));
    var toggle = el('button', 'Abstract');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    var abs = el('p', undefined, 'abstract');
    abs.id = 'abstract-' + p.id.replace(/[^0-9a-z]/gi, '-');
    abs.hidden = true;
    toggle.setAttribute('aria-controls', abs.id);
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', String(!open));
      abs.hidden = open;
      if (!open) {
        abs.textContent = abstracts ? p.abstract : 'Loading…';
        loadAbstracts().then(function () { abs.textContent = p.abstract || 'No abstract.'; });
      }
    });
    actions.appendChild(toggle);
    var copy = el('button', 'Copy BibTeX');
    copy.type = 'button';
    copy.addEventListener('click', function () {
      var text = bibtex(p);
      var said = document.getElementById('copied');
      var done = function () { said.textContent = 'BibTeX of ' + p.id + ' copied'; };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
      else { fallback(text); done(); }
    });
    actions.appendChild(copy);
    li.appendChild(actions);
    li.appendChild(abs);
    return li;
  }

  function fallback(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-label', 'BibTeX');
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* the text stays selectable */ }
    area.remove();
  }

  function render() {
    var found = matches();
    var frag = document.createDocumentFragment();
    found.slice(0, shown).forEach(function (p) { frag.appendChild(card(p)); });
    list.replaceChildren(frag);
    var newCount = found.filter(function (p) { return fresh.has(p.id); }).length;
    // New since the last visit, at a glance: in the tab's title and beside the list.
    document.title = baseTitle + (fresh.size ? ' (' + fresh.size + ' new)' : '');
    document.getElementById('seen-all').hidden = fresh.size === 0;
    status.textContent = 'Showing ' + Math.min(shown, found.length) + ' of ' + found.length + ' papers' +
      (found.length === papers.length ? '' : ' (' + papers.length + ' in all)') + (newCount ? ', ' + newCount + ' new since your last visit' : '') + '.';
    more.hidden = found.length <= shown;
  }

  function update() {
    saveState();
    render();
  }

  function renderPins() {
    var ul = document.getElementById('pins');
    ul.replaceChildren();
    pins.forEach(function (pin, i) {
      var li = el('li');
      var b = el('button', 'Unpin ' + pin);
      b.type = 'button';
      b.addEventListener('click', function () { pins.splice(i, 1); write('pins', pins); renderPins(); render(); });
      li.appendChild(b);
      ul.appendChild(li);
    });
  }

  function chart() {
    var NS = 'http://www.w3.org/2000/svg';
    var dates = papers.map(function (p) { return p.date; }).sort();
    var holder = document.getElementById('chart');
    if (dates.length === 0) { holder.textContent = 'No papers yet.'; return; }
    var WEEKS = 12;
    var end = Date.parse(dates[dates.length - 1] + 'T00:00:00Z');
    var week = 7 * 86400000;
    var series = data.keywords.map(function () { var a = []; for (var i = 0; i < WEEKS; i++) a.push(0); return a; });
    papers.forEach(function (p) {
      var w = WEEKS - 1 - Math.floor((end - Date.parse(p.date + 'T00:00:00Z')) / week);
      if (w >= 0) p.keywords.forEach(function (k) { series[k][w]++; });
    });
    var max = Math.max(1, Math.max.apply(null, series.map(function (s) { return Math.max.apply(null, s); })));
    var W = 600, H = 150, left = 30, bottom = 20;
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + (H + 20 * Math.ceil(data.keywords.length / 3)));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', 'chart-title chart-desc');
    var desc = document.createElementNS(NS, 'desc');
    desc.id = 'chart-desc';
    desc.textContent = data.keywords.map(function (k, i) { return k + ': ' + series[i].join(', '); }).join('; ') + ' (papers per week over the last ' + WEEKS + ' weeks, oldest first).';
    svg.appendChild(desc);
    var colors = ['#0969da', '#bf3989', '#1a7f37', '#9a6700', '#8250df', '#cf222e', '#1b7c83', '#57606a'];
    var x = function (i) { return left + (i * (W - left - 10)) / (WEEKS - 1); };
    var y = function (v) { return H - bottom - (v * (H - bottom - 10)) / max; };
    var text = function (x0, y0, value, className) {
      var node = document.createElementNS(NS, 'text');
      node.setAttribute('x', String(x0)); node.setAttribute('y', String(y0)); node.textContent = value;
      if (className) node.setAttribute('class', className);
      svg.appendChild(node);
      return node;
    };
    text(0, y(max) + 4, String(max), 'axis');
    text(0, y(0) + 4, '0', 'axis');
    // Dates on the axis: the first day of the first week shown, and of the last.
    var day = function (i) { return new Date(end - (WEEKS - 1 - i) * week).toISOString().slice(0, 10); };
    text(left, H - 4, day(0), 'axis');
    text(W - 80, H - 4, day(WEEKS - 1), 'axis').setAttribute('text-anchor', 'start');
    series.forEach(function (s, k) {
      var line = document.createElementNS(NS, 'polyline');
      line.setAttribute('fill', 'none');
      line.setAttribute('stroke', colors[k % colors.length]);
      line.setAttribute('stroke-width', '2');
      line.setAttribute('points', s.map(function (v, i) { return x(i) + ',' + y(v); }).join(' '));
      svg.appendChild(line);
      // A count on hover: each week's point names its keyword, week and papers.
      s.forEach(function (v, i) {
        var dot = document.createElementNS(NS, 'circle');
        dot.setAttribute('cx', String(x(i))); dot.setAttribute('cy', String(y(v))); dot.setAttribute('r', '3');
        dot.setAttribute('fill', colors[k % colors.length]);
        var tip = document.createElementNS(NS, 'title');
        tip.textContent = data.keywords[k] + ', week of ' + day(i) + ': ' + v + ' papers';
        dot.appendChild(tip);
        svg.appendChild(dot);
      });
      var label = document.createElementNS(NS, 'text');
      label.setAttribute('x', String(left + (k % 3) * 190));
      label.setAttribute('y', String(H + 12 + 20 * Math.floor(k / 3)));
      label.textContent = '■ ' + data.keywords[k];
      label.setAttribute('fill', colors[k % colors.length]);
      label.setAttribute('class', 'legend');
      svg.appendChild(label);
    });
    holder.appendChild(svg);
  }

  q.addEventListener('input', function () {
    shown = PAGE;
    update();
    if (q.value && !abstracts) loadAbstracts().then(render);
  });
  [from, to].forEach(function (input) { input.addEventListener('change', function () { shown = PAGE; update(); }); });
  more.addEventListener('click', function () { shown += PAGE; render(); });
  document.getElementById('clear').addEventListener('click', function () {
    q.value = ''; from.value = ''; to.value = '';
    checks.forEach(function (c) { c.checked = true; });
    shown = PAGE;
    update();
  });
  var pinInput = document.getElementById('pin');
  var addPin = function () {
    var value = pinInput.value.trim();
    if (value && pins.indexOf(value) === -1) { pins.push(value); write('pins', pins); renderPins(); render(); }
    pinInput.value = '';
  };
  document.getElementById('pin-add').addEventListener('click', addPin);
  pinInput.addEventListener('keydown', function (e) { if (e.key === 'Enter') addPin(); });
  window.addEventListener('hashchange', function () { state(); render(); });

  var order = document.getElementById('order');
  document.getElementById('order-box').hidden = !papers.some(function (p) { return p.relevance; });
  order.addEventListener('change', function () { shown = PAGE; render(); });
  var minScore = document.getElementById('min-score');
  minScore.addEventListener('input', function () { shown = PAGE; render(); });
  var baseTitle = document.title;
  document.getElementById('seen-all').addEventListener('click', function () { fresh.clear(); render(); });
  var keysToggle = document.getElementById('keys-toggle');
  var toggleKeys = function () {
    var keys = document.getElementById('keys');
    keys.hidden = !keys.hidden;
    keysToggle.setAttribute('aria-expanded', String(!keys.hidden));
  };
  keysToggle.addEventListener('click', toggleKeys);
  // The keyboard: / search, j and k move from paper to paper, o opens, a shows the abstract, p pins
  // the first author, ? lists the keys. Keys typed into a field are the field's.
  var current = -1;
  var cards = function () { return Array.prototype.slice.call(list.querySelectorAll('.paper')); };
  var focusCard = function (index) {
    var all = cards();
    if (all.length === 0) return;
    current = Math.max(0, Math.min(all.length - 1, index));
    var target = all[current].querySelector('h3 a') || all[current];
    if (!target.hasAttribute('href')) target.tabIndex = -1;
    target.focus();
  };
  document.addEventListener('keydown', function (e) {
    var tag = (e.target && e.target.tagName) || '';
    if (e.ctrlKey || e.metaKey || e.altKey || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
    var all = cards();
    var card = all[current];
    if (e.key === '/') { e.preventDefault(); q.focus(); }
    else if (e.key === 'j') { e.preventDefault(); focusCard(current + 1); }
    else if (e.key === 'k') { e.preventDefault(); focusCard(current - 1); }
    else if (e.key === 'o' && card) { var a = card.querySelector('h3 a'); if (a) a.click(); }
    else if (e.key === 'a' && card) { var b = card.querySelector('.actions button'); if (b) b.click(); }
    else if (e.key === 'p' && card) {
      var p = byId.get(card.dataset.id);
      var author = p && p.authors ? p.authors.split('; ')[0] : '';
      if (author && pins.indexOf(author) === -1) { pins.push(author); write('pins', pins); renderPins(); render(); focusCard(current); }
    }
    else if (e.key === '?') { toggleKeys(); }
  });

  state();
  renderPins();
  render();
  // The papers first; the chart is drawn once they show.
  setTimeout(chart, 0);
  if (q.value) loadAbstracts().then(render);
  document.documentElement.dataset.ready = 'true';
})();
`
