//! Replays the operations of testdata/gen_mt.py and gen_np.py and compares with CPython/NumPy.

use super::*;
use num_bigint::BigInt;

fn lines(data: &'static str) -> impl Iterator<Item = (BigInt, &'static str, Vec<&'static str>)> {
    data.lines().filter(|l| !l.is_empty()).map(|l| {
        let mut parts = l.splitn(3, '|');
        let seed: BigInt = parts.next().unwrap().parse().unwrap();
        let op = parts.next().unwrap();
        let vals = parts.next().unwrap().split(' ').collect();
        (seed, op, vals)
    })
}

fn f(x: f64) -> String {
    // Compare floats through their exact bits, shown as the parsed repr.
    format!("{:?}", x.to_bits())
}

fn parse_f(s: &str) -> String {
    f(s.parse::<f64>().unwrap())
}

fn ints<I: IntoIterator<Item = T>, T: ToString>(it: I) -> Vec<String> {
    it.into_iter().map(|v| v.to_string()).collect()
}

#[test]
fn cpython_random_sequences() {
    let b = |v: i64| BigInt::from(v);
    let mut cases = 0;
    for (seed, op, expected) in lines(include_str!("testdata/mt_expected.txt")) {
        let mut r = PyRandom::new_seeded(&seed);
        let floats = matches!(
            op,
            "random" | "gauss" | "uniform" | "normalvariate" | "expovariate"
        );
        let got: Vec<String> = match op {
            "random" => (0..10).map(|_| f(r.random())).collect(),
            "randint" => ints((0..20).map(|_| r.randint(&b(1), &b(100)).unwrap())),
            "randrange_big" => {
                let stop: BigInt = BigInt::from(10).pow(30);
                ints((0..5).map(|_| r.randrange(&b(0), Some(&stop), &b(7), true).unwrap()))
            }
            "randrange_neg" => {
                ints((0..10).map(|_| r.randrange(&b(100), Some(&b(-100)), &b(-3), true).unwrap()))
            }
            "randrange1" => {
                ints((0..10).map(|_| r.randrange(&b(1000), None, &b(1), false).unwrap()))
            }
            "choice" => ints((0..10).map(|_| r.choice_index(37).unwrap())),
            "shuffle" => {
                let mut v: Vec<usize> = (0..20).collect();
                r.shuffle(&mut v);
                ints(v)
            }
            "sample100" => ints(r.sample(100, 10).unwrap()),
            "sample_big" => ints(r.sample(1_000_000, 5).unwrap()),
            "sample_30_of_40" => ints(r.sample(40, 30).unwrap()),
            "gauss" => (0..6).map(|_| f(r.gauss(0.0, 1.0))).collect(),
            "uniform" => (0..5).map(|_| f(r.uniform(-3.5, 7.25))).collect(),
            "normalvariate" => (0..5).map(|_| f(r.normalvariate(2.0, 0.5))).collect(),
            "expovariate" => (0..5).map(|_| f(r.expovariate(1.5))).collect(),
            "getrandbits" => ints([1, 7, 32, 33, 64, 100, 200].map(|k| r.getrandbits(k))),
            other => panic!("unknown op {other}"),
        };
        let expected: Vec<String> = if floats {
            expected.iter().map(|s| parse_f(s)).collect()
        } else {
            expected.iter().map(|s| s.to_string()).collect()
        };
        assert_eq!(got, expected, "seed {seed} op {op}");
        cases += 1;
    }
    assert_eq!(cases, 165);
}

#[test]
fn numpy_legacy_sequences() {
    let mut cases = 0;
    for (seed, op, expected) in lines(include_str!("testdata/np_expected.txt")) {
        let mut r = NpRandomState::default();
        r.seed(&seed).unwrap();
        let floats = matches!(op, "random_sample" | "randn" | "uniform" | "normal");
        let got: Vec<String> = match op {
            "random_sample" => (0..8).map(|_| f(r.random_sample())).collect(),
            "randn" => (0..7).map(|_| f(r.standard_normal())).collect(),
            "randint" => ints((0..20).map(|_| r.randint(0, 10).unwrap())),
            "randint_wide" => ints((0..6).map(|_| r.randint(-(1 << 40), 1 << 50).unwrap())),
            "randint_neg" => ints((0..10).map(|_| r.randint(-7, 3).unwrap())),
            "permutation" => ints(r.permutation(15)),
            "uniform" => (0..4).map(|_| f(r.uniform(1.0, 2.0))).collect(),
            "normal" => (0..4).map(|_| f(r.normal(5.0, 2.0))).collect(),
            other => panic!("unknown op {other}"),
        };
        let expected: Vec<String> = if floats {
            expected.iter().map(|s| parse_f(s)).collect()
        } else {
            expected.iter().map(|s| s.to_string()).collect()
        };
        assert_eq!(got, expected, "seed {seed} op {op}");
        cases += 1;
    }
    assert_eq!(cases, 40);
}

#[test]
fn randrange_errors() {
    let b = |v: i64| BigInt::from(v);
    let mut r = PyRandom::new_seeded(&b(0));
    let e = r.randrange(&b(5), Some(&b(5)), &b(1), false).unwrap_err();
    assert_eq!(e.msg, "empty range for randrange() (5, 5, 0)");
    let e = r.randrange(&b(0), Some(&b(5)), &b(0), true).unwrap_err();
    assert_eq!(e.msg, "zero step for randrange()");
    let e = r.randrange(&b(0), None, &b(1), false).unwrap_err();
    assert_eq!(e.msg, "empty range for randrange()");
    let e = r.randrange(&b(3), None, &b(2), true).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str()),
        ("TypeError", "Missing a non-None stop argument")
    );
    let e = r.choice_index(0).unwrap_err();
    assert_eq!(e.kind, "IndexError");
    assert!(r.sample(3, 4).is_err());
}

#[test]
fn state_round_trip() {
    let mut r = PyRandom::new_seeded(&BigInt::from(7));
    let (words, idx) = r.mt.getstate();
    let a = r.random();
    r.mt.setstate(&words, idx).unwrap();
    assert_eq!(a, r.random());
}
