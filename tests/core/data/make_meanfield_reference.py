#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes meanfield_reference.csv: Gaussian expectations of activations, computed with mpmath.

The oracle for tst_meanfield (src/core/depth/meanfield.h, the mean-field theory of the depth
lab). Everything here is written from the mathematics, NOT from the C++: the activations from
their textbook definitions (Keras 3 / PyTorch semantics, default parameters), the expectations
by mpmath's tanh-sinh quadrature at 40 significant digits or, where one exists, in closed form.

One-dimensional, u = sqrt(q) z with z ~ N(0, 1):
    mean_f = E[f(u)], mean_f2 = E[f(u)^2], mean_df2 = E[f'(u)^2], mean_d2f_f = E[f''(u) f(u)]
for relu, leaky_relu (slope 0.2), tanh, sigmoid, hard_tanh, elu (alpha 1), selu, gelu (exact),
silu, softplus, mish and sin at q in {1e-4, 0.01, 0.5, 1, 2.5, 10, 100, 1e4}. The integral over
z is split at 0, at every kink x_k (z = x_k/sqrt(q)), on a ladder +-2^k/sqrt(q) that follows the
activation's own scale (tanh at q = 1e4 is a step of width 0.01 in z) and on +-1, 2, 4, 8; it
stops at |z| = 16, where phi(z) < 1e-56. sin uses its closed forms (E[sin^2 u] = (1 - e^-2q)/2,
...), which the quadrature must reproduce for q <= 100. relu's closed forms are checked too.

Two-dimensional, u1 = sqrt(q) z1, u2 = sqrt(q) (c z1 + sqrt(1 - c^2) z2):
    mean_ff = E[f(u1) f(u2)], mean_dfdf = E[f'(u1) f'(u2)]
for tanh, relu, selu and gelu at q in {0.5, 1, 4} and c in {-0.9, 0, 0.5, 0.99}:
  * relu: the arc-cosine kernels (Cho & Saul 2009), closed form;
  * gelu and selu: E[. | z1] in closed form (a Gaussian integral of x Phi(x), Phi, x phi(x), or
    of the exponential pieces), then one quadrature over z1;
  * tanh: a tensor Gauss-Legendre rule, 20 points on each piece of width 1/2 (nested
    tanh-sinh at 40 digits would take hours); the poles of tanh are >= 0.78 away from the real
    axis, so it converges like 6^-40.

Checks before anything is written (the script stops on failure):
  * every 1-D value is recomputed at 50 digits and must agree to 1e-30 (relative; for values
    that are exactly zero, relative to E[|g|]);
  * relu's 1-D values equal their closed forms, and sin's quadrature (q <= 100) its closed forms;
  * at c = 0 the 2-D values must equal E[f]^2 and E[f']^2 from the 1-D integrals (the inputs are
    independent) to 1e-30, which checks the product rule and the conditional closed forms;
  * tanh's hardest 2-D case (q = 4, c = 0.99) agrees with 26 points per piece to 1e-28;
  * mean_ff at c = 0.99 lies below mean_f2 (Cauchy-Schwarz).
The tasks run on two processes; each is deterministic, so the file is the same every time.

CSV columns: id,quantity,q,c,value
  c       empty for the 1-D quantities
  value   20 significant digits; "0" where the value is exactly zero (E[f] of an odd f,
          E[f'' f] of a piecewise-linear f, E[f(u1) f(u2)] of an odd f at c = 0) or below
          1e-30 E[|g|] (selu's E[f] at q = 1, zero up to the 32 digits of lambda and alpha).

Usage (deterministic; about ten minutes on two cores; needs mpmath):
    python3 tests/core/data/make_meanfield_reference.py     # writes meanfield_reference.csv
"""

import multiprocessing
import os

import mpmath
from mpmath import mp, mpf

DPS = 40
CHECK_DPS = 50
Z_MAX = 16
TANH_NODES = 20  # Gauss-Legendre points per piece for tanh's 2-D values

# Parsed at more digits than any computation uses (mpf rounds to the current precision).
mp.dps = 60
SELU_LAMBDA = mpf("1.0507009873554804934193349852946")
SELU_ALPHA = mpf("1.6732632423543772848170429916717")
mp.dps = 15

Q_1D = ["1e-4", "0.01", "0.5", "1", "2.5", "10", "100", "1e4"]
Q_2D = ["0.5", "1", "4"]
C_2D = ["-0.9", "0", "0.5", "0.99"]


# ---- activations: (f, f', f'') at x -----------------------------------------------------------

def sig(x):
    return 1 / (1 + mp.exp(-x))


def softplus_plain(x):
    return x + mp.log1p(mp.exp(-x)) if x > 0 else mp.log1p(mp.exp(x))


def phi(x):
    return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


def Phi(x):
    return mp.erfc(-x / mp.sqrt(2)) / 2


def relu(x):
    return (x, mpf(1), mpf(0)) if x > 0 else (mpf(0), mpf(0), mpf(0))


def leaky_relu(x):
    return (x, mpf(1), mpf(0)) if x >= 0 else (x / 5, mpf(1) / 5, mpf(0))


def tanh(x):
    t = mp.tanh(x)
    s2 = mp.sech(x) ** 2
    return (t, s2, -2 * t * s2)


def sigmoid(x):
    s, sm = sig(x), sig(-x)
    return (s, s * sm, s * sm * (sm - s))


def hard_tanh(x):
    if x <= -1:
        return (mpf(-1), mpf(0), mpf(0))
    if x >= 1:
        return (mpf(1), mpf(0), mpf(0))
    return (x, mpf(1), mpf(0))


def elu(x):
    if x > 0:
        return (x, mpf(1), mpf(0))
    return (mp.expm1(x), mp.exp(x), mp.exp(x))


def selu(x):
    if x > 0:
        return (SELU_LAMBDA * x, SELU_LAMBDA, mpf(0))
    e = mp.exp(x)
    return (SELU_LAMBDA * SELU_ALPHA * mp.expm1(x), SELU_LAMBDA * SELU_ALPHA * e,
            SELU_LAMBDA * SELU_ALPHA * e)


def gelu(x):
    return (x * Phi(x), Phi(x) + x * phi(x), phi(x) * (2 - x * x))


def silu(x):
    s, sm = sig(x), sig(-x)
    return (x * s, s + x * s * sm, 2 * s * sm + x * s * sm * (sm - s))


def softplus(x):
    s, sm = sig(x), sig(-x)
    return (softplus_plain(x), s, s * sm)


def mish(x):
    sp = softplus_plain(x)
    T = mp.tanh(sp)
    S = mp.sech(sp) ** 2
    s, sm = sig(x), sig(-x)
    return (x * T, T + x * s * S, S * (2 * s + x * s * sm - 2 * x * s * s * T))


def sin(x):
    return (mp.sin(x), mp.cos(x), -mp.sin(x))


# id -> (definition, kinks, odd, piecewise linear)
ACTIVATIONS = {
    "relu": (relu, [0], False, True),
    "leaky_relu": (leaky_relu, [0], False, True),
    "tanh": (tanh, [], True, False),
    "sigmoid": (sigmoid, [], False, False),
    "hard_tanh": (hard_tanh, [-1, 1], True, True),
    "elu": (elu, [0], False, False),
    "selu": (selu, [0], False, False),
    "gelu": (gelu, [], False, False),
    "silu": (silu, [], False, False),
    "softplus": (softplus, [], False, False),
    "mish": (mish, [], False, False),
    "sin": (sin, [], True, False),
}

QUANTITIES_1D = {
    "mean_f": lambda d: d[0],
    "mean_f2": lambda d: d[0] ** 2,
    "mean_df2": lambda d: d[1] ** 2,
    "mean_d2f_f": lambda d: d[2] * d[0],
}


# ---- quadrature ---------------------------------------------------------------------------------

def z_points(scale, kinks_z):
    """Split points in z: 0, +-Z_MAX, the kinks, +-2^k*scale (the activation's own scale)."""
    pts = {mpf(0), mpf(Z_MAX), -mpf(Z_MAX)}
    for k in kinks_z:
        if abs(k) < Z_MAX:
            pts.add(mpf(k))
    for base in [mpf(1), mpf(2), mpf(4), mpf(8)]:
        pts.update([base, -base])
    if scale > 0:
        step = scale / 4
        while step < Z_MAX:
            pts.update([step, -step])
            step *= 2
    return sorted(pts)


def gaussian_mean(g, q, kinks, with_scale=False):
    """E[g(sqrt(q) z)] and, if asked, E[|g(sqrt(q) z)|] (else |E[g]|, the scale for checks)."""
    r = mp.sqrt(q)
    pts = z_points(1 / r, [k / r for k in kinks])
    value = mp.quad(lambda z: g(r * z) * phi(z), pts)
    scale = mp.quad(lambda z: abs(g(r * z)) * phi(z), pts) if with_scale else abs(value)
    return value, scale


def one_d(ident, quantity, q):
    f, kinks, _, _ = ACTIVATIONS[ident]
    pick = QUANTITIES_1D[quantity]
    if ident == "sin":
        e = mp.exp(-2 * q)
        closed = {"mean_f": mpf(0), "mean_f2": (1 - e) / 2, "mean_df2": (1 + e) / 2,
                  "mean_d2f_f": -(1 - e) / 2}[quantity]
        if q <= 100:
            numeric, scale = gaussian_mean(lambda x: pick(f(x)), q, kinks, with_scale=True)
            assert abs(numeric - closed) <= mpf(10) ** -30 * max(scale, 1), (quantity, q)
        return closed, max(abs(closed), mpf(1) / 2)
    odd, linear = ACTIVATIONS[ident][2], ACTIVATIONS[ident][3]
    may_vanish = (quantity == "mean_f" and odd) or (quantity == "mean_d2f_f" and linear)
    value, scale = gaussian_mean(lambda x: pick(f(x)), q, kinks, with_scale=may_vanish)
    if scale < mpf(10) ** -20:  # selu's E[f] at q = 1 vanishes to the digits of lambda, alpha
        value, scale = gaussian_mean(lambda x: pick(f(x)), q, kinks, with_scale=True)
    if ident == "relu":
        closed = {"mean_f": mp.sqrt(q / (2 * mp.pi)), "mean_f2": q / 2, "mean_df2": mpf(1) / 2,
                  "mean_d2f_f": mpf(0)}[quantity]
        assert abs(value - closed) <= mpf(10) ** -30 * max(scale, mpf(10) ** -30), (quantity, q)
    return value, scale


def inner_closed_form(ident, derivative, m, s):
    """E[g(m + s z2)] in closed form, z2 ~ N(0, 1), for g = gelu, gelu', selu or selu'."""
    if ident == "gelu":
        t = mp.sqrt(1 + s * s)
        if not derivative:  # E[Y Phi(Y)] = m Phi(m/t) + s^2 phi(m/t)/t  (Stein's lemma)
            return m * Phi(m / t) + s * s * phi(m / t) / t
        # E[Phi(Y)] + E[Y phi(Y)], E[Y phi(Y)] = m phi(m/t)/t^3
        return Phi(m / t) + m * phi(m / t) / t ** 3
    # selu: lambda Y above 0, lambda alpha (e^Y - 1) below; E[e^Y; Y <= 0] = e^(m+s^2/2) Phi(-(m+s^2)/s)
    lam, a = SELU_LAMBDA, SELU_ALPHA
    ey = mp.exp(m + s * s / 2) * Phi(-(m + s * s) / s)
    if not derivative:
        return lam * (m * Phi(m / s) + s * phi(m / s)) + lam * a * (ey - Phi(-m / s))
    return lam * Phi(m / s) + lam * a * ey


def two_d(ident, quantity, q, c):
    derivative = quantity == "mean_dfdf"
    s = mp.sqrt((1 - c) * (1 + c))
    if ident == "relu":  # arc-cosine kernels of degree 1 and 0
        theta = mp.acos(c)
        if derivative:
            return (mp.pi - theta) / (2 * mp.pi)
        return q / (2 * mp.pi) * (s + (mp.pi - theta) * c)
    f = ACTIVATIONS[ident][0]
    g = (lambda x: f(x)[1]) if derivative else (lambda x: f(x)[0])
    r = mp.sqrt(q)
    if ident in ("gelu", "selu"):
        def outer(z1):
            return g(r * z1) * inner_closed_form(ident, derivative, r * c * z1, r * s) * phi(z1)
    else:
        return product_rule(g, r, c, s, TANH_NODES)
    return mp.quad(outer, z_points(1 / r, [0]))


def gauss_legendre_nodes(n):
    """(z, weight * phi(z)) of an n-point Gauss-Legendre rule on every piece of [-16, 16]:
    width 1/2 on [-12, 12], 1 beyond (phi(12) < 1e-31)."""
    x, w = mp.gauss_quadrature(n, "legendre")
    edges = [mpf(-16) + k for k in range(4)] + [mpf(-12) + mpf(k) / 2 for k in range(48)]
    edges += [mpf(12) + k for k in range(5)]
    out = []
    for a, b in zip(edges[:-1], edges[1:]):
        half, centre = (b - a) / 2, (a + b) / 2
        for xi, wi in zip(x, w):
            z = centre + half * xi
            out.append((z, wi * half * phi(z)))
    return out


def product_rule(g, r, c, s, n):
    """E[g(u1) g(u2)] by a tensor Gauss-Legendre rule (tanh's 2-D values: nested tanh-sinh at
    40 digits takes hours). tanh's poles lie pi/(2 sqrt(q)) >= 0.78 from the real axis, so on
    pieces of width 1/2 the 20-point rule converges like 6^-40; main() checks it against 26
    points on the hardest case."""
    pts = gauss_legendre_nodes(n)
    total = mpf(0)
    for z1, w1 in pts:
        m, sd = r * c * z1, r * s
        inner = mp.fsum(w2 * g(m + sd * z2) for z2, w2 in pts)
        total += w1 * g(r * z1) * inner
    return total


# ---- output -------------------------------------------------------------------------------------

def fmt(v):
    return "0" if v == 0 else mp.nstr(v, 20, min_fixed=-4, max_fixed=6)


def task_1d(args):
    ident, qs = args
    f, kinks, odd, linear = ACTIVATIONS[ident]
    rows = []
    for quantity in QUANTITIES_1D:
        mp.dps = DPS
        value, scale = one_d(ident, quantity, mpf(qs))
        mp.dps = CHECK_DPS
        check, _ = one_d(ident, quantity, mpf(qs))
        assert abs(check - value) <= mpf(10) ** -30 * scale, (ident, quantity, qs)
        mp.dps = DPS
        if (quantity == "mean_f" and odd) or (quantity == "mean_d2f_f" and linear):
            assert abs(value) <= mpf(10) ** -30 * scale, (ident, quantity, qs, value)
        if abs(value) <= mpf(10) ** -30 * scale:
            value = mpf(0)
        rows.append((ident, quantity, qs, "", value))
    return rows


def task_2d(args):
    ident, qs = args
    mp.dps = DPS
    f, kinks, odd, _ = ACTIVATIONS[ident]
    q = mpf(qs)
    mean_f, _ = one_d(ident, "mean_f", q)
    mean_df = gaussian_mean(lambda x: f(x)[1], q, kinks)[0]
    mean_f2, _ = one_d(ident, "mean_f2", q)
    rows = []
    for cs in C_2D:
        c = mpf(cs)
        for quantity in ["mean_ff", "mean_dfdf"]:
            value = two_d(ident, quantity, q, c)
            if c == 0:
                want = mean_df ** 2 if quantity == "mean_dfdf" else mean_f ** 2
                assert abs(value - want) <= mpf(10) ** -30, (ident, quantity, qs, value, want)
                # odd f, or selu at q = 1 (E[f] = 0 to the digits of lambda and alpha)
                if quantity == "mean_ff" and abs(value) <= mpf(10) ** -30 * mean_f2:
                    value = mpf(0)
            if quantity == "mean_ff" and cs == "0.99":
                assert value < mean_f2, (ident, qs)
            rows.append((ident, quantity, qs, cs, value))
    if ident == "tanh" and qs == "4":  # the product rule's hardest case, at more points
        f0 = lambda x: f(x)[0]
        r, c = mp.sqrt(q), mpf("0.99")
        finer = product_rule(f0, r, c, mp.sqrt((1 - c) * (1 + c)), TANH_NODES + 6)
        assert abs(finer - rows[-2][4]) <= mpf(10) ** -28, (finer, rows[-2][4])
    return rows


def main():
    tasks = [(task_2d, (ident, qs)) for ident in ["tanh", "relu", "selu", "gelu"] for qs in Q_2D]
    tasks += [(task_1d, (ident, qs)) for ident in ACTIVATIONS for qs in Q_1D]
    # Every task is independent and deterministic; the pool only shortens the wait.
    with multiprocessing.Pool(2) as pool:
        results = pool.map(run_task, tasks, chunksize=1)
    rows_2d = [row for result in results[:12] for row in result]
    rows_1d = [row for result in results[12:] for row in result]

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "meanfield_reference.csv")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("id,quantity,q,c,value\n")
        for ident, quantity, qs, cs, value in rows_1d + rows_2d:
            out.write(f"{ident},{quantity},{qs},{cs},{fmt(value)}\n")
    print(f"wrote {len(rows_1d) + len(rows_2d)} rows to {path}")


def run_task(task):
    fn, args = task
    rows = fn(args)
    print(fn.__name__, *args, "done", flush=True)
    return rows


if __name__ == "__main__":
    main()
