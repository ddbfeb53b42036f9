/**
 * One wrong number is one fault. A number that breaks the sequence while the next one follows the number
 * before it (`2. 5. 4.`: the 5 stands where 3 belongs) is a lone slip: only it is reported, and the sequence
 * goes on as if it were right (at the start, `previous` is 0: `7. 2. 3.` is one wrong start). A real gap (`2. 5. 6.`) or a real backward jump (`4. 2. 3.`) is not a slip.
 */
export function isLoneSlip(previous: number, written: number, next: number | undefined): boolean {
	return written !== previous + 1 && next === previous + 2;
}
