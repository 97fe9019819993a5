/**
 * A strict RFC 4180 reader for the tests, independent of the site's writer: CRLF record
 * separators, quoted fields with doubled quotes, and an error (not a guess) on anything else:
 * a bare quote inside an unquoted field, text after a closing quote, an unterminated quote,
 * a lone LF between records.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	const fail = (why: string) => {
		throw new Error(`Invalid CSV at character ${i}: ${why}`);
	};
	while (i < text.length) {
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) fail('unterminated quoted field');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				field += text[i++];
			}
			if (i < text.length && text[i] !== ',' && text[i] !== '\r') fail('text after a closing quote');
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
				if (text[i] === '"') fail('a quote inside an unquoted field');
				if (text[i] === '\n') fail('a line feed without a carriage return');
				field += text[i++];
			}
		}
		row.push(field);
		if (text[i] === ',') {
			i++;
			if (i === text.length) fail('a trailing comma at the end of the file');
		} else if (text[i] === '\r') {
			if (text[i + 1] !== '\n') fail('a carriage return without a line feed');
			i += 2;
			rows.push(row);
			row = [];
		}
	}
	if (row.length > 0) fail('the last record has no CRLF');
	return rows;
}
