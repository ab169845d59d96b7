//! Array indexing, get and set: integers, slices (views), `None`/newaxis, Ellipsis, boolean
//! masks and integer arrays (copies on get, scattered writes on set), with NumPy's placement
//! of advanced-index dimensions and its IndexError messages. Every index is bounds-checked.

use super::{op_err, operand, wrap, NpScalar, PyArray};
use crate::builtins::slice::Slice;
use crate::ndarray::array::{broadcast_shapes, for_each_offset, shape_str, size_of, NdArray};
use crate::ndarray::dtype::DType;
use crate::ndarray::elementwise::{assign, Operand};
use crate::numeric::arrayprint::Scalar;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;

enum Item {
    Int(i64),
    Slice(Value, Value, Value),
    NewAxis,
    Ellipsis,
    /// Integer index arrays (a boolean mask becomes one per masked axis).
    Arrays(Vec<NdArray>),
    /// A boolean mask (checked against the axes it covers, then turned into `Arrays`).
    Mask(NdArray),
}

fn parse_one(vm: &mut Vm, v: &Value) -> PyResult<Item> {
    Ok(match v {
        Value::Int(i) => Item::Int(*i),
        Value::None => Item::NewAxis,
        Value::Ellipsis => Item::Ellipsis,
        Value::Bool(b) => Item::Arrays(mask_to_indices(&NdArray::scalar(
            Scalar::Bool(*b),
            DType::Bool,
        ))),
        Value::List(_) => {
            let a = super::construct::to_array(vm, v, None)?;
            let a = if a.size() == 0 {
                a.astype(DType::Int64)
            } else {
                a
            };
            array_item(a)?
        }
        _ => {
            if let Some(s) = v.downcast::<Slice>() {
                return Ok(Item::Slice(s.start.clone(), s.stop.clone(), s.step.clone()));
            }
            if let Some(s) = v.downcast::<NpScalar>() {
                if let Scalar::Int(i) = s.v {
                    return Ok(Item::Int(i));
                }
                if let Scalar::Bool(b) = s.v {
                    return Ok(Item::Arrays(mask_to_indices(&NdArray::scalar(
                        Scalar::Bool(b),
                        DType::Bool,
                    ))));
                }
            }
            if let Some(p) = v.downcast::<PyArray>() {
                return array_item(p.arr());
            }
            if let Value::Instance(_) = v {
                if let Ok(i) = vm.index_value(v) {
                    return Ok(Item::Int(i));
                }
            }
            return Err(PyErr::index_error(
                "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
            ));
        }
    })
}

fn array_item(a: NdArray) -> PyResult<Item> {
    match a.dtype {
        DType::Bool if a.ndim() > 0 => Ok(Item::Mask(a)),
        DType::Bool => Ok(Item::Arrays(mask_to_indices(&a))),
        DType::Int32 | DType::Int64 => Ok(Item::Arrays(vec![a])),
        _ => Err(PyErr::index_error(
            "arrays used as indices must be of integer (or boolean) type",
        )),
    }
}

/// `mask.nonzero()`: one int64 index array per axis of the mask.
pub fn mask_to_indices(mask: &NdArray) -> Vec<NdArray> {
    let vals = mask.to_vec::<bool>();
    let nd = mask.ndim();
    let mut out: Vec<Vec<i64>> = vec![Vec::new(); nd.max(1)];
    let strides = crate::ndarray::array::c_strides(&mask.shape);
    for (flat, &b) in vals.iter().enumerate() {
        if b {
            let mut r = flat;
            for ax in 0..nd {
                let s = strides[ax] as usize;
                out[ax].push((r / s) as i64);
                r %= s;
            }
            if nd == 0 {
                out[0].push(0);
            }
        }
    }
    if nd == 0 {
        // A 0-d boolean index adds an axis of length 1 (True) or 0 (False).
        let n = out[0].len();
        return vec![NdArray::from_vec(vec![0i64; n], vec![n]).view(vec![n], vec![0], 0)];
    }
    out.into_iter()
        .map(|v| {
            let n = v.len();
            NdArray::from_vec(v, vec![n])
        })
        .collect()
}

fn parse(vm: &mut Vm, key: &Value) -> PyResult<Vec<Item>> {
    match key {
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for x in t.items.iter() {
                out.push(parse_one(vm, x)?);
            }
            Ok(out)
        }
        _ => Ok(vec![parse_one(vm, key)?]),
    }
}

