//! Printed sheets: every service in every language fits the paper with no
//! missing glyph; Arabic runs right to left and Ethiopic is drawn (against
//! committed reference images); a fake network printer gets a whole ESC/POS
//! job from the print module and from the kiosk; a missing or stuck printer
//! is reported within 3 seconds and nothing waits for it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use guichet::cli::kiosk;
use guichet::config::Config;
use guichet::content::{self, Catalogue, LoadOptions, Service};
use guichet::i18n::Strings;
use guichet::lang::Lang;
use guichet::place::{Commune, Here};
use guichet::print::render::{self, Paper};
use guichet::print::sheet::{Block, Sheet, Words};
use guichet::print::{
    Bitmap, Connection, Fault, Fonts, PaperSize, Printer, PrinterSettings, Request, Started, escpos,
};
use guichet::ui::screen::detail::Printing;
use guichet::ui::screen::{Screen, home, results};
use guichet::ui::{Kiosk, Message, font};
use iced::futures::StreamExt;
use iced_test::Simulator;

const DATE: &str = "29.11.2026";

fn catalogue() -> Catalogue {
    let dir = Path::new("content");
    content::load(dir, &LoadOptions::for_dir(dir))
        .unwrap()
        .catalogue
}

fn strings() -> Arc<Strings> {
    Arc::new(Strings::embedded().0)
}

/// A kiosk in the service's own canton (Geneva for national services).
fn home_of(service: &Service) -> Here {
    let canton = service
        .cantons
        .iter()
        .find(|c| !c.is_whole_country())
        .cloned()
        .unwrap_or_else(|| "GE".parse().unwrap());
    Here {
        canton,
        commune: None,
    }
}

#[test]
fn the_office_for_the_kiosks_commune_comes_first_and_other_cantons_are_left_out() {
    let catalogue = catalogue();
    let strings = strings();
    let service = catalogue.service("victim-support-lavi").unwrap();
    let lines = |canton: &str, commune: Option<&str>| -> Vec<String> {
        let here = Here {
            canton: canton.parse().unwrap(),
            commune: commune.map(|c| c.parse().unwrap()),
        };
        let sheet = Sheet::new(&strings, service, Lang::Fr, &here, DATE);
        sheet.texts().map(str::to_owned).collect()
    };
    let vaud = lines("VD", None);
    let geneva = lines("GE", None);
    let in_vaud = |texts: &[String]| texts.iter().any(|t| t.contains("021 631 03"));
    assert!(in_vaud(&vaud), "{vaud:#?}");
    assert!(
        !in_vaud(&geneva),
        "a Geneva kiosk prints no Vaud office: {geneva:#?}"
    );
    // An office that serves the kiosk's commune comes first, under "Pour …".
    let mut served = service.clone();
    let yverdon: Commune = "Yverdon-les-Bains".parse().unwrap();
    let office = served
        .locations
        .iter_mut()
        .find(|l| l.city == "Yverdon-les-Bains")
        .unwrap();
    office
        .serves
        .push(toml::Spanned::new(0..0, yverdon.clone()));
    let here = Here {
        canton: "VD".parse().unwrap(),
        commune: Some(yverdon),
    };
    let texts: Vec<String> = Sheet::new(&strings, &served, Lang::Fr, &here, DATE)
        .texts()
        .map(str::to_owned)
        .collect();
    let at = |needle: &str| {
        let found = texts.iter().position(|t| t.contains(needle));
        found.unwrap_or_else(|| panic!("no {needle:?} in {texts:#?}"))
    };
    assert!(at("Pour ") < at("Centre LAVI Yverdon"), "{texts:#?}");
    assert!(
        at("Centre LAVI Yverdon") < at("Centre LAVI Lausanne"),
        "{texts:#?}"
    );
}

