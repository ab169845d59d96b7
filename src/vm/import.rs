//! The import system: `sys.modules` cache, native modules, modules embedded from `stdlib/`, and
//! `.py` files or packages on `sys.path` (the script's directory, PYTHONPATH, ...).
//! Guarantees: a module is executed at most once per process (it is registered before its body
//! runs, so import cycles see the partial module, as in CPython).

use super::eval::Exit;
use super::frame::Frame;
use super::Vm;
use crate::runtime::dict::Dict;
use crate::runtime::func::Code;
use crate::runtime::module::Module;
use crate::runtime::types::types;
use crate::runtime::{PyErr, PyResult, Value};
use crate::syntax::lines::SourceFile;
use std::sync::Arc;

/// Parses and compiles source text; syntax errors become Python SyntaxError exceptions.
pub fn compile_source(
    text: &str,
    filename: &str,
    mode: crate::compiler::Mode,
) -> PyResult<Arc<Code>> {
    let source = Arc::new(SourceFile::new(filename, text));
    let module = crate::syntax::parse_module(text, filename).map_err(syntax_error_to_py)?;
    let co = crate::compiler::compile(&module, source.clone(), mode).map_err(|e| {
        let (line, col) = source.lines.line_col(&source.text, e.span.start);
        let (end_line, end_col) = source.lines.line_col(&source.text, e.span.end);
        let end_col = if end_line == line && end_col > col {
            Some(end_col)
        } else {
            None
        };
        let err = crate::syntax::SyntaxError {
            kind: crate::syntax::SyntaxErrorKind::Syntax,
            msg: e.msg,
            filename: filename.to_string(),
            line,
            col,
            end_col,
            text: source.line_text(line).to_string(),
            incomplete: false,
        };
        syntax_error_to_py(err)
    })?;
    Ok(Code::new(&co))
}

/// A Python SyntaxError carrying the rendered CPython message in `_rendered`.
pub fn syntax_error_to_py(e: crate::syntax::SyntaxError) -> PyErr {
    let class = types().exception(e.type_name());
    let details = Value::tuple(vec![
        Value::str(&e.filename),
        Value::Int(e.line as i64),
        Value::Int(e.col as i64),
        Value::str(&e.text),
    ]);
    let err = PyErr::with_args(&class, vec![Value::str(&e.msg), details]);
    err.exc.dict.set_str("msg", Value::str(&e.msg));
    err.exc.dict.set_str("lineno", Value::Int(e.line as i64));
    err.exc.dict.set_str("offset", Value::Int(e.col as i64));
    err.exc.dict.set_str("filename", Value::str(&e.filename));
    err.exc.dict.set_str("text", Value::str(&e.text));
    err.exc.dict.set_str("_rendered", Value::string(e.render()));
    err
}

