//! Parser glue: runs the lexer, feeds the generated LALRPOP parser, and turns its failures into
//! CPython's messages ("expected ':'", "expected an indented block after ...", ...).

use super::error::{Loc, RawError, SyntaxErrorKind};
use super::helpers::Top;
use super::lexer::{is_unclosed_bracket, lex_partial, Spanned};
use super::token::Token;
use lalrpop_util::ParseError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    grammar,
    "/pyrs.rs"
);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Module,
    Eval,
    /// An f-string replacement field: no layout tokens, newlines allowed.
    FString,
}

/// Parses `src[start..end]` in the given mode; token offsets are offsets into `src`.
pub fn parse_range(src: &str, start: usize, end: usize, mode: Mode) -> Result<Top, RawError> {
    let (mut toks, lex_err) = lex_partial(src, start, end, mode == Mode::FString);
    // CPython tokenizes lazily: a bracket left open at the end only wins over a parse error
    // found before the end when that error lies on a later line than the bracket.
    let unclosed = match lex_err {
        Some(e) if is_unclosed_bracket(&e) => Some(e),
        Some(e) => return Err(e),
        None => None,
    };
    if mode == Mode::Module {
        unparenthesize_with(&mut toks);
    }
    let first = match mode {
        Mode::Module => Token::StartModule,
        Mode::Eval => Token::StartEval,
        Mode::FString => Token::StartFString,
    };
    let last_tok = toks.last().map(|t| t.0);
    let input = std::iter::once((start, first, start))
        .chain(toks)
        .map(Ok::<Spanned, RawError>);
    let result = grammar::TopParser::new().parse(src, input);
    let Some(unclosed) = unclosed else {
        return result.map_err(|e| convert(e, src, start, end, mode));
    };
    let err_at = match &result {
        Err(ParseError::UnrecognizedToken {
            token: (l, _, _), ..
        }) => *l,
        Err(ParseError::ExtraToken { token: (l, _, _) }) => *l,
        Err(ParseError::InvalidToken { location }) => *location,
        Err(ParseError::User { error }) => return Err(error.clone()),
        _ => return Err(unclosed),
    };
    let bracket_at = match unclosed.loc {
        Loc::Span(s, _) => s,
        _ => return Err(unclosed),
    };
    // The error pass reads one token past a failure at the last token: that read hits the end.
    let at_last = last_tok.is_none_or(|t| err_at >= t);
    let Err(e) = result else {
        return Err(unclosed);
    };
    let err = convert(e, src, start, end, mode);
    if at_last || err.msg == "invalid syntax" && line_of(src, err_at) > line_of(src, bracket_at) {
        Err(unclosed)
    } else {
        Err(err)
    }
}

/// `with (a as b, c as d):` — drops the parentheses (and a trailing comma) around a with
/// statement's items, which LR(1) cannot tell from a parenthesised expression. Only done when
/// the parentheses hold a top-level `as` or comma and are directly followed by `:`.
fn unparenthesize_with(toks: &mut Vec<Spanned>) {
    let mut i = 0;
    let mut remove = Vec::new();
    while i + 1 < toks.len() {
        if toks[i].1 == Token::With && toks[i + 1].1 == Token::LPar {
            let mut depth = 0usize;
            let mut interesting = false;
            let mut j = i + 1;
            while j < toks.len() {
                match toks[j].1 {
                    Token::LPar | Token::LSqb | Token::LBrace => depth += 1,
                    Token::RPar | Token::RSqb | Token::RBrace => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Token::As | Token::Comma if depth == 1 => interesting = true,
                    Token::Newline => break,
                    _ => {}
                }
                j += 1;
            }
            if interesting
                && j + 1 < toks.len()
                && toks[j].1 == Token::RPar
                && toks[j + 1].1 == Token::Colon
            {
                remove.push(i + 1);
                if toks[j - 1].1 == Token::Comma {
                    remove.push(j - 1);
                }
                remove.push(j);
            }
        }
        i += 1;
    }
    if !remove.is_empty() {
        let mut k = 0;
        let mut idx = 0;
        toks.retain(|_| {
            let keep = !(k < remove.len() && remove[k] == idx);
            if !keep {
                k += 1;
            }
            idx += 1;
            keep
        });
    }
}

