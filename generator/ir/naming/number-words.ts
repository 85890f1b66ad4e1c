/**
 * Numbers spelled as PascalCase words (`200` → `TwoHundred`), for enum members whose value is
 * a number: C# identifiers cannot start with a digit.
 */
const ONES = [
  'Zero',
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Eleven',
  'Twelve',
  'Thirteen',
  'Fourteen',
  'Fifteen',
  'Sixteen',
  'Seventeen',
  'Eighteen',
  'Nineteen',
];
const TENS = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];
const SCALES: [number, string][] = [
  [1e12, 'Trillion'],
  [1e9, 'Billion'],
  [1e6, 'Million'],
  [1e3, 'Thousand'],
  [100, 'Hundred'],
];

function integerWords(n: number): string {
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? ONES[n % 10] : '');
  for (const [scale, word] of SCALES) {
    if (n >= scale) {
      const rest = n % scale;
      return integerWords(Math.floor(n / scale)) + word + (rest ? integerWords(rest) : '');
    }
  }
  return String(n);
}

export function numberWords(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return 'Value' + String(value).replace(/\W/g, '');
  const sign = value < 0 ? 'Minus' : '';
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const fractionWords = fraction ? 'Point' + [...fraction].map((d) => ONES[Number(d)]).join('') : '';
  return sign + integerWords(Number(whole)) + fractionWords;
}
