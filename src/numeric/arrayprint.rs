//! NumPy's array printing (`str`/`repr` of ndarrays and numpy scalars), independent of the array
//! type: callers hand in a shape, an element accessor and print options.
//!
//! A port of `numpy/_core/arrayprint.py` (NumPy 2.4, `legacy=False`) with NumPy's Dragon4 float
//! printer: the output matches NumPy byte for byte. Only the elements that are printed are read
//! (a summarised array visits just its edges), and no input makes it panic.

mod dragon4;
mod format;
#[cfg(test)]
mod tests;

use format::{width, ElemFormat};

/// The element types this module prints.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ElemType {
    Bool,
    Int32,
    Int64,
    Float32,
    Float64,
}

/// One element. A Float32 element is passed as `Float(x as f64)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    Float(f64),
}

/// Element source: the array's shape and an accessor by multi-index (C order of indices).
pub trait Source {
    fn shape(&self) -> &[usize];
    fn get(&self, index: &[usize]) -> Scalar;
}

/// NumPy's `floatmode` print option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatMode {
    /// 'fixed': always `precision` fractional digits.
    Fixed,
    /// 'unique': as many digits as needed to identify each value; `precision` is ignored.
    Unique,
    /// 'maxprec' (the default): at most `precision` digits, fewer when the value needs fewer.
    MaxPrecision,
    /// 'maxprec_equal': at most `precision` digits, the same number for every element.
    MaxPrecisionEqual,
}

/// `np.set_printoptions` (the options that apply to bool, integer and float arrays).
#[derive(Clone, Debug, PartialEq)]
pub struct PrintOptions {
    pub precision: usize,
    pub threshold: usize,
    pub edgeitems: usize,
    pub linewidth: usize,
    pub suppress: bool,
    pub nanstr: String,
    pub infstr: String,
    /// '-', '+' or ' '.
    pub sign: char,
    pub floatmode: FloatMode,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
            nanstr: "nan".to_string(),
            infstr: "inf".to_string(),
            sign: '-',
            floatmode: FloatMode::MaxPrecision,
        }
    }
}

/// `str(a)` / `print(a)`.
pub fn array_str(src: &dyn Source, ty: ElemType, opts: &PrintOptions) -> String {
    let shape = src.shape();
    if shape.is_empty() {
        // A 0-d array prints as its scalar: not limited by precision.
        return scalar_str(src.get(&[]), ty);
    }
    array2string_impl(src, ty, opts, " ", "", "")
}

/// `repr(a)`: `array([...])`, with `shape=` / `dtype=` where the text does not imply them.
pub fn array_repr(src: &dyn Source, ty: ElemType, opts: &PrintOptions) -> String {
    let prefix = "array(";
    let lst = array2string_impl(src, ty, opts, ", ", prefix, ")");
    let shape = src.shape();
    let size = size_of(shape);
    let mut extras = Vec::new();
    if (size == 0 && shape != [0]) || size > opts.threshold as u128 {
        extras.push(format!("shape={}", shape_tuple(shape)));
    }
    let implied = matches!(ty, ElemType::Bool | ElemType::Int64 | ElemType::Float64);
    if !implied || size == 0 {
        extras.push(format!("dtype={}", dtype_name(ty)));
    }
    if extras.is_empty() {
        return format!("{prefix}{lst})");
    }
    let arr_str = format!("{prefix}{lst},");
    let extra_str = format!("{})", extras.join(", "));
    let last_line = arr_str.rsplit('\n').next().unwrap_or("");
    let spacer = if width(last_line) + width(&extra_str) + 1 > line_width(opts) {
        format!("\n{}", " ".repeat(prefix.len()))
    } else {
        " ".to_string()
    };
    format!("{arr_str}{spacer}{extra_str}")
}

/// `str` of a numpy scalar: `0.1`, `1e+16`, `3`, `True`.
pub fn scalar_str(x: Scalar, ty: ElemType) -> String {
    match ty {
        ElemType::Bool => if format::as_bool(x) { "True" } else { "False" }.to_string(),
        ElemType::Int32 | ElemType::Int64 => format::as_i64(x).to_string(),
        ElemType::Float32 | ElemType::Float64 => float_scalar_str(format::as_f64(x), ty),
    }
}

