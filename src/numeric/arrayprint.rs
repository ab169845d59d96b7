//! NumPy's array printing (`str`/`repr` of ndarrays and numpy scalars), independent of the array
//! type: callers hand in a shape, an element accessor and print options.
