#!/usr/bin/env bash
# Installs Guichet as a kiosk appliance on Debian 12 or later (run as root):
#   ./deploy/install-kiosk.sh https://git.example.org/welcome-desk/catalogue.git [branch]
# It installs cage and speech-dispatcher, builds Guichet, creates the user
# `guichet`, clones the catalogue repository, and enables the kiosk on tty1
# and the sync timer. Set the staff PIN afterwards: see the last lines.
set -euo pipefail
cd "$(dirname "$0")/.."

repository=${1:?give the catalogue repository to follow}
branch=${2:-main}

./deploy/install-deps.sh
export PATH="$HOME/.cargo/bin:$PATH"
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends cage
cargo build --release --locked
install -m 0755 target/release/guichet /usr/local/bin/guichet

id guichet >/dev/null 2>&1 || useradd --system --create-home --home-dir /var/lib/guichet \
  --groups audio,video,input,render guichet
install -d -o guichet -g guichet /var/lib/guichet
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
/usr/local/bin/guichet config /etc/guichet/guichet.toml

install -m 0644 deploy/systemd/guichet-kiosk.service deploy/systemd/guichet-sync.service \
  deploy/systemd/guichet-sync.timer /etc/systemd/system/
systemctl daemon-reload
systemctl enable --now guichet-sync.timer
systemctl set-default graphical.target
systemctl enable guichet-kiosk.service

cat <<'DONE'
Installed. Now set the staff PIN (digits only):
  guichet hash-pin        # type the PIN, then paste the printed line into /etc/guichet/guichet.toml
and start the kiosk:
  systemctl start guichet-kiosk
Speech: speech-dispatcher starts by itself for the kiosk user (espeak-ng voices).
DONE
