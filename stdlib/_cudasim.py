"""numba.cuda for pyrs: the CUDA simulator, and the launch path to a real GPU.

With `NUMBA_ENABLE_CUDASIM=1` (Numba's spelling) kernels run on the CPU simulator described
below. Otherwise a launch compiles the kernel to PTX (`_cudajit.compile`) and runs it on device
0 through the CUDA driver (`_cudajit.launch`, cudarc underneath); `cuda.to_device`,
`device_array(_like)`, `copy_to_host`, `synchronize`, `is_available` and `detect` act on the
device. Where no driver exists, what needs the device raises `CudaSupportError` naming why
(never a crash) and `is_available()` is False. Launch limits (1024 threads per block, 48 KiB
of static shared memory per block) are checked the same way on both paths.

Semantics follow Numba's simulator (NUMBA_ENABLE_CUDASIM=1): blocks run one after another;
within a block every thread runs the kernel's Python code; `cuda.syncthreads()` is a barrier
over the block's threads that have not returned; `cuda.shared.array` gives every thread of a
block the same array (one per call site); `cuda.local.array` one array per thread; atomics are
serialised. An exception in a thread stops the launch and is re-raised as the same type with
`tid=[x, y, z] ctaid=[x, y, z]: ` in front of its message.

Guarantees beyond Numba's simulator: a kernel that never reaches `syncthreads` (directly or in
a device function it names) runs its threads in order on the calling thread, so a launch costs
no OS threads; launch configurations are checked against the device limits a real launch has
(1024 threads per block, 48 KiB of static shared memory per block), with an error naming the
limit.
"""

import itertools
import os
import sys
import threading

import numpy as np
import _cudajit

MAX_THREADS_PER_BLOCK = 1024
MAX_BLOCK_DIM = (1024, 1024, 64)
MAX_GRID_DIM = (2147483647, 65535, 65535)
MAX_SHARED_BYTES = 48 * 1024
WARP_SIZE = 32


class CudaSupportError(Exception):
    """No usable CUDA device or driver (numba.cuda.cudadrv.error.CudaSupportError)."""


_SIM = os.environ.get("NUMBA_ENABLE_CUDASIM", "0") not in ("", "0")


def _require_device():
    why = _cudajit.device_error()
    if why is not None:
        raise CudaSupportError(why)


class Dim3:
    """threadIdx/blockIdx/blockDim/gridDim values: x, y, z."""

    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __iter__(self):
        return iter((self.x, self.y, self.z))

    def __repr__(self):
        return "(%d, %d, %d)" % (self.x, self.y, self.z)


# The running thread's place in the launch: set per simulated thread (per OS thread in the
# barrier mode, per lane in order otherwise).
_lane = threading.local()


def _ctx():
    ctx = getattr(_lane, "ctx", None)
    if ctx is None:
        raise RuntimeError("CUDA intrinsics can only be used inside a kernel")
    return ctx


class _LaneCtx:
    __slots__ = ("tid", "bid", "bdim", "gdim", "block", "nshared")

    def __init__(self, tid, bid, bdim, gdim, block):
        self.tid = tid
        self.bid = bid
        self.bdim = bdim
        self.gdim = gdim
        self.block = block
        self.nshared = 0


class _DimProxy:
    """`cuda.threadIdx` and friends: reads the current simulated thread's value."""

    def __init__(self, which):
        self._which = which

    def _dim(self):
        return getattr(_ctx(), self._which)

    @property
    def x(self):
        return self._dim().x

    @property
    def y(self):
        return self._dim().y

    @property
    def z(self):
        return self._dim().z

    def __repr__(self):
        return "<cuda.%s>" % {"tid": "threadIdx", "bid": "blockIdx", "bdim": "blockDim",
                               "gdim": "gridDim"}[self._which]


threadIdx = _DimProxy("tid")
blockIdx = _DimProxy("bid")
blockDim = _DimProxy("bdim")
gridDim = _DimProxy("gdim")
warpsize = WARP_SIZE


def grid(ndim):
    c = _ctx()
    x = c.bid.x * c.bdim.x + c.tid.x
    if ndim == 1:
        return x
    y = c.bid.y * c.bdim.y + c.tid.y
    if ndim == 2:
        return (x, y)
    z = c.bid.z * c.bdim.z + c.tid.z
    if ndim == 3:
        return (x, y, z)
    raise RuntimeError("Global ID has 1-3 dimensions. %d requested" % ndim)


