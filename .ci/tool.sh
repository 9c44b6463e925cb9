#!/usr/bin/env bash
# The README's install step end to end, too slow for the test suite (packing the tool takes about a minute, installing
# it another ten seconds): pack src/Akutprognos.Cli as a .NET tool, install it into a throw-away tool path from that
# package and run `akutprognos` from there; and `dotnet run` puts nothing but the command's own output on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "tool: $*" >&2; exit 1; }

dotnet pack src/Akutprognos.Cli -o "$scratch/packages" -v q --nologo >&2
dotnet tool install --tool-path "$scratch/tools" --add-source "$scratch/packages" akutprognos >&2
[ -x "$scratch/tools/akutprognos" ] || fail "the installed tool has no akutprognos command"

help=$("$scratch/tools/akutprognos" --help) || fail "akutprognos --help from the installed tool exited with $?"
grep -q '^  akutprognos \[command\] \[options\]$' <<<"$help" || fail "akutprognos --help printed no usage line: $help"

# The same calculation through the installed tool and through `dotnet run`: the two stdouts must be the same text.
erlang=(erlang --arrivals-per-hour 10 --minutes-per-patient 30 --servers 7 --target-minutes 30)
installed=$("$scratch/tools/akutprognos" "${erlang[@]}")
grep -q '^service level' <<<"$installed" || fail "akutprognos erlang printed no service level: $installed"
run=$(dotnet run --project src/Akutprognos.Cli -- "${erlang[@]}")
[ "$run" = "$installed" ] || fail "dotnet run printed more than the command's output:
$run"

echo "tool: packed, installed into a tool path, ran akutprognos --help and erlang; dotnet run printed only the result"
