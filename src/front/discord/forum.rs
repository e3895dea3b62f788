//! Forum channels: a post (a public thread of a listed forum) is asked by its
//! title and starter message together, answered inside the post, and can be
//! marked solved with the forum's tag. Pure helpers, unit-tested.

/// Most tags a forum post can carry.
pub const MAX_APPLIED_TAGS: usize = 5;

/// A post of a listed forum.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    pub forum: u64,
    /// Who created the post.
    pub owner: u64,
    /// Its title.
    pub name: String,
}

/// The question of a post: its title, then its starter message (the title
/// alone when the message only repeats it).
pub fn question(title: &str, body: &str) -> String {
    let (title, body) = (title.trim(), body.trim());
    if body.is_empty() || body.to_lowercase().starts_with(&title.to_lowercase()) {
        return if body.is_empty() { title } else { body }.to_string();
    }
    if title.is_empty() {
        return body.to_string();
    }
    format!("{title}\n{body}")
}

/// The post's tags with the tag named `name` (case-insensitive) added, the
/// others kept in order, at most five (the last other tag makes room).
/// `None` when the forum has no such tag.
pub fn with_tag(available: &[(u64, String)], applied: &[u64], name: &str) -> Option<Vec<u64>> {
    let want = name.trim().to_lowercase();
    let tag = available
        .iter()
        .find(|(_, n)| n.trim().to_lowercase() == want)
        .map(|(id, _)| *id)?;
    let mut tags: Vec<u64> = Vec::new();
    for t in applied {
        if !tags.contains(t) {
            tags.push(*t);
        }
    }
    if !tags.contains(&tag) {
        tags.truncate(MAX_APPLIED_TAGS - 1);
        tags.push(tag);
    }
    tags.truncate(MAX_APPLIED_TAGS);
    Some(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_body_make_the_question() {
        assert_eq!(
            question("Subdomain ICP?", "My blog runs on a.b.com"),
            "Subdomain ICP?\nMy blog runs on a.b.com"
        );
        assert_eq!(question("Subdomain ICP?", ""), "Subdomain ICP?");
        assert_eq!(
            question("Subdomain", "Subdomain ICP? details"),
            "Subdomain ICP? details"
        );
    }

    #[test]
    fn solved_tag_is_added_keeping_the_others() {
        let avail = vec![(1, "Bug".to_string()), (2, "solved".to_string())];
        assert_eq!(with_tag(&avail, &[1], "Solved"), Some(vec![1, 2]));
        assert_eq!(with_tag(&avail, &[2, 1], "Solved"), Some(vec![2, 1]));
        assert_eq!(with_tag(&avail, &[1], "Done"), None);
        let full = [10, 11, 12, 13, 14];
        assert_eq!(
            with_tag(&avail, &full, "Solved"),
            Some(vec![10, 11, 12, 13, 2])
        );
    }
}
