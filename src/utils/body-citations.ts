/**
 * Citations in entity prose are written `[@article-id#p-anchor]`, several separated by
 * `;`: plain Markdown text that reads well in the source and that the remark plugin
 * src/markdown/remark-citations.ts turns into numbered links to the paragraph.
 */
export const BODY_CITATION = /\[(@[a-z0-9-]+#p-[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+#p-[a-z0-9-]+)*)\]/g;
