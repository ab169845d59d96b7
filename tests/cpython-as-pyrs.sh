#!/bin/sh
# Runs the corpus against CPython itself, to check the corpus and the runner (not pyrs):
#   PYRS_BIN=tests/cpython-as-pyrs.sh PYRS_NO_XFAIL=1 cargo test --test cases
# Drops pyrs-only flags (-X gil=N is accepted by CPython 3.13 only).
for a in "$@"; do
  shift
  case "$a" in gil=*) ;; -X) ;; *) set -- "$@" "$a" ;; esac
done
PYTHONDONTWRITEBYTECODE=1 exec "${PYTHON:-python3}" "$@"
