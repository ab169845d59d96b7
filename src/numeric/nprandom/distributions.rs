//! Discrete distributions shared by `RandomState` and `Generator` (`distributions.c`):
//! Poisson (multiplication and PTRS), binomial (inversion and BTPE), and the log-gamma they use.
//! Integer/float conversions follow the C source exactly, since they decide the low bits.

use super::bitgen::BitGen;

/// `random_loggam`: log Γ(x) by the Stirling series (Zhang & Jin).
pub fn loggam(x: f64) -> f64 {
    const A: [f64; 10] = [
        8.333333333333333e-02,
        -2.777777777777778e-03,
        7.936507936507937e-04,
        -5.952380952380952e-04,
        8.417508417508418e-04,
        -1.917526917526918e-03,
        6.41025641025641e-03,
        -2.955065359477124e-02,
        1.796443723688307e-01,
        -1.39243221690590e+00,
    ];
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    let mut x0 = x;
    let mut n = 0i64;
    if x <= 7.0 {
        n = (7.0 - x) as i64;
        x0 = x + n as f64;
    }
    let x2 = 1.0 / (x0 * x0);
    let xp = 2.0 * std::f64::consts::PI;
    let mut gl0 = A[9];
    for &a in A[..9].iter().rev() {
        gl0 *= x2;
        gl0 += a;
    }
    let mut gl = gl0 / x0 + 0.5 * xp.ln() + (x0 - 0.5) * x0.ln() - x0;
    if x <= 7.0 {
        for _ in 0..n {
            gl -= (x0 - 1.0).ln();
            x0 -= 1.0;
        }
    }
    gl
}

/// `random_poisson_mult`: multiply uniforms until the product drops below e^-lam.
fn poisson_mult<G: BitGen>(g: &mut G, lam: f64) -> i64 {
    let enlam = (-lam).exp();
    let mut x = 0i64;
    let mut prod = 1.0;
    loop {
        prod *= g.next_double();
        if prod > enlam {
            x += 1;
        } else {
            return x;
        }
    }
}

/// `random_poisson_ptrs`: Hörmann's transformed rejection, for lam >= 10.
fn poisson_ptrs<G: BitGen>(g: &mut G, lam: f64) -> i64 {
    let slam = lam.sqrt();
    let loglam = lam.ln();
    let b = 0.931 + 2.53 * slam;
    let a = -0.059 + 0.02483 * b;
    let invalpha = 1.1239 + 1.1328 / (b - 3.4);
    let vr = 0.9277 - 3.6224 / (b - 2.0);
    loop {
        let u = g.next_double() - 0.5;
        let v = g.next_double();
        let us = 0.5 - u.abs();
        let k = ((2.0 * a / us + b) * u + lam + 0.43).floor() as i64;
        if us >= 0.07 && v <= vr {
            return k;
        }
        if k < 0 || (us < 0.013 && v > us) {
            continue;
        }
        let lhs = v.ln() + invalpha.ln() - (a / (us * us) + b).ln();
        let rhs = -lam + k as f64 * loglam - loggam((k + 1) as f64);
        if lhs <= rhs {
            return k;
        }
    }
}

/// `random_poisson` (also the legacy one); `lam` must already be validated.
pub fn poisson<G: BitGen>(g: &mut G, lam: f64) -> i64 {
    if lam >= 10.0 {
        poisson_ptrs(g, lam)
    } else if lam == 0.0 {
        0
    } else {
        poisson_mult(g, lam)
    }
}

/// `random_binomial_inversion` for p <= 0.5.
fn binomial_inversion<G: BitGen>(g: &mut G, n: i64, p: f64) -> i64 {
    let q = 1.0 - p;
    let qn = (n as f64 * q.ln()).exp();
    let np = n as f64 * p;
    let cap = np + 10.0 * (np * q + 1.0).sqrt();
    let bound = if (n as f64) < cap { n } else { cap as i64 };
    let mut x = 0i64;
    let mut px = qn;
    let mut u = g.next_double();
    while u > px {
        x += 1;
        if x > bound {
            x = 0;
            px = qn;
            u = g.next_double();
        } else {
            u -= px;
            px = ((n - x + 1) as f64 * p * px) / (x as f64 * q);
        }
    }
    x
}

/// The four-term Stirling correction of BTPE's final acceptance test.
fn stirling_term(v: f64, v2: f64) -> f64 {
    (13680. - (462. - (132. - (99. - 140. / v2) / v2) / v2) / v2) / v / 166320.
}

