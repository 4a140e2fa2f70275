#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Hallwright developers
"""Solves a free-MPS model with HiGHS through SciPy (Debian python3-scipy): the MIP with a time
limit, and its LP relaxation. Prints one JSON object. Used by bench_placement_quality; run it with
the Debian interpreter (/usr/bin/python3), which sees the Debian SciPy.

    /usr/bin/python3 solve_highs.py MODEL.mps [TIME_LIMIT_S]
"""
import json
import math
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix


def read_mps(path):
    rows, sense, obj_row = {}, [], None
    cols, integer, coef_obj = {}, [], []
    entries_r, entries_c, entries_v = [], [], []
    rhs, lower, upper = {}, {}, {}
    section, in_int = None, False
    with open(path) as f:
        for line in f:
            if not line.strip() or line.startswith("*"):
                continue
            if not line[0].isspace():
                section = line.split()[0]
                continue
            t = line.split()
            if section == "ROWS":
                if t[0] == "N":
                    obj_row = t[1]
                else:
                    rows[t[1]] = len(sense)
                    sense.append(t[0])
            elif section == "COLUMNS":
                if len(t) >= 3 and t[1] == "'MARKER'":
                    in_int = t[2] == "'INTORG'"
                    continue
                name = t[0]
                if name not in cols:
                    cols[name] = len(integer)
                    integer.append(1 if in_int else 0)
                    coef_obj.append(0.0)
                j = cols[name]
                for k in range(1, len(t) - 1, 2):
                    r, v = t[k], float(t[k + 1])
                    if r == obj_row:
                        coef_obj[j] = v
                    else:
                        entries_r.append(rows[r])
                        entries_c.append(j)
                        entries_v.append(v)
            elif section == "RHS":
                for k in range(1, len(t) - 1, 2):
                    rhs[rows[t[k]]] = float(t[k + 1])
            elif section == "BOUNDS":
                kind, name = t[0], t[2]
                j = cols[name]
                if kind == "UP":
                    upper[j] = float(t[3])
                elif kind == "LO":
                    lower[j] = float(t[3])
                elif kind == "FX":
                    lower[j] = upper[j] = float(t[3])
                elif kind == "MI":
                    lower[j] = -math.inf
                elif kind == "PL":
                    upper[j] = math.inf
    n, m = len(integer), len(sense)
    a = csr_matrix((entries_v, (entries_r, entries_c)), shape=(m, n))
    b = np.array([rhs.get(i, 0.0) for i in range(m)])
    lo = np.where([s == "L" for s in sense], -np.inf, b)
    hi = np.where([s == "G" for s in sense], np.inf, b)
    lb = np.array([lower.get(j, 0.0) for j in range(n)])
    ub = np.array([upper.get(j, math.inf) for j in range(n)])
    return np.array(coef_obj), a, lo, hi, lb, ub, np.array(integer)


def main():
    path = sys.argv[1]
    limit = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    c, a, lo, hi, lb, ub, integrality = read_mps(path)
    cons = LinearConstraint(a, lo, hi)
    bounds = Bounds(lb, ub)
    out = {"vars": int(len(c)), "rows": int(a.shape[0]), "integer": int(integrality.sum())}

    start = time.perf_counter()
    res = milp(c, constraints=cons, bounds=bounds, integrality=integrality,
               options={"time_limit": limit, "mip_rel_gap": 0.0, "disp": False})
    out["mip_seconds"] = time.perf_counter() - start
    out["mip_status"] = {0: "optimal", 1: "time limit", 2: "infeasible", 3: "unbounded"}.get(res.status, "other")
    out["mip_message"] = res.message
    out["mip_incumbent"] = None if res.x is None else -float(res.fun)
    bound = getattr(res, "mip_dual_bound", None)
    out["mip_bound"] = None if bound is None or not np.isfinite(bound) else -float(bound)

    start = time.perf_counter()
    lp = milp(c, constraints=cons, bounds=bounds, integrality=np.zeros_like(integrality),
              options={"time_limit": limit, "disp": False})
    out["lp_seconds"] = time.perf_counter() - start
    out["lp_status"] = "optimal" if lp.status == 0 else lp.message
    out["lp_bound"] = None if lp.x is None else -float(lp.fun)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
