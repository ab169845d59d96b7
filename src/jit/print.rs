//! The runtime side of `print()` in compiled code: formats the values of one print site as
//! Python's `print` would (`str()` of each; arrays as NumPy prints them) and writes the line
//! to the interpreter's stdout buffer, so compiled and interpreted output stay in order.
//! Guarantees: never reads past an array's own elements, and takes no lock the calling
//! dispatcher holds (arrays are copied out through their descriptors, not their buffers).

use super::abi::ArrDesc;
use super::types::{ArrTy, Ty};
use crate::ndarray::array::NdArray;
use crate::ndarray::dtype::DType;

/// What one `print(...)` call site prints (leaked: compiled code refers to it forever).
pub struct PrintSite {
    /// One more than `kinds`: the text before each value and after the last.
    pub texts: Vec<String>,
    pub kinds: Vec<Ty>,
}

/// A copy of the array `d` describes, elements in C order.
///
/// # Safety
/// `d` must describe live elements of `at.dtype` (the dispatcher keeps them alive).
unsafe fn copy_out(d: &ArrDesc, at: ArrTy) -> NdArray {
    let nd = at.ndim as usize;
    let shape: Vec<usize> = d.shape[..nd].iter().map(|&n| n.max(0) as usize).collect();
    let size: usize = shape.iter().product();
    let item = at.dtype.itemsize() as isize;
    let mut offsets = Vec::with_capacity(size);
    let mut idx = vec![0usize; nd];
    for _ in 0..size {
        let off: isize = (0..nd)
            .map(|k| idx[k] as isize * d.strides[k] as isize)
            .sum();
        offsets.push(off * item);
        for k in (0..nd).rev() {
            idx[k] += 1;
            if idx[k] < shape[k] {
                break;
            }
            idx[k] = 0;
        }
    }
    macro_rules! read {
        ($t:ty) => {{
            let v: Vec<$t> = offsets
                .iter()
                // SAFETY: each offset is an in-bounds element of the view (C-order walk of
                // its own shape), as the caller guarantees.
                .map(|&o| unsafe { std::ptr::read_unaligned(d.data.offset(o) as *const $t) })
                .collect();
            NdArray::from_vec(v, shape.clone())
        }};
    }
    match at.dtype {
        DType::Float64 => read!(f64),
        DType::Float32 => read!(f32),
        DType::Int64 => read!(i64),
        DType::Int32 => read!(i32),
        DType::Bool => {
            let v: Vec<bool> = offsets
                .iter()
                // SAFETY: as in `read!`: in-bounds element offsets of the view.
                .map(|&o| unsafe { *d.data.offset(o) } != 0)
                .collect();
            NdArray::from_vec(v, shape)
        }
    }
}

/// Prints one line for `site` from the value slots at `vals` (scalars as their bits, arrays
/// as descriptor addresses).
///
/// # Safety
/// `site` must be a live `PrintSite` and `vals` must hold one slot per `site.kinds`, array
/// slots pointing at live descriptors.
pub unsafe extern "C" fn print_values(site: *const PrintSite, vals: *const u64) {
    // SAFETY: guaranteed by the caller.
    let site = unsafe { &*site };
    let mut out = String::new();
    for (i, t) in site.kinds.iter().enumerate() {
        out.push_str(&site.texts[i]);
        // SAFETY: one slot per kind, as the caller guarantees.
        let bits = unsafe { *vals.add(i) };
        match t {
            Ty::Int => out.push_str(&(bits as i64).to_string()),
            Ty::Float | Ty::Float32 => {
                out.push_str(&crate::runtime::format::float_repr(f64::from_bits(bits)))
            }
            Ty::Bool => out.push_str(if bits != 0 { "True" } else { "False" }),
            Ty::Array(at) => {
                // SAFETY: an array slot points at a live descriptor of that type.
                let a = unsafe { copy_out(&*(bits as *const ArrDesc), *at) };
                out.push_str(&crate::modules::numpy::str_of(&a));
            }
            _ => out.push_str("None"),
        }
    }
    out.push_str(site.texts.last().map_or("\n", |s| s.as_str()));
    crate::builtins::io::write_raw(crate::builtins::io::StreamKind::Stdout, &out);
}
