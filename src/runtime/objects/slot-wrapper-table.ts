// Which slot wrappers each builtin type's dict holds, per version: the slots its static
// PyTypeObject fills, named and ordered as add_operators walks slotdefs (Objects/typeobject.c).
import { exceptionNames, exceptionSlots } from './exceptions';

/** The versions the tables cover. */
export const MINORS = [8, 9, 10, 11, 12, 13, 14];

const CMP = '__lt__ __le__ __eq__ __ne__ __gt__ __ge__';
const SEQ = '__len__ __getitem__ __add__ __mul__ __rmul__ __contains__';
const NUM_HEAD = '__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__';
const SET_OPS = '__sub__ __rsub__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__';

function table(minor: number): Record<string, string> {
  const getattr = (has: boolean): string => (has ? '__getattribute__' : '');
  // The buffer slots as Python methods (PEP 688), last in slotdefs.
  const buffer = (names: string): string => (minor >= 12 ? names : '');
  return {
    object: `__repr__ __hash__ __str__ __getattribute__ __setattr__ __delattr__ ${CMP} __init__`,
    type: `__repr__ __call__ __getattribute__ __setattr__ __delattr__ __init__${minor >= 10 ? ' __or__ __ror__' : ''}`,
    int:
      `__repr__ __hash__ __getattribute__ ${CMP} ${NUM_HEAD} __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ ` +
      '__neg__ __pos__ __abs__ __bool__ __invert__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ ' +
      '__rxor__ __or__ __ror__ __int__ __float__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __index__',
    bool: `__repr__ ${minor >= 12 ? '__invert__ ' : ''}__and__ __rand__ __xor__ __rxor__ __or__ __ror__`,
    float:
      `__repr__ __hash__ ${getattr(minor <= 12)} ${CMP} ${NUM_HEAD} __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ ` +
      '__neg__ __pos__ __abs__ __bool__ __int__ __float__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__',
    complex:
      minor <= 9
        ? `__repr__ __hash__ __getattribute__ ${CMP} ${NUM_HEAD} __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ ` +
          '__neg__ __pos__ __abs__ __bool__ __int__ __float__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__'
        : `__repr__ __hash__ __getattribute__ ${CMP} ${NUM_HEAD} __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __truediv__ __rtruediv__`,
    str: `__repr__ __hash__ __str__ ${getattr(minor <= 12)} ${CMP} __iter__ __mod__ __rmod__ ${SEQ}`,
    bytes: `__repr__ __hash__ __str__ __getattribute__ ${CMP} __iter__ __mod__ __rmod__ ${SEQ}${buffer(' __buffer__')}`,
    bytearray:
      `__repr__ __str__ __getattribute__ ${CMP} __iter__ __init__ __mod__ __rmod__ __len__ __getitem__ __setitem__ __delitem__ ` +
      `__add__ __mul__ __rmul__ __contains__ __iadd__ __imul__${buffer(' __buffer__ __release_buffer__')}`,
    memoryview:
      `__repr__ __hash__ __getattribute__ ${CMP}${minor >= 10 ? ' __iter__' : ''} __len__ __getitem__ __setitem__ __delitem__` +
      buffer(' __buffer__ __release_buffer__'),
    list: `__repr__ __getattribute__ ${CMP} __iter__ __init__ __len__ __setitem__ __delitem__ __add__ __mul__ __rmul__ __contains__ __iadd__ __imul__`,
    tuple: `__repr__ __hash__ __getattribute__ ${CMP} __iter__ ${SEQ}`,
    dict: `__repr__ __getattribute__ ${CMP} __iter__ __init__ ${minor >= 9 ? '__or__ __ror__ __ior__ ' : ''}__len__ __setitem__ __delitem__`,
    set: `__repr__ __getattribute__ ${CMP} __iter__ __init__ ${SET_OPS} __isub__ __iand__ __ixor__ __ior__ __len__`,
    frozenset: `__repr__ __hash__ ${getattr(minor <= 12)} ${CMP} __iter__ ${SET_OPS} __len__`,
    range: `__repr__ __hash__ __getattribute__ ${CMP} __iter__ __bool__ __len__ __getitem__ __contains__`,
    slice: `__repr__ ${minor >= 12 ? '__hash__ ' : ''}__getattribute__ ${CMP}`,
    NoneType: minor >= 12 ? `__repr__ __hash__ ${CMP} __bool__` : '__repr__ __bool__',
    function: '__repr__ __call__ __get__',
    super: '__repr__ __getattribute__ __get__ __init__',
    property: '__getattribute__ __get__ __set__ __delete__ __init__',
    // dictview_as_number, dictview_richcompare (dict_values has neither), dictview_repr.
    dict_keys: `__repr__ ${getattr(minor <= 12)} ${CMP} __iter__ ${SET_OPS} __len__ __contains__`,
    dict_items: `__repr__ ${getattr(minor <= 12)} ${CMP} __iter__ ${SET_OPS} __len__ __contains__`,
    dict_values: `__repr__ ${getattr(minor <= 12)} __iter__ __len__`,
    ...exceptionTable(minor),
  };
}

/**
 * Objects/exceptions.c: BaseException fills its own slots; every other builtin exception sets
 * tp_init, and tp_str where exceptions.ts's table says it has its own. 3.13 leaves BaseException's
 * tp_setattro to object (PyObject_GenericSetAttr inherited, so no __setattr__/__delattr__ of its own).
 */
function exceptionTable(minor: number): Record<string, string> {
  const tab: Record<string, string> = {
    BaseException: `__repr__ __str__ __getattribute__ ${minor <= 12 ? '__setattr__ __delattr__ ' : ''}__init__`,
  };
  // Tabled in every version, so that a type of later versions only is still tabled.
  for (const n of exceptionNames()) tab[n] = exceptionSlots(n, minor)!.str ? '__str__ __init__' : '__init__';
  return tab;
}

const cache = new Map<number, Record<string, string>>();

/** The slot wrapper names of the builtin type named `name` at 3.<minor>, or null for a type not tabled. */
export function wrapperTable(t: { tp_name: string; isHeapType: boolean }, minor: number): string[] | null {
  if (t.isHeapType) return null;
  let tab = cache.get(minor);
  if (tab === undefined) cache.set(minor, (tab = table(minor)));
  const s = Object.prototype.hasOwnProperty.call(tab, t.tp_name) ? tab[t.tp_name] : undefined;
  return s === undefined ? null : s.split(' ').filter((n) => n !== '');
}
