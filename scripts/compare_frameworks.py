#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compares PyTorch's float64 activations and ActLab's with the exact values in reference.csv.

tests/core/data/reference.csv (written by make_reference.py with mpmath at 50 digits) holds f,
f' and f'' of every scalar activation of the catalog on ~320 points per parameter set. This
script evaluates, on exactly those points and parameter sets,
  * PyTorch: the torch function for the id (see TORCH_FUNCTIONS), f directly, f' with
    autograd and f'' with autograd of the first gradient (create_graph=True), all in float64;
  * ActLab: the built binary, `actlab eval ID --param ... --x=X1,X2,... --order 2 --format csv`,
    one call per parameter set;
and prints, per (id, parameter set), the largest relative error of f, f', f'' and whether the
bars of tests/core/tst_accuracy.cpp are met (f <= 1e-14, f' <= 1e-12, f'' <= 1e-8), with the
same comparison rule: NaN never passes, inf only where the true value exceeds DBL_MAX, an
exact 0 must come out as 0, and a true value below DBL_MIN in magnitude (subnormal or "tiny")
passes when |got - want| <= DBL_MIN.

Usage (the Debian interpreter, which has python3-torch; the pyenv python3 on PATH has no torch):
    /usr/bin/python3 scripts/compare_frameworks.py [--actlab PATH] [--markdown PATH | --no-markdown]
Without torch it says so and still reports ActLab's side. Runs in a few seconds.
"""

import argparse
import datetime
import math
import os
import shlex
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(REPO, "tests", "core", "data", "reference.csv")
DEFAULT_MARKDOWN = os.path.join(REPO, "docs", "accuracy-vs-pytorch.md")

DBL_MIN = sys.float_info.min
BARS = (1e-14, 1e-12, 1e-8)
QUANTITIES = ("f", "f′", "f″")
INF = math.inf

# Points per actlab call: keeps the command line far below ARG_MAX (each x is <= 24 chars).
BATCH = 2000


# ---- reference --------------------------------------------------------------------------------

class RefValue:
    __slots__ = ("value", "exact_zero")

    def __init__(self, text):
        self.exact_zero = text == "0"
        if text == "tiny":
            self.value = 0.0  # not zero, but below 1e-330: a double can only hold ±0
        elif text == "-tiny":
            self.value = -0.0
        else:
            self.value = float(text)  # "inf"/"-inf" parse; 1e-400 would become 0.0 as well


class RefCase:
    def __init__(self, fid, param_text):
        self.id = fid
        self.param_text = param_text
        self.params = {}
        if param_text:
            for kv in param_text.split(";"):
                name, value = kv.split("=", 1)
                self.params[name] = float(value)
        self.xs = []
        self.want = ([], [], [])  # RefValue lists for f, f', f''


def load_reference(path):
    cases = []
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().strip()
        if header != "id,params,x,f,df,d2f":
            sys.exit(f"{path}: unexpected header {header!r}")
        for lineno, line in enumerate(fh, start=2):
            line = line.strip()
            if not line:
                continue
            cols = line.split(",")
            if len(cols) != 6:
                sys.exit(f"{path}:{lineno}: expected 6 columns")
            if not cases or cases[-1].id != cols[0] or cases[-1].param_text != cols[1]:
                cases.append(RefCase(cols[0], cols[1]))
            c = cases[-1]
            c.xs.append(float(cols[2]))
            for q in range(3):
                c.want[q].append(RefValue(cols[3 + q]))
    return cases


# ---- the comparison rule (tst_accuracy.cpp) ---------------------------------------------------

def point_error(got, want):
    """Relative error of one value under tst_accuracy's rule; inf for a result of the wrong kind,
    0 for an underflowing true value met within DBL_MIN."""
    if math.isnan(got):
        return INF
    if want.exact_zero:
        return 0.0 if got == 0 else INF
    w = want.value
    if math.isinf(w) or math.isinf(got):
        return 0.0 if got == w else INF
    if abs(w) < DBL_MIN:
        return 0.0 if abs(got - w) <= DBL_MIN else INF
    if got == w:
        return 0.0
    return abs(got - w) / abs(w)


class Score:
    """Largest error per quantity over one case, the point where it happens and the misses."""

    def __init__(self, case, got, no_second=None):
        self.no_second = no_second  # why f'' could not be computed at all, or None
        self.max_err = [0.0, 0.0, 0.0]
        self.worst = [None, None, None]  # (x, got, want)
        self.misses = [0, 0, 0]
        for q in range(3):
            for x, g, w in zip(case.xs, got[q], case.want[q]):
                e = point_error(g, w)
                if e > BARS[q]:
                    self.misses[q] += 1
                if e > self.max_err[q] or self.worst[q] is None:
                    self.max_err[q] = max(e, self.max_err[q])
                    self.worst[q] = (x, g, w.value)

    @property
    def ok(self):
        return all(m == 0 for m in self.misses)

    def failed_quantities(self):
        return [QUANTITIES[q] for q in range(3) if self.misses[q]]


# ---- PyTorch ----------------------------------------------------------------------------------

def torch_function(torch, case):
    """(label, callable) of the PyTorch function equal to this id and parameter set, or None
    when PyTorch has no such function (or none for these parameters)."""
    F = torch.nn.functional
    p = case.params
    fid = case.id
    if fid == "relu":
        # Keras' generalised relu; only parameter sets that are one PyTorch function compare.
        s, m, t = p["negative_slope"], p["max_value"], p["threshold"]
        if s == 0 and math.isinf(m) and t == 0:
            return "F.relu", F.relu
        if s > 0 and math.isinf(m) and t == 0:
            return f"F.leaky_relu({s:g})", lambda x: F.leaky_relu(x, s)
        if s == 0 and m == 6 and t == 0:
            return "F.relu6", F.relu6
        if s == 0 and math.isinf(m) and t > 0:
            return f"F.threshold({t:g}, 0)", lambda x: F.threshold(x, t, 0.0)
        return None
    simple = {
        "relu6": ("F.relu6", F.relu6),
        "selu": ("F.selu", F.selu),
        "sigmoid": ("torch.sigmoid", torch.sigmoid),
        "hard_sigmoid": ("F.hardsigmoid", F.hardsigmoid),
        "log_sigmoid": ("F.logsigmoid", F.logsigmoid),
        "tanh": ("torch.tanh", torch.tanh),
        "tanh_shrink": ("F.tanhshrink", F.tanhshrink),
        "softsign": ("F.softsign", F.softsign),
        "hard_silu": ("F.hardswish", F.hardswish),
        "mish": ("F.mish", F.mish),
        "exponential": ("torch.exp", torch.exp),
        "linear": ("identity", lambda x: x),
        "sin": ("torch.sin", torch.sin),
    }
    if fid in simple:
        return simple[fid]
    if fid == "leaky_relu":
        s = p["negative_slope"]
        return f"F.leaky_relu({s:g})", lambda x: F.leaky_relu(x, s)
    if fid == "prelu":
        w = torch.tensor([p["alpha"]], dtype=torch.float64)
        return f"F.prelu(weight={p['alpha']:g})", lambda x: F.prelu(x, w)
    if fid == "rrelu":
        lo, up = p["lower"], p["upper"]
        return (f"F.rrelu({lo:g}, {up:.4g}, training=False)",
                lambda x: F.rrelu(x, lo, up, training=False))
    if fid == "threshold":
        t, v = p["threshold"], p["default_value"]
        return f"F.threshold({t:g}, {v:g})", lambda x: F.threshold(x, t, v)
    if fid == "hard_tanh":
        lo, hi = p["min_val"], p["max_val"]
        return f"F.hardtanh({lo:g}, {hi:g})", lambda x: F.hardtanh(x, lo, hi)
    if fid == "elu":
        a = p["alpha"]
        return f"F.elu({a:g})", lambda x: F.elu(x, a)
    if fid == "celu":
        a = p["alpha"]
        return f"F.celu({a:g})", lambda x: F.celu(x, a)
    if fid == "gelu":
        approx = "tanh" if p["approximate"] != 0 else "none"
        return f"F.gelu('{approx}')", lambda x: F.gelu(x, approximate=approx)
    if fid == "silu":
        return ("F.silu", F.silu) if p["beta"] == 1 else None  # PyTorch fixes β = 1
    if fid == "softplus":
        b = p["beta"]
        return f"F.softplus({b:g}, threshold=20)", lambda x: F.softplus(x, beta=b, threshold=20)
    if fid == "soft_shrink":
        t = p["threshold"]
        return f"F.softshrink({t:g})", lambda x: F.softshrink(x, t)
    if fid == "hard_shrink":
        t = p["threshold"]
        return f"F.hardshrink({t:g})", lambda x: F.hardshrink(x, t)
    return None  # step, arctan, sparse_sigmoid, squareplus, sparse_plus, gaussian, snake


def torch_evaluate(torch, fn, xs):
    """f, f' (autograd) and f'' (autograd of f', create_graph=True) in float64, and the error
    message when PyTorch cannot differentiate f' (else None)."""
    x = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
    y = fn(x)
    # The functions are elementwise, so d(sum y)/dx_i = f'(x_i); likewise for f''.
    (d1,) = torch.autograd.grad(y.sum(), x, create_graph=True)
    f, df = (t.detach().tolist() for t in (y, d1))
    if not d1.requires_grad:
        return [f, df, [0.0] * len(xs)], None  # f' does not depend on x: f'' is 0
    try:
        (d2,) = torch.autograd.grad(d1.sum(), x, allow_unused=True)
    except RuntimeError as err:
        # Some backward functions have no derivative of their own (e.g. hardsigmoid_backward):
        # PyTorch cannot give f'' at all, which counts as missing the f'' bar.
        return [f, df, [math.nan] * len(xs)], str(err).splitlines()[0]
    if d2 is None:
        return [f, df, [0.0] * len(xs)], None  # f' is a constant wherever it is defined
    return [f, df, d2.detach().tolist()], None


