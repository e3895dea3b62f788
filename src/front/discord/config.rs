//! `faqbot.toml`: how the Discord front behaves. Every key is optional.

use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Channels where the bot answers without being mentioned, when confident.
    pub support_channels: Vec<u64>,
    /// Confidence (0..=1, see `dialogue::confidence`) needed to answer unprompted.
    pub auto_answer_threshold: f32,
    /// Role mentioned when the bot can't help (the only mention it ever allows).
    pub support_role: Option<u64>,
    /// Seconds of inactivity after which a conversation is forgotten.
    pub session_timeout_secs: u64,
    /// Most conversations kept at once; the least recently used go first.
    pub max_sessions: usize,
    /// Register the slash commands in this guild only (instant; for development).
    pub guild_id: Option<u64>,
    /// JSON Lines log of feedback, answers and misses (`faqbot report` reads it).
    pub feedback_log: PathBuf,
    /// Questions a user may ask per window before getting one polite notice.
    pub rate_limit_questions: u32,
    pub rate_limit_window_secs: u64,
    /// Minimum seconds between two unprompted answers in one support channel.
    pub channel_cooldown_secs: u64,
    /// Coverage below which an answered question is still logged as a miss.
    pub low_score: f32,
    /// Watch the FAQ folder and reload it when it changes.
    pub watch_faq: bool,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            support_channels: Vec::new(),
            auto_answer_threshold: 0.75,
            support_role: None,
            session_timeout_secs: 15 * 60,
            max_sessions: 10_000,
            guild_id: None,
            feedback_log: PathBuf::from("data/feedback.jsonl"),
            rate_limit_questions: 5,
            rate_limit_window_secs: 10,
            channel_cooldown_secs: 30,
            low_score: 0.5,
            watch_faq: true,
        }
    }
}

#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    pub fn parse(text: &str) -> Result<Self, ConfigError> {
        let c: Config = toml::from_str(text).map_err(|e| ConfigError(e.to_string()))?;
        c.validate()?;
        Ok(c)
    }

    /// Reads `path`; a missing file is only an error when `required`.
    pub fn load(path: &Path, required: bool) -> Result<Self, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(t) => Self::parse(&t).map_err(|e| ConfigError(format!("{}: {e}", path.display()))),
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(ConfigError(format!("{}: {e}", path.display()))),
        }
    }

    fn validate(&self) -> Result<(), ConfigError> {
        if !(0.0..=1.0).contains(&self.auto_answer_threshold) {
            return Err(ConfigError(
                "auto_answer_threshold must be between 0 and 1".into(),
            ));
        }
        if self.max_sessions == 0 || self.session_timeout_secs == 0 {
            return Err(ConfigError(
                "max_sessions and session_timeout_secs must be positive".into(),
            ));
        }
        Ok(())
    }

    pub fn session_timeout(&self) -> Duration {
        Duration::from_secs(self.session_timeout_secs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_gives_defaults() {
        assert_eq!(Config::parse("").unwrap(), Config::default());
    }

    #[test]
    fn example_file_parses() {
        let text = include_str!("../../../faqbot.example.toml");
        let c = Config::parse(text).unwrap();
        assert_eq!(c.support_channels.len(), 1);
        assert!(c.support_role.is_some());
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors() {
        assert!(Config::parse("support_chanels = [1]").is_err());
        assert!(Config::parse("auto_answer_threshold = 3.0").is_err());
    }
}
