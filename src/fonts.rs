//! The font files shipped inside the binary, so every script is drawn the
//! same on every machine: on screen (`ui::font`) and on paper (`print`).

/// Noto Sans (Latin, Cyrillic), Noto Sans Arabic and Noto Sans Ethiopic,
/// regular and bold (SIL OFL 1.1, `assets/fonts/`).
pub const FILES: [&[u8]; 6] = [
    include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../assets/fonts/NotoSansEthiopic-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoSansEthiopic-Bold.ttf"),
];
