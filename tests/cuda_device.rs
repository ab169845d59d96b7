//! The device launch path on a machine without an NVIDIA driver (CI has none): a launch
//! outside the simulator raises CudaSupportError with a message saying why and exits 1 (never
//! a panic), `cuda.is_available()` is False, and launch limits are checked before the device
//! is needed. Where a driver library exists these checks are skipped (the GPU runs them).

use std::process::{Command, Output};

fn has_driver() -> bool {
    [
        "/usr/lib/x86_64-linux-gnu/libcuda.so.1",
        "/usr/lib64/libcuda.so.1",
        "/usr/lib/libcuda.so.1",
    ]
    .iter()
    .any(|p| std::path::Path::new(p).exists())
}

fn run(name: &str, src: &str) -> Output {
    let dir = std::env::temp_dir().join(format!("pyrs-cuda-dev-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, src).unwrap();
    Command::new(env!("CARGO_BIN_EXE_pyrs"))
        .arg(&path)
        .env_remove("NUMBA_ENABLE_CUDASIM")
        .output()
        .expect("run pyrs")
}

const KERNEL: &str = "import numpy as np\nfrom numba import cuda\n\n@cuda.jit\ndef k(a):\n    i = cuda.grid(1)\n    if i < a.shape[0]:\n        a[i] = 2.0 * i\n\n";

#[test]
fn a_launch_without_a_driver_raises_cuda_support_error() {
    if has_driver() {
        eprintln!("SKIPPED: a CUDA driver is installed");
        return;
    }
    let out = run(
        "no_driver.py",
        &format!("{KERNEL}print(cuda.is_available())\nprint('before')\nk[1, 4](np.zeros(4))\nprint('not reached')\n"),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "False\nbefore\n");
    assert!(
        err.contains("CudaSupportError: CUDA driver library cannot be found"),
        "{err}"
    );
    assert!(err.contains("NUMBA_ENABLE_CUDASIM=1"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn device_memory_without_a_driver_raises_cuda_support_error() {
    if has_driver() {
        eprintln!("SKIPPED: a CUDA driver is installed");
        return;
    }
    let out = run(
        "no_driver_mem.py",
        "import numpy as np\nfrom numba import cuda\ntry:\n    cuda.to_device(np.zeros(3))\nexcept Exception as e:\n    print(type(e).__name__)\ncuda.detect()\ncuda.synchronize()\n",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let so = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        so.starts_with("CudaSupportError\nFound 0 CUDA devices\n"),
        "{so}"
    );
    assert!(err.contains("CudaSupportError"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn launch_limits_are_checked_on_the_device_path_too() {
    let out = run(
        "limits.py",
        &format!(
            "{KERNEL}try:\n    k[1, 2048](np.zeros(4))\nexcept ValueError as e:\n    print(e)\n\n@cuda.jit\ndef big(a):\n    s = cuda.shared.array(16384, dtype=np.float64)\n    s[0] = 1.0\n    a[0] = s[0]\n\ntry:\n    big[1, 32](np.zeros(4))\nexcept ValueError as e:\n    print(e)\n"
        ),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "blockdim.x = 2048 exceeds the device limit of 1024\n\
         too much shared memory: 131072 bytes requested per block, the limit is 49152\n"
    );
}
