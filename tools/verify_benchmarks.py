#!/usr/bin/env python3
"""Recompute roireport's benchmarks independently, check them against its JSON, and attack them.

Usage: verify_benchmarks.py BENCHMARKS.json SURVEY.csv [SURVEY.csv ...]

A second implementation in another language, from the written rules only (README, "How it
computes" and "Disclosure control"): Python's csv module, exact rational arithmetic (fractions).

1. Exact figures (counts, type 7 quantiles and the median's confidence interval of each channel and
   of each firm's gap between them) must match to 1e-9.
2. Protected figures (the means and shares) must lie within the bounds the JSON's
   settings.disclosure states of the exact value, or be withheld; at least 85% of the published
   groups must keep a mean and all three shares.
3. The differencing attack, in exact arithmetic: every published mean and share times its base is
   a total of its group's firms; for every withheld figure (and every set of firms that left a
   label blank and is too small to publish) whose total follows from those totals by additions and
   subtractions, the derived total must be at least the stated minimum error from the truth.

4. The cuts (settings.cuts): every band of every cut, for all firms and each segment, is checked as
   a group is (1 and 2), and attacked beside the groups on cells that split the cube's by the band,
   with numpy's least squares (the exact arithmetic of 3 is too slow on those cells in Python).

Unweighted files in the canonical schema, with the dimensions, min_n and cuts the JSON's settings
name. Exits 1 and prints every difference, every figure out of bounds and every disclosure.
"""
import csv
import json
import sys
from fractions import Fraction
from itertools import product
from math import comb, floor, ceil

TOLERANCE = 1e-9


def number(text):
    text = text.strip()
    return None if text == "" else Fraction(text)


def hourly_return(sales, costs, hours):
    if sales is None or hours is None or hours == 0 or costs is None:
        return None
    return (sales - costs) / hours


