//! Replays testdata/npf32_expected.txt (NumPy's own float32 exp/log/sin/cos bits) through both
//! loops.

use super::*;

fn cases() -> Vec<(Op, u32, u32)> {
    include_str!("testdata/npf32_expected.txt")
        .lines()
        .map(|l| {
            let mut p = l.split('|');
            let op = match p.next().unwrap() {
                "exp" => Op::Exp,
                "log" => Op::Log,
                "sin" => Op::Sin,
                "cos" => Op::Cos,
                o => panic!("unknown op {o}"),
            };
            let x = u32::from_str_radix(p.next().unwrap(), 16).unwrap();
            let y = u32::from_str_radix(p.next().unwrap(), 16).unwrap();
            (op, x, y)
        })
        .collect()
}

fn run(op: Op, xs: &[f32], fma: bool) -> Vec<f32> {
    let mut out = vec![MaybeUninit::uninit(); xs.len()];
    if fma {
        fill(op, xs, &mut out);
    } else {
        fill_with(op, xs, &mut out);
    }
    // SAFETY: `fill` and `fill_with` write every element of `out`.
    out.into_iter()
        .map(|o| unsafe { o.assume_init() })
        .collect()
}

#[test]
fn matches_numpy_bits() {
    let all = cases();
    assert!(all.len() > 6000, "oracle table is truncated");
    for fma in [true, false] {
        let mut bad = Vec::new();
        for op in [Op::Exp, Op::Log, Op::Sin, Op::Cos] {
            let rows: Vec<_> = all.iter().filter(|c| c.0 == op).collect();
            let xs: Vec<f32> = rows.iter().map(|c| f32::from_bits(c.1)).collect();
            for (c, y) in rows.iter().zip(run(op, &xs, fma)) {
                // NaN payloads are compared too: NumPy returns -NaN for log of a negative.
                if y.to_bits() != c.2 {
                    bad.push(format!(
                        "{op:?}({:#010x}) = {:#010x}, numpy {:#010x}",
                        c.1,
                        y.to_bits(),
                        c.2
                    ));
                }
            }
        }
        assert!(
            bad.is_empty(),
            "fma={fma}: {} mismatches, first: {:?}",
            bad.len(),
            &bad[..bad.len().min(8)]
        );
    }
}

#[test]
fn differs_from_libm_somewhere() {
    // The table is only worth having if NumPy's kernels are not the correctly rounded functions.
    let differ = cases()
        .iter()
        .filter(|c| c.0 == Op::Exp && f32::from_bits(c.1).exp().to_bits() != c.2)
        .count();
    assert!(differ > 0);
}
