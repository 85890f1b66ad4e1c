import { markedSection, mergeMarkedSections, parseMarkedSections } from '../../../generator/write/marked-sections.js';

const doc = (...sections: [string, string, string][]) => sections.map(([title, id, body]) => markedSection(title, id, body)).join('\n\n') + '\n';

const V1 = doc(['Summary', 'summary', '# pkg\n\nOld summary.'], ['Installation', 'installation', 'npm install pkg'], ['Retries', 'retries', 'Old retries.']);
const V2 = doc(['Summary', 'summary', '# pkg\n\nNew summary.'], ['Installation', 'installation', 'npm install pkg@2'], ['Retries', 'retries', 'New retries.']);

describe('parseMarkedSections', () => {
  it('gives the text back when the blocks are joined', () => {
    const text = `intro\n\n${V1}outro\n`;
    expect(
      parseMarkedSections(text)
        .map((b) => b.text)
        .join(''),
    ).toBe(text);
    expect(
      parseMarkedSections(text)
        .filter((b) => b.kind === 'section')
        .map((b) => (b as { id: string }).id),
    ).toEqual(['summary', 'installation', 'retries']);
  });

  it('treats markers that do not pair up as plain text', () => {
    const text = '<!-- Start A [a] -->\nno end\n<!-- End B [b] -->\n<!-- Start C [c] -->\n<!-- Start D [d] -->\nd\n<!-- End D [d] -->\n';
    const blocks = parseMarkedSections(text);
    expect(blocks.filter((b) => b.kind === 'section').map((b) => (b as { id: string }).id)).toEqual(['d']);
    expect(blocks.map((b) => b.text).join('')).toBe(text);
  });
});

describe('mergeMarkedSections', () => {
  it('returns the generated text when there is no previous file or it has no sections', () => {
    expect(mergeMarkedSections('', V2)).toBe(V2);
    expect(mergeMarkedSections('# an old README without markers\n', V2)).toBe(V2);
  });

  it('keeps user text before, between and after the sections and updates the sections', () => {
    const edited = V1.replace('<!-- Start Installation', 'My own note.\n\n<!-- Start Installation');
    const previous = `Badge line\n\n${edited}\n## Support\n\nWrite to us.\n`;
    const merged = mergeMarkedSections(previous, V2);
    expect(merged).toBe(`Badge line\n\n${V2.replace('<!-- Start Installation', 'My own note.\n\n<!-- Start Installation')}\n## Support\n\nWrite to us.\n`);
    expect(merged).not.toContain('Old');
  });

  it('is idempotent', () => {
    const previous = `top\n\n${V1}bottom\n`;
    const once = mergeMarkedSections(previous, V2);
    expect(mergeMarkedSections(once, V2)).toBe(once);
    expect(mergeMarkedSections(V2, V2)).toBe(V2);
  });

  it('replaces whatever the user wrote between markers', () => {
    const previous = V1.replace('Old retries.', 'I changed this.');
    expect(mergeMarkedSections(previous, V2)).toBe(V2);
  });

  it('drops sections the generator no longer produces', () => {
    const without = doc(['Summary', 'summary', '# pkg\n\nNew summary.'], ['Installation', 'installation', 'npm install pkg@2']);
    const merged = mergeMarkedSections(`${V1}\nmine\n`, without);
    expect(merged).toBe(`${without}\nmine\n`);
    expect(mergeMarkedSections(merged, without)).toBe(merged);
  });

  it('places a new or deleted section after the section that precedes it in the generated file', () => {
    const previous = `${doc(['Summary', 'summary', 'old'], ['Retries', 'retries', 'old'])}\nmine\n`;
    const merged = mergeMarkedSections(previous, V2);
    expect(merged).toBe(`${V2}\nmine\n`);
  });

  it('places a new first section before the first section present', () => {
    const previous = `mine\n\n${doc(['Installation', 'installation', 'old'], ['Retries', 'retries', 'old'])}`;
    expect(mergeMarkedSections(previous, V2)).toBe(`mine\n\n${V2}`);
  });

  it('appends the sections after the user text when none of the previous sections is generated any more', () => {
    const previous = `mine\n\n${doc(['Gone', 'gone', 'x'])}`;
    const merged = mergeMarkedSections(previous, V2);
    expect(merged).toBe(`mine\n\n\n${V2}`);
    expect(mergeMarkedSections(merged, V2)).toBe(merged);
  });

  it('matches sections by id, not title, and keeps CRLF user text as it is', () => {
    const previous = 'user line\r\n\r\n<!-- Start Old Title [summary] -->\r\nold\r\n<!-- End Old Title [summary] -->\r\n\r\nmore\r\n';
    const generated = doc(['Summary', 'summary', 'new']);
    expect(mergeMarkedSections(previous, generated)).toBe(`user line\r\n\r\n${markedSection('Summary', 'summary', 'new')}\r\n\r\nmore\r\n`);
  });

  it('gives the same bytes for the same inputs', () => {
    const previous = `x\n\n${V1}y\n`;
    expect(mergeMarkedSections(previous, V2)).toBe(mergeMarkedSections(previous, V2));
  });
});
