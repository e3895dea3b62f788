//! `faqbot.toml`: how the Discord front behaves. Every key is optional.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Channels where the bot answers without being mentioned, when confident.
    pub support_channels: Vec<u64>,
    /// Calibrated probability (0..=1, see `dialogue::confidence`) needed to
    /// answer unprompted, in support channels without rates of their own.
    pub auto_answer_threshold: f32,
    /// Per support channel: the wrong-answer rates its unprompted answers
    /// are held to (`max_wrong_rate`, `max_out_of_scope_rate`); the
    /// cut-off is read off the FAQ's confidence curve for them.
    pub channel_rates: BTreeMap<String, ChannelRates>,
    /// Role mentioned in a "Talk to staff" thread (the only role it ever pings).
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
    /// Forum channels whose new posts the bot answers inside the post
    /// (needs Message Content).
    pub forum_channels: Vec<u64>,
    /// Name of the forum tag the "Solved" button applies.
    pub solved_tag: String,
    /// Archive a forum post when it is marked solved.
    pub archive_solved: bool,
    /// Channel where "Talk to staff" opens its threads (else the current one).
    pub staff_channel: Option<u64>,
    /// Minimum seconds between two support-role pings for the same user.
    pub staff_ping_cooldown_secs: u64,
    /// FAQ file (relative path, e.g. `icp-filing.md`) -> base URL of its
    /// published page; the "Source" field links to `{url}#{section-id}`.
    pub source_urls: BTreeMap<String, String>,
    /// Where conversations live: `"memory"`, `"sqlite:PATH"` or
    /// `"redis://HOST:PORT/DB"`. Unset: memory, except for `faqbot serve`,
    /// which uses `sqlite:data/sessions.db`.
    pub session_store: Option<String>,
    /// The optional sentence model's folder (`model.safetensors`,
    /// `tokenizer.json`; needs a build with `--features sentence-model`).
    /// `--semantic-model` wins over it; it wins over a rules file's.
    pub semantic_model: Option<PathBuf>,
    /// How a message Discord refuses for a passing reason (5xx, 429, a
    /// dropped connection) is retried: `[reply_retry]`, see
    /// [`super::send::Backoff`].
    pub reply_retry: super::send::Backoff,
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
            forum_channels: Vec::new(),
            solved_tag: "Solved".into(),
            archive_solved: false,
            staff_channel: None,
            staff_ping_cooldown_secs: 600,
            source_urls: BTreeMap::new(),
            channel_rates: BTreeMap::new(),
            session_store: None,
            semantic_model: None,
            reply_retry: super::send::Backoff::default(),
        }
    }
}

/// `[channel_rates.<channel id>]`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChannelRates {
    pub max_wrong_rate: f32,
    #[serde(default = "default_oos_rate")]
    pub max_out_of_scope_rate: f32,
}

fn default_oos_rate() -> f32 {
    0.05
}

impl Config {
    /// The probability an unprompted answer needs in `channel`.
    pub fn auto_answer_cutoff(&self, faq: &crate::Faq, channel: u64) -> f32 {
        match self.channel_rates.get(&channel.to_string()) {
            Some(r) => {
                faq.cutoffs_for(crate::understanding::Rates {
                    max_wrong: r.max_wrong_rate,
                    max_out_of_scope: r.max_out_of_scope_rate,
                })
                .answer
            }
            None => self.auto_answer_threshold,
        }
    }
}

/// A bot config file that can't be used; the message names the file.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}: {source}", path.display())]
    Read {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    Invalid {
        path: std::path::PathBuf,
        #[source]
        source: ConfigProblem,
    },
}

