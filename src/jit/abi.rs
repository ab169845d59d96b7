//! The contract between compiled code and the runtime: the array descriptor compiled code
//! reads, the error slot it fills, the helper functions it calls, and the one checked entry
//! signature Rust calls it through. Invariant: compiled code never unwinds or panics; it
//! reports errors by returning a non-zero status after filling the `ErrSlot`.

/// An array argument as compiled code sees it: the address of its first element (the view's
/// offset applied), and shape and strides (in elements) for up to three dimensions.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ArrDesc {
    pub data: *mut u8,
    pub shape: [i64; 3],
    pub strides: [i64; 3],
}

pub const DESC_DATA: i32 = 0;
pub const DESC_SHAPE: i32 = 8;
pub const DESC_STRIDES: i32 = 32;

/// What went wrong in compiled code (`ErrSlot::kind`).
pub mod err {
    pub const INDEX: i64 = 1;
    pub const INT_DIV_ZERO: i64 = 2;
    pub const INT_MOD_ZERO: i64 = 3;
    pub const FLOAT_DIV_ZERO: i64 = 4;
    pub const FLOAT_MOD_ZERO: i64 = 5;
    pub const RANGE_STEP_ZERO: i64 = 6;
    /// The native stack reached `ErrSlot::stack_limit` (deep recursion).
    pub const STACK: i64 = 7;
    /// `np.empty`/`zeros`/`ones` with a negative dimension (`a`: the dimension).
    pub const NEG_DIM: i64 = 8;
    /// `np.arange` with a zero step.
    pub const ARANGE_STEP_ZERO: i64 = 9;
    /// A slice with a zero step.
    pub const SLICE_STEP_ZERO: i64 = 10;
    /// Assigning an array into a view of another shape (`a`, `b`: the destination's and
    /// source's shapes, 21 bits per axis; `c`: the number of axes).
    pub const ASSIGN_SHAPE: i64 = 11;
    /// min/max/argmin/argmax of an empty array (`a`: the `tir::ReduceOp`).
    pub const EMPTY_REDUCE: i64 = 12;
    /// Array expression operands whose shapes do not broadcast (`a`, `b`: the first two
    /// array operands' shapes, packed as for `ASSIGN_SHAPE`; `c`: their ndims, 8 bits each).
    pub const BROADCAST: i64 = 13;
    /// A tuple index out of range (`a`: the index).
    pub const TUPLE_INDEX: i64 = 14;
    /// A `raise` or failed `assert` (`a`: the `jit::raise` table entry).
    pub const RAISE: i64 = 15;
    /// A reshape whose sizes disagree (`a`: the array's size; `b`: the requested shape,
    /// packed as for `ASSIGN_SHAPE`, with -1 as 0; `c`: its number of axes).
    pub const RESHAPE: i64 = 16;
}

/// How many 8-byte result slots a function returning `ret` fills: one per tuple item, a
/// whole `ArrDesc` for an array (compiled code never returns a descriptor's address), and
/// one otherwise.
pub fn out_slots(ret: &crate::jit::types::Ty) -> usize {
    use crate::jit::types::Ty;
    match ret {
        Ty::Tuple(t) => t.iter().map(out_slots).sum::<usize>().max(1),
        Ty::Array(_) => std::mem::size_of::<ArrDesc>() / 8,
        _ => 1,
    }
}

/// The first result slot of each item of a returned tuple of `items`.
pub fn item_slots(items: &[crate::jit::types::Ty]) -> Vec<usize> {
    items
        .iter()
        .scan(0, |at, t| {
            let here = *at;
            *at += out_slots(t);
            Some(here)
        })
        .collect()
}

/// Filled by compiled code before it returns a non-zero status.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct ErrSlot {
    pub kind: i64,
    /// IndexError: the index as written (before negative wrap-around).
    pub a: i64,
    /// IndexError: the axis.
    pub b: i64,
    /// IndexError: the axis' size.
    pub c: i64,
    /// Byte offset of the failing expression in the source file.
    pub pos: i64,
    /// Lowest stack address compiled code may run at: every compiled function checks its
    /// stack pointer against it on entry and fails with `err::STACK` below it (0: unchecked).
    pub stack_limit: u64,
    /// The `*const Arena` that owns the arrays compiled code creates during this call (0:
    /// none; creating an array then leaks it).
    pub arena: u64,
}

