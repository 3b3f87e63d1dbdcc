#!/usr/bin/env bash
# README command 1: install dependencies, build, and run the main job on the bundled demo model (a tiny CLUE model
# the project trained itself on its synthetic otoscopy benchmark; recipe in the README, "Demo model").
# With a display: opens CLUE Studio with the model loaded and generates with a live preview.
# With --headless or without a display: the same job through the CLI, writing outputs/demo.png.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
BUILD="${CLUE_BUILD_DIR:-build}"
export LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
MODEL=resources/models/demo-otoscopy
PROMPT="an otoendoscopic image of the tympanic membrane, otitis media with effusion"
if [ "${1:-}" != "--headless" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$BUILD/bin/clue-studio" ]; then
  exec "$BUILD/bin/clue-studio" --model "$MODEL" --prompt "$PROMPT" --generate
fi
mkdir -p outputs
"$BUILD/bin/clue" generate --model "$MODEL" --prompt "$PROMPT" --steps 25 --seed 42 --cfg 3 --style-seed 7 \
  --preview-every 5 --out outputs/demo.png --save-latents outputs/demo.latents.safetensors
echo "Wrote outputs/demo.png (PNG metadata: A1111 'parameters' + 'clue' provenance JSON)"
