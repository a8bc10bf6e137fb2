#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Training throughput of ActLab's engine next to PyTorch's, on the same data and network.

For each reference configuration (2-16-1 on 1000 points with batch 32, 2-64-1 on 2000 points
with batch 64, 2-256-1 full batch on 20000 points; tanh, Adam, learning rate 0.01, Glorot
uniform weights, zero biases, binary cross-entropy) and 1 and 2 threads, it

  1. writes the points once with `actlab dataset` (circle with noise 0.1 by default: both
     reach high accuracy there, so comparing accuracies means something),
  2. trains with `actlab train --data ... --format json` (ActLab's own timer covers the
     training steps only, not the per-epoch evaluation),
  3. trains the same network on the same points with PyTorch (torch.set_num_threads(T), the
     usual loop: randperm, slices, zero_grad, forward, BCEWithLogitsLoss, backward, step),
     timing the loop alone,

and prints samples per second for both, their ratio, and the final training accuracy of both.
Each measurement is the best of --repeats runs, which matters on a busy machine.

PyTorch is optional: when it cannot be imported the script says so and prints ActLab's
figures alone. (Debian's python3-torch lives in /usr/bin/python3; if the python3 on PATH lacks
torch, the script re-runs itself with /usr/bin/python3.)

Usage: scripts/bench_vs_pytorch.py [--actlab build/actlab] [--repeats 3] [--quick]
                                   [--dataset circle] [--noise 0.1]
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# name, hidden units, points, batch (0 = full batch), epochs, speed goal (× PyTorch)
CONFIGS = [
    ("small 2-16-1", 16, 1000, 32, 100, 10.0),
    ("mid 2-64-1", 64, 2000, 64, 50, 10.0),
    ("large 2-256-1", 256, 20000, 0, 40, 5.0),
]
THREADS = (1, 2)
LEARNING_RATE = 0.01
SEED = 1


def import_torch():
    try:
        import torch  # noqa: F401
        return torch
    except ImportError:
        return None


def maybe_reexec_with_system_python():
    if import_torch() is not None or os.environ.get("ACTLAB_BENCH_REEXEC"):
        return
    system = "/usr/bin/python3"
    if os.path.exists(system) and os.path.realpath(sys.executable) != os.path.realpath(system):
        probe = subprocess.run([system, "-c", "import torch"], capture_output=True)
        if probe.returncode == 0:
            env = dict(os.environ, ACTLAB_BENCH_REEXEC="1")
            os.execve(system, [system, os.path.abspath(__file__), *sys.argv[1:]], env)


def find_actlab(explicit):
    candidates = [explicit] if explicit else [
        os.path.join(ROOT, "build", "actlab"),
        *sorted(os.path.join(ROOT, d, "actlab") for d in os.listdir(ROOT) if d.startswith("build"))]
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    sys.exit("actlab executable not found; build it or pass --actlab PATH")


def write_dataset(actlab, name, noise, n, path):
    subprocess.run([actlab, "dataset", name, "--n", str(n), "--noise", str(noise),
                    "--seed", str(SEED), "--out", path], check=True)


