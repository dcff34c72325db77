#!/usr/bin/env python3
"""Helpers of `just bench`: URL files for oha, and one Markdown row per measure.

    report.py urls BASE PATH < values        one URL a line: BASE + PATH with each value
    report.py wrk WHAT LOAD < wrk-output     a row from `wrk --latency`
    report.py oha WHAT LOAD FILE             a row from `oha --output-format json`
    report.py pgbench WHAT LOAD OUTPUT [LOG…] a row from pgbench's output (and its -l logs)

Latencies are printed in milliseconds; each row has the columns
| what | load | requests/s | mean | p50 | p95 | p99 |.
"""

import json
import math
import re
import sys
from urllib.parse import quote


def ms(seconds):
    return "" if seconds is None else f"{seconds * 1000:.2f} ms"


def row(what, load, rate, mean=None, p50=None, p95=None, p99=None, note=""):
    cells = [what, load, f"{rate:.1f}{note}", ms(mean), ms(p50), ms(p95), ms(p99)]
    print("| " + " | ".join(cells) + " |")


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def urls(base, template):
    for line in sys.stdin:
        value = line.rstrip("\n")
        if value:
            print(base + template.replace("{}", quote(value, safe="")))


WRK_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}


def wrk_seconds(text):
    match = re.fullmatch(r"([0-9.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * WRK_UNITS[match.group(2)] if match else None


def wrk(what, load):
    rate, mean, p50, p99 = 0.0, None, None, None
    for line in sys.stdin:
        fields = line.split()
        if line.startswith("Requests/sec:"):
            rate = float(fields[1])
        elif fields[:1] == ["Latency"] and mean is None:
            mean = wrk_seconds(fields[1])
        elif fields[:1] == ["50%"]:
            p50 = wrk_seconds(fields[1])
        elif fields[:1] == ["99%"]:
            p99 = wrk_seconds(fields[1])
    row(what, load, rate, mean, p50, None, p99)


def oha(what, load, path):
    with open(path, encoding="utf-8") as file:
        result = json.load(file)
    summary = result["summary"]
    percentiles = result["latencyPercentiles"]
    codes = result.get("statusCodeDistribution", {})
    errors = sum(result.get("errorDistribution", {}).values())
    failed = sum(count for code, count in codes.items() if code != "200") + errors
    note = f" ({failed} failed)" if failed else ""
    row(what, load, summary["requestsPerSec"] or 0.0, summary["average"],
        percentiles.get("p50"), percentiles.get("p95"), percentiles.get("p99"), note)


def pgbench(what, load, output, logs):
    with open(output, encoding="utf-8") as file:
        text = file.read()
    tps = float(re.search(r"^tps = ([0-9.]+)", text, re.M).group(1))
    mean = float(re.search(r"^latency average = ([0-9.]+) ms", text, re.M).group(1)) / 1000
    failed = re.search(r"^number of failed transactions: ([0-9]+)", text, re.M)
    note = f" ({failed.group(1)} failed)" if failed and failed.group(1) != "0" else ""
    latencies = []
    for log in logs:
        with open(log, encoding="utf-8") as file:
            # client transaction latency_us script epoch epoch_us [schedule_lag]; the latency
            # of a rate-limited run counts from the scheduled start.
            latencies += [int(line.split()[2]) / 1e6 for line in file if line.strip()]
    latencies.sort()
    row(what, load, tps, mean, percentile(latencies, 0.50), percentile(latencies, 0.95),
        percentile(latencies, 0.99), note)


def main(argv):
    command, args = argv[1], argv[2:]
    if command == "urls":
        urls(*args)
    elif command == "wrk":
        wrk(*args)
    elif command == "oha":
        oha(*args)
    elif command == "pgbench":
        pgbench(args[0], args[1], args[2], args[3:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
