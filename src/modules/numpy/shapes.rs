//! Shape manipulation: reshape (a view when contiguous), ravel/flatten, transpose/swapaxes/
//! moveaxis (views), squeeze/expand_dims, concatenate/stack/vstack/hstack, split/array_split.

use super::args::{axis, int, opt, req, shape_varargs};
use super::{arr, wrap_array};
use crate::builtins::args::{kwarg, Kw};
use crate::ndarray::array::{c_strides, size_of, Data, NdArray};
use crate::ndarray::dtype::DType;
use crate::runtime::func::NativeFn;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// Resolves one -1 in a requested shape against `size`.
pub fn resolve_shape(req: &[i64], size: usize, from: &[usize]) -> PyResult<Vec<usize>> {
    let unknown = req.iter().filter(|&&d| d == -1).count();
    if unknown > 1 {
        return Err(PyErr::value_error("can only specify one unknown dimension"));
    }
    if req.iter().any(|&d| d < -1) {
        return Err(PyErr::value_error("negative dimensions not allowed"));
    }
    let known: usize = req
        .iter()
        .filter(|&&d| d != -1)
        .map(|&d| d as usize)
        .product();
    // NumPy's `convert_shape_to_string`: leading unknowns are dropped, later ones print
    // as "newaxis", and a one-element shape keeps its comma.
    let err = || {
        let first = req.iter().take_while(|&&d| d < 0).count();
        let dims: Vec<String> = req[first..]
            .iter()
            .map(|&d| {
                if d < 0 {
                    "newaxis".into()
                } else {
                    d.to_string()
                }
            })
            .collect();
        let tail = if req.len() == 1 { "," } else { "" };
        PyErr::value_error(format!(
            "cannot reshape array of size {size} into shape ({}{tail})",
            dims.join(",")
        ))
    };
    let _ = from;
    let out: Vec<usize> = if unknown == 1 {
        if known == 0 || !size.is_multiple_of(known) {
            return Err(err());
        }
        req.iter()
            .map(|&d| if d == -1 { size / known } else { d as usize })
            .collect()
    } else {
        req.iter().map(|&d| d as usize).collect()
    };
    if size_of(&out) != size {
        return Err(err());
    }
    Ok(out)
}

/// `a.reshape(shape)`: a view of C-contiguous data, else a reshaped copy.
pub fn reshape(a: &NdArray, shape: Vec<usize>) -> NdArray {
    let c = a.contiguous();
    let strides = c_strides(&shape);
    c.view(shape, strides, c.offset)
}

pub fn transpose_view(a: &NdArray, axes: Option<&[usize]>) -> NdArray {
    let perm: Vec<usize> = match axes {
        Some(p) => p.to_vec(),
        None => (0..a.ndim()).rev().collect(),
    };
    let shape = perm.iter().map(|&i| a.shape[i]).collect();
    let strides = perm.iter().map(|&i| a.strides[i]).collect();
    a.view(shape, strides, a.offset)
}

/// A view with axis `ax` moved to the end.
pub fn moveaxis_last(a: &NdArray, ax: usize) -> NdArray {
    let mut perm: Vec<usize> = (0..a.ndim()).filter(|&i| i != ax).collect();
    perm.push(ax);
    transpose_view(a, Some(&perm))
}

/// The inverse of `moveaxis_last`.
pub fn moveaxis_from_last(a: &NdArray, ax: usize) -> NdArray {
    let nd = a.ndim();
    let mut perm: Vec<usize> = (0..nd - 1).collect();
    perm.insert(ax, nd - 1);
    transpose_view(a, Some(&perm))
}

