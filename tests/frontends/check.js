#!/usr/bin/env node
// Loads one eventline export in the front end it is meant for, headless, and checks what was drawn.
//
//   node check.js <timelinejs|vis|cytoscape|html|geojson> <file> <screenshot.png>
//
// Browser formats run in Debian's chromium through playwright-core; the libraries come from
// $FE_DIR/node_modules (tests/frontends/run.sh installs them). Fails (exit 1) on a library error,
// a console error or warning, a page error, any network request, or fewer elements drawn than the
// file declares (each of these front ends drops bad data silently). Prints a one-line JSON report.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const FE_DIR = process.env.FE_DIR || __dirname;
const req = createRequire(path.join(FE_DIR, 'package.json'));
const mod = (p) => 'file://' + path.join(FE_DIR, 'node_modules', p);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const [format, input, shot] = process.argv.slice(2);
if (!format || !input || !shot) {
  console.error('usage: node check.js <timelinejs|vis|cytoscape|html|geojson> <file> <screenshot.png>');
  process.exit(2);
}
const text = fs.readFileSync(input, 'utf8');

// Page-side checks: each returns {errors, drawn, expected, info}. They run inside the page.
const PAGES = {
  timelinejs: {
    scripts: ['@knight-lab/timelinejs/dist/js/timeline.js'],
    styles: ['@knight-lab/timelinejs/dist/css/timeline.css'],
    run: async (data, scriptDir) => {
      const expected = data.events.length;
      // script_path keeps TimelineJS from fetching its CSS and fonts from a CDN.
      const tl = new TL.Timeline('root', data, { hash_bookmark: false, script_path: scriptDir });
      await new Promise((resolve) => { tl.on('loaded', resolve); setTimeout(resolve, 5000); });
      await new Promise((r) => setTimeout(r, 800));
      // TimelineJS refuses a file without slides ("no events"): expected when nothing is dated.
      const errors = tl.config.isValid() || expected === 0 ? [] : tl.config.getErrors().map(String);
      const kept = tl.config.events.length;
      if (kept !== expected) errors.push(`TimelineJS kept ${kept} of ${expected} slides`);
      const groups = new Set(data.events.map((e) => e.group).filter(Boolean)).size;
      const drawnGroups = document.querySelectorAll('.tl-timegroup').length;
      if (groups && drawnGroups !== groups) errors.push(`drew ${drawnGroups} groups, file has ${groups}`);
      tl.goTo(1);
      await new Promise((r) => setTimeout(r, 600));
      return { errors, drawn: document.querySelectorAll('.tl-timemarker').length, expected,
               info: { slides: document.querySelectorAll('.tl-slide').length, groups: drawnGroups } };
    },
  },
  vis: {
    scripts: ['vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'],
    styles: ['vis-timeline/styles/vis-timeline-graph2d.min.css'],
    run: async (data) => {
      const errors = [];
      const items = new vis.DataSet(data.items); // throws on duplicate ids
      const groups = new vis.DataSet(data.groups);
      const known = new Set(data.groups.map((g) => g.id));
      for (const it of data.items) if (!known.has(it.group)) errors.push(`item ${it.id}: group ${it.group} missing`);
      const tl = new vis.Timeline(document.getElementById('root'), items, groups,
        { stack: true, orientation: 'top', margin: { item: 6 }, zoomMin: 864e5 });
      tl.fit({ animation: false });
      await new Promise((r) => { tl.on('changed', r); setTimeout(r, 3000); });
      await new Promise((r) => setTimeout(r, 300));
      const labels = document.querySelectorAll('.vis-labelset .vis-label').length;
      if (labels !== data.groups.length) errors.push(`drew ${labels} groups, file has ${data.groups.length}`);
      return { errors, drawn: document.querySelectorAll('.vis-item .vis-item-content').length,
               expected: data.items.length, info: { groups: labels } };
    },
  },
  cytoscape: {
    scripts: ['cytoscape/dist/cytoscape.min.js'],
    run: async (data) => {
      const nodes = data.elements.nodes, edges = data.elements.edges;
      const cy = cytoscape({
        container: document.getElementById('root'),
        elements: data.elements,
        style: [
          { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', 'font-size': 10,
                                       'text-wrap': 'wrap', 'text-max-width': 110, width: 14, height: 14 } },
          { selector: 'node.actor', style: { shape: 'round-rectangle' } },
          { selector: 'node.place', style: { shape: 'diamond' } },
          { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1, 'line-color': '#aab4bf', 'target-arrow-color': '#aab4bf' } },
          { selector: 'edge.before', style: { 'line-color': '#5b6b7c', width: 2 } },
        ],
        layout: { name: 'preset', fit: true, padding: 30 },
      });
      await new Promise((r) => setTimeout(r, 400));
      const errors = [];
      if (cy.nodes().length !== nodes.length) errors.push(`Cytoscape kept ${cy.nodes().length} of ${nodes.length} nodes`);
      if (cy.edges().length !== edges.length) errors.push(`Cytoscape kept ${cy.edges().length} of ${edges.length} edges`);
      // The preset layout must be a timeline: dated events ordered by x as by date.
      const dated = cy.nodes('[kind = "event"][date]').sort((a, b) => a.position('x') - b.position('x'));
      for (let i = 1; i < dated.length; i++)
        if (dated[i].data('date') < dated[i - 1].data('date')) errors.push(`x order breaks date order at ${dated[i].id()}`);
      return { errors, drawn: cy.elements().length, expected: nodes.length + edges.length,
               info: { nodes: cy.nodes().length, edges: cy.edges().length } };
    },
  },
};

