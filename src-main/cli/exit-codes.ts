import type { ErrorCode } from '../contract';

/**
 * The CLI's exit code for each API error, the one place they are chosen.
 * 0 is success; 1: the command was understood but what it names is not there
 * or clashes (the user fixes the data); 2: the command line itself is wrong
 * (the user fixes the command); 3: the library file is damaged (`check`,
 * `restore`); 4: a failure of Chancery's own. Codes only the desktop and
 * browser faces can produce fall under 4.
 */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  'not-found': 1,
  conflict: 1,
  'invalid-argument': 2,
  'unknown-call': 2,
  unsupported: 2,
  'too-large': 2,
  'damaged-library': 3,
  internal: 4,
  unauthorized: 4,
  forbidden: 4,
};