/// `random_binomial_btpe` (Kachitvichyanukul & Schmeiser) for p <= 0.5 and n*p > 30.
fn binomial_btpe<G: BitGen>(g: &mut G, n: i64, p: f64) -> i64 {
    let nf = n as f64;
    let r = p.min(1.0 - p);
    let q = 1.0 - r;
    let fm = nf * r + r;
    let m = fm.floor() as i64;
    let mf = m as f64;
    let p1 = (2.195 * (nf * r * q).sqrt() - 4.6 * q).floor() + 0.5;
    let xm = mf + 0.5;
    let xl = xm - p1;
    let xr = xm + p1;
    let c = 0.134 + 20.5 / (15.3 + mf);
    let a = (fm - xl) / (fm - xl * r);
    let laml = a * (1.0 + a / 2.0);
    let a = (xr - fm) / (xr * q);
    let lamr = a * (1.0 + a / 2.0);
    let p2 = p1 * (1.0 + 2.0 * c);
    let p3 = p2 + c / laml;
    let p4 = p3 + c / lamr;

    let y = 'step10: loop {
        let nrq = nf * r * q;
        let u = g.next_double() * p4;
        let mut v = g.next_double();
        let y;
        if u <= p1 {
            // Step 10: the triangular centre, accepted at once.
            break 'step10 (xm - p1 * v + u).floor() as i64;
        } else if u <= p2 {
            // Step 20: the parallelograms.
            let x = xl + (u - p1) / c;
            v = v * c + 1.0 - (mf - x + 0.5).abs() / p1;
            if v > 1.0 {
                continue;
            }
            y = x.floor() as i64;
        } else if u <= p3 {
            // Step 30: the left exponential tail.
            y = (xl + v.ln() / laml).floor() as i64;
            if y < 0 || v == 0.0 {
                continue;
            }
            v = v * (u - p2) * laml;
        } else {
            // Step 40: the right exponential tail.
            y = (xr - v.ln() / lamr).floor() as i64;
            if y > n || v == 0.0 {
                continue;
            }
            v = v * (u - p3) * lamr;
        }
        // Step 50: the acceptance test.
        let k = (y - m).abs();
        if !(k > 20 && (k as f64) < nrq / 2.0 - 1.0) {
            let s = r / q;
            let a = s * (n + 1) as f64;
            let mut f = 1.0;
            if m < y {
                for i in m + 1..=y {
                    f *= a / i as f64 - s;
                }
            } else if m > y {
                for i in y + 1..=m {
                    f /= a / i as f64 - s;
                }
            }
            if v > f {
                continue;
            }
            break 'step10 y;
        }
        // Step 52: squeezing with the normal approximation, then the Stirling bound.
        let kf = k as f64;
        let rho = (kf / nrq) * ((kf * (kf / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        let t = (-k * k) as f64 / (2.0 * nrq);
        let big_a = v.ln();
        if big_a < t - rho {
            break 'step10 y;
        }
        if big_a > t + rho {
            continue;
        }
        let x1 = (y + 1) as f64;
        let f1 = (m + 1) as f64;
        let z = (n + 1 - m) as f64;
        let w = (n - y + 1) as f64;
        let bound = xm * (f1 / x1).ln()
            + ((n - m) as f64 + 0.5) * (z / w).ln()
            + (y - m) as f64 * (w * r / (x1 * q)).ln()
            + stirling_term(f1, f1 * f1)
            + stirling_term(z, z * z)
            + stirling_term(x1, x1 * x1)
            + stirling_term(w, w * w);
        if big_a > bound {
            continue;
        }
        break 'step10 y;
    };
    // Step 60 (p is at most 0.5 on every path that reaches here, so no reflection).
    if p > 0.5 {
        n - y
    } else {
        y
    }
}

/// `legacy_random_binomial`: `RandomState.binomial` (no shortcut for n == 0 or p == 0).
pub fn binomial_legacy<G: BitGen>(g: &mut G, p: f64, n: i64) -> i64 {
    if p <= 0.5 {
        if p * n as f64 <= 30.0 {
            binomial_inversion(g, n, p)
        } else {
            binomial_btpe(g, n, p)
        }
    } else {
        let q = 1.0 - p;
        if q * n as f64 <= 30.0 {
            n - binomial_inversion(g, n, q)
        } else {
            n - binomial_btpe(g, n, q)
        }
    }
}

/// `random_binomial`: `Generator.binomial`.
pub fn binomial<G: BitGen>(g: &mut G, p: f64, n: i64) -> i64 {
    if n == 0 || p == 0.0 {
        return 0;
    }
    binomial_legacy(g, p, n)
}
