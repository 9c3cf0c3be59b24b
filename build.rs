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
            // content/ur/. While the translation is being finished the build
            // goes on with what passed its checks (an item or text with a
            // problem stays in English) and names the problems here;
            // `make check-content` fails on them.
            let (ur, problems) = pp_content::load::translate(dir, "ur", &content);
            if !problems.is_empty() {
                println!(
                    "cargo:warning=content/ur: {} translation problem(s); those items stay in English on /ur/ pages (`cargo run -q -p content-check -- --lang ur content` lists them)",
                    problems.len()
                );
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
