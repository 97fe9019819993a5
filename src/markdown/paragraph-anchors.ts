// The blocks and their anchors live in src/utils/anchored-blocks.ts, below both the plugins and
// src/knowledge/, which use them; this module keeps the plugins' import path.
export { anchoredBlocks, type AnchoredBlock } from '../utils/anchored-blocks';
