//! Sorting for the views and charts. They sort tens of items (a hundred at
//! most); std's sort puts 2-3 KB of wasm into an app for each call's types
//! (`twiggy top`), this insertion sort a few hundred bytes.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal items in order (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` by a key, keeping equal items in order (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_orders_as_std_and_keeps_equal_items_in_order() {
        // pseudo-random pairs with many equal keys
        let mut x: u32 = 7;
        let mut v: Vec<(u32, usize)> = (0..300)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((x >> 16) % 17, i)
            })
            .collect();
        let mut std_sorted = v.clone();
        std_sorted.sort_by_key(|a| a.0);
        let mut by_key = v.clone();
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, std_sorted);
        sort_by_key(&mut by_key, |a| std::cmp::Reverse(a.0));
        std_sorted.sort_by_key(|a| std::cmp::Reverse(a.0));
        assert_eq!(by_key, std_sorted);
        let mut e: Vec<f64> = Vec::new();
        sort_by(&mut e, f64::total_cmp);
        assert!(e.is_empty());
    }
}
