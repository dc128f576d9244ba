import { describe, expect, it } from 'vitest';
import { parseSkillLine } from '../../src/extract/skill-line';

describe('a line of the skills data', () => {
  it('reads the name and every field', () => {
    expect(
      parseSkillLine(
        'Go | aka Golang, Go lang | exact GO | context-aliases Go1 | alias-context list | cased | context language | group language | not-before to, ahead',
      ),
    ).toEqual({
      name: 'Go',
      aliases: ['Golang', 'Go lang'],
      exactAliases: ['GO'],
      contextAliases: ['Go1'],
      aliasContext: 'list',
      caseSensitive: true,
      context: 'language',
      group: 'language',
      notBefore: ['to', 'ahead'],
    });
  });

  it('keeps names with symbols and spaces as written, and sets nothing a line does not say', () => {
    const t = parseSkillLine('C++ | aka Modern C++, C++17');
    expect(t).toEqual({ name: 'C++', aliases: ['Modern C++', 'C++17'] });
    expect(Object.keys(parseSkillLine('S&P Capital IQ'))).toEqual(['name']);
  });

  it('refuses a field it does not know, a value where none belongs and a context or group that does not exist', () => {
    for (const line of [
      'Go | alias Golang',
      'Go | cased yes',
      'Go | context sometimes',
      'Go | alias-context maybe',
      'Go | group tools',
      'Go | aka',
      'Go |  aka Golang',
      ' Go',
      '',
    ]) {
      expect(() => parseSkillLine(line), line).toThrow(/skills data/);
    }
  });
});