impl ErrSlot {
    /// An empty slot whose stack limit leaves `headroom` bytes below the caller's frame.
    pub fn below_here(headroom: usize) -> ErrSlot {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        ErrSlot {
            stack_limit: here.saturating_sub(headroom) as u64,
            ..ErrSlot::default()
        }
    }
}

pub const ERR_KIND: i32 = 0;
pub const ERR_A: i32 = 8;
pub const ERR_B: i32 = 16;
pub const ERR_C: i32 = 24;
pub const ERR_POS: i32 = 32;
pub const ERR_STACK_LIMIT: i32 = 40;
pub const ERR_ARENA: i32 = 48;

/// The arrays compiled code created during one call from the interpreter (`np.empty`,
/// `np.zeros`, `np.arange`, ...), each with the descriptor compiled code reads it through.
/// The caller owns the arena for the whole call: compiled code writes these buffers without
/// taking their locks, which is sound because no other code can reach them until the call
/// returns; a returned array is then handed to the interpreter by its descriptor's address.
#[derive(Default)]
pub struct Arena {
    items: std::sync::Mutex<Vec<(Box<ArrDesc>, crate::ndarray::array::NdArray)>>,
}

impl Arena {
    fn push(&self, arr: crate::ndarray::array::NdArray) -> *const ArrDesc {
        let base = crate::with_data!(&mut *arr.buf.write(), v => v.as_mut_ptr() as *mut u8);
        let mut d = ArrDesc {
            data: base,
            shape: [0; 3],
            strides: [0; 3],
        };
        for (k, (&n, &s)) in arr.shape.iter().zip(&arr.strides).enumerate().take(3) {
            d.shape[k] = n as i64;
            d.strides[k] = s as i64;
        }
        let d = Box::new(d);
        let p = &*d as *const ArrDesc;
        let mut items = self.items.lock().unwrap_or_else(|e| e.into_inner());
        items.push((d, arr));
        p
    }

    /// Every array this arena holds, oldest first.
    pub fn arrays(&self) -> Vec<crate::ndarray::array::NdArray> {
        let items = self.items.lock().unwrap_or_else(|e| e.into_inner());
        items.iter().map(|(_, a)| a.clone()).collect()
    }

    /// The array whose descriptor is at `addr`, if this arena created it.
    pub fn find(&self, addr: u64) -> Option<crate::ndarray::array::NdArray> {
        let items = self.items.lock().unwrap_or_else(|e| e.into_inner());
        items
            .iter()
            .find(|(d, _)| &**d as *const ArrDesc as u64 == addr)
            .map(|(_, a)| a.clone())
    }
}

fn dtype_of(code: i64) -> crate::ndarray::dtype::DType {
    use crate::ndarray::dtype::DType;
    match code {
        0 => DType::Bool,
        1 => DType::Int32,
        2 => DType::Int64,
        3 => DType::Float32,
        _ => DType::Float64,
    }
}

/// The code `new_array` takes for `dtype`.
pub fn dtype_code(dtype: crate::ndarray::dtype::DType) -> i64 {
    use crate::ndarray::dtype::DType;
    match dtype {
        DType::Bool => 0,
        DType::Int32 => 1,
        DType::Int64 => 2,
        DType::Float32 => 3,
        DType::Float64 => 4,
    }
}

/// Records `arr` in the call's arena (or leaks it when there is none) and returns its
/// descriptor.
///
/// # Safety
/// `err` must point at the call's live `ErrSlot`, whose `arena` is 0 or a live `Arena`.
unsafe fn adopt(err: *mut ErrSlot, arr: crate::ndarray::array::NdArray) -> *const ArrDesc {
    // SAFETY: the caller guarantees `err` is live and `arena` is 0 or a live Arena.
    let arena = unsafe { (*err).arena } as *const Arena;
    if arena.is_null() {
        let a: &'static Arena = Box::leak(Box::default());
        return a.push(arr);
    }
    // SAFETY: as above: a non-zero `arena` is a live Arena for the whole call.
    unsafe { &*arena }.push(arr)
}

