/**
 * Whether the bytes read are text: a NUL byte (an executable, an image, a zip) or many undecodable bytes
 * mean a file that is not a draft, whatever its name. Only the start is read: a binary shows it at once.
 */
export function isTextFile(text: string): boolean {
	const head = text.slice(0, 8192);
	if (head.includes('\u0000')) {
		return false;
	}
	let bad = 0;
	for (let i = 0; i < head.length; i++) {
		if (head.charCodeAt(i) === 0xfffd) {
			bad++;
		}
	}
	return bad <= Math.max(8, head.length / 100);
}
