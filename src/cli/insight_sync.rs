//! `guichet sync --insight DIR`: the day files the kiosk released travel
//! back to the content team on their own branch of the content repository
//! (`insight` by default), through git's plumbing: the kiosk's checkout and
//! its branch are never touched. Each kiosk's files go under a folder of its
//! name, so kiosks never write the same path; when another kiosk pushed
//! first, the push is tried again on top of its commit.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::insight::Released;

/// The `guichet sync` options for insight files.
#[derive(Debug, Clone, clap::Args)]
#[group(id = "insight_sync")]
pub struct Args {
    /// Also push the insight files of this folder (`[insight] folder`).
    #[arg(long, value_name = "DIR")]
    pub insight: Option<PathBuf>,
    /// The branch insight files are pushed on.
    #[arg(long, value_name = "BRANCH", default_value = "insight")]
    pub insight_branch: String,
}

/// Tries this often when other kiosks push at the same moment.
const TRIES: usize = 3;

/// Runs git in `repo` with a private index; standard output, or what failed.
fn git(repo: &Path, index: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .env("GIT_INDEX_FILE", index)
        // A kiosk has no git identity of its own.
        .env("GIT_AUTHOR_NAME", "guichet")
        .env("GIT_AUTHOR_EMAIL", "guichet@kiosk")
        .env("GIT_COMMITTER_NAME", "guichet")
        .env("GIT_COMMITTER_EMAIL", "guichet@kiosk")
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

/// A released file and the kiosk that wrote it.
type KioskFile = (String, PathBuf);

/// The released files of `folder`, with their kiosk; other files are left
/// out (and named, for staff).
fn released_files(folder: &Path) -> Result<(Vec<KioskFile>, Vec<String>), String> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        // No day released yet (or insight off): nothing to push.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
        Err(e) => {
            return Err(format!(
                "cannot read the insight folder {}: {e}",
                folder.display()
            ));
        }
    };
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !name.ends_with(".json") || !path.is_file() {
            continue;
        }
        match Released::read(&path) {
            Ok(released) if released.kiosk.parse::<crate::insight::KioskId>().is_ok() => {
                files.push((released.kiosk, path));
            }
            Ok(_) => skipped.push(format!("{name}: not a kiosk name")),
            Err(e) => skipped.push(format!("{name}: {e}")),
        }
    }
    files.sort();
    Ok((files, skipped))
}

/// `guichet sync`'s insight part: nothing without `--insight`.
pub fn run(repo: &Path, remote: &str, args: &Args) -> u8 {
    let Some(folder) = &args.insight else {
        return super::EXIT_OK;
    };
    match push(repo, remote, &args.insight_branch, folder) {
        Ok(message) => {
            println!("guichet sync: {message}");
            super::EXIT_OK
        }
        Err(message) => {
            eprintln!("guichet sync: {message}");
            super::EXIT_ERRORS
        }
    }
}

/// Pushes every released file of `folder` to `remote`'s `branch`.
pub fn push(repo: &Path, remote: &str, branch: &str, folder: &Path) -> Result<String, String> {
    let (files, skipped) = released_files(folder)?;
    let mut note = String::new();
    if !skipped.is_empty() {
        note = format!(" (not pushed, not released files: {})", skipped.join("; "));
    }
    if files.is_empty() {
        return Ok(format!("insight: no file to push{note}"));
    }
    let scratch = super::scratch("insight-sync")?;
    let mut last = String::new();
    for _ in 0..TRIES {
        match try_push(repo, remote, branch, &files, scratch.path()) {
            Ok(message) => return Ok(format!("{message}{note}")),
            Err(e) => last = e,
        }
    }
    Err(format!("insight: {last}"))
}

fn try_push(
    repo: &Path,
    remote: &str,
    branch: &str,
    files: &[KioskFile],
    scratch: &Path,
) -> Result<String, String> {
    let index = scratch.join("index");
    let _ = std::fs::remove_file(&index);
    let git = |args: &[&str]| git(repo, &index, args);
    let heads = git(&["ls-remote", "--heads", remote, branch])?;
    let parent = if heads.is_empty() {
        git(&["read-tree", "--empty"])?;
        None
    } else {
        let local = "refs/guichet/insight";
        git(&[
            "fetch",
            "--quiet",
            remote,
            &format!("+refs/heads/{branch}:{local}"),
        ])?;
        let parent = git(&["rev-parse", local])?;
        git(&["read-tree", &parent])?;
        Some(parent)
    };
    for (kiosk, path) in files {
        let path_text = path.to_string_lossy();
        let blob = git(&["hash-object", "-w", "--", &path_text])?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        git(&[
            "update-index",
            "--add",
            "--cacheinfo",
            &format!("100644,{blob},{kiosk}/{name}"),
        ])?;
    }
    let tree = git(&["write-tree"])?;
    if let Some(parent) = &parent
        && git(&["rev-parse", &format!("{parent}^{{tree}}")])? == tree
    {
        return Ok(format!(
            "insight: {branch} already has all {} files",
            files.len()
        ));
    }
    let message = format!("Insight: {} day files", files.len());
    let mut args = vec!["commit-tree", tree.as_str(), "-m", message.as_str()];
    if let Some(parent) = &parent {
        args.extend(["-p", parent.as_str()]);
    }
    let commit = git(&args)?;
    git(&[
        "push",
        "--quiet",
        remote,
        &format!("{commit}:refs/heads/{branch}"),
    ])?;
    Ok(format!(
        "insight: {} files on {remote}/{branch} at {}",
        files.len(),
        commit.get(..12).unwrap_or(&commit)
    ))
}
