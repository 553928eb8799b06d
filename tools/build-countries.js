#!/usr/bin/env node
// Rebuilds annals-core/src/main/resources/org/annals/actors/countries.tsv from npm package data and the
// Annals-written overlay tools/countries-overlay.tsv (see NOTICE for the packages' licences). Usage, from the
// repository root, with the packages installed outside it (node_modules is never committed):
//   npm install --prefix /tmp/annals-npm world-countries@5.1.0 i18n-iso-countries@7.14.0 i18n-nationality@1.4.0
//   NODE_PATH=/tmp/annals-npm/node_modules node tools/build-countries.js
//   NODE_PATH=/tmp/annals-npm/node_modules node tools/build-countries.js --compare OLD.tsv
// --compare writes nothing: it lists every phrase of OLD.tsv that the new table lacks (or has under another
// column) and exits 1 while any lost phrase is not dropped on purpose in the overlay.
//
// What comes from where: names, official names, alternative spellings, capitals and demonyms from
// world-countries; English names and aliases from i18n-iso-countries; nationality adjectives from
// i18n-nationality; everything news writes that these lack (aliases such as "the States", spelling
// variants, plural demonyms that do not follow the rule below, capital metonyms) and every decision about
// an ambiguous phrase from the overlay. A phrase names one country only: when package data gives it to
// several, an independent state keeps it over dependent territories, a phrase two states share is dropped
// from both, and an overlay "own" line overrides either rule.
'use strict';
const fs = require('fs');
const path = require('path');

const OUT = 'annals-core/src/main/resources/org/annals/actors/countries.tsv';
const OVERLAY = path.join(__dirname, 'countries-overlay.tsv');
const FIELDS = ['aliases', 'adjectives', 'capitals'];

// The key under which the registry matches a phrase (org.annals.actors.Names): short all-capital
// abbreviations keep their case, everything else is compared without case or accents.
function key(phrase) {
  const letters = phrase.replace(/\./g, '');
  if (letters.length <= 4 && /^[A-Z]+$/.test(letters)) {
    return phrase;
  }
  return phrase.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

// Latin-script phrases only: the registry matches English news text. IPA letters (U+0250-U+02AF) are Latin
// script too but no spelling a reporter writes.
function writtenInLatin(phrase) {
  return /^[\p{Script=Latin}\p{M}\p{N} .,'’‘()&-]+$/u.test(phrase) && !/[\u0250-\u02af]/u.test(phrase);
}

// Plural noun forms of a demonym ("Venezuelan" -> "Venezuelans", "Czech" -> "Czechs", "Frenchman" ->
// "Frenchmen"); none where English uses the singular ("Chinese", "Swiss", "Irish", "Dutch", "Malagasy") or
// the word is an adjective only ("Icelandic", "Hellenic").
function plural(demonym) {
  if (/(ch|sh|s|y)man$/.test(demonym)) {
    return demonym.replace(/man$/, 'men');
  }
  if (/(ese|s|sh|tch|nch|x|z|y|ic)$/.test(demonym)) {
    return null;
  }
  return demonym + 's';
}

function readOverlay() {
  const lines = fs.readFileSync(OVERLAY, 'utf8').split('\n');
  const overlay = { names: new Map(), codes: new Map(), add: [], drop: [], own: [] };
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) {
      return;
    }
    const c = line.split('\t');
    const where = OVERLAY + ':' + (i + 1);
    const need = (n) => {
      if (c.length < n) {
        throw new Error(where + ': expected ' + n + ' tab-separated columns, found ' + c.length);
      }
    };
    switch (c[0]) {
      case 'name': need(3); overlay.names.set(c[1], c[2]); break;
      case 'code': need(3); overlay.codes.set(c[1], c[2]); break;
      case 'add': case 'drop': case 'own':
        need(4);
        if (!FIELDS.includes(c[2]) && !(c[0] === 'drop' && c[2] === '*')) {
          throw new Error(where + ': unknown column ' + c[2] + ' (expected one of ' + FIELDS.join(', ') + ')');
        }
        for (const phrase of c[3].split('|').map((s) => s.trim()).filter(Boolean)) {
          overlay[c[0]].push({ iso3: c[1], field: c[2], phrase, where });
        }
        break;
      default: throw new Error(where + ': unknown directive ' + c[0]);
    }
  });
  return overlay;
}

