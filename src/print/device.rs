//! Sending a finished job to the printer: a USB printer device, a network
//! socket, a serial port, or CUPS's `lp`. Each step reports that the printer
//! is still taking data, so the caller can tell a slow printer from a
//! stuck one.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::escpos::{self, Trouble};
use super::settings::Connection;

/// How long a connection may take, and a silent printer may stay silent.
pub const PATIENCE: Duration = Duration::from_millis(2000);
/// How long a printer has to answer the status request.
const STATUS_WAIT: Duration = Duration::from_millis(400);
const CHUNK: usize = 4096;

/// What went wrong, in words for staff (log and staff panel). Never holds
/// anything about the visitor or the service printed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Fault {
    #[error("printer {0}: not found — is it plugged in and switched on?")]
    Absent(String),
    #[error("printer {0}: does not answer — is it switched on and on the network?")]
    NoAnswer(String),
    #[error("printer {0}: no permission — add the kiosk's user to the `lp` and `dialout` groups")]
    NoPermission(String),
    #[error("printer {0}: out of paper")]
    OutOfPaper(String),
    #[error("printer {0}: cover open")]
    CoverOpen(String),
    #[error("printer {0}: offline (paper, cover or error light)")]
    Offline(String),
    #[error("printer {0}: reports an error — switch it off and on")]
    Error(String),
    #[error(
        "printer {0}: stopped taking data for {1} seconds (paper jam, out of paper, or a slow link)"
    )]
    Stalled(String, u64),
    #[error("printer {0}: the last sheet is still being sent or is stuck")]
    Busy(String),
    #[error("printer {0}: {1}")]
    Failed(String, String),
}

impl Connection {
    /// The printer's name in messages: its device, address or queue.
    pub fn name(&self) -> String {
        match self {
            Connection::Usb(path) | Connection::Serial { device: path, .. } => {
                path.display().to_string()
            }
            Connection::Network(address) => address.clone(),
            Connection::Cups(queue) if queue.is_empty() => "CUPS default".to_owned(),
            Connection::Cups(queue) => format!("CUPS {queue}"),
        }
    }
}

/// Sends `job` (ESC/POS bytes, or a PDF for CUPS), calling `alive` each
/// time the printer takes more. Blocks; run it off the screen's thread.
pub fn send(connection: &Connection, job: &[u8], alive: &dyn Fn()) -> Result<(), Fault> {
    let name = connection.name();
    match connection {
        Connection::Usb(path) => write_device(&name, path, job, alive),
        Connection::Serial { device, baud } => {
            set_speed(&name, device, *baud)?;
            write_device(&name, device, job, alive)
        }
        Connection::Network(address) => network(&name, address, job, alive),
        Connection::Cups(queue) => cups(&name, queue, job),
    }
}

fn io_fault(name: &str, error: &std::io::Error) -> Fault {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => Fault::Absent(name.to_owned()),
        ErrorKind::PermissionDenied => Fault::NoPermission(name.to_owned()),
        ErrorKind::TimedOut | ErrorKind::WouldBlock => {
            Fault::Stalled(name.to_owned(), PATIENCE.as_secs())
        }
        ErrorKind::ConnectionRefused
        | ErrorKind::HostUnreachable
        | ErrorKind::NetworkUnreachable => Fault::NoAnswer(name.to_owned()),
        // ENODEV when a USB printer was unplugged after the kiosk started.
        _ if error.raw_os_error() == Some(19) => Fault::Absent(name.to_owned()),
        _ => Fault::Failed(name.to_owned(), error.to_string()),
    }
}

fn write_all(name: &str, out: &mut impl Write, job: &[u8], alive: &dyn Fn()) -> Result<(), Fault> {
    for chunk in job.chunks(CHUNK) {
        out.write_all(chunk).map_err(|e| io_fault(name, &e))?;
        alive();
    }
    out.flush().map_err(|e| io_fault(name, &e))
}

/// The kernel's printer device (`/dev/usb/lp0`) or a serial port: writes
/// block while the printer is busy, and fail when it is unplugged.
fn write_device(name: &str, path: &Path, job: &[u8], alive: &dyn Fn()) -> Result<(), Fault> {
    let mut device = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| io_fault(name, &e))?;
    alive();
    write_all(name, &mut device, job, alive)
}

