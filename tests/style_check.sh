#!/usr/bin/env bash
# Fails when a tracked C++ file does not follow the root .clang-format (prints the files to fix).
set -uo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is not installed (bash .ci/setup installs it)"; exit 1; }
bad=0
while IFS= read -r f; do
  if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then echo "not formatted: $f (clang-format -i $f)"; bad=1; fi
done < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find src include graph exporters tests bench -name '*.cpp' -o -name '*.h')
exit $bad