function packageRows(overlay) {
  const world = require('world-countries');
  const isoNames = require('i18n-iso-countries/langs/en.json').countries;
  const nationalities = require('i18n-nationality/langs/en.json').nationalities;
  return world.map((c) => {
    const iso3 = overlay.codes.get(c.cca3) || c.cca3;
    const name = overlay.names.get(iso3) || c.name.common;
    const asList = (x) => (Array.isArray(x) ? x : x ? [x] : []);
    const ownNames = [c.name.common, c.name.official].concat(asList(isoNames[c.cca2]));
    const ownNameKeys = new Set(ownNames.map(key));
    const demonyms = [];
    const eng = (c.demonyms && c.demonyms.eng) || {};
    for (const d of [eng.m, eng.f]) {
      // "Antiguan, Barbudan" and "Kittitian or Nevisian" are two demonyms each.
      demonyms.push(...String(d || '').split(/, | or /));
    }
    // i18n-nationality writes "French (French Guiana)" for a word that belongs to another country first,
    // and for some territories their name ("Pitcairn") or a phrase ("Bosnian - Herzegovinian").
    const nationality = nationalities[c.cca2];
    if (nationality && !/[(),]|\s-\s|\s(and|or)\s/.test(nationality) && !ownNameKeys.has(key(nationality))) {
      demonyms.push(nationality);
    }
    const adjectives = [];
    // Some territories' demonym is their name ("Gibraltar"): a name, not a word with a plural.
    for (const d of demonyms.map((x) => x.trim()).filter((x) => x && writtenInLatin(x) && !ownNameKeys.has(key(x)))) {
      adjectives.push(d);
      const p = plural(d);
      if (p) {
        adjectives.push(p);
      }
    }
    // A word that is both a demonym and an alternative spelling ("Saudi", "Thai") is a demonym: "the
    // Saudis" are people, not the state. "Korea, Republic of" and "Taiwan, Province of China" are index
    // forms, not what news writes: a comma stays only in the country's own common or official name.
    const demonymKeys = new Set(adjectives.map(key));
    const aliases = [name].concat(ownNames, c.altSpellings || []).filter((a) => a === name
      || (a !== c.cca2 && writtenInLatin(a) && !demonymKeys.has(key(a))
        && (!a.includes(',') || a === c.name.common || a === c.name.official)));
    return {
      iso3, name, independent: c.independent === true,
      aliases, adjectives: adjectives.filter((a) => key(a) !== key(name)),
      capitals: (c.capital || []).filter(writtenInLatin),
    };
  });
}

function build() {
  const overlay = readOverlay();
  const rows = packageRows(overlay);
  const byIso = new Map(rows.map((r) => [r.iso3, r]));
  const rowOf = (o) => {
    const r = byIso.get(o.iso3);
    if (!r) {
      throw new Error(o.where + ': no country ' + o.iso3 + ' in the package data');
    }
    return r;
  };
  for (const o of overlay.add) {
    rowOf(o)[o.field].push(o.phrase);
  }
  const isDropped = (iso3, field, phrase) => overlay.drop.some((o) => (o.iso3 === '*' || o.iso3 === iso3)
    && (o.field === '*' || o.field === field) && key(o.phrase) === key(phrase));
  const owner = new Map();
  for (const o of overlay.own) {
    rowOf(o);
    owner.set(key(o.phrase), o.iso3);
  }
  // Who claims each phrase (after the drops), so that a phrase ends up naming one country.
  const claims = new Map();
  for (const r of rows) {
    for (const f of FIELDS) {
      for (const p of r[f].filter((q) => !isDropped(r.iso3, f, q))) {
        const k = key(p);
        claims.set(k, (claims.get(k) || new Set()).add(r.iso3));
      }
    }
  }
  const report = new Set();
  const keeps = (r, f, p) => {
    const k = key(p);
    if (isDropped(r.iso3, f, p)) {
      return false;
    }
    if (owner.has(k)) {
      return owner.get(k) === r.iso3;
    }
    const claimants = [...claims.get(k)];
    if (claimants.length === 1) {
      return true;
    }
    const states = claimants.filter((iso) => byIso.get(iso).independent);
    const keep = states.length === 1 && states[0] === r.iso3;
    report.add('shared: "' + p + '" (' + claimants.join(', ') + ') ' + (keep ? 'kept by ' : 'dropped from ') + r.iso3);
    return keep;
  };
  for (const r of rows) {
    for (const f of FIELDS) {
      const seen = new Set();
      r[f] = r[f].filter((p) => {
        const k = key(p);
        if (seen.has(k)) {
          return false;
        }
        seen.add(k);
        return (f === 'aliases' && p === r.name) || keeps(r, f, p);
      });
    }
  }
  rows.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.iso3.localeCompare(b.iso3));
  return { rows, report: [...report] };
}

