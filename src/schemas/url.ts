import { z } from 'zod';
import { isWebUrl } from '../utils/safe-url';

/** A web address: http or https only (src/utils/safe-url.ts), e.g. "https://example.org/article". */
export const webUrlSchema = z
	.string({ error: 'Write the address as text, e.g. "https://example.org/article".' })
	.refine(isWebUrl, { message: 'Only web addresses are accepted: write a full http:// or https:// address (e.g. "https://example.org/article"); other schemes such as javascript: or data: are never published.' });