def gridsize(ndim):
    c = _ctx()
    x = c.bdim.x * c.gdim.x
    if ndim == 1:
        return x
    y = c.bdim.y * c.gdim.y
    if ndim == 2:
        return (x, y)
    z = c.bdim.z * c.gdim.z
    if ndim == 3:
        return (x, y, z)
    raise RuntimeError("Global grid has 1-3 dimensions. %d requested" % ndim)


def _np_dtype(dtype):
    """A numpy dtype from a numpy type, a dtype, a string or a `numba.types` name."""
    if isinstance(dtype, (str, np.dtype)) or isinstance(dtype, type):
        return np.dtype(dtype)
    return np.dtype(str(dtype))


class _BlockState:
    """What the threads of one block share: shared arrays (by call order) and the barrier."""

    def __init__(self, nthreads):
        self.shared = []
        self.shared_bytes = 0
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.alive = nthreads
        self.waiting = 0
        self.generation = 0
        self.aborted = False

    def shared_array(self, index, shape, dtype):
        with self.lock:
            if index < len(self.shared):
                return self.shared[index]
            arr = np.zeros(shape, dtype=_np_dtype(dtype))
            self.shared_bytes += arr.nbytes
            if self.shared_bytes > MAX_SHARED_BYTES:
                raise ValueError(
                    "too much shared memory: %d bytes requested per block, the limit is %d"
                    % (self.shared_bytes, MAX_SHARED_BYTES))
            self.shared.append(arr)
            return arr

    def sync(self):
        with self.cond:
            if self.aborted:
                raise RuntimeError("abort flag set on syncthreads call")
            gen = self.generation
            self.waiting += 1
            if self.waiting == self.alive:
                self._release()
            else:
                while gen == self.generation and not self.aborted:
                    self.cond.wait()
            if self.aborted:
                raise RuntimeError("abort flag set on syncthreads clear")

    def _release(self):
        self.waiting = 0
        self.generation += 1
        self.cond.notify_all()

    def leave(self):
        """A thread returned: the barrier no longer waits for it."""
        with self.cond:
            self.alive -= 1
            if self.waiting and self.waiting == self.alive:
                self._release()

    def abort(self):
        with self.cond:
            self.aborted = True
            self.cond.notify_all()


class _Shared:
    @staticmethod
    def array(shape, dtype):
        c = _ctx()
        i = c.nshared
        c.nshared += 1
        return c.block.shared_array(i, shape, dtype)


class _Local:
    @staticmethod
    def array(shape, dtype):
        return np.zeros(shape, dtype=_np_dtype(dtype))


class _Const:
    @staticmethod
    def array_like(ary):
        return ary


shared = _Shared()
local = _Local()
const = _Const()


def syncthreads():
    block = _ctx().block
    if block is None:
        raise RuntimeError("syncthreads() reached in a kernel run without a barrier")
    block.sync()


def threadfence():
    pass


def threadfence_block():
    pass


def threadfence_system():
    pass


_atomic_lock = threading.Lock()


class _Atomic:
    @staticmethod
    def add(ary, idx, val):
        with _atomic_lock:
            old = ary[idx]
            ary[idx] = old + val
        return old

    @staticmethod
    def sub(ary, idx, val):
        with _atomic_lock:
            old = ary[idx]
            ary[idx] = old - val
        return old

    @staticmethod
    def max(ary, idx, val):
        with _atomic_lock:
            old = ary[idx]
            ary[idx] = max(old, val)
        return old

    @staticmethod
    def min(ary, idx, val):
        with _atomic_lock:
            old = ary[idx]
            ary[idx] = min(old, val)
        return old

    @staticmethod
    def exch(ary, idx, val):
        with _atomic_lock:
            old = ary[idx]
            ary[idx] = val
        return old

    @staticmethod
    def compare_and_swap(ary, old, val):
        with _atomic_lock:
            cur = ary[0]
            if cur == old:
                ary[0] = val
        return cur

    @staticmethod
    def cas(ary, idx, old, val):
        with _atomic_lock:
            cur = ary[idx]
            if cur == old:
                ary[idx] = val
        return cur


atomic = _Atomic()


# Device arrays: a host-side numpy array standing in for device memory.