# ---- ActLab -----------------------------------------------------------------------------------

def find_actlab(explicit):
    if explicit:
        return explicit
    env = os.environ.get("ACTLAB_EXECUTABLE")
    if env:
        return env
    candidates = []
    for name in sorted(os.listdir(REPO)):
        path = os.path.join(REPO, name, "actlab")
        if name.startswith("build") and os.access(path, os.X_OK):
            candidates.append(path)
    if not candidates:
        sys.exit("no actlab binary found under build*/: build it (cmake --build BUILD --target "
                 "actlab) or pass --actlab PATH")
    return max(candidates, key=os.path.getmtime)  # the most recently built one


def actlab_command(binary, case, xs):
    cmd = [binary, "eval", case.id]
    for name, value in case.params.items():
        cmd += ["--param", f"{name}={value!r}"]
    # "--x=..." so that a leading "-" is never read as an option.
    cmd += ["--x=" + ",".join(repr(x) for x in xs), "--order", "2", "--format", "csv"]
    return cmd


def actlab_evaluate(binary, case):
    out = ([], [], [])
    for start in range(0, len(case.xs), BATCH):
        xs = case.xs[start:start + BATCH]
        cmd = actlab_command(binary, case, xs)
        run = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ,
                             QT_QPA_PLATFORM="offscreen"))
        if run.returncode != 0:
            raise RuntimeError(f"{' '.join(shlex.quote(c) for c in cmd[:4])} ... exited with "
                               f"{run.returncode}: {run.stderr.strip()}")
        lines = run.stdout.strip().splitlines()
        if not lines or lines[0] != "x,f,df,d2f" or len(lines) != len(xs) + 1:
            raise RuntimeError(f"actlab eval {case.id}: unexpected output "
                               f"({len(lines)} lines for {len(xs)} points)")
        for x, line in zip(xs, lines[1:]):
            cols = line.split(",")
            if float(cols[0]) != x:
                raise RuntimeError(f"actlab eval {case.id}: x {cols[0]} came back for {x!r}")
            for q in range(3):
                out[q].append(float(cols[1 + q]))
    return out