fn parse_axes_perm(vm: &mut Vm, args: &[Value], nd: usize) -> PyResult<Option<Vec<usize>>> {
    if args.is_empty() || matches!(args, [Value::None]) {
        return Ok(None);
    }
    let raw = shape_varargs(vm, args)?;
    if raw.len() != nd {
        return Err(PyErr::value_error("axes don't match array"));
    }
    let mut out = Vec::new();
    for r in raw {
        let a = crate::ndarray::reduce::norm_axes(&[r], nd).map_err(super::args::axis_error)?[0];
        if out.contains(&a) {
            return Err(PyErr::value_error("repeated axis in transpose"));
        }
        out.push(a);
    }
    Ok(Some(out))
}

fn squeeze(a: &NdArray, ax: Option<Vec<usize>>) -> PyResult<NdArray> {
    let keep: Vec<usize> = match ax {
        None => (0..a.ndim()).filter(|&i| a.shape[i] != 1).collect(),
        Some(axes) => {
            for &x in &axes {
                if a.shape[x] != 1 {
                    return Err(PyErr::value_error(
                        "cannot select an axis to squeeze out which has size not equal to one",
                    ));
                }
            }
            (0..a.ndim()).filter(|i| !axes.contains(i)).collect()
        }
    };
    Ok(a.view(
        keep.iter().map(|&i| a.shape[i]).collect(),
        keep.iter().map(|&i| a.strides[i]).collect(),
        a.offset,
    ))
}

fn expand_dims(a: &NdArray, ax: i64) -> PyResult<NdArray> {
    let nd = a.ndim() + 1;
    let ax = crate::ndarray::reduce::norm_axes(&[ax], nd).map_err(super::args::axis_error)?[0];
    let mut shape = a.shape.clone();
    let mut strides = a.strides.clone();
    shape.insert(ax, 1);
    strides.insert(ax, 0);
    Ok(a.view(shape, strides, a.offset))
}

/// Joins arrays along an existing axis.
pub fn concat(arrs: &[NdArray], ax: usize) -> PyResult<NdArray> {
    let first = &arrs[0];
    let nd = first.ndim();
    if nd == 0 {
        return Err(PyErr::value_error(
            "zero-dimensional arrays cannot be concatenated",
        ));
    }
    let mut dt = first.dtype;
    let mut total = 0;
    for (k, a) in arrs.iter().enumerate() {
        if a.ndim() != nd {
            return Err(PyErr::value_error(format!(
                "all the input arrays must have same number of dimensions, but the array at index 0 has {} dimension(s) and the array at index {k} has {} dimension(s)",
                nd,
                a.ndim()
            )));
        }
        for i in 0..nd {
            if i != ax && a.shape[i] != first.shape[i] {
                return Err(PyErr::value_error(format!(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {i}, the array at index 0 has size {} and the array at index {k} has size {}",
                    first.shape[i], a.shape[i]
                )));
            }
        }
        dt = DType::promote(dt, a.dtype);
        total += a.shape[ax];
    }
    let mut shape = first.shape.clone();
    shape[ax] = total;
    let out = NdArray::zeros(dt, shape.clone());
    let mut start = 0;
    for a in arrs {
        let n = a.shape[ax];
        let off = start as isize * out.strides[ax];
        let mut sub_shape = shape.clone();
        sub_shape[ax] = n;
        let dst = out.view(sub_shape, out.strides.clone(), off as usize);
        crate::ndarray::elementwise::assign(
            &dst,
            &crate::ndarray::elementwise::Operand::Array(a.clone()),
        )
        .map_err(super::op_err)?;
        start += n;
    }
    Ok(out)
}

/// Joins arrays along a new axis.
pub fn stack_arrays(arrs: &[NdArray], ax: usize) -> PyResult<NdArray> {
    let first = &arrs[0];
    for a in arrs {
        if a.shape != first.shape {
            return Err(PyErr::value_error(
                "all input arrays must have the same shape",
            ));
        }
    }
    let expanded: Vec<NdArray> = arrs
        .iter()
        .map(|a| {
            let mut shape = a.shape.clone();
            let mut strides = a.strides.clone();
            shape.insert(ax, 1);
            strides.insert(ax, 0);
            a.view(shape, strides, a.offset)
        })
        .collect();
    concat(&expanded, ax)
}

