//! A day's counts as released: thresholded, noisy, one small JSON file per
//! kiosk and day.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::noise::{Entropy, Laplace, NoiseError};
use super::settings::{KioskId, Settings};
use super::{Day, Domain, SENSITIVITY};
use crate::lang::Lang;

/// The file format's version, first in every file.
pub const FORMAT: u32 = 1;

/// One released file. Every count is the true count plus Laplace noise,
/// rounded: it may be negative, and is unbiased (sum many, never clip).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Released {
    pub format: u32,
    pub kiosk: String,
    /// The day counted, YYYY-MM-DD (no finer time).
    pub day: String,
    /// The threshold and budget the file was made with, and the noise's scale.
    pub k: u32,
    pub epsilon: f64,
    pub noise_scale: f64,
    pub visits: i64,
    /// Every language, by code.
    pub languages: BTreeMap<String, i64>,
    pub larger_text: i64,
    pub high_contrast: i64,
    pub voice: i64,
    pub first_result_opened: i64,
    /// Every category of the catalogue, by id.
    pub categories: BTreeMap<String, i64>,
    /// Every service of the catalogue, by id.
    pub services: BTreeMap<String, i64>,
    /// Per language code: the normalised queries left without a result in
    /// at least k visits.
    pub no_result: BTreeMap<String, BTreeMap<String, i64>>,
}

/// The released file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("cannot make the insight folder {0}: {1}")]
    Folder(PathBuf, std::io::Error),
    #[error("cannot write in the insight folder {0}: {1}")]
    Write(PathBuf, std::io::Error),
    #[error("the insight folder {0} already has 99 files for this day")]
    Full(PathBuf),
}

impl Released {
    /// Thresholds and noises `counts`, drawing from `entropy`.
    pub fn new(
        counts: &Day,
        day: Date,
        kiosk: &KioskId,
        settings: &Settings,
        domain: &Domain,
        entropy: &mut impl Entropy,
    ) -> Result<Released, NoiseError> {
        let scale = f64::from(SENSITIVITY) / settings.epsilon();
        let laplace = Laplace::new(scale).ok_or(NoiseError::Scale(scale))?;
        let mut noisy = |count: u64| -> Result<i64, NoiseError> {
            Ok((count as f64 + laplace.sample(entropy)?).round() as i64)
        };
        let mut languages = BTreeMap::new();
        for lang in Lang::ALL {
            let count = counts.languages.get(&lang).copied().unwrap_or(0);
            languages.insert(lang.code().to_owned(), noisy(count)?);
        }
        let mut categories = BTreeMap::new();
        for id in &domain.categories {
            let count = counts.categories.get(id).copied().unwrap_or(0);
            categories.insert(id.clone(), noisy(count)?);
        }
        let mut services = BTreeMap::new();
        for id in &domain.services {
            let count = counts.services.get(id).copied().unwrap_or(0);
            services.insert(id.clone(), noisy(count)?);
        }
        let mut no_result: BTreeMap<String, BTreeMap<String, i64>> = BTreeMap::new();
        for ((lang, query), &visits) in &counts.no_result {
            if visits >= u64::from(settings.k) {
                no_result
                    .entry(lang.code().to_owned())
                    .or_default()
                    .insert(query.clone(), noisy(visits)?);
            }
        }
        Ok(Released {
            format: FORMAT,
            kiosk: kiosk.to_string(),
            day: day.to_string(),
            k: settings.k,
            epsilon: settings.epsilon(),
            noise_scale: scale,
            visits: noisy(counts.visits)?,
            languages,
            larger_text: noisy(counts.larger_text)?,
            high_contrast: noisy(counts.high_contrast)?,
            voice: noisy(counts.voice)?,
            first_result_opened: noisy(counts.first_result_opened)?,
            categories,
            services,
            no_result,
        })
    }

    /// The file's name: `<kiosk>-<day>.json`, then `-2`, `-3`… when the
    /// kiosk was restarted that day (each part counts other visits).
    pub fn file_name(&self, part: u32) -> String {
        if part <= 1 {
            format!("{}-{}.json", self.kiosk, self.day)
        } else {
            format!("{}-{}-{part}.json", self.kiosk, self.day)
        }
    }

    /// Writes the file into `folder` (made if missing) under a name no
    /// other file has, whole or not at all; returns its path.
    pub fn write(&self, folder: &Path) -> Result<PathBuf, WriteError> {
        std::fs::create_dir_all(folder).map_err(|e| WriteError::Folder(folder.to_owned(), e))?;
        let text = serde_json::to_string_pretty(self)
            .map_err(|e| WriteError::Write(folder.to_owned(), std::io::Error::other(e)))?;
        let Some(path) = (1..=99)
            .map(|part| folder.join(self.file_name(part)))
            .find(|path| std::fs::symlink_metadata(path).is_err())
        else {
            return Err(WriteError::Full(folder.to_owned()));
        };
        let partial = folder.join(format!(".{}.partial", self.file_name(1)));
        let written = write_whole(&partial, text.as_bytes()).and_then(|()| {
            // A hard link never replaces a file that appeared meanwhile; a
            // file system without links (a FAT stick) gets a rename instead.
            std::fs::hard_link(&partial, &path).or_else(|e| {
                if std::fs::symlink_metadata(&path).is_err() {
                    std::fs::rename(&partial, &path)
                } else {
                    Err(e)
                }
            })
        });
        let _ = std::fs::remove_file(&partial);
        written.map_err(|e| WriteError::Write(folder.to_owned(), e))?;
        Ok(path)
    }

    /// Reads a released file (for the report).
    pub fn read(path: &Path) -> Result<Released, String> {
        let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        let released: Released = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        if released.format != FORMAT {
            return Err(format!("format {} is not {FORMAT}", released.format));
        }
        Ok(released)
    }
}

fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}
