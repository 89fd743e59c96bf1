//! Spelling distance, for "did you mean" in `guichet check` and for
//! typo-tolerant search.

/// Optimal string alignment distance (Damerau–Levenshtein where an adjacent
/// swap counts as one edit), in characters.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    table(&a, &b, usize::MAX).unwrap_or(usize::MAX)
}

/// The distance if it is at most `max`; stops early otherwise.
pub fn distance_at_most(a: &str, b: &str, max: usize) -> Option<usize> {
    // Words are short: keep them on the stack.
    const WORD: usize = 48;
    let mut a_chars = ['\0'; WORD];
    let mut b_chars = ['\0'; WORD];
    let fill = |word: &str, buffer: &mut [char; WORD]| -> Option<usize> {
        let mut n = 0;
        for c in word.chars() {
            *buffer.get_mut(n)? = c;
            n += 1;
        }
        Some(n)
    };
    let (Some(la), Some(lb)) = (fill(a, &mut a_chars), fill(b, &mut b_chars)) else {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        return table(&a, &b, max);
    };
    if la.abs_diff(lb) > max {
        return None;
    }
    table(&a_chars[..la], &b_chars[..lb], max)
}

fn table(a: &[char], b: &[char], max: usize) -> Option<usize> {
    let width = b.len() + 1;
    // Three rows: two back (for swaps), one back, current.
    let mut before: Vec<usize> = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    if a.is_empty() {
        return (b.len() <= max).then_some(b.len());
    }
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
            row_min = row_min.min(best);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let d = previous[width - 1];
    (d <= max).then_some(d)
}

/// The candidate nearest to `given`, if near enough to be a typo of it.
pub fn closest<'a>(given: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let given = given.to_lowercase();
    candidates
        .iter()
        .map(|candidate| (distance(&given, &candidate.to_lowercase()), *candidate))
        .filter(|(d, candidate)| *d <= (candidate.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_edits_and_swaps() {
        assert_eq!(distance("sumary", "summary"), 1);
        assert_eq!(distance("tilte", "title"), 1);
        assert_eq!(distance("abc", "xyz"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("chômage", "chomage"), 1);
    }

    #[test]
    fn bounded_distance_stops_early() {
        assert_eq!(distance_at_most("assurence", "assurance", 1), Some(1));
        assert_eq!(distance_at_most("allocation", "alocatoin", 2), Some(2));
        assert_eq!(distance_at_most("logement", "loyer", 2), None);
        assert_eq!(distance_at_most("ab", "ba", 1), Some(1));
    }

    #[test]
    fn closest_only_when_near() {
        assert_eq!(closest("mony", &["money", "health"]), Some("money"));
        assert_eq!(closest("zzz", &["title"]), None);
    }
}
