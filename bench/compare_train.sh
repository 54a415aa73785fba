#!/usr/bin/env bash
# Measures training samples per second of the three zoo networks with bench/trainbench and
# with the reference PyTorch script on the same LibTorch, alternating the two in one run so
# both see the same machine state, and prints the ratio of the medians.
#
#   bench/compare_train.sh BUILD_DIR [ROUNDS]
#
# The PyTorch script is read from $CNNWB_REFERENCE_BENCH (default: ../shared/bench/reference
# beside the checkout) and runs under Debian's /usr/bin/python3 with python3-torch.
set -euo pipefail

build_dir=${1:?usage: $0 BUILD_DIR [ROUNDS]}
rounds=${2:-3}
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
reference=${CNNWB_REFERENCE_BENCH:-$source_dir/../shared/bench/reference}
if [[ ! -f "$reference/train_bench.py" ]]; then
    echo "train_bench.py not found in $reference; set CNNWB_REFERENCE_BENCH" >&2
    exit 2
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# id:letter:batch for each configuration, with the reference script's batch sizes.
configs=(pneumonia:A:8 pneumonia:A:16 hanzi:B:64 hanzi:B:128 unet:C:1 unet:C:2)
for ((round = 1; round <= rounds; ++round)); do
    for config in "${configs[@]}"; do
        IFS=: read -r id letter batch <<<"$config"
        echo "round $round: $id batch $batch" >&2
        "$build_dir/bench/trainbench" --model "$id" --batch "$batch" --threads 2 2>/dev/null >>"$out"
        (cd "$reference" && /usr/bin/python3 train_bench.py train --model "$letter" --batch "$batch" --threads 2) >>"$out"
    done
done

/usr/bin/python3 - "$out" <<'PY'
import json, statistics, sys
letters = {"A": "pneumonia", "B": "hanzi", "C": "unet"}
runs = {}
for line in open(sys.argv[1]):
    line = line.strip()
    if not line.startswith("{"):
        continue
    r = json.loads(line)
    model = letters.get(r["model"], r["model"])
    runs.setdefault((model, r["batch"], r["impl"]), []).append(r["samples_per_s"])
print(f"{'model':10} {'batch':>5} {'cnnwb samples/s':>16} {'PyTorch samples/s':>18} {'ratio':>6}")
for (model, batch, impl) in sorted(k for k in runs if k[2] == "cnnwb"):
    ours = statistics.median(runs[(model, batch, "cnnwb")])
    theirs = statistics.median(runs.get((model, batch, "py"), [float("nan")]))
    print(f"{model:10} {batch:5d} {ours:16.2f} {theirs:18.2f} {ours / theirs:6.2f}")
PY
