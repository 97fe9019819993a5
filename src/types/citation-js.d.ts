// citation-js ships no type declarations; these cover the calls src/citations/ makes.
declare module '@citation-js/core' {
	export interface FormatOptions {
		format?: 'text' | 'html' | 'object' | 'real' | 'string';
		template?: string;
		lang?: string;
		entry?: string | string[] | Array<{ id: string; locator?: string; label?: string }>;
	}
	export class Cite {
		constructor(data?: unknown, options?: Record<string, unknown>);
		data: Array<Record<string, any>>;
		format(format: string, options?: FormatOptions): string;
		get(options?: Record<string, unknown>): Array<Record<string, any>>;
	}
	export const plugins: {
		config: { get(name: string): any };
		add(name: string, plugin: unknown): void;
	};
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