fn seq_arrays(vm: &mut Vm, v: &Value) -> PyResult<Vec<NdArray>> {
    let items = vm.collect(v)?;
    if items.is_empty() {
        return Err(PyErr::value_error("need at least one array to concatenate"));
    }
    let mut out = Vec::new();
    for x in &items {
        out.push(arr(vm, x)?);
    }
    Ok(out)
}

fn atleast(a: &NdArray, n: usize) -> NdArray {
    match (a.ndim(), n) {
        (0, _) => reshape(a, vec![1; n]),
        (1, 2) => reshape(a, vec![1, a.size()]),
        _ => a.clone(),
    }
}

fn concatenate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let arrs = seq_arrays(vm, req(a, 0, kw, "arrays", "concatenate")?)?;
    match a.get(1).or_else(|| kwarg(kw, "axis")) {
        Some(Value::None) => {
            let flat: Vec<NdArray> = arrs.iter().map(|x| reshape(x, vec![x.size()])).collect();
            Ok(wrap_array(concat(&flat, 0)?))
        }
        Some(v) => {
            let ax = axis(vm, v, arrs[0].ndim().max(1))?;
            Ok(wrap_array(concat(&arrs, ax)?))
        }
        None => Ok(wrap_array(concat(&arrs, 0)?)),
    }
}

fn stack(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let arrs = seq_arrays(vm, req(a, 0, kw, "arrays", "stack")?)?;
    let ax = match opt(a, 1, kw, "axis") {
        Some(v) => axis(vm, v, arrs[0].ndim() + 1)?,
        None => 0,
    };
    Ok(wrap_array(stack_arrays(&arrs, ax)?))
}

fn vstack(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let arrs = seq_arrays(vm, req(a, 0, kw, "tup", "vstack")?)?;
    let arrs: Vec<NdArray> = arrs.iter().map(|x| atleast(x, 2)).collect();
    Ok(wrap_array(concat(&arrs, 0)?))
}

fn hstack(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let arrs = seq_arrays(vm, req(a, 0, kw, "tup", "hstack")?)?;
    let arrs: Vec<NdArray> = arrs.iter().map(|x| atleast(x, 1)).collect();
    let ax = if arrs[0].ndim() == 1 { 0 } else { 1 };
    Ok(wrap_array(concat(&arrs, ax)?))
}

fn column_stack(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let arrs = seq_arrays(vm, req(a, 0, kw, "tup", "column_stack")?)?;
    let arrs: Vec<NdArray> = arrs
        .iter()
        .map(|x| {
            if x.ndim() < 2 {
                reshape(x, vec![x.size(), 1])
            } else {
                x.clone()
            }
        })
        .collect();
    Ok(wrap_array(concat(&arrs, 1)?))
}

fn split_impl(vm: &mut Vm, a: &[Value], kw: Kw, strict: bool) -> PyResult<Value> {
    let name = if strict { "split" } else { "array_split" };
    let x = arr(vm, req(a, 0, kw, "ary", name)?)?;
    let spec = req(a, 1, kw, "indices_or_sections", name)?.clone();
    let ax = match opt(a, 2, kw, "axis") {
        Some(v) => axis(vm, v, x.ndim())?,
        None => 0,
    };
    let n = x.shape[ax];
    let bounds: Vec<(usize, usize)> = match &spec {
        Value::List(_) | Value::Tuple(_) => {
            let idx = vm.collect(&spec)?;
            let mut pts = vec![0usize];
            for i in &idx {
                let k = int(vm, i)?;
                let k = if k < 0 { (k + n as i64).max(0) } else { k } as usize;
                pts.push(k.min(n));
            }
            pts.push(n);
            pts.windows(2).map(|w| (w[0], w[1].max(w[0]))).collect()
        }
        _ => {
            let s = int(vm, &spec)?;
            if s <= 0 {
                return Err(PyErr::value_error("number sections must be larger than 0."));
            }
            let s = s as usize;
            if strict && n % s != 0 {
                return Err(PyErr::value_error(
                    "array split does not result in an equal division",
                ));
            }
            let (each, extra) = (n / s, n % s);
            let mut out = Vec::new();
            let mut start = 0;
            for i in 0..s {
                let len = each + usize::from(i < extra);
                out.push((start, start + len));
                start += len;
            }
            out
        }
    };
    let mut parts = Vec::new();
    for (lo, hi) in bounds {
        let mut shape = x.shape.clone();
        shape[ax] = hi - lo;
        let off = (x.offset as isize + lo as isize * x.strides[ax]) as usize;
        parts.push(wrap_array(x.view(shape, x.strides.clone(), off)));
    }
    Ok(Value::list(parts))
}

