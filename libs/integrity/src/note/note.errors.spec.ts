import { CheckpointFormatError, NOTE_ERROR_CODES, NoteFormatError, NoteKeyError } from './note.errors.js';

describe('note error codes', () => {
  it('are unique and in the INTEGRITY namespace', () => {
    const codes = Object.values(NOTE_ERROR_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^INTEGRITY\.[A-Z_]+$/);
  });

  it('are carried by the error classes', () => {
    expect(new NoteKeyError('x').code).toBe('INTEGRITY.NOTE_KEY_INVALID');
    expect(new NoteFormatError('x').code).toBe('INTEGRITY.NOTE_TEXT_INVALID');
    expect(new CheckpointFormatError('x').code).toBe('INTEGRITY.CHECKPOINT_MALFORMED');
  });
});
