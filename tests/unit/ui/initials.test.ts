import { describe, expect, it } from 'vitest';
import { surnameInitial } from '../../../src/ui/screens/turn';

describe("an adviser's portrait letter", () => {
  it('is the surname initial, past titles and bracketed notes', () => {
    expect(surnameInitial('Dr. Sam Okafor')).toBe('O');
    expect(surnameInitial('Col. Helen Ward (ret.)')).toBe('W');
    expect(surnameInitial('Han Ji-woo')).toBe('J');
    expect(surnameInitial('(anonymous)')).toBe('?');
  });
});
