#!/usr/bin/env bash
# Fuzzes Guichet's content files, kiosk config and search box with libFuzzer,
# one target after the other, FUZZ_SECONDS (default 600) each. Crashes are
# saved under fuzz/artifacts/<target>/; new inputs under fuzz/corpus/<target>/.
set -euo pipefail

seconds="${FUZZ_SECONDS:-600}"
fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$fuzz_dir/.."

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

# Which dictionary helps each target find its way.
declare -A dict=([content]=toml [config]=toml [query]=query)

for target in content config query; do
    echo "== fuzzing $target for ${seconds}s"
    # The first folder receives new inputs; the committed seeds stay as they are.
    # An input taking over 10 s is reported as a timeout (libFuzzer waits 20 min).
    mkdir -p "fuzz/corpus/$target"
    cargo +nightly fuzz run "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
        -max_total_time="$seconds" -max_len=12000 -timeout=10 -dict="fuzz/dict/${dict[$target]}.dict"
done
