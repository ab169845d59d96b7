//! The device side of `numba.cuda` outside the simulator: `_cudajit`'s driver functions over
//! cudarc (device check, memory, copies, PTX module loading and launches), used by
//! `stdlib/_cudasim.py` when `NUMBA_ENABLE_CUDASIM` is not set. Guarantees: nothing here
//! panics when no NVIDIA driver exists — the driver library is looked for with `dlopen` before
//! cudarc touches it (its `CudaContext::new` panics without one), and every failure is a
//! message `device_error()` returns or a RuntimeError naming the driver call; one context
//! (device 0) and its default stream serve the process, so launches and copies are ordered.

use crate::builtins::args::{add_functions, Kw};
use crate::lock::Mutex;
use crate::modules::numpy::PyArray;
use crate::runtime::class::Class;
use crate::runtime::dict::Dict;
use crate::runtime::value::NativeObject;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use cudarc::driver::{
    CudaContext, CudaModule, CudaSlice, CudaStream, DevicePtr, LaunchConfig, PushKernelArg,
};
use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

pub fn init(_vm: &mut Vm, d: &Arc<Dict>) {
    add_functions(
        d,
        &[
            ("device_error", device_error),
            ("device_info", device_info),
            ("alloc", alloc),
            ("htod", htod),
            ("dtoh", dtoh),
            ("dtod", dtod),
            ("launch", launch),
            ("synchronize", synchronize),
            ("shared_bytes", shared_bytes),
        ],
    );
}

struct Device {
    ctx: Arc<CudaContext>,
    stream: Arc<CudaStream>,
    /// Loaded modules by PTX text (a kernel specialization is loaded once).
    modules: Mutex<HashMap<String, Arc<CudaModule>>>,
}

static DEVICE: OnceLock<Result<Device, String>> = OnceLock::new();

/// Whether the CUDA driver library can be loaded (what cudarc's dynamic loading opens).
fn driver_library_present() -> bool {
    ["libcuda.so.1", "libcuda.so"].iter().any(|name| {
        let c = std::ffi::CString::new(*name).unwrap_or_default();
        // SAFETY: `c` is a NUL-terminated string that outlives the call; the handle is only
        // compared with null and closed again (loading libcuda runs no user code).
        unsafe {
            let h = libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL);
            if h.is_null() {
                false
            } else {
                libc::dlclose(h);
                true
            }
        }
    })
}

fn open_device() -> Result<Device, String> {
    if !driver_library_present() {
        return Err(
            "CUDA driver library cannot be found (libcuda.so.1 is not loadable): \
                    this machine has no NVIDIA driver. Set NUMBA_ENABLE_CUDASIM=1 to run \
                    kernels on the CPU simulator."
                .into(),
        );
    }
    let ctx = std::panic::catch_unwind(|| CudaContext::new(0))
        .map_err(|_| "the CUDA driver library could not be initialised".to_string())?
        .map_err(|e| format!("Error at driver init: {e:?} (is there a CUDA GPU?)"))?;
    let stream = ctx.default_stream();
    Ok(Device {
        ctx,
        stream,
        modules: Mutex::new(HashMap::new()),
    })
}

fn device() -> Result<&'static Device, String> {
    DEVICE
        .get_or_init(open_device)
        .as_ref()
        .map_err(|e| e.clone())
}

fn dev() -> PyResult<&'static Device> {
    device().map_err(PyErr::runtime_error)
}

fn drv<T>(what: &str, r: Result<T, cudarc::driver::DriverError>) -> PyResult<T> {
    r.map_err(|e| PyErr::runtime_error(format!("CUDA driver error in {what}: {e:?}")))
}

/// `device_error()` → None when device 0 can be used, else why not.
fn device_error(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(match device() {
        Ok(_) => Value::None,
        Err(m) => Value::string(m),
    })
}

/// `device_info()` → (name, cc_major, cc_minor, pci_bus_id, uuid, total_memory_bytes).
fn device_info(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    use cudarc::driver::sys::CUdevice_attribute as A;
    let d = dev()?;
    let name = drv("cuDeviceGetName", d.ctx.name())?;
    let (ma, mi) = drv("cuDeviceGetAttribute", d.ctx.compute_capability())?;
    let bus = drv(
        "cuDeviceGetAttribute",
        d.ctx.attribute(A::CU_DEVICE_ATTRIBUTE_PCI_BUS_ID),
    )?;
    let uuid = drv("cuDeviceGetUuid", d.ctx.uuid())?;
    let b: Vec<u8> = uuid.bytes.iter().map(|x| *x as u8).collect();
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    let uuid = format!(
        "GPU-{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    );
    let mem = drv("cuDeviceTotalMem", d.ctx.total_mem())?;
    Ok(Value::tuple(vec![
        Value::string(name),
        Value::Int(ma as i64),
        Value::Int(mi as i64),
        Value::Int(bus as i64),
        Value::string(uuid),
        Value::Int(mem as i64),
    ]))
}

/// Device memory: what a `DeviceNDArray` of the device path owns.
pub struct DevBuf {
    slice: Mutex<CudaSlice<u8>>,
    nbytes: usize,
}

impl NativeObject for DevBuf {
    fn class(&self) -> Arc<Class> {
        static C: OnceLock<Arc<Class>> = OnceLock::new();
        C.get_or_init(|| Class::native("DeviceBuffer")).clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(format!("<DeviceBuffer of {} bytes>", self.nbytes)))
    }
}