/// `repr` of a numpy scalar: `np.float64(0.1)`, `np.int64(3)`, `np.True_`.
pub fn scalar_repr(x: Scalar, ty: ElemType) -> String {
    match ty {
        ElemType::Bool => if format::as_bool(x) {
            "np.True_"
        } else {
            "np.False_"
        }
        .to_string(),
        _ => format!("np.{}({})", dtype_name(ty), scalar_str(x, ty)),
    }
}

/// The dtype's name as `repr` shows it.
pub fn dtype_name(ty: ElemType) -> &'static str {
    match ty {
        ElemType::Bool => "bool",
        ElemType::Int32 => "int32",
        ElemType::Int64 => "int64",
        ElemType::Float32 => "float32",
        ElemType::Float64 => "float64",
    }
}

/// NumPy's float scalar `str`: positional between 1e-4 and 1e16 (1e6 for float32, the
/// comparison made in the type), scientific outside; shortest round-trip digits either way.
fn float_scalar_str(x: f64, ty: ElemType) -> String {
    let f32 = ty == ElemType::Float32;
    let x = if f32 { f64::from(x as f32) } else { x };
    let a = x.abs();
    let positional = if f32 {
        a == 0.0 || (1e-4 <= a && (a as f32) < 1e6f32)
    } else {
        a == 0.0 || (1e-4..1e16).contains(&a)
    };
    if positional || !x.is_finite() {
        dragon4::positional(x, f32, &dragon4::Opts::unique(dragon4::Trim::LeaveOneZero))
    } else {
        dragon4::scientific(x, f32, &dragon4::Opts::unique(dragon4::Trim::DptZeros))
    }
}

fn line_width(opts: &PrintOptions) -> i64 {
    opts.linewidth.min(i64::MAX as usize) as i64
}

/// Number of elements, saturating (a shape's product may not fit a usize).
fn size_of(shape: &[usize]) -> u128 {
    shape
        .iter()
        .fold(1u128, |acc, &n| acc.saturating_mul(n as u128))
}

/// A shape as Python prints the tuple: `(2000,)`, `(2, 0)`.
fn shape_tuple(shape: &[usize]) -> String {
    let parts: Vec<String> = shape.iter().map(|n| n.to_string()).collect();
    if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    }
}

/// The indices along one axis that are printed.
fn printed_indices(n: usize, summarise: bool, edge: usize) -> Vec<usize> {
    if summarise && edge.saturating_mul(2) < n {
        // `_formatArray` always prints the last item, even with edgeitems=0.
        let tail = edge.max(1);
        (0..edge).chain(n - tail..n).collect()
    } else {
        (0..n).collect()
    }
}

/// The printed elements in C order.
fn printed_elements(src: &dyn Source, summarise: bool, edge: usize) -> Vec<Scalar> {
    let shape = src.shape();
    let axes: Vec<Vec<usize>> = shape
        .iter()
        .map(|&n| printed_indices(n, summarise, edge))
        .collect();
    let mut out = Vec::new();
    if axes.iter().any(|a| a.is_empty()) {
        return out;
    }
    let mut pos = vec![0usize; shape.len()];
    let mut index: Vec<usize> = axes.iter().map(|a| a[0]).collect();
    loop {
        out.push(src.get(&index));
        // Odometer increment over the printed indices.
        let mut axis = shape.len();
        loop {
            if axis == 0 {
                return out;
            }
            axis -= 1;
            pos[axis] += 1;
            if pos[axis] < axes[axis].len() {
                index[axis] = axes[axis][pos[axis]];
                break;
            }
            pos[axis] = 0;
            index[axis] = axes[axis][0];
        }
    }
}

/// `np.array2string(a, separator=separator, prefix=prefix)`: the bracketed elements, lines
/// after the first indented to sit under `prefix` (which is not itself included). Unlike
/// `array_str`, a 0-d array is printed with the array's formatter (so `precision` applies).
pub fn array2string(
    src: &dyn Source,
    ty: ElemType,
    opts: &PrintOptions,
    separator: &str,
    prefix: &str,
) -> String {
    array2string_impl(src, ty, opts, separator, prefix, "")
}

