// coordcare — turns the communes of @etalab/decoupage-administratif (an unpacked npm package) into the
// compact extract the library reads (data/communes-<vintage>.txt; its format: docs/territory.md).
//
//   node scripts/communes/extract.mjs <package dir> <vintage> <integrity> > data/communes-<vintage>.txt
//
// Deterministic: the same package gives the same bytes. Refuses (exit 1, with the reason) a package whose
// data does not have the shape the extract relies on, rather than writing a partial file.
//
// Reads every release from 0.5.1 on (the vintages scripts/communes/update.sh pins: 0.7.0 for 2019 … 6.0.0
// for 2026). Before 2.1.0 the package gives the communes of the overseas collectivities (975, 977, 978,
// 984, 986 to 989) a `collectiviteOutremer` {code, nom} instead of a department and a region, and its
// regions.json and departements.json leave them out: each is then read as its own region and department,
// as 2.1.0 and later give them, so that an older version's extract has the same shape (the output of
// 2.1.0 and later is unchanged). The header's licence and population lines say what the version's README
// and data say (the table `populations` below); 0.3.0 and 0.4.0 (other record types), 0.5.0 (a
// departements.json that holds the arrondissements) and prereleases are refused.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'

const [dir, vintage, integrity] = process.argv.slice(2)
if (!dir || !/^\d{4}$/.test(vintage ?? '') || !integrity) {
  console.error('usage: extract.mjs <package dir> <vintage year> <integrity>')
  process.exit(2)
}
const fail = message => {
  console.error(`extract: ${message}`)
  process.exit(1)
}
const clean = (text, what) => {
  if (typeof text !== 'string' || text.length === 0 || /[\t\n\r]/.test(text)) fail(`${what}: ${JSON.stringify(text)}`)
  return text
}
const load = name => JSON.parse(readFileSync(join(dir, 'data', name), 'utf8'))
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
const regions = load('regions.json')
const departments = load('departements.json')
const communes = load('communes.json')

if (!/^\d+\.\d+\.\d+$/.test(pkg.version ?? '')) fail(`version ${JSON.stringify(pkg.version)}: a release (such as 6.0.0) is needed, not a prerelease`)
const rank = v => v.split('.').reduce((n, part) => n * 1000 + Number(part), 0)
const version = rank(pkg.version)
if (version < rank('0.5.1')) fail(`version ${pkg.version}: versions before 0.5.1 have another layout (read 0.7.0 for 2019)`)

// The releases this script knows: the COG each follows (its count of current communes) and its
// populations, as its README cites INSEE's page and its data shows (Paris, 75056). The populations légales
// of year P are in force on 1 January P + 3; a minor release updates them months after its COG (2.3.1, of
// COG 2022, carries those in force in 2023). No release follows COG 2020.
const known = [
  // [first, last release, COG, populations légales of, Mayotte and the other overseas collectivities]
  ['0.5.1', '0.8.0', 2019, 2016, 'none for Mayotte, Wallis-et-Futuna, French Polynesia and New Caledonia in this version of the package; Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin: their own census dates'],
  ['1.0.0', '1.1.1', 2021, 2019, null],
  ['2.0.0', '2.2.1', 2022, 2019, null],
  ['2.3.1', '2.3.1', 2022, 2020, null],
  ['3.0.0', '3.1.1', 2023, 2020, null],
  ['4.0.0', '4.0.0', 2024, 2021, null],
  ['4.1.0', '4.1.0', 2024, 2022, null],
  ['5.0.0', '5.2.0', 2025, 2022, null],
  ['5.3.0', '5.3.0', 2025, 2023, null],
  ['6.0.0', '6.0.0', 2026, 2023, null],
].find(([first, last]) => rank(first) <= version && version <= rank(last))
if (known && known[2] !== Number(vintage)) fail(`${pkg.name} ${pkg.version} follows the COG of ${known[2]}, not ${vintage}`)
if (!known)
  console.error(`extract: ${pkg.version} is newer than the releases this script knows: its populations are written as those in force on 1 January ${vintage}; check the package's README`)
