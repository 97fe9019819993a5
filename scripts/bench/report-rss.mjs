// Preloaded into the benchmarked build (node --import): writes the process's peak resident
// memory when it exits, so the scale benchmark needs no external tool.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
	if (process.env.KB_RSS_FILE) writeFileSync(process.env.KB_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
