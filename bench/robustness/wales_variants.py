"""Writes variants of a daily series (date,count) that stress a forecaster the way other real ED series do.

thin    binomial thinning to 43% of the visits: about 160 a day, a Poisson floor near 6.3% MAPE
pand16  a pandemic from 16 March 2016: -40% within ten days, then a recovery with a second dip, over by 2018
pand17  the same from 16 March 2017, so the test year is the end of the recovery
pand18  the same from 1 June 2018, inside the test year

Usage: python3 wales_variants.py DAILY.csv OUT_DIR
"""
import csv
import datetime as dt
import os
import random
import sys


def binomial(n, p, rng):
    return sum(1 for _ in range(n) if rng.random() < p)


def pandemic(start, day):
    t = (dt.date.fromisoformat(day) - start).days
    if t < 0:
        return 1.0
    if t < 10:
        return 1 - 0.40 * t / 10
    if t < 80:
        return 0.60 + 0.20 * (t - 10) / 70
    if t < 200:
        return 0.80 + 0.10 * (t - 80) / 120
    if t < 270:
        return 0.90 - 0.10 * (t - 200) / 70
    if t < 400:
        return 0.80 + 0.15 * (t - 270) / 130
    return 0.95 + min(0.05, 0.05 * (t - 400) / 200)


def main(source, out):
    rows = [(r["date"], int(r["count"])) for r in csv.DictReader(open(source))]
    os.makedirs(out, exist_ok=True)

    def write(name, data):
        with open(os.path.join(out, name + ".csv"), "w") as f:
            f.write("date,count\n")
            f.writelines(f"{d},{c}\n" for d, c in data)

    rng = random.Random(7)
    write("thin", [(d, binomial(c, 0.43, rng)) for d, c in rows])
    for name, start, seed in [("pand16", dt.date(2016, 3, 16), 11), ("pand17", dt.date(2017, 3, 16), 11), ("pand18", dt.date(2018, 6, 1), 13)]:
        rng = random.Random(seed)
        write(name, [(d, binomial(c, pandemic(start, d), rng)) for d, c in rows])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