class DeviceNDArray:
    """What `cuda.to_device` and `cuda.device_array` return (Numba's simulator: FakeCUDAArray)."""

    def __init__(self, ary):
        self._ary = ary

    def __getattr__(self, name):
        try:
            return getattr(self._ary, name)
        except AttributeError:
            raise AttributeError("Wrapped array has no attribute '%s'" % name)

    @property
    def shape(self):
        return self._ary.shape

    @property
    def nbytes(self):
        return self._ary.nbytes

    @property
    def alloc_size(self):
        return self._ary.nbytes

    def __len__(self):
        return len(self._ary)

    def __getitem__(self, idx):
        r = self._ary[idx]
        if isinstance(r, np.ndarray):
            return DeviceNDArray(r)
        return r

    def __setitem__(self, idx, val):
        self._ary[idx] = val

    def copy_to_host(self, ary=None, stream=0):
        if ary is None:
            return self._ary.copy()
        if ary.shape != self._ary.shape:
            raise ValueError("incompatible shape: %s vs. %s" % (ary.shape, self._ary.shape))
        ary[...] = self._ary
        return ary

    def copy_to_device(self, ary, stream=0):
        src = ary._ary if isinstance(ary, DeviceNDArray) else np.asarray(ary)
        if src.shape != self._ary.shape:
            raise ValueError("incompatible shape: %s vs. %s" % (src.shape, self._ary.shape))
        self._ary[...] = src

    def is_c_contiguous(self):
        return self._ary.flags["C_CONTIGUOUS"]

    def __repr__(self):
        return repr(self._ary)

    def __str__(self):
        return str(self._ary)


class GpuNDArray:
    """A C-contiguous array in device memory (the device path's DeviceNDArray)."""

    def __init__(self, shape, dtype):
        self.shape = tuple(shape)
        self.dtype = np.dtype(dtype)
        self.ndim = len(self.shape)
        size = 1
        for n in self.shape:
            size *= n
        self.size = size
        self.nbytes = size * self.dtype.itemsize
        self.alloc_size = self.nbytes
        strides = []
        acc = self.dtype.itemsize
        for n in reversed(self.shape):
            strides.append(acc)
            acc *= n
        self.strides = tuple(reversed(strides))
        _require_device()
        self._buf = _cudajit.alloc(self.nbytes)

    def __len__(self):
        return self.shape[0]

    def copy_to_host(self, ary=None, stream=0):
        if ary is None:
            ary = np.empty(self.shape, dtype=self.dtype)
        elif ary.shape != self.shape or ary.dtype != self.dtype:
            raise ValueError("incompatible shape or dtype: %s %s vs. %s %s"
                             % (ary.shape, ary.dtype, self.shape, self.dtype))
        if ary.flags["C_CONTIGUOUS"]:
            _cudajit.dtoh(self._buf, ary)
        else:
            tmp = np.empty(self.shape, dtype=self.dtype)
            _cudajit.dtoh(self._buf, tmp)
            ary[...] = tmp
        return ary

    def copy_to_device(self, ary, stream=0):
        if isinstance(ary, GpuNDArray):
            if ary.shape != self.shape or ary.dtype != self.dtype:
                raise ValueError("incompatible shape or dtype")
            _cudajit.dtod(self._buf, ary._buf)
            return
        host = np.ascontiguousarray(ary, dtype=self.dtype)
        if host.shape != self.shape:
            raise ValueError("incompatible shape: %s vs. %s" % (host.shape, self.shape))
        _cudajit.htod(self._buf, host)

    def is_c_contiguous(self):
        return True

    def __repr__(self):
        return "<numba.cuda.cudadrv.devicearray.DeviceNDArray object of shape %s, dtype %s>" % (
            self.shape, self.dtype)


def to_device(ary, stream=0, copy=True, to=None):
    host = np.asarray(ary)
    if to is not None:
        to.copy_to_device(host)
        return to
    if not _SIM:
        d = GpuNDArray(host.shape, host.dtype)
        d.copy_to_device(host)
        return d
    return DeviceNDArray(host.copy())


def device_array(shape, dtype=np.float64, strides=None, order="C", stream=0):
    if not _SIM:
        return GpuNDArray(shape if isinstance(shape, tuple) else (shape,), _np_dtype(dtype))
    return DeviceNDArray(np.zeros(shape, dtype=_np_dtype(dtype)))