#[test]
fn every_service_in_ten_languages_fits_the_paper_with_every_glyph() {
    let catalogue = catalogue();
    let strings = strings();
    let mut fonts = Fonts::default();
    assert!(catalogue.services.len() >= 40);
    for width in [576, 384] {
        let paper = Paper::roll(width);
        for service in &catalogue.services {
            for lang in Lang::ALL {
                let sheet = Sheet::new(&strings, service, lang, &home_of(service), DATE);
                let (image, drawn) = render::render(&mut fonts, &sheet, &paper);
                let what = format!("{} in {lang} on {width} dots", service.id());
                assert_eq!(image.width(), width, "{what}");
                assert!(image.height() > 400, "{what}: {}", image.height());
                assert_eq!(drawn.missing_glyphs, 0, "{what}: empty boxes");
                assert!(
                    drawn.rtl_lines.iter().all(|&rtl| rtl),
                    "{what}: a right-to-left line runs left to right"
                );
                // 2 mm margins (16 dots; a glyph may overhang by a few):
                // nothing reaches the paper's edges.
                let (left, right) = image.ink_columns(0, image.height()).unwrap();
                assert!(left >= 8 && right < width - 8, "{what}: ink {left}–{right}");
            }
        }
    }
}

#[test]
fn a_sheet_holds_what_to_bring_where_to_go_and_a_french_block() {
    let catalogue = catalogue();
    let strings = strings();
    // A service whose first phone and one place are shown at its home
    // kiosk (a national service's line for one canton is left out elsewhere).
    let service = catalogue
        .services
        .iter()
        .find(|s| {
            let home = home_of(s).canton;
            s.locations.iter().any(|l| l.shown_in(&home))
                && s.phones.first().is_some_and(|p| p.shown_in(&home))
        })
        .unwrap();
    let sheet = Sheet::new(&strings, service, Lang::Ar, &home_of(service), DATE);
    let texts: Vec<&str> = sheet.texts().collect();
    assert_eq!(texts[0], service.text(Lang::Ar).title);
    assert!(texts.contains(&strings.get(Lang::Ar, "detail-where").as_str()));
    assert!(texts.iter().any(|t| t.contains(DATE)));
    assert!(
        sheet
            .blocks
            .contains(&Block::Qr(service.url.as_str().to_owned()))
    );
    let rule = sheet.blocks.iter().position(|b| *b == Block::Rule).unwrap();
    let desk: Vec<&Block> = sheet.blocks[rule + 1..].iter().collect();
    assert!(desk.iter().all(|block| match block {
        Block::Heading(w) | Block::Paragraph(w) => w.lang == Lang::Fr,
        _ => false,
    }));
    let desk_text = format!("{desk:?}");
    assert!(desk_text.contains(service.text(Lang::Fr).title));
    assert!(desk_text.contains(service.phones[0].number()));
    if let Some(first) = service.text(Lang::Ar).documents.first() {
        assert!(
            sheet
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Check(w) if &w.text == first))
        );
    }
}

/// One line of `text` in `lang`, as a title on 58 mm paper.
fn title_image(text: &str, lang: Lang) -> Bitmap {
    let sheet = Sheet {
        lang,
        blocks: vec![Block::Title(Words {
            text: text.to_owned(),
            lang,
        })],
    };
    render::render(&mut Fonts::default(), &sheet, &Paper::roll(384)).0
}

fn reference(name: &str) -> PathBuf {
    Path::new("tests/fixtures/print").join(name)
}

/// Compares with the committed image; `GUICHET_BLESS=1` writes it again
/// (look at it before committing).
fn matches_reference(image: &Bitmap, name: &str) {
    let path = reference(name);
    if std::env::var_os("GUICHET_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, image.to_png().unwrap()).unwrap();
    }
    let expected = Bitmap::from_png(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        (image.width(), image.height()),
        (expected.width(), expected.height()),
        "{name}"
    );
    let differ = (0..image.height())
        .flat_map(|y| (0..image.width()).map(move |x| (x, y)))
        .filter(|&(x, y)| image.is_black(x, y) != expected.is_black(x, y))
        .count();
    // Anti-aliasing may move a few edge dots with another version of the
    // text engine; a wrong direction or missing glyphs moves thousands.
    assert!(
        differ * 200 <= image.black_dots() as usize,
        "{name}: {differ} dots differ"
    );
}