/// Result of resolving an index: a basic view, plus advanced index arrays over some of its axes.
struct Resolved {
    view: NdArray,
    /// (axis in `view`, index array) for each advanced axis.
    adv: Vec<(usize, NdArray)>,
    /// True when the advanced indices were adjacent in the key (their block stays in place).
    adjacent: bool,
}

fn resolve(vm: &mut Vm, a: &NdArray, items: Vec<Item>) -> PyResult<Resolved> {
    let consumed: usize = items
        .iter()
        .map(|it| match it {
            Item::Int(_) | Item::Slice(..) => 1,
            Item::Arrays(v) => v.len().max(1),
            Item::Mask(m) => m.ndim(),
            _ => 0,
        })
        .sum();
    if consumed > a.ndim() {
        return Err(PyErr::index_error(format!(
            "too many indices for array: array is {}-dimensional, but {} were indexed",
            a.ndim(),
            consumed
        )));
    }
    if items.iter().filter(|i| matches!(i, Item::Ellipsis)).count() > 1 {
        return Err(PyErr::index_error(
            "an index can only have a single ellipsis ('...')",
        ));
    }
    let mut shape = Vec::new();
    let mut strides = Vec::new();
    let mut offset = a.offset as isize;
    let mut adv = Vec::new();
    let mut ax = 0usize;
    let mut adv_groups = Vec::new();
    for (pos, it) in items.into_iter().enumerate() {
        let it = match it {
            Item::Mask(m) => {
                for k in 0..m.ndim() {
                    if m.shape[k] != a.shape[ax + k] {
                        return Err(PyErr::index_error(format!(
                            "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {}",
                            ax + k,
                            a.shape[ax + k],
                            m.shape[k]
                        )));
                    }
                }
                Item::Arrays(mask_to_indices(&m))
            }
            other => other,
        };
        match it {
            Item::Int(i) => {
                let n = a.shape[ax] as i64;
                let k = if i < 0 { i + n } else { i };
                if k < 0 || k >= n {
                    return Err(PyErr::index_error(format!(
                        "index {i} is out of bounds for axis {ax} with size {n}"
                    )));
                }
                offset += k as isize * a.strides[ax];
                ax += 1;
            }
            Item::Slice(start, stop, step) => {
                let sl = Slice { start, stop, step };
                let (st, _, step, len) = sl.indices(vm, a.shape[ax])?;
                offset += st as isize * a.strides[ax];
                shape.push(len);
                strides.push(a.strides[ax] * step as isize);
                ax += 1;
            }
            Item::Mask(_) => {}
            Item::NewAxis => {
                shape.push(1);
                strides.push(0);
            }
            Item::Ellipsis => {
                let rest = a.ndim() - consumed;
                for _ in 0..rest {
                    shape.push(a.shape[ax]);
                    strides.push(a.strides[ax]);
                    ax += 1;
                }
            }
            Item::Arrays(arrs) => {
                adv_groups.push(pos);
                for idx in arrs {
                    adv.push((shape.len(), idx));
                    shape.push(a.shape[ax]);
                    strides.push(a.strides[ax]);
                    ax += 1;
                }
            }
        }
    }
    while ax < a.ndim() {
        shape.push(a.shape[ax]);
        strides.push(a.strides[ax]);
        ax += 1;
    }
    let adjacent = adv_groups.windows(2).all(|w| w[1] == w[0] + 1);
    Ok(Resolved {
        view: a.view(shape, strides, offset as usize),
        adv,
        adjacent,
    })
}

