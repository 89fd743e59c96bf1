//! `guichet sync` with a local bare repository and two checkouts: staff
//! push, the kiosk follows good commits and refuses broken ones.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

mod common;

fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Staff")
        .env("GIT_AUTHOR_EMAIL", "staff@example.invalid")
        .env("GIT_COMMITTER_NAME", "Staff")
        .env("GIT_COMMITTER_EMAIL", "staff@example.invalid")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn sync(kiosk: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(["sync", "--branch", "main", "--repo"])
        .arg(kiosk)
        .output()
        .unwrap()
}

fn text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

#[test]
fn the_kiosk_follows_good_commits_and_refuses_broken_ones() {
    let root = tempfile::tempdir().unwrap();
    let (bare, staff, kiosk) = (
        root.path().join("catalogue.git"),
        root.path().join("staff"),
        root.path().join("kiosk"),
    );
    git(
        root.path(),
        &[
            "init",
            "--quiet",
            "--bare",
            "--initial-branch=main",
            bare.to_str().unwrap(),
        ],
    );
    git(
        root.path(),
        &[
            "clone",
            "--quiet",
            bare.to_str().unwrap(),
            staff.to_str().unwrap(),
        ],
    );
    common::copy_dir(Path::new("content"), &staff.join("content"));
    common::copy_dir(Path::new("assets/icons"), &staff.join("assets/icons"));
    git(&staff, &["add", "."]);
    git(&staff, &["commit", "--quiet", "-m", "Catalogue"]);
    git(&staff, &["push", "--quiet", "origin", "HEAD:main"]);
    git(
        root.path(),
        &[
            "clone",
            "--quiet",
            bare.to_str().unwrap(),
            kiosk.to_str().unwrap(),
        ],
    );

    let output = sync(&kiosk);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("up to date"), "{}", text(&output));

    // A good change reaches the kiosk.
    let file = "content/services/health-insurance-subsidy-ge.toml";
    let good = std::fs::read_to_string(staff.join(file)).unwrap().replacen(
        "Aide pour payer l'assurance maladie",
        "Aide pour payer l'assurance maladie (nouveau)",
        1,
    );
    std::fs::write(staff.join(file), &good).unwrap();
    git(&staff, &["commit", "--quiet", "-am", "New title"]);
    git(&staff, &["push", "--quiet", "origin", "HEAD:main"]);
    let output = sync(&kiosk);
    assert!(output.status.success(), "{}", text(&output));
    let n = common::shipped_services();
    assert!(
        text(&output).contains(&format!("{n} services")),
        "{}",
        text(&output)
    );
    assert_eq!(std::fs::read_to_string(kiosk.join(file)).unwrap(), good);

    // A broken commit does not: the kiosk keeps the last good one.
    std::fs::write(staff.join(file), good.replacen("title = ", "title = = ", 1)).unwrap();
    git(&staff, &["commit", "--quiet", "-am", "Oops"]);
    git(&staff, &["push", "--quiet", "origin", "HEAD:main"]);
    let output = sync(&kiosk);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(text(&output).contains("error(s)"), "{}", text(&output));
    assert!(
        text(&output).contains("content/services/health-insurance-subsidy-ge.toml:"),
        "{}",
        text(&output)
    );
    assert_eq!(std::fs::read_to_string(kiosk.join(file)).unwrap(), good);

    // Mended: both commits arrive together.
    std::fs::write(staff.join(file), &good).unwrap();
    git(&staff, &["commit", "--quiet", "-am", "Mended"]);
    git(&staff, &["push", "--quiet", "origin", "HEAD:main"]);
    let output = sync(&kiosk);
    assert!(output.status.success(), "{}", text(&output));

    // Edits made on the kiosk itself stop the sync rather than being lost.
    std::fs::write(kiosk.join(file), "edited on the kiosk").unwrap();
    let other = staff.join("content/services/addiction-help.toml");
    let more = std::fs::read_to_string(&other).unwrap() + "\n";
    std::fs::write(&other, more).unwrap();
    git(&staff, &["commit", "--quiet", "-am", "Another"]);
    git(&staff, &["push", "--quiet", "origin", "HEAD:main"]);
    let output = sync(&kiosk);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        text(&output).contains("edited on this kiosk"),
        "{}",
        text(&output)
    );

    // Not a checkout: a usage error.
    let output = sync(root.path());
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
}

#[test]
fn deployment_units_pass_systemd_analyze() {
    let Ok(probe) = Command::new("systemd-analyze").arg("--version").output() else {
        eprintln!("SKIPPED: systemd-analyze is not installed");
        return;
    };
    assert!(probe.status.success());
    for unit in [
        "guichet-kiosk.service",
        "guichet-sync.service",
        "guichet-sync.timer",
    ] {
        let output = Command::new("systemd-analyze")
            .args(["verify", "--man=no"])
            .arg(Path::new("deploy/systemd").join(unit))
            .output()
            .unwrap();
        let said = text(&output);
        // The programs themselves are installed by deploy/install-kiosk.sh.
        let problems: Vec<&str> = said
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.contains("is not executable"))
            .collect();
        assert!(problems.is_empty(), "{unit}: {said}");
    }
    let syntax = Command::new("bash")
        .args(["-n", "deploy/install-kiosk.sh"])
        .status()
        .unwrap();
    assert!(syntax.success());
}
