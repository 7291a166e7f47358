// float_pow and _Py_c_pow reach the C library through format/libm.ts: once the runtime is
// loaded they must be the correctly rounded functions, not JS Math's, whatever the import order.
import * as assert from 'node:assert/strict';
import '../../../../src/runtime/interpreter';
import { libm } from '../../../../src/runtime/format/libm';
import { crExp, crLog, crPow } from '../../../../src/runtime/modules/math-fast';
import { crAtan2, crCos, crSin } from '../../../../src/runtime/modules/math-fast-trig';

describe('the C library functions float and complex arithmetic call', () => {
  it('are the correctly rounded ones once the runtime is loaded', () => {
    assert.deepEqual(libm, { pow: crPow, exp: crExp, log: crLog, atan2: crAtan2, sin: crSin, cos: crCos });
  });

  it('give glibc 2.36\'s 2.5 ** 2.5 (9.882117688026186), where JS Math.pow gives an ulp less', () => {
    assert.equal(libm.pow(2.5, 2.5), 9.882117688026186);
  });
});
