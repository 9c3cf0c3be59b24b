//! Loads, validates and renders `content/` on the build host (the `pp-content`
//! crate, feature `load`), then hands the app a compact binary copy of it.
//! Invalid content stops the build with messages naming file, line and field.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    let dir = Path::new("content");
    match pp_content::load::load_dir(dir) {
        Ok(content) => {
            let bytes = pp_content::blob::encode(&content);
            let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
            std::fs::write(Path::new(&out).join("content.bin"), bytes).expect("write content.bin");
        }
        Err(errors) => {
            eprintln!(
                "\nThe content in content/ has {} problem(s):\n",
                errors.len()
            );
            for e in &errors {
                eprintln!("  {e}");
            }
            eprintln!("\nFix these and build again. `make check-content` checks content alone.\n");
            std::process::exit(1);
        }
    }
}
