import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dynamicImports, modulePreloads, staticImports } from '../../../src/integrations/module-preloads';

describe('staticImports', () => {
	it("reads a minified chunk's leading imports, after Vite's dynamic-import map, and stops at the code", () => {
		const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js"])))=>i.map(i=>d[i]);\nimport{t as e}from"./helper.js";import"./side.js";import*as n from"./ns.js";var t=1;import("./lazy.js");';
		expect(staticImports(code)).toEqual(['./helper.js', './side.js', './ns.js']);
	});

	it('finds none in a module without imports', () => {
		expect(staticImports('var e=class extends HTMLElement{};customElements.define(`x-y`,e);')).toEqual([]);
	});
});

describe('modulePreloads', () => {
	it("lists every module a page's scripts import statically, at any depth, once, and not the scripts themselves", () => {
		const out = mkdtempSync(join(tmpdir(), 'kb-preloads-'));
		mkdirSync(join(out, '_astro'));
		writeFileSync(join(out, '_astro/page.js'), 'import{a as e}from"./ui.js";import"./link.js";e();');
		writeFileSync(join(out, '_astro/link.js'), 'import{t}from"./helper.js";t();');
		writeFileSync(join(out, '_astro/ui.js'), 'import{t as e}from"./helper.js";import"https://example.org/x.js";export const a=()=>import("./partial.js");');
		writeFileSync(join(out, '_astro/helper.js'), 'export const t=()=>{};');
		expect(modulePreloads(out, ['_astro/page.js', '_astro/link.js']).sort()).toEqual(['_astro/helper.js', '_astro/ui.js']);
	});

	it('with dynamic, also lists what they import on demand, but not addresses built at run time', () => {
		const out = mkdtempSync(join(tmpdir(), 'kb-preloads-'));
		mkdirSync(join(out, '_astro'));
		writeFileSync(join(out, '_astro/page.js'), 'import{a as e}from"./ui.js";e();');
		writeFileSync(join(out, '_astro/ui.js'), 'export const a=()=>import(`./partial.js`),b=(x)=>import(`${x}pagefind.js`);');
		writeFileSync(join(out, '_astro/partial.js'), 'import{t}from"./helper.js";export const r=t;');
		writeFileSync(join(out, '_astro/helper.js'), 'export const t=1;');
		expect(modulePreloads(out, ['_astro/page.js']).sort()).toEqual(['_astro/ui.js']);
		expect(modulePreloads(out, ['_astro/page.js'], { dynamic: true }).sort()).toEqual(['_astro/helper.js', '_astro/partial.js', '_astro/ui.js']);
	});
});

describe('dynamicImports', () => {
	it('reads literal specifiers in any quotes and skips template addresses', () => {
		expect(dynamicImports('a=()=>import("./a.js");b=()=>import(`./b.js`);c=x=>import(`${x}c.js`);d=import(\'./d.js\')')).toEqual(['./a.js', './b.js', './d.js']);
	});
});
