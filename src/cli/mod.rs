//! The `guichet` command line: one function per subcommand.

pub mod check;
pub mod export;
pub mod import;
pub mod kiosk;
pub mod print;
pub mod report;
pub mod screen;
pub mod search;
pub mod speak;
pub mod sync;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::content::Canton;
use crate::lang::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "guichet",
    version,
    about = "Rights-and-services information kiosk"
)]
pub struct Cli {
    /// What to do; without one, the kiosk starts.
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the kiosk full-screen (the default). Staff leave with Ctrl+Alt+S
    /// and the PIN.
    Kiosk {
        /// Settings file [default: guichet.toml in the working folder, if any].
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
        /// The content folder [default: `content` in guichet.toml].
        #[arg(long, value_name = "DIR")]
        content: Option<PathBuf>,
        /// A 1920×1080 window instead of full screen, for development.
        #[arg(long)]
        windowed: bool,
    },
    /// Say a service (or a text) aloud through the kiosk's speech, then exit
    /// 0 when speech-dispatcher reports the end, 1 otherwise.
    Speak {
        /// The language to speak: fr, de, it, en, pt, es, sq, ar, uk, ti.
        #[arg(long, default_value = "fr")]
        lang: Lang,
        /// A service to read as its detail screen does.
        #[arg(long, conflicts_with = "text")]
        id: Option<String>,
        /// A text to say.
        #[arg(long)]
        text: Option<String>,
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// slow, normal or fast, as the kiosk's Slower and Faster buttons.
        #[arg(long, default_value = "normal")]
        rate: crate::speech::Rate,
        /// Print the reading (one `[lang] text` line per utterance) and exit
        /// 0 without speaking: what a blind visitor hears, for staff to check.
        #[arg(long)]
        silent: bool,
    },
    /// Write a service's printed sheet: a PNG to look at, or (--escpos) the
    /// exact ESC/POS bytes a receipt printer gets, or (--page) PDF pages.
    Print {
        /// The visitor's language: fr, de, it, en, pt, es, sq, ar, uk, ti.
        #[arg(long, default_value = "fr")]
        lang: Lang,
        /// The service.
        #[arg(long)]
        id: String,
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Dots across: 576 for 80 mm paper, 384 for 58 mm.
        #[arg(long, default_value_t = 576)]
        width: u32,
        /// Write ESC/POS bytes instead of a PNG.
        #[arg(long, conflicts_with = "page")]
        escpos: bool,
        /// Write A4 or A5 pages as PDF, as sent to an office printer (as
        /// PNG when FILE ends in .png).
        #[arg(long, value_parser = ["A4", "A5"])]
        page: Option<String>,
        /// The file to write.
        #[arg(long, value_name = "FILE", required_unless_present = "send")]
        out: Option<PathBuf>,
        /// Print on the printer of guichet.toml instead, as the kiosk does;
        /// exit 0 when the printer took the sheet, 1 with what failed.
        #[arg(long, conflicts_with_all = ["out", "escpos", "page", "width"])]
        send: bool,
        /// Settings file: the kiosk's canton and commune choose the offices
        /// printed, and --send uses its printer [default: guichet.toml in the
        /// working folder, else the defaults].
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
        /// The date printed on the sheet (DD.MM.YYYY) instead of today.
        #[arg(long)]
        date: Option<String>,
    },
    /// Write the catalogue in another format: `hsds` (Open Referral HSDS 3.0,
    /// a JSON list of service objects).
    Export {
        /// The format.
        format: export::Format,
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// The language of the texts; fields it lacks are in French.
        #[arg(long, default_value = "fr")]
        lang: Lang,
        /// Write here instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Turn services from another directory into content files: `hsds`
    /// (Open Referral HSDS 3.0: a JSON file of service objects, or the folder
    /// of a CSV package). Texts come in as "needs-review". Exit 0 when every
    /// service was imported, 1 when some were not, 2 on usage.
    Import {
        /// The format.
        format: export::Format,
        /// The HSDS JSON file, or the folder of the CSV package.
        input: PathBuf,
        /// Where to write the new files, for example content/services/imported.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The kiosk's content folder, for its categories and ids.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// The language the records are written in.
        #[arg(long, default_value = "fr")]
        lang: Lang,
        /// The category of records whose taxonomy terms name none of the
        /// kiosk's (repeat for several).
        #[arg(long = "category", value_name = "ID")]
        categories: Vec<String>,
        /// The canton of records whose service areas name none (CH for all
        /// of Switzerland).
        #[arg(long)]
        canton: Option<Canton>,
    },
    /// The catalogue for the team: coverage per language, reviews due,
    /// entries flagged by check, categories with few services.
    Report {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Write an HTML page instead of text.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
    },
    /// Print the JSON Schema of a content file, for editors that check TOML
    /// while staff type (see content/README.md).
    Schema {
        /// Which file: service, categories or synonyms.
        #[arg(default_value = "service")]
        kind: crate::schema::Kind,
    },
    /// Follow a branch of the content repository: fetch, check the new commit,
    /// and fast-forward only when it has no errors. Exit 0 when up to date or
    /// updated, 1 when the new commit is refused.
    Sync {
        /// The kiosk's checkout of the content repository.
        #[arg(long, default_value = ".")]
        repo: PathBuf,
        #[arg(long, default_value = "origin")]
        remote: String,
        #[arg(long, default_value = "main")]
        branch: String,
    },
    /// Read a staff PIN on standard input; print its hash for guichet.toml.
    HashPin,
    /// Check a settings file and print the settings the kiosk will use.
    Config {
        /// The file [default: guichet.toml in the working folder, if any].
        path: Option<PathBuf>,
    },
    /// Check the catalogue: every error of every file, then warnings and a
    /// per-language summary. Exit 0 when usable, 1 on errors, 2 on usage.
    Check {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Folder holding the category icons [default: assets/icons beside DIR].
        #[arg(long)]
        icons: Option<PathBuf>,
        /// Print a JSON report instead of text.
        #[arg(long)]
        json: bool,
        /// Judge review dates as of this day (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
    },
    /// The questionnaire's answer for a visitor: services likely, maybe and
    /// probably not, with reasons. Exit 0, or 2 on bad answers.
    Screen {
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// The language of titles and reasons: fr, de, it, en, pt, es, sq, ar, uk, ti.
        #[arg(long, default_value = "fr")]
        lang: Lang,
        /// Print {"likely":[{"id","title","why"}],"maybe":[…],"unlikely":[…]}.
        #[arg(long)]
        json: bool,
        /// A JSON file of answers, or `-` for standard input: one object,
        /// every key optional (see README, Questionnaire).
        answers: PathBuf,
    },
    /// Search the catalogue as the kiosk does.
    Search {
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// The screen's language: fr, de, it, en, pt, es, sq, ar, uk, ti.
        #[arg(long, default_value = "fr")]
        lang: Lang,
        /// The kiosk's canton (GE, VD, …): whole-Switzerland services plus this canton's.
        #[arg(long)]
        canton: Option<Canton>,
        /// How many results.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// One JSON line: {"results":[…],"micros":N}.
        #[arg(long)]
        json: bool,
        /// Read JSON query lines from FILE (`-` for standard input); write one JSON answer a line.
        #[arg(long, value_name = "FILE", conflicts_with = "query")]
        batch: Option<PathBuf>,
        /// The words to search.
        query: Vec<String>,
    },
}

/// A scratch folder of this process, where new content is checked before
/// anyone sees it; removed with everything in it when dropped.
pub(crate) struct Scratch(PathBuf);

impl Scratch {
    /// An empty folder `guichet-<what>-<pid>` in the temporary folder.
    pub(crate) fn new(what: &str) -> Result<Scratch, String> {
        let path = std::env::temp_dir().join(format!("guichet-{what}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path)
            .map_err(|e| format!("cannot make {}: {e}", path.display()))?;
        Ok(Scratch(path))
    }

    pub(crate) fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Exit codes shared by subcommands.
pub const EXIT_OK: u8 = 0;
pub const EXIT_ERRORS: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    let command = cli.command.unwrap_or(Command::Kiosk {
        config: None,
        content: None,
        windowed: false,
    });
    let code = match command {
        Command::Kiosk {
            config,
            content,
            windowed,
        } => kiosk::run(kiosk::Options {
            config,
            content,
            windowed,
        }),
        Command::HashPin => kiosk::hash_pin(),
        Command::Sync {
            repo,
            remote,
            branch,
        } => sync::run(sync::Options {
            repo: &repo,
            remote: &remote,
            branch: &branch,
        }),
        Command::Schema { kind } => {
            match serde_json::to_string_pretty(&crate::schema::schema(kind)) {
                Ok(text) => {
                    println!("{text}");
                    EXIT_OK
                }
                Err(e) => {
                    eprintln!("guichet schema: {e}");
                    EXIT_ERRORS
                }
            }
        }
        Command::Report { dir, html } => report::run(&dir, html.as_deref()),
        Command::Export {
            format,
            content,
            lang,
            out,
        } => export::run(format, &content, lang, out.as_deref()),
        Command::Import {
            format: export::Format::Hsds,
            input,
            out,
            content,
            lang,
            categories,
            canton,
        } => import::run(import::Options {
            input: &input,
            out: &out,
            content: &content,
            lang,
            categories,
            canton,
        }),
        Command::Speak {
            lang,
            id,
            text,
            content,
            rate,
            silent,
        } => speak::run(speak::Options {
            rate,
            silent,
            content: &content,
            lang,
            id: id.as_deref(),
            text: text.as_deref(),
        }),
        Command::Print {
            lang,
            id,
            content,
            width,
            escpos,
            page,
            out,
            send,
            config,
            date,
        } => print::run(print::Options {
            content: &content,
            lang,
            id: &id,
            width,
            page: page.map(|page| {
                if page == "A5" {
                    crate::print::PaperSize::A5
                } else {
                    crate::print::PaperSize::A4
                }
            }),
            out: out.as_deref(),
            send,
            config: config.as_deref(),
            escpos,
            date: date.as_deref(),
        }),
        Command::Config { path } => kiosk::check_config(path.as_deref()),
        Command::Check {
            dir,
            icons,
            json,
            today,
        } => check::run(&dir, icons, json, today.as_deref()),
        Command::Screen {
            content,
            lang,
            json,
            answers,
        } => screen::run(screen::Options {
            content: &content,
            lang,
            json,
            answers: &answers,
        }),
        Command::Search {
            content,
            lang,
            canton,
            limit,
            json,
            batch,
            query,
        } => search::run(search::Options {
            content: &content,
            lang,
            canton,
            limit,
            json,
            batch: batch.as_deref(),
            query,
        }),
    };
    ExitCode::from(code)
}
