#!/usr/bin/env bash
# README command 1: install dependencies, build, and run the main job on the bundled tiny model.
# With a display: opens CLUE Studio with the model loaded and generates with a live preview.
# With --headless or without a display: the same job through the CLI, writing outputs/demo.png.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
BUILD="${CLUE_BUILD_DIR:-build}"
export LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
PROMPT="an otoendoscopic image of the tympanic membrane, normal"
if [ "${1:-}" != "--headless" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$BUILD/bin/clue-studio" ]; then
  exec "$BUILD/bin/clue-studio" --model resources/models/tiny-sd15 --prompt "$PROMPT" --generate
fi
mkdir -p outputs
"$BUILD/bin/clue" generate --model resources/models/tiny-sd15 --prompt "$PROMPT" --steps 20 --seed 42 \
  --sampler "DPM++ 2M Karras" --preview-every 5 --out outputs/demo.png --save-latents outputs/demo.latents.safetensors
echo "Wrote outputs/demo.png (PNG metadata: A1111 'parameters' + 'clue' provenance JSON)"
