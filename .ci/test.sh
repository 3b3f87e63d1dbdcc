#!/usr/bin/env bash
# README command 2: install dependencies, build, run the whole test suite (CPU; GUI tests offscreen), then one
# GUI smoke run in a real X server (Xvfb). Prints ctest's "N% tests passed" summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
BUILD="${CLUE_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$(mktemp -d)" OMP_NUM_THREADS=1   # ctest -j2: 1 thread per test
# The same BLAS whatever the system alternative says (toolchain.md §4.3)
export LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
ctest --test-dir "$BUILD" --output-on-failure -j"$(nproc)" --timeout 1200
if [ -x "$BUILD/bin/clue-studio" ]; then
  # own settings file and outputs folder: the smoke run leaves the user's settings and pictures alone
  SMOKE="$BUILD/smoke"; rm -rf "$SMOKE"; mkdir -p "$SMOKE"
  printf '[Output]\nFolder=%s\n' "$PWD/$SMOKE/outputs" > "$SMOKE/settings.ini"
  xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
    "$BUILD/bin/clue-studio" --settings "$SMOKE/settings.ini" --prompt "an otoendoscopic image of the tympanic membrane, chronic otitis media" --generate --grab "$BUILD/smoke.png"
  test -s "$BUILD/smoke.png" && echo "GUI smoke test under Xvfb: $BUILD/smoke.png"
fi
