#!/usr/bin/env bash
# Background fidelity of Abs-Grad-SAM replacement vs plain img2img at equal strength and seed (issue #5): for every
# reference of a demo dataset, each variant's background PSNR/SSIM against the reference inside the inverted mask
# (the same region for the method and its img2img row), averaged. Prints a table; writes nothing outside OUT.
# Usage: bench/background_fidelity.sh [BUILD=build] [PER_CLASS=5] [OUT=/tmp/clue-bg-bench]
set -euo pipefail
BUILD="${1:-build}"; PER_CLASS="${2:-5}"; OUT="${3:-/tmp/clue-bg-bench}"
CLUE="$BUILD/bin/clue"; MODEL=resources/models/demo-otoscopy
PROMPT="an otoendoscopic image of the tympanic membrane, otitis media with effusion"
export LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
"$CLUE" make-demo-data --out "$OUT/data" --per-class "$PER_CLASS" --size 64 --seed 3 >/dev/null 2>&1
variants=("sum abs-grad-sam -1" "text abs-grad-sam -1" "sum attention -1" "sum abs-grad-sam 15")
for ref in "$OUT"/data/*/*.png; do
  for v in "${variants[@]}"; do
    read -r obj imp ext <<<"$v"
    "$CLUE" --threads "$(nproc)" replace-background --model "$MODEL" --reference "$ref" --prompt "$PROMPT" \
      --subject effusion --steps 25 --strength 0.9 --cfg 3 --seed 1 --replace-steps 2,3,4 --objective "$obj" \
      --importance "$imp" --extend-to "$ext" --out "$OUT/runs/$(basename "$ref" .png)/$obj-$imp-$ext" -q >/dev/null
  done
done
echo "variant (objective importance extend-to) | row | n | background PSNR dB | background SSIM | background share"
for v in "${variants[@]}"; do
  read -r obj imp ext <<<"$v"
  cat "$OUT"/runs/*/"$obj-$imp-$ext"/metrics.csv | awk -F, -v tag="$obj $imp $ext" '
    $1 != "image" { n[$1]++; p[$1] += $3; s[$1] += $4; b[$1] += $2 }
    END { for (k in n) printf "%-24s | %-20s | %2d | %6.2f | %.3f | %5.1f %%\n", tag, k, n[k], p[k]/n[k], s[k]/n[k], 100*b[k]/n[k] }' | sort
done
