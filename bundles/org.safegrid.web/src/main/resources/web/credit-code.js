// The check of a unified social credit code (统一社会信用代码, GB 32100-2015), as the server's CreditCode does it, so
// that a typing error shows before the form is sent. The server checks again and decides.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The code without blanks around it, in capitals. */
export const normaliseCreditCode = (code) => (code ?? '').trim().toUpperCase();

/** 'length', 'character', 'division' or 'check' for a code that is wrong; null when it is right. */
export function creditCodeProblem(raw) {
  const code = normaliseCreditCode(raw);
  if (code.length !== 18) return 'length';
  if ([...code].some((c) => !ALPHABET.includes(c))) return 'character';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'division';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(code[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31] === code[17] ? null : 'check';
}
