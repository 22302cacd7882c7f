// Tree sizes and indexes go up to 2^53 - 1, past the 32 bits of JavaScript's bitwise operators:
// everything here is plain arithmetic on numbers, exact for safe integers.

/** Whether `n` is an integer in [0, 2^53). */
export const isTreeSize = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

export const isOdd = (n: number): boolean => n % 2 === 1;

export const half = (n: number): number => Math.floor(n / 2);

/** 2^level, exact for level ≤ 1023. */
export const powerOfTwo = (level: number): number => 2 ** level;

export const isPowerOfTwo = (n: number): boolean => n >= 1 && powerOfTwo(Math.round(Math.log2(n))) === n;

/** The largest power of two strictly below `n`, for n ≥ 2 (RFC 9162 §2.1.1's k). */
export function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The level of the largest perfect subtree that starts at `start` and ends at or before `end`. */
export function largestAlignedLevel(start: number, end: number): number {
  let level = 0;
  while (start % powerOfTwo(level + 1) === 0 && start + powerOfTwo(level + 1) <= end) level++;
  return level;
}

/** Number of ones in the binary form of `n`. */
export function popCount(n: number): number {
  let count = 0;
  for (let rest = n; rest > 0; rest = half(rest)) count += rest % 2;
  return count;
}
