#!/usr/bin/env python3
"""Search latency: requests /search for every query in a file, one after the
other on one keep-alive connection, and prints p50/p95/p99 in milliseconds.

  bench/search_latency.py http://127.0.0.1:18082 bench/search_queries.txt [ROUNDS]

Query file: one query a line ('#' lines are comments), the text typed into
the search box, optionally followed by ' | ' and filters as a query string
(country=CN). Each round requests every query once; the first round only
warms caches and is not counted when ROUNDS > 1.
"""
import http.client
import sys
import time
import urllib.parse


def load(path):
    queries = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            text, _, filters = line.partition(" | ")
            target = "/search?q=" + urllib.parse.quote_plus(text)
            if filters:
                target += "&" + filters
            queries.append(target)
    return queries


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def main():
    base = urllib.parse.urlsplit(sys.argv[1])
    queries = load(sys.argv[2])
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    conn = http.client.HTTPConnection(base.hostname, base.port, timeout=30)
    timings = []
    statuses = {}
    for r in range(rounds):
        for target in queries:
            start = time.perf_counter()
            conn.request("GET", target)
            response = conn.getresponse()
            response.read()
            elapsed = (time.perf_counter() - start) * 1000
            if r > 0 or rounds == 1:
                timings.append(elapsed)
                statuses[response.status] = statuses.get(response.status, 0) + 1
    timings.sort()
    print(f"search: {len(queries)} queries x {max(1, rounds - 1)} counted round(s); status counts {statuses}")
    print(f"search latency ms: p50 {percentile(timings, 50):.2f}  p95 {percentile(timings, 95):.2f}  "
          f"p99 {percentile(timings, 99):.2f}  max {timings[-1]:.2f}")


if __name__ == "__main__":
    main()