/// What is wrong in a bot config's text; the message names the key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigProblem {
    #[error(transparent)]
    Toml(#[from] toml::de::Error),
    #[error("auto_answer_threshold must be between 0 and 1")]
    Threshold,
    #[error("max_sessions and session_timeout_secs must be positive")]
    NotPositive,
    #[error("solved_tag must be a forum tag name of 1 to 20 characters")]
    SolvedTag,
    #[error("channel_rates.{0}: the key must be a channel id")]
    ChannelId(String),
    #[error("channel_rates.{0}: rates must be shares above 0 and at most 1 (0.02 = 2%)")]
    ChannelRate(String),
    #[error("source_urls.\"{0}\" must be an http(s) URL")]
    SourceUrl(String),
    #[error(transparent)]
    SessionStore(#[from] super::store::SpecError),
    #[error("reply_retry: attempts must be 1 to 10, base_ms at least 1, cap_ms at least base_ms, budget_secs 1 to 120")]
    ReplyRetry,
}

impl Config {
    pub fn parse(text: &str) -> Result<Self, ConfigProblem> {
        let c: Config = toml::from_str(text)?;
        c.validate()?;
        Ok(c)
    }

    /// Reads `path`; a missing file is only an error when `required`.
    pub fn load(path: &Path, required: bool) -> Result<Self, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(t) => Self::parse(&t).map_err(|source| ConfigError::Invalid {
                path: path.to_path_buf(),
                source,
            }),
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(source) => Err(ConfigError::Read {
                path: path.to_path_buf(),
                source,
            }),
        }
    }

    fn validate(&self) -> Result<(), ConfigProblem> {
        if !(0.0..=1.0).contains(&self.auto_answer_threshold) {
            return Err(ConfigProblem::Threshold);
        }
        if self.max_sessions == 0 || self.session_timeout_secs == 0 {
            return Err(ConfigProblem::NotPositive);
        }
        if self.solved_tag.trim().is_empty() || self.solved_tag.chars().count() > 20 {
            return Err(ConfigProblem::SolvedTag);
        }
        for (channel, r) in &self.channel_rates {
            if channel.parse::<u64>().is_err() {
                return Err(ConfigProblem::ChannelId(channel.clone()));
            }
            for v in [r.max_wrong_rate, r.max_out_of_scope_rate] {
                if !(v > 0.0 && v <= 1.0) {
                    return Err(ConfigProblem::ChannelRate(channel.clone()));
                }
            }
        }
        for (file, url) in &self.source_urls {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err(ConfigProblem::SourceUrl(file.clone()));
            }
        }
        if let Some(spec) = &self.session_store {
            super::store::Spec::parse(spec)?;
        }
        let r = &self.reply_retry;
        if !(1..=10).contains(&r.attempts)
            || r.base_ms == 0
            || r.cap_ms < r.base_ms
            || !(1..=120).contains(&r.budget_secs)
        {
            return Err(ConfigProblem::ReplyRetry);
        }
        Ok(())
    }

    /// The session store to use (`memory` when unset).
    pub fn store_spec(&self) -> super::store::Spec {
        self.session_store
            .as_deref()
            .and_then(|s| super::store::Spec::parse(s).ok())
            .unwrap_or(super::store::Spec::Memory)
    }

    /// Whether the bot reads messages that don't mention it.
    pub fn needs_message_content(&self) -> bool {
        !self.support_channels.is_empty() || !self.forum_channels.is_empty()
    }

    pub fn session_timeout(&self) -> Duration {
        Duration::from_secs(self.session_timeout_secs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_file_and_keep_their_cause() {
        let dir = std::env::temp_dir().join(format!("faqbot-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("faqbot.toml");
        std::fs::write(&path, "session_store = \"sqlite:\"\n").unwrap();
        let e = Config::load(&path, true).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "{}: session_store \"sqlite:PATH\" needs a path",
                path.display()
            )
        );
        let ConfigError::Invalid { source, .. } = &e else {
            panic!("{e:?}")
        };
        assert!(matches!(
            source,
            ConfigProblem::SessionStore(crate::front::discord::store::SpecError::NoPath)
        ));
        std::fs::write(&path, "max_sessions = \"many\"\n").unwrap();
        let e = Config::load(&path, true).unwrap_err();
        let cause = std::error::Error::source(&e).expect("a cause");
        assert!(matches!(
            cause.downcast_ref::<ConfigProblem>(),
            Some(ConfigProblem::Toml(_))
        ));
        let missing = Config::load(&dir.join("none.toml"), true).unwrap_err();
        assert!(matches!(missing, ConfigError::Read { .. }));
        assert!(Config::load(&dir.join("none.toml"), false).is_ok());
        std::fs::remove_dir_all(&dir).ok();
    }

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
        assert!(Config::parse("[channel_rates.5]\nmax_wrong_rate = 0").is_err());
        let c = Config::parse("[channel_rates.123]\nmax_wrong_rate = 0.005").expect("parses");
        assert_eq!(c.channel_rates["123"].max_wrong_rate, 0.005);
        assert_eq!(c.channel_rates["123"].max_out_of_scope_rate, 0.05);
        assert!(Config::parse("solved_tag = \"\"").is_err());
        assert!(Config::parse("solved_tag = \"a tag name far too long\"").is_err());
        assert!(Config::parse("[source_urls]\n\"a.md\" = \"ftp://x\"").is_err());
        assert!(Config::parse("session_store = \"mysql://x\"").is_err());
        assert!(Config::parse("session_store = \"redis://127.0.0.1:6379/0\"").is_ok());
        assert!(Config::parse("[reply_retry]\nattempts = 0").is_err());
        assert!(Config::parse("[reply_retry]\nbase_ms = 500\ncap_ms = 100").is_err());
        assert!(Config::parse("[reply_retry]\nbudget_secs = 3600").is_err());
        let c = Config::parse("[reply_retry]\nattempts = 3").expect("parses");
        assert_eq!(c.reply_retry.attempts, 3);
        assert_eq!(c.reply_retry.cap_ms, 4000);
    }

    #[test]
    fn support_server_keys() {
        let c = Config::parse(
            "forum_channels = [1]\nsolved_tag = \"Done\"\narchive_solved = true\n\
             staff_channel = 2\n[source_urls]\n\"faq.md\" = \"https://example.com/faq\"",
        )
        .unwrap();
        assert_eq!(c.forum_channels, [1]);
        assert_eq!(c.solved_tag, "Done");
        assert!(c.archive_solved && c.needs_message_content());
        assert_eq!(c.staff_channel, Some(2));
        assert_eq!(c.source_urls["faq.md"], "https://example.com/faq");
        assert_eq!(Config::default().solved_tag, "Solved");
    }
}
