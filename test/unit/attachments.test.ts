import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_ACCEPT,
  checkAttachment,
  countProblem,
  safeFileName,
  isTextKind,
  sizeProblem,
  textCheck,
} from '../../src/domain/attachments.ts';
import { sizeText } from '../../src/domain/byte-size.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const PDF = text('%PDF-1.7\n%âãÏÓ');
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16);
const EXE = bytes(0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0);

describe('which files may be attached', () => {
  it('takes each allowed kind when its content is that kind', () => {
    expect(checkAttachment('error.pdf', PDF)).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkAttachment('screen.PNG', PNG)).toEqual({ ok: true, type: 'image/png' });
    expect(checkAttachment('photo.jpeg', JPEG)).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkAttachment('photo.jpg', JPEG)).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkAttachment('declaration.xml', text('<?xml version="1.0"?><CC515C/>'))).toEqual({
      ok: true,
      type: 'application/xml',
    });
    expect(checkAttachment('log.txt', text('Fout: zending geweigerd – €'))).toEqual({
      ok: true,
      type: 'text/plain',
    });
    expect(checkAttachment('lines.csv', text('mrn;status\n24BE000000123456A7;rejected'))).toEqual({
      ok: true,
      type: 'text/csv',
    });
    expect(checkAttachment('reply.eml', text('From: customs@example.be\r\nSubject: rejected\r\n'))).toEqual({
      ok: true,
      type: 'message/rfc822',
    });
  });

  it('refuses another kind by its name, listing the kinds allowed', () => {
    expect(checkAttachment('report.docx', PDF)).toEqual({
      ok: false,
      problem: 'report.docx must be a PDF, PNG, JPEG, XML, TXT, CSV or EML',
    });
  });

  it('refuses a file whose content is not what its name says', () => {
    expect(checkAttachment('invoice.pdf', EXE)).toEqual({
      ok: false,
      problem: 'invoice.pdf is not a PDF file: its content is something else',
    });
    expect(checkAttachment('notes.txt', EXE)).toEqual({
      ok: false,
      problem: 'notes.txt is not a TXT file: its content is something else',
    });
    expect(checkAttachment('screen.png', JPEG)).toMatchObject({ ok: false });
  });

  it('checks a text kind to its end when given the whole file: a NUL or a sequence cut off there is refused', () => {
    const euro = text('prix: 10 €'); // € is three bytes: E2 82 AC
    const cut = euro.subarray(0, euro.length - 1);
    // The start of a file may end inside a character: more follows.
    expect(checkAttachment('notes.txt', cut)).toEqual({ ok: true, type: 'text/plain' });
    expect(checkAttachment('notes.txt', cut, true)).toEqual({
      ok: false,
      problem: 'notes.txt is not a TXT file: its content is something else',
    });
    expect(checkAttachment('notes.txt', euro, true)).toEqual({ ok: true, type: 'text/plain' });
    expect(isTextKind('lines.CSV')).toBe(true);
    expect(isTextKind('screen.png')).toBe(false);
  });

  it('checks text arriving in chunks: NUL or bytes that are not UTF-8 anywhere fail it, a character split between chunks does not', () => {
    const euro = text('€');
    const split = textCheck();
    expect([split.push(euro.subarray(0, 2)), split.push(euro.subarray(2)), split.end()]).toEqual([
      true,
      true,
      true,
    ]);
    const late = textCheck();
    expect([late.push(text('a'.repeat(5000))), late.push(bytes(0x4d, 0x5a, 0)), late.end()]).toEqual([
      true,
      false,
      false,
    ]);
    const latin1 = textCheck();
    expect([latin1.push(text('caf')), latin1.push(bytes(0xe9, 0x20))]).toEqual([true, false]);
    const unfinished = textCheck();
    expect([unfinished.push(euro.subarray(0, 2)), unfinished.end()]).toEqual([true, false]);
  });

  it('takes text whose last character is cut off by the sample', () => {
    const cut = text('prix: 10 €').subarray(0, -1);
    expect(checkAttachment('prices.csv', cut)).toEqual({ ok: true, type: 'text/csv' });
  });

  it('offers exactly the allowed extensions to a file input', () => {
    expect(ATTACHMENT_ACCEPT).toBe('.pdf,.png,.jpg,.jpeg,.xml,.txt,.csv,.eml');
  });
});

describe('how many and how large', () => {
  it('takes up to 10 MB and refuses an empty file', () => {
    expect(sizeProblem('a.pdf', 10 * 1024 * 1024)).toBeUndefined();
    expect(sizeProblem('a.pdf', 10 * 1024 * 1024 + 1)).toBe('a.pdf must be smaller than 10 MB');
    expect(sizeProblem('a.pdf', 0)).toBe('a.pdf is empty');
  });

  it('says a size in bytes below 1 KB, in KB below 1 MB, then in MB', () => {
    expect(
      [0, 1, 12, 1023, 1024, 1536, 849_920, 1_048_575, 1_048_576, 2_516_582, 10_485_760].map(sizeText),
    ).toEqual([
      '0 bytes',
      '1 byte',
      '12 bytes',
      '1023 bytes',
      '1 KB',
      '2 KB',
      '830 KB',
      '1.0 MB',
      '1.0 MB',
      '2.4 MB',
      '10.0 MB',
    ]);
  });

  it('takes a fifth file but not a sixth', () => {
    expect(countProblem('sixth.pdf', 4)).toBeUndefined();
    expect(countProblem('sixth.pdf', 5)).toBe('sixth.pdf was not attached: you can attach up to 5 files');
  });
});

describe('a file name made safe', () => {
  it('keeps the last path segment and replaces quotes and control characters', () => {
    expect(safeFileName('C:\\Users\\ann\\error "final".pdf')).toBe('error _final_.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('line\nbreak.txt')).toBe('line_break.txt');
    // What would show a different name than the one stored: a bidi override, zero-width characters.
    expect(safeFileName('invoice\u202Egnp.exe.png')).toBe('invoice_gnp.exe.png');
    expect(safeFileName('rep\u200bort\u2060.pdf')).toBe('rep_ort_.pdf');
  });

  it('shortens a long name to 200 characters, keeping the extension', () => {
    const name = safeFileName(`${'a'.repeat(300)}.xml`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('a.xml')).toBe(true);
  });
});
