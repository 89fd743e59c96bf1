//! Draws a [`Sheet`] as a 1-bit image with the kiosk's own fonts, through
//! cosmic-text (the text engine iced uses): Arabic is shaped and laid out
//! right to left, Ethiopic and Cyrillic come from the embedded Noto fonts.

use std::sync::Arc;

use cosmic_text::fontdb;
use cosmic_text::{
    Align, Attrs, Buffer, Color, Family, FontSystem, Metrics, Shaping, SwashCache, Weight, Wrap,
};

use super::bitmap::Bitmap;
use super::sheet::{Block, Sheet, Words};
use crate::lang::Lang;

/// How big the paper is, in printer dots.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paper {
    /// Printable width in dots: 576 on 80 mm rolls, 384 on 58 mm.
    pub width: u32,
    pub dots_per_inch: f32,
    /// The height of one page (office printers); `None` for a roll.
    pub page_height: Option<u32>,
    /// White all round: little on a roll, more where office printers
    /// cannot print.
    pub margin_mm: f32,
}

impl Paper {
    /// A receipt roll at 203 dpi, `width` dots wide.
    pub fn roll(width: u32) -> Paper {
        Paper {
            width,
            dots_per_inch: 203.0,
            page_height: None,
            margin_mm: 2.0,
        }
    }

    /// Points (1/72 inch) to dots.
    fn dots(&self, points: f32) -> f32 {
        points * self.dots_per_inch / 72.0
    }
}

/// Text sizes in points; body text at 12 pt, large for visitors who read
/// with difficulty.
const TITLE_PT: f32 = 18.0;
const HEADING_PT: f32 = 14.0;
pub const TEXT_PT: f32 = 12.0;
const LINE_HEIGHT: f32 = 1.3;
/// The widest QR code printed, in millimetres (easy for any phone).
const QR_MM: f32 = 40.0;
/// Coverage at or above which an anti-aliased pixel prints black: keeps
/// strokes whole without thickening them.
const INK: u8 = 112;

/// The text engine with only the kiosk's fonts: no system font can change
/// what a sheet looks like.
pub struct Fonts {
    system: FontSystem,
    cache: SwashCache,
}

impl Default for Fonts {
    fn default() -> Self {
        let mut db = fontdb::Database::new();
        for bytes in crate::fonts::FILES {
            db.load_font_source(fontdb::Source::Binary(Arc::new(bytes)));
        }
        Fonts {
            system: FontSystem::new_with_locale_and_db("en-US".to_owned(), db),
            cache: SwashCache::new(),
        }
    }
}

/// The family that holds a language's script; other characters (digits,
/// a French name in an Arabic line) come through the engine's fallback.
fn family(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "Noto Sans Arabic",
        Lang::Ti => "Noto Sans Ethiopic",
        _ => "Noto Sans",
    }
}

/// A grey canvas (coverage 0–255) that grows downwards.
struct Canvas {
    width: u32,
    pixels: Vec<u8>,
}

impl Canvas {
    fn height(&self) -> u32 {
        (self.pixels.len() / self.width as usize) as u32
    }

    fn grow(&mut self, height: u32) {
        if height > self.height() {
            self.pixels.resize(height as usize * self.width as usize, 0);
        }
    }

    fn ink(&mut self, x: i32, y: i32, coverage: u8) {
        if x < 0 || y < 0 || x as u32 >= self.width {
            return;
        }
        self.grow(y as u32 + 1);
        let i = y as usize * self.width as usize + x as usize;
        self.pixels[i] = self.pixels[i].max(coverage);
    }

    fn fill(&mut self, x: i32, y: i32, w: u32, h: u32) {
        for dy in 0..h as i32 {
            for dx in 0..w as i32 {
                self.ink(x + dx, y + dy, 255);
            }
        }
    }
}

/// Where the next block goes, and the page breaks.
struct Pen {
    y: f32,
    margin: f32,
    page_height: Option<f32>,
}

impl Pen {
    /// The top of a thing `height` tall, moved to the next page when it
    /// would straddle a break.
    fn place(&mut self, height: f32) -> f32 {
        if let Some(page) = self.page_height {
            let bottom = (self.y / page).floor() * page + page - self.margin;
            if self.y + height > bottom && height < page - 2.0 * self.margin {
                self.y = bottom + 2.0 * self.margin;
            }
        }
        let top = self.y;
        self.y += height;
        top
    }
}

