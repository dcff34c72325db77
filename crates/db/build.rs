//! Fingerprints `migrations/` so that a change to any migration rebuilds the embedded copy and
//! gives test templates a new name (`MSJ_MIGRATIONS_FINGERPRINT`).

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::{fs, io};

fn visit(dir: &Path, hasher: &mut DefaultHasher) -> io::Result<()> {
    let mut entries = fs::read_dir(dir)?.collect::<Result<Vec<_>, _>>()?;
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        entry.file_name().hash(hasher);
        if path.is_dir() {
            visit(&path, hasher)?;
        } else {
            fs::read(&path)?.hash(hasher);
        }
    }
    Ok(())
}

fn main() -> io::Result<()> {
    let dir = Path::new("../../migrations");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut hasher = DefaultHasher::new();
    visit(dir, &mut hasher)?;
    println!(
        "cargo::rustc-env=MSJ_MIGRATIONS_FINGERPRINT={:016x}",
        hasher.finish()
    );
    Ok(())
}