def read(paths, dimensions):
    firms = []
    for path in paths:
        with open(path, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                row = {k.strip().lower(): (v or "") for k, v in row.items() if k is not None}
                staff = number(row.get("sm_staff_cost_per_hour", ""))
                hours = number(row["sm_hours"])
                firm = {
                    "year": int(row["survey_year"]),
                    "attributing": row["sm_sales"].strip() != "",
                    "hours_in": hours is not None and hours > 0,
                    "staff": staff,
                    "sm": hourly_return(number(row["sm_sales"]), number(row["sm_direct_costs"]), number(row["sm_hours"])),
                    "other": hourly_return(number(row["other_sales"]), number(row["other_direct_costs"]), number(row["other_hours"])),
                }
                for d in dimensions:
                    value = row.get(d, "").strip()
                    firm[d] = (value.upper() if d == "segment" else value) or None
                firm[SEGMENT] = row["segment"].strip().upper()
                firm["sales_cycle_months"] = number(row.get("sales_cycle_months", ""))
                firm["sm_hours_per_week"] = None if hours is None else hours / WEEKS
                firm["sm_years"] = number(row.get("sm_years", ""))
                firm["sm_primary_platform"] = row.get("sm_primary_platform", "").strip() or None
                firms.append(firm)
    return firms


SEGMENT, BAND = "(segment)", "(band)"
WEEKS = Fraction(52)


def bands(edges):
    """A numeric cut's bands: (label, lower, upper), under the first edge, between each two, the last or more."""
    text = lambda x: str(int(x)) if x == int(x) else repr(float(x))
    edges = [Fraction(str(e)) for e in edges]
    result = [(f"<{text(edges[0])}", Fraction(0), edges[0])]
    result += [(f"{text(a)}-{text(b)}", a, b) for a, b in zip(edges, edges[1:])]
    return result + [(f"{text(edges[-1])}+", edges[-1], None)]


def band_of(value, cut_bands):
    """The label of a value's band (on an edge: the upper band), None for blank."""
    if value is None:
        return None
    for label, lower, upper in cut_bands:
        if value >= lower and (upper is None or value < upper):
            return label
    return None


def type7(sorted_values, p):
    """Hyndman-Fan 7 in exact arithmetic: x[lo] + h (x[hi] - x[lo]), 1-based index 1 + (n-1)p."""
    index = 1 + (len(sorted_values) - 1) * Fraction(p)
    lo, hi = floor(index), ceil(index)
    h = index - lo
    return sorted_values[lo - 1] + h * (sorted_values[hi - 1] - sorted_values[lo - 1])


def median_ci(sorted_values):
    """DescTools::MedianCI(method = "exact"): k = qbinom(0.025, n, 0.5); [x(k), x(n-k+1)].

    None where k is 1: the bounds would be the lowest and highest firms' own values."""
    n = len(sorted_values)
    cumulative, k = 0, None
    for i in range(n + 1):
        cumulative += comb(n, i)
        if Fraction(cumulative, 2 ** n) >= Fraction(1, 40):
            k = i
            break
    if not k or k == 1:
        return None
    return [sorted_values[k - 1], sorted_values[n - k]]


def quantiles(values, min_tails):
    values = sorted(values)
    stats = {"n": len(values)}
    for name, p in (("p10", "0.1"), ("p25", "0.25"), ("p50", "0.5"), ("p75", "0.75"), ("p90", "0.9")):
        stats[name] = type7(values, p) if (name not in ("p10", "p90") or len(values) >= min_tails) else None
    stats["p50_ci95"] = median_ci(values)
    return stats


# The protected figures: (name in the JSON, the firms of its base, the value each adds to its total, is a mean).
FIGURES = (
    ("hourly_return.mean", lambda f: f["sm"] is not None, lambda f: f["sm"], True),
    ("share_positive", lambda f: f["sm"] is not None, lambda f: 1 if f["sm"] > 0 else 0, False),
    ("share_attributing", lambda f: True, lambda f: 1 if f["attributing"] else 0, False),
    ("other_hourly_return.mean", lambda f: f["other"] is not None, lambda f: f["other"], True),
    ("share_sm_ge_other", lambda f: f["sm"] is not None and f["other"] is not None, lambda f: 1 if f["sm"] >= f["other"] else 0, False),
    ("share_positive_bounds", lambda f: True, lambda f: 1 if not f["attributing"] and f["hours_in"] else 0, False),
    ("share_above_staff_cost", lambda f: f["sm"] is not None and f["staff"] is not None, lambda f: 1 if f["sm"] > f["staff"] else 0, False),
)


def published_value(group, name):
    """The published figure, as a ratio of its total to its base; for the bounds, the share of
    respondents they make unattributed, u / (n + u), their width."""
    if name == "share_positive_bounds":
        bounds = group["share_positive_bounds"]
        return None if bounds is None else bounds[1] - bounds[0]
    if name.endswith(".mean"):
        channel = group.get(name.split(".")[0])
        return None if channel is None else channel["mean"]
    return group[name]


def published_total(group, figure, members):
    """The total a published figure gives away: the figure times its base; for the bounds, the
    unattributed count u that their width d = u / (n + u) gives."""
    name = figure[0]
    value = Fraction(published_value(group, name))
    if name == "share_positive_bounds":
        n = sum(1 for f in members if f["sm"] is not None)
        return value * n / (1 - value)
    return value * exact_figure(members, figure)[1]


def exact_figure(members, figure):
    _, in_base, value, _ = figure
    base = [f for f in members if in_base(f)]
    return (Fraction(sum(value(f) for f in base)), len(base)) if base else (None, 0)


class Cube:
    """A wave's firms by cell: their labels of every dimension, a blank being a label of its own."""

    def __init__(self, wave, dimensions):
        self.dimensions = dimensions
        self.cells = {}
        for f in wave:
            self.cells.setdefault(tuple(f[d] for d in dimensions), []).append(f)
        self.keys = sorted(self.cells, key=lambda k: tuple("" if x is None else x for x in k))

    def members(self, pattern):
        """The cells a pattern covers: per dimension a label, None for all, or BLANK."""
        return [i for i, key in enumerate(self.keys)
                if all(p is None or (p == BLANK and k is None) or (p != BLANK and k == p) for p, k in zip(pattern, key))]

    def firms(self, cells):
        return [f for i in cells for f in self.cells[self.keys[i]]]


BLANK = object()


def check_group(group, members, settings, problems, key):
    min_n = settings["min_n"]
    sm = [f["sm"] for f in members if f["sm"] is not None]
    other = [f["other"] for f in members if f["other"] is not None]
    both = [f for f in members if f["sm"] is not None and f["other"] is not None]
    staff = [f for f in members if f["sm"] is not None and f["staff"] is not None]
    counts = {"respondents": len(members), "n": len(sm), "suppressed": len(sm) < min_n, "n_other": len(other), "n_both": len(both),
              "n_staff_cost": len(staff)}
    compare(str(key), counts, group, problems)
    if counts["suppressed"]:
        for name in ("hourly_return", "other_hourly_return", "share_positive", "share_attributing", "share_sm_ge_other", "sm_minus_other",
                     "share_positive_bounds", "share_above_staff_cost"):
            if group[name] is not None:
                problems.append(f"{key}: {name} is published for a suppressed group")
        return
    compare(f"{key}.hourly_return", quantiles(sm, settings["min_n_tails"]), group["hourly_return"], problems)
    if len(other) >= min_n:
        compare(f"{key}.other_hourly_return", quantiles(other, settings["min_n_tails"]), group["other_hourly_return"], problems)
    elif group["other_hourly_return"] is not None:
        problems.append(f"{key}: other_hourly_return is published with n_other = {len(other)}")
    if len(both) < min_n and group["share_sm_ge_other"] is not None:
        problems.append(f"{key}: share_sm_ge_other is published with n_both = {len(both)}")
    if len(both) >= min_n:
        compare(f"{key}.sm_minus_other", quantiles([f["sm"] - f["other"] for f in both], settings["min_n_tails"]), group["sm_minus_other"], problems)
    elif group["sm_minus_other"] is not None:
        problems.append(f"{key}: sm_minus_other is published with n_both = {len(both)}")
    if len(staff) < min_n and group["share_above_staff_cost"] is not None:
        problems.append(f"{key}: share_above_staff_cost is published with n_staff_cost = {len(staff)}")


def check_protected(group, members, disclosure, problems, key):
    """Every published protected figure within the stated bounds of the exact one (or withheld)."""
    large = disclosure["max_error_large_groups"]
    wide = disclosure["max_error_published"]
    for figure in FIGURES:
        name, _, _, mean = figure
        total, base = exact_figure(members, figure)
        value = published_value(group, name)
        if value is None:
            continue
        if name == "share_positive_bounds":
            # The bounds carry the same positive count as share_positive, and a protected unattributed count.
            n = group["n"]
            unattributed = published_total(group, figure, members)
            positive = Fraction(group["share_positive"]) * n if group["share_positive"] is not None else None
            if positive is None or abs(Fraction(group["share_positive_bounds"][0]) * (n + unattributed) - positive) > Fraction(1, 10 ** 6):
                problems.append(f"{key}.share_positive_bounds: {group['share_positive_bounds']} does not carry share_positive's count")
            value, truth, base = unattributed / base, total / base, base
        else:
            truth = total / base
        if group["n"] >= large["n"]:
            limit = max(Fraction(large["relative"]) * abs(truth), Fraction(large["per_hour"])) if mean else Fraction(large["share"])
        else:
            limit = max(Fraction(wide["relative"]) * abs(truth), Fraction(wide["per_hour"])) if mean else max(Fraction(wide["share"]), Fraction(1, base))
        if abs(Fraction(value) - truth) > limit * (1 + Fraction(1, 10 ** 9)):
            problems.append(f"{key}.{name}: published {value}, exact {float(truth)!r}, more than {float(limit)!r} apart")


def attack(cube, groups, disclosure, min_n):
    """Every withheld figure (and small blank-label set) the published ones give back, with how far off it is."""
    minimum = disclosure["min_error_withheld"]
    patterns = [tuple(g[d] for d in cube.dimensions) for g in groups]
    members = [cube.members(p) for p in patterns]
    blanks = {}
    for fixed in product((False, True), repeat=len(cube.dimensions)):
        for key in cube.keys:
            pattern = tuple((BLANK if v is None else v) if on else None for v, on in zip(key, fixed))
            if BLANK in pattern:
                blanks.setdefault(pattern, None)
    findings = []
    for figure in FIGURES:
        name, in_base, value, mean = figure
        live = [i for i, k in enumerate(cube.keys) if any(in_base(f) for f in cube.cells[k])]
        index = {c: j for j, c in enumerate(live)}
        basis = {}
        for g, cells in zip(groups, members):
            if published_value(g, name) is not None:
                add(basis, vector(cells, index), published_total(g, figure, cube.firms(cells)))
        targets = [(str(tuple(g[d] for d in cube.dimensions)), cells) for g, cells in zip(groups, members) if published_value(g, name) is None]
        for pattern in blanks:
            cells = cube.members(pattern)
            firms = cube.firms(cells)
            rows = sum(1 for f in firms if in_base(f))
            n = sum(1 for f in firms if f["sm"] is not None)
            if rows and (n < min_n or (name.startswith("other") or name == "share_sm_ge_other") and rows < min_n):
                targets.append((str(tuple("(blank)" if p is BLANK else p for p in pattern)), cells))
        for label, cells in targets:
            total, base = exact_figure(cube.firms(cells), figure)
            if not base:
                continue
            derived = derive(basis, vector(cells, index))
            if derived is None:
                continue
            need = max(Fraction(minimum["relative"]) * abs(total), Fraction(minimum["per_hour"]) * base) if mean else Fraction(minimum["firms"])
            findings.append((label, name, float(total), float(derived), abs(derived - total) < need))
    return findings


def cut_entries(wave, cut, edges, report_cuts, year):
    """Each firm's band of the cut; the entries expected for the wave, and the report's."""
    if edges == "labels":
        for f in wave:
            f[BAND] = f[cut]
    else:
        cut_bands = bands(edges)
        for f in wave:
            f[BAND] = band_of(f[cut], cut_bands)
    expected = set()
    for f in wave:
        if f[BAND] is not None:
            expected |= {(None, f[BAND]), (f[SEGMENT], f[BAND])}
    actual = [c for c in report_cuts if c["year"] == year and c["cut"] == cut]
    return expected, actual


def check_band_limits(entry, edges, problems, key):
    if edges == "labels":
        if entry["lower"] is not None or entry["upper"] is not None:
            problems.append(f"{key}: a label band has lower/upper")
        return
    match = [b for b in bands(edges) if b[0] == entry["band"]]
    if not match:
        problems.append(f"{key}: no band {entry['band']!r} in {edges}")
        return
    _, lower, upper = match[0]
    if Fraction(entry["lower"]) != lower or (upper is None) != (entry["upper"] is None) or (upper is not None and Fraction(entry["upper"]) != upper):
        problems.append(f"{key}: lower/upper {entry['lower']}, {entry['upper']}, expected {float(lower)}, {upper if upper is None else float(upper)}")


def attack_cut(wave, dimensions, groups, entries, disclosure, min_n):
    """The attack on the groups and one cut's bands together, on cells of (the cube's cell, segment, band), in floating point."""
    import numpy
    minimum = disclosure["min_error_withheld"]
    columns = list(dimensions) + [SEGMENT, BAND]
    cube = Cube(wave, columns)
    units = [(str(tuple(g[d] for d in dimensions)), g, cube.members(tuple(g[d] for d in dimensions) + (None, None)), False) for g in groups]
    units += [(f"{e['year']} {e['cut']} {e['band']} {e['segment'] or 'all firms'}", e,
               cube.members(tuple(None for _ in dimensions) + (e["segment"], e["band"])), True) for e in entries]
    blanks = {tuple(None for _ in dimensions) + (s, BLANK) for s in {None} | {f[SEGMENT] for f in wave}}
    findings = []
    for figure in FIGURES:
        name, in_base, value, mean = figure
        live = [i for i, k in enumerate(cube.keys) if any(in_base(f) for f in cube.cells[k])]
        index = {c: j for j, c in enumerate(live)}
        rows, totals = [], []
        for label, unit, cells, _ in units:
            if published_value(unit, name) is not None:
                row = numpy.zeros(len(live))
                row[[index[c] for c in cells if c in index]] = 1
                rows.append(row)
                totals.append(float(published_total(unit, figure, cube.firms(cells))))
        targets = [(label, cells) for label, unit, cells, _ in units if published_value(unit, name) is None]
        for pattern in blanks:
            cells = cube.members(pattern)
            firms = cube.firms(cells)
            in_figure = sum(1 for f in firms if in_base(f))
            n = sum(1 for f in firms if f["sm"] is not None)
            if in_figure and (n < min_n or (name.startswith("other") or name in ("share_sm_ge_other", "share_above_staff_cost")) and in_figure < min_n):
                targets.append((f"{entries[0]['cut']} blank {pattern[-2] or 'all firms'}", cells))
        if not rows or not targets:
            continue
        published = numpy.array(rows)
        wanted = numpy.zeros((len(live), len(targets)))
        for t, (_, cells) in enumerate(targets):
            wanted[[index[c] for c in cells if c in index], t] = 1
        # One least-squares solve for every target: a target the published rows span is given back exactly.
        coefficients = least_squares(numpy, published.T, wanted)
        residuals = numpy.linalg.norm(published.T @ coefficients - wanted, axis=0)
        for t, (label, cells) in enumerate(targets):
            total, base = exact_figure(cube.firms(cells), figure)
            if not base or residuals[t] > 1e-6 * max(1.0, numpy.linalg.norm(wanted[:, t])):
                continue
            derived = float(coefficients[:, t] @ numpy.array(totals))
            need = max(Fraction(minimum["relative"]) * abs(total), Fraction(minimum["per_hour"]) * base) if mean else Fraction(minimum["firms"])
            findings.append((label, name, float(total), derived, abs(derived - float(total)) < float(need) * (1 - 1e-9)))
    return findings


def least_squares(numpy, a, b):
    """x minimising |a x - b|, column by column. LAPACK's SVD (gelsd, gesdd) fails to converge on
    some of these 0/1 matrices; the symmetric eigensolver on the normal equations does not."""
    try:
        return numpy.linalg.lstsq(a, b, rcond=None)[0]
    except numpy.linalg.LinAlgError:
        gram = a.T @ a
        values, vectors = numpy.linalg.eigh(gram)
        kept = values > values.max() * 1e-12
        return (vectors[:, kept] / values[kept]) @ vectors[:, kept].T @ (a.T @ b)


def vector(cells, index):
    return {index[c]: Fraction(1) for c in cells if c in index}


def add(basis, v, total):
    v, total = reduce(basis, v, total)
    if not v:
        return
    pivot = min(v)
    scale = v[pivot]
    v = {c: x / scale for c, x in v.items()}
    total /= scale
    for p, (row, row_total) in list(basis.items()):
        factor = row.get(pivot)
        if factor:
            merged = dict(row)
            for c, x in v.items():
                merged[c] = merged.get(c, 0) - factor * x
                if merged[c] == 0:
                    del merged[c]
            basis[p] = (merged, row_total - factor * total)
    basis[pivot] = (v, total)


def reduce(basis, v, total):
    v = dict(v)
    for p, (row, row_total) in basis.items():
        factor = v.get(p)
        if factor:
            for c, x in row.items():
                v[c] = v.get(c, 0) - factor * x
                if v[c] == 0:
                    del v[c]
            total -= factor * row_total
    return v, total


def derive(basis, v):
    rest, value = reduce(basis, v, Fraction(0))
    return None if rest else -value


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
    if report.get("schema") != "roireport.benchmarks/2":
        print(f"{argv[1]}: expected schema roireport.benchmarks/2, got {report.get('schema')!r}")
        return 1
    settings = report["settings"]
    dimensions = settings["dimensions"]
    disclosure = settings["disclosure"]
    global WEEKS
    WEEKS = Fraction(str(settings["period_months"])) * 52 / 12
    firms = read(argv[2:], dimensions)
    problems, checked, published, kept, findings, cuts_checked = [], 0, 0, 0, [], 0
    years = sorted({f["year"] for f in firms})
    for year in years:
        cube = Cube([f for f in firms if f["year"] == year], dimensions)
        groups = [g for g in report["groups"] if g["year"] == year]
        expected = set()
        for fixed in product((False, True), repeat=len(dimensions)):
            for key in cube.keys:
                if all(not on or v is not None for v, on in zip(key, fixed)):
                    expected.add(tuple(v if on else None for v, on in zip(key, fixed)))
        actual = {tuple(g[d] for d in dimensions) for g in groups}
        problems += [f"{year} {k}: missing from the report" for k in sorted(expected - actual, key=str)]
        problems += [f"{year} {k}: in the report but not in the data" for k in sorted(actual - expected, key=str)]
        for g in groups:
            members = cube.firms(cube.members(tuple(g[d] for d in dimensions)))
            key = (year,) + tuple(g[d] for d in dimensions)
            check_group(g, members, settings, problems, key)
            checked += 1
            if not g["suppressed"]:
                published += 1
                kept += all(x is not None for x in (g["hourly_return"]["mean"], g["share_positive"], g["share_attributing"], g["share_sm_ge_other"]))
                check_protected(g, members, disclosure, problems, key)
        findings += [(year,) + f for f in attack(cube, groups, disclosure, settings["min_n"])]
        wave = [f for f in firms if f["year"] == year]
        for cut, edges in settings["cuts"].items():
            expected, entries = cut_entries(wave, cut, edges, report["cuts"], year)
            actual = {(e["segment"], e["band"]) for e in entries}
            problems += [f"{year} {cut} {k}: missing from the report's cuts" for k in sorted(expected - actual, key=str)]
            problems += [f"{year} {cut} {k}: in the report's cuts but not in the data" for k in sorted(actual - expected, key=str)]
            for e in entries:
                members = [f for f in wave if f[BAND] == e["band"] and (e["segment"] is None or f[SEGMENT] == e["segment"])]
                key = (year, cut, e["band"], e["segment"])
                check_band_limits(e, edges, problems, key)
                check_group(e, members, settings, problems, key)
                cuts_checked += 1
                if not e["suppressed"]:
                    check_protected(e, members, disclosure, problems, key)
            if entries:
                seen = {f[:3] for f in findings}
                findings += [(year,) + f for f in attack_cut(wave, dimensions, groups, entries, disclosure, settings["min_n"]) if (year,) + f[:2] not in seen]
    disclosed = [f for f in findings if f[-1]]
    for year, label, name, truth, derived, _ in disclosed:
        problems.append(f"{year} {label} {name}: derived {derived!r} from the published figures, true {truth!r}: disclosed")
    if published and kept < 0.85 * published:
        problems.append(f"only {kept} of {published} published groups keep a mean and all three shares, expected at least 85%")
    for problem in problems[:50]:
        print(problem)
    print(f"verify_benchmarks: {checked} groups and {cuts_checked} bands of cuts checked, {len(problems)} differences; "
          f"attack: {len(findings)} withheld figures derivable, {len(disclosed)} disclosed; "
          f"{kept} of {published} published groups keep a mean and all three shares")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