/// What a rendering found, for tests: glyphs the fonts lack are drawn as
/// empty boxes, so a sheet must have none.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Drawn {
    pub missing_glyphs: usize,
    /// For each right-to-left line: whether its first character was drawn
    /// to the right of its last.
    pub rtl_lines: Vec<bool>,
}

/// Draws `sheet` on `paper`, then keeps the dots dark enough to print.
pub fn render(fonts: &mut Fonts, sheet: &Sheet, paper: &Paper) -> (Bitmap, Drawn) {
    let margin = paper.dots(paper.margin_mm * 72.0 / 25.4).round();
    let mut canvas = Canvas {
        width: paper.width,
        pixels: Vec::new(),
    };
    let mut pen = Pen {
        y: margin,
        margin,
        page_height: paper.page_height.map(|h| h as f32),
    };
    let mut drawn = Drawn::default();
    let width = paper.width as f32 - 2.0 * margin;
    let text_px = paper.dots(TEXT_PT);
    for block in &sheet.blocks {
        match block {
            Block::Title(words) | Block::Heading(words) | Block::Paragraph(words) => {
                // Space before, the type, space after (in lines of body text).
                let (before, style, after) = match block {
                    Block::Title(_) => (0.0, Style::bold(paper.dots(TITLE_PT)), 0.4),
                    Block::Heading(_) => (0.5, Style::bold(paper.dots(HEADING_PT)), 0.0),
                    _ => (0.0, Style::regular(text_px), 0.2),
                };
                pen.y += text_px * before;
                text(
                    fonts,
                    &mut canvas,
                    &mut pen,
                    &mut drawn,
                    words,
                    style,
                    margin,
                    width,
                );
                pen.y += text_px * after;
            }
            Block::Check(words) => {
                let side = (text_px * 0.8).round();
                let gap = (text_px * 0.4).round();
                let top = pen.y + (text_px * LINE_HEIGHT - side) / 2.0;
                let box_x = if words.lang.is_rtl() {
                    margin + width - side
                } else {
                    margin
                };
                tick_box(&mut canvas, box_x as i32, top as i32, side as u32);
                let indent = side + gap;
                let x = if words.lang.is_rtl() {
                    margin
                } else {
                    margin + indent
                };
                let style = Style::regular(text_px);
                text(
                    fonts,
                    &mut canvas,
                    &mut pen,
                    &mut drawn,
                    words,
                    style,
                    x,
                    width - indent,
                );
                pen.y += text_px * 0.2;
            }
            Block::Qr(address) => {
                pen.y += text_px * 0.5;
                let largest = width.min(paper.dots(QR_MM * 72.0 / 25.4));
                qr(&mut canvas, &mut pen, address, margin, width, largest);
                pen.y += text_px * 0.3;
            }
            Block::Rule => {
                pen.y += text_px * 0.6;
                let thick = (text_px / 10.0).max(2.0);
                let top = pen.place(thick);
                canvas.fill(margin as i32, top as i32, width as u32, thick as u32);
                pen.y += text_px * 0.3;
            }
        }
    }
    let mut height = (pen.y + margin).ceil() as u32;
    if let Some(page) = paper.page_height {
        height = height.div_ceil(page).max(1) * page;
    }
    canvas.grow(height);
    let bitmap = Bitmap::from_fn(paper.width, canvas.height(), |x, y| {
        canvas.pixels[y as usize * paper.width as usize + x as usize] >= INK
    });
    (bitmap, drawn)
}

#[derive(Clone, Copy)]
struct Style {
    size: f32,
    bold: bool,
}

impl Style {
    fn regular(size: f32) -> Style {
        Style { size, bold: false }
    }

    fn bold(size: f32) -> Style {
        Style { size, bold: true }
    }
}

