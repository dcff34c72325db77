//! Development secrets, generated once and kept in the data folder.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use rand::RngCore;

/// Reads the secret stored at `path`, or generates a random one (256 bits, hex) and stores it
/// there, readable by the owner only. Processes starting together agree on one secret: each
/// writes its own file completely, then links it into place; the first link wins.
pub(super) fn read_or_generate(path: &Path) -> io::Result<String> {
    if let Ok(secret) = fs::read_to_string(path) {
        return Ok(secret.trim().to_owned());
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
    let draft = path.with_extension(format!("draft-{}", std::process::id()));
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(&draft)?.write_all(secret.as_bytes())?;
    let linked = fs::hard_link(&draft, path);
    fs::remove_file(&draft)?;
    match linked {
        Ok(()) => Ok(secret),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
            Ok(fs::read_to_string(path)?.trim().to_owned())
        }
        Err(error) => Err(error),
    }
}
