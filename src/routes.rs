//! The site's routes, read from `src/routes.txt` (also read by `scripts/routes.sh`,
//! which writes a real `ROUTE/index.html` for each so deep links answer HTTP 200).

pub const SITE_TITLE: &str = "Pakistan, peacekeeping and the Gaza force";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RouteInfo {
    pub path: &'static str,
    pub nav: &'static str,
    pub title: &'static str,
}

/// Every top-level route, in navigation order.
pub fn all() -> Vec<RouteInfo> {
    include_str!("routes.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut p = l.split('\t');
            Some(RouteInfo {
                path: p.next()?,
                nav: p.next()?,
                title: p.next()?,
            })
        })
        .collect()
}

/// The routes in the site's menu (not the embeddable ones).
pub fn nav() -> Vec<RouteInfo> {
    all().into_iter().filter(|r| r.nav != "-").collect()
}

pub fn find(path: &str) -> Option<RouteInfo> {
    all().into_iter().find(|r| r.path == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_file_lists_every_view() {
        let paths: Vec<_> = nav().iter().map(|r| r.path).collect();
        assert_eq!(
            paths,
            ["/", "/timeline", "/map", "/alignment", "/sources", "/about"]
        );
        let embeds: Vec<_> = all()
            .iter()
            .map(|r| r.path)
            .filter(|p| p.starts_with("/embed/"))
            .collect();
        assert_eq!(
            embeds,
            [
                "/embed/timeline",
                "/embed/map",
                "/embed/alignment",
                "/embed/event",
                "/embed/mission"
            ]
        );
        assert!(all()
            .iter()
            .all(|r| !r.nav.is_empty() && !r.title.is_empty()));
    }
}
