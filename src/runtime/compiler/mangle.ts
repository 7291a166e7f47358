// Private name mangling (Python/compile.c _Py_Mangle): inside a class, `__spam` is
// stored as `_Class__spam`; the compiler, the symtable and type_new's __slots__ use it.

/**
 * The name `ident` becomes under the class named `privateName` (null: not in a class).
 * Names not starting with two underscores, dunder names (ending in two underscores),
 * dotted names and classes named only with underscores leave it as it is.
 */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || !ident.startsWith('__')) return ident;
  if (ident.endsWith('__') || ident.includes('.')) return ident;
  let i = 0;
  while (i < privateName.length && privateName[i] === '_') i++;
  if (i === privateName.length) return ident;
  return `_${privateName.slice(i)}${ident}`;
}
