//! The screens a visitor moves through.

pub mod detail;
pub mod home;
pub mod results;
pub mod welcome;

#[derive(Debug)]
pub enum Screen {
    Welcome,
    Home,
    Results(results::Results),
    Detail(detail::Detail),
}
