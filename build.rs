//! Loads, validates and renders `content/` on the build host (the `pp-content`
//! crate, feature `load`), then hands the app a compact binary copy of it.
//! Invalid content stops the build with messages naming file, line and field.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    let dir = Path::new("content");
    match pp_content::load::load_dir(dir) {
        Ok(content) => {
            let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
            let write = |name: &str, c: &pp_content::model::Content| {
                std::fs::write(Path::new(&out).join(name), pp_content::blob::encode(c))
                    .expect("write the content blob")
            };
            write("content.bin", &content);
            // The Urdu edition (/ur/...): the English content with the texts of
            // content/ur/. The translation is kept in step: an item missing, left
            // over after the English changed, or stating another number or date
            // than the English stops the build, named by file, line and field.
            let (ur, problems) = pp_content::load::translate(dir, "ur", &content);
            if !problems.is_empty() {
                eprintln!(
                    "\nThe Urdu translation in content/ur/ has {} problem(s):\n",
                    problems.len()
                );
                for e in &problems {
                    eprintln!("  {e}");
                }
                eprintln!(
                    "\nFix these and build again. `make check-content` checks content alone.\n"
                );
                std::process::exit(1);
            }
            write("content.ur.bin", &ur);
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
