//! `guichet search`: the kiosk's search, from the command line.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use crate::content::{self, Canton, LoadOptions};
use crate::lang::Lang;
use crate::search::{Hit, Request, SearchError, SearchIndex};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The content folder.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// The screen's language: fr, de, it, en, pt, es, sq, ar, uk, ti.
    #[arg(long, default_value = "fr")]
    pub lang: Lang,
    /// The kiosk's canton (GE, VD, …): whole-Switzerland services plus this canton's.
    #[arg(long)]
    pub canton: Option<Canton>,
    /// How many results.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// One JSON line: {"results":[…],"micros":N}.
    #[arg(long)]
    pub json: bool,
    /// Read JSON query lines from FILE (`-` for standard input); write one JSON answer a line.
    #[arg(long, value_name = "FILE", conflicts_with = "query")]
    pub batch: Option<PathBuf>,
    /// The words to search.
    pub query: Vec<String>,
}

/// Loads the catalogue as the kiosk does: files with errors are left out.
pub fn load_index(dir: &Path) -> Result<SearchIndex, String> {
    let loaded = content::load(dir, &LoadOptions::for_dir(dir)).map_err(|e| e.to_string())?;
    if loaded.errors() > 0 {
        eprintln!(
            "guichet: {} content errors, those files are left out (run `guichet check {}`)",
            loaded.errors(),
            dir.display()
        );
    }
    SearchIndex::build(loaded.catalogue).map_err(|e| e.to_string())
}

pub fn run(options: &Args) -> u8 {
    let index = match load_index(&options.content) {
        Ok(index) => index,
        Err(message) => {
            eprintln!("guichet search: {message}");
            return EXIT_USAGE;
        }
    };
    if let Some(batch) = options.batch.as_deref() {
        return run_batch(&index, batch, options.limit);
    }
    let text = options.query.join(" ");
    if text.trim().is_empty() {
        eprintln!("guichet search: give the words to search, or --batch FILE");
        return EXIT_USAGE;
    }
    let request = Request {
        text: &text,
        lang: options.lang,
        canton: options.canton.as_ref(),
        limit: options.limit,
    };
    let answer = match Answer::search(&index, &request) {
        Ok(answer) => answer,
        Err(e) => {
            eprintln!("guichet search: {e}");
            return EXIT_ERRORS;
        }
    };
    if options.json {
        match serde_json::to_string(&answer) {
            Ok(line) => println!("{line}"),
            Err(e) => {
                eprintln!("guichet search: {e}");
                return EXIT_ERRORS;
            }
        }
    } else if answer.results.is_empty() {
        println!("Nothing found for “{text}”.");
    } else {
        for (rank, hit) in answer.results.iter().enumerate() {
            println!(
                "{:>2}. {:<34} {:>6.2}  {} [{}]",
                rank + 1,
                hit.id,
                hit.score,
                hit.title,
                hit.lang
            );
        }
    }
    EXIT_OK
}

/// One line of `--batch` input.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchLine {
    lang: Lang,
    #[serde(default)]
    canton: Option<Canton>,
    query: String,
}

/// What `--json` and `--batch` print for one query.
#[derive(Debug, Serialize)]
struct Answer {
    results: Vec<Hit>,
    /// Time spent searching, in microseconds.
    micros: u128,
}

impl Answer {
    fn search(index: &SearchIndex, request: &Request<'_>) -> Result<Self, SearchError> {
        let started = Instant::now();
        let mut results = index.try_search(request)?;
        let micros = started.elapsed().as_micros();
        for hit in &mut results {
            hit.score = (hit.score * 100.0).round() / 100.0;
        }
        Ok(Answer { results, micros })
    }
}

fn run_batch(index: &SearchIndex, path: &Path, limit: usize) -> u8 {
    let input: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(std::io::stdin().lock())
    } else {
        match std::fs::File::open(path) {
            Ok(file) => Box::new(std::io::BufReader::new(file)),
            Err(e) => {
                eprintln!("guichet search: cannot read {}: {e}", path.display());
                return EXIT_USAGE;
            }
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (number, line) in input.lines().enumerate() {
        let answer = match line {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => batch_answer(index, &line, limit),
            Err(e) => error_line(number, &format!("cannot read the line: {e}")),
        };
        if writeln!(out, "{answer}").is_err() {
            return EXIT_ERRORS;
        }
    }
    EXIT_OK
}

fn batch_answer(index: &SearchIndex, line: &str, limit: usize) -> String {
    let parsed: BatchLine = match serde_json::from_str(line) {
        Ok(parsed) => parsed,
        Err(e) => return error_line_text(&format!("not a query line: {e}")),
    };
    let request = Request {
        text: &parsed.query,
        lang: parsed.lang,
        canton: parsed.canton.as_ref(),
        limit,
    };
    match Answer::search(index, &request) {
        Ok(answer) => {
            serde_json::to_string(&answer).unwrap_or_else(|e| error_line_text(&e.to_string()))
        }
        Err(e) => error_line_text(&e.to_string()),
    }
}

fn error_line(number: usize, message: &str) -> String {
    error_line_text(&format!("line {}: {message}", number + 1))
}

fn error_line_text(message: &str) -> String {
    serde_json::json!({ "error": message }).to_string()
}
