// The C library functions float and complex arithmetic call (pow for float_pow, the rest for
// _Py_c_pow). JS Math's are often an ulp off glibc's, which gives the correctly rounded result
// almost always: the runtime installs its correctly rounded ones (modules/math-fast.ts).

export const libm = {
  pow: Math.pow,
  exp: Math.exp,
  log: Math.log,
  atan2: Math.atan2,
  sin: Math.sin,
  cos: Math.cos,
};
