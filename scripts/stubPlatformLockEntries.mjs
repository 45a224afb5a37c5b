#!/usr/bin/env node
// `npm run lock:stubs` after `npm install`: the npm registry reachable here serves only
// this platform's builds of native packages, so npm leaves the other platforms' optional
// packages out of package-lock.json, and then `npm ci` refuses the lock as out of sync.
// Adds lock entries for optional platform packages the registry here does not serve,
// so `npm ci` (which insists every optional dependency has an entry) accepts the lock.
// Each stub carries the os/cpu/libc of its name, so npm skips it on this platform.
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const platforms = [
  [/darwin/, { os: ['darwin'] }], [/win32|windows/, { os: ['win32'] }], [/freebsd/, { os: ['freebsd'] }],
  [/openbsd/, { os: ['openbsd'] }], [/netbsd/, { os: ['netbsd'] }], [/android/, { os: ['android'] }],
  [/openharmony/, { os: ['openharmony'] }], [/sunos/, { os: ['sunos'] }], [/aix/, { os: ['aix'] }], [/linux/, { os: ['linux'] }],
];
const cpus = [[/arm64|aarch64/, 'arm64'], [/x64|x86_64/, 'x64'], [/ia32/, 'ia32'], [/loong64/, 'loong64'], [/ppc64/, 'ppc64'], [/riscv64/, 'riscv64'], [/s390x/, 's390x'], [/arm/, 'arm'], [/mips64el/, 'mips64el'], [/wasm32/, 'wasm32']];
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (lock.packages[key] || lock.packages[nested]) continue;
    const base = name.split('/').pop();
    const os = platforms.find(([re]) => re.test(base))?.[1].os;
    const cpu = cpus.find(([re]) => re.test(base))?.[1];
    if (!os) { console.error(`cannot tell the platform of ${name}; left alone`); continue; }
    const stub = { version: String(version).replace(/^[\^~]/, ''), optional: true, os };
    if (cpu) stub.cpu = [cpu];
    if (/musl/.test(base)) stub.libc = ['musl'];
    lock.packages[key] = stub;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} platform stubs`);
