// coordcare — turns the communes of @etalab/decoupage-administratif (an unpacked npm package) into the
// compact extract the library reads (data/communes-<vintage>.txt; its format: docs/territory.md).
//
//   node scripts/communes/extract.mjs <package dir> <vintage> <integrity> > data/communes-<vintage>.txt
//
// Deterministic: the same package gives the same bytes. Refuses (exit 1, with the reason) a package whose
// data does not have the shape the extract relies on, rather than writing a partial file.
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
const load = name => JSON.parse(readFileSync(join(dir, 'data', name), 'utf8'))
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
const regions = load('regions.json')
const departments = load('departements.json')
const communes = load('communes.json')

const clean = (text, what) => {
  if (typeof text !== 'string' || text.length === 0 || /[\t\n\r]/.test(text)) fail(`${what}: ${JSON.stringify(text)}`)
  return text
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
out.push('licence\tLicence Ouverte / Open Licence (Etalab); data: INSEE (Code officiel géographique, populations légales), La Poste (postal codes), via @etalab/decoupage-administratif')
out.push('population\tpopulation municipale (INSEE, populations légales in force on 1 January of the vintage; Mayotte: census of 2017; overseas collectivities: their own census dates)')
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