# ---- output -----------------------------------------------------------------------------------

def fmt_err(e):
    if e == 0:
        return "0"
    if math.isinf(e):
        return "inf"
    return f"{e:.1e}"


def fmt_ok(score):
    if score is None:
        return "—"
    return "yes" if score.ok else "NO (" + ",".join(score.failed_quantities()) + ")"


def row_cells(r):
    cells = [r["id"], r["params"] or "—", r["torch_label"] or "—"]
    for side in ("torch", "actlab"):
        s = r[side]
        if not s:
            cells += ["—"] * 3
        else:
            cells += [fmt_err(e) for e in s.max_err[:2]]
            cells.append("n/a" if s.no_second else fmt_err(s.max_err[2]))
        cells.append(fmt_ok(s))
    return cells


HEADERS = ["id", "params", "PyTorch function",
           "PT f", "PT f′", "PT f″", "PT meets bars",
           "ActLab f", "ActLab f′", "ActLab f″", "ActLab meets bars"]


def text_table(rows):
    table = [HEADERS] + [row_cells(r) for r in rows]
    widths = [max(len(t[i]) for t in table) for i in range(len(HEADERS))]
    lines = []
    for k, t in enumerate(table):
        lines.append("  ".join(c.ljust(w) for c, w in zip(t, widths)).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def worst_lines(rows, side):
    """One line per failing quantity: the point with the largest error."""
    out = []
    for r in rows:
        s = r[side]
        if not s or s.ok:
            continue
        for q in range(3):
            if q == 2 and s.no_second:
                out.append(f"{r['id']} [{r['params'] or '-'}] {QUANTITIES[q]}: not available "
                           f"({s.no_second})")
            elif s.misses[q]:
                x, g, w = s.worst[q]
                out.append(f"{r['id']} [{r['params'] or '-'}] {QUANTITIES[q]}: "
                           f"{s.misses[q]} of {r['points']} points miss {BARS[q]:g}; worst "
                           f"x={x!r} got={g!r} want={w!r} (rel {fmt_err(s.max_err[q])})")
    return out


def summarise(rows, torch_version):
    compared = [r for r in rows if r["torch"]]
    ids_compared = sorted({r["id"] for r in compared})
    pt_bad = sorted({r["id"] for r in compared if not r["torch"].ok})
    al_bad = sorted({r["id"] for r in compared if not r["actlab"].ok})
    al_bad_all = sorted({r["id"] for r in rows if not r["actlab"].ok})
    lines = []
    if torch_version:
        lines.append(
            f"PyTorch {torch_version} float64 misses the bars on {len(pt_bad)} functions; ActLab "
            f"on {len(al_bad)} (of {len(ids_compared)} functions PyTorch offers, "
            f"{len(compared)} parameter sets; parameter sets missed: PyTorch "
            f"{sum(1 for r in compared if not r['torch'].ok)}, ActLab "
            f"{sum(1 for r in compared if not r['actlab'].ok)}).")
        if pt_bad:
            lines.append("PyTorch misses on: " + ", ".join(pt_bad) + ".")
    lines.append(f"ActLab over all {len({r['id'] for r in rows})} scalar activations "
                 f"({len(rows)} parameter sets): misses the bars on {len(al_bad_all)}"
                 + (": " + ", ".join(al_bad_all) if al_bad_all else "") + ".")
    return lines


def markdown(rows, summary, pt_worst, al_worst, command, torch_version, elapsed):
    def cells(c):
        return "| " + " | ".join(x.replace("|", "\\|") for x in c) + " |"

    out = ["<!-- SPDX-License-Identifier: GPL-3.0-or-later -->",
           "# Accuracy: ActLab vs PyTorch (float64)", "",
           f"Generated on {datetime.date.today().isoformat()} by", "", "```sh", command, "```",
           "",
           "Both sides are evaluated on the points and parameter sets of "
           "`tests/core/data/reference.csv`, whose f, f′ and f″ were computed with mpmath at 50 "
           "significant digits (`tests/core/data/make_reference.py`). PyTorch "
           f"{torch_version or '(not available)'} runs in float64 on the CPU: f directly, f′ by "
           "autograd and f″ by autograd of f′ (`create_graph=True`). ActLab runs through "
           "`actlab eval ID --param ... --x ... --order 2 --format csv`.", "",
           "Each cell is the largest relative error over the ~320 points of that parameter set "
           "(magnitudes from 1e-8 to 1e300 of both signs, a grid over [-10, 10], points next to "
           "every kink). The rule is the one of `tests/core/tst_accuracy.cpp`: NaN never passes; "
           "inf passes only where the true value exceeds DBL_MAX; a true 0 must come out as 0; a "
           "true value below DBL_MIN in magnitude passes when the absolute error is at most "
           "DBL_MIN (shown as 0). `inf` in a cell means a result of the wrong kind (NaN, a "
           "spurious inf or 0). The bars are f ≤ 1e-14, f′ ≤ 1e-12, f″ ≤ 1e-8.", "",
           "Rows without a PyTorch function are activations (or parameter sets) PyTorch does not "
           "offer as one function. `n/a` means PyTorch cannot differentiate f′ at all (no double "
           "backward). The bar is strict on purpose: an error of `1.0e+00` is usually a 0 "
           "returned where the true value is still a normal double (σ′(54) ≈ 3.4e-24, say), "
           "which matters to anyone plotting derivatives on a log scale but not to training.",
           "", "## Summary", ""]
    out += [f"- {s}" for s in summary]
    out += ["", "## Table", "", cells(HEADERS), cells(["---"] * len(HEADERS))]
    out += [cells(row_cells(r)) for r in rows]
    for title, lines in (("PyTorch", pt_worst), ("ActLab", al_worst)):
        out += ["", f"## Worst points: {title}", ""]
        out += [f"- `{line}`" for line in lines] if lines else ["None: every bar is met."]
    out += ["", f"(Run time {elapsed:.1f} s.)", ""]
    return "\n".join(out)


# ---- main -------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--actlab", help="actlab binary (default: $ACTLAB_EXECUTABLE, else the newest "
                    "build*/actlab in the repository)")
    ap.add_argument("--reference", default=REFERENCE, help="reference CSV")
    ap.add_argument("--markdown", default=DEFAULT_MARKDOWN, help="Markdown output file")
    ap.add_argument("--no-markdown", action="store_true", help="print only")
    args = ap.parse_args()
    started = time.monotonic()

    try:
        import torch
        torch_version = torch.__version__.split("a")[0].split("+")[0]
        if torch_version.count(".") > 1:
            torch_version = ".".join(torch_version.split(".")[:2])
    except ImportError:
        torch = None
        torch_version = None
        print(f"WARNING: PyTorch is not importable from {sys.executable}; only ActLab's side is "
              "reported. Run with /usr/bin/python3 (Debian's python3-torch).", file=sys.stderr)

    binary = find_actlab(args.actlab)
    cases = load_reference(args.reference)
    rows = []
    for case in cases:
        row = {"id": case.id, "params": case.param_text, "points": len(case.xs),
               "torch_label": None, "torch": None}
        if torch is not None:
            found = torch_function(torch, case)
            if found:
                row["torch_label"], fn = found
                row["torch"] = Score(case, *torch_evaluate(torch, fn, case.xs))
        row["actlab"] = Score(case, actlab_evaluate(binary, case))
        rows.append(row)
    elapsed = time.monotonic() - started

    summary = summarise(rows, torch_version)
    pt_worst = worst_lines(rows, "torch")
    al_worst = worst_lines(rows, "actlab")
    print(f"reference: {os.path.relpath(args.reference, REPO)}, actlab: {binary}")
    print(text_table(rows))
    print()
    for title, lines in (("PyTorch", pt_worst), ("ActLab", al_worst)):
        if torch is None and title == "PyTorch":
            continue
        print(f"Worst points, {title}:" + ("" if lines else " none, every bar is met."))
        for line in lines:
            print("  " + line)
    print()
    for s in summary:
        print(s)
    if not args.no_markdown:
        shown = [a if not a.startswith("/") else os.path.relpath(a, REPO) for a in sys.argv[1:]]
        command = " ".join(["/usr/bin/python3", "scripts/compare_frameworks.py"] +
                           [shlex.quote(a) for a in shown])
        os.makedirs(os.path.dirname(os.path.abspath(args.markdown)), exist_ok=True)
        with open(args.markdown, "w", encoding="utf-8") as fh:
            fh.write(markdown(rows, summary, pt_worst, al_worst, command, torch_version, elapsed))
        print(f"wrote {os.path.relpath(args.markdown, REPO)}")


if __name__ == "__main__":
    main()
