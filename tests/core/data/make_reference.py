#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes reference.csv: f, f' and f'' of every scalar activation, computed with mpmath.

The definitions below are written from the mathematics in activations.md (Keras 3 / PyTorch /
JAX semantics), NOT from the C++ in src/core/activations: the point of this file is to be an
independent oracle for tst_accuracy. Every value is computed at 50 significant digits with
formulas chosen to avoid cancellation (log1p, expm1, sech instead of 1 - tanh^2, ...), then
checked twice before it is written:
  * each row is recomputed at 90 digits and must agree to 1e-30 (relative), so no formula has
    lost precision;
  * on a sample of points f' and f'' are compared with mpmath.diff of f, so the hand-derived
    derivatives are right.

Usage (from anywhere; needs python3-mpmath; deterministic, a few seconds):
    python3 tests/core/data/make_reference.py            # writes reference.csv next to itself

Points, for every (id, parameter set): 40 log-spaced magnitudes per sign from 1e-8 to 700,
-10..10 in steps of 0.1, 24 fixed pseudo-random points in [-10, 10], each kink ± 1e-10 and
± 1e-4 (scaled by |kink| when larger than 1), and ±710, ±1e3, ±1e5 ... ±1e300 for the
overflow and underflow paths. Parameter sets: the defaults plus the non-default ones in TABLE.

CSV columns: id,params,x,f,df,d2f
  params  name=value;name=value... in the catalog's parameter order (inf = relu's "no maximum")
  x       the exact double (shortest round-trip repr)
  values  17 significant digits; "inf"/"-inf" where the true value exceeds DBL_MAX; "0" only
          where the true value is exactly zero; "tiny"/"-tiny" where it is not zero but its
          magnitude is below 1e-330, so even a subnormal double rounds it to ±0 (the test
          treats it like any other value below DBL_MIN; the token keeps the file small and
          lets the test tell an underflow from a true zero).