fn flip(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "m", "flip")?)?;
    let axes: Vec<usize> = match opt(a, 1, kw, "axis") {
        Some(v) => vec![axis(vm, v, x.ndim())?],
        None => (0..x.ndim()).collect(),
    };
    let mut strides = x.strides.clone();
    let mut off = x.offset as isize;
    for &ax in &axes {
        if x.shape[ax] > 0 {
            off += (x.shape[ax] as isize - 1) * strides[ax];
        }
        strides[ax] = -strides[ax];
    }
    Ok(wrap_array(x.view(x.shape.clone(), strides, off as usize)))
}

fn repeat(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "a", "repeat")?)?;
    let r = int(vm, req(a, 1, kw, "repeats", "repeat")?)?.max(0) as usize;
    let flat = reshape(&x, vec![x.size()]);
    let d = flat.read();
    let mut idx = Vec::with_capacity(flat.size() * r);
    for i in 0..flat.size() {
        for _ in 0..r {
            idx.push(flat.offset + i);
        }
    }
    let data =
        crate::with_data!(&*d, v => Data::from_vec(idx.iter().map(|&o| v[o]).collect::<Vec<_>>()));
    let n = idx.len();
    drop(d);
    Ok(wrap_array(NdArray::from_data(data, vec![n])))
}

fn tile(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = arr(vm, req(a, 0, kw, "A", "tile")?)?;
    let r = int(vm, req(a, 1, kw, "reps", "tile")?)?.max(0) as usize;
    let x = atleast(&x, 1);
    let parts: Vec<NdArray> = (0..r).map(|_| x.clone()).collect();
    if parts.is_empty() {
        let mut sh = x.shape.clone();
        let last = sh.len() - 1;
        sh[last] = 0;
        return Ok(wrap_array(NdArray::zeros(x.dtype, sh)));
    }
    Ok(wrap_array(concat(&parts, x.ndim() - 1)?))
}

fn me(v: &Value) -> PyResult<NdArray> {
    super::pyarray::me(v).map(|p| p.arr())
}

