//! A panic anywhere in the app shows a readable error panel with a reload link
//! instead of leaving a frozen page (built by `browser::show_error_panel`).

use crate::browser;

/// Installs the hook: the browser console gets the full message (as before),
/// the reader gets the panel.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        browser::log_panic(info);
        browser::show_error_panel(&info.to_string());
    }));
}
