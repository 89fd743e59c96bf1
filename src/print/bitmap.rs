//! A 1-bit image, packed as printers want it: rows of bytes, the leftmost
//! dot in the highest bit, 1 = black. Written as PNG for people to look at
//! and as PDF pages for office printers.

use std::io::Write;

#[derive(Clone, PartialEq, Eq)]
pub struct Bitmap {
    width: u32,
    height: u32,
    bits: Vec<u8>,
}

impl std::fmt::Debug for Bitmap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bitmap {}×{}", self.width, self.height)
    }
}

impl Bitmap {
    /// A `width` × `height` image, black where `black(x, y)`.
    pub fn from_fn(width: u32, height: u32, black: impl Fn(u32, u32) -> bool) -> Bitmap {
        let stride = width.div_ceil(8) as usize;
        let mut bits = vec![0u8; stride * height as usize];
        for y in 0..height {
            for x in 0..width {
                if black(x, y) {
                    bits[y as usize * stride + x as usize / 8] |= 0x80 >> (x % 8);
                }
            }
        }
        Bitmap {
            width,
            height,
            bits,
        }
    }

    /// An image from packed rows, `stride` bytes each (ESC/POS raster data).
    pub fn from_rows(width: u32, height: u32, bits: Vec<u8>) -> Option<Bitmap> {
        (bits.len() == width.div_ceil(8) as usize * height as usize).then_some(Bitmap {
            width,
            height,
            bits,
        })
    }

    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn height(&self) -> u32 {
        self.height
    }

    /// Bytes per row.
    pub fn stride(&self) -> usize {
        self.width.div_ceil(8) as usize
    }

    /// The packed rows, top first.
    pub fn rows(&self) -> &[u8] {
        &self.bits
    }

    pub fn is_black(&self, x: u32, y: u32) -> bool {
        x < self.width
            && y < self.height
            && self.bits[y as usize * self.stride() + x as usize / 8] & (0x80 >> (x % 8)) != 0
    }

    pub fn black_dots(&self) -> u64 {
        self.bits.iter().map(|b| u64::from(b.count_ones())).sum()
    }

    /// The columns holding ink between rows `top` and `bottom`: (first, last).
    pub fn ink_columns(&self, top: u32, bottom: u32) -> Option<(u32, u32)> {
        let columns: Vec<u32> = (0..self.width)
            .filter(|&x| (top..bottom.min(self.height)).any(|y| self.is_black(x, y)))
            .collect();
        Some((*columns.first()?, *columns.last()?))
    }

    /// The image as a 1-bit greyscale PNG.
    pub fn to_png(&self) -> Result<Vec<u8>, png::EncodingError> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.width, self.height);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::One);
        let mut writer = encoder.write_header()?;
        // In PNG greyscale, 0 is black.
        let inverted: Vec<u8> = self.bits.iter().map(|b| !b).collect();
        writer.write_image_data(&inverted)?;
        writer.finish()?;
        Ok(out)
    }

    /// Reads a PNG (any colour type): dark pixels are black.
    pub fn from_png(bytes: &[u8]) -> Result<Bitmap, png::DecodingError> {
        let mut decoder = png::Decoder::new(bytes);
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
        let mut reader = decoder.read_info()?;
        let mut buffer = vec![0; reader.output_buffer_size()];
        let frame = reader.next_frame(&mut buffer)?;
        let channels = frame.color_type.samples();
        let stride = frame.line_size;
        Ok(Bitmap::from_fn(frame.width, frame.height, |x, y| {
            buffer[y as usize * stride + x as usize * channels] < 128
        }))
    }

    /// The image cut into pages `page_height` dots tall, as a PDF whose
    /// pages are `page_points` (width, height) in points, for CUPS.
    pub fn to_pdf(&self, page_height: u32, page_points: (f32, f32)) -> Vec<u8> {
        let stride = self.stride();
        let pages: Vec<&[u8]> = self
            .bits
            .chunks(stride * page_height as usize)
            .filter(|page| page.len() == stride * page_height as usize)
            .collect();
        let mut out: Vec<u8> = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        let mut object = |out: &mut Vec<u8>, body: &[u8]| {
            offsets.push(out.len());
            let _ = writeln!(out, "{} 0 obj", offsets.len());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        };
        // 1: catalogue, 2: page tree, then per page: page, content, image.
        object(&mut out, b"<< /Type /Catalog /Pages 2 0 R >>");
        let kids: Vec<String> = (0..pages.len())
            .map(|i| format!("{} 0 R", 3 + 3 * i))
            .collect();
        object(
            &mut out,
            format!(
                "<< /Type /Pages /Kids [{}] /Count {} >>",
                kids.join(" "),
                pages.len()
            )
            .as_bytes(),
        );
        let (w, h) = page_points;
        for (i, page) in pages.iter().enumerate() {
            let first = 3 + 3 * i;
            object(
                &mut out,
                format!(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w:.2} {h:.2}] /Resources << /XObject << /Sheet {} 0 R >> >> /Contents {} 0 R >>",
                    first + 2,
                    first + 1
                )
                .as_bytes(),
            );
            let draw = format!("q {w:.2} 0 0 {h:.2} 0 0 cm /Sheet Do Q");
            object(
                &mut out,
                format!("<< /Length {} >>\nstream\n{draw}\nendstream", draw.len()).as_bytes(),
            );
            let mut image = format!(
                "<< /Type /XObject /Subtype /Image /Width {} /Height {page_height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0] /Length {} >>\nstream\n",
                self.width,
                page.len()
            )
            .into_bytes();
            image.extend_from_slice(page);
            image.extend_from_slice(b"\nendstream");
            object(&mut out, &image);
        }
        let xref = out.len();
        let _ = write!(out, "xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1);
        for offset in &offsets {
            let _ = writeln!(out, "{offset:010} 00000 n ");
        }
        let _ = write!(
            out,
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offsets.len() + 1
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_round_trips_and_pdf_has_one_page_per_height() {
        let bitmap = Bitmap::from_fn(13, 20, |x, y| (x + y) % 3 == 0);
        assert_eq!(bitmap.stride(), 2);
        let back = Bitmap::from_png(&bitmap.to_png().unwrap()).unwrap();
        assert_eq!(back, bitmap);
        let pdf = String::from_utf8_lossy(&bitmap.to_pdf(10, (100.0, 200.0))).into_owned();
        assert!(pdf.starts_with("%PDF-1.4"));
        assert!(pdf.contains("/Count 2"));
        assert!(pdf.trim_end().ends_with("%%EOF"));
        assert_eq!(bitmap.ink_columns(0, 1), Some((0, 12)));
    }
}
