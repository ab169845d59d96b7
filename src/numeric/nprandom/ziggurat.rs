//! `Generator`'s ziggurat samplers (`random_standard_normal`, `random_standard_exponential`)
//! over NumPy's 256-layer tables, bit-exact with NumPy for the same 64-bit draws.

use super::bitgen::BitGen;
use super::ziggurat_tables::{FE_DOUBLE, FI_DOUBLE, KE_DOUBLE, KI_DOUBLE, WE_DOUBLE, WI_DOUBLE};

const NOR_R: f64 = 3.654_152_885_361_009;
const NOR_INV_R: f64 = 0.273_661_237_329_758_3;
const EXP_R: f64 = 7.697_117_470_131_05;

/// `random_standard_normal`: one 64-bit draw gives the layer (8 bits), the sign (1 bit) and a
/// 52-bit magnitude; about 99% of draws return at the first comparison.
#[inline]
pub fn standard_normal<G: BitGen>(g: &mut G) -> f64 {
    loop {
        let r = g.next_u64();
        let idx = (r & 0xff) as usize;
        let r = r >> 8;
        let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
        let mut x = rabs as f64 * WI_DOUBLE[idx];
        if r & 1 != 0 {
            x = -x;
        }
        if rabs < KI_DOUBLE[idx] {
            return x;
        }
        if let Some(v) = normal_unlikely(g, idx, rabs, x) {
            return v;
        }
    }
}

/// The rare branches of `random_standard_normal`: the tail beyond `r` for layer 0, the wedge
/// test otherwise. `None` means draw again.
#[cold]
fn normal_unlikely<G: BitGen>(g: &mut G, idx: usize, rabs: u64, x: f64) -> Option<f64> {
    if idx == 0 {
        loop {
            let xx = -NOR_INV_R * (-g.next_double()).ln_1p();
            let yy = -(-g.next_double()).ln_1p();
            if yy + yy > xx * xx {
                return Some(if (rabs >> 8) & 1 != 0 {
                    -(NOR_R + xx)
                } else {
                    NOR_R + xx
                });
            }
        }
    }
    let u = g.next_double();
    if (FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * u + FI_DOUBLE[idx] < (-0.5 * x * x).exp() {
        Some(x)
    } else {
        None
    }
}

/// `random_standard_exponential` (the `method='zig'` default): 3 bits dropped, 8 bits of
/// layer, a 53-bit magnitude.
#[inline]
pub fn standard_exponential<G: BitGen>(g: &mut G) -> f64 {
    loop {
        let ri = g.next_u64() >> 3;
        let idx = (ri & 0xff) as usize;
        let ri = ri >> 8;
        let x = ri as f64 * WE_DOUBLE[idx];
        if ri < KE_DOUBLE[idx] {
            return x;
        }
        if let Some(v) = exponential_unlikely(g, idx, x) {
            return v;
        }
    }
}

#[cold]
fn exponential_unlikely<G: BitGen>(g: &mut G, idx: usize, x: f64) -> Option<f64> {
    if idx == 0 {
        return Some(EXP_R - (-g.next_double()).ln_1p());
    }
    let u = g.next_double();
    if (FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * u + FE_DOUBLE[idx] < (-x).exp() {
        Some(x)
    } else {
        None
    }
}