#[test]
fn arabic_reads_right_to_left_and_ethiopic_is_drawn() {
    // "Aide sociale" in Arabic and in Tigrinya.
    let arabic = title_image("المساعدة الاجتماعية", Lang::Ar);
    let tigrinya = title_image("ማሕበራዊ ሓገዝ", Lang::Ti);
    matches_reference(&arabic, "ar-title.png");
    matches_reference(&tigrinya, "ti-title.png");

    // Arabic sits against the right margin, Tigrinya against the left.
    let (left, right) = arabic.ink_columns(0, arabic.height()).unwrap();
    assert!(
        right >= 384 - 16 - 6 && left > 100,
        "arabic ink {left}–{right}"
    );
    let (left, right) = tigrinya.ink_columns(0, tigrinya.height()).unwrap();
    assert!(
        left <= 16 + 6 && right < 384 - 40,
        "tigrinya ink {left}–{right}"
    );

    // The first word is drawn at the right: the image of the first word
    // alone matches the right part of the whole line.
    let first = title_image("المساعدة", Lang::Ar);
    let (first_left, _) = first.ink_columns(0, first.height()).unwrap();
    let same = (first_left..384)
        .flat_map(|x| (0..first.height()).map(move |y| (x, y)))
        .filter(|&(x, y)| first.is_black(x, y) && arabic.is_black(x, y))
        .count();
    assert!(same * 10 >= first.black_dots() as usize * 9, "{same}");

    // Ethiopic glyphs are not the empty boxes of a missing font: a box is
    // hollow, a syllable has strokes inside.
    let sheet = Sheet {
        lang: Lang::Ti,
        blocks: vec![Block::Paragraph(Words {
            text: "ሰላም ሓገዝ ስራሕ".to_owned(),
            lang: Lang::Ti,
        })],
    };
    let (_, drawn) = render::render(&mut Fonts::default(), &sheet, &Paper::roll(384));
    assert_eq!(drawn.missing_glyphs, 0);
}

/// A receipt printer on 127.0.0.1 that answers status requests with
/// `status` and hands over everything it received.
fn fake_printer(status: [u8; 3]) -> (String, mpsc::Receiver<Vec<u8>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let (sender, received) = mpsc::channel();
    std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut request = [0u8; 9];
        stream.read_exact(&mut request).unwrap();
        stream.write_all(&status).unwrap();
        let mut job = request.to_vec();
        let _ = stream.read_to_end(&mut job);
        let _ = sender.send(job);
    });
    (address, received)
}

fn request(lang: Lang) -> Request {
    let catalogue = catalogue();
    Request {
        service: catalogue.services[0].clone(),
        lang,
        here: home_of(&catalogue.services[0]),
        strings: strings(),
        date: DATE.to_owned(),
    }
}

/// Prints and waits for the outcome; returns it with the time it took.
fn print_with(connection: Connection) -> (Result<(), Fault>, Duration) {
    let mut printer = Printer::new(PrinterSettings {
        connection,
        paper: PaperSize::Roll80,
    });
    let (sender, outcome) = mpsc::channel();
    let start = Instant::now();
    let started = printer.print(request(Lang::Ti), start, move |result| {
        sender.send(result).unwrap();
    });
    assert_eq!(started, Started::Sending);
    let result = outcome.recv_timeout(Duration::from_secs(10)).unwrap();
    (result, start.elapsed())
}

#[test]
fn a_network_printer_gets_init_raster_and_cut() {
    let (address, received) = fake_printer([0x12, 0x12, 0x12]);
    let (result, took) = print_with(Connection::Network(address));
    assert_eq!(result, Ok(()));
    assert!(took < Duration::from_secs(3), "{took:?}");
    let job = received.recv_timeout(Duration::from_secs(5)).unwrap();
    let decoded = escpos::decode(&job).unwrap();
    let sheet = request(Lang::Ti).sheet();
    let (expected, _) = render::render(&mut Fonts::default(), &sheet, &Paper::roll(576));
    assert_eq!(decoded.image, expected);
    assert!(decoded.bands >= 2);
}

#[test]
fn faults_are_reported_within_three_seconds() {
    let (address, _job) = fake_printer([0x12, 0x12, 0x72]);
    let (result, took) = print_with(Connection::Network(address));
    assert!(matches!(result, Err(Fault::OutOfPaper(_))), "{result:?}");
    assert!(took < Duration::from_secs(3), "{took:?}");

    // Unplugged USB printer.
    let (result, took) = print_with(Connection::Usb("/dev/usb/lp-guichet-test".into()));
    assert!(matches!(result, Err(Fault::Absent(_))), "{result:?}");
    assert!(took < Duration::from_secs(3), "{took:?}");

    // Serial printer unplugged.
    let (result, took) = print_with(Connection::Serial {
        device: "/dev/ttyUSB-guichet-test".into(),
        baud: 9600,
    });
    assert!(matches!(result, Err(Fault::Absent(_))), "{result:?}");
    assert!(took < Duration::from_secs(3), "{took:?}");

    // Nothing listens on the port.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let (result, took) = print_with(Connection::Network(port.to_string()));
    assert!(matches!(result, Err(Fault::NoAnswer(_))), "{result:?}");
    assert!(took < Duration::from_secs(3), "{took:?}");
}

