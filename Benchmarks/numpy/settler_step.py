#!/usr/bin/env python3
"""NumPy implementation of the Dedust trajectory settler step, for a side-by-side speed comparison with the
Swift engine (Benchmarks/trajectory-benchmark, `--numpy`).

Same physics as `SettlerFlow` + `OrnsteinUhlenbeckDispersion` + the Swift step kernel (docs/trajectories.md):
plug flow U in one tray channel of height h; seen velocity u + sigma*w; Schiller-Naumann drag
f = 1 + 0.15 Re^0.687 (Re < 1000) on the relaxation time tau (Cunningham slip included in tau); exact
exponential update of velocity and position with gravity; Ornstein-Uhlenbeck seen-velocity fluctuation with
the crossing-trajectory time scale T* = T_L / sqrt(1 + (slip/sigma)^2) and three-point increments
(-sqrt3, 0, +sqrt3 with probabilities 1/6, 2/3, 1/6); settling floor captured with probability
2 v_t/(sigma sqrt(2/pi) + v_t), reflecting ceiling, escape at x = L; finished particles are compacted away
every step. Random numbers come from NumPy's PCG64, so results agree with Swift in distribution only.

Prints one JSON line: particle steps, seconds, particle-steps per second, collected fraction.
"""
import argparse
import json
import math
import time

import numpy as np


def run(n, length, height, velocity, sigma, time_scale, dt, tau, re_factor, g_eff, v_t, seed, max_steps):
    rng = np.random.default_rng(seed)
    x = np.zeros(n)
    y = rng.uniform(0.0, height, n)
    vx = np.full(n, velocity)
    vy = np.zeros(n)
    wx = rng.standard_normal(n)
    wy = rng.standard_normal(n)
    m = sigma * math.sqrt(2 / math.pi)
    p_capture = 1.0 if m <= 0 else min(1.0, 2 * v_t / (m + v_t))
    root3 = math.sqrt(3.0)
    steps = captured = escaped = 0
    step = 0
    while x.size and step < max_steps:
        k = x.size
        steps += k
        draws = rng.integers(0, 6, size=(2, k), dtype=np.int8)
        xi = np.where(draws == 0, -root3, np.where(draws == 5, root3, 0.0))
        sx = velocity + sigma * wx
        sy = sigma * wy
        dx = sx - vx
        dy = sy - vy
        re = re_factor * np.sqrt(dx * dx + dy * dy)
        f = np.where(re < 1000, 1 + 0.15 * np.power(re, 0.687), re * (0.44 / 24))
        tp = tau / f
        e = np.exp(-dt / tp)
        decay = tp * (1 - e)
        eqy = sy - g_eff * tp
        x += sx * dt + (vx - sx) * decay
        y += eqy * dt + (vy - eqy) * decay
        vx = sx + (vx - sx) * e
        vy = eqy + (vy - eqy) * e
        slip = np.sqrt((sx - vx) ** 2 + (sy - vy) ** 2)
        t_star = time_scale / np.sqrt(1 + (slip / sigma) ** 2)
        ee = np.exp(-dt / t_star)
        kick = np.sqrt(np.maximum(0.0, 1 - ee * ee))
        wx = wx * ee + kick * xi[0]
        wy = wy * ee + kick * xi[1]
        floor = y <= 0
        y = np.where(floor, -y, y)
        deposit = floor & (rng.random(k) < p_capture)
        bounce = floor & ~deposit
        ceiling = ~floor & (y >= height)
        y = np.where(ceiling, 2 * height - y, y)
        flip = bounce | ceiling
        vy = np.where(flip, -vy, vy)
        wy = np.where(flip, -wy, wy)
        escape = ~deposit & (x >= length)
        captured += int(deposit.sum())
        escaped += int(escape.sum())
        keep = ~(deposit | escape)
        x, y, vx, vy, wx, wy = x[keep], y[keep], vx[keep], vy[keep], wx[keep], wy[keep]
        step += 1
    return steps, captured, escaped, x.size


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # Defaults: the benchmark settler (L = 9, W = 3, H = 4 m, Q = 12 m3/s, air 20 C, 20 um, rho_p = 2200).
    p.add_argument("--particles", type=int, default=65536)
    p.add_argument("--length", type=float, default=9.0)
    p.add_argument("--height", type=float, default=4.0)
    p.add_argument("--velocity", type=float, default=1.0)
    p.add_argument("--sigma", type=float, default=0.05)
    p.add_argument("--time-scale", type=float, default=5.4667)
    p.add_argument("--dt", type=float, default=0.0225)
    p.add_argument("--tau", type=float, default=2.7e-3)
    p.add_argument("--re-factor", type=float, default=1.33)
    p.add_argument("--g-eff", type=float, default=9.80)
    p.add_argument("--vt", type=float, default=0.0265)
    p.add_argument("--max-steps", type=int, default=1_000_000)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    best = None
    for r in range(a.repeats):
        t0 = time.perf_counter()
        steps, captured, escaped, undecided = run(a.particles, a.length, a.height, a.velocity, a.sigma, a.time_scale,
                                                  a.dt, a.tau, a.re_factor, a.g_eff, a.vt, a.seed + r, a.max_steps)
        seconds = time.perf_counter() - t0
        if best is None or seconds < best[1]:
            best = (steps, seconds, captured, escaped, undecided)
    steps, seconds, captured, escaped, undecided = best
    print(json.dumps({"particle_steps": steps, "seconds": seconds, "per_second": steps / seconds,
                      "efficiency": captured / a.particles, "undecided": undecided,
                      "numpy": np.__version__}))


if __name__ == "__main__":
    main()