// Our own page: loaded as it is, then driven like a user would.
async function checkHtml(page) {
  // Fail fast on a script error instead of waiting for a page that will never be ready.
  const crashed = new Promise((_, reject) => page.on('pageerror', (e) => reject(new Error(`pageerror: ${e.message}`))));
  crashed.catch(() => {}); // handled by the race below
  await page.goto('file://' + path.resolve(input));
  await Promise.race([page.waitForFunction(() => window.eventlineReady === true, null, { timeout: 10000 }), crashed]);
  return page.evaluate(async () => {
    const data = JSON.parse(document.getElementById('eventline-data').textContent);
    const errors = [];
    const lanes = new Set(data.events.map((e) => e.lane)).size;
    const drawnEvents = document.querySelectorAll('#chart g.ev').length;
    const cards = document.querySelectorAll('#undated .card').length;
    if (cards !== data.undated.length) errors.push(`listed ${cards} undated events of ${data.undated.length}`);
    const laneNames = document.querySelectorAll('#chart .lane-name').length;
    if (data.events.length && laneNames !== lanes) errors.push(`drew ${laneNames} lanes, data has ${lanes}`);
    // Click an event: the details show its label and its sources.
    const first = document.querySelector('#chart g.ev');
    if (first) {
      first.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const id = first.getAttribute('data-id');
      const ev = data.events.find((e) => e.id === id);
      const h2 = document.querySelector('#details h2');
      if (!h2 || h2.textContent !== ev.label) errors.push('details panel does not show the clicked event');
      const srcItems = document.querySelectorAll('#details li .src-title').length;
      if (srcItems !== ev.sources.length) errors.push(`details list ${srcItems} sources of ${ev.sources.length}`);
    }
    // Filter by the first actor of the list: only that actor's events remain.
    const sel = document.getElementById('f-actor');
    if (sel.options.length > 1) {
      const actor = sel.options[1].value;
      sel.value = actor;
      sel.dispatchEvent(new Event('change'));
      const want = data.events.filter((e) => e.actors.some((a) => a.id === actor)).length;
      const got = document.querySelectorAll('#chart g.ev').length;
      if (got !== want) errors.push(`actor filter shows ${got} events, expected ${want}`);
      sel.value = '';
      sel.dispatchEvent(new Event('change'));
    }
    // Filter by type.
    const ts = document.getElementById('f-type');
    if (ts.options.length > 1) {
      const type = ts.options[1].value;
      ts.value = type;
      ts.dispatchEvent(new Event('change'));
      const want = data.events.filter((e) => e.type === type).length;
      const got = document.querySelectorAll('#chart g.ev').length;
      if (got !== want) errors.push(`type filter shows ${got} events, expected ${want}`);
      ts.value = '';
      ts.dispatchEvent(new Event('change'));
    }
    const again = document.querySelector('#chart g.ev');
    if (again) again.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    return { errors, drawn: drawnEvents, expected: data.events.length, info: { lanes: laneNames, undated: cards } };
  });
}

