//! The kiosk's own keyboard focus. iced 0.14 focuses only text inputs, so
//! the kiosk keeps its own: the Tab order is the page's targets in order
//! (`Page::targets`, no widget tree is built for it), and an element is
//! known by its target, its own small type, so focus survives a re-render
//! (typing a letter keeps the focus on its key).

/// The focused target of one part of the view, for drawing its ring.
#[derive(Debug)]
pub struct Focus<T> {
    current: Option<T>,
}

impl<T: PartialEq> Focus<T> {
    pub fn new(current: Option<T>) -> Self {
        Focus { current }
    }

    /// Whether `target` has the focus.
    pub fn mark(&self, target: &T) -> bool {
        self.current.as_ref() == Some(target)
    }
}

/// Where the focus goes when Tab (forward) or Shift+Tab is pressed.
pub fn step<M: PartialEq + Clone>(order: &[M], current: Option<&M>, forward: bool) -> Option<M> {
    if order.is_empty() {
        return None;
    }
    let position = current.and_then(|c| order.iter().position(|m| m == c));
    let next = match (position, forward) {
        (None, true) => 0,
        (None, false) => order.len() - 1,
        (Some(i), true) => (i + 1) % order.len(),
        (Some(i), false) => (i + order.len() - 1) % order.len(),
    };
    order.get(next).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_is_by_target() {
        let focus = Focus::new(Some("b"));
        assert!(!focus.mark(&"a"));
        assert!(focus.mark(&"b"));
        assert!(!Focus::<&str>::new(None).mark(&"b"));
    }

    #[test]
    fn tab_wraps_both_ways() {
        let order = ["a", "b", "c"];
        assert_eq!(step(&order, None, true), Some("a"));
        assert_eq!(step(&order, None, false), Some("c"));
        assert_eq!(step(&order, Some(&"c"), true), Some("a"));
        assert_eq!(step(&order, Some(&"a"), false), Some("c"));
        assert_eq!(step(&order, Some(&"gone"), true), Some("a"));
        assert_eq!(step::<&str>(&[], None, true), None);
    }
}