/// Lays out `words` in a column `width` wide from `x`, shaped and wrapped
/// by the text engine, and draws it line by line (lines can move to the
/// next page on their own).
#[allow(clippy::too_many_arguments)]
fn text(
    fonts: &mut Fonts,
    canvas: &mut Canvas,
    pen: &mut Pen,
    drawn: &mut Drawn,
    words: &Words,
    style: Style,
    x: f32,
    width: f32,
) {
    let Fonts { system, cache } = fonts;
    let mut buffer = Buffer::new(system, Metrics::new(style.size, style.size * LINE_HEIGHT));
    buffer.set_size(system, Some(width), None);
    let attrs = Attrs::new()
        .family(Family::Name(family(words.lang)))
        .weight(if style.bold {
            Weight::BOLD
        } else {
            Weight::NORMAL
        });
    let align = if words.lang.is_rtl() {
        Align::Right
    } else {
        Align::Left
    };
    if words.lang.is_rtl() {
        // cosmic-text 0.15 can overfill a right-to-left line that holds a
        // left-to-right word (a name in Latin letters): break it here.
        let text = numbers_kept_whole(&words.text);
        let lines = break_lines(system, &mut buffer, &text, &attrs, width);
        buffer.set_wrap(system, Wrap::None);
        buffer.set_text(system, &lines, &attrs, Shaping::Advanced, Some(align));
    } else {
        // Long web addresses may break inside a word.
        buffer.set_wrap(system, Wrap::WordOrGlyph);
        buffer.set_text(system, &words.text, &attrs, Shaping::Advanced, Some(align));
    }
    buffer.shape_until_scroll(system, false);
    for run in buffer.layout_runs() {
        let top = pen.place(run.line_height);
        let baseline = top + (run.line_y - run.line_top);
        drawn.missing_glyphs += run.glyphs.iter().filter(|g| g.glyph_id == 0).count();
        if run.rtl && run.glyphs.len() > 1 {
            let first = run.glyphs.iter().min_by_key(|g| g.start);
            let last = run.glyphs.iter().max_by_key(|g| g.start);
            if let (Some(first), Some(last)) = (first, last) {
                drawn.rtl_lines.push(first.x > last.x);
            }
        }
        for glyph in run.glyphs {
            let physical = glyph.physical((x, baseline), 1.0);
            cache.with_pixels(
                system,
                physical.cache_key,
                Color::rgb(0, 0, 0),
                |gx, gy, color| {
                    canvas.ink(physical.x + gx, physical.y + gy, color.a());
                },
            );
        }
    }
}

/// An empty square to tick with a pen.
fn tick_box(canvas: &mut Canvas, x: i32, y: i32, side: u32) {
    let line = (side / 10).max(2);
    canvas.fill(x, y, side, line);
    canvas.fill(x, y + (side - line) as i32, side, line);
    canvas.fill(x, y, line, side);
    canvas.fill(x + (side - line) as i32, y, line, side);
}

/// The QR code of `address`, centred, each module a whole number of dots so
/// every phone reads it.
fn qr(canvas: &mut Canvas, pen: &mut Pen, address: &str, margin: f32, width: f32, largest: f32) {
    let Ok(code) = qrcode::QrCode::new(address.as_bytes()) else {
        // Too long for a QR code: the address is printed below anyway.
        return;
    };
    let modules = code.width() as u32;
    let module = ((largest as u32) / modules).max(1);
    let side = module * modules;
    // Four modules of white all round, as readers expect.
    let quiet = 4 * module;
    let top = pen.place((side + 2 * quiet) as f32) as i32 + quiet as i32;
    let left = (margin + (width - side as f32) / 2.0) as i32;
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (col, row) = (i as u32 % modules, i as u32 / modules);
            canvas.fill(
                left + (col * module) as i32,
                top + (row * module) as i32,
                module,
                module,
            );
        }
    }
}

/// `text` with a line break wherever the next word would not fit in
/// `width`, measured by shaping each candidate line whole.
fn break_lines(
    system: &mut FontSystem,
    buffer: &mut Buffer,
    text: &str,
    attrs: &Attrs,
    width: f32,
) -> String {
    buffer.set_wrap(system, Wrap::None);
    let mut measure = |line: &str| {
        buffer.set_text(system, line, attrs, Shaping::Advanced, None);
        buffer.shape_until_scroll(system, false);
        buffer
            .layout_runs()
            .map(|run| run.line_w)
            .fold(0.0f32, f32::max)
    };
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if line.is_empty() || measure(&candidate) <= width {
                line = candidate;
            } else {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            }
        }
        lines.push(line);
    }
    lines.join("\n")
}

/// Spaces between digits become no-break spaces: a number written in
/// groups ("0800 22 22 10") then stays one left-to-right number inside a
/// right-to-left line, in its own order, and on one line.
fn numbers_kept_whole(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let digit = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(char::is_ascii_digit)
            };
            if c == ' ' && digit(i.checked_sub(1)) && digit(Some(i + 1)) {
                '\u{a0}'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_numbers_stay_whole() {
        assert_eq!(
            numbers_kept_whole("اتصل 0800 22 22 10. ثم 3 أيام"),
            "اتصل 0800\u{a0}22\u{a0}22\u{a0}10. ثم 3 أيام"
        );
    }
}
