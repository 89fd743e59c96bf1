#!/usr/bin/env bash
# Installs what Guichet needs to build and run on Debian 12 or later:
# system packages with apt-get, and a Rust toolchain if none is there.
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

packages=(
  build-essential   # C compiler and linker for crates with C parts
  pkg-config
  ca-certificates
  git
  # The kiosk window (iced/winit load these at run time)
  libx11-6 libx11-xcb1 libxcursor1 libxi6 libxrandr2 libxkbcommon0
  libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0
  # GPU rendering when there is a GPU (software rendering otherwise)
  libvulkan1 mesa-vulkan-drivers
  # Speech: speech-dispatcher with espeak-ng voices; the tts crate builds
  # against libspeechd with bindgen (libclang)
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd-dev
  libclang-dev libao4
  # End-to-end tests: a virtual screen, key presses, screenshots; the
  # official HSDS schema check
  xvfb xdotool imagemagick python3 python3-jsonschema
  # The deployment test (tests/deploy.rs): the kiosk's compositor on its
  # headless backend, typed keys through it, and its screenshots
  sway wtype grim
)

as_root apt-get update
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends "${packages[@]}"

# Guichet needs Rust 1.85 or newer (edition 2024); Debian's own is older.
if ! command -v cargo >/dev/null 2>&1; then
  as_root apt-get install -y --no-install-recommends curl
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
cargo --version
