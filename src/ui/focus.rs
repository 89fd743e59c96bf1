//! The kiosk's own keyboard focus. iced 0.14 focuses only text inputs, so
//! every actionable element registers itself here while the view is built:
//! the order of registration is the Tab order, and an element is known by
//! the message it sends, so focus survives a re-render (typing a letter keeps
//! the focus on its key).

use std::cell::RefCell;

#[derive(Debug)]
pub struct Focus<M> {
    current: Option<M>,
    order: RefCell<Vec<M>>,
}

impl<M: Clone + PartialEq> Focus<M> {
    pub fn new(current: Option<M>) -> Self {
        Focus {
            current,
            order: RefCell::new(Vec::new()),
        }
    }

    /// Registers an actionable element; tells whether it has the focus.
    pub fn mark(&self, message: &M) -> bool {
        self.order.borrow_mut().push(message.clone());
        self.current.as_ref() == Some(message)
    }

    /// The elements in Tab order.
    pub fn into_order(self) -> Vec<M> {
        self.order.into_inner()
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
    fn order_is_registration_order_and_focus_is_by_message() {
        let focus = Focus::new(Some("b"));
        assert!(!focus.mark(&"a"));
        assert!(focus.mark(&"b"));
        assert!(!focus.mark(&"c"));
        assert_eq!(focus.into_order(), vec!["a", "b", "c"]);
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