#[test]
fn a_stuck_printer_is_given_up_on_and_the_next_press_is_refused_at_once() {
    // A device nobody reads: opening it blocks, as a hung printer does.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("lp0");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let mut printer = Printer::new(PrinterSettings {
        connection: Connection::Usb(fifo.clone()),
        paper: PaperSize::Roll58,
    });
    let (sender, outcome) = mpsc::channel();
    let start = Instant::now();
    let first = sender.clone();
    printer.print(request(Lang::Fr), start, move |r| first.send(r).unwrap());
    let result = outcome.recv_timeout(Duration::from_secs(10)).unwrap();
    assert!(matches!(result, Err(Fault::Stalled(..))), "{result:?}");
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
    // Within five seconds a press does nothing; after, the stuck job is named.
    let again = printer.print(request(Lang::Fr), start + Duration::from_secs(1), |_| {});
    assert_eq!(again, Started::TooSoon);
    let later = start + Duration::from_secs(6);
    printer.print(request(Lang::Fr), later, move |r| sender.send(r).unwrap());
    let result = outcome.recv_timeout(Duration::from_millis(500)).unwrap();
    assert!(matches!(result, Err(Fault::Busy(_))), "{result:?}");
    // Free the blocked thread.
    let _ = std::fs::File::open(&fifo).map(|mut f| std::io::copy(&mut f, &mut std::io::sink()));
}

/// Runs a task the kiosk returned until it gives its message.
fn run(task: iced::Task<Message>, within: Duration) -> Message {
    let mut stream = iced_runtime::task::into_stream(task).expect("a task");
    let mut context = Context::from_waker(Waker::noop());
    let deadline = Instant::now() + within;
    loop {
        match stream.poll_next_unpin(&mut context) {
            Poll::Ready(Some(iced_runtime::Action::Output(message))) => return message,
            Poll::Ready(_) => panic!("the task ended without a message"),
            Poll::Pending if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Poll::Pending => panic!("no answer within {within:?}"),
        }
    }
}

/// Goes to the first service's page through its category.
fn open_first_service(kiosk: &mut Kiosk) {
    let service = &kiosk.setup().content.index.catalogue().services[0];
    let (id, category) = (
        service.id().to_owned(),
        service.category_ids().next().unwrap().to_owned(),
    );
    let _ = kiosk.update(Message::Home(home::Message::Category(category)));
    let _ = kiosk.update(Message::Results(results::Message::Open(id)));
}

fn kiosk_with(connection: Connection) -> Kiosk {
    let mut setup = kiosk::setup(None, Some(Path::new("content"))).unwrap();
    setup.config.printer = Some(PrinterSettings {
        connection,
        paper: PaperSize::Roll80,
    });
    let mut kiosk = Kiosk::new(setup);
    let _ = kiosk.update(Message::Language(Lang::Ar));
    open_first_service(&mut kiosk);
    kiosk
}

/// Touches Print on the detail page; returns the task it started.
fn touch_print(kiosk: &mut Kiosk) -> iced::Task<Message> {
    let label = kiosk.setup().strings.get(Lang::Ar, "print-button");
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(font::settings(), kiosk.logical_size(), kiosk.view());
        ui.click(label.as_str()).unwrap();
        ui.into_messages().collect()
    };
    assert_eq!(messages.len(), 1);
    kiosk.update(messages.into_iter().next().unwrap())
}

/// Saves the screen as `target/screenshots/NAME-tiny-skia.png` to look at.
fn picture(kiosk: &Kiosk, name: &str) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    let _ = std::fs::remove_file(dir.join(format!("{name}-tiny-skia.png")));
    let snapshot = Simulator::with_size(font::settings(), kiosk.logical_size(), kiosk.view())
        .snapshot(&kiosk.theme())
        .unwrap();
    // Only writes the PNG (removed above) for people to look at; pixels
    // are checked against committed baselines in tests/snapshots.rs.
    let _written = snapshot.matches_image(dir.join(name)).unwrap();
}

