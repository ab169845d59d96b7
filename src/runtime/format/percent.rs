//! `str % args` (printf-style formatting), a transcription of CPython 3.11's `PyUnicode_Format`:
//! same argument consumption order, flags, `*` width/precision, `%(key)` lookups, padding rules
//! and error messages. Object conversions (str(), int(), float(), ...) are delegated to the
//! interpreter through [`PercentArgs`].

use num_bigint::{BigInt, Sign};

use super::dtoa::{dtoa, DtoaFlags};
use super::FormatError;

/// Which argument a conversion consumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentArg {
    /// Item `i` of the right operand, which is a tuple.
    Item(usize),
    /// The right operand itself (it is not a tuple).
    Whole,
    /// The value of a `%(key)` lookup: the handle returned by [`PercentArgs::lookup`].
    Keyed(usize),
}

/// The interpreter's view of the right operand of `%`.
///
/// Conversion methods receive the argument to convert and report failures as the
/// interpreter's own exception type; [`FormatError`] converts into it for the errors raised
/// here. Expected messages for the errors the implementation raises:
/// * `int_of`: see [`percent_int_type_error`];
/// * `float_of`: TypeError "must be real number, not T";
/// * `char_of`: TypeError "%c requires int or char", OverflowError
///   "%c arg not in range(0x110000)" (see [`percent_char_from_int`]);
/// * `star_of`: TypeError "* wants int".
pub trait PercentArgs {
    type Error: From<FormatError>;
    /// `Some(n)` when the right operand is a tuple of `n` items, `None` otherwise.
    fn tuple_len(&self) -> Option<usize>;
    /// CPython's `PyMapping_Check(args) && !tuple && !str`: true for dicts (and lists and other
    /// indexables!). Enables `%(key)` and turns off the "not all arguments converted" check.
    fn is_mapping(&self) -> bool;
    /// `operand[key]` for `%(key)s`; returns a handle later passed as [`PercentArg::Keyed`].
    fn lookup(&mut self, key: &str) -> Result<usize, Self::Error>;
    /// `str(v)`.
    fn str_of(&mut self, a: PercentArg) -> Result<String, Self::Error>;
    /// `repr(v)`.
    fn repr_of(&mut self, a: PercentArg) -> Result<String, Self::Error>;
    /// `ascii(v)`.
    fn ascii_of(&mut self, a: PercentArg) -> Result<String, Self::Error>;
    /// For `conv` in `d i u`: `int(v)` of a number; for `o x X`: `operator.index(v)`.
    fn int_of(&mut self, a: PercentArg, conv: char) -> Result<BigInt, Self::Error>;
    /// `float(v)` of a number (`__float__`/`__index__`).
    fn float_of(&mut self, a: PercentArg) -> Result<f64, Self::Error>;
    /// A str of length 1, or an int in `range(0x110000)`.
    fn char_of(&mut self, a: PercentArg) -> Result<char, Self::Error>;
    /// The value of an int argument to `*`.
    fn star_of(&mut self, a: PercentArg) -> Result<BigInt, Self::Error>;
}

/// The TypeError for a `%d`-style conversion of a non-number (`type_name` is the argument's
/// type): "%d format: a real number is required, not str" or, for `o x X`,
/// "%x format: an integer is required, not str".
pub fn percent_int_type_error(conv: char, type_name: &str) -> FormatError {
    let what = if matches!(conv, 'o' | 'x' | 'X') {
        "an integer"
    } else {
        "a real number"
    };
    FormatError::type_error(format!(
        "%{} format: {} is required, not {}",
        conv, what, type_name
    ))
}

/// `%c` of an int, with CPython's OverflowError.
pub fn percent_char_from_int(v: &BigInt) -> Result<char, FormatError> {
    u32::try_from(v)
        .ok()
        .filter(|&v| v <= 0x10ffff)
        .map(|v| char::from_u32(v).unwrap_or('\u{fffd}'))
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))
}

struct ArgSpec {
    ljust: bool,
    plus: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: i64,
    prec: i64,
    ch: char,
    /// Numeric conversion: a sign may be added / moved before the padding.
    sign: bool,
}

struct State {
    arglen: i64,
    argidx: i64,
    keyed: Option<usize>,
}