def device_array_like(ary, stream=0):
    if isinstance(ary, DeviceNDArray):
        ary = ary._ary
    if not _SIM:
        return GpuNDArray(ary.shape, ary.dtype)
    return DeviceNDArray(np.zeros(ary.shape, dtype=ary.dtype))


def pinned_array(shape, dtype=np.float64, strides=None, order="C"):
    return np.zeros(shape, dtype=_np_dtype(dtype))


mapped_array = device_array
managed_array = pinned_array


def synchronize():
    if not _SIM:
        _require_device()
        _cudajit.synchronize()


def is_available():
    """The simulator always has a (simulated) device; otherwise whether device 0 opens."""
    if _SIM:
        return True
    return _cudajit.device_error() is None


def detect():
    if not _SIM:
        return _detect_device()
    print("Found 1 CUDA devices")
    print("id 0    b'SIMULATOR'                              [SUPPORTED]")
    print("                      Compute Capability: 5.0")
    print("                           PCI Device ID: 0")
    print("                              PCI Bus ID: 0")
    print("                                    UUID: GPU-00000000-0000-0000-0000-000000000000")
    print("                                Watchdog: Enabled")
    print("             FP32/FP64 Performance Ratio: 32")
    print("Summary:")
    print("\t1/1 devices are supported")
    return True


