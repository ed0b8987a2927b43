// The Node.js baseline of bench/territory.cpp: the same load and coverage, written as a Node developer
// would, with no dependency. Reads the commune extract (data/communes-<vintage>.txt) and a partition file
// (one territory a line: its name, then INSEE codes, tab-separated), computes the coverage of France (the
// departments of the regions with a 2-digit code: those an ARS serves) by those territories, RUNS times in
// this process, and prints one JSON object: the first, best and median times of the load and of the
// coverage, the peak resident memory, and the result's totals.
//
//   node bench/territory_coverage.mjs <extract> <partition> [RUNS]
//
// Coverage units: the current communes without arrondissements and the municipal arrondissements (Paris,
// Lyon, Marseille); a code of a city with arrondissements stands for all its arrondissements.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const startRssKb = Math.round(process.memoryUsage.rss() / 1024);
const [extractPath, partitionPath, runsArg] = process.argv.slice(2);
if (!extractPath || !partitionPath) {
  console.error('usage: node territory_coverage.mjs <extract> <partition> [RUNS]');
  process.exit(2);
}
const runs = Math.max(1, Number.parseInt(runsArg ?? '10', 10) || 10);

/** The department of a commune code: "57", "2A", "971". */
const departmentOf = (code) => (code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2));

/** Reads the extract: the current communes and arrondissements, their coverage units, France's departments. */
function loadCommunes(path) {
  const text = readFileSync(path, 'utf8');
  const regionHasArs = new Map(); // region code -> served by an ARS (a 2-digit code)
  const departmentInFrance = new Map(); // department code -> in France
  const placeOf = new Map(); // INSEE code -> place index (current communes and arrondissements)
  const codes = [];
  const parents = [];
  const departments = [];
  const populations = [];
  const isArrondissement = [];

  const lines = text.split('\n');
  if (lines[0] !== 'coordcare-communes\t1') throw new Error(`${path}: not a coordcare commune extract`);
  for (let i = 1; i < lines.length; ++i) {
    const line = lines[i];
    if (line === '' || line[0] === '#') continue;
    const f = line.split('\t');
    switch (f[0]) {
      case 'c':
      case 'm': {
        const code = f[1];
        if (placeOf.has(code)) throw new Error(`${path}:${i + 1}: ${code} twice`);
        placeOf.set(code, codes.length);
        codes.push(code);
        parents.push(f[2]);
        departments.push(f[3] || departmentOf(code));
        populations.push(f[4] === '' ? 0 : Number(f[4]));
        isArrondissement.push(f[0] === 'm');
        break;
      }
      case 'region':
        // An ARS serves the 18 regions and Saint-Barthélemy and Saint-Martin (the ARS of Guadeloupe).
        regionHasArs.set(f[1], f[1].length === 2 || f[1] === '977' || f[1] === '978');
        break;
      case 'department':
        departmentInFrance.set(f[1], regionHasArs.get(f[2]) === true);
        break;
      default: // delegated and associated communes (not coverage units), header lines
        break;
    }
  }

  // The arrondissements of Paris, Lyon and Marseille, by their commune.
  const arrondissements = new Map(); // place index -> [place index]
  for (let id = 0; id < codes.length; ++id) {
    if (!isArrondissement[id]) continue;
    const parent = placeOf.get(parents[id]);
    if (parent === undefined) throw new Error(`${path}: ${codes[id]}: unknown commune ${parents[id]}`);
    let list = arrondissements.get(parent);
    if (!list) arrondissements.set(parent, (list = []));
    list.push(id);
  }

  // The coverage units, in the extract's order, with their population and whether they are in France.
  const unitOf = new Int32Array(codes.length).fill(-1);
  const unitPopulation = [];
  const unitInFrance = [];
  for (let id = 0; id < codes.length; ++id) {
    if (!isArrondissement[id] && arrondissements.has(id)) continue;
    unitOf[id] = unitPopulation.length;
    unitPopulation.push(populations[id]);
    unitInFrance.push(departmentInFrance.get(departments[id]) === true);
  }
  return {
    placeOf,
    arrondissements,
    unitOf,
    unitCount: unitPopulation.length,
    unitPopulation: Float64Array.from(unitPopulation),
    unitInFrance: Uint8Array.from(unitInFrance, Number),
  };
}

