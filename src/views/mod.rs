//! One module per view. Views share pieces through [`crate::components`] only.

pub mod about;
pub mod alignment;
pub mod embed;
pub mod home;
pub mod map;
pub mod not_found;
pub mod sources;
pub mod timeline;
