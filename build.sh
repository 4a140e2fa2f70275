#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Hallwright: set up, build and run or test, on Debian 12.
#   ./build.sh run    install what is missing, build, open the GUI on the sample campus
#                     (headless: print the sample campus's evaluation instead)
#   ./build.sh test   install what is missing, build, run the whole test suite (CTest)
#   ./build.sh harden the hardening step CI runs after `test` (docs/RELIABILITY.md): the whole
#                     suite built and run with AddressSanitizer and UndefinedBehaviorSanitizer
#                     (build-asan/), then each libFuzzer target for HW_FUZZ_SECONDS (default 60)
#                     seconds from the committed corpus (build-fuzz/, clang)
set -euo pipefail

cd "$(dirname "$0")"
command=${1:-run}
case "$command" in
    run | test | build | harden) ;;
    -h | --help)
        sed -n '3,10p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "usage: ./build.sh run|test|harden" >&2
        exit 2
        ;;
esac

# Debian 12 packages: build tools, libraries, and the independent readers the tests use.
packages=(
    cmake ninja-build g++ pkg-config file
    qt6-base-dev qt6-charts-dev qt6-svg-dev libgl-dev
    libboost-dev nlohmann-json3-dev libsqlite3-dev libdxflib-dev
    xvfb xauth fonts-dejavu-core
    python3 python3-ezdxf poppler-utils libxml2-utils desktop-file-utils appstream
)
# The hardening step also needs clang and its sanitizer and libFuzzer runtimes.
if [[ $command == harden ]]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "build.sh: installing ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || {
            echo "build.sh: need root or sudo to install: ${missing[*]}" >&2
            exit 1
        }
        sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [[ $command == harden ]]; then
    exec .ci/harden.sh
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$jobs"

sample=resources/samples/campus.json
case "$command" in
    build) ;;
    run)
        if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]] && [[ -x build/app/hallwright ]]; then
            exec build/app/hallwright "$sample"
        fi
        echo "build.sh: no display (DISPLAY is not set), so the GUI cannot open;"
        echo "build.sh: running the headless main job instead: hallwright-cli evaluate $sample"
        echo
        build/app/hallwright-cli evaluate "$sample"
        ;;
    test)
        ctest --test-dir build --output-on-failure -j "$jobs"
        ;;
esac