fn printing(kiosk: &Kiosk) -> Option<Printing> {
    match &kiosk.visit().screen {
        Screen::Detail(detail) => detail.printing(),
        _ => panic!("not on a detail page"),
    }
}

fn shows(kiosk: &Kiosk, id: &str) -> bool {
    let text = kiosk.setup().strings.get(kiosk.visit().lang, id);
    Simulator::with_size(font::settings(), kiosk.logical_size(), kiosk.view())
        .find(text.as_str())
        .is_ok()
}

#[test]
fn the_kiosk_prints_on_a_network_printer_and_says_so() {
    let (address, received) = fake_printer([0x12, 0x12, 0x12]);
    let mut kiosk = kiosk_with(Connection::Network(address));
    assert!(matches!(kiosk.visit().screen, Screen::Detail(_)));
    let task = touch_print(&mut kiosk);
    assert_eq!(printing(&kiosk), Some(Printing::Sending));
    picture(&kiosk, "detail-print-ar");
    assert!(shows(&kiosk, "print-sending"));
    let message = run(task, Duration::from_secs(3));
    assert!(matches!(message, Message::Printed(Ok(()))), "{message:?}");
    let _ = kiosk.update(message);
    assert!(shows(&kiosk, "print-done"));
    let job = received.recv_timeout(Duration::from_secs(5)).unwrap();
    let decoded = escpos::decode(&job).unwrap();
    assert_eq!(decoded.image.width(), 576);
    // A second press at once prints nothing.
    let task = touch_print(&mut kiosk);
    assert!(iced_runtime::task::into_stream(task).is_none());
    assert!(kiosk.printer_problems().is_empty());
}

#[test]
fn an_unplugged_printer_tells_the_visitor_to_ask_and_staff_why() {
    let mut kiosk = kiosk_with(Connection::Usb("/dev/usb/lp-guichet-test".into()));
    let start = Instant::now();
    let task = touch_print(&mut kiosk);
    let message = run(task, Duration::from_secs(3));
    assert!(start.elapsed() < Duration::from_secs(3));
    let _ = kiosk.update(message);
    assert_eq!(printing(&kiosk), Some(Printing::Failed));
    assert!(shows(&kiosk, "print-failed"));
    assert!(kiosk.printer_problems()[0].contains("not found"));
    // The kiosk goes on: Back still works.
    let _ = kiosk.update(Message::Detail(guichet::ui::screen::detail::Message::Back));
    assert!(!matches!(kiosk.visit().screen, Screen::Detail(_)));
}

#[test]
fn without_a_printer_there_is_no_print_button() {
    let mut setup = kiosk::setup(None, Some(Path::new("content"))).unwrap();
    setup.config.printer = None;
    let mut kiosk = Kiosk::new(setup);
    open_first_service(&mut kiosk);
    assert!(matches!(kiosk.visit().screen, Screen::Detail(_)));
    assert!(!shows(&kiosk, "print-button"));
}

#[test]
fn nothing_the_visitor_typed_reaches_the_paper() {
    let (address, received) = fake_printer([0x12, 0x12, 0x12]);
    let mut setup = kiosk::setup(None, Some(Path::new("content"))).unwrap();
    setup.config.printer = Some(PrinterSettings {
        connection: Connection::Network(address),
        paper: PaperSize::Roll80,
    });
    let mut kiosk = Kiosk::new(setup);
    // A misspelling the catalogue does not hold, found by typo tolerance.
    let typed = "hospise";
    let _ = kiosk.update(Message::Home(home::Message::Search));
    let _ = kiosk.update(Message::Results(results::Message::Typed(typed.to_owned())));
    let hit = match &kiosk.visit().screen {
        Screen::Results(results) => results.hits()[0].clone(),
        _ => panic!("not on results"),
    };
    let _ = kiosk.update(Message::Results(results::Message::Open(hit.clone())));
    let label = kiosk.setup().strings.get(Lang::Fr, "print-button");
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(font::settings(), kiosk.logical_size(), kiosk.view());
        ui.click(label.as_str()).unwrap();
        ui.into_messages().collect()
    };
    let task = kiosk.update(messages.into_iter().next().unwrap());
    let message = run(task, Duration::from_secs(3));
    assert!(matches!(message, Message::Printed(Ok(()))), "{message:?}");
    let job = received.recv_timeout(Duration::from_secs(5)).unwrap();
    let lower = String::from_utf8_lossy(&job).to_lowercase();
    assert!(!lower.contains(typed));
    // The sheet is made of the catalogue and interface strings alone.
    let service = kiosk
        .setup()
        .content
        .index
        .catalogue()
        .service(&hit)
        .unwrap();
    let here = Config::default().here();
    let sheet = Sheet::new(&kiosk.setup().strings, service, Lang::Fr, &here, DATE);
    assert!(
        sheet
            .texts()
            .all(|text| !text.to_lowercase().contains(typed))
    );
    let decoded = escpos::decode(&job).unwrap();
    let (image, _) = render::render(
        &mut Fonts::default(),
        &Sheet::new(
            &kiosk.setup().strings,
            service,
            Lang::Fr,
            &here,
            &guichet::print::today(),
        ),
        &Paper::roll(576),
    );
    assert_eq!(decoded.image, image);
}

