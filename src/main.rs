fn main() {
    pakistan_peacekeeping::panic::install();
    pakistan_peacekeeping::app::mount();
}
