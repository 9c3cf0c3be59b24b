//! Which line of a JSON text holds a field: serde reports the field's path
//! (`events[3].sources[0]`), editors need the line. A small tolerant scanner,
//! safe on any text (the fuzz tests feed it arbitrary bytes).

/// Finds the line where the value at `path` (`events[3].sources[0]`) starts.
/// Returns the nearest enclosing value's line if the exact path is absent.
pub fn json_line(text: &str, path: &str) -> Option<usize> {
    let target = parse_path(path);
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
        line: 1,
    };
    let mut best = None;
    s.ws();
    s.value(&mut Vec::new(), &target, &mut best);
    best.map(|(_, l)| l)
}

#[derive(Clone, Debug, PartialEq)]
enum Seg {
    Key(String),
    Idx(usize),
}

fn parse_path(path: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    for part in path.split('.') {
        if part.is_empty() {
            continue;
        }
        let (key, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Seg::Key(key.to_string()));
        }
        for idx in rest.split('[').filter(|x| !x.is_empty()) {
            if let Ok(n) = idx.trim_end_matches(']').parse() {
                out.push(Seg::Idx(n));
            }
        }
    }
    out
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    line: usize,
}

impl Scanner<'_> {
    fn ws(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'\n' => {
                    self.line += 1;
                    self.i += 1
                }
                b' ' | b'\t' | b'\r' => self.i += 1,
                _ => break,
            }
        }
    }

    fn string(&mut self) -> String {
        let start = self.i + 1;
        self.i += 1;
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'\\' => self.i += 2,
                b'"' => break,
                b'\n' => {
                    self.line += 1;
                    self.i += 1
                }
                _ => self.i += 1,
            }
        }
        let s = String::from_utf8_lossy(&self.b[start.min(self.b.len())..self.i.min(self.b.len())])
            .into_owned();
        self.i += 1;
        s
    }

    fn value(&mut self, path: &mut Vec<Seg>, target: &[Seg], best: &mut Option<(usize, usize)>) {
        // serde_json refuses nesting deeper than 128 before lines are looked up;
        // this bound only keeps arbitrary text from exhausting the stack.
        if path.len() > 256 {
            return;
        }
        if target.starts_with(path) && best.is_none_or(|(d, _)| path.len() > d) {
            *best = Some((path.len(), self.line));
        }
        match self.b.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                loop {
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b'}') => {
                            self.i += 1;
                            return;
                        }
                        Some(b',') => {
                            self.i += 1;
                            continue;
                        }
                        Some(b'"') => {
                            let key_line = self.line;
                            let key = self.string();
                            self.ws();
                            if self.b.get(self.i) == Some(&b':') {
                                self.i += 1;
                            }
                            self.ws();
                            path.push(Seg::Key(key));
                            // report the key's line, where editors look for a field
                            let save = self.line;
                            self.line = key_line;
                            let l = self.line;
                            self.line = save;
                            if target.starts_with(path) && best.is_none_or(|(d, _)| path.len() > d)
                            {
                                *best = Some((path.len(), l));
                            }
                            self.value(path, target, best);
                            path.pop();
                        }
                        None => return,
                        _ => self.i += 1,
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut idx = 0;
                loop {
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b']') => {
                            self.i += 1;
                            return;
                        }
                        Some(b',') => {
                            self.i += 1;
                            idx += 1;
                            continue;
                        }
                        None => return,
                        _ => {
                            let at = self.i;
                            path.push(Seg::Idx(idx));
                            self.value(path, target, best);
                            path.pop();
                            // On malformed text (`[}`) a value may consume nothing: skip a byte.
                            if self.i == at {
                                self.i += 1;
                            }
                        }
                    }
                }
            }
            Some(b'"') => {
                self.string();
            }
            _ => {
                while let Some(&c) = self.b.get(self.i) {
                    if matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
                        break;
                    }
                    self.i += 1;
                }
            }
        }
    }
}
