// The attributes every object, type, function and method answers without a __dict__
// entry (typeobject.c type_getsets/object_methods, funcobject.c func_getsetlist,
// classobject.c method_getattro): __class__, __name__, __qualname__, __module__,
// __doc__, __dict__, __mro__, and object's own methods that super() reaches.
import { KEYWORDS, methVarargs, minors, Varargs } from './builtin-call';
import { R } from '../state';
import { codeType, PyCode } from './code';
import * as abs from './abstract';
import { checkedMethod, METH_NOARGS } from '../builtin-conventions';
import { defaultRepr, genericSetAttr, PyInstance, solidBase } from './classes';
import { newDict, PyDict } from './dict';
import { holderDict, setAttrInHolder, setHolderDict } from './dict-holder';
import { attributeError, typeError, valueError } from './exceptions';
import { cellType, defClassMethod, functionType, methodType, PyCell, PyCFunction, cfunctionType, PyFunction, PyMethod, PyMethodDescr, methodDescrType } from './function';
import { CmpOp, definedInPython, isSubtype, PyObject, PyType, typeLookup, typeQualname } from './object';
import { False, None, NotImplemented, True } from './singletons';
import { internStr, newStr, pyIdentifier, PyStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { afterInherit, allBuiltinTypes, genericGetAttr, objectType, typeType } from './typeobject';
import { startupListedSubclasses } from './startup-subclasses';
import { defGetSet } from './getset';
import '../vm/genmethods';
import { hashInt, newInt } from './int';
import { setHeapTypeName, setHeapTypeQualname, typeModule, typeNew } from './typenew';
import { builtinSizeof } from './instance-layout';
import { setClass } from './class-assign';
import { subclassesOf, typeDictSet } from './heaptype';
import { typeMroImpl } from './mro-invoke';
import { newListFrom } from './list';
import { newMappingProxy, newTypeDictProxy } from './mappingproxy';
import { staticTypeTuple } from './static-type-tuples';
import { identifierUsed } from './identifiers';
import { typeDoc } from './builtin-docs';
import { defStructMember } from './member-descr';
import { argTypeName } from './args';

const str = (s: string): PyObject => newStr(s);
const incref = abs.incref;

/** Objects/typeobject.c check_set_special_type_attr: a heap type's only, and never deleted. */
function specialTypeAttr(t: PyType, v: PyObject | null, what: string): PyObject {
  const old = R.minor <= 9;
  if (!t.isHeapType) throw typeError(old ? `can't set ${t.tp_name}.${what}` : `cannot set '${what}' attribute of immutable type '${t.tp_name}'`);
  if (v === null) throw typeError(old ? `can't delete ${t.tp_name}.${what}` : `cannot delete '${what}' attribute of immutable type '${t.tp_name}'`);
  return v;
}

function needStr(t: PyType, v: PyObject | null, what: string): PyStr {
  const s = specialTypeAttr(t, v, what);
  if (!(s instanceof PyStr)) throw typeError(`can only assign string to ${t.tp_name}.${what}, not '${s.ob_type.tp_name}'`);
  return s;
}

// ---- helpers ----


function defineMethod(owner: PyType, name: string, f: (self: PyObject, args: PyObject[], kw: PyStr[] | null) => PyObject): void {
  const d = new PyMethodDescr(methodDescrType, name, owner, f);
  owner.tp_dict.set(name, d);
}

/**
 * A type's __new__ (Objects/typeobject.c add_tp_new_wrapper), a static builtin function in its dict
 * (not bound on lookup): tp_new_wrapper is METH_VARARGS | METH_KEYWORDS.
 */
function objectCFunction(owner: PyType, name: string, f: (args: PyObject[], kw: PyStr[] | null) => PyObject): void {
  const c = new PyCFunction(cfunctionType, name, methVarargs(minors(8) | KEYWORDS, f), null);
  owner.tp_dict.set(name, c);
}

// ---- type ----

// type_name/type_qualname: a heap type hands out the str objects it holds; a static type's name is made anew.
defGetSet(typeType, '__name__', (o) => {
  const t = o as PyType;
  return t.ht_name !== null ? incref(t.ht_name) : str(typeQualname(t));
}, (o, v) => {
  const t = o as PyType;
  setHeapTypeName(t, needStr(t, v, '__name__'));
});
defGetSet(typeType, '__qualname__', (o) => {
  const t = o as PyType;
  return t.ht_qualname !== null ? incref(t.ht_qualname) : str(typeQualname(t));
}, (o, v) => {
  const t = o as PyType;
  setHeapTypeQualname(t, needStr(t, v, '__qualname__'));
});
defGetSet(typeType, '__module__', (o) => {
  const t = o as PyType;
  const m = t.isHeapType ? t.tp_dict.get('__module__') : undefined;
  return m !== undefined ? incref(m) : str(typeModule(t));
}, (o, v) => typeDictSet(o as PyType, '__module__', specialTypeAttr(o as PyType, v, '__module__')));
defGetSet(typeType, '__doc__', (o) => {
  const t = o as PyType;
  // type_get_doc: a static type's tp_doc, as a new str each time (_PyType_GetDocFromInternalDoc),
  // even where its dict's __doc__ is a member (property's).
  const internal = t.isHeapType ? null : typeDoc(t.tp_name, R.minor);
  if (internal !== null) return newStr(internal);
  const d = t.tp_dict.get('__doc__');
  if (d === undefined) return incref(None);
  const g = d.ob_type.tp_descr_get;
  return g !== undefined ? g(d, null, t) : incref(d);
}, (o, v) => typeDictSet(o as PyType, '__doc__', specialTypeAttr(o as PyType, v, '__doc__')));
defGetSet(typeType, '__mro__', (o) => {
  const t = o as PyType;
  return t.ht_mro !== null ? incref(t.ht_mro) : staticTypeTuple(t, 'mro');
}, () => {
  // A READONLY member up to 3.11 (PyMember_SetOne's message), a getset without a setter from 3.12.
  throw attributeError(R.minor <= 11 ? 'readonly attribute' : "attribute '__mro__' of 'type' objects is not writable");
});
defGetSet(typeType, '__bases__', (o) => {
  const t = o as PyType;
  return t.ht_bases !== null ? incref(t.ht_bases) : staticTypeTuple(t, 'bases');
});
let builtinTypesByName: Map<string, PyType> | null = null;

/** type.__subclasses__(): a builtin type lists start-up's subclasses the model has (startup-subclasses.ts) before the script's. */
function typeSubclasses(t: PyType): PyType[] {
  const made = subclassesOf(t);
  if (t.isHeapType) return made;
  const byName = (builtinTypesByName ??= new Map(allBuiltinTypes().map((b) => [b.tp_name, b])));
  return [...startupListedSubclasses(R.minor, t.tp_name).map((n) => byName.get(n)!), ...made];
}
// type___subclasses__: METH_NOARGS.
defineMethod(typeType, '__subclasses__', checkedMethod('type.__subclasses__', METH_NOARGS, (self) => newListFrom(typeSubclasses(self as PyType).map((t) => incref(t)))));
defGetSet(typeType, '__base__', (o) => incref((o as PyType).tp_base ?? None));
// type_dict: a proxy over a class's dict itself (a builtin type's namespace is a map here, made a dict at each use).
defGetSet(typeType, '__dict__', (o) => {
  const t = o as PyType;
  return t.ht_dict !== null ? newMappingProxy(t.ht_dict) : newTypeDictProxy(t);
});
// type_mro: METH_NOARGS.
defineMethod(typeType, 'mro', checkedMethod('type.mro', METH_NOARGS, (self) => typeMroImpl(self as PyType)));
typeType.tp_new = (meta, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length !== 3) throw typeError('type.__new__() takes exactly 3 arguments (' + pos.length + ' given)');
  const [name, bases, ns] = pos;
  if (!(name instanceof PyStr)) throw typeError(`type.__new__() argument 1 must be str, not ${argTypeName(name)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${argTypeName(bases)}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${argTypeName(ns)}`);
  // type_new_get_bases: a base that is no type is asked for __mro_entries__ first, by an
  // identifier whose str 3.8 makes then (3.9+ have it from GenericAlias's dict).
  for (const b of bases.items) {
    if (b instanceof PyType) continue;
    identifierUsed('type_new_get_bases:__mro_entries__');
    pyIdentifier('__mro_entries__');
  }
  // type_new: the most derived metatype of the bases wins (_PyType_CalculateMetaclass),
  // and a winner with its own __new__ makes the class (type('X', (Plugin,), ns)).
  let winner = meta;
  for (const b of bases.items) {
    const bm = b.ob_type;
    if (isSubtype(winner, bm)) continue;
    if (isSubtype(bm, winner)) {
      winner = bm;
      continue;
    }
    throw typeError(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  if (winner !== meta) {
    const userNew = typeLookup(winner, '__new__');
    if (userNew !== null && userNew !== typeType.tp_dict.get('__new__')) {
      const f = (userNew as { callable?: PyObject }).callable ?? userNew;
      return abs.call(f, [winner, ...args], kwnames);
    }
    meta = winner;
  }
  return typeNew(meta, name, bases, ns, kwnames ?? [], args.slice(pos.length));
};
objectCFunction(typeType, '__new__', (args, kw) =>
  tpNewWrapperCall(() => {
    const meta = args[0];
    if (!(meta instanceof PyType)) throw typeError('type.__new__(X): X is not a type object');
    return typeType.tp_new!(meta, args.slice(1), kw);
  }),
);
defineMethod(typeType, '__init__', () => incref(None));

// ---- object ----

defGetSet(objectType, '__class__', (o) => incref(o.ob_type), setClass);
// object_init: excess arguments are refused only where tp_init is object's, and tp_new too (as
// slots are inherited, the first __init__/__new__ along the MRO is object's own).
defineMethod(objectType, '__init__', (self, args) => {
  if (args.length > 0) {
    const t = self.ob_type;
    const own = (name: string): boolean => Boolean(definedInPython(t, name)) || typeLookup(t, name) !== objectType.tp_dict.get(name);
    // A static type based on object without a tp_new of its own has none (not object_new): dict_keys.
    const newIsObjects = t.isHeapType ? !own('__new__') : t === objectType;
    if (own('__init__') || newIsObjects) throw typeError(`${t.tp_name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return incref(None);
});
objectCFunction(objectType, '__new__', (args, kw) =>
  tpNewWrapperCall(() => {
    const t = args.length > (kw?.length ?? 0) ? args[0] : undefined;
    if (t === undefined) throw typeError('object.__new__(): not enough arguments');
    if (!(t instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${t.ob_type.tp_name})`);
    if (args.length > 1) {
      if (definedInPython(t, '__new__')) throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
      if (!definedInPython(t, '__init__')) throw typeError(`${t.tp_name}() takes no arguments`);
    }
    return objectType.tp_new!(t, [], null);
  }),
);
// add_tp_new_wrapper: a builtin type that makes its own instances has __new__ (a builtin
// bound to the type), which is how a subclass's __new__ reaches it through super().
afterInherit.push((types) => {
  for (const t of types) {
    if (t === objectType || t.tp_new === undefined || t.tp_new === t.tp_base?.tp_new) continue;
    addTpNewWrapper(t);
  }
});
/** add_tp_new_wrapper for a type whose static tp_new is set (whether or not its base's is the same). */
export function addTpNewWrapper(t: PyType): void {
  if (t.tp_dict.has('__new__')) return;
  objectCFunction(t, '__new__', (args, kw) => tpNewWrapperCall(() => tpNewWrapper(t, args, kw)));
}

/**
 * tp_new_wrapper: tp_new gets the arguments after the type as a slice of the call's tuple
 * (PyTuple_GetSlice, a new tuple unless empty).
 */
function tpNewWrapperCall(run: () => PyObject): PyObject {
  const after = Varargs.args!.items.slice(1);
  for (const o of after) incref(o);
  const rest = after.length > 0 ? newTuple(after) : null;
  try {
    return run();
  } finally {
    if (rest !== null) abs.decref(rest);
  }
}

/** tp_new_wrapper: T.__new__(S, ...) checks that S may be made by T's tp_new. */
function tpNewWrapper(t: PyType, args: PyObject[], kw: PyStr[] | null): PyObject {
  // The type is the first positional argument (a keyword's value is not).
  const sub = args.length > (kw?.length ?? 0) ? args[0] : undefined;
  if (sub === undefined) throw typeError(`${t.tp_name}.__new__(): not enough arguments`);
  if (!(sub instanceof PyType)) throw typeError(`${t.tp_name}.__new__(X): X is not a type object (${sub.ob_type.tp_name})`);
  if (!isSubtype(sub, t)) throw typeError(`${t.tp_name}.__new__(${sub.tp_name}): ${sub.tp_name} is not a subtype of ${t.tp_name}`);
  const staticBase = solidBase(sub);
  if (staticBase.tp_new !== t.tp_new) {
    throw typeError(`${t.tp_name}.__new__(${sub.tp_name}) is not safe, use ${staticBase.tp_name}.__new__()`);
  }
  return t.tp_new!(sub, args.slice(1), kw);
}

defineMethod(objectType, '__sizeof__', checkedMethod('object.__sizeof__', METH_NOARGS, (self) => newInt(builtinSizeof(self))));
// object_repr: the default repr, whatever repr the object's type has of its own. (A builtin type
// the runtime gives no __repr__ wrapper yet is still shown by its own repr.)
defineMethod(objectType, '__repr__', (self) => (self.ob_type.isHeapType || typeLookup(self.ob_type, '__repr__') !== objectType.tp_dict.get('__repr__') ? defaultRepr(self) : abs.reprObj(self)));
defineMethod(objectType, '__str__', (self) => abs.reprObj(self));
// object.__hash__ (_Py_HashPointer); the slot wrapper made from it replaces the method.
defineMethod(objectType, '__hash__', (self) => hashInt(objectType.tp_hash!(self)));
defineMethod(objectType, '__getattribute__', (self, args) => {
  const name = abs.attrName(args[0]);
  const r = genericGetAttr(self, name);
  if (r === null) throw abs.noAttribute(self, name.value);
  return r;
});
defineMethod(objectType, '__setattr__', (self, args) => {
  const name = abs.attrName(args[0]);
  if (self instanceof PyType) typeType.tp_setattro!(self, name, args[1]);
  else genericSetAttr(self, name, args[1]);
  return incref(None);
});
defineMethod(objectType, '__delattr__', (self, args) => {
  const name = abs.attrName(args[0]);
  if (self instanceof PyType) typeType.tp_setattro!(self, name, null);
  else genericSetAttr(self, name, null);
  return incref(None);
});
const CMP = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
CMP.forEach((name, op) => {
  defineMethod(objectType, name, (self, args) => {
    const other = args[0];
    // object_richcompare: == is identity, != inverts ==, the rest are NotImplemented.
    if (op === CmpOp.EQ) return incref(self === other ? True : NotImplemented);
    if (op === CmpOp.NE) {
      const t = self.ob_type.tp_richcompare;
      if (t === undefined) return incref(NotImplemented);
      const r = t(self, other, CmpOp.EQ);
      if (r === NotImplemented) return r;
      const b = abs.isTrue(r);
      R.heap.decref(r);
      return incref(b ? False : True);
    }
    return incref(NotImplemented);
  });
});
defClassMethod(objectType, '__init_subclass__', (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    // cfunction_check_kwargs names the method by _PyObject_FunctionStr: its __qualname__
    // (meth_get__qualname__ asks the type for its own) and __module__.
    identifierUsed('_PyObject_FunctionStr:__qualname__');
    identifierUsed('meth_get__qualname__:__qualname__');
    identifierUsed('_PyObject_FunctionStr:__module__');
    throw typeError(`${R.minor >= 9 ? `${(cls as PyType).tp_name}.` : ''}__init_subclass__() takes no keyword arguments`);
  }
  if (args.length > 0) throw typeError(`${R.minor >= 9 ? `${(cls as PyType).tp_name}.` : ''}__init_subclass__() takes no arguments (${args.length} given)`);
  return incref(None);
});


// ---- functions and methods ----

const fn = (o: PyObject) => o as PyFunction;
defGetSet(functionType, '__name__', (o) => incref(fn(o).nameObj ?? None), (o, v) => {
  if (!(v instanceof PyStr)) throw typeError('__name__ must be set to a string object');
  const f = fn(o);
  const old = f.nameObj;
  f.nameObj = incref(v);
  f.name = v.value;
  if (old !== null) R.heap.decref(old);
});
defGetSet(functionType, '__qualname__', (o) => incref(fn(o).qualnameObj ?? None), (o, v) => {
  if (!(v instanceof PyStr)) throw typeError('__qualname__ must be set to a string object');
  const f = fn(o);
  const old = f.qualnameObj;
  f.qualnameObj = incref(v);
  f.qualname = v.value;
  if (old !== null) R.heap.decref(old);
});
// func_memberlist (Objects/funcobject.c): __closure__, __doc__, __globals__, __module__ (and
// 3.10's __builtins__, object-methods.ts) are members: __doc__ and __module__ T_OBJECT (None when
// unset, deletable), the rest READONLY. func_module is read from the globals at creation.
defStructMember(functionType, '__closure__', (o) => incref(fn(o).closure ?? None), null);
defStructMember(
  functionType,
  '__doc__',
  (o) => incref(funcDoc(fn(o))),
  (o, v) => {
    const f = fn(o);
    const old = f.doc;
    f.doc = v === null ? null : incref(v);
    if (old) abs.decref(old);
  },
);
defStructMember(functionType, '__globals__', (o) => incref(fn(o).globals), null);
defStructMember(
  functionType,
  '__module__',
  (o) => {
    const f = fn(o);
    return incref(f.module === undefined ? f.globals.getStr(internStrTmp('__name__')) ?? None : f.module ?? None);
  },
  (o, v) => {
    const f = fn(o);
    const old = f.module;
    f.module = v === null ? null : incref(v);
    if (old) abs.decref(old);
  },
);
/** func_doc: what was assigned, else the docstring the function was made with (co_consts[0]). */
function funcDoc(f: PyFunction): PyObject {
  if (f.doc !== undefined) return f.doc ?? None;
  const c = f.code.consts[0];
  return c instanceof PyStr && f.code.flags & CO_HAS_DOC ? c : None;
}
// func_set_defaults, func_set_kwdefaults: None or del drops them; anything else must be a tuple / dict.
for (const [name, key, want, what] of [
  ['__defaults__', 'defaults', PyTuple, 'tuple'],
  ['__kwdefaults__', 'kwdefaults', PyDict, 'dict'],
] as const) {
  defGetSet(functionType, name, (o) => incref(fn(o)[key] ?? None), (o, v) => {
    if (v !== null && v !== None && !(v instanceof want)) throw typeError(`${name} must be set to a ${what} object`);
    const f = fn(o) as { defaults: PyObject | null; kwdefaults: PyObject | null };
    const old = f[key];
    f[key] = v === null || v === None ? null : incref(v);
    if (old !== null) R.heap.decref(old);
  });
}
// func_set_code: never deleted, a code object whose free variables match the closure's cells.
defGetSet(functionType, '__code__', (o) => incref(fn(o).code), (o, v) => {
  if (!(v instanceof PyCode)) throw typeError('__code__ must be set to a code object');
  const f = fn(o);
  const nfree = v.freevars.length;
  const nclosure = f.closure === null ? 0 : f.closure.items.length;
  if (nclosure !== nfree) throw valueError(`${f.name}() requires a code object with ${nclosure} free vars, not ${nfree}`);
  // func_doc was taken from the old code when the function was made: keep it.
  if (f.doc === undefined) f.doc = incref(funcDoc(f));
  const old = f.code;
  f.code = incref(v);
  R.heap.decref(old);
});
// func_get_annotations: the dict MAKE_FUNCTION stored (3.8/3.9), or made on first read from
// its (name, value, ...) tuple (3.10+ func_get_annotation_dict), or an empty one.
defGetSet(
  functionType,
  '__annotations__',
  (o) => {
    const f = fn(o);
    const a = f.annotations;
    if (a === null) f.annotations = newDict();
    else if (a instanceof PyTuple) {
      const d = newDict();
      for (let i = 0; i + 1 < a.items.length; i += 2) d.set(a.items[i], a.items[i + 1]);
      f.annotations = d;
      R.heap.decref(a);
    }
    return incref(f.annotations!);
  },
  (o, v) => {
    // func_set_annotations: a dict, or None / del to drop them.
    if (v !== null && v !== None && !(v instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
    const f = fn(o);
    const old = f.annotations;
    f.annotations = v === null || v === None ? null : incref(v);
    if (old !== null) R.heap.decref(old);
  },
);
defGetSet(
  functionType,
  '__dict__',
  (o) => incref(holderDict(fn(o))),
  (o, v) => setHolderDict(fn(o), v),
);
functionType.tp_setattro = (o, name, v) => setAttrInHolder(fn(o), name, v);

/** CO_HAS_DOC: set by the compiler when co_consts[0] is the docstring (3.11 keeps None there otherwise). */
export const CO_HAS_DOC = 0x4000000;

methodType.tp_getattro = (o, name) => {
  const m = o as PyMethod;
  if (name.value === '__self__') return incref(m.self);
  if (name.value === '__func__') return incref(m.func);
  const r = genericGetAttr(o, name);
  if (r !== null) return r;
  return abs.getAttrOrNull(m.func, name);
};

function internStrTmp(v: string): PyStr {
  const s = internStr(v);
  R.heap.decref(s);
  return s;
}

export type { PyInstance };

// method_richcompare (Objects/classobject.c): two bound methods are equal when they bind
// the same object (identity since 3.8) to equal functions.
methodType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyMethod) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return abs.incref(NotImplemented);
  const m = a as PyMethod;
  const eq = m.self === b.self && abs.richCompareBool(m.func, b.func, CmpOp.EQ);
  return abs.incref(eq === (op === CmpOp.EQ) ? True : False);
};

// ---- reprs of functions, methods, cells and code (func_repr, method_repr, meth_repr, cell_repr, code_repr) ----

const addr = (o: PyObject): string => `0x${o.id.toString(16)}`;
functionType.tp_repr = (o) => newStr(`<function ${fn(o).qualname} at ${addr(o)}>`);
methodType.tp_repr = (o) => {
  const m = o as PyMethod;
  const q = abs.getAttrOrNull(m.func, internStrTmp('__qualname__'));
  const name = q instanceof PyStr ? q.value : '?';
  if (q !== null) R.heap.decref(q);
  return newStr(`<bound method ${name} of ${abs.repr(m.self)}>`);
};
cfunctionType.tp_repr = (o) => newStr(`<built-in function ${(o as PyCFunction).name}>`);
cellType.tp_repr = (o) => {
  const v = (o as PyCell).ref;
  return newStr(`<cell at ${addr(o)}: ${v === null ? 'empty' : `${v.ob_type.tp_name} object at ${addr(v)}`}>`);
};
// Objects/cellobject.c cell_get_contents / cell_set_contents.
defGetSet(
  cellType,
  'cell_contents',
  (o) => {
    const v = (o as PyCell).ref;
    if (v === null) throw valueError('Cell is empty');
    return abs.incref(v);
  },
  (o, v) => {
    const c = o as PyCell;
    const old = c.ref;
    c.ref = v === null ? null : abs.incref(v);
    if (old !== null) abs.decref(old);
  },
);
codeType.tp_repr = (o) => {
  const c = o as PyCode;
  return newStr(`<code object ${c.name} at ${addr(o)}, file "${R.filename}", line ${c.firstLine}>`);
};