Points exactly at kinks, jumps and f'' discontinuities are omitted (tst_kinks covers them).
"""

import math
import os
import random
import sys

import mpmath
from mpmath import mp, mpf

DPS = 50
CHECK_DPS = 90
DBL_MAX = mpf(sys.float_info.max)
DBL_MIN = mpf(sys.float_info.min)
TINY = mpf("1e-330")  # below half the smallest subnormal: such a value rounds to ±0


# ---- helpers ----------------------------------------------------------------------------------

def sig(x):
    """Logistic function 1/(1+e^-x); no cancellation for any sign of x."""
    return 1 / (1 + mp.exp(-x))


def sig_pair(x):
    """(σ(x), σ(-x)) computed separately so neither loses digits to 1 - σ."""
    return sig(x), sig(-x)


def piecewise_zero():
    return (mpf(0), mpf(0), mpf(0))


# Every definition takes x (mpf, exact double) and p (dict of mpf parameters, None for relu's
# "no max_value") and returns (f, f', f''). `kinks` returns the x values where f, f' or f'' is
# not continuous: those points are left out.

# -- Relu family --------------------------------------------------------------------------------

def relu(x, p):
    # Keras 3 activations.relu(x, negative_slope, max_value, threshold), literally:
    #   pos = x * (x > t) if t != 0 else relu(x); if max_value: pos = clip(pos, 0, m)
    #   y = pos - s * relu(t - x)
    s, m, t = p["negative_slope"], p["max_value"], p["threshold"]
    if t != 0:
        pos, dpos = (x, mpf(1)) if x > t else (mpf(0), mpf(0))
    else:
        pos, dpos = (x, mpf(1)) if x > 0 else (mpf(0), mpf(0))
    if m is not None:
        if pos < 0:
            pos, dpos = mpf(0), mpf(0)
        elif pos > m:
            pos, dpos = m, mpf(0)
    if t - x > 0:
        neg, dneg = t - x, mpf(-1)
    else:
        neg, dneg = mpf(0), mpf(0)
    return (pos - s * neg, dpos - s * dneg, mpf(0))


def relu_kinks(p):
    pts = [0.0, float(p["threshold"])]
    if p["max_value"] is not None:
        pts.append(float(p["max_value"]))
    return pts


def relu6(x, p):
    if x <= 0:
        return piecewise_zero()
    if x >= 6:
        return (mpf(6), mpf(0), mpf(0))
    return (x, mpf(1), mpf(0))


def leaky_relu(x, p):
    a = p["negative_slope"]
    return (x, mpf(1), mpf(0)) if x >= 0 else (a * x, a, mpf(0))


def prelu(x, p):
    a = p["alpha"]
    return (x, mpf(1), mpf(0)) if x > 0 else (a * x, a, mpf(0))


def rrelu(x, p):
    # Evaluation mode: a leaky ReLU whose slope is the mean of the noise interval.
    a = (p["lower"] + p["upper"]) / 2
    return (x, mpf(1), mpf(0)) if x >= 0 else (a * x, a, mpf(0))


def threshold(x, p):
    return (x, mpf(1), mpf(0)) if x > p["threshold"] else (p["default_value"], mpf(0), mpf(0))


def step(x, p):
    return (mpf(1) if x > 0 else mpf(0), mpf(0), mpf(0))


# -- Sigmoid family -----------------------------------------------------------------------------

def sigmoid(x, p):
    s, sm = sig_pair(x)
    d = s * sm
    # σ'' = σσ̄(σ̄ - σ) and σ̄ - σ = -tanh(x/2), which keeps its digits near x = 0
    return (s, d, -d * mp.tanh(x / 2))


def hard_sigmoid(x, p):
    if x <= -3:
        return piecewise_zero()
    if x >= 3:
        return (mpf(1), mpf(0), mpf(0))
    return (x / 6 + mpf(1) / 2, mpf(1) / 6, mpf(0))


def sparse_sigmoid(x, p):
    if x <= -1:
        return piecewise_zero()
    if x >= 1:
        return (mpf(1), mpf(0), mpf(0))
    return ((x + 1) / 2, mpf(1) / 2, mpf(0))


def tanh(x, p):
    t = mp.tanh(x)
    s2 = mp.sech(x) ** 2
    return (t, s2, -2 * t * s2)


def hard_tanh(x, p):
    lo, hi = p["min_val"], p["max_val"]
    if x <= lo:
        return (lo, mpf(0), mpf(0))
    if x >= hi:
        return (hi, mpf(0), mpf(0))
    return (x, mpf(1), mpf(0))


def softsign(x, p):
    d = 1 + abs(x)
    return (x / d, 1 / d**2, -2 * mp.sign(x) / d**3)


def arctan(x, p):
    q = 1 + x * x
    return (mp.atan(x), 1 / q, -2 * x / q**2)


def log_sigmoid(x, p):
    # log σ(x) = -log(1 + e^-x); log1p keeps e^-x when it is far below 1
    s, sm = sig_pair(x)
    return (-mp.log1p(mp.exp(-x)), sm, -s * sm)


# -- Elu family ---------------------------------------------------------------------------------

SELU_ALPHA = mpf(1.6732632423543772848170429916717)  # float64 values the frameworks use
SELU_SCALE = mpf(1.0507009873554804934193349852946)


def elu(x, p):
    a = p["alpha"]
    if x > 0:
        return (x, mpf(1), mpf(0))
    e = mp.exp(x)
    return (a * mp.expm1(x), a * e, a * e)


def selu(x, p):
    lam, a = SELU_SCALE, SELU_ALPHA
    if x > 0:
        return (lam * x, lam, mpf(0))
    e = mp.exp(x)
    return (lam * a * mp.expm1(x), lam * a * e, lam * a * e)


def celu(x, p):
    a = p["alpha"]
    if x > 0:
        return (x, mpf(1), mpf(0))
    e = mp.exp(x / a)
    return (a * mp.expm1(x / a), e, e / a)


# -- Gated family -------------------------------------------------------------------------------

GELU_C = mpf(0.7978845608028654)  # sqrt(2/pi) as the float64 the frameworks use
GELU_K = mpf(0.044715)


def erfc(z):
    """mpmath.erfc, with the asymptotic series where mpmath's own check overflows (|z| > 1e8;
    there the series' fourth term is below 1e-60 relative)."""
    if abs(z) <= 10**8:
        return mp.erfc(z)
    if z < 0:
        return 2 - erfc(-z)
    w = 1 / (2 * z * z)
    return mp.exp(-z * z) / (z * mp.sqrt(mp.pi)) * (1 - w + 3 * w * w - 15 * w**3)


