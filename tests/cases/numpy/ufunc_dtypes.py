import numpy as np

i = np.array([1, 4, 9])
i32 = np.array([1, 4, 9], dtype=np.int32)
f32 = np.array([1, 4, 9], dtype=np.float32)
b = np.array([True, False, True])
for name in ['sqrt', 'exp', 'log', 'sin', 'floor', 'ceil', 'abs', 'sign', 'negative', 'square']:
    fn = getattr(np, name)
    print(name, fn(i).dtype, fn(i32).dtype, fn(f32).dtype)
print(np.sqrt(f32), np.sqrt(i32))
print(np.exp(f32))
print(np.maximum(i32, f32).dtype, np.maximum(i, 2.5).dtype, np.minimum(i32, 3).dtype)
print(np.where(b, i32, f32).dtype, np.where(b, i, 0.5).dtype, np.where(b, 1, 0).dtype)
print(np.clip(i32, 2, 5).dtype, np.clip(f32, 2, 5).dtype, np.clip(i, 1.5, 5.5).dtype)
print(np.power(i32, 2).dtype, np.power(f32, 2).dtype, np.arctan2(i32, i32).dtype)
print(np.round(f32, 1).dtype, np.round(i32).dtype, np.hypot(f32, f32).dtype)
print(np.isnan(f32).dtype, np.isnan(i).dtype, np.add(b, b).dtype)
print(np.abs(np.array([-2, 3], dtype=np.int32)), np.abs(np.array([-1.5], dtype=np.float32)))
print(np.floor(i32), np.ceil(f32 / 2))
