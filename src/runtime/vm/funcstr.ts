// How CPython's call errors name the callable: 3.8 PyEval_GetFuncName + PyEval_GetFuncDesc
// (Python/ceval.c), 3.9+ _PyObject_FunctionStr (Objects/object.c), and the `*`/`**` argument
// errors that use them (ceval.c check_args_iterable, format_kwargs_error).
import * as abs from '../objects/abstract';
import { typeError } from '../objects/exceptions';
import { PyBoundBuiltin, PyCFunction, PyFunction, PyMethod } from '../objects/function';
import { PyObject, PyType, typeLookup } from '../objects/object';
import { objectType } from '../objects/typeobject';
import { None } from '../objects/singletons';
import { R } from '../state';

/** Python/ceval.c PyEval_GetFuncName + PyEval_GetFuncDesc (3.8). */
function funcNameAndDesc(func: PyObject): string {
  if (func instanceof PyMethod) return funcNameAndDesc(func.func);
  if (func instanceof PyFunction) return `${func.name}()`;
  if (func instanceof PyCFunction) return `${func.name}()`;
  if (func instanceof PyBoundBuiltin) return `${func.descr.name}()`;
  return `${func.ob_type.tp_name} object`;
}

/** Objects/object.c _PyObject_FunctionStr (3.9+): "module.qualname()", without the module for builtins. */
function functionStr(func: PyObject): string {
  // builtin_function_or_method's __qualname__ and __module__ (meth_get__qualname__, m_module).
  if (func instanceof PyCFunction) return func.module !== null && func.module !== 'builtins' ? `${func.module}.${func.name}()` : `${func.name}()`;
  if (func instanceof PyBoundBuiltin) return `${func.descr.owner.tp_name}.${func.descr.name}()`;
  const qualname = abs.lookupAttrId(func, '__qualname__');
  if (qualname === null) return abs.str(func);
  try {
    const module = abs.lookupAttrId(func, '__module__');
    try {
      if (module !== null && module !== None && abs.str(module) !== 'builtins') return `${abs.str(module)}.${abs.str(qualname)}()`;
      return `${abs.str(qualname)}()`;
    } finally {
      if (module !== null) abs.decref(module);
    }
  } finally {
    abs.decref(qualname);
  }
}

/** The callable as a call error names it in the run's version. */
export function callableName(func: PyObject): string {
  return R.minor <= 8 ? funcNameAndDesc(func) : functionStr(func);
}

/** check_args_iterable: `f(*x)` where x has no __iter__ and is no sequence. */
export function starArgNotIterable(func: PyObject, arg: PyObject) {
  return typeError(`${callableName(func)} argument after * must be an iterable, not ${arg.ob_type.tp_name}`);
}

/** format_kwargs_error, AttributeError case: `f(**x)` where x has no keys(). */
export function starStarArgNotMapping(func: PyObject, arg: PyObject) {
  return typeError(`${callableName(func)} argument after ** must be a mapping, not ${arg.ob_type.tp_name}`);
}

/** format_kwargs_error, KeyError case: a keyword given twice (or a non-str key met twice). */
export function duplicateKeyword(func: PyObject, key: PyObject) {
  if (key.ob_type.tp_name !== 'str') return typeError(`${callableName(func)} keywords must be strings`);
  return typeError(`${callableName(func)} got multiple values for keyword argument '${abs.str(key)}'`);
}

/**
 * A call given a dict of keywords with a key that is no str: 3.8's _PyEval_EvalCodeWithName
 * names the Python function's code ("__init__() ..." for a class whose __init__ is Python);
 * builtins, and every callable from 3.9 (_PyStack_UnpackDict), say only the rule.
 */
export function keywordsNotStrings(func: PyObject) {
  if (R.minor === 8) {
    let target: PyObject | null = func instanceof PyMethod ? func.func : func;
    if (target instanceof PyType && typeLookup(target, '__new__') === typeLookup(objectType, '__new__')) target = typeLookup(target, '__init__');
    if (target instanceof PyFunction) return typeError(`${target.code.name}() keywords must be strings`);
  }
  return typeError('keywords must be strings');
}
