//! Compares with hashes printed by CPython 3.11 (testdata/gen_hash.py).

use super::*;
use num_bigint::BigInt;

fn parse_ints(s: &str) -> Vec<i64> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(|x| hash_bigint(&x.parse::<BigInt>().unwrap()))
        .collect()
}

#[test]
fn matches_cpython() {
    let mut n = 0;
    for line in include_str!("testdata/hash_expected.txt").lines() {
        let mut p = line.splitn(3, '|');
        let (kind, input, want) = (p.next().unwrap(), p.next().unwrap(), p.next().unwrap());
        let want: i64 = want.parse().unwrap();
        let got = match kind {
            "int" => hash_bigint(&input.parse::<BigInt>().unwrap()),
            "float" => hash_f64(input.parse::<f64>().unwrap(), 0),
            "tuple" => hash_tuple(&parse_ints(input)),
            "tuple2" if input == "((1,2),3)" => {
                hash_tuple(&[hash_tuple(&[hash_i64(1), hash_i64(2)]), hash_i64(3)])
            }
            "tuple2" => hash_tuple(&[
                hash_f64(1.5, 0),
                hash_tuple(&[hash_bool(true), hash_bool(true)]),
            ]),
            "frozenset" => hash_frozenset(&parse_ints(input)),
            _ => panic!("bad kind {kind}"),
        };
        assert_eq!(got, want, "{line}");
        if kind == "int" {
            if let Ok(v) = input.parse::<i64>() {
                assert_eq!(hash_i64(v), want, "{line}");
            }
        }
        n += 1;
    }
    assert_eq!(n, 206);
}

#[test]
fn nan_and_str() {
    assert_eq!(
        hash_f64(f64::NAN, 0x7f00_1234_5670),
        hash_pointer(0x7f00_1234_5670)
    );
    assert_eq!(hash_pointer(0x7f00_1234_5670), 0x7f0_0123_4567);
    assert_eq!(hash_str(""), 0);
    assert_eq!(hash_str("abc"), hash_str("abc"));
    assert_ne!(hash_str("abc"), hash_str("abd"));
    assert_ne!(hash_str("a"), hash_str("a\0"));
}
