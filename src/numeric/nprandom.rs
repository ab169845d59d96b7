//! NumPy's random streams: the legacy global `RandomState` algorithms and `Generator(PCG64)`,
//! as pure functions over the bit generators, giving NumPy's exact numbers for the same seed.