impl State {
    fn next_arg(&mut self) -> Result<PercentArg, FormatError> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                Ok(match self.keyed {
                    Some(h) => PercentArg::Keyed(h),
                    None => PercentArg::Whole,
                })
            } else {
                Ok(PercentArg::Item(i as usize))
            }
        } else {
            Err(FormatError::type_error(
                "not enough arguments for format string",
            ))
        }
    }
}

fn incomplete() -> FormatError {
    FormatError::value("incomplete format")
}

/// `fmt % args`.
pub fn percent_format<A: PercentArgs + ?Sized>(
    fmt: &str,
    args: &mut A,
) -> Result<String, A::Error> {
    let cs: Vec<char> = fmt.chars().collect();
    let end = cs.len();
    let mut st = match args.tuple_len() {
        Some(n) => State {
            arglen: n as i64,
            argidx: 0,
            keyed: None,
        },
        None => State {
            arglen: -1,
            argidx: -2,
            keyed: None,
        },
    };
    let dict = args.tuple_len().is_none() && args.is_mapping();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < end {
        if cs[pos] != '%' {
            let start = pos;
            while pos < end && cs[pos] != '%' {
                pos += 1;
            }
            out.extend(&cs[start..pos]);
            continue;
        }
        pos += 1;
        if pos >= end {
            return Err(incomplete().into());
        }
        if cs[pos] == '%' {
            pos += 1;
            out.push('%');
            continue;
        }
        let mut a = ArgSpec {
            ljust: false,
            plus: false,
            blank: false,
            alt: false,
            zero: false,
            width: -1,
            prec: -1,
            ch: cs[pos],
            sign: false,
        };
        let mut eof = false;
        if cs[pos] == '(' {
            if !dict {
                return Err(FormatError::type_error("format requires a mapping").into());
            }
            pos += 1;
            let keystart = pos;
            let mut pcount = 1;
            while pcount > 0 && pos < end {
                a.ch = cs[pos];
                if a.ch == ')' {
                    pcount -= 1;
                } else if a.ch == '(' {
                    pcount += 1;
                }
                pos += 1;
            }
            if pcount > 0 {
                return Err(FormatError::value("incomplete format key").into());
            }
            let key: String = cs[keystart..pos - 1].iter().collect();
            let h = args.lookup(&key)?;
            st = State {
                arglen: -1,
                argidx: -2,
                keyed: Some(h),
            };
        }
        // Reads the next character into a.ch, or records that the format ran out.
        let read = |a: &mut ArgSpec, pos: &mut usize, eof: &mut bool| -> bool {
            if *eof || *pos >= end {
                *eof = true;
                return false;
            }
            a.ch = cs[*pos];
            *pos += 1;
            true
        };
        while read(&mut a, &mut pos, &mut eof) {
            match a.ch {
                '-' => a.ljust = true,
                '+' => a.plus = true,
                ' ' => a.blank = true,
                '#' => a.alt = true,
                '0' => a.zero = true,
                _ => break,
            }
        }
        if a.ch == '*' && !eof {
            let v = st.next_arg()?;
            let w = args.star_of(v)?;
            let w: i64 = i64::try_from(&w).map_err(|_| {
                FormatError::overflow("Python int too large to convert to C ssize_t")
            })?;
            a.width = w;
            if w < 0 {
                a.ljust = true;
                a.width = w.checked_neg().unwrap_or(i64::MAX);
            }
            read(&mut a, &mut pos, &mut eof);
        } else if a.ch.is_ascii_digit() {
            a.width = a.ch as i64 - '0' as i64;
            while read(&mut a, &mut pos, &mut eof) {
                let Some(d) = a.ch.to_digit(10) else { break };
                if a.width > (i64::MAX - d as i64) / 10 {
                    return Err(FormatError::value("width too big").into());
                }
                a.width = a.width * 10 + d as i64;
            }
        }
        if a.ch == '.' && !eof {
            a.prec = 0;
            read(&mut a, &mut pos, &mut eof);
            if a.ch == '*' && !eof {
                let v = st.next_arg()?;
                let p = args.star_of(v)?;
                let p: i32 = i32::try_from(&p).map_err(|_| {
                    FormatError::overflow("Python int too large to convert to C int")
                })?;
                a.prec = p.max(0) as i64;
                read(&mut a, &mut pos, &mut eof);
            } else if a.ch.is_ascii_digit() && !eof {
                a.prec = a.ch as i64 - '0' as i64;
                while read(&mut a, &mut pos, &mut eof) {
                    let Some(d) = a.ch.to_digit(10) else { break };
                    if a.prec > (i32::MAX as i64 - d as i64) / 10 {
                        return Err(FormatError::value("precision too big").into());
                    }
                    a.prec = a.prec * 10 + d as i64;
                }
            }
        }
        if !eof && matches!(a.ch, 'h' | 'l' | 'L') {
            read(&mut a, &mut pos, &mut eof);
        }
        if eof {
            return Err(incomplete().into());
        }

        let v = st.next_arg()?;
        let text = match a.ch {
            's' => args.str_of(v)?,
            'r' => args.repr_of(v)?,
            'a' => args.ascii_of(v)?,
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                let n = args.int_of(v, a.ch)?;
                a.sign = true;
                format_long(&n, a.alt, a.prec, a.ch)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = args.float_of(v)?;
                a.sign = true;
                let prec = if a.prec < 0 { 6 } else { a.prec as usize };
                dtoa(
                    x,
                    a.ch,
                    prec,
                    DtoaFlags {
                        alt: a.alt,
                        ..Default::default()
                    },
                )
            }
            'c' => args.char_of(v)?.to_string(),
            c => {
                let shown = if (31..=126).contains(&(c as u32)) {
                    c
                } else {
                    '?'
                };
                return Err(FormatError::value(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown,
                    c as u32,
                    pos - 1
                ))
                .into());
            }
        };
        output(&mut out, &mut a, &text);
        if dict && st.argidx < st.arglen {
            return Err(FormatError::type_error(
                "not all arguments converted during string formatting",
            )
            .into());
        }
    }
    if st.argidx < st.arglen && !dict {
        return Err(FormatError::type_error(
            "not all arguments converted during string formatting",
        )
        .into());
    }
    Ok(out)
}

