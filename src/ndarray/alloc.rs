//! Output buffers for kernels: large allocations are advised for transparent huge pages (as
//! NumPy does, which halves page-fault time on 10M-element results) and filled in chunks on
//! the rayon pool; small ones are filled in place on the calling thread.

use rayon::prelude::*;
use std::mem::MaybeUninit;

/// Outputs at least this long are computed in parallel.
pub const PAR_MIN: usize = 1 << 20;
const CHUNK: usize = 1 << 16;
/// Allocations of at least this many bytes get `MADV_HUGEPAGE`.
const HUGE_MIN: usize = 4 << 20;

fn advise_huge(ptr: *mut u8, bytes: usize) {
    if bytes < HUGE_MIN {
        return;
    }
    let page = 4096usize;
    let start = (ptr as usize).div_ceil(page) * page;
    let end = (ptr as usize + bytes) / page * page;
    if end > start {
        // SAFETY: [start, end) lies inside the allocation just made; madvise only changes how
        // the kernel backs those pages and never invalidates them.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
        }
    }
}

/// A Vec of `n` elements, `fill(start, out)` writing every element of each chunk `out`
/// (elements `start .. start + out.len()`).
pub fn build<U: Send>(n: usize, fill: impl Fn(usize, &mut [MaybeUninit<U>]) + Sync) -> Vec<U> {
    let mut v: Vec<U> = Vec::with_capacity(n);
    advise_huge(v.as_mut_ptr() as *mut u8, n * std::mem::size_of::<U>());
    let spare = &mut v.spare_capacity_mut()[..n];
    if n >= PAR_MIN {
        spare
            .par_chunks_mut(CHUNK)
            .enumerate()
            .for_each(|(c, s)| fill(c * CHUNK, s));
    } else {
        fill(0, spare);
    }
    // SAFETY: `fill` wrote every element of every chunk, which together cover 0..n (each
    // caller fills by zipping the chunk with inputs of the same length).
    unsafe { v.set_len(n) };
    v
}

/// `f` of each element of `x`.
pub fn map1<X: Copy + Sync, U: Send>(x: &[X], f: impl Fn(X) -> U + Sync) -> Vec<U> {
    build(x.len(), |s, out| {
        let e = s + out.len();
        for (o, &p) in out.iter_mut().zip(&x[s..e]) {
            o.write(f(p));
        }
    })
}

/// `f` of each pair of elements.
pub fn map2<X: Copy + Sync, U: Send>(x: &[X], y: &[X], f: impl Fn(X, X) -> U + Sync) -> Vec<U> {
    let n = x.len().min(y.len());
    build(n, |s, out| {
        let e = s + out.len();
        for (o, (&p, &q)) in out.iter_mut().zip(x[s..e].iter().zip(&y[s..e])) {
            o.write(f(p, q));
        }
    })
}
