#!/usr/bin/env bash
# Smoke test of the FROZEN one-folder build, headless: no Python from the checkout is used.
#
#   installer/smoke_test.sh [BUNDLE_DIR]      (default: dist/custody-checklist; `make installer-smoke`)
#
# The bundle is first copied to a temporary folder (so it cannot lean on the checkout),
# then: --version; init on a new SQLite database; config check; the CLI round trip
# demo -> export -> import into a second database -> export -> the records compare equal;
# check and pdf of one record; backup and restore; the GUI started offscreen and closed
# cleanly (on databases without user accounts, so no login dialog waits). Prints the
# bundle size and the start times. Needs bash and python3 (for the JSON comparison only).
# Exit 0 when everything passed.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bundle=${1:-$here/dist/custody-checklist}
[ -x "$bundle/custody-checklist" ] || { echo "smoke: no frozen build at $bundle (run make installer)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/cc-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -a "$bundle" "$work/app"
exe="$work/app/custody-checklist"

# A clean user: nothing from the developer's environment, config or database.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CONFIG_DIRS="$work/etc" XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset PYTHONPATH PYTHONHOME CUSTODY_CHECKLIST_DATABASE_URL CUSTODY_CHECKLIST_CONFIG CUSTODY_CHECKLIST_RESOURCES
export QT_QPA_PLATFORM=offscreen
cd "$work"

db1="sqlite:///$work/one.sqlite3"
db2="sqlite:///$work/two.sqlite3"
step() { printf 'smoke: %-44s' "$1"; }
ok() { echo "ok${1:+ ($1)}"; }
fail() { echo "FAILED: $1" >&2; exit 1; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

step "bundle size"
ok "$(du -sh "$work/app" | cut -f1)"

step "--version (3 runs, ms)"
times=()
for _ in 1 2 3; do
  t0=$(date +%s%N)
  out=$("$exe" --version)
  times+=("$(ms_since "$t0")")
done
expected=$(grep -m1 '^version' "$here/pyproject.toml" | cut -d'"' -f2)
[ "$out" = "custody-checklist $expected" ] || fail "--version said '$out', expected $expected"
ok "$out; ${times[*]} ms"

step "init"
"$exe" --database "$db1" init > init.out 2>&1 || { cat init.out; fail "init"; }
grep -q "Database ready" init.out || fail "init output: $(cat init.out)"
ok "$(grep -o 'schema [^)]*' init.out)"

step "config check (site + user file)"
mkdir -p "$XDG_CONFIG_DIRS/custody-checklist" "$XDG_CONFIG_HOME/custody-checklist"
printf 'force_name = "Smoketest Police"\n[thresholds]\naa_warning_after = "45 min"\n' \
  > "$XDG_CONFIG_DIRS/custody-checklist/config.toml"
printf '[backup]\nkeep = 3\n' > "$XDG_CONFIG_HOME/custody-checklist/config.toml"
"$exe" config check > check.out 2>&1 || { cat check.out; fail "config check on a good config"; }
printf 'idle_lock_minutes = 0\n' > "$work/bad.toml"
set +e; "$exe" config check "$work/bad.toml" > bad.out 2>&1; rc=$?; set -e
[ "$rc" = 2 ] && grep -q "idle_lock_minutes" bad.out || fail "bad config not refused (rc $rc): $(cat bad.out)"
ok

step "demo"
"$exe" --database "$db1" demo > demo.out 2>&1 || { cat demo.out; fail "demo"; }
ok "$(grep -o 'Loaded [0-9]* ' demo.out)records"

# The demo creates accounts; an administrator exports (docs: the demo password).
export CUSTODY_CHECKLIST_USER=admin.whitlock CUSTODY_CHECKLIST_PASSWORD=demo-password-1

step "round trip: export, import, export"
"$exe" --database "$db1" export -o one.json 2> export1.err || { cat export1.err; fail "export 1"; }
"$exe" --database "$db2" import one.json > import.out 2>&1 || { cat import.out; fail "import"; }
"$exe" --database "$db2" export -o two.json 2> export2.err || { cat export2.err; fail "export 2"; }
python3 - one.json two.json <<'EOF' || fail "records differ after the round trip"
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
assert a["records"], "no records exported"
assert a["records"] == b["records"], "records differ"
print(len(a["records"]), "records equal", end="; ")
EOF
ok

record=$(python3 -c "import json,sys; print(json.load(open('one.json'))['records'][0]['custody_number'])")

step "check $record"
set +e; "$exe" --database "$db1" check "$record" --format json > check.json 2> check.err; rc=$?; set -e
[ "$rc" = 0 ] || [ "$rc" = 1 ] || { cat check.err; fail "check exit $rc"; }
python3 -c "import json; json.load(open('check.json'))" || fail "check output is not JSON"
ok "exit $rc"

step "pdf $record"
"$exe" --database "$db1" pdf "$record" -o record.pdf > pdf.out 2>&1 || { cat pdf.out; fail "pdf"; }
[ "$(head -c 5 record.pdf)" = "%PDF-" ] || fail "record.pdf is not a PDF"
ok "$(( $(stat -c %s record.pdf) / 1024 )) KiB"

step "backup and restore"
"$exe" --database "$db1" backup > backup.out 2>&1 || { cat backup.out; fail "backup"; }
backup=$(ls "$work"/backups/custody-checklist-*.sqlite3 | head -1)
db3="sqlite:///$work/three.sqlite3"
"$exe" --database "$db3" init > /dev/null 2>&1 || fail "init of the restore target"
"$exe" --database "$db3" restore --yes "$backup" > restore.out 2>&1 || { cat restore.out; fail "restore"; }
grep -q "Safety copy" restore.out || fail "no safety copy: $(cat restore.out)"
set +e; "$exe" --database "$db3" restore --yes one.json > notdb.out 2>&1; rc=$?; set -e
[ "$rc" = 2 ] || fail "restore of a non-database was not refused (exit $rc)"
ok

step "GUI offscreen: start, show, close (ms)"
t0=$(date +%s%N)
set +e
CUSTODY_CHECKLIST_NO_DEMO_OFFER=1 CUSTODY_CHECKLIST_QUIT_AFTER_MS=0 timeout 120 \
  "$exe" --database "sqlite:///$work/gui.sqlite3" > gui.out 2>&1
rc=$?
set -e
gui_ms=$(ms_since "$t0")
[ "$rc" = 0 ] || { cat gui.out; fail "GUI exit $rc"; }
if grep -qiE "traceback|error|could not parse" gui.out; then cat gui.out; fail "GUI printed an error"; fi
ok "$gui_ms ms"

# The second database holds the demo records but no accounts (import brings records
# only), so no login dialog stands between start and the main window.
step "GUI with the 67 demo records (ms)"
t0=$(date +%s%N)
set +e
CUSTODY_CHECKLIST_NO_DEMO_OFFER=1 CUSTODY_CHECKLIST_QUIT_AFTER_MS=0 timeout 120 "$exe" --database "$db2" > gui2.out 2>&1
rc=$?
set -e
[ "$rc" = 0 ] || { cat gui2.out; fail "GUI on the demo database exit $rc"; }
if grep -qiE "traceback|error|could not parse" gui2.out; then cat gui2.out; fail "GUI printed an error"; fi
ok "$(ms_since "$t0") ms"

echo "smoke: all passed"
