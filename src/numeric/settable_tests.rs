//! Replays the programs of testdata/gen_set.py and compares iteration and pop order with
//! CPython 3.11.

use super::*;
use crate::numeric::hash::hash_i64;
use std::convert::Infallible;

type Set = SetTable<i64>;

fn eq(a: &i64, b: &i64) -> Result<bool, Infallible> {
    Ok(a == b)
}

fn add(s: &mut Set, v: i64) {
    s.insert(hash_i64(v), v, eq).unwrap();
}

fn ints(list: &str) -> Vec<i64> {
    list.split(',')
        .filter(|v| !v.is_empty())
        .map(|v| v.parse().unwrap_or_else(|_| panic!("bad int {v:?}")))
        .collect()
}

fn run(prog: &str) -> (Vec<i64>, Vec<i64>) {
    let (mut s, mut t, mut popped) = (Set::new(), Set::new(), vec![]);
    for cmd in prog.split(' ').filter(|c| !c.is_empty()) {
        let c0 = cmd.as_bytes()[0];
        if c0 == b'+' {
            add(&mut s, cmd[1..].parse().unwrap());
        } else if c0 == b'-' && cmd.len() > 1 {
            let v: i64 = cmd[1..].parse().unwrap();
            s.remove(hash_i64(v), |k| eq(k, &v)).unwrap();
        } else if let Some(n) = cmd.strip_prefix("R:") {
            s = Set::new();
            for v in 0..n.parse::<i64>().unwrap() {
                add(&mut s, v);
            }
        } else if let Some(l) = cmd.strip_prefix("L:") {
            let items = ints(l).into_iter().map(|v| (hash_i64(v), v));
            s = Set::from_const_literal(items, eq).unwrap();
        } else if let Some(l) = cmd.strip_prefix("T:") {
            t = Set::new();
            for v in ints(l) {
                add(&mut t, v);
            }
        } else {
            match cmd {
                "p" => popped.push(s.pop().unwrap()),
                "c" => s.clear(),
                "=" => s = s.copy(),
                "|" => s = Set::union(&s, &t, eq).unwrap(),
                "&" => s = Set::intersection(&s, &t, eq).unwrap(),
                "-" => s = Set::difference(&s, &t, eq).unwrap(),
                "^" => s = Set::symmetric_difference(&s, &t, eq).unwrap(),
                "u" => s.merge(&t, eq).unwrap(),
                "d" => s.difference_update(&t, eq).unwrap(),
                "x" => s.symmetric_difference_update(&t, eq).unwrap(),
                _ => panic!("bad command {cmd}"),
            }
        }
    }
    (s.iter().copied().collect(), popped)
}

#[test]
fn order_matches_cpython() {
    let mut n = 0;
    for line in include_str!("testdata/set_expected.txt").lines() {
        // The program itself may contain `|`, so split from the right.
        let mut p = line.rsplitn(3, '|');
        let (popped, order, prog) = (p.next().unwrap(), p.next().unwrap(), p.next().unwrap());
        let (got_order, got_popped) = run(prog);
        assert_eq!(got_order, ints(order), "order after `{prog}`");
        assert_eq!(got_popped, ints(popped), "pops in `{prog}`");
        n += 1;
    }
    assert_eq!(n, 511);
}

#[test]
fn basics() {
    let mut s = Set::new();
    assert!(s.pop().is_none());
    add(&mut s, 3);
    assert_eq!(s.len(), 1);
    assert!(s.find(3, |k| eq(k, &3)).unwrap().is_some());
    assert!(!s.insert(3, 3, eq).unwrap());
    let r: Result<bool, &str> = s.insert(3, 4, |_, _| Err("boom"));
    assert_eq!(r, Err("boom"));
    assert_eq!(s.remove(3, |k| eq(k, &3)).unwrap(), Some(3));
    assert!(s.is_empty());
}