def gelu(x, p):
    if p["approximate"] == 0:
        Phi = erfc(-x / mp.sqrt(2)) / 2
        phi = mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)
        return (x * Phi, Phi + x * phi, phi * (2 - x * x))
    # ½x(1 + tanh u) = x·σ(2u), u = c(x + κx³); σ(2u) written without 1 + tanh cancellation
    u = GELU_C * (x + GELU_K * x**3)
    du = GELU_C * (1 + 3 * GELU_K * x * x)
    d2u = 6 * GELU_C * GELU_K * x
    s, sm = sig_pair(2 * u)
    ss = s * sm
    f = x * s
    df = s + 2 * x * du * ss
    d2f = 4 * du * ss + 2 * x * d2u * ss + 4 * x * du * du * ss * (sm - s)
    return (f, df, d2f)


def silu(x, p):
    b = p["beta"]
    s, sm = sig_pair(b * x)
    ss = s * sm
    return (x * s, s + b * x * ss, 2 * b * ss + b * b * x * ss * (sm - s))


def hard_silu(x, p):
    if x <= -3:
        return piecewise_zero()
    if x >= 3:
        return (x, mpf(1), mpf(0))
    return (x * (x + 3) / 6, (2 * x + 3) / 6, mpf(1) / 3)


def softplus_plain(x):
    """log(1 + e^x) without overflow or cancellation, for any x."""
    if x > 0:
        return x + mp.log1p(mp.exp(-x))
    return mp.log1p(mp.exp(x))


def mish(x, p):
    sp = softplus_plain(x)
    T = mp.tanh(sp)
    S = mp.sech(sp) ** 2  # 1 - tanh², without cancellation when sp is large
    s, sm = sig_pair(x)
    f = x * T
    df = T + x * s * S
    # (tanh sp)' = S σ,  S' = -2 T S σ
    d2f = S * (2 * s + x * s * sm - 2 * x * s * s * T)
    return (f, df, d2f)


# -- Softplus family ----------------------------------------------------------------------------

def softplus(x, p):
    b = p["beta"]
    s, sm = sig_pair(b * x)
    return (softplus_plain(b * x) / b, s, b * s * sm)


def squareplus(x, p):
    b = p["b"]
    r = mp.sqrt(x * x + b)
    if x >= 0:
        f = (x + r) / 2
        df = (1 + x / r) / 2
    else:  # rationalised: x + r = b / (r - x), which keeps its digits for x << 0
        f = b / (2 * (r - x))
        df = b / (2 * r * (r - x))
    return (f, df, b / (2 * r**3))


def sparse_plus(x, p):
    if x <= -1:
        return piecewise_zero()
    if x >= 1:
        return (x, mpf(1), mpf(0))
    return ((x + 1) ** 2 / 4, (x + 1) / 2, mpf(1) / 2)


# -- Shrink family ------------------------------------------------------------------------------

def soft_shrink(x, p):
    lam = p["threshold"]
    if x > lam:
        return (x - lam, mpf(1), mpf(0))
    if x < -lam:
        return (x + lam, mpf(1), mpf(0))
    return piecewise_zero()


def hard_shrink(x, p):
    lam = p["threshold"]
    if abs(x) > lam:
        return (x, mpf(1), mpf(0))
    return piecewise_zero()


def tanh_shrink(x, p):
    # The true x - tanh x (≈ x³/3 near 0), not the cancelling double-precision difference.
    t = mp.tanh(x)
    return (x - t, t * t, 2 * t * mp.sech(x) ** 2)


# -- Classic family -----------------------------------------------------------------------------

def linear(x, p):
    return (x, mpf(1), mpf(0))


def exponential(x, p):
    e = mp.exp(x)
    return (e, e, e)


def gaussian(x, p):
    e = mp.exp(-x * x)
    return (e, -2 * x * e, (4 * x * x - 2) * e)


