//! Small text formats shared by the build and the app.

/// A group of citation numbers, runs shortened: `1`, `1, 3`, `2–4`, `1, 3–5`
/// (the chapters' citation markers at build time and the charts' sources in
/// the app write them the same way).
pub fn number_list(ns: &[usize]) -> String {
    // a handful of numbers: an insertion sort keeps std's sort code out of the wasm
    let mut sorted: Vec<usize> = Vec::with_capacity(ns.len());
    for &n in ns {
        let at = sorted.partition_point(|&m| m < n);
        if sorted.get(at) != Some(&n) {
            sorted.insert(at, n);
        }
    }
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && sorted[j + 1] == sorted[j] + 1 {
            j += 1;
        }
        parts.push(match j - i {
            0 => sorted[i].to_string(),
            1 => format!("{}, {}", sorted[i], sorted[j]),
            _ => format!("{}–{}", sorted[i], sorted[j]),
        });
        i = j + 1;
    }
    parts.join(", ")
}