impl Vm {
    /// Runs a module's code with `globals` as its namespace.
    pub fn run_module_code(&mut self, code: Arc<Code>, globals: Arc<Dict>) -> PyResult<Value> {
        let mut frame = Frame::new(code, globals, None);
        self.enter_call()?;
        let r = self.run_frame(&mut frame);
        self.leave_call();
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Imports `name` (absolute, dotted) and returns the leaf module.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.interp.modules.get_str(name) {
            return Ok(m);
        }
        let (parent, leaf) = match name.rfind('.') {
            Some(i) => (Some(&name[..i]), &name[i + 1..]),
            None => (None, name),
        };
        let search: Vec<String> = match parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                if let Some(m) = self.interp.modules.get_str(name) {
                    return Ok(m);
                }
                if let Some(src) = crate::modules::stdlib_source(name) {
                    return self.exec_stdlib(name, src);
                }
                // A submodule a module supplies itself (e.g. lazily through PEP 562's
                // `__getattr__`, as `numba.cuda`).
                if let Some(m @ Value::Module(_)) =
                    self.getattr_opt(&pm, &crate::runtime::str::intern(leaf))?
                {
                    self.interp.modules.set_str(name, m.clone());
                    return Ok(m);
                }
                match self.getattr_str(&pm, "__path__") {
                    Ok(path) => self
                        .collect(&path)?
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect(),
                    Err(_) => {
                        return Err(module_not_found(name, Some(p)));
                    }
                }
            }
            None => {
                if let Some(m) = crate::modules::native_module(self, name)? {
                    self.interp.modules.set_str(name, m.clone());
                    return Ok(m);
                }
                if let Some(src) = crate::modules::stdlib_source(name) {
                    return self.exec_stdlib(name, src);
                }
                let path = self.interp.path.clone();
                self.collect(&path)?
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            }
        };
        for dir in search {
            let base = if dir.is_empty() {
                std::path::PathBuf::from(".")
            } else {
                std::path::PathBuf::from(&dir)
            };
            // Like CPython 3.9+, a module found through a relative path entry ('' for `-c`)
            // gets an absolute `__file__`.
            let base = std::path::absolute(&base).unwrap_or(base);
            let file = base.join(format!("{leaf}.py"));
            if file.is_file() {
                let text = read_source(&file)?;
                return self.exec_module_source(name, &text, &file.to_string_lossy(), None);
            }
            let pkg = base.join(leaf).join("__init__.py");
            if pkg.is_file() {
                let text = read_source(&pkg)?;
                let pkg_dir = base.join(leaf).to_string_lossy().to_string();
                return self.exec_module_source(name, &text, &pkg.to_string_lossy(), Some(pkg_dir));
            }
        }
        Err(module_not_found(name, None))
    }

    /// Runs a module embedded from `stdlib/` (packages get a `__path__`).
    fn exec_stdlib(&mut self, name: &str, src: &str) -> PyResult<Value> {
        let pkg = crate::modules::STDLIB_PACKAGES
            .contains(&name)
            .then(|| format!("<frozen {name}>"));
        self.exec_module_source(name, src, &format!("<frozen {name}>"), pkg)
    }

    fn exec_module_source(
        &mut self,
        name: &str,
        text: &str,
        filename: &str,
        pkg_path: Option<String>,
    ) -> PyResult<Value> {
        let code = compile_source(text, filename, crate::compiler::Mode::Exec)?;
        let dict = Arc::new(Dict::new());
        let module = Arc::new(Module::new(name, dict.clone()));
        dict.set_str("__file__", Value::str(filename));
        dict.set_str("__builtins__", Value::Dict(self.interp.builtins.clone()));
        let package = match &pkg_path {
            Some(p) => {
                dict.set_str("__path__", Value::list(vec![Value::str(p)]));
                name.to_string()
            }
            None => name
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default(),
        };
        dict.set_str("__package__", Value::str(&package));
        let mv = Value::Module(module);
        self.interp.modules.set_str(name, mv.clone());
        if let Err(e) = self.run_module_code(code, dict) {
            self.interp.modules.remove_str(name);
            return Err(e);
        }
        if let Some((parent, leaf)) = name.rsplit_once('.') {
            if let Some(Value::Module(p)) = self.interp.modules.get_str(parent) {
                p.dict.set_str(leaf, mv.clone());
            }
        }
        Ok(self.interp.modules.get_str(name).unwrap_or(mv))
    }

    /// `import a.b.c`: imports every prefix and returns the top-level module.
    pub fn import_name(
        &mut self,
        name: &crate::runtime::str::PyStr,
        _globals: &Arc<Dict>,
    ) -> PyResult<Value> {
        let name = name.as_str();
        self.import_module(name)?;
        let top = name.split('.').next().unwrap_or(name);
        self.import_module(top)
    }

    /// Imports `name` relative to the importing module's package (`level` dots).
    pub fn import_leaf(
        &mut self,
        name: &str,
        level: usize,
        globals: &Arc<Dict>,
    ) -> PyResult<Value> {
        if level == 0 {
            return self.import_module(name);
        }
        let package = globals
            .get_str("__package__")
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        if package.is_empty() {
            return Err(PyErr::import_error(
                "attempted relative import with no known parent package",
            ));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            if parts.pop().is_none() {
                return Err(PyErr::import_error(
                    "attempted relative import beyond top-level package",
                ));
            }
        }
        let base = parts.join(".");
        let full = if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        };
        self.import_module(&full)
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        if let Ok(v) = self.getattr_str(module, name) {
            return Ok(v);
        }
        if let Value::Module(m) = module {
            let full = format!("{}.{}", m.name, name);
            if m.dict.get_str("__path__").is_some() {
                if let Ok(v) = self.import_module(&full) {
                    return Ok(v);
                }
            }
            let file = m
                .dict
                .get_str("__file__")
                .and_then(|v| v.as_str().map(str::to_owned));
            let loc = match file {
                Some(f) if !f.starts_with('<') => format!(" ({f})"),
                _ => {
                    if m.dict.get_str("__file__").is_none() {
                        " (unknown location)".to_string()
                    } else {
                        String::new()
                    }
                }
            };
            return Err(PyErr::import_error(format!(
                "cannot import name '{name}' from '{}'{loc}",
                m.name
            )));
        }
        Err(PyErr::import_error(format!("cannot import name '{name}'")))
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value, ns: &Arc<Dict>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        match m.dict.get_str("__all__") {
            Some(all) => {
                for n in self.collect(&all)? {
                    let name = n.as_str().unwrap_or("").to_string();
                    let v = self.getattr_str(module, &name)?;
                    ns.set_str(&name, v);
                }
            }
            None => {
                for (k, v) in m.dict.items() {
                    if let Some(s) = k.as_str() {
                        if !s.starts_with('_') {
                            ns.set_simple(k.clone(), v);
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

fn read_source(path: &std::path::Path) -> PyResult<String> {
    std::fs::read_to_string(path).map_err(|e| PyErr::os_error(format!("{}: {e}", path.display())))
}

fn module_not_found(name: &str, _parent: Option<&str>) -> PyErr {
    let err = PyErr::new(
        &types().module_not_found_error,
        format!("No module named '{name}'"),
    );
    err.exc.dict.set_str("name", Value::str(name));
    err
}