/// Serial ports keep their speed between opens: set it, raw, with `stty`.
fn set_speed(name: &str, device: &Path, baud: u32) -> Result<(), Fault> {
    if !device.exists() {
        return Err(Fault::Absent(name.to_owned()));
    }
    let output = Command::new("stty")
        .arg("-F")
        .arg(device)
        .args([baud.to_string().as_str(), "raw", "-echo"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Fault::Failed(name.to_owned(), format!("stty: {e}")))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(Fault::Failed(
            name.to_owned(),
            format!("stty: {}", String::from_utf8_lossy(&output.stderr).trim()),
        ))
    }
}

/// Raw printing on port 9100. The printer is asked for its status first,
/// so "out of paper" is said at once rather than after a time-out.
fn network(name: &str, address: &str, job: &[u8], alive: &dyn Fn()) -> Result<(), Fault> {
    let addresses: Vec<_> = address
        .to_socket_addrs()
        .map_err(|_| Fault::NoAnswer(name.to_owned()))?
        .collect();
    let mut last = Fault::NoAnswer(name.to_owned());
    for socket in addresses {
        match TcpStream::connect_timeout(&socket, PATIENCE) {
            Ok(mut stream) => {
                alive();
                let _ = stream.set_write_timeout(Some(PATIENCE));
                if let Some(trouble) = status(&mut stream) {
                    let name = name.to_owned();
                    return Err(match trouble {
                        Trouble::OutOfPaper => Fault::OutOfPaper(name),
                        Trouble::CoverOpen => Fault::CoverOpen(name),
                        Trouble::Offline => Fault::Offline(name),
                        Trouble::Error => Fault::Error(name),
                    });
                }
                alive();
                write_all(name, &mut stream, job, alive)?;
                let _ = stream.shutdown(std::net::Shutdown::Write);
                return Ok(());
            }
            Err(e) => last = io_fault(name, &e),
        }
    }
    Err(last)
}

/// Asks DLE EOT 1, 2, 4 and reads what comes back within a moment; a
/// printer that does not answer status requests is taken to be fine.
fn status(stream: &mut TcpStream) -> Option<Trouble> {
    if stream.write_all(&escpos::STATUS_REQUESTS.concat()).is_err() {
        return None;
    }
    let deadline = Instant::now() + STATUS_WAIT;
    let mut answers = Vec::new();
    let mut byte = [0u8; 8];
    while answers.len() < escpos::STATUS_REQUESTS.len() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            break;
        }
        match stream.read(&mut byte) {
            Ok(0) | Err(_) => break,
            Ok(n) => answers.extend_from_slice(&byte[..n]),
        }
    }
    let _ = stream.set_read_timeout(None);
    escpos::trouble(&answers)
}

/// Any printer CUPS knows: the PDF goes to `lp` on its standard input (no
/// file is written). A disabled queue is reported before sending.
fn cups(name: &str, queue: &str, pdf: &[u8]) -> Result<(), Fault> {
    if !queue.is_empty() {
        let state = run(name, Command::new("lpstat").args(["-p", queue]), &[])?;
        if state.contains("disabled") {
            return Err(Fault::Offline(name.to_owned()));
        }
    }
    let mut lp = Command::new("lp");
    if !queue.is_empty() {
        lp.args(["-d", queue]);
    }
    lp.args(["-t", "Guichet", "-n", "1"]);
    run(name, &mut lp, pdf).map(|_| ())
}

/// Runs a CUPS command with `input`, killed after [`PATIENCE`].
fn run(name: &str, command: &mut Command, input: &[u8]) -> Result<String, Fault> {
    let program = command.get_program().to_string_lossy().into_owned();
    let mut child = command
        .env("LC_ALL", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            Fault::Failed(
                name.to_owned(),
                format!("{program}: {e} — is CUPS installed?"),
            )
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input);
    }
    let deadline = Instant::now() + PATIENCE;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Fault::NoAnswer(name.to_owned()));
            }
        }
    }
    let output = child
        .wait_with_output()
        .map_err(|e| Fault::Failed(name.to_owned(), e.to_string()))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        let message = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        Err(Fault::Failed(
            name.to_owned(),
            format!("{program}: {message}"),
        ))
    }
}