/// `array2string` with the given separator, prefix and suffix (whose width is taken off the
/// line width).
fn array2string_impl(
    src: &dyn Source,
    ty: ElemType,
    opts: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    let shape = src.shape();
    let line_width = line_width(opts) - width(suffix);
    let size = size_of(shape);
    if size == 0 {
        return "[]".to_string();
    }
    let summarise = size > opts.threshold as u128;
    let data = printed_elements(src, summarise, opts.edgeitems);
    let fmt = ElemFormat::new(ty, &data, shape.is_empty(), opts);
    let next_line_prefix = format!(" {}", " ".repeat(width(prefix) as usize));
    let printer = ArrayPrinter {
        shape,
        fmt: &fmt,
        data: &data,
        separator,
        edge: opts.edgeitems,
        summarise,
    };
    let mut cursor = 0;
    printer.recurse(0, &next_line_prefix, line_width, &mut cursor)
}

/// `_formatArray`: nested brackets, wrapping the last axis at the line width.
struct ArrayPrinter<'a> {
    shape: &'a [usize],
    fmt: &'a ElemFormat,
    /// The printed elements in C order; `recurse` consumes them in that order.
    data: &'a [Scalar],
    separator: &'a str,
    edge: usize,
    summarise: bool,
}

const SUMMARY: &str = "...";

/// `_extendLine`: appends `word` to `line`, first moving `line` into `s` when it would get
/// longer than `line_width` (unless wrapping would not help).
fn extend_line(s: &mut String, line: &mut String, word: &str, line_width: i64, prefix: &str) {
    let needs_wrap = width(line) + width(word) > line_width && width(line) > width(prefix);
    if needs_wrap {
        s.push_str(line.trim_end());
        s.push('\n');
        line.clear();
        line.push_str(prefix);
    }
    line.push_str(word);
}

impl ArrayPrinter<'_> {
    fn recurse(&self, axis: usize, hanging: &str, curr_width: i64, cursor: &mut usize) -> String {
        let axes_left = self.shape.len() - axis;
        if axes_left == 0 {
            let x = self.data.get(*cursor).copied().unwrap_or(Scalar::Int(0));
            *cursor += 1;
            return self.fmt.format(x);
        }
        let next_hanging = format!("{hanging} ");
        let next_width = curr_width - 1;
        let a_len = self.shape[axis];
        let show_summary = self.summarise && self.edge.saturating_mul(2) < a_len;
        let (leading, trailing) = if show_summary {
            (self.edge, self.edge)
        } else {
            (0, a_len)
        };
        // Items printed before the last one, after the summary marker.
        let middle = trailing.saturating_sub(1);
        let mut s = String::new();
        if axes_left == 1 {
            let sep_width = width(self.separator.trim_end()).max(1);
            let elem_width = curr_width - sep_width;
            let mut line = hanging.to_string();
            for _ in 0..leading {
                let word = self.recurse(axis + 1, &next_hanging, next_width, cursor);
                extend_line(&mut s, &mut line, &word, elem_width, hanging);
                line.push_str(self.separator);
            }
            if show_summary {
                extend_line(&mut s, &mut line, SUMMARY, elem_width, hanging);
                line.push_str(self.separator);
            }
            for _ in 0..middle {
                let word = self.recurse(axis + 1, &next_hanging, next_width, cursor);
                extend_line(&mut s, &mut line, &word, elem_width, hanging);
                line.push_str(self.separator);
            }
            let word = self.recurse(axis + 1, &next_hanging, next_width, cursor);
            extend_line(&mut s, &mut line, &word, elem_width, hanging);
            s.push_str(&line);
        } else {
            let mut line_sep = self.separator.trim_end().to_string();
            line_sep.push_str(&"\n".repeat(axes_left - 1));
            for _ in 0..leading {
                let nested = self.recurse(axis + 1, &next_hanging, next_width, cursor);
                s.push_str(hanging);
                s.push_str(&nested);
                s.push_str(&line_sep);
            }
            if show_summary {
                s.push_str(hanging);
                s.push_str(SUMMARY);
                s.push_str(&line_sep);
            }
            for _ in 0..middle {
                let nested = self.recurse(axis + 1, &next_hanging, next_width, cursor);
                s.push_str(hanging);
                s.push_str(&nested);
                s.push_str(&line_sep);
            }
            let nested = self.recurse(axis + 1, &next_hanging, next_width, cursor);
            s.push_str(hanging);
            s.push_str(&nested);
        }
        // Python's `s[len(hanging_indent):]`, on characters.
        let cut = s
            .char_indices()
            .nth(hanging.chars().count())
            .map_or(s.len(), |(i, _)| i);
        format!("[{}]", &s[cut..])
    }
}