fn buf_arg(args: &[Value], i: usize, f: &str) -> PyResult<Arc<Box<dyn NativeObject>>> {
    match args.get(i) {
        Some(Value::Native(n)) if n.as_any().is::<DevBuf>() => Ok(n.clone()),
        _ => Err(PyErr::type_error(format!(
            "{f}(): argument {i} must be a device buffer"
        ))),
    }
}

fn as_buf(n: &Arc<Box<dyn NativeObject>>) -> &DevBuf {
    // Checked by `buf_arg`; an empty fallback is never reached.
    n.as_any().downcast_ref::<DevBuf>().expect("checked DevBuf")
}

/// `alloc(nbytes)` → a zeroed device buffer (at least one byte, so every array has an address).
fn alloc(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = match args.first() {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => return Err(PyErr::type_error("alloc(nbytes)")),
    };
    let d = dev()?;
    let slice = drv("cuMemAlloc", d.stream.alloc_zeros::<u8>(n.max(1)))?;
    Ok(Value::native(DevBuf {
        slice: Mutex::new(slice),
        nbytes: n,
    }))
}

/// The bytes of a C-contiguous host array, through `f` (under the buffer's write lock, so no
/// thread sees a copy half done).
fn with_host_bytes<R>(v: &Value, f: impl FnOnce(&mut [u8]) -> PyResult<R>) -> PyResult<R> {
    let a = v
        .downcast::<PyArray>()
        .ok_or_else(|| PyErr::type_error("expected a numpy array"))?;
    let arr = &a.arr();
    if !arr.is_c_contiguous() {
        return Err(PyErr::value_error("host array must be C-contiguous"));
    }
    let (off, n) = (arr.offset, arr.size());
    let mut data = arr.buf.write();
    crate::with_data!(&mut *data, vec => {
        let part = vec
            .get_mut(off..off + n)
            .ok_or_else(|| PyErr::value_error("host array out of its buffer"))?;
        let bytes = std::mem::size_of_val(part);
        // SAFETY: `part` is an initialised slice of a plain element type (bool, i32, i64,
        // f32, f64) borrowed mutably for this call; viewing it as `bytes` bytes is in bounds.
        // Writes only ever store bytes the device copied from an array of the same dtype, so
        // every bool stays 0 or 1.
        let raw = unsafe { std::slice::from_raw_parts_mut(part.as_mut_ptr() as *mut u8, bytes) };
        f(raw)
    })
}

/// `htod(buf, host)`: copies a C-contiguous host array into the buffer.
fn htod(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = buf_arg(args, 0, "htod")?;
    let b = as_buf(&b);
    let d = dev()?;
    with_host_bytes(args.get(1).unwrap_or(&Value::None), |raw| {
        if raw.len() > b.nbytes {
            return Err(PyErr::value_error(
                "host array larger than the device buffer",
            ));
        }
        let mut s = b.slice.lock();
        let mut view = s.slice_mut(0..raw.len());
        drv("cuMemcpyHtoD", d.stream.memcpy_htod(&*raw, &mut view))
    })?;
    Ok(Value::None)
}

/// `dtoh(buf, host)`: copies the buffer into a C-contiguous host array (waits for the stream).
fn dtoh(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = buf_arg(args, 0, "dtoh")?;
    let b = as_buf(&b);
    let d = dev()?;
    with_host_bytes(args.get(1).unwrap_or(&Value::None), |raw| {
        if raw.len() > b.nbytes {
            return Err(PyErr::value_error(
                "host array larger than the device buffer",
            ));
        }
        let s = b.slice.lock();
        let view = s.slice(0..raw.len());
        drv("cuMemcpyDtoH", d.stream.memcpy_dtoh(&view, raw))
    })?;
    Ok(Value::None)
}

