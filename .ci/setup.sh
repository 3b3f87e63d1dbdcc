#!/usr/bin/env bash
# Installs CLUE Studio's build dependencies (Debian 12 packages) and builds it into build/.
# Used by .ci/demo.sh (README command 1) and .ci/test.sh (README command 2, called by .ci/run).
# Env: CLUE_BUILD_DIR (default build), CLUE_BUILD_GUI (ON/OFF), CLUE_CMAKE_ARGS (extra configure args).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
PKGS=(cmake ninja-build ccache g++ pkgconf dpkg-dev file
      qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
      libqcustomplot-dev libqcustomplot2.1-qt6
      libtorch-dev libopencv-dev libsentencepiece-dev libopenblas0-openmp
      nlohmann-json3-dev libcli11-dev libpng-dev
      xvfb xauth fonts-dejavu-core)
missing=()
for p in "${PKGS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 \
      -o Dpkg::Options::=--force-unsafe-io "${missing[@]}"
fi

# ccache across fresh clones (toolchain.md §5.2): base dir + no hash dir + sloppiness
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1 \
       CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime CCACHE_MAXSIZE=5G
BUILD="${CLUE_BUILD_DIR:-build}"
# -O1, no -g, unity build: the fastest full build on 2 cores (toolchain.md §5)
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS=-O1 \
      -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=8 \
      -DCLUE_BUILD_GUI="${CLUE_BUILD_GUI:-ON}" ${CLUE_CMAKE_ARGS:-}
cmake --build "$BUILD" -j"$(nproc)"
