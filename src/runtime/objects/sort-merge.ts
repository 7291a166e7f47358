// The MergeState of list.sort (Objects/listobject.c): count_run, binarysort, gallop_left/right,
// merge_lo/hi, merge_at and the merge policy of the version, making CPython's comparisons in
// its order; sort.ts runs it over a list (listsort).
import { R } from '../state';
import type { PyObject } from './object';

const MIN_GALLOP = 7;
/** MERGESTATE_TEMP_SIZE: pointers merge_lo/hi use without a heap block. */
export const MERGESTATE_TEMP_SIZE = 256;

/** The comparison hooks (set by the object protocol's users to avoid an import cycle). */
export const sortHooks = {
  /** The compare listsort's pre-sort check picks for the keys (sort-compare.ts). */
  keyCompare: (_keys: readonly PyObject[]): ((a: PyObject, b: PyObject) => boolean) => () => false,
  call: (_f: PyObject, _x: PyObject): PyObject => {
    throw new Error('sort hooks not set');
  },
  decref: (_o: PyObject): void => undefined,
};

interface Run {
  base: number;
  len: number;
  power: number;
}

/**
 * The MergeState of one sort. Runs are sorted as arrays of positions (`idx`) into the
 * keys, so moving a position moves a key and its value together (CPython's sortslice).
 */
