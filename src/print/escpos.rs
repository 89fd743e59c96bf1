//! The ESC/POS commands a receipt printer needs for a sheet: initialise,
//! the raster image in bands, feed past the cutter and cut. Also the
//! real-time status request and what its answer means.

use super::bitmap::Bitmap;

const ESC: u8 = 0x1B;
const GS: u8 = 0x1D;
const DLE: u8 = 0x10;
const EOT: u8 = 0x04;
/// ESC @: forget earlier settings.
pub const INIT: [u8; 2] = [ESC, b'@'];
/// GS v 0: a raster bit image.
const RASTER: [u8; 3] = [GS, b'v', b'0'];
/// GS V 66 n: feed to the cutter (plus n) and cut, leaving a hinge.
pub const CUT: [u8; 4] = [GS, b'V', 66, 0];
/// Rows per raster command: small bands suit printers with little memory.
const BAND: u32 = 256;

/// The whole job for `bitmap`.
pub fn job(bitmap: &Bitmap) -> Vec<u8> {
    let stride = bitmap.stride();
    let mut out = Vec::with_capacity(bitmap.rows().len() + 64);
    out.extend_from_slice(&INIT);
    let mut top = 0;
    while top < bitmap.height() {
        let rows = BAND.min(bitmap.height() - top);
        out.extend_from_slice(&RASTER);
        out.push(0); // normal density
        out.extend_from_slice(&(stride as u16).to_le_bytes());
        out.extend_from_slice(&(rows as u16).to_le_bytes());
        let start = top as usize * stride;
        out.extend_from_slice(&bitmap.rows()[start..start + rows as usize * stride]);
        top += rows;
    }
    out.extend_from_slice(&CUT);
    out
}

/// DLE EOT 1 (printer), 2 (offline cause) and 4 (paper sensor): the printer
/// answers each with one byte, even while it is busy.
pub const STATUS_REQUESTS: [[u8; 3]; 3] = [[DLE, EOT, 1], [DLE, EOT, 2], [DLE, EOT, 4]];

/// What a printer's status bytes say is wrong, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trouble {
    Offline,
    CoverOpen,
    OutOfPaper,
    Error,
}

/// Reads the answers to [`STATUS_REQUESTS`], in that order. A byte that is
/// not a status (bits 0 and 7 clear, 1 and 4 set) is ignored.
pub fn trouble(answers: &[u8]) -> Option<Trouble> {
    let valid = |b: &&u8| **b & 0x93 == 0x12;
    let mut answers = answers.iter().filter(valid).copied();
    let printer = answers.next()?;
    let offline = answers.next().unwrap_or(0x12);
    let paper = answers.next().unwrap_or(0x12);
    if paper & 0x60 != 0 || offline & 0x20 != 0 {
        Some(Trouble::OutOfPaper)
    } else if offline & 0x04 != 0 {
        Some(Trouble::CoverOpen)
    } else if offline & 0x40 != 0 {
        Some(Trouble::Error)
    } else if printer & 0x08 != 0 {
        Some(Trouble::Offline)
    } else {
        None
    }
}

/// A job read back: the image and whether it began with ESC @ and ended
/// with a cut. For tests, and for staff checking a `--escpos` file.
#[derive(Debug)]
pub struct Decoded {
    pub image: Bitmap,
    pub bands: usize,
}

/// What is wrong in an ESC/POS job, and at which byte.
#[derive(Debug, thiserror::Error)]
#[error("byte {at}: {what}")]
pub struct DecodeError {
    pub at: usize,
    pub what: String,
}

impl DecodeError {
    fn at(at: usize, what: impl Into<String>) -> Self {
        DecodeError {
            at,
            what: what.into(),
        }
    }
}

/// Reads a job made of ESC @, status requests, GS v 0 bands of one width,
/// and a final cut; anything else is an error naming its byte offset.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let mut rest = bytes;
    let at = |rest: &[u8]| bytes.len() - rest.len();
    while let Some(tail) = STATUS_REQUESTS
        .iter()
        .find_map(|request| rest.strip_prefix(request.as_slice()))
    {
        rest = tail;
    }
    rest = rest
        .strip_prefix(INIT.as_slice())
        .ok_or_else(|| DecodeError::at(at(rest), "the job does not start with ESC @"))?;
    let mut width = None;
    let mut rows = Vec::new();
    let mut height = 0u32;
    let mut bands = 0;
    while let Some(tail) = rest.strip_prefix(RASTER.as_slice()) {
        let [mode, xl, xh, yl, yh, data @ ..] = tail else {
            return Err(DecodeError::at(at(rest), "a raster command is cut short"));
        };
        if *mode != 0 {
            return Err(DecodeError::at(
                at(rest),
                format!("raster mode {mode}, not 0"),
            ));
        }
        let stride = usize::from(u16::from_le_bytes([*xl, *xh]));
        let count = u32::from(u16::from_le_bytes([*yl, *yh]));
        if *width.get_or_insert(stride) != stride || stride == 0 || count == 0 {
            return Err(DecodeError::at(at(rest), "raster bands differ in width"));
        }
        let size = stride * count as usize;
        if data.len() < size {
            return Err(DecodeError::at(at(rest), "raster data is cut short"));
        }
        rows.extend_from_slice(&data[..size]);
        height += count;
        bands += 1;
        rest = &data[size..];
    }
    if bands == 0 {
        return Err(DecodeError::at(at(rest), "no raster image"));
    }
    if rest != CUT {
        return Err(DecodeError::at(
            at(rest),
            "the job does not end with the cut GS V 66 0",
        ));
    }
    let stride = width.unwrap_or(0);
    let image = Bitmap::from_rows(stride as u32 * 8, height, rows)
        .ok_or_else(|| DecodeError::at(bytes.len(), "the raster data does not fill its rows"))?;
    Ok(Decoded { image, bands })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_decodes_to_its_image_in_bands() {
        let bitmap = Bitmap::from_fn(576, 600, |x, y| x == y);
        let bytes = job(&bitmap);
        assert!(bytes.starts_with(&INIT));
        assert!(bytes.ends_with(&CUT));
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.bands, 3);
        assert_eq!(decoded.image, bitmap);
        assert!(decode(&bytes[..bytes.len() - 1]).is_err());
        assert!(decode(&bytes[2..]).is_err());
    }

    #[test]
    fn status_bytes_name_the_trouble() {
        assert_eq!(trouble(&[]), None);
        assert_eq!(trouble(&[0x12, 0x12, 0x12]), None);
        assert_eq!(trouble(&[0x12, 0x12, 0x72]), Some(Trouble::OutOfPaper));
        assert_eq!(trouble(&[0x1A, 0x12, 0x12]), Some(Trouble::Offline));
        assert_eq!(trouble(&[0x12, 0x16, 0x12]), Some(Trouble::CoverOpen));
        assert_eq!(trouble(&[0xFF, 0x00]), None);
    }
}