def sin(x, p):
    return (mp.sin(x), mp.cos(x), -mp.sin(x))


def snake(x, p):
    a = p["alpha"]
    s = mp.sin(a * x)
    return (x + s * s / a, 1 + mp.sin(2 * a * x), 2 * a * mp.cos(2 * a * x))


# ---- the table --------------------------------------------------------------------------------

INF = math.inf

# id -> (definition, parameter names in catalog order, parameter sets (first = defaults), kinks)
# Kink lists include every point where f, f' or f'' is discontinuous.
TABLE = {
    "relu": (relu, ["negative_slope", "max_value", "threshold"],
             [(0.0, INF, 0.0), (0.1, INF, 0.0), (0.0, 6.0, 0.0), (0.0, INF, 0.5),
              (0.1, 6.0, 0.5), (0.1, INF, -1.0)], relu_kinks),
    "relu6": (relu6, [], [()], lambda p: [0.0, 6.0]),
    "leaky_relu": (leaky_relu, ["negative_slope"], [(0.2,), (0.01,), (0.3,)], lambda p: [0.0]),
    "prelu": (prelu, ["alpha"], [(0.25,), (-0.5,), (0.0,)], lambda p: [0.0]),
    "rrelu": (rrelu, ["lower", "upper"], [(0.125, 0.3333333333333333), (0.1, 0.3)],
              lambda p: [0.0]),
    "threshold": (threshold, ["threshold", "default_value"], [(1.0, 0.0), (-1.0, -2.0)],
                  lambda p: [float(p["threshold"])]),
    "step": (step, [], [()], lambda p: [0.0]),
    "sigmoid": (sigmoid, [], [()], lambda p: []),
    "hard_sigmoid": (hard_sigmoid, [], [()], lambda p: [-3.0, 3.0]),
    "sparse_sigmoid": (sparse_sigmoid, [], [()], lambda p: [-1.0, 1.0]),
    "tanh": (tanh, [], [()], lambda p: []),
    "hard_tanh": (hard_tanh, ["min_val", "max_val"], [(-1.0, 1.0), (-2.0, 0.5)],
                  lambda p: [float(p["min_val"]), float(p["max_val"])]),
    "softsign": (softsign, [], [()], lambda p: [0.0]),
    "arctan": (arctan, [], [()], lambda p: []),
    "log_sigmoid": (log_sigmoid, [], [()], lambda p: []),
    "elu": (elu, ["alpha"], [(1.0,), (0.5,), (2.0,)], lambda p: [0.0]),
    "selu": (selu, [], [()], lambda p: [0.0]),
    "celu": (celu, ["alpha"], [(1.0,), (3.0,), (0.5,)], lambda p: [0.0]),
    "gelu": (gelu, ["approximate"], [(0.0,), (1.0,)], lambda p: []),
    "silu": (silu, ["beta"], [(1.0,), (2.0,), (0.5,)], lambda p: []),
    "hard_silu": (hard_silu, [], [()], lambda p: [-3.0, 3.0]),
    "mish": (mish, [], [()], lambda p: []),
    "softplus": (softplus, ["beta"], [(1.0,), (0.5,), (3.0,)], lambda p: []),
    "squareplus": (squareplus, ["b"], [(4.0,), (1.0,)], lambda p: []),
    "sparse_plus": (sparse_plus, [], [()], lambda p: [-1.0, 1.0]),
    "soft_shrink": (soft_shrink, ["threshold"], [(0.5,), (1.0,)],
                    lambda p: [-float(p["threshold"]), float(p["threshold"])]),
    "hard_shrink": (hard_shrink, ["threshold"], [(0.5,), (1.0,)],
                    lambda p: [-float(p["threshold"]), float(p["threshold"])]),
    "tanh_shrink": (tanh_shrink, [], [()], lambda p: []),
    "linear": (linear, [], [()], lambda p: []),
    "exponential": (exponential, [], [()], lambda p: []),
    "gaussian": (gaussian, [], [()], lambda p: []),
    "sin": (sin, [], [()], lambda p: []),
    "snake": (snake, ["alpha"], [(1.0,), (2.0,)], lambda p: []),
}