function checkGeojson() {
  const { check } = req('@placemarkio/check-geojson');
  const data = check(text); // throws with .issues on invalid GeoJSON
  const errors = [];
  if ('crs' in data) errors.push('crs member is not RFC 7946');
  const ids = new Set();
  const walk = (c, f) => (typeof c[0] === 'number' ? [c] : c.flatMap((x) => walk(x, f)));
  for (const f of data.features) {
    if (f.id !== undefined) { if (ids.has(f.id)) errors.push(`duplicate feature id ${f.id}`); ids.add(f.id); }
    if (!f.geometry) continue;
    for (const [lon, lat] of walk(f.geometry.coordinates, f))
      if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) errors.push(`${f.id}: [${lon}, ${lat}] out of range (order is [lon, lat])`);
    if (f.geometry.type === 'LineString' && f.geometry.coordinates.length < 2) errors.push(`${f.id}: LineString needs 2 positions`);
  }
  return { errors, drawn: data.features.length, expected: data.features.length,
           info: { points: data.features.filter((f) => f.geometry && f.geometry.type === 'Point').length,
                   lines: data.features.filter((f) => f.geometry && f.geometry.type === 'LineString').length } };
}

async function main() {
  if (format === 'geojson') return report(checkGeojson(), []);
  const spec = PAGES[format];
  if (!spec && format !== 'html') throw new Error(`unknown format ${format}`);
  const { chromium } = req('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const problems = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => {
      if (/Failed to load resource/.test(m.text())) return; // echo of a request we aborted: reported below
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      // TimelineJS asks for web fonts even with script_path; the page works without them.
      if (format === 'timelinejs' && /fonts\.googleapis|fonts\.gstatic/.test(url)) return route.abort();
      problems.push(`network request: ${url}`);
      return route.abort();
    });
    let result;
    if (format === 'html') {
      result = await checkHtml(page);
    } else {
      const html = path.join(path.dirname(path.resolve(shot)), `.check-${format}.html`);
      const head = [...(spec.styles || []).map((s) => `<link rel="stylesheet" href="${mod(s)}">`),
                    ...spec.scripts.map((s) => `<script src="${mod(s)}"></script>`)].join('\n');
      fs.writeFileSync(html, `<!doctype html><html><head><meta charset="utf-8">${head}<style>html,body{margin:0;height:100%;` +
        `font-family:'DejaVu Sans',sans-serif}#root{width:1400px;height:900px}</style></head><body><div id="root"></div></body></html>`);
      await page.goto('file://' + html);
      result = await page.evaluate(`(${spec.run.toString()})(${JSON.stringify(JSON.parse(text))}, ${JSON.stringify(mod('@knight-lab/timelinejs/dist/js/'))})`);
      fs.unlinkSync(html);
    }
    await page.screenshot({ path: shot, fullPage: format === 'html' });
    report(result, problems);
  } finally {
    await browser.close();
  }
}

function report(result, problems) {
  const errors = [...result.errors, ...problems];
  if (result.drawn < result.expected) errors.push(`drew ${result.drawn} elements, file declares ${result.expected}`);
  console.log(JSON.stringify({ format, input, drawn: result.drawn, expected: result.expected, info: result.info, errors }));
  process.exitCode = errors.length ? 1 : 0;
}

main().catch((e) => {
  console.log(JSON.stringify({ format, input, errors: [`${e.message}${e.issues ? ' ' + JSON.stringify(e.issues) : ''}`] }));
  process.exit(1);
});
