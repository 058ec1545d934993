// Shared JSON test vectors (tests/vectors/**/*.json): discovery, matching and the native CLI.
//
// A vector: {"description", "verb", "config": {...} | "configFile": "demo/store.json",
//            "request": {...}, "expected": {...}}
// localtime requests are {"zone", "instant"}; holidays requests are {"code", "year"}.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root } from './engine.mjs';

export const VERBS = ['validate', 'quote', 'promise', 'check', 'contact', 'audit', 'pack', 'localtime', 'holidays'];
export const vectorsDir = join(root, 'tests/vectors');
export const cliPath = join(root, 'build/native/overdeliver');

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.json') ? [path] : [];
    });
}

export function loadVectors(dir = vectorsDir) {
  return walk(dir).map((file) => {
    const vector = JSON.parse(readFileSync(file, 'utf8'));
    return { ...vector, file: relative(root, file) };
  });
}

export function configTextOf(vector) {
  if (vector.configFile) return readFileSync(join(root, vector.configFile), 'utf8');
  if (vector.config !== undefined) return JSON.stringify(vector.config);
  return null;
}

// Deep partial match: every key of `expected` is in `actual` with a matching value; arrays have
// the same length and match element by element. Returns the mismatches as readable lines.
export function partialMismatches(expected, actual, path = '') {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path || '/'}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) {
      return [`${path || '/'}: expected ${expected.length} elements, got ${actual.length}: ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((item, i) => partialMismatches(item, actual[i], `${path}/${i}`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path || '/'}: expected an object, got ${JSON.stringify(actual)}`];
    }
    return Object.keys(expected).flatMap((key) =>
      key in actual
        ? partialMismatches(expected[key], actual[key], `${path}/${key}`)
        : [`${path}/${key}: missing (expected ${JSON.stringify(expected[key])})`],
    );
  }
  return Object.is(expected, actual) ? [] : [`${path || '/'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

// Runs the native CLI for a vector and returns its parsed standard output.
export function runCli(vector, configText) {
  const dir = mkdtempSync(join(tmpdir(), 'od-vector-'));
  try {
    const configFile = join(dir, 'config.json');
    const requestFile = join(dir, 'request.json');
    if (configText !== null) writeFileSync(configFile, configText);
    writeFileSync(requestFile, JSON.stringify(vector.request ?? {}));
    const args = {
      validate: [configFile],
      audit: [configFile],
      quote: [configFile, requestFile],
      promise: [configFile, requestFile],
      check: [configFile, requestFile],
      contact: [configFile, requestFile],
      pack: [requestFile],
      localtime: [String(vector.request?.zone), String(vector.request?.instant)],
      holidays: [String(vector.request?.code), String(vector.request?.year)],
    }[vector.verb];
    let stdout;
    try {
      stdout = execFileSync(cliPath, [vector.verb, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // Exit 1 means "understood but invalid": still a JSON answer to compare. 2 is a usage error.
      if (error.status !== 1) throw new Error(`overdeliver ${vector.verb} exited ${error.status}: ${error.stderr}`);
      stdout = error.stdout;
    }
    return JSON.parse(stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