/// `np.reshape` / `a.reshape`: a view whenever strides can address the new shape (NumPy's
/// no-copy rule, so writes through it reach `x`), else a reshaped copy.
fn reshape_checked(vm: &mut Vm, x: &NdArray, args: &[Value]) -> PyResult<Value> {
    let req = shape_varargs(vm, args)?;
    let sh = resolve_shape(&req, x.size(), &x.shape)?;
    Ok(wrap_array(match x.reshaped_view(&sh) {
        Some(v) => v,
        None => reshape(x, sh),
    }))
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("reshape", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "reshape")?)?;
        let s = req(a, 1, kw, "shape", "reshape")
            .or_else(|_| req(a, 1, kw, "newshape", "reshape"))?
            .clone();
        reshape_checked(vm, &x, &[s])
    }),
    ("ravel", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "ravel")?)?;
        Ok(wrap_array(reshape(&x, vec![x.size()])))
    }),
    ("transpose", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "transpose")?)?;
        let axes = match opt(a, 1, kw, "axes") {
            Some(v) => parse_axes_perm(vm, std::slice::from_ref(v), x.ndim())?,
            None => None,
        };
        Ok(wrap_array(transpose_view(&x, axes.as_deref())))
    }),
    ("swapaxes", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "swapaxes")?)?;
        swap(vm, &x, &a[1..])
    }),
    ("moveaxis", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "moveaxis")?)?;
        let s = axis(vm, req(a, 1, kw, "source", "moveaxis")?, x.ndim())?;
        let d = axis(vm, req(a, 2, kw, "destination", "moveaxis")?, x.ndim())?;
        let mut perm: Vec<usize> = (0..x.ndim()).filter(|&i| i != s).collect();
        perm.insert(d, s);
        Ok(wrap_array(transpose_view(&x, Some(&perm))))
    }),
    ("squeeze", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "squeeze")?)?;
        let ax = super::args::axes(vm, opt(a, 1, kw, "axis"), x.ndim())?;
        Ok(wrap_array(squeeze(&x, ax)?))
    }),
    ("expand_dims", |vm, a, kw| {
        let x = arr(vm, req(a, 0, kw, "a", "expand_dims")?)?;
        let ax = int(vm, req(a, 1, kw, "axis", "expand_dims")?)?;
        Ok(wrap_array(expand_dims(&x, ax)?))
    }),
    ("concatenate", concatenate),
    ("stack", stack),
    ("vstack", vstack),
    ("row_stack", vstack),
    ("hstack", hstack),
    ("column_stack", column_stack),
    ("split", |vm, a, kw| split_impl(vm, a, kw, true)),
    ("array_split", |vm, a, kw| split_impl(vm, a, kw, false)),
    ("flip", flip),
    ("repeat", repeat),
    ("tile", tile),
    ("atleast_1d", |vm, a, _| {
        Ok(wrap_array(atleast(&arr(vm, &a[0])?, 1)))
    }),
    ("atleast_2d", |vm, a, _| {
        Ok(wrap_array(atleast(&arr(vm, &a[0])?, 2)))
    }),
];

fn swap(vm: &mut Vm, x: &NdArray, a: &[Value]) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(PyErr::type_error("swapaxes() takes exactly 2 arguments"));
    }
    let i = axis(vm, &a[0], x.ndim())?;
    let j = axis(vm, &a[1], x.ndim())?;
    let mut perm: Vec<usize> = (0..x.ndim()).collect();
    perm.swap(i, j);
    Ok(wrap_array(transpose_view(x, Some(&perm))))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("reshape", |vm, a, kw| {
        let x = me(&a[0])?;
        let args: Vec<Value> = match kwarg(kw, "shape") {
            Some(s) => vec![s.clone()],
            None => a[1..].to_vec(),
        };
        reshape_checked(vm, &x, &args)
    }),
    ("ravel", |_vm, a, _| {
        let x = me(&a[0])?;
        Ok(wrap_array(reshape(&x, vec![x.size()])))
    }),
    ("flatten", |_vm, a, _| {
        let x = me(&a[0])?;
        Ok(wrap_array(reshape(&x.copy(), vec![x.size()])))
    }),
    ("transpose", |vm, a, _| {
        let x = me(&a[0])?;
        let axes = parse_axes_perm(vm, &a[1..], x.ndim())?;
        Ok(wrap_array(transpose_view(&x, axes.as_deref())))
    }),
    ("swapaxes", |vm, a, _| {
        let x = me(&a[0])?;
        swap(vm, &x, &a[1..])
    }),
    ("squeeze", |vm, a, kw| {
        let x = me(&a[0])?;
        let ax = super::args::axes(vm, opt(a, 1, kw, "axis"), x.ndim())?;
        Ok(wrap_array(squeeze(&x, ax)?))
    }),
    ("view", |_vm, a, _| Ok(wrap_array(me(&a[0])?))),
];
