//! `guichet sync`: follow a branch of the content repository. Fetch, check
//! the new commit with `guichet check` in a scratch folder, and fast-forward
//! only when it has no errors — a broken commit never reaches visitors. A
//! systemd timer runs it (see `deploy/`); the kiosk's live reload does the
//! rest.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE, scratch};
use crate::content::{self, LoadOptions};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The kiosk's checkout of the content repository.
    #[arg(long, default_value = ".")]
    pub repo: PathBuf,
    #[arg(long, default_value = "origin")]
    pub remote: String,
    #[arg(long, default_value = "main")]
    pub branch: String,
    #[command(flatten)]
    pub insight: super::insight_sync::Args,
}

/// Runs git in `repo`; its standard output, or what went wrong.
fn git(repo: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run git: {e} — install git"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    } else {
        Err(format!(
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

/// The content folder inside a checkout: `content/` if there is one.
pub fn content_dir(root: &Path) -> PathBuf {
    let inner = root.join("content");
    if inner.is_dir() {
        inner
    } else {
        root.to_owned()
    }
}

pub fn run(options: &Args) -> u8 {
    match sync(options) {
        Ok(message) => {
            println!("guichet sync: {message}");
            EXIT_OK
        }
        Err((code, message)) => {
            eprintln!("guichet sync: {message}");
            code
        }
    }
}

fn sync(options: &Args) -> Result<String, (u8, String)> {
    let repo = options.repo.as_path();
    let usage = |m: String| (EXIT_USAGE, m);
    let refuse = |m: String| (EXIT_ERRORS, m);
    git(repo, &["rev-parse", "--is-inside-work-tree"]).map_err(|_| {
        usage(format!(
            "{} is not a git checkout — give --repo",
            repo.display()
        ))
    })?;
    git(
        repo,
        &["fetch", "--quiet", &options.remote, &options.branch],
    )
    .map_err(refuse)?;
    let here = git(repo, &["rev-parse", "HEAD"]).map_err(refuse)?;
    let there = git(repo, &["rev-parse", "FETCH_HEAD"]).map_err(refuse)?;
    if here == there {
        return Ok(format!("up to date at {}", short(&here)));
    }
    if git(repo, &["merge-base", "--is-ancestor", "HEAD", "FETCH_HEAD"]).is_err() {
        return Err(refuse(format!(
            "{}/{} does not follow from this checkout (local commits?) — not following; ask who changed it",
            options.remote, options.branch
        )));
    }
    let dirty = git(repo, &["status", "--porcelain", "--untracked-files=no"]).map_err(refuse)?;
    if !dirty.is_empty() {
        return Err(refuse(
            "files were edited on this kiosk — not following; commit them to the repository instead"
                .to_owned(),
        ));
    }
    // Check the new commit where visitors cannot see it.
    let scratch = scratch("sync").map_err(refuse)?;
    let archive = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["archive", "--format=tar", "FETCH_HEAD"])
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| refuse(format!("cannot run git archive: {e}")))?;
    let unpacked = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(scratch.path())
        .stdin(
            archive
                .stdout
                .ok_or_else(|| refuse("git archive gave nothing".to_owned()))?,
        )
        .status()
        .map_err(|e| refuse(format!("cannot run tar: {e}")))?;
    if !unpacked.success() {
        return Err(refuse("cannot unpack the new commit".to_owned()));
    }
    let dir = content_dir(scratch.path());
    let loaded = content::load(&dir, &LoadOptions::for_dir(&dir))
        .map_err(|e| refuse(format!("the new commit has no content folder: {e}")))?;
    if loaded.errors() > 0 {
        let mut message = format!(
            "commit {} has {} error(s) — visitors keep {}:",
            short(&there),
            loaded.errors(),
            short(&here)
        );
        for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
            let shown = d
                .path
                .strip_prefix(scratch.path())
                .map(Path::to_owned)
                .unwrap_or_else(|_| d.path.clone());
            message.push_str(&format!(
                "\n  {}:{}:{}: {}",
                shown.display(),
                d.line,
                d.column,
                d.message
            ));
        }
        return Err(refuse(message));
    }
    git(repo, &["merge", "--ff-only", "--quiet", "FETCH_HEAD"]).map_err(refuse)?;
    Ok(format!(
        "now at {} ({} services, {} warnings)",
        short(&there),
        loaded.catalogue.services.len(),
        loaded.warnings()
    ))
}

/// A commit's first 12 hex digits, as people quote it.
fn short(commit: &str) -> &str {
    commit.get(..12).unwrap_or(commit)
}