def _detect_device():
    why = _cudajit.device_error()
    if why is not None:
        print("Found 0 CUDA devices")
        print("CUDA is not available: %s" % why)
        return False
    name, major, minor, bus, uuid, mem = _cudajit.device_info()
    print("Found 1 CUDA devices")
    print("id 0    %-40s [SUPPORTED]" % repr(name.encode()))
    print("                      Compute Capability: %d.%d" % (major, minor))
    print("                              PCI Bus ID: %d" % bus)
    print("                                    UUID: %s" % uuid)
    print("                            Total memory: %d MiB" % (mem // (1024 * 1024)))
    print("Summary:")
    print("\t1/1 devices are supported")
    return True


def select_device(dev=0):
    return None


def close():
    pass


class _Stream:
    def synchronize(self):
        pass

    def auto_synchronize(self):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def stream():
    return _Stream()


# Kernels.

def _normalize_dim(dim, name):
    if isinstance(dim, (tuple, list)):
        dim = list(dim)
    else:
        dim = [dim]
    if len(dim) > 3:
        raise ValueError("%s must be a sequence of 1, 2 or 3 integers, got %r" % (name, dim))
    for v in dim:
        if not isinstance(v, int):
            raise TypeError("%s must be a sequence of integers, got %r" % (name, dim))
    while len(dim) < 3:
        dim.append(1)
    return tuple(dim)


def _check_launch(griddim, blockdim):
    for v, lim, axis in zip(blockdim, MAX_BLOCK_DIM, "xyz"):
        if v < 1:
            raise ValueError("blockdim.%s must be at least 1, got %d" % (axis, v))
        if v > lim:
            raise ValueError("blockdim.%s = %d exceeds the device limit of %d"
                             % (axis, v, lim))
    for v, lim, axis in zip(griddim, MAX_GRID_DIM, "xyz"):
        if v < 1:
            raise ValueError("griddim.%s must be at least 1, got %d" % (axis, v))
        if v > lim:
            raise ValueError("griddim.%s = %d exceeds the device limit of %d" % (axis, v, lim))
    n = blockdim[0] * blockdim[1] * blockdim[2]
    if n > MAX_THREADS_PER_BLOCK:
        raise ValueError("too many threads per block: %d (%d x %d x %d), the device limit is %d"
                         % (n, blockdim[0], blockdim[1], blockdim[2], MAX_THREADS_PER_BLOCK))


def _uses_barrier(fn, seen=None):
    """Whether `fn`'s code names `syncthreads` (itself or in device functions it names)."""
    if seen is None:
        seen = set()
    code = getattr(fn, "__code__", None)
    if code is None or id(code) in seen:
        return False
    seen.add(id(code))
    names = code.co_names
    if "syncthreads" in names or "syncthreads_count" in names or "syncthreads_and" in names \
            or "syncthreads_or" in names:
        return True
    glb = getattr(fn, "__globals__", {})
    for n in names:
        obj = glb.get(n)
        if isinstance(obj, Kernel) and _uses_barrier(obj.py_func, seen):
            return True
    return False


def _signature_of(a):
    if isinstance(a, np.ndarray):
        return ("array", str(a.dtype), a.ndim, a.flags["C_CONTIGUOUS"])
    return type(a).__name__


def _lane_error(e, tid, bid):
    msg = str(e)
    prefix = "tid=%s ctaid=%s" % (list(tid), list(bid))
    try:
        return type(e)(prefix + (": " + msg if msg else ""))
    except Exception:
        return RuntimeError(prefix + ": " + msg)


class _Configured:
    def __init__(self, kernel, griddim, blockdim):
        self.kernel = kernel
        self.griddim = griddim
        self.blockdim = blockdim

    def __call__(self, *args):
        return self.kernel._launch(self.griddim, self.blockdim, args)


class Kernel:
    """A `@cuda.jit` function: `kernel[griddim, blockdim](args)` runs it on the simulator;
    a device function (`device=True`) is called directly from kernels."""

    def __init__(self, fn, device=False, sigs=None):
        self.py_func = fn
        self.device = device
        self.signatures = list(sigs) if sigs else []
        self.__name__ = getattr(fn, "__name__", "kernel")
        self.__doc__ = getattr(fn, "__doc__", None)
        self._barrier = None
        # Per argument signature: ("ptx", text, typed IR) or ("unsupported", reason, "").
        self._compiled = {}

    def __getitem__(self, config):
        if not isinstance(config, tuple) or len(config) < 2:
            raise ValueError("launch configuration must be kernel[griddim, blockdim], got %r"
                             % (config,))
        griddim = _normalize_dim(config[0], "griddim")
        blockdim = _normalize_dim(config[1], "blockdim")
        _check_launch(griddim, blockdim)
        return _Configured(self, griddim, blockdim)

    def __call__(self, *args):
        if self.device:
            return self.py_func(*args)
        raise ValueError(
            "No kernel launch configuration was specified. Use the syntax:\n\n"
            "kernel_function[blockspergrid, threadsperblock](arg0, arg1, ..., argn)\n\n"
            "See https://numba.readthedocs.io/en/stable/cuda/kernels.html#kernel-invocation "
            "for help.")

    def forall(self, ntasks, tpb=0, stream=0, sharedmem=0):
        if ntasks < 0:
            raise ValueError("Can't create ForAll with negative task count: %s" % ntasks)
        tpb = tpb or min(ntasks, 128) or 1
        return self[(ntasks + tpb - 1) // tpb, tpb]

    def _launch(self, griddim, blockdim, args):
        if self.device:
            raise TypeError("a device function cannot be launched as a kernel")
        if not _SIM:
            return self._launch_device(griddim, blockdim, args)
        # Host arrays are copied to the "device" and written back after a launch that
        # succeeds, as Numba does for numpy arguments (a failed launch leaves them unchanged).
        host = []
        dev_args = []
        for a in args:
            if isinstance(a, DeviceNDArray):
                dev_args.append(a._ary)
            elif isinstance(a, np.ndarray) and a.ndim > 0:
                d = a.copy()
                host.append((a, d))
                dev_args.append(d)
            else:
                dev_args.append(a)
        args = tuple(dev_args)
        self._compile(args)
        if self._barrier is None:
            self._barrier = _uses_barrier(self.py_func)
        gdim = Dim3(*griddim)
        bdim = Dim3(*blockdim)
        blocks = itertools.product(range(griddim[2]), range(griddim[1]), range(griddim[0]))
        lanes = list(itertools.product(range(blockdim[2]), range(blockdim[1]),
                                       range(blockdim[0])))
        prev = getattr(_lane, "ctx", None)
        try:
            for bz, by, bx in blocks:
                bid = Dim3(bx, by, bz)
                if self._barrier:
                    self._run_block_threads(bid, bdim, gdim, lanes, args)
                else:
                    self._run_block_in_order(bid, bdim, gdim, lanes, args)
        finally:
            _lane.ctx = prev
        for h, d in host:
            h[...] = d

    def _launch_device(self, griddim, blockdim, args):
        """Compiles for these argument types (typing errors first, as in the simulator),
        then runs the PTX on device 0; numpy arguments are copied in and back, as Numba
        does."""
        stand_in = []
        for a in args:
            if isinstance(a, GpuNDArray):
                stand_in.append(np.empty((0,) * a.ndim, dtype=a.dtype))
            else:
                stand_in.append(a)
        kind, ptx, _ = self._compile(tuple(stand_in))
        if kind != "ptx":
            raise NotImplementedError("kernel '%s' cannot run on the device: %s"
                                      % (self.__name__, ptx))
        shared = _cudajit.shared_bytes(ptx)
        if shared > MAX_SHARED_BYTES:
            raise ValueError(
                "too much shared memory: %d bytes requested per block, the limit is %d"
                % (shared, MAX_SHARED_BYTES))
        _require_device()
        params = []
        back = []
        for a in args:
            if isinstance(a, np.ndarray) and a.ndim > 0:
                d = to_device(a)
                back.append((a, d))
                a = d
            if isinstance(a, GpuNDArray):
                params.append(a._buf)
                params.extend(a.shape)
                params.extend(a.strides)
            elif isinstance(a, (bool, np.bool_)):
                params.append(bool(a))
            elif isinstance(a, (int, np.integer)):
                params.append(int(a))
            elif isinstance(a, (float, np.floating)):
                params.append(float(a))
            else:
                raise TypeError("kernel argument of type %s" % type(a).__name__)
        entry = ptx.split(".visible .entry ", 1)[1].split("(", 1)[0]
        _cudajit.launch(ptx, entry, tuple(griddim), tuple(blockdim), tuple(params))
        for h, d in back:
            d.copy_to_host(h)

    def _compile(self, args):
        """Types the kernel for these arguments and lowers it to PTX, as a device launch
        would: a typing error is raised here, before any thread runs."""
        key = tuple(_signature_of(a) for a in args)
        if key not in self._compiled:
            self._compiled[key] = _cudajit.compile(self.py_func, args)
        return self._compiled[key]

    def inspect_asm(self, signature=None):
        """The PTX of each signature compiled so far (or of one, given its argument types
        as returned by `inspect_types`'s keys)."""
        out = {k: v[1] for k, v in self._compiled.items() if v[0] == "ptx"}
        if signature is not None:
            return out[signature]
        return out

    def inspect_types(self):
        return {k: v[2] for k, v in self._compiled.items() if v[0] == "ptx"}

    def ptx_status(self):
        """For each compiled signature: "ptx", or why the PTX backend could not lower it."""
        return {k: ("ptx" if v[0] == "ptx" else v[1]) for k, v in self._compiled.items()}

    def _run_block_in_order(self, bid, bdim, gdim, lanes, args):
        fn = self.py_func
        block = _BlockState(len(lanes))
        for tz, ty, tx in lanes:
            tid = Dim3(tx, ty, tz)
            _lane.ctx = _LaneCtx(tid, bid, bdim, gdim, block)
            try:
                fn(*args)
            except Exception as e:
                raise _lane_error(e, tid, bid) from None

    def _run_block_threads(self, bid, bdim, gdim, lanes, args):
        fn = self.py_func
        block = _BlockState(len(lanes))
        errors = []

        def lane(tid):
            _lane.ctx = _LaneCtx(tid, bid, bdim, gdim, block)
            try:
                fn(*args)
            except Exception as e:
                if not block.aborted:
                    errors.append(_lane_error(e, tid, bid))
                    block.abort()
            finally:
                block.leave()

        threads = [threading.Thread(target=lane, args=(Dim3(tx, ty, tz),))
                   for tz, ty, tx in lanes]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]


def jit(func_or_sig=None, device=False, debug=False, argtypes=None, inline=False,
        restype=None, fastmath=False, link=None, boundscheck=None, opt=True, cache=None,
        lineinfo=False, max_registers=None):
    if link is not None:
        raise NotImplementedError("Cannot link PTX in the simulator")
    if func_or_sig is None or isinstance(func_or_sig, (str, list, tuple)):
        sigs = None
        if func_or_sig is not None:
            sigs = func_or_sig if isinstance(func_or_sig, (list, tuple)) else [func_or_sig]

        def wrap(fn):
            return Kernel(fn, device=device, sigs=sigs)
        return wrap
    if not callable(func_or_sig):
        # A numba.types signature object.
        def wrap(fn):
            return Kernel(fn, device=device, sigs=[func_or_sig])
        return wrap
    return Kernel(func_or_sig, device=device)


# Math intrinsics some kernels use by name.

def fma(a, b, c):
    return a * b + c


def popc(v):
    return bin(v).count("1")


def selp(a, b, c):
    return b if a else c
