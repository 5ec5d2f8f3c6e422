// One self-contained HTML page: the timeline document embedded as JSON, drawn by our own inline
// CSS and vanilla JS (no third-party code, no network): lanes per main actor on a time axis, details
// and sources on click, filters by actor, type and family, undated events listed apart.
#include "timeline_doc.h"
#include "writers.h"

namespace eventline {

namespace {
constexpr const char* kHead = R"EL(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="eventline">
<title>Event timeline</title>
<style>
:root { --ink:#1f2933; --muted:#66717d; --line:#e3e7eb; --bg:#f5f7f9; --card:#fff; --accent:#2e6fb7; }
* { box-sizing: border-box; }
body { margin:0; font: 14px/1.45 "Inter","Segoe UI",Roboto,"Helvetica Neue","DejaVu Sans",Arial,sans-serif;
       color:var(--ink); background:var(--bg); }
header { padding:20px 28px 12px; background:var(--card); border-bottom:1px solid var(--line); }
h1 { margin:0; font-size:22px; font-weight:650; letter-spacing:-0.01em; }
.sub { color:var(--muted); margin-top:2px; }
.toolbar { display:flex; flex-wrap:wrap; gap:14px; align-items:center; padding:12px 28px; background:var(--card);
           border-bottom:1px solid var(--line); position:sticky; top:0; z-index:5; }
.toolbar label { font-size:12px; color:var(--muted); text-transform:uppercase; letter-spacing:.05em; margin-right:6px; }
select, input[type=search] { font:inherit; padding:5px 8px; border:1px solid #cfd6dd; border-radius:6px; background:#fff; color:var(--ink); }
.legend { display:flex; flex-wrap:wrap; gap:6px; }
.chip { display:inline-flex; align-items:center; gap:6px; padding:3px 10px 3px 8px; border-radius:999px; border:1px solid var(--line);
        background:#fff; cursor:pointer; font-size:12.5px; user-select:none; }
.chip .sw { width:10px; height:10px; border-radius:50%; }
.chip.off { opacity:.38; text-decoration:line-through; }
.count { margin-left:auto; color:var(--muted); font-size:12.5px; }
main { display:grid; grid-template-columns:minmax(0,1fr) 360px; gap:18px; padding:18px 28px; align-items:start; }
.panel { background:var(--card); border:1px solid var(--line); border-radius:10px; box-shadow:0 1px 2px rgba(16,24,40,.04); }
#chart { overflow-x:auto; }
#chart svg { display:block; }
.axis text { fill:var(--muted); font-size:11px; }
.axis line { stroke:var(--line); }
.lane-bg { fill:#fafbfc; }
.lane-bg.alt { fill:#fff; }
.lane-name { font-size:12.5px; font-weight:600; fill:var(--ink); }
.lane-n { font-size:11px; fill:var(--muted); }
.ev { cursor:pointer; }
.ev text { font-size:12px; fill:var(--ink); }
.ev:hover text, .ev:focus text { fill:#000; font-weight:600; }
.ev:focus { outline:none; }
.ev.sel circle, .ev.sel rect { stroke:#111 !important; stroke-width:2.5px; }
.ev.sel text { font-weight:650; }
.ev.negated circle, .ev.negated rect { stroke-dasharray:3 2; }
#details { position:sticky; top:70px; padding:18px 20px; min-height:200px; }
#details h2 { font-size:17px; margin:6px 0 4px; line-height:1.3; }
#details .when { color:var(--muted); }
#details h3 { font-size:11.5px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); margin:16px 0 6px; }
#details ul { margin:0; padding-left:18px; }
#details li { margin:3px 0; }
#details blockquote { margin:8px 0; padding:6px 12px; border-left:3px solid var(--line); color:#3b4650; font-style:italic; }
.tag { display:inline-block; padding:1px 8px; border-radius:999px; font-size:11.5px; color:#fff; }
.role { color:var(--muted); font-size:12px; }
.src-title { font-weight:600; }
.src-sent { color:#4b5662; font-size:12.5px; display:block; margin-top:2px; }
.hint { color:var(--muted); }
#undated { margin:0 28px 28px; padding:14px 18px; }
#undated h2 { font-size:15px; margin:0 0 10px; }
#undated .cards { display:grid; grid-template-columns:repeat(auto-fill,minmax(260px,1fr)); gap:8px; }
.card { border:1px solid var(--line); border-left:4px solid; border-radius:7px; padding:7px 10px; cursor:pointer; background:#fff; }
.card:hover { background:#f8fafc; }
.card.sel { outline:2px solid #111; }
.card .meta { color:var(--muted); font-size:12px; }
footer { color:var(--muted); font-size:12px; padding:0 28px 24px; }
@media (max-width: 980px) { main { grid-template-columns:1fr; } #details { position:static; } }
</style>
</head>
<body>
<header><h1 id="title">Event timeline</h1><div class="sub" id="subtitle"></div></header>
<div class="toolbar">
  <span><label for="f-actor">Actor</label><select id="f-actor"><option value="">All actors</option></select></span>
  <span><label for="f-type">Type</label><select id="f-type"><option value="">All types</option></select></span>
  <span><label for="f-text">Find</label><input id="f-text" type="search" placeholder="word in label"></span>
  <div class="legend" id="legend"></div>
  <span class="count" id="count"></span>
</div>
<main>
  <div class="panel" id="chart"></div>
  <aside class="panel" id="details"><p class="hint">Click an event to see who took part, where, and which documents report it.</p></aside>
</main>
<section class="panel" id="undated" hidden><h2>Undated events <span class="hint">(document order)</span></h2><div class="cards"></div></section>
<footer>Written by eventline. Time runs left to right; one lane per main actor; colour = event family; dashed outline = negated.</footer>
<script type="application/json" id="eventline-data">)EL";

constexpr const char* kScript = R"EL(</script>
<script>
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('eventline-data').textContent);
  var SVGNS = 'http://www.w3.org/2000/svg';
  var DAY = 864e5;
  var MONTHS = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
  var state = { actor: '', type: '', text: '', off: {}, selected: null };
  var familyColor = {}, familyTitle = {};
  DATA.families.forEach(function (f) { familyColor[f.name] = f.color; familyTitle[f.name] = f.title; });

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function sv(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function utc(iso) { var p = iso.split('-'); return Date.UTC(+p[0], +p[1] - 1, +p[2]); }
  function clip(s, n) { return s.length > n ? s.slice(0, n - 1).replace(/[\s,;:]+$/, '') + '\u2026' : s; }
  function allEvents() { return DATA.events.concat(DATA.undated); }

  // ---- header, filters, legend --------------------------------------------------------------
  var nAll = DATA.events.length + DATA.undated.length;
  document.getElementById('subtitle').textContent = nAll + ' events from ' + DATA.documents.length + ' documents' +
    (DATA.range ? ' \u00b7 ' + DATA.range.start + ' to ' + DATA.range.end : '') +
    (DATA.undated.length ? ' \u00b7 ' + DATA.undated.length + ' undated' : '');
  var actorCount = {}, actorName = {}, typeCount = {}, famCount = {};
  allEvents().forEach(function (e) {
    var seen = {};
    e.actors.forEach(function (a) { if (!seen[a.id]) { seen[a.id] = 1; actorCount[a.id] = (actorCount[a.id] || 0) + 1; actorName[a.id] = a.name; } });
    typeCount[e.type] = (typeCount[e.type] || 0) + 1;
    famCount[e.family] = (famCount[e.family] || 0) + 1;
  });
  var fa = document.getElementById('f-actor');
  Object.keys(actorCount).sort(function (a, b) { return actorCount[b] - actorCount[a] || actorName[a].localeCompare(actorName[b]); })
    .forEach(function (id) { fa.appendChild(el('option', { value: id }, actorName[id] + ' (' + actorCount[id] + ')')); });
  var ft = document.getElementById('f-type');
  Object.keys(typeCount).sort().forEach(function (t) { ft.appendChild(el('option', { value: t }, t.replace(/_/g, ' ') + ' (' + typeCount[t] + ')')); });
  fa.onchange = function () { state.actor = fa.value; render(); };
  ft.onchange = function () { state.type = ft.value; render(); };
  document.getElementById('f-text').oninput = function (ev) { state.text = ev.target.value.toLowerCase(); render(); };
  var legend = document.getElementById('legend');
  DATA.families.forEach(function (f) {
    if (!famCount[f.name]) return;
    var chip = el('span', { 'class': 'chip', role: 'button', tabindex: '0', title: 'Show or hide ' + f.title });
    var sw = el('span', { 'class': 'sw' }); sw.style.background = f.color;
    chip.appendChild(sw); chip.appendChild(document.createTextNode(f.title));
    chip.onclick = function () { state.off[f.name] = !state.off[f.name]; chip.classList.toggle('off', !!state.off[f.name]); render(); };
    chip.onkeydown = function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); chip.onclick(); } };
    legend.appendChild(chip);
  });

  function visible(e) {
    if (state.off[e.family]) return false;
    if (state.type && e.type !== state.type) return false;
    if (state.actor && !e.actors.some(function (a) { return a.id === state.actor; })) return false;
    if (state.text && e.label.toLowerCase().indexOf(state.text) < 0) return false;
    return true;
  }

  // ---- time axis --------------------------------------------------------------------------
  function ticks(t0, t1, maxTicks) {
    var spanDays = (t1 - t0) / DAY;
    var steps = [[1, 'd'], [2, 'd'], [7, 'd'], [14, 'd'], [1, 'm'], [3, 'm'], [6, 'm'], [1, 'y'], [2, 'y'], [5, 'y'], [10, 'y'], [20, 'y'], [50, 'y'], [100, 'y']];
    var approx = { d: 1, m: 30.4, y: 365.25 };
    var step = steps[steps.length - 1];
    for (var i = 0; i < steps.length; i++) if (spanDays / (steps[i][0] * approx[steps[i][1]]) <= maxTicks) { step = steps[i]; break; }
    var out = [], d = new Date(t0), n = step[0], u = step[1];
    if (u === 'd') d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    if (u === 'm') d = new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / n) * n, 1));
    if (u === 'y') d = new Date(Date.UTC(Math.floor(d.getUTCFullYear() / n) * n, 0, 1));
    var guard = 0;
    while (d.getTime() <= t1 && guard++ < 500) {
      if (d.getTime() >= t0) {
        var label = u === 'y' ? String(d.getUTCFullYear())
          : u === 'm' ? MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear()
          : d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + (out.length === 0 || (d.getUTCMonth() === 0 && d.getUTCDate() <= n) ? ' ' + d.getUTCFullYear() : '');
        out.push({ t: d.getTime(), label: label });
      }
      if (u === 'd') d = new Date(d.getTime() + n * DAY);
      else if (u === 'm') d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
      else d = new Date(Date.UTC(d.getUTCFullYear() + n, 0, 1));
    }
    return out;
  }

  function dateLabel(t) {
    var d = new Date(t);
    if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return String(d.getUTCFullYear());
    if (d.getUTCDate() === 1) return MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  }

  // A linear scale, except that long empty stretches (an event decades before the others) are
  // cut to a narrow hatched band, so that clustered dates stay readable.
  function timeScale(x0, x1) {
    var keys = [];
    DATA.events.forEach(function (e) { keys.push(utc(e.start), utc(e.end) + DAY); });
    keys.sort(function (a, b) { return a - b; });
    keys = keys.filter(function (k, i) { return i === 0 || k !== keys[i - 1]; });
    var gaps = [], brk = [];
    for (var i = 0; i + 1 < keys.length; i++) gaps.push(keys[i + 1] - keys[i]);
    // Cut gaps over a month and over 4x the 75th percentile gap, then the largest while >= half the rest.
    var sorted = gaps.slice().sort(function (a, b) { return a - b; });
    var p75 = sorted.length ? sorted[Math.floor((sorted.length - 1) * 3 / 4)] : 0;
    gaps.forEach(function (g) { brk.push(g >= 30 * DAY && g > 4 * p75); });
    for (;;) {
      var rest = 0, big = -1;
      gaps.forEach(function (g, i) { if (!brk[i]) { rest += g; if (big < 0 || g > gaps[big]) big = i; } });
      if (big < 0 || gaps[big] < 30 * DAY || gaps[big] < 0.5 * rest) break;
      brk[big] = true;
    }
    var BREAK = 40, nb = brk.filter(Boolean).length, linear = 0;
    gaps.forEach(function (g, i) { if (!brk[i]) linear += g; });
    var perMs = (x1 - x0 - nb * BREAK) / Math.max(linear, DAY);
    var xs = [x0];
    gaps.forEach(function (g, i) { xs.push(xs[i] + (brk[i] ? BREAK : g * perMs)); });
    function x(t) {
      if (t <= keys[0]) return x0;
      for (var i = 0; i + 1 < keys.length; i++)
        if (t <= keys[i + 1]) return xs[i] + (t - keys[i]) / Math.max(keys[i + 1] - keys[i], 1) * (xs[i + 1] - xs[i]);
      return xs[xs.length - 1];
    }
    // Ticks per linear stretch, at a step that suits its width; then drop those too close together.
    var cand = [], breaks = [], i0 = 0;
    for (var i = 0; i <= gaps.length; i++) {
      if (i === gaps.length || brk[i]) {
        if (i > i0) ticks(keys[i0], keys[i], Math.max(1, Math.floor((xs[i] - xs[i0]) / 95))).forEach(function (tk) { cand.push({ x: x(tk.t), label: tk.label }); });
        if (i < gaps.length) {
          breaks.push([xs[i], xs[i + 1]]);
          if (i === 0) cand.push({ x: xs[0], label: dateLabel(keys[0]) });
          cand.push({ x: xs[i + 1], label: dateLabel(keys[i + 1]) });
        }
        i0 = i + 1;
      }
    }
    var out = [];
    cand.sort(function (a, b) { return a.x - b.x; }).forEach(function (tk) {
      var prev = out[out.length - 1];
      if (!prev || tk.x - prev.x >= Math.max(40, prev.label.length * 6.3 + 12)) out.push(tk);
    });
    return { x: x, ticks: out, breaks: breaks };
  }

  // ---- the chart --------------------------------------------------------------------------
  var chart = document.getElementById('chart');
  function render() {
    var shown = DATA.events.filter(visible);
    var shownUndated = DATA.undated.filter(visible);
    document.getElementById('count').textContent = 'showing ' + (shown.length + shownUndated.length) + ' of ' + nAll;
    chart.textContent = '';
    if (!DATA.events.length) { chart.appendChild(el('p', { 'class': 'hint', style: 'padding:16px' }, 'No dated events.')); }
    else drawChart(shown);
    drawUndated(shownUndated);
  }

  function drawChart(shown) {
    var LABEL_W = 170, ROW = 26, PAD = 14, AXIS = 34;
    var width = Math.max(chart.clientWidth || 900, 760);
    var x0 = LABEL_W + 28, x1 = width - 28;
    var scale = timeScale(x0, x1);
    var X = scale.x;
    // Lay events out per lane: greedy rows so labels do not overlap.
    var lanes = DATA.lanes.map(function (l) { return { id: l.id, name: l.name, rows: [], items: [] }; });
    var laneOf = {}; lanes.forEach(function (l) { laneOf[l.id === null ? '' : l.id] = l; });
    shown.forEach(function (e) {
      var lane = laneOf[e.lane === null ? '' : e.lane] || lanes[lanes.length - 1];
      var xs = X(utc(e.start)), xe = X(utc(e.end) + DAY);
      var ranged = e.interval || (e.precision !== 'day' && e.precision !== 'hour' && e.precision !== 'minute');
      var text = clip(e.label, 34), tw = text.length * 6.4;
      var end = ranged ? Math.max(xe, xs + 8) : xs + 6;
      // Label right of the mark, or left of it when it would run off the chart.
      var inside = ranged && xe - xs > tw + 16 && end + 6 + tw > width - 6;
      var flip = !inside && end + 6 + tw > width - 6 && xs - 12 - tw > x0 - 20;
      var left = flip ? xs - 12 - tw : xs - 8, right = flip || inside ? end + 4 : end + 6 + tw;
      var row = 0;
      while (row < lane.rows.length && lane.rows[row] > left) row++;
      lane.rows[row] = right;
      lane.items.push({ e: e, xs: xs, xe: xe, ranged: ranged, text: text, row: row, flip: flip, inside: inside });
    });
    lanes = lanes.filter(function (l) { return l.items.length || !shown.length; });
    var height = AXIS, tops = [];
    lanes.forEach(function (l) { tops.push(height); height += Math.max(1, l.rows.length) * ROW + 2 * PAD; });
    height += 8;
    var svg = sv('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'Event timeline' });
    var defs = sv('defs'), pat = sv('pattern', { id: 'brk', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pat.appendChild(sv('rect', { width: 6, height: 6, fill: '#ffffff', 'fill-opacity': 0.6 }));
    pat.appendChild(sv('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#d5dae0', 'stroke-width': 2 }));
    defs.appendChild(pat); svg.appendChild(defs);
    lanes.forEach(function (l, i) {
      var h = Math.max(1, l.rows.length) * ROW + 2 * PAD;
      svg.appendChild(sv('rect', { 'class': 'lane-bg' + (i % 2 ? ' alt' : ''), x: 0, y: tops[i], width: width, height: h }));
    });
    var axis = sv('g', { 'class': 'axis' });
    scale.breaks.forEach(function (b) {
      axis.appendChild(sv('rect', { x: b[0], y: AXIS - 6, width: b[1] - b[0], height: height - AXIS + 6, fill: 'url(#brk)' }));
    });
    scale.ticks.forEach(function (tk) {
      axis.appendChild(sv('line', { x1: tk.x, x2: tk.x, y1: AXIS - 6, y2: height }));
      axis.appendChild(sv('text', { x: tk.x + 3, y: AXIS - 12 }, tk.label));
    });
    svg.appendChild(axis);
    lanes.forEach(function (l, i) {
      var h = Math.max(1, l.rows.length) * ROW + 2 * PAD;
      svg.appendChild(sv('rect', { x: 0, y: tops[i], width: LABEL_W, height: h, fill: i % 2 ? '#fff' : '#fafbfc' }));
      svg.appendChild(sv('line', { x1: LABEL_W, x2: LABEL_W, y1: tops[i], y2: tops[i] + h, stroke: '#e3e7eb' }));
      var ln = sv('text', { 'class': 'lane-name', x: 14, y: tops[i] + PAD + 14 }, clip(l.name, 22)); ln.appendChild(sv('title', null, l.name)); svg.appendChild(ln);
      svg.appendChild(sv('text', { 'class': 'lane-n', x: 14, y: tops[i] + PAD + 30 }, l.items.length + (l.items.length === 1 ? ' event' : ' events')));
      l.items.forEach(function (it) {
        var e = it.e, y = tops[i] + PAD + it.row * ROW + ROW / 2, c = familyColor[e.family] || '#7f8c8d';
        var g = sv('g', { 'class': 'ev' + (e.negated ? ' negated' : '') + (state.selected === e.id ? ' sel' : ''), tabindex: '0', 'data-id': e.id });
        g.appendChild(sv('title', null, e.label + ' \u2014 ' + e.display_date));
        var tx;
        if (it.ranged) {
          var w = Math.max(it.xe - it.xs, 8);
          g.appendChild(sv('rect', { x: it.xs, y: y - 7, width: w, height: 14, rx: 7, fill: c, 'fill-opacity': 0.28, stroke: c, 'stroke-width': 1.5 }));
          tx = it.inside ? it.xs + 9 : it.xs + w + 6;
        } else {
          g.appendChild(sv('circle', { cx: it.xs, cy: y, r: 6, fill: c, stroke: '#fff', 'stroke-width': 1.5 }));
          tx = it.xs + 11;
        }
        if (it.flip) g.appendChild(sv('text', { x: it.xs - 11, y: y + 4, 'text-anchor': 'end' }, it.text));
        else g.appendChild(sv('text', { x: tx, y: y + 4 }, it.text));
        g.onclick = function () { select(e.id); };
        g.onkeydown = function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(e.id); } };
        svg.appendChild(g);
      });
    });
    chart.appendChild(svg);
  }

  function drawUndated(list) {
    var box = document.getElementById('undated');
    box.hidden = DATA.undated.length === 0;
    var cards = box.querySelector('.cards');
    cards.textContent = '';
    list.forEach(function (e) {
      var c = el('div', { 'class': 'card' + (state.selected === e.id ? ' sel' : ''), tabindex: '0', 'data-id': e.id });
      c.style.borderLeftColor = familyColor[e.family] || '#7f8c8d';
      c.appendChild(el('div', null, e.label));
      c.appendChild(el('div', { 'class': 'meta' }, e.type.replace(/_/g, ' ') + (e.actors.length ? ' \u00b7 ' + e.actors.map(function (a) { return a.name; }).join(', ') : '')));
      c.onclick = function () { select(e.id); };
      c.onkeydown = function (ev) { if (ev.key === 'Enter') select(e.id); };
      cards.appendChild(c);
    });
  }

  // ---- details ----------------------------------------------------------------------------
  function select(id) {
    state.selected = id;
    var e = allEvents().filter(function (x) { return x.id === id; })[0];
    document.querySelectorAll('[data-id]').forEach(function (n) { n.classList.toggle('sel', n.getAttribute('data-id') === id); });
    var d = document.getElementById('details');
    d.textContent = '';
    if (!e) return;
    var tag = el('span', { 'class': 'tag' }, (familyTitle[e.family] || e.family) + ' \u00b7 ' + e.type.replace(/_/g, ' '));
    tag.style.background = familyColor[e.family] || '#7f8c8d';
    d.appendChild(tag);
    d.appendChild(el('h2', null, e.label));
    d.appendChild(el('div', { 'class': 'when' }, e.display_date + (e.time_text ? ' \u00b7 \u201c' + e.time_text + '\u201d' : '') +
      (e.modality !== 'asserted' ? ' \u00b7 ' + e.modality : '') + (e.negated ? ' \u00b7 negated' : '')));
    function section(title, items, fill) {
      if (!items.length) return;
      d.appendChild(el('h3', null, title));
      var ul = el('ul');
      items.forEach(function (it) { var li = el('li'); fill(li, it); ul.appendChild(li); });
      d.appendChild(ul);
    }
    section('Actors', e.actors, function (li, a) { li.appendChild(el('span', null, a.name + ' ')); li.appendChild(el('span', { 'class': 'role' }, a.role)); });
    section('Places', e.places, function (li, p) {
      li.appendChild(el('span', null, p.name + ' '));
      li.appendChild(el('span', { 'class': 'role' }, p.role + (p.lat !== null ? ' \u00b7 ' + p.lat.toFixed(2) + ', ' + p.lon.toFixed(2) : '')));
    });
    section('Quantities', e.quantities, function (li, q) { li.textContent = q.text || (q.value + ' ' + q.unit); });
    if (e.quote) { d.appendChild(el('h3', null, 'Quote')); d.appendChild(el('blockquote', null, e.quote)); }
    section('Sources', e.sources, function (li, s) {
      var title = s.title || s.document;
      if (s.url && /^https?:\/\//.test(s.url)) { var a = el('a', { href: s.url, 'class': 'src-title', rel: 'noopener noreferrer', target: '_blank' }, title); li.appendChild(a); }
      else li.appendChild(el('span', { 'class': 'src-title' }, title));
      var meta = [s.publisher, s.published].filter(Boolean).join(', ');
      if (meta) li.appendChild(el('span', { 'class': 'role' }, ' \u00b7 ' + meta));
      if (s.sentence) li.appendChild(el('span', { 'class': 'src-sent' }, '\u201c' + s.sentence + '\u201d'));
    });
  }

  var resizeTimer = null;
  window.addEventListener('resize', function () { clearTimeout(resizeTimer); resizeTimer = setTimeout(render, 120); });
  render();
  window.eventlineReady = true;
})();
</script>
</body>
</html>
)EL";

/// JSON inside <script>: no "<" at all, so neither "</script>" nor "<!--" can end or confuse the block.
std::string script_safe(const std::string& json) {
    std::string out;
    out.reserve(json.size());
    for (char c : json) {
        if (c == '<')
            out += "\\u003c";
        else
            out += c;
    }
    return out;
}
} // namespace

void write_html(const Dataset& ds, std::ostream& out) {
    exp::DatasetView view(ds);
    out << kHead << script_safe(exp::dump(exp::timeline_document(view), -1)) << kScript;
}

} // namespace eventline
