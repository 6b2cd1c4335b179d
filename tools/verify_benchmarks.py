#!/usr/bin/env python3
"""Recompute roireport's benchmarks independently and compare them to its JSON.

Usage: verify_benchmarks.py BENCHMARKS.json SURVEY.csv [SURVEY.csv ...]

A second implementation in another language, from the written rules only (README, "How it
computes"): Python's csv module, exact rational arithmetic (fractions) for the type 7 quantiles
and the mean, and exact binomial sums for the median's confidence interval. Unweighted files in
the canonical schema with the default settings (dimensions segment, industry, employees; min_n 10).
Exits 1 and prints every difference above 1e-9 (relative for large values).
"""
import csv
import json
import sys
from fractions import Fraction
from itertools import product
from math import comb, floor, ceil

TOLERANCE = 1e-9
DIMENSIONS = ("segment", "industry", "employees")


def number(text):
    text = text.strip()
    return None if text == "" else Fraction(text)


def hourly_return(sales, costs, hours):
    if sales is None or hours is None or hours == 0 or costs is None:
        return None
    return (sales - costs) / hours


def read(paths):
    firms = []
    for path in paths:
        with open(path, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                row = {k.strip().lower(): (v or "") for k, v in row.items() if k is not None}
                firms.append({
                    "year": int(row["survey_year"]),
                    "segment": row["segment"].strip().upper(),
                    "industry": row["industry"].strip() or None,
                    "employees": row["employees"].strip() or None,
                    "attributing": row["sm_sales"].strip() != "",
                    "sm": hourly_return(number(row["sm_sales"]), number(row["sm_direct_costs"]), number(row["sm_hours"])),
                    "other": hourly_return(number(row["other_sales"]), number(row["other_direct_costs"]), number(row["other_hours"])),
                })
    return firms


def type7(sorted_values, p):
    """Hyndman-Fan 7 in exact arithmetic: x[lo] + h (x[hi] - x[lo]), 1-based index 1 + (n-1)p."""
    index = 1 + (len(sorted_values) - 1) * Fraction(p)
    lo, hi = floor(index), ceil(index)
    h = index - lo
    return sorted_values[lo - 1] + h * (sorted_values[hi - 1] - sorted_values[lo - 1])


def median_ci(sorted_values):
    """DescTools::MedianCI(method = "exact"): k = qbinom(0.025, n, 0.5); [x(k), x(n-k+1)]."""
    n = len(sorted_values)
    cumulative, k = 0, None
    for i in range(n + 1):
        cumulative += comb(n, i)
        if Fraction(cumulative, 2 ** n) >= Fraction(1, 40):
            k = i
            break
    if not k:
        return None
    return [sorted_values[k - 1], sorted_values[n - k]]


def channel(values):
    values = sorted(values)
    n = len(values)
    stats = {"n": n}
    for name, p in (("p10", "0.1"), ("p25", "0.25"), ("p50", "0.5"), ("p75", "0.75"), ("p90", "0.9")):
        stats[name] = type7(values, p) if (name not in ("p10", "p90") or n >= 20) else None
    stats["mean"] = sum(values) / n
    stats["p50_ci95"] = median_ci(values)
    return stats


def expected_groups(firms):
    for year in sorted({f["year"] for f in firms}):
        wave = [f for f in firms if f["year"] == year]
        for fixed in product((False, True), repeat=3):
            keys = {tuple(f[d] if on else None for d, on in zip(DIMENSIONS, fixed)) for f in wave}
            for key in keys:
                if any(on and value is None for on, value in zip(fixed, key)):
                    continue
                members = [f for f in wave if all(not on or f[d] == v for d, on, v in zip(DIMENSIONS, fixed, key))]
                sm = [f["sm"] for f in members if f["sm"] is not None]
                other = [f["other"] for f in members if f["other"] is not None]
                both = [f for f in members if f["sm"] is not None and f["other"] is not None]
                group = {"year": year, **dict(zip(DIMENSIONS, key)), "respondents": len(members), "n": len(sm), "suppressed": len(sm) < 10}
                if not group["suppressed"]:
                    group.update({
                        "hourly_return": channel(sm),
                        "other_hourly_return": channel(other) if len(other) >= 10 else None,
                        "share_positive": Fraction(sum(1 for v in sm if v > 0), len(sm)),
                        "share_attributing": Fraction(sum(1 for f in members if f["attributing"]), len(members)),
                        "share_sm_ge_other": Fraction(sum(1 for f in both if f["sm"] >= f["other"]), len(both)) if len(both) >= 10 else None,
                        "n_other": len(other),
                        "n_both": len(both),
                    })
                yield group


def compare(path, expected, actual, problems):
    if isinstance(expected, dict):
        for name, value in expected.items():
            compare(f"{path}.{name}", value, actual.get(name, "<missing>") if isinstance(actual, dict) else "<missing>", problems)
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            problems.append(f"{path}: expected {expected}, got {actual}")
        else:
            for i, (e, a) in enumerate(zip(expected, actual)):
                compare(f"{path}[{i}]", e, a, problems)
    elif isinstance(expected, Fraction):
        if not isinstance(actual, (int, float)) or abs(float(expected) - actual) > TOLERANCE * max(1.0, abs(float(expected))):
            problems.append(f"{path}: expected {float(expected)!r}, got {actual!r}")
    elif expected != actual:
        problems.append(f"{path}: expected {expected!r}, got {actual!r}")


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        report = json.load(f)
    actual = {(g["year"], g["segment"], g["industry"], g["employees"]): g for g in report["groups"]}
    problems, checked = [], 0
    for group in expected_groups(read(argv[2:])):
        key = (group["year"], group["segment"], group["industry"], group["employees"])
        if key not in actual:
            problems.append(f"{key}: missing from the report")
            continue
        compare(str(key), group, actual.pop(key), problems)
        checked += 1
    problems += [f"{key}: in the report but not in the data" for key in actual]
    for problem in problems[:50]:
        print(problem)
    print(f"verify_benchmarks: {checked} groups checked, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
