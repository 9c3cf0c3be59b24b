fn main() {
    console_error_panic_hook::set_once();
    pakistan_peacekeeping::app::mount();
}
