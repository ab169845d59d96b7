//! The format-spec mini-language (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`):
//! parsing and validation exactly as CPython's `parse_internal_render_format_spec`, including its
//! error messages.

use super::FormatError;

/// A parsed format spec. Alignment and fill defaults depend on the value's type and are
/// resolved by the formatting functions (see [`FormatSpec::resolved`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// Explicit fill character (only present together with an explicit align).
    pub fill: Option<char>,
    /// Explicit alignment: one of `<`, `>`, `^`, `=`.
    pub align: Option<char>,
    /// The `0` flag before the width (zero padding, sign-aware for numbers).
    pub zero_pad: bool,
    /// `+`, `-` or ` `.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// Presentation type, e.g. `d`, `f`, `s`; `None` when omitted.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// (fill, align) after applying CPython's defaults for a type whose default alignment is
    /// `default_align` (`<` for str, `>` for numbers).
    pub fn resolved(&self, default_align: char) -> (char, char) {
        let fill = match self.fill {
            Some(f) => f,
            None if self.zero_pad => '0',
            None => ' ',
        };
        let align = match self.align {
            Some(a) => a,
            None if self.zero_pad && self.fill.is_none() && default_align == '>' => '=',
            None => default_align,
        };
        (fill, align)
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// Parse a decimal integer at `chars[*pos..]`; `Ok(None)` when there are no digits.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d as usize;
        *pos += 1;
        n += 1;
    }
    Ok(if n == 0 { None } else { Some(acc) })
}

/// Render a presentation type for an error message as CPython does (`'d'` or `'\x1'`).
pub(crate) fn type_char_repr(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", v)
    }
}

/// Parse `spec` for a value of Python type `type_name` (used only in error messages; `"int"`,
/// `"float"`, `"str"`, ...). `default_type` is the type CPython assumes when none is written,
/// for the separator checks: `'d'` for int, `'s'` for str, none for float — derived from
/// `type_name` here.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let default_type = match type_name {
        "int" | "bool" => Some('d'),
        "str" => Some('s'),
        _ => None,
    };
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();
    if end >= 2 && is_align(chars[1]) {
        f.fill = Some(chars[0]);
        f.align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if f.fill.is_none() && pos < end && chars[pos] == '0' {
        f.zero_pad = true;
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => f.precision = Some(p),
            None => return Err(FormatError::value("Format specifier missing precision")),
        }
    }
    if end - pos > 1 {
        return Err(FormatError::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    if let Some(sep) = f.grouping {
        let ty = f.ty.or(default_type);
        let ok = match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if !ok {
            let t = ty.map(type_char_repr).unwrap_or_else(|| "\\x0".into());
            return Err(FormatError::value(format!(
                "Cannot specify '{}' with '{}'.",
                sep, t
            )));
        }
    }
    Ok(f)
}
