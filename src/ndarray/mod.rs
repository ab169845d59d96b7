//! The n-dimensional array library behind `import numpy`: typed strided arrays whose views
//! share one guarded buffer, NumPy's dtype promotion, broadcasting elementwise kernels and
//! reductions in NumPy's summation order. Knows nothing of Python values; `modules::numpy`
//! binds it.

pub mod alloc;
pub mod array;
pub mod dtype;
pub mod elementwise;
pub mod histogram;
pub mod reduce;

pub use array::NdArray;