function format(rows) {
  const header = [
    '# Countries and territories: every ISO 3166-1 entry plus Kosovo (XKX). Built by tools/build-countries.js',
    '# from the npm packages world-countries 5.1.0 (ODbL 1.0, Mohammed Le Doze), i18n-iso-countries 7.14.0 and',
    '# i18n-nationality 1.4.0 (MIT) and the Annals overlay tools/countries-overlay.tsv; do not edit by hand,',
    '# edit the overlay and rebuild. This file is a derivative database made available under the Open Database',
    '# License 1.0 (see NOTICE).',
    '# UTF-8, tab-separated; lines starting with # are comments; list fields are |-separated.',
    '# Columns: iso3 <TAB> name <TAB> aliases <TAB> adjectives <TAB> capitals',
    '#   iso3       ISO 3166-1 alpha-3 code, used as the CAMEO country code (Kosovo: XKX)',
    '#   name       common English short name',
    '#   aliases    names written in news, the name itself first, official and alternative names;',
    '#              all-caps abbreviations (US, UK, DRC, UAE) are matched case-sensitively',
    '#   adjectives demonyms and adjectives, singular and plural noun forms (may be empty)',
    '#   capitals   capital / seat-of-government names and spelling variants, for metonyms (may be empty)',
    '# Each phrase names one country: bare "Congo" and "Congolese" go to COD (the usual news usage),',
    '# "Dominican" to DOM; bare "Korean" is deliberately absent (tools/countries-overlay.tsv says why).',
  ];
  return header.concat(rows.map((r) => [r.iso3, r.name, r.aliases.join('|'), r.adjectives.join('|'),
    r.capitals.join('|')].join('\t'))).join('\n') + '\n';
}

function readTable(file) {
  const table = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() && !line.startsWith('#')) {
      const c = line.split('\t');
      table.set(c[0], { name: c[1], aliases: (c[2] || '').split('|'), adjectives: (c[3] || '').split('|'),
        capitals: (c[4] || '').split('|') });
    }
  }
  return table;
}

function compare(oldFile, rows) {
  const overlay = readOverlay();
  const decided = (iso3, field, phrase) => overlay.drop.some((o) => (o.iso3 === '*' || o.iso3 === iso3)
    && (o.field === '*' || o.field === field) && key(o.phrase) === key(phrase));
  const fresh = new Map(rows.map((r) => [r.iso3, r]));
  let lost = 0;
  for (const [iso3, old] of readTable(oldFile)) {
    const now = fresh.get(iso3);
    if (!now) {
      console.log('LOST COUNTRY ' + iso3 + ' ' + old.name);
      lost++;
      continue;
    }
    for (const f of FIELDS) {
      for (const p of old[f].filter(Boolean)) {
        const k = key(p);
        if (now[f].some((q) => key(q) === k)) {
          continue;
        }
        const elsewhere = FIELDS.find((g) => now[g].some((q) => key(q) === k));
        if (elsewhere) {
          console.log('moved  ' + iso3 + ' ' + f + ' -> ' + elsewhere + ': ' + p);
        } else if (decided(iso3, f, p)) {
          console.log('dropped on purpose ' + iso3 + ' ' + f + ': ' + p);
        } else {
          console.log('LOST   ' + iso3 + ' ' + f + ': ' + p);
          lost++;
        }
      }
    }
  }
  console.log(lost + ' lost phrase(s)');
  return lost === 0;
}

const { rows, report } = build();
const at = process.argv.indexOf('--compare');
if (at >= 0) {
  process.exit(compare(process.argv[at + 1], rows) ? 0 : 1);
}
report.forEach((line) => console.error(line));
fs.writeFileSync(OUT, format(rows));
console.error('wrote ' + rows.length + ' countries to ' + OUT);
