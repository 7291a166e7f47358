// What the main script's parser arena holds while the script runs (Python/pythonrun.c
// pyrun_file frees the arena only after run_mod returns): the references it keeps on the
// shared empty and one-character objects a script can count.
import { newBytes } from './objects/bytes';
import type { Token } from './syntax/tokenizer';
import { R } from './state';

/**
 * 3.9-3.11's PEG parser keeps each token's text as a bytes object in the arena
 * (Parser/pegen.c initialize_token, PyBytes_FromStringAndSize): NEWLINE (tokenizer.c leaves
 * the '\n' out), INDENT, DEDENT and ENDMARKER hold the empty bytes, a one-byte token the
 * shared one-byte object. Every token up to ENDMARKER is read once, whatever the parser's
 * backtracking. 3.8's parser keeps C strings; 3.12+ make these objects immortal.
 */
export function holdTokenBytes(tokens: readonly Token[]): void {
  if (R.minor < 9 || R.minor > 11) return;
  for (const t of tokens) {
    const text = t.type === 'NEWLINE' ? '' : t.text;
    if (text.length === 0) newBytes(new Uint8Array(0));
    else if (text.length === 1 && text.charCodeAt(0) < 0x80) newBytes(Uint8Array.of(text.charCodeAt(0)));
  }
}
