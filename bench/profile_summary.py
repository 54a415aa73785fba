#!/usr/bin/env python3
"""Sums the own time of each operator in a Chrome trace written by trainbench --profile.

    bench/profile_summary.py TRACE.json [TOP]

An operator's own time is its duration less that of the operators it called, on the same
thread. Prints the TOP operators (default 25) by own time, with their share of the total.
"""
import collections
import json
import sys


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    with open(path) as f:
        data = json.load(f)
    events = data["traceEvents"] if isinstance(data, dict) else data
    by_thread = collections.defaultdict(list)
    for e in events:
        if e.get("ph") == "X" and "dur" in e:
            by_thread[e.get("tid")].append(e)
    own = collections.Counter()
    calls = collections.Counter()
    for thread_events in by_thread.values():
        thread_events.sort(key=lambda e: (float(e["ts"]), -float(e["dur"])))
        stack = []
        for e in thread_events:
            start, duration = float(e["ts"]), float(e["dur"])
            while stack and float(stack[-1]["ts"]) + float(stack[-1]["dur"]) <= start:
                stack.pop()
            if stack:
                own[stack[-1]["name"]] -= duration
            own[e["name"]] += duration
            calls[e["name"]] += 1
            stack.append(e)
    total = sum(own.values())
    print(f"{'operator':50} {'calls':>6} {'own ms':>10} {'share':>6}")
    for name, micros in own.most_common(top):
        print(f"{name[:50]:50} {calls[name]:6d} {micros / 1000:10.1f} {micros / total:6.1%}")
    print(f"{'total':50} {'':6} {total / 1000:10.1f}")


if __name__ == "__main__":
    main()