fn guichet(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_print_command_writes_png_escpos_and_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("sheet.png");
    let bin = dir.path().join("sheet.bin");
    let pdf = dir.path().join("sheet.pdf");
    let id = "social-assistance-ge";
    let out = guichet(
        &[
            "print", "--lang", "ar", "--id", id, "--width", "384", "--out",
        ]
        .into_iter()
        .chain([png.to_str().unwrap()])
        .collect::<Vec<_>>(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let image = Bitmap::from_png(&std::fs::read(&png).unwrap()).unwrap();
    assert_eq!(image.width(), 384);
    let out = guichet(&[
        "print",
        "--lang",
        "ti",
        "--id",
        id,
        "--escpos",
        "--out",
        bin.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let decoded = escpos::decode(&std::fs::read(&bin).unwrap()).unwrap();
    assert_eq!(decoded.image.width(), 576);
    let out = guichet(&[
        "print",
        "--lang",
        "uk",
        "--id",
        id,
        "--page",
        "A5",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let pdf = std::fs::read(&pdf).unwrap();
    assert!(pdf.starts_with(b"%PDF-1.4"));
    assert!(String::from_utf8_lossy(&pdf).contains("/MediaBox [0 0 419.53 595.28]"));
    // Mistakes are named.
    let out = guichet(&[
        "print",
        "--lang",
        "fr",
        "--id",
        "no-such-service",
        "--out",
        "x.png",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no service `no-such-service`"));
    let out = guichet(&[
        "print", "--lang", "fr", "--id", id, "--width", "500", "--out", "x.png",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn an_office_printer_gets_pdf_pages_through_lp() {
    // Stand-ins for CUPS's lp and lpstat, found first on PATH.
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let received = dir.path().join("received.pdf");
    let script = |name: &str, body: &str| {
        let path = bin.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::process::Command::new("chmod")
            .arg("+x")
            .arg(&path)
            .status()
            .unwrap();
    };
    script(
        "lp",
        &format!(
            "echo \"$@\" > {0}.args; cat > {0}; echo \"request id is Accueil-1 (1 file(s))\"",
            received.display()
        ),
    );
    script(
        "lpstat",
        "echo \"printer Accueil is idle.  $GUICHET_TEST_QUEUE since Sun 29 Nov\"",
    );
    let config = dir.path().join("guichet.toml");
    std::fs::write(&config, "[printer]\ncups = \"Accueil\"\npaper = \"A4\"\n").unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let send = |queue: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_guichet"))
            .args([
                "print",
                "--lang",
                "ar",
                "--id",
                "social-assistance-ge",
                "--send",
                "--config",
            ])
            .arg(&config)
            .env("PATH", &path)
            .env("GUICHET_TEST_QUEUE", queue)
            .output()
            .unwrap()
    };
    let out = send("enabled");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = std::fs::read(&received).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.starts_with("%PDF-1.4") && text.contains("/MediaBox [0 0 595.28 841.89]"));
    let args = std::fs::read_to_string(received.with_extension("pdf.args")).unwrap();
    assert!(args.contains("-d Accueil"), "{args}");
    // A stopped queue is said at once, and nothing is sent.
    std::fs::remove_file(&received).unwrap();
    let out = send("disabled");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("offline"));
    assert!(!received.exists());
}
