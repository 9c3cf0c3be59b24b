//! A panic anywhere in the app shows a readable error panel with a reload link
//! instead of leaving a frozen page. The panel is built with text nodes only
//! (the panic message may quote a URL or content, so it is never parsed as HTML).

/// Installs the hook: the browser console gets the full message (as before),
/// the reader gets the panel.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        #[cfg(target_arch = "wasm32")]
        console_error_panic_hook::hook(info);
        show_panel(&info.to_string());
    }));
}

/// Puts the error panel at the top of the page (once) and focuses it.
pub fn show_panel(message: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if doc.get_element_by_id("app-error").is_some() {
            return;
        }
        let Some(body) = doc.body() else { return };
        // a child element with optional text, appended to `parent`
        let add = |parent: &web_sys::Element, tag: &str, text: Option<&str>| {
            let e = doc.create_element(tag).ok()?;
            e.set_text_content(text);
            parent.append_child(&e).ok()?;
            Some(e)
        };
        let build = || -> Option<web_sys::Element> {
            let panel = doc.create_element("div").ok()?;
            panel.set_id("app-error");
            panel.set_class_name("app-error");
            panel.set_attribute("role", "alert").ok()?;
            panel.set_attribute("tabindex", "-1").ok()?;
            add(&panel, "h2", Some("Something went wrong"))?;
            add(
                &panel,
                "p",
                Some("This page stopped working because of an error in the explainer. Reloading the page usually helps; the link you opened is kept."),
            )?;
            let p = add(&panel, "p", None)?;
            let a = add(&p, "a", Some("Reload this page"))?;
            let here = web_sys::window()?.location().href().ok()?;
            a.set_attribute("href", &here).ok()?;
            let details = add(&panel, "details", None)?;
            add(&details, "summary", Some("Technical details"))?;
            add(&details, "pre", Some(message))?;
            Some(panel)
        };
        if let Some(panel) = build() {
            let _ = body.insert_before(&panel, body.first_child().as_ref());
            if let Ok(h) = panel.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = message;
}
