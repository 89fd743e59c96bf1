//! Touch as visitors use it: a finger that lands and lifts is a tap, and
//! does what a click does; a finger that slides is a drag, which scrolls the
//! list under it and never presses the button it started on.
//!
//! iced's buttons take any finger lifted over them as a press, and its
//! scrollables do not scroll when the finger lands on a button (the button
//! keeps the touch). `Slide` wraps the whole view and sorts the two apart
//! before any widget sees the finger move.

use std::collections::BTreeMap;

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, overlay, renderer};
use iced::{Element, Event, Length, Point, Rectangle, Size, Vector, mouse, touch};

use super::sizes;

/// The wrapper: see the module documentation.
pub struct Slide<'a, Message, Theme, Renderer> {
    content: Element<'a, Message, Theme, Renderer>,
}

/// Wraps `content` so that a sliding finger scrolls instead of pressing.
pub fn slide<'a, Message, Theme, Renderer>(
    content: impl Into<Element<'a, Message, Theme, Renderer>>,
) -> Slide<'a, Message, Theme, Renderer> {
    Slide {
        content: content.into(),
    }
}

/// Where each finger on the screen landed, and whether it has slid.
#[derive(Debug, Default)]
struct Fingers(BTreeMap<u64, Finger>);

#[derive(Debug, Clone, Copy)]
struct Finger {
    landed: Point,
    last: Point,
    sliding: bool,
}

/// What the wrapper does with one touch event.
#[derive(Debug, PartialEq)]
enum Step {
    /// Hand the event on unchanged.
    Pass,
    /// The finger just began to slide: cancel the press under it, then
    /// scroll by this much.
    Cancel(Vector),
    /// The finger slides on: scroll by this much.
    Scroll(Vector),
    /// The end of a slide: nothing for the widgets.
    Swallow,
}

impl Fingers {
    fn step(&mut self, event: &touch::Event) -> Step {
        match *event {
            touch::Event::FingerPressed { id, position } => {
                self.0.insert(
                    id.0,
                    Finger {
                        landed: position,
                        last: position,
                        sliding: false,
                    },
                );
                Step::Pass
            }
            touch::Event::FingerMoved { id, position } => {
                let Some(finger) = self.0.get_mut(&id.0) else {
                    return Step::Pass;
                };
                let moved = position - finger.last;
                if finger.sliding {
                    finger.last = position;
                    return Step::Scroll(moved);
                }
                if position.distance(finger.landed) < sizes::SLIDE {
                    // A finger trembles: still a tap.
                    return Step::Pass;
                }
                finger.sliding = true;
                finger.last = position;
                Step::Cancel(position - finger.landed)
            }
            touch::Event::FingerLifted { id, .. } | touch::Event::FingerLost { id, .. } => {
                match self.0.remove(&id.0) {
                    Some(finger) if finger.sliding => Step::Swallow,
                    _ => Step::Pass,
                }
            }
        }
    }
}

impl<Message, Theme, Renderer> Widget<Message, Theme, Renderer>
    for Slide<'_, Message, Theme, Renderer>
where
    Renderer: renderer::Renderer,
{
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<Fingers>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(Fingers::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        let step = match event {
            Event::Touch(touch) => tree.state.downcast_mut::<Fingers>().step(touch),
            _ => Step::Pass,
        };
        let mut content = |event: &Event, shell: &mut Shell<'_, Message>| {
            self.content.as_widget_mut().update(
                &mut tree.children[0],
                event,
                layout,
                cursor,
                renderer,
                clipboard,
                shell,
                viewport,
            );
        };
        let scroll = |moved: Vector| {
            // A wheel turned by exactly the finger's movement: the list
            // follows the finger.
            Event::Mouse(mouse::Event::WheelScrolled {
                delta: mouse::ScrollDelta::Pixels {
                    x: moved.x,
                    y: moved.y,
                },
            })
        };
        match step {
            Step::Pass => content(event, shell),
            Step::Cancel(moved) => {
                if let Event::Touch(touch::Event::FingerMoved { id, position }) = event {
                    let lost = Event::Touch(touch::Event::FingerLost {
                        id: *id,
                        position: *position,
                    });
                    content(&lost, shell);
                }
                content(&scroll(moved), shell);
                shell.capture_event();
            }
            Step::Scroll(moved) => {
                content(&scroll(moved), shell);
                shell.capture_event();
            }
            Step::Swallow => shell.capture_event(),
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, Message, Theme, Renderer> From<Slide<'a, Message, Theme, Renderer>>
    for Element<'a, Message, Theme, Renderer>
where
    Message: 'a,
    Theme: 'a,
    Renderer: renderer::Renderer + 'a,
{
    fn from(slide: Slide<'a, Message, Theme, Renderer>) -> Self {
        Element::new(slide)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finger(id: u64) -> touch::Finger {
        touch::Finger(id)
    }

    #[test]
    fn a_still_finger_taps_and_a_sliding_one_scrolls() {
        let mut fingers = Fingers::default();
        let at = Point::new(100.0, 100.0);
        let id = finger(1);
        assert_eq!(
            fingers.step(&touch::Event::FingerPressed { id, position: at }),
            Step::Pass
        );
        // A tremble under the threshold is still a tap.
        let near = Point::new(103.0, 104.0);
        assert_eq!(
            fingers.step(&touch::Event::FingerMoved { id, position: near }),
            Step::Pass
        );
        assert_eq!(
            fingers.step(&touch::Event::FingerLifted { id, position: near }),
            Step::Pass
        );

        fingers.step(&touch::Event::FingerPressed { id, position: at });
        let far = Point::new(100.0, 60.0);
        assert_eq!(
            fingers.step(&touch::Event::FingerMoved { id, position: far }),
            Step::Cancel(Vector::new(0.0, -40.0))
        );
        let further = Point::new(100.0, 50.0);
        assert_eq!(
            fingers.step(&touch::Event::FingerMoved {
                id,
                position: further
            }),
            Step::Scroll(Vector::new(0.0, -10.0))
        );
        assert_eq!(
            fingers.step(&touch::Event::FingerLifted {
                id,
                position: further
            }),
            Step::Swallow
        );
        // Each finger is its own: a second one after the slide taps again.
        let other = finger(2);
        fingers.step(&touch::Event::FingerPressed {
            id: other,
            position: at,
        });
        assert_eq!(
            fingers.step(&touch::Event::FingerLifted {
                id: other,
                position: at
            }),
            Step::Pass
        );
    }
}