/// `np.empty` / `np.zeros` (`fill` 0) and `np.ones` (`fill` 1) of shape `(d0, d1, d2)[..ndim]`
/// (dimensions already checked non-negative by compiled code).
///
/// # Safety
/// `err` must be the call's error slot (see `adopt`).
pub unsafe extern "C" fn new_array(
    err: *mut ErrSlot,
    dtype: i64,
    ndim: i64,
    d0: i64,
    d1: i64,
    d2: i64,
    fill: i64,
) -> *const ArrDesc {
    use crate::ndarray::array::NdArray;
    let dt = dtype_of(dtype);
    let shape: Vec<usize> = [d0, d1, d2][..ndim.clamp(0, 3) as usize]
        .iter()
        .map(|&d| d.max(0) as usize)
        .collect();
    let arr = if fill == 1 {
        NdArray::full(dt, shape, crate::numeric::arrayprint::Scalar::Int(1))
    } else {
        NdArray::zeros(dt, shape)
    };
    // SAFETY: the caller's guarantee.
    unsafe { adopt(err, arr) }
}

/// `np.arange(start, stop, step)` on int64 (step non-zero, checked by compiled code).
///
/// # Safety
/// `err` must be the call's error slot (see `adopt`).
pub unsafe extern "C" fn arange_int(
    err: *mut ErrSlot,
    start: i64,
    stop: i64,
    step: i64,
    dtype: i64,
) -> *const ArrDesc {
    let (a, b, s) = (start as i128, stop as i128, step as i128);
    let n = if s > 0 {
        (b - a + s - 1).div_euclid(s)
    } else {
        (a - b - s - 1).div_euclid(-s)
    }
    .max(0) as usize;
    let v: Vec<i64> = (0..n as i64)
        .map(|i| start.wrapping_add(i.wrapping_mul(step)))
        .collect();
    let arr = crate::ndarray::array::NdArray::from_vec(v, vec![n]);
    let arr = if dtype_of(dtype) == crate::ndarray::dtype::DType::Int64 {
        arr
    } else {
        arr.astype(dtype_of(dtype))
    };
    // SAFETY: the caller's guarantee.
    unsafe { adopt(err, arr) }
}

/// `np.arange(start, stop, step)` on float64: NumPy's length `ceil((stop - start) / step)`
/// and elements `start + i * ((start + step) - start)`.
///
/// # Safety
/// `err` must be the call's error slot (see `adopt`).
pub unsafe extern "C" fn arange_float(
    err: *mut ErrSlot,
    start: f64,
    stop: f64,
    step: f64,
    dtype: i64,
) -> *const ArrDesc {
    let len = ((stop - start) / step).ceil();
    let n = if len.is_finite() && len > 0.0 {
        len as usize
    } else {
        0
    };
    // NumPy steps by the first two elements' difference.
    let delta = (start + step) - start;
    let v: Vec<f64> = (0..n).map(|i| start + i as f64 * delta).collect();
    let arr = crate::ndarray::array::NdArray::from_vec(v, vec![n]);
    let arr = if dtype_of(dtype) == crate::ndarray::dtype::DType::Float64 {
        arr
    } else {
        arr.astype(dtype_of(dtype))
    };
    // SAFETY: the caller's guarantee.
    unsafe { adopt(err, arr) }
}

/// The entry point every compiled specialization exposes: arguments as 8-byte slots (ints,
/// floats' bits, bools as 0/1, arrays as `*const ArrDesc`), results as 8-byte slots, status 0
/// on success.
pub type EntryFn = unsafe extern "C" fn(*const u64, *mut u64, *mut ErrSlot) -> i32;

/// Python's float floor division (CPython's `float_floor_div`).
pub extern "C" fn float_floordiv(a: f64, b: f64) -> f64 {
    crate::runtime::num::float_divmod(a, b).0
}

/// Python's float modulo (the result takes the divisor's sign).
pub extern "C" fn float_mod(a: f64, b: f64) -> f64 {
    crate::runtime::num::float_divmod(a, b).1
}

/// `a ** b` on int64 with wrap-around, as Numba computes it (a negative exponent gives 0
/// unless the base is 1 or -1).
pub extern "C" fn int_pow(a: i64, b: i64) -> i64 {
    if b < 0 {
        return match a {
            1 => 1,
            -1 => {
                if b % 2 == 0 {
                    1
                } else {
                    -1
                }
            }
            _ => 0,
        };
    }
    let (mut base, mut e, mut r) = (a, b as u64, 1i64);
    while e > 0 {
        if e & 1 == 1 {
            r = r.wrapping_mul(base);
        }
        base = base.wrapping_mul(base);
        e >>= 1;
    }
    r
}