def base_points():
    """Points shared by every function: log-spaced magnitudes, a grid over the interesting
    region, fixed pseudo-random points, and a few huge magnitudes (overflow/underflow paths)."""
    pts = set()
    lo, hi = -8.0, math.log10(700.0)
    for i in range(40):
        m = 10.0 ** (lo + (hi - lo) * i / 39)
        if i == 39:
            m = 700.0
        pts.update((m, -m))
    pts.update(i / 10 for i in range(-100, 101))  # -10 .. 10 step 0.1 (nearest doubles)
    rng = random.Random(20240607)
    pts.update(rng.uniform(-10.0, 10.0) for _ in range(24))
    for m in (710.0, 1e3, 1e5, 1e10, 1e20, 1e50, 1e100, 1e200, 1e300):
        pts.update((m, -m))
    return pts


def points_for(kinks):
    pts = set(base_points())
    for k in kinks:
        for d in (1e-10, 1e-4):
            step_ = d * max(1.0, abs(k))
            pts.update((k - step_, k + step_))
    ks = set(kinks)
    return sorted(x for x in pts if x not in ks)


def fmt(v):
    if v == 0:
        return "0"
    if abs(v) > DBL_MAX:
        return "inf" if v > 0 else "-inf"
    if abs(v) < TINY:
        return "tiny" if v > 0 else "-tiny"
    return mpmath.nstr(v, 17, min_fixed=1, max_fixed=0)


def param_dict(names, values):
    d = {}
    for n, v in zip(names, values):
        d[n] = None if (n == "max_value" and v == INF) else mpf(v)
    return d


def param_text(names, values):
    return ";".join(f"{n}={'inf' if v == INF else repr(float(v))}" for n, v in zip(names, values))


def agree(a, b, tol):
    if a == b:
        return True
    if abs(a) < DBL_MIN and abs(b) < DBL_MIN:
        # Both underflow: the test only uses the sign and that it is not exactly zero.
        return mp.sign(a) == mp.sign(b)
    return abs(a - b) <= tol * max(abs(a), abs(b))


def self_check(fid, fn, p, xs, kinks):
    """mpmath.diff of f against the hand-written f' and f'' on a sample of smooth points."""
    bad = []
    for x in xs:
        if abs(x) > 30 or any(abs(x - k) < 1e-3 for k in kinks):
            continue
        X = mpf(x)
        _, df, d2f = fn(X, p)
        nd1 = mp.diff(lambda t: fn(t, p)[0], X, 1)
        nd2 = mp.diff(lambda t: fn(t, p)[0], X, 2)
        scale1 = max(abs(df), mpf(1e-20))
        scale2 = max(abs(d2f), mpf(1e-20))
        if abs(nd1 - df) > 1e-25 * scale1 or abs(nd2 - d2f) > 1e-20 * scale2:
            bad.append((fid, x, df, nd1, d2f, nd2))
    return bad


def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.csv")
    lines = ["id,params,x,f,df,d2f"]
    problems = []
    for fid, (fn, names, sets, kinks_of) in TABLE.items():
        for values in sets:
            mp.dps = DPS
            p = param_dict(names, values)
            kinks = kinks_of(p)
            xs = points_for(kinks)
            ptext = param_text(names, values)
            for x in xs:
                mp.dps = DPS
                X = mpf(x)
                vals = fn(X, p)
                # The same row at higher precision must agree: no formula lost its digits.
                with mp.workdps(CHECK_DPS):
                    hi = fn(mpf(x), param_dict(names, values))
                for v, w in zip(vals, hi):
                    if not agree(v, w, mpf(10) ** -30):
                        problems.append(f"precision: {fid} [{ptext}] x={x!r}: {v} vs {w}")
                lines.append(",".join([fid, ptext, repr(x)] + [fmt(v) for v in vals]))
            mp.dps = DPS
            sample = [x for i, x in enumerate(xs) if i % 7 == 0]
            for b in self_check(fid, fn, p, sample, kinks):
                problems.append(f"derivative: {b}")
    if problems:
        sys.stderr.write("\n".join(problems[:50]) + f"\n{len(problems)} self-check failures\n")
        return 1
    with open(out_path, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines) - 1} rows to {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