/// The keyword starting the logical line that ends just before token `i` (a NEWLINE).
fn header_before(toks: &[Spanned], i: usize) -> Option<(usize, &Token)> {
    let mut j = i;
    while j > 0 {
        if matches!(
            toks[j - 1].1,
            Token::Newline | Token::Indent | Token::Dedent
        ) && j < i
        {
            break;
        }
        j -= 1;
    }
    toks.get(j).map(|t| (t.0, &t.1))
}

fn block_name(t: &Token) -> Option<&'static str> {
    Some(match t {
        Token::If => "'if' statement",
        Token::Elif => "'elif' statement",
        Token::Else => "'else' statement",
        Token::While => "'while' statement",
        Token::For => "'for' statement",
        Token::Try => "'try' statement",
        Token::Except => "'except' statement",
        Token::Finally => "'finally' statement",
        Token::With => "'with' statement",
        Token::Def => "function definition",
        Token::Class => "class definition",
        _ => return None,
    })
}

fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].matches('\n').count() + 1
}

fn convert(
    e: ParseError<usize, Token, RawError>,
    src: &str,
    start: usize,
    end: usize,
    mode: Mode,
) -> RawError {
    let (l, tok, r, expected) = match e {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => {
            return RawError::at("invalid syntax", location, location + 1)
        }
        ParseError::ExtraToken { token: (l, _, r) } => return RawError::at("invalid syntax", l, r),
        ParseError::UnrecognizedEof { location, expected } => (location, None, location, expected),
        ParseError::UnrecognizedToken {
            token: (l, t, r),
            expected,
        } => (l, Some(t), r, expected),
    };
    let last = src[start..end].trim_end().len() + start;
    let at_eof = l >= last;
    if mode == Mode::FString {
        return RawError::at("f-string: invalid syntax", l, r.max(l + 1));
    }
    if tok == Some(Token::Indent) {
        return RawError::new("unexpected indent", Loc::Line(l)).kind(SyntaxErrorKind::Indentation);
    }
    let wants = |s: &str| expected.iter().any(|e| e == s);
    // Context from the token stream, re-lexed (errors are rare; the tokens went to the parser).
    let toks = lex_partial(src, start, end, false).0;
    let idx = toks.iter().position(|t| {
        t.0 >= l && !matches!(t.1, Token::Indent | Token::Dedent)
            || (t.0 == l && tok.as_ref() == Some(&t.1))
    });
    let idx = idx.unwrap_or(toks.len());
    if wants("INDENT") {
        // The header is the logical line ending at the NEWLINE before the error token.
        let mut i = idx;
        while i > 0 && !matches!(toks[i - 1].1, Token::Newline) {
            i -= 1;
        }
        if i > 0 {
            if let Some((hl, ht)) = header_before(&toks, i - 1) {
                if let Some(what) = block_name(ht) {
                    let msg = format!(
                        "expected an indented block after {what} on line {}",
                        line_of(src, hl)
                    );
                    let err = if at_eof || tok.is_none() {
                        RawError::new(msg, Loc::Line(hl)).incomplete()
                    } else {
                        RawError::at(msg, l, l + 1)
                    };
                    return err.kind(SyntaxErrorKind::Indentation);
                }
            }
        }
    }
    if wants("\":\"") && matches!(tok, Some(Token::RBrace | Token::Comma)) {
        if let Some(k) = dict_key_start(&toks, idx) {
            return RawError::at("':' expected after dictionary key", k, k + 1);
        }
    }
    if let Some(e) = print_statement(&toks, idx, l) {
        return e;
    }
    if wants("\"else\"") && !wants("\":\"") {
        if let Some(s) = ifexp_start(&toks, idx) {
            return RawError::at("expected 'else' after 'if' expression", s, toks[idx - 1].2);
        }
    }
    if tok == Some(Token::Newline) && wants("\":\"") {
        if let Some((_, ht)) = header_before(&toks, idx) {
            if block_name(ht).is_some() {
                return RawError::at("expected ':'", l, l + 1);
            }
        }
    }
    match tok {
        None => {
            let at = last.saturating_sub(1).max(start);
            RawError::new("invalid syntax", Loc::Line(at)).incomplete()
        }
        Some(Token::Dedent) if at_eof => {
            RawError::new("invalid syntax", Loc::Line(last.saturating_sub(1))).incomplete()
        }
        Some(_) => RawError::at("invalid syntax", l, r.max(l + 1)),
    }
}

