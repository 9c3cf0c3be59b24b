//! Loads, validates and renders `content/` on the build host, then hands the
//! app a compact binary (postcard) copy. Invalid content stops the build with
//! messages naming file, line and field.

#[allow(dead_code)]
#[path = "src/content/model.rs"]
mod model;

#[allow(dead_code)]
#[path = "src/content/load.rs"]
mod load;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/content/model.rs");
    println!("cargo:rerun-if-changed=src/content/load.rs");
    let dir = Path::new("content");
    match load::load_dir(dir) {
        Ok(content) => {
            let bytes = postcard::to_allocvec(&content).expect("content serialises");
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
