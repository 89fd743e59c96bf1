#!/usr/bin/env bash
# Installs Guichet as a kiosk appliance on Debian 12 or later (run as root):
#   ./deploy/install-kiosk.sh https://git.example.org/welcome-desk/catalogue.git [branch]
# It installs sway and speech-dispatcher, builds Guichet, creates the user
# `guichet`, clones the catalogue repository, sets the staff PIN, and enables
# the kiosk on tty1 and the sync timer.
#
# The staff PIN: typed twice when the script runs in a terminal; otherwise
# (or when GUICHET_PIN=generate) an 8-digit PIN is made and printed once.
# The kiosk is never enabled without a PIN: without one, staff could not
# reach the staff panel, and with the old behaviour anyone could.
set -euo pipefail
cd "$(dirname "$0")/.."

repository=${1:?give the catalogue repository to follow}
branch=${2:-main}

./deploy/install-deps.sh
export PATH="$HOME/.cargo/bin:$PATH"
# sway is the compositor (README, "Deploy"): one locked-down session.
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends sway
cargo build --release --locked
install -m 0755 target/release/guichet /usr/local/bin/guichet

id guichet >/dev/null 2>&1 || useradd --system --create-home --home-dir /var/lib/guichet \
  --groups audio,video,input,render guichet
install -d -o guichet -g guichet /var/lib/guichet
# Where `[insight]` (off by default) releases its day files; the sync timer pushes them.
install -d -m 0750 -o guichet -g guichet /var/lib/guichet/insight
if [ ! -d /var/lib/guichet/catalogue/.git ]; then
  runuser -u guichet -- git clone --branch "$branch" "$repository" /var/lib/guichet/catalogue
fi
# The category icons travel with the catalogue repository (assets/icons/);
# without them the tiles show their words only.

install -d /etc/guichet
if [ ! -f /etc/guichet/guichet.toml ]; then
  sed 's|^content = .*|content = "/var/lib/guichet/catalogue/content"|' deploy/guichet.toml \
    > /etc/guichet/guichet.toml
fi
# The session is ours and replaced at each install; the screen's settings are
# the site's and kept.
install -m 0644 deploy/sway/kiosk.conf /etc/guichet/sway.conf
if [ ! -f /etc/guichet/outputs.conf ]; then
  install -m 0644 deploy/sway/outputs.conf /etc/guichet/outputs.conf
fi

# The staff PIN, unless guichet.toml has one already.
if ! grep -q '^[[:space:]]*staff_pin[[:space:]]*=' /etc/guichet/guichet.toml; then
  pin=""
  if [ "${GUICHET_PIN:-}" != generate ] && [ -t 0 ]; then
    while :; do
      read -r -s -p "Staff PIN for this kiosk (4 to 12 digits, Enter alone to make one): " pin
      echo
      [ -z "$pin" ] && break
      if ! [[ "$pin" =~ ^[0-9]{4,12}$ ]]; then
        echo "The PIN is 4 to 12 digits (the staff keypad has digits only)."
        continue
      fi
      read -r -s -p "The same PIN again: " again
      echo
      [ "$pin" = "$again" ] && break
      echo "The two PINs differ; again."
    done
  fi
  generated=no
  if [ -z "$pin" ]; then
    pin=$(shuf --random-source=/dev/urandom -i 10000000-99999999 -n 1)
    generated=yes
  fi
  line=$(printf '%s\n' "$pin" | /usr/local/bin/guichet hash-pin)
  printf '\n%s\n' "$line" >>/etc/guichet/guichet.toml
  if [ "$generated" = yes ]; then
    echo "The staff PIN of this kiosk is: $pin"
    echo "Write it down now: it is shown only this once (only its hash is kept)."
  fi
  unset pin again
fi
chmod 0644 /etc/guichet/guichet.toml
settings=$(/usr/local/bin/guichet config /etc/guichet/guichet.toml)
echo "$settings"
if ! grep -qx 'staff_pin = set' <<<"$settings"; then
  echo "No staff PIN in /etc/guichet/guichet.toml: the kiosk is not enabled." >&2
  exit 1
fi

# No way out for visitors: no reboot from the keyboard (Ctrl+Alt+Del, SysRq).
systemctl mask ctrl-alt-del.target
echo 'kernel.sysrq = 0' >/etc/sysctl.d/90-guichet-kiosk.conf
sysctl -q -p /etc/sysctl.d/90-guichet-kiosk.conf || true

install -m 0644 deploy/systemd/guichet-kiosk.service deploy/systemd/guichet-sync.service \
  deploy/systemd/guichet-sync.timer /etc/systemd/system/
systemctl daemon-reload
systemctl enable --now guichet-sync.timer
systemctl set-default graphical.target
systemctl enable guichet-kiosk.service

cat <<'DONE'
Installed. Start the kiosk now (or reboot):
  systemctl start guichet-kiosk
The screen's resolution, rotation and scale: /etc/guichet/outputs.conf.
A new staff PIN: delete the staff_pin line of /etc/guichet/guichet.toml and
run this script again, or use `guichet hash-pin`.
Maintenance console: over SSH (see README, "Maintenance console").
Speech: speech-dispatcher starts by itself for the kiosk user (espeak-ng voices).
DONE