/// The shape and buffer offsets (in C order of the result) that advanced indices select.
fn advanced_offsets(r: &Resolved) -> PyResult<(Vec<usize>, Vec<usize>)> {
    let v = &r.view;
    let mut bshape: Vec<usize> = Vec::new();
    for (_, idx) in &r.adv {
        bshape = broadcast_shapes(&bshape, &idx.shape).ok_or_else(|| {
            let shapes: Vec<String> = r.adv.iter().map(|(_, i)| shape_str(&i.shape)).collect();
            PyErr::index_error(format!(
                "shape mismatch: indexing arrays could not be broadcast together with shapes {}",
                shapes.join(" ")
            ))
        })?;
    }
    let nb = size_of(&bshape);
    // Offset contribution of each broadcast position.
    let mut boff = vec![0isize; nb];
    for (axis, idx) in &r.adv {
        let n = v.shape[*axis] as i64;
        let vals = idx.broadcast_view(&bshape).to_vec::<i64>();
        for (k, &i) in vals.iter().enumerate() {
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(PyErr::index_error(format!(
                    "index {i} is out of bounds for axis {axis} with size {n}"
                )));
            }
            boff[k] += j as isize * v.strides[*axis];
        }
    }
    let adv_axes: Vec<usize> = r.adv.iter().map(|(a, _)| *a).collect();
    let first = adv_axes.iter().copied().min().unwrap_or(0);
    let rest: Vec<usize> = (0..v.ndim()).filter(|i| !adv_axes.contains(i)).collect();
    let (pre, post): (Vec<usize>, Vec<usize>) = if r.adjacent {
        rest.iter().partition(|&&i| i < first)
    } else {
        (Vec::new(), rest.clone())
    };
    let pshape: Vec<usize> = pre.iter().map(|&i| v.shape[i]).collect();
    let pstr: Vec<isize> = pre.iter().map(|&i| v.strides[i]).collect();
    let qshape: Vec<usize> = post.iter().map(|&i| v.shape[i]).collect();
    let qstr: Vec<isize> = post.iter().map(|&i| v.strides[i]).collect();
    let mut out_shape = pshape.clone();
    out_shape.extend(bshape.iter());
    out_shape.extend(qshape.iter());
    let mut offs = Vec::with_capacity(size_of(&out_shape));
    for_each_offset(&pshape, &pstr, v.offset, &mut |p| {
        for &b in &boff {
            let base = (p as isize + b) as usize;
            for_each_offset(&qshape, &qstr, base, &mut |o| offs.push(o));
        }
    });
    Ok((out_shape, offs))
}

pub fn getitem(vm: &mut Vm, a: &NdArray, key: &Value) -> PyResult<Value> {
    let items = parse(vm, key)?;
    let all_ints = items.iter().all(|i| matches!(i, Item::Int(_)));
    let r = resolve(vm, a, items)?;
    if r.adv.is_empty() {
        // Only a full integer index gives a scalar; `z[...]`, `z[()]` on 0-d keep an array
        // unless the key is the empty tuple.
        let empty = matches!(key, Value::Tuple(t) if t.items.is_empty());
        if all_ints || empty {
            return Ok(wrap(r.view));
        }
        return Ok(super::wrap_array(r.view));
    }
    let (shape, offs) = advanced_offsets(&r)?;
    let d = a.read();
    let data = crate::with_data!(&*d, v => {
        crate::ndarray::array::Data::from_vec(offs.iter().map(|&o| v[o]).collect::<Vec<_>>())
    });
    drop(d);
    Ok(super::wrap_array(NdArray::from_data(data, shape)))
}

pub fn setitem(vm: &mut Vm, a: &NdArray, key: &Value, value: &Value) -> PyResult<()> {
    let parsed;
    let value = match value {
        Value::Str(s) => {
            let t = s.as_str().trim();
            parsed = if a.dtype.is_float() {
                Value::Float(t.parse::<f64>().map_err(|_| {
                    PyErr::value_error(format!(
                        "could not convert string to float: '{}'",
                        s.as_str()
                    ))
                })?)
            } else {
                Value::Int(t.parse::<i64>().map_err(|_| {
                    PyErr::value_error(format!(
                        "invalid literal for int() with base 10: '{}'",
                        s.as_str()
                    ))
                })?)
            };
            &parsed
        }
        v => v,
    };
    let src = match operand(vm, value)? {
        Some(s) => s,
        None => {
            return Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                super::type_name(value)
            )))
        }
    };
    let items = parse(vm, key)?;
    let r = resolve(vm, a, items)?;
    if r.adv.is_empty() {
        return assign(&r.view, &src).map_err(op_err);
    }
    let (shape, offs) = advanced_offsets(&r)?;
    // NumPy broadcasts the value to the indexed result's shape.
    let vals: Vec<Scalar> = match &src {
        Operand::Weak(s, _) => vec![*s; offs.len()],
        Operand::Array(v) => {
            let b = broadcast_shapes(&v.shape, &shape)
                .filter(|b| *b == shape)
                .ok_or_else(|| {
                    PyErr::value_error(format!(
                        "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                        shape_str(&v.shape),
                        shape_str(&shape)
                    ))
                })?;
            let bv = v.broadcast_view(&b);
            let d = bv.read();
            let mut out = Vec::with_capacity(offs.len());
            bv.for_each_offset(|o| out.push(d.get(o)));
            out
        }
    };
    let mut d = a.buf.write();
    for (o, s) in offs.iter().zip(vals) {
        d.set(*o, s);
    }
    Ok(())
}
