//! The Council's vote as a strip of fifteen seats: the count by choice, in
//! the order the strip's legend and title give them.

use crate::content::{Ballot, Choice};

/// How many members chose each option, for the options someone chose.
pub fn tally(ballots: &[Ballot]) -> Vec<(Choice, usize)> {
    Choice::ALL
        .into_iter()
        .map(|c| (c, ballots.iter().filter(|b| b.vote == c).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// `13 in favour, 0 against, 2 abstained`: the result as the record gives it
/// (in favour and against always, the rest when someone chose them).
pub fn result(ballots: &[Ballot]) -> String {
    result_in(ballots, Choice::label, ", ")
}

/// [`result`] with the choices in a language's words (`label`) and its comma (`sep`).
pub fn result_in(ballots: &[Ballot], label: fn(Choice) -> &'static str, sep: &str) -> String {
    let n = |c: Choice| ballots.iter().filter(|b| b.vote == c).count();
    let mut parts = vec![
        format!("{} {}", n(Choice::InFavour), label(Choice::InFavour)),
        format!("{} {}", n(Choice::Against), label(Choice::Against)),
    ];
    for c in [Choice::Abstained, Choice::NotVoting] {
        if n(c) > 0 {
            parts.push(format!("{} {}", n(c), label(c)));
        }
    }
    parts.join(sep)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    #[test]
    fn resolution_2803_was_adopted_13_0_2() {
        let v = content().votes.iter().find(|v| v.id == "res-2803").unwrap();
        assert_eq!(v.ballots.len(), 15);
        assert_eq!(result(&v.ballots), "13 in favour, 0 against, 2 abstained");
        assert_eq!(
            tally(&v.ballots),
            vec![(Choice::InFavour, 13), (Choice::Abstained, 2)]
        );
    }
}
