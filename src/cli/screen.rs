//! `guichet screen`: the questionnaire's verdicts for a visitor's answers
//! written as JSON, for staff trying rules and for tests. The answers are
//! read from a file or standard input and never written anywhere.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use crate::content::{self, LoadOptions};
use crate::i18n::Strings;
use crate::lang::Lang;
use crate::screener::{self, Answers, Suggestion};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The content folder.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// The language of titles and reasons: fr, de, it, en, pt, es, sq, ar, uk, ti.
    #[arg(long, default_value = "fr")]
    pub lang: Lang,
    /// Print {"likely":[{"id","title","why"}],"maybe":[…],"unlikely":[…]}.
    #[arg(long)]
    pub json: bool,
    /// A JSON file of answers, or `-` for standard input: one object,
    /// every key optional (see README, Questionnaire).
    pub answers: PathBuf,
}

#[derive(Serialize)]
struct Entry<'a> {
    id: &'a str,
    title: &'a str,
    why: Vec<String>,
}

#[derive(Serialize)]
struct Report<'a> {
    likely: Vec<Entry<'a>>,
    maybe: Vec<Entry<'a>>,
    unlikely: Vec<Entry<'a>>,
}

pub fn run(options: &Args) -> u8 {
    let text = match read_answers(&options.answers) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("guichet screen: {message}");
            return EXIT_USAGE;
        }
    };
    let answers = match Answers::from_json(&text) {
        Ok(answers) => answers,
        Err(e) => {
            eprintln!("guichet screen: {e}");
            return EXIT_USAGE;
        }
    };
    let dir = options.content.as_path();
    let load_options = LoadOptions::for_dir(dir);
    let loaded = match content::load(dir, &load_options) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("guichet screen: {e}");
            return EXIT_USAGE;
        }
    };
    if loaded.errors() > 0 {
        eprintln!(
            "guichet screen: {} content errors, those files are left out (run `guichet check {}`)",
            loaded.errors(),
            dir.display()
        );
    }
    let outcome = screener::evaluate(&loaded.catalogue, &answers, load_options.today);
    let (strings, _) = Strings::embedded();
    let lang = options.lang;
    let report = Report {
        likely: entries(&outcome.likely, lang, &strings),
        maybe: entries(&outcome.maybe, lang, &strings),
        unlikely: entries(&outcome.unlikely, lang, &strings),
    };
    if options.json {
        return match serde_json::to_string(&report) {
            Ok(line) => {
                println!("{line}");
                EXIT_OK
            }
            Err(e) => {
                eprintln!("guichet screen: {e}");
                EXIT_ERRORS
            }
        };
    }
    let groups = [
        (screener::LIKELY_ID, &report.likely),
        (screener::MAYBE_ID, &report.maybe),
        (screener::UNLIKELY_ID, &report.unlikely),
    ];
    for (heading, entries) in groups {
        println!("{} ({})", strings.get(lang, heading), entries.len());
        for entry in entries {
            println!("  • {} [{}]", entry.title, entry.id);
            for reason in &entry.why {
                println!("      – {reason}");
            }
        }
        println!();
    }
    println!("{}", strings.get(lang, screener::NOTICE_ID));
    EXIT_OK
}

fn entries<'a>(list: &[Suggestion<'a>], lang: Lang, strings: &Strings) -> Vec<Entry<'a>> {
    list.iter()
        .map(|s| Entry {
            id: s.service.id(),
            title: s.service.text(lang).title,
            why: why(s, lang, strings),
        })
        .collect()
}

/// The reasons in `lang`, and the desk's part when the rules leave one.
fn why(suggestion: &Suggestion<'_>, lang: Lang, strings: &Strings) -> Vec<String> {
    let mut why: Vec<String> = suggestion
        .why
        .iter()
        .map(|text| screener::reason(text, lang).to_owned())
        .collect();
    if suggestion.ask_at_desk && suggestion.verdict != screener::Verdict::Unlikely {
        why.push(strings.get(lang, screener::ASK_AT_DESK_ID));
    }
    why
}

fn read_answers(path: &Path) -> Result<String, String> {
    if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .take(content::MAX_FILE_BYTES)
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read the answers from standard input: {e}"))?;
        return Ok(text);
    }
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?
        .len();
    if size > content::MAX_FILE_BYTES {
        return Err(format!(
            "{} is {size} bytes; answers are one small JSON object",
            path.display()
        ));
    }
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}