/// `dtod(dst, src)`: device-to-device copy of `src`'s bytes.
fn dtod(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let dst = buf_arg(args, 0, "dtod")?;
    let src = buf_arg(args, 1, "dtod")?;
    let (dst, src) = (as_buf(&dst), as_buf(&src));
    if std::ptr::eq(dst, src) {
        return Ok(Value::None);
    }
    let d = dev()?;
    let n = src.nbytes.min(dst.nbytes);
    let s = src.slice.lock();
    let mut t = dst.slice.lock();
    let sv = s.slice(0..n);
    let mut tv = t.slice_mut(0..n);
    drv("cuMemcpyDtoD", d.stream.memcpy_dtod(&sv, &mut tv))?;
    Ok(Value::None)
}

fn dim3(v: Option<&Value>, what: &str) -> PyResult<(u32, u32, u32)> {
    let err = || PyErr::type_error(format!("launch(): {what} must be a 3-tuple of ints"));
    let Some(Value::Tuple(t)) = v else {
        return Err(err());
    };
    let mut out = [1u32; 3];
    for (k, o) in out.iter_mut().enumerate() {
        match t.items.get(k) {
            Some(Value::Int(n)) if *n >= 1 && *n <= u32::MAX as i64 => *o = *n as u32,
            _ => return Err(err()),
        }
    }
    Ok((out[0], out[1], out[2]))
}

/// One kernel parameter as the PTX entry declares it.
enum Param {
    S64(i64),
    F64(f64),
    U32(u32),
    U64(u64),
}

/// `launch(ptx, entry, grid, block, params)`: loads `ptx` (once), then launches `entry` with
/// `params` — device buffers (their address, `.u64`), ints (`.s64`), floats (`.f64`) and
/// bools (`.u32`), in the order of the kernel ABI (`crate::ptx::emit`). Asynchronous.
fn launch(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (Some(Value::Str(ptx)), Some(Value::Str(entry))) = (args.first(), args.get(1)) else {
        return Err(PyErr::type_error("launch(ptx, entry, grid, block, params)"));
    };
    let grid = dim3(args.get(2), "grid")?;
    let block = dim3(args.get(3), "block")?;
    let Some(Value::Tuple(ps)) = args.get(4) else {
        return Err(PyErr::type_error("launch(): params must be a tuple"));
    };
    let d = dev()?;
    let module = {
        let mut m = d.modules.lock();
        match m.get(ptx.as_str()) {
            Some(module) => module.clone(),
            None => {
                let text = ptx.as_str().to_string();
                let module = drv(
                    "cuModuleLoadData",
                    d.ctx
                        .load_module(cudarc::nvrtc::Ptx::from_src(text.clone())),
                )?;
                m.insert(text, module.clone());
                module
            }
        }
    };
    let func = drv("cuModuleGetFunction", module.load_function(entry.as_str()))?;
    let mut params = Vec::with_capacity(ps.items.len());
    let mut held = Vec::new();
    for (i, p) in ps.items.iter().enumerate() {
        params.push(match p {
            Value::Bool(b) => Param::U32(*b as u32),
            Value::Int(n) => Param::S64(*n),
            Value::Float(x) => Param::F64(*x),
            Value::Native(n) if n.as_any().is::<DevBuf>() => {
                let s = as_buf(n).slice.lock();
                let (ptr, _sync) = s.device_ptr(&d.stream);
                drop(_sync);
                drop(s);
                held.push(n.clone());
                Param::U64(ptr)
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "launch(): parameter {i} is not a device buffer, int, float or bool"
                )))
            }
        });
    }
    let mut b = d.stream.launch_builder(&func);
    for p in &params {
        match p {
            Param::S64(v) => b.arg(v),
            Param::F64(v) => b.arg(v),
            Param::U32(v) => b.arg(v),
            Param::U64(v) => b.arg(v),
        };
    }
    let cfg = LaunchConfig {
        grid_dim: grid,
        block_dim: block,
        shared_mem_bytes: 0,
    };
    // SAFETY: the parameters match the entry's declaration in order and width (the PTX and
    // the list come from the same kernel ABI, `crate::ptx::emit`); every device address
    // belongs to a buffer kept alive in `held` for the call, and buffers are freed in stream
    // order, after the kernels queued before them.
    drv("cuLaunchKernel", unsafe { b.launch(cfg) })?;
    drop(held);
    Ok(Value::None)
}

/// `synchronize()`: waits for every queued launch and copy.
fn synchronize(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = dev()?;
    drv("cuStreamSynchronize", d.stream.synchronize())?;
    Ok(Value::None)
}

/// `shared_bytes(ptx)`: the static shared memory a module's kernel declares.
fn shared_bytes(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Value::Str(ptx)) = args.first() else {
        return Err(PyErr::type_error("shared_bytes(ptx)"));
    };
    Ok(Value::Int(
        crate::ptx::emit::static_shared_bytes(ptx.as_str()) as i64,
    ))
}