/// CPython's `_PyUnicode_FormatLong`: `[-][0x]digits`, digits zero-extended to `prec`.
fn format_long(n: &BigInt, alt: bool, prec: i64, ch: char) -> String {
    let base = match ch {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = n.magnitude().to_str_radix(base);
    if prec > digits.len() as i64 {
        digits = "0".repeat(prec as usize - digits.len()) + &digits;
    }
    let mut s = String::with_capacity(digits.len() + 3);
    if n.sign() == Sign::Minus {
        s.push('-');
    }
    if alt && base != 10 {
        s.push_str(if base == 8 { "0o" } else { "0x" });
    }
    s.push_str(&digits);
    if ch == 'X' {
        s.make_ascii_uppercase();
    }
    s
}

/// CPython's `unicode_format_arg_output`: padding, sign and `0x` placement.
fn output(out: &mut String, a: &mut ArgSpec, s: &str) {
    let fill = if a.sign && a.zero { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    if (a.width == -1 || a.width <= len) && (a.prec == -1 || a.prec >= len) && !(a.plus || a.blank)
    {
        out.push_str(s);
        return;
    }
    if matches!(a.ch, 's' | 'r' | 'a') && a.prec >= 0 && len > a.prec {
        len = a.prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if a.sign {
        let c = chars.first().copied().unwrap_or('\0');
        if c == '-' || c == '+' {
            signchar = c;
            len -= 1;
            pindex += 1;
        } else if a.plus {
            signchar = '+';
        } else if a.blank {
            signchar = ' ';
        } else {
            a.sign = false;
        }
    }
    let mut width = a.width.max(len);
    let prefixed = a.alt && matches!(a.ch, 'x' | 'X' | 'o');
    if a.sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if prefixed {
        if fill != ' ' {
            out.push('0');
            out.push(a.ch);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !a.ljust {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if a.sign {
            out.push(signchar);
        }
        if prefixed {
            out.push('0');
            out.push(a.ch);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(&chars[pindex..pindex + len as usize]);
    }
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
}