/// `extern "C"` wrappers of one-argument math functions of type `$t`.
macro_rules! unary {
    ($t:ty; $($name:ident => $f:expr),* $(,)?) => {
        $(pub extern "C" fn $name(x: $t) -> $t { let f: fn($t) -> $t = $f; f(x) })*
    };
}
unary! {
    f64;
    m_sin => f64::sin, m_cos => f64::cos, m_tan => f64::tan,
    m_asin => f64::asin, m_acos => f64::acos, m_atan => f64::atan,
    m_sinh => f64::sinh, m_cosh => f64::cosh, m_tanh => f64::tanh,
    m_exp => f64::exp, m_expm1 => f64::exp_m1, m_log => f64::ln,
    m_log2 => f64::log2, m_log10 => f64::log10, m_log1p => f64::ln_1p,
    m_erf => crate::numeric::mathfns::erf, m_erfc => crate::numeric::mathfns::erfc,
    // Numba calls the C library's tgamma/lgamma (CPython has its own Lanczos code, which
    // differs in the last bit for some inputs); compiled code matches Numba.
    // SAFETY: tgamma and lgamma are pure C math functions of one double, always present in
    // the C library the standard library links.
    m_gamma => |x| unsafe { tgamma(x) },
    // SAFETY: as above.
    m_lgamma => |x| unsafe { lgamma(x) },
}

extern "C" {
    fn tgamma(x: f64) -> f64;
    fn lgamma(x: f64) -> f64;
    fn tgammaf(x: f32) -> f32;
    fn lgammaf(x: f32) -> f32;
    fn erff(x: f32) -> f32;
    fn erfcf(x: f32) -> f32;
}

// The float32 versions: the C library's float functions (std's f32 methods call them), as
// Numba's float32 math lowers to.
unary! {
    f32;
    m_sinf => f32::sin, m_cosf => f32::cos, m_tanf => f32::tan,
    m_asinf => f32::asin, m_acosf => f32::acos, m_atanf => f32::atan,
    m_sinhf => f32::sinh, m_coshf => f32::cosh, m_tanhf => f32::tanh,
    m_expf => f32::exp, m_expm1f => f32::exp_m1, m_logf => f32::ln,
    m_log2f => f32::log2, m_log10f => f32::log10, m_log1pf => f32::ln_1p,
    // SAFETY: erff/erfcf/tgammaf/lgammaf are pure C math functions of one float, always
    // present in the C library the standard library links.
    m_erff => |x| unsafe { erff(x) },
    // SAFETY: as above.
    m_erfcf => |x| unsafe { erfcf(x) },
    // SAFETY: as above.
    m_gammaf => |x| unsafe { tgammaf(x) },
    // SAFETY: as above.
    m_lgammaf => |x| unsafe { lgammaf(x) },
}
pub extern "C" fn m_atan2f(a: f32, b: f32) -> f32 {
    a.atan2(b)
}
pub extern "C" fn m_powf(a: f32, b: f32) -> f32 {
    a.powf(b)
}
pub extern "C" fn m_hypotf(a: f32, b: f32) -> f32 {
    a.hypot(b)
}
pub extern "C" fn m_fmodf(a: f32, b: f32) -> f32 {
    a % b
}
pub extern "C" fn m_atan2(a: f64, b: f64) -> f64 {
    a.atan2(b)
}
pub extern "C" fn m_pow(a: f64, b: f64) -> f64 {
    a.powf(b)
}
pub extern "C" fn m_hypot(a: f64, b: f64) -> f64 {
    a.hypot(b)
}
pub extern "C" fn m_fmod(a: f64, b: f64) -> f64 {
    a % b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_float_floor_semantics() {
        assert_eq!(float_floordiv(7.0, -2.0), -4.0);
        assert_eq!(float_mod(7.0, -2.0), -1.0);
        assert_eq!(float_mod(-7.5, 2.0), 0.5);
        assert_eq!(float_mod(0.0, -3.0).to_bits(), (-0.0f64).to_bits());
    }

    #[test]
    fn int_pow_wraps() {
        assert_eq!(int_pow(3, 4), 81);
        assert_eq!(int_pow(2, 64), 0);
        assert_eq!(int_pow(2, -1), 0);
        assert_eq!(int_pow(-1, -3), -1);
    }
}