/** Reads the partition: [{ name, units }] with each code resolved to its coverage units. */
function loadTerritories(path, communes) {
  const territories = [];
  let unknown = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const [name, ...codes] = line.split('\t');
    const units = [];
    for (const code of codes) {
      const id = communes.placeOf.get(code);
      if (id === undefined) {
        ++unknown;
        continue;
      }
      const children = communes.arrondissements.get(id);
      if (children) for (const child of children) units.push(communes.unitOf[child]);
      else units.push(communes.unitOf[id]);
    }
    territories.push({ name, units });
  }
  return { territories, unknown };
}

/** The coverage of France: totals, white zone, overlaps grouped by the set of territories sharing units. */
function coverage(communes, territories) {
  const { unitCount, unitPopulation, unitInFrance } = communes;
  const firstBy = new Int32Array(unitCount).fill(-1);
  const lastBy = new Int32Array(unitCount).fill(-1);
  const sharedBy = new Map(); // unit -> territory indices, when two or more
  territories.forEach(({ units }, t) => {
    for (const u of units) {
      if (!unitInFrance[u] || lastBy[u] === t) continue;
      if (firstBy[u] === -1) firstBy[u] = t;
      else {
        const list = sharedBy.get(u);
        if (list) list.push(t);
        else sharedBy.set(u, [firstBy[u], t]);
      }
      lastBy[u] = t;
    }
  });

  const result = {
    places: 0,
    population: 0,
    covered_places: 0,
    covered_population: 0,
    white_zone: 0,
    white_zone_population: 0,
    overlap_groups: 0,
    overlap_places: 0,
    overlap_population: 0,
  };
  for (let u = 0; u < unitCount; ++u) {
    if (!unitInFrance[u]) continue;
    const population = unitPopulation[u];
    ++result.places;
    result.population += population;
    if (firstBy[u] !== -1) {
      ++result.covered_places;
      result.covered_population += population;
    } else {
      ++result.white_zone;
      result.white_zone_population += population;
    }
  }
  const groups = new Map(); // "t1,t2,..." -> { territories, units, population }
  for (const [u, list] of sharedBy) {
    list.sort((a, b) => a - b);
    const key = list.join(',');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { territories: list, units: [], population: 0 }));
    group.units.push(u);
    group.population += unitPopulation[u];
    result.overlap_population += unitPopulation[u];
    ++result.overlap_places;
  }
  result.overlap_groups = groups.size;
  return result;
}

const loadTimes = [];
const coverageTimes = [];
const totalTimes = [];
let result;
let unknownCodes = 0;
for (let i = 0; i < runs; ++i) {
  const t0 = performance.now();
  const communes = loadCommunes(extractPath);
  const t1 = performance.now();
  const { territories, unknown } = loadTerritories(partitionPath, communes);
  const r = coverage(communes, territories);
  const t2 = performance.now();
  if (result && JSON.stringify(r) !== JSON.stringify(result)) throw new Error('two runs disagree');
  result = r;
  unknownCodes = unknown;
  loadTimes.push(t1 - t0);
  coverageTimes.push(t2 - t1);
  totalTimes.push(t2 - t0);
}

const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    first: times[0],
    best: sorted[0],
    median: n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
  };
};
const [load, cover, total] = [loadTimes, coverageTimes, totalTimes].map(stats);
console.log(
  JSON.stringify({
    node_version: process.version,
    runs,
    load_first_ms: load.first,
    load_best_ms: load.best,
    load_median_ms: load.median,
    coverage_first_ms: cover.first,
    coverage_best_ms: cover.best,
    coverage_median_ms: cover.median,
    total_first_ms: total.first,
    total_best_ms: total.best,
    total_median_ms: total.median,
    max_rss_kb: process.resourceUsage().maxRSS,
    minor_page_faults: process.resourceUsage().minorPageFault,
    start_rss_kb: startRssKb,
    unknown_codes: unknownCodes,
    ...result,
  }),
);