export class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];
  /** Pointers the merge area can hold without a heap block (ms->alloced), and that block. */
  alloced: number;
  tempBlock = 0;
  tempBytes = 0;
  constructor(
    readonly idx: number[],
    readonly keys: PyObject[],
    readonly hasValues: boolean,
  ) {
    this.alloced = hasValues ? Math.min((idx.length + 1) >> 1, MERGESTATE_TEMP_SIZE / 2) : MERGESTATE_TEMP_SIZE;
    // list_sort_impl's pre-sort check runs before reverse=True reverses the keys: the
    // representative is the first key in the list's own order (keys, not idx).
    this.compare = idx.length > 1 ? sortHooks.keyCompare(keys) : () => false;
  }

  /** ms->key_compare, chosen once the keys are made (more than one of them). */
  private readonly compare: (a: PyObject, b: PyObject) => boolean;

  lt(a: number, b: number): boolean {
    return this.compare(this.keys[a], this.keys[b]);
  }

  /** merge_getmem: a fresh PyMem block for `need` pointers (two arrays with values), never a realloc. */
  getmem(need: number): void {
    if (need <= this.alloced) return;
    this.freemem();
    this.tempBytes = 8 * need * (this.hasValues ? 2 : 1);
    this.tempBlock = R.heap.malloc(this.tempBytes, 'list sort temp');
    this.alloced = need;
  }

  freemem(): void {
    if (this.tempBlock !== 0) R.heap.free(this.tempBlock, this.tempBytes, 'list sort temp');
    this.tempBlock = 0;
  }

  /** count_run: the length of the run at lo, made ascending in place. */
  countRun(lo: number, nremaining: number): number {
    const a = this.idx;
    if (R.minor >= 13) return this.countRun313(lo, nremaining);
    if (nremaining === 1) return 1;
    let n = 2;
    if (this.lt(a[lo + 1], a[lo])) {
      for (let p = lo + 1; p + 1 < lo + nremaining; p++, n++) if (!this.lt(a[p + 1], a[p])) break;
      reverse(a, lo, lo + n);
    } else {
      for (let p = lo + 1; p + 1 < lo + nremaining; p++, n++) if (this.lt(a[p + 1], a[p])) break;
    }
    return n;
  }

  /** 3.13's count_run: descending runs may contain equal elements (reversed on the fly). */
  private countRun313(lo: number, nremaining: number): number {
    const a = this.idx;
    let n = 1;
    for (; n < nremaining; n++) if (this.lt(a[lo + n], a[lo + n - 1])) break;
    if (n === nremaining) return n;
    if (n > 1) {
      if (this.lt(a[lo], a[lo + n - 1])) return n;
      reverse(a, lo, lo + n);
    }
    n++;
    let neq = 0;
    const reverseLastNeq = (): void => {
      if (neq) {
        neq++;
        reverse(a, lo + n - neq, lo + n);
        neq = 0;
      }
    };
    for (; n < nremaining; n++) {
      if (this.lt(a[lo + n], a[lo + n - 1])) reverseLastNeq();
      else if (this.lt(a[lo + n - 1], a[lo + n])) break;
      else neq++;
    }
    reverseLastNeq();
    reverse(a, lo, lo + n);
    for (; n < nremaining; n++) if (this.lt(a[lo + n], a[lo + n - 1])) break;
    return n;
  }

  /** binarysort: a[lo:lo+ok] is sorted; insert the rest up to lo+n. */
  binarysort(lo: number, n: number, ok: number): void {
    const a = this.idx;
    if (ok === 0) ok = 1;
    for (; ok < n; ok++) {
      let l = 0;
      let r = ok;
      const pivot = a[lo + ok];
      do {
        const m = (l + r) >> 1;
        if (this.lt(pivot, a[lo + m])) r = m;
        else l = m + 1;
      } while (l < r);
      for (let m = ok; m > l; m--) a[lo + m] = a[lo + m - 1];
      a[lo + l] = pivot;
    }
  }

  /** gallop_left over arr[base:base+n]: k with arr[k-1] < key <= arr[k]. */
  gallopLeft(key: number, arr: number[], base: number, n: number, hint: number): number {
    return this.gallop(key, arr, base, n, hint, true);
  }

  /** gallop_right over arr[base:base+n]: k with arr[k-1] <= key < arr[k]. */
  gallopRight(key: number, arr: number[], base: number, n: number, hint: number): number {
    return this.gallop(key, arr, base, n, hint, false);
  }

  /**
   * gallop_left and gallop_right: one search with a different test of "key goes right of
   * x". gallop_left asks x < key, gallop_right asks not key < x: each probe makes the one
   * comparison CPython makes there, with its operands in CPython's order.
   */
  private gallop(key: number, arr: number[], base: number, n: number, hint: number, left: boolean): number {
    const goesRight = (i: number): boolean => (left ? this.lt(arr[base + i], key) : !this.lt(key, arr[base + i]));
    let lastofs = 0;
    let ofs = 1;
    if (goesRight(hint)) {
      // Gallop right, until arr[hint+lastofs] < key <= arr[hint+ofs] (for gallop_left).
      const maxofs = n - hint;
      while (ofs < maxofs && goesRight(hint + ofs)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      // Gallop left, until arr[hint-ofs] < key <= arr[hint-lastofs].
      const maxofs = hint + 1;
      while (ofs < maxofs && !goesRight(hint - ofs)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (goesRight(m)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** merge_lo: merge a[pa:pa+na] and a[pb:pb+nb] with na <= nb, the A run copied out. */
  mergeLo(pa0: number, na: number, pb: number, nb: number): void {
    const a = this.idx;
    this.getmem(na);
    const t = a.slice(pa0, pa0 + na);
    let pa = 0;
    let dest = pa0;
    let copyB = false;
    a[dest++] = a[pb++];
    try {
      if (--nb === 0) return;
      if (na === 1) return void (copyB = true);
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (this.lt(a[pb], t[pa])) {
            a[dest++] = a[pb++];
            bcount++;
            acount = 0;
            if (--nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            a[dest++] = t[pa++];
            acount++;
            bcount = 0;
            if (--na === 1) return void (copyB = true);
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(a[pb], t, pa, na, 0);
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) a[dest++] = t[pa++];
            na -= k;
            if (na === 1) return void (copyB = true);
            if (na === 0) return;
          }
          a[dest++] = a[pb++];
          if (--nb === 0) return;
          k = this.gallopLeft(t[pa], a, pb, nb, 0);
          bcount = k;
          if (k) {
            for (let i = 0; i < k; i++) a[dest++] = a[pb++];
            nb -= k;
            if (nb === 0) return;
          }
          a[dest++] = t[pa++];
          if (--na === 1) return void (copyB = true);
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyB) {
        // The last element of A belongs at the end of the merge.
        for (let i = 0; i < nb; i++) a[dest + i] = a[pb + i];
        a[dest + nb] = t[pa];
      } else {
        // Succeed and Fail (a comparison raised) both put what is left of A back.
        for (let i = 0; i < na; i++) a[dest + i] = t[pa + i];
      }
    }
  }

  /** merge_hi: merge a[pa:pa+na] and a[pb:pb+nb] with na >= nb, the B run copied out. */
  mergeHi(basea: number, na: number, pb0: number, nb: number): void {
    const a = this.idx;
    this.getmem(nb);
    const t = a.slice(pb0, pb0 + nb);
    let dest = pb0 + nb - 1;
    let pb = nb - 1;
    let pa = basea + na - 1;
    let copyA = false;
    a[dest--] = a[pa--];
    try {
      if (--na === 0) return;
      if (nb === 1) return void (copyA = true);
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (this.lt(t[pb], a[pa])) {
            a[dest--] = a[pa--];
            acount++;
            bcount = 0;
            if (--na === 0) return;
            if (acount >= minGallop) break;
          } else {
            a[dest--] = t[pb--];
            bcount++;
            acount = 0;
            if (--nb === 1) return void (copyA = true);
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(t[pb], a, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            for (let i = k; i >= 1; i--) a[dest + i] = a[pa + i];
            na -= k;
            if (na === 0) return;
          }
          a[dest--] = t[pb--];
          if (--nb === 1) return void (copyA = true);
          k = this.gallopLeft(a[pa], t, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            pb -= k;
            for (let i = 1; i <= k; i++) a[dest + i] = t[pb + i];
            nb -= k;
            if (nb === 1) return void (copyA = true);
            if (nb === 0) return;
          }
          a[dest--] = a[pa--];
          if (--na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyA) {
        // The first element of B belongs at the front of the merge.
        for (let i = 0; i < na; i++) a[dest - i] = a[pa - i];
        a[dest - na] = t[pb];
      } else if (nb) {
        for (let i = 0; i < nb; i++) a[dest - (nb - 1) + i] = t[i];
      }
    }
  }

  /** merge_at: merge runs i and i+1 of the stack. */
  mergeAt(i: number): void {
    const p = this.pending;
    let pa = p[i].base;
    let na = p[i].len;
    const pb = p[i + 1].base;
    let nb = p[i + 1].len;
    p[i].len = na + nb;
    if (i === p.length - 3) p[i + 1] = p[i + 2];
    p.length--;
    const a = this.idx;
    const k = this.gallopRight(a[pb], a, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(a[pa + na - 1], a, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /** Before pushing a run of n2: 3.11+'s powersort policy (found_new_run), or merge_collapse before. */
  foundNewRun(n2: number): void {
    const p = this.pending;
    if (R.minor >= 11) {
      if (p.length === 0) return;
      const s1 = p[p.length - 1].base;
      const n1 = p[p.length - 1].len;
      const power = powerloop(s1, n1, n2, this.idx.length);
      while (p.length > 1 && p[p.length - 2].power > power) this.mergeAt(p.length - 2);
      p[p.length - 1].power = power;
    }
  }

  /** merge_collapse (3.8-3.10): keep the run lengths' invariants after a push. */
  mergeCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len) || (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
        if (p[n - 1].len < p[n + 1].len) n--;
        this.mergeAt(n);
      } else if (p[n].len <= p[n + 1].len) {
        this.mergeAt(n);
      } else break;
    }
  }

  mergeForceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
      this.mergeAt(n);
    }
  }
}

function reverse(a: number[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/** powerloop: the "power" of the boundary between two adjacent runs (listsort.txt). */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}
