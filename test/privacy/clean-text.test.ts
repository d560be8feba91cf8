// Free text is made safe before it is checked and stored (privacy/clean-text.ts).
import { describe, expect, it } from 'vitest';
import { checkText, cleanText } from '../../services/privacy/index.js';

describe('cleanText', () => {
  it('removes control characters but keeps tab and newline, and ends every line with "\\n"', () => {
    expect(cleanText('a\u0000b\u001bc\u007fd\u0085e\tf\r\ng\rh')).toBe('abcd\ne\tf\ng\nh');
  });

  it('removes bidi overrides, isolates and direction marks, so nothing reads backwards on screen', () => {
    expect(cleanText('Mötet \u202Eflyttas\u202C \u2066inte\u2069 \u200Eidag\u200F.')).toBe('Mötet flyttas inte idag.');
  });

  it('replaces a lone surrogate, keeps a whole emoji', () => {
    expect(cleanText('Bra \uD83D och \uDE42 men 🙂')).toBe('Bra \uFFFD och \uFFFD men 🙂');
  });

  it('composes letters typed as a base and a mark (NFC)', () => {
    expect(cleanText('Fo\u0308rskolan')).toBe('Förskolan');
  });

  it('keeps markup as text', () => {
    expect(cleanText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('joins a number split by invisible characters, so the check sees it', () => {
    const dodged = '070\u200D174\u200B06\u206005';
    expect(checkText(dodged).blocking).toEqual([]);
    expect(checkText(cleanText(dodged)).blocking.map((f) => f.kind)).toEqual(['phone_number']);
  });
});
