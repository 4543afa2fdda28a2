import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/domain/describe-value.ts';
import { escapeUnprintable, plainTextProblem } from '../../src/domain/plain-text.ts';

describe('plain text', () => {
  it.each([
    'Release not received since Friday',
    'Zeile 1\nZeile 2\tmit Tab',
    'A form sends line breaks as CR LF\r\nlike this',
    'Déclaration bloquée — « PLDA » ne répond pas 😞',
    'שלום עולם and مرحبا: right-to-left scripts are text',
    'The screen shows <script>alert("x")</script> & more',
    'नमस्ते, 你好, こんにちは',
    'An emoji family 👩‍👩‍👧 is joined with zero-width joiners',
  ])('accepts %j', (text) => {
    expect(plainTextProblem(text)).toBeUndefined();
  });

  it.each([
    ['\u001b[2J\u001b[H\u001b[31mURGENT', 'must be plain text: remove the control character U+001B'],
    ['before\u0000after', 'must be plain text: remove the control character U+0000'],
    ['bell\u0007', 'must be plain text: remove the control character U+0007'],
    ['delete\u007f', 'must be plain text: remove the control character U+007F'],
    ['C1 escape \u009b2J', 'must be plain text: remove the control character U+009B'],
    ['overwrite\rfrom the start', 'must be plain text: remove the control character U+000D'],
    ['invoice \u202Efdp.exe', 'must be plain text: remove the text direction control U+202E'],
    ['isolate \u2066x\u2069', 'must be plain text: remove the text direction control U+2066'],
    ['broken \ud800 half', 'must be plain text: U+D800 is half of a character, not one'],
    ['\u200b\u200b', 'must contain visible characters, not only invisible ones'],
    ['\u3164', 'must contain visible characters, not only invisible ones'],
    [' \u00a0\u2800\ufeff ', 'must contain visible characters, not only invisible ones'],
    ['\u0301\u0301\u0301', 'must contain visible characters, not only invisible ones'],
  ])('refuses %j, saying why', (text, message) => {
    expect(plainTextProblem(text)).toBe(message);
  });

  it('leaves an empty value to the length rules', () => {
    expect(plainTextProblem('')).toBeUndefined();
  });

  it('accepts any text of letters, digits, punctuation and spaces that shows something', () => {
    const printable = fc.string({
      unit: fc.constantFrom(...'abcXYZ019 .,;:!?-()[]{}<>"\'/\\@#&*+=éßçøñ€£'),
      minLength: 1,
    });
    fc.assert(
      fc.property(printable, (text) => {
        expect(plainTextProblem(`${text}x`)).toBeUndefined();
      }),
    );
  });
});

describe('escaping what a terminal would not show', () => {
  it.each([
    ['\u001b[2J\u001b[H\u001b[31mURGENT', '\\u001b[2J\\u001b[H\\u001b[31mURGENT'],
    ['invoice \u202Efdp.exe', 'invoice \\u202efdp.exe'],
    ['zero\u200bwidth', 'zero\\u200bwidth'],
    ['tag \u{E0041}', 'tag \\udb40\\udc41'],
    ['lines\nand\ttabs stay', 'lines\nand\ttabs stay'],
    ['Déclaration 😞', 'Déclaration 😞'],
  ])('writes %j as %j', (text, shown) => {
    expect(escapeUnprintable(text)).toBe(shown);
  });

  it('keeps JSON valid and meaning the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(JSON.parse(escapeUnprintable(JSON.stringify(text)))).toBe(text);
      }),
    );
  });
});

describe('describing a posted value in a message', () => {
  it.each([
    ['gold', '"gold"'],
    [5, '5'],
    [false, 'false'],
    [null, 'null'],
    [undefined, 'nothing'],
    [['high'], 'a list'],
    [{ level: 'high' }, 'an object'],
    ['x'.repeat(50), `"${'x'.repeat(40)}…"`],
    ['\u001b[2J', '"\\u001b[2J"'],
  ])('describes %j as %s', (value, description) => {
    expect(describeValue(value)).toBe(description);
  });

  it('describes a list nested 20,000 deep without overflowing', () => {
    const deep = JSON.parse('['.repeat(20_000) + ']'.repeat(20_000));
    expect(describeValue(deep)).toBe('a list');
  });
});