/// `print x` / `exec x`: CPython's "Missing parentheses" hint. `idx` is the offending token.
fn print_statement(toks: &[Spanned], idx: usize, l: usize) -> Option<RawError> {
    let prev = idx.checked_sub(1)?;
    let Token::Name(name) = &toks[prev].1 else {
        return None;
    };
    if name != "print" && name != "exec" {
        return None;
    }
    if prev > 0
        && !matches!(
            toks[prev - 1].1,
            Token::Newline | Token::Indent | Token::Dedent | Token::Semi | Token::Colon
        )
    {
        return None;
    }
    if toks.get(idx).map(|t| t.0) != Some(l) {
        return None;
    }
    if !matches!(
        toks[idx].1,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Str(_)
            | Token::Imag(_)
            | Token::LBrace
            | Token::Minus
            | Token::Tilde
            | Token::Not
            | Token::None
            | Token::True
            | Token::False
            | Token::Lambda
    ) {
        return None;
    }
    let mut depth = 0usize;
    let mut end = toks[idx].2;
    for t in &toks[idx..] {
        match t.1 {
            Token::LPar | Token::LSqb | Token::LBrace => depth += 1,
            Token::RPar | Token::RSqb | Token::RBrace => depth = depth.saturating_sub(1),
            Token::Newline => break,
            Token::Semi if depth == 0 => break,
            _ => {}
        }
        end = t.2;
    }
    Some(RawError::at(
        format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
        toks[prev].0,
        end,
    ))
}

/// Start of the conditional expression whose `if` (before token `idx`) lacks an `else`.
fn ifexp_start(toks: &[Spanned], idx: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = idx.min(toks.len());
    // Find the `if` at bracket depth 0 relative to the error.
    loop {
        i = i.checked_sub(1)?;
        match toks[i].1 {
            Token::RPar | Token::RSqb | Token::RBrace => depth += 1,
            Token::LPar | Token::LSqb | Token::LBrace => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            Token::If if depth == 0 => break,
            Token::Newline | Token::Indent | Token::Dedent => return None,
            _ => {}
        }
    }
    // Walk back over the body expression.
    let mut start = toks.get(i.checked_sub(1)?)?.0;
    depth = 0;
    let mut j = i;
    while j > 0 {
        j -= 1;
        match toks[j].1 {
            Token::RPar | Token::RSqb | Token::RBrace => depth += 1,
            Token::LPar | Token::LSqb | Token::LBrace if depth > 0 => depth -= 1,
            Token::LPar | Token::LSqb | Token::LBrace => break,
            Token::Equal
            | Token::Comma
            | Token::Colon
            | Token::Newline
            | Token::Indent
            | Token::Dedent
            | Token::Semi
            | Token::Return
            | Token::Yield
            | Token::Lambda
            | Token::Else
            | Token::In
            | Token::Assert
            | Token::Del
            | Token::ColonEqual
            | Token::PlusEqual
            | Token::MinEqual
            | Token::StarEqual
            | Token::SlashEqual
            | Token::If
            | Token::While
            | Token::Elif
            | Token::For
                if depth == 0 =>
            {
                break
            }
            _ => {}
        }
        start = toks[j].0;
    }
    Some(start)
}

/// In a dict display (a `{` whose first entry has a `:`), the start of the entry before token
/// `idx` that lacks its `:`.
fn dict_key_start(toks: &[Spanned], idx: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut key = None;
    let mut i = idx.min(toks.len());
    let mut saw_colon = false;
    loop {
        i = i.checked_sub(1)?;
        match toks[i].1 {
            Token::RPar | Token::RSqb | Token::RBrace => depth += 1,
            Token::LPar | Token::LSqb => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            Token::LBrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Token::Comma if depth == 0 && key.is_none() => key = toks.get(i + 1).map(|t| t.0),
            Token::Colon if depth == 0 => saw_colon = true,
            Token::Newline | Token::Indent | Token::Dedent => return None,
            _ => {}
        }
    }
    if saw_colon {
        key
    } else {
        None
    }
}