def run_actlab(actlab, data, hidden, batch, epochs, threads):
    out = subprocess.run(
        [actlab, "train", "--data", data, "--activation", "tanh", "--hidden", str(hidden),
         "--batch", str(batch), "--epochs", str(epochs), "--optimizer", "adam",
         "--lr", str(LEARNING_RATE), "--test-fraction", "0", "--seed", str(SEED),
         "--threads", str(threads), "--format", "json"],
        check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    return result["samples_per_second"], result["train_accuracy"], result.get("kernels", "")


def load_points(path):
    xs, ys = [], []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            xs.append([float(row["x1"]), float(row["x2"])])
            ys.append([float(row["label"])])
    return xs, ys


def run_torch(torch, points, hidden, batch, epochs, threads):
    torch.set_num_threads(threads)
    torch.manual_seed(SEED)
    x = torch.tensor(points[0])
    y = torch.tensor(points[1])
    n = x.shape[0]
    batch = n if batch == 0 else batch
    net = torch.nn.Sequential(torch.nn.Linear(2, hidden), torch.nn.Tanh(),
                              torch.nn.Linear(hidden, 1))
    for layer in (net[0], net[2]):
        torch.nn.init.xavier_uniform_(layer.weight)
        torch.nn.init.zeros_(layer.bias)
    optimizer = torch.optim.Adam(net.parameters(), lr=LEARNING_RATE)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    start = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(n)
        for i in range(0, n, batch):
            index = order[i:i + batch]
            optimizer.zero_grad()
            loss = loss_fn(net(x[index]), y[index])
            loss.backward()
            optimizer.step()
    seconds = time.perf_counter() - start
    with torch.no_grad():
        accuracy = ((net(x) >= 0).float() == y).float().mean().item()
    return n * epochs / seconds, accuracy


def main():
    maybe_reexec_with_system_python()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--actlab", help="path of the actlab executable")
    parser.add_argument("--repeats", type=int, default=3, help="best of this many runs")
    parser.add_argument("--quick", action="store_true", help="a tenth of the epochs, 1 repeat")
    parser.add_argument("--dataset", default="circle", help="a binary actlab dataset")
    parser.add_argument("--noise", type=float, default=0.1)
    args = parser.parse_args()
    actlab = find_actlab(args.actlab)
    torch = import_torch()
    repeats = 1 if args.quick else max(1, args.repeats)

    if torch is None:
        print("note: PyTorch is not installed (python3-torch); showing ActLab's figures only")
    else:
        print(f"PyTorch {torch.__version__} (float32, its default), ActLab {actlab} (float64); "
              f"data: {args.dataset}, noise {args.noise}")
    header = (f"{'configuration':<15} {'T':>2} {'ActLab samples/s':>17} {'PyTorch samples/s':>18} "
              f"{'ratio':>7} {'goal':>5} {'acc ActLab':>10} {'acc PyTorch':>11}")
    print(header)
    print("-" * len(header))
    ok = True
    scaling = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, hidden, n, batch, epochs, goal in CONFIGS:
            if args.quick:
                epochs = max(2, epochs // 10)
            data = os.path.join(tmp, f"{args.dataset}-{n}.csv")
            write_dataset(actlab, args.dataset, args.noise, n, data)
            points = load_points(data) if torch is not None else None
            for threads in THREADS:
                best = max((run_actlab(actlab, data, hidden, batch, epochs, threads)
                            for _ in range(repeats)), key=lambda r: r[0])
                speed, accuracy, kernels = best
                scaling[(name, threads)] = speed
                line = f"{name:<15} {threads:>2} {speed:>17,.0f}"
                if torch is not None:
                    t_speed, t_accuracy = max(
                        (run_torch(torch, points, hidden, batch, epochs, threads)
                         for _ in range(repeats)), key=lambda r: r[0])
                    ratio = speed / t_speed
                    ok = ok and ratio >= goal and accuracy >= t_accuracy - 0.01
                    line += (f" {t_speed:>18,.0f} {ratio:>6.1f}x {goal:>4.0f}x"
                             f" {accuracy:>10.3f} {t_accuracy:>11.3f}")
                else:
                    line += f" {'-':>18} {'-':>7} {goal:>4.0f}x {accuracy:>10.3f} {'-':>11}"
                print(line, flush=True)
    large = CONFIGS[-1][0]
    factor = scaling[(large, 2)] / scaling[(large, 1)]
    print(f"\nActLab kernels: {kernels}. {large}: 2 threads = {factor:.2f}x one thread (goal 1.6x)")
    if torch is not None:
        print("all goals met" if ok and factor >= 1.6 else "some goals missed (see above)")


if __name__ == "__main__":
    main()