const [, , , legal, overseas] = known ?? [null, null, null, Number(vintage) - 3, null]
const populationLine =
  legal + 3 === Number(vintage) && !overseas
    ? 'population municipale (INSEE, populations légales in force on 1 January of the vintage; Mayotte: census of 2017; overseas collectivities: their own census dates)'
    : `population municipale (INSEE, populations légales ${legal}, in force on 1 January ${legal + 3}${legal + 3 === Number(vintage) ? '' : `, not ${vintage}, the vintage`}; ${overseas ?? 'Mayotte: census of 2017; overseas collectivities: their own census dates'})`
// Postal codes: before 1.0.0, Etalab's list made from DGFiP data; then La Poste's (the package's README).
const licenceLine =
  version < rank('1.0.0')
    ? "Licence Ouverte / Open Licence (Etalab), as the package's README states for its data; data: INSEE (Code officiel géographique, populations légales), Etalab (postal codes: its list made from DGFiP data, not La Poste's), via @etalab/decoupage-administratif"
    : 'Licence Ouverte / Open Licence (Etalab); data: INSEE (Code officiel géographique, populations légales), La Poste (postal codes), via @etalab/decoupage-administratif'

// Before 2.1.0: an overseas collectivity's communes name it (collectiviteOutremer), not a department; it
// becomes its own region and department, added after the others in code order, as 2.1.0 lists them.
const collectivities = new Map()
for (const c of communes) {
  if (c.departement !== undefined || !c.collectiviteOutremer) continue
  const code = clean(c.collectiviteOutremer.code, `overseas collectivity of ${c.code}`)
  c.departement = c.region = code
  collectivities.set(code, clean(c.collectiviteOutremer.nom, `name of the overseas collectivity ${code}`))
}
for (const [code, nom] of [...collectivities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (!regions.some(r => r.code === code)) regions.push({code, nom})
  if (!departments.some(d => d.code === code)) departments.push({code, region: code, nom})
}

const kinds = {
  'commune-actuelle': 'c',
  'arrondissement-municipal': 'm',
  'commune-deleguee': 'd',
  'commune-associee': 'a',
}

const out = []
out.push('coordcare-communes\t1')
out.push(`vintage\t${vintage}`)
out.push(`source\t${pkg.name} ${pkg.version}`)
out.push(`integrity\t${integrity}`)
out.push(`licence\t${licenceLine}`)
out.push(`population\t${populationLine}`)
for (const r of regions) out.push(`region\t${clean(r.code, 'region code')}\t${clean(r.nom, 'region name')}`)
for (const d of departments) out.push(`department\t${clean(d.code, 'department code')}\t${clean(d.region, 'department region')}\t${clean(d.nom, 'department name')}`)

const seen = new Set()
for (const c of communes) {
  const kind = kinds[c.type]
  if (!kind) fail(`commune ${c.code}: unknown type ${JSON.stringify(c.type)}`)
  const code = clean(c.code, 'commune code')
  if (seen.has(kind + code)) fail(`commune ${code}: listed twice as ${c.type}`)
  seen.add(kind + code)
  const parent = kind === 'm' ? clean(c.commune, `parent of ${code}`) : kind === 'c' ? '' : clean(c.chefLieu, `current commune of ${code}`)
  const department = clean(c.departement, `department of ${code}`)
  const population = c.population === undefined ? '' : String(c.population)
  if (population !== '' && !/^\d+$/.test(population)) fail(`commune ${code}: population ${population}`)
  // The department is written only when the code does not begin with it (a few delegated communes).
  const shown = code.startsWith(department) ? '' : department
  const postal = (c.codesPostaux ?? []).map(p => clean(p, `postal code of ${code}`)).join(' ')
  out.push([kind, code, parent, shown, population, clean(c.nom, `name of ${code}`), postal].join('\t'))
}
// The last record: how many places precede it, so that a reader can tell a whole file from one cut short.
out.push(`end\t${communes.length}`)
process.stdout.write(out.join('\n') + '\n')
