//! Creating the bot's messages so that a reply Discord refuses for a
//! passing reason (a 5xx, a 429, a dropped connection) is retried, and a
//! retried reply is never posted twice.
//!
//! Every message the bot creates (`POST /channels/{id}/messages`) goes
//! through [`create_message`]. It carries a `nonce` derived from the event
//! it answers ([`nonce`]) with `enforce_nonce`: when Discord already
//! created a message with that nonce from the bot in the last few minutes,
//! it returns that message instead of creating another. So a retry after a
//! failure that happened *after* Discord stored the message (a 500 once
//! committed, a connection cut before the answer, a timed-out attempt)
//! gets the first message back rather than a duplicate. The same holds for
//! an event handled twice (a gateway RESUME that replays it).
//!
//! The schedule is [`Backoff`], a small pure type (configured by
//! `[reply_retry]` in `faqbot.toml`): exponential from `base_ms`, doubled
//! per attempt, capped at `cap_ms`, with jitter, at most `attempts`
//! attempts and `budget_secs` in all. Only 5xx, 429 and transport failures
//! are retried: any other 4xx (403 missing permissions, 400 invalid form)
//! would fail the same way again, and repeated 401/403/429 count towards
//! Discord's temporary ban of invalid requests.
//!
//! 429s: with serenity's rate limiter on (the default, talking to
//! discord.com) serenity itself sleeps for a 429's `Retry-After` and
//! re-sends, as often as Discord answers 429; a 429 reaches this module
//! only without that header, or with the limiter off
//! (`FAQBOT_DISCORD_API`). serenity 0.12 does not pass a 429's
//! `retry_after` on in its error (its `ErrorResponse` keeps the status,
//! `code` and `message` only), so a surfaced 429 is retried on the backoff
//! schedule; [`Backoff::next`] honours a known `retry_after` (never waits
//! less) should it become available. serenity's own sleeping happens
//! inside one attempt, and every attempt is cut at [`ATTEMPT_TIMEOUT`] and
//! at what is left of the budget: the whole is bounded by `budget_secs`
//! whatever Discord answers.
//!
//! Interaction responses (`POST /interactions/{id}/{token}/callback`) go
//! through [`respond`]: Discord accepts one response per interaction and
//! only within 3 seconds, so a second callback after one that succeeded is
//! refused with 40060 ("already acknowledged"). That makes one quick retry
//! after a 5xx or a transport failure safe: [`respond`] retries once, only
//! early in the 3 seconds, and takes a 40060 on the retry as the first
//! having gone through.

use serde::Deserialize;
use serenity::all::{
    Builder, ChannelId, CreateInteractionResponse, CreateInteractionResponseMessage, CreateMessage,
    Http, InteractionId, Message, Nonce,
};
use serenity::http::HttpError;
use std::time::{Duration, Instant};

/// Longest a single attempt may take (serenity's client has no timeout of
/// its own, and its rate limiter may sleep inside an attempt).
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// Discord's JSON error code for a second response to an interaction.
const ALREADY_ACKNOWLEDGED: isize = 40060;

/// Which of the bot's messages for one event a nonce is for: an event may
/// cause more than one message, and each needs a nonce of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// The answer to a message (mention, DM, support channel, forum post).
    Answer = 0,
    /// The "slow down" notice instead of an answer.
    RateNotice = 1,
    /// The answer posted by "Answer with FAQ".
    AnswerWithFaq = 2,
    /// The first message of a hand-over to staff.
    Handover = 3,
}

/// The nonce of the bot's `reply` to the event `event` (a message or an
/// interaction id): the same on every attempt, different for every reply.
/// At most 22 characters (Discord allows 25).
pub fn nonce(event: u64, reply: Reply) -> String {
    format!("{event}.{}", reply as u8)
}

/// How a failed message creation is retried (`[reply_retry]` in
/// `faqbot.toml`). Pure: [`Backoff::next`] decides from what failed, the
/// attempt number, the time spent and a jitter draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Backoff {
    /// Most attempts in all (the first included).
    pub attempts: u32,
    /// Delay before the first retry, in milliseconds; doubled each time.
    pub base_ms: u64,
    /// Longest delay between two attempts, in milliseconds (a 429's
    /// `retry_after` may ask for more, within the budget).
    pub cap_ms: u64,
    /// Longest time spent on one message, attempts and delays together.
    pub budget_secs: u64,
}

impl Default for Backoff {
    /// 5 attempts: delays of about 250 ms, 0.5 s, 1 s, 2 s (at most 3.75 s of
    /// waiting), within 30 s in all.
    fn default() -> Self {
        Self {
            attempts: 5,
            base_ms: 250,
            cap_ms: 4000,
            budget_secs: 30,
        }
    }
}

/// Why an attempt failed, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Discord answered with this status; a 429's `retry_after` when known.
    Status {
        status: u16,
        retry_after: Option<Duration>,
    },
    /// No answer: the connection failed or was cut, or the attempt timed
    /// out. The message may have been created.
    Transport,
    /// Refused before or after the request for a reason a retry cannot
    /// change (too long a message, an answer that isn't JSON, a bad URL).
    Local,
}

impl Failure {
    /// Whether trying again may succeed: 5xx, 429 and transport failures.
    pub fn retryable(self) -> bool {
        match self {
            Failure::Status { status, .. } => status == 429 || (500..=599).contains(&status),
            Failure::Transport => true,
            Failure::Local => false,
        }
    }

    /// What a serenity error means for a retry.
    pub fn of(e: &serenity::Error) -> Self {
        match e {
            serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => Failure::Status {
                status: r.status_code.as_u16(),
                // Not kept by serenity 0.12 (see the module doc).
                retry_after: None,
            },
            // A request that could not even be built fails the same way again.
            serenity::Error::Http(HttpError::Request(e)) if e.is_builder() => Failure::Local,
            serenity::Error::Http(HttpError::Request(_)) | serenity::Error::Io(_) => {
                Failure::Transport
            }
            _ => Failure::Local,
        }
    }
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Wait this long, then try again.
    RetryAfter(Duration),
    /// Stop: the failure is not worth retrying.
    Refused,
    /// Stop: no attempts or time left.
    Exhausted,
}

impl Backoff {
    /// The backoff step before retry `n` (1 for the first retry), before
    /// jitter: `base_ms * 2^(n-1)`, at most `cap_ms`.
    pub fn step(&self, n: u32) -> Duration {
        let factor = 1u64 << n.saturating_sub(1).min(32);
        Duration::from_millis(self.base_ms.saturating_mul(factor).min(self.cap_ms))
    }

    pub fn budget(&self) -> Duration {
        Duration::from_secs(self.budget_secs)
    }

    /// After attempt `attempt` (1-based) failed with `failure`, `elapsed`
    /// since the first began: retry after a delay, or stop. `jitter` in
    /// `[0, 1)` spreads the delay over `[step/2, step]` so that replies
    /// refused together are not retried together. A known `retry_after`
    /// is waited at least; a delay that would overrun the budget stops.
    pub fn next(&self, attempt: u32, failure: Failure, elapsed: Duration, jitter: f64) -> Next {
        if !failure.retryable() {
            return Next::Refused;
        }
        if attempt >= self.attempts {
            return Next::Exhausted;
        }
        let step = self.step(attempt);
        let jitter = jitter.clamp(0.0, 1.0);
        let mut delay = step / 2 + step.mul_f64(jitter) / 2;
        if let Failure::Status {
            retry_after: Some(r),
            ..
        } = failure
        {
            delay = delay.max(r);
        }
        if elapsed.saturating_add(delay) >= self.budget() {
            return Next::Exhausted;
        }
        Next::RetryAfter(delay)
    }
}

/// One attempt's failure.
#[derive(Debug, thiserror::Error)]
pub enum AttemptError {
    #[error(transparent)]
    Discord(#[from] serenity::Error),
    #[error("no answer from Discord within {0:?}")]
    TimedOut(Duration),
}

impl AttemptError {
    fn failure(&self) -> Failure {
        match self {
            AttemptError::Discord(e) => Failure::of(e),
            AttemptError::TimedOut(_) => Failure::Transport,
        }
    }
}

/// Why a message was not created.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Refused for a reason a retry cannot change (a 4xx other than 429,
    /// a message serenity will not send).
    #[error("the message was refused: {0}")]
    Refused(#[source] AttemptError),
    /// Still failing when the attempts or the time allowed ran out.
    #[error("gave up after {attempts} attempt(s) in {:.1}s: {last}", elapsed.as_secs_f64())]
    GaveUp {
        attempts: u32,
        elapsed: Duration,
        #[source]
        last: AttemptError,
    },
}

/// A draw in `[0, 1)` for the jitter: std's randomly keyed hasher, so no
/// random-number crate is needed for this.
fn jitter(salt: &str, attempt: u32) -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write(salt.as_bytes());
    h.write_u32(attempt);
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// Creates `message` in `channel` with the nonce `nonce` (see [`nonce`]),
/// retried on 5xx, 429 and transport failures on the `policy` schedule.
/// `what` names the message in the logs ("a reply"). Logs a warning per
/// retry and when a failure is not worth retrying, an error when it gives
/// up; the caller decides what the user is told.
pub async fn create_message(
    http: &Http,
    channel: ChannelId,
    message: CreateMessage,
    nonce: String,
    policy: &Backoff,
    what: &'static str,
) -> Result<Message, SendError> {
    let message = message
        .nonce(Nonce::String(nonce.clone()))
        .enforce_nonce(true);
    let started = Instant::now();
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        let left = policy.budget().saturating_sub(started.elapsed());
        let limit = ATTEMPT_TIMEOUT.min(left);
        let result =
            match tokio::time::timeout(limit, channel.send_message(http, message.clone())).await {
                Ok(Ok(m)) => {
                    if attempt > 1 {
                        tracing::info!(
                            channel = channel.get(),
                            nonce,
                            attempt,
                            "sent {what} after retrying"
                        );
                    }
                    return Ok(m);
                }
                Ok(Err(e)) => AttemptError::Discord(e),
                Err(_) => AttemptError::TimedOut(limit),
            };
        let failure = result.failure();
        let elapsed = started.elapsed();
        match policy.next(attempt, failure, elapsed, jitter(&nonce, attempt)) {
            Next::RetryAfter(delay) => {
                tracing::warn!(
                    channel = channel.get(),
                    nonce,
                    attempt,
                    delay_ms = delay.as_millis() as u64,
                    error = %result,
                    "cannot send {what} yet; retrying"
                );
                tokio::time::sleep(delay).await;
            }
            Next::Refused => {
                tracing::warn!(
                    channel = channel.get(),
                    error = %result,
                    "cannot send {what}; not retried"
                );
                return Err(SendError::Refused(result));
            }
            Next::Exhausted => {
                let e = SendError::GaveUp {
                    attempts: attempt,
                    elapsed,
                    last: result,
                };
                tracing::error!(
                    channel = channel.get(),
                    nonce,
                    error = %e,
                    "cannot send {what}: gave up"
                );
                return Err(e);
            }
        }
    }
}

/// How long after the first attempt a retried interaction response may
/// still start: well inside Discord's 3 seconds.
const RESPOND_RETRY_WITHIN: Duration = Duration::from_millis(1500);
/// The pause before that retry.
const RESPOND_RETRY_DELAY: Duration = Duration::from_millis(100);

/// Answers the interaction `id`/`token` with `response`; after a 5xx or a
/// transport failure early enough, tries once more. A second response to
/// an interaction is refused by Discord (40060), so the retry cannot
/// answer twice: a 40060 on the retry means the first attempt went through.
pub async fn respond(
    http: &Http,
    id: InteractionId,
    token: &str,
    response: CreateInteractionResponse,
) -> serenity::Result<()> {
    let started = Instant::now();
    let first = response.clone().execute(http, (id, token)).await;
    let Err(e) = first else {
        return Ok(());
    };
    if !retry_response(Failure::of(&e), started.elapsed()) {
        return Err(e);
    }
    tracing::warn!(error = %e, "Discord did not take an interaction response; retrying once");
    tokio::time::sleep(RESPOND_RETRY_DELAY).await;
    match response.execute(http, (id, token)).await {
        Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(r)))
            if r.error.code == ALREADY_ACKNOWLEDGED =>
        {
            Ok(())
        }
        other => other,
    }
}

/// Defers the interaction with a private "thinking…" ([`respond`]'s retry).
pub async fn defer_ephemeral(http: &Http, id: InteractionId, token: &str) -> serenity::Result<()> {
    let r =
        CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(true));
    respond(http, id, token, r).await
}

/// Whether an interaction response that failed with `failure` after
/// `elapsed` is worth one more try: 5xx or transport only (a 429 asks for
/// a wait the 3-second deadline cannot afford), and early enough.
pub fn retry_response(failure: Failure, elapsed: Duration) -> bool {
    let kind = match failure {
        Failure::Status { status, .. } => (500..=599).contains(&status),
        Failure::Transport => true,
        Failure::Local => false,
    };
    kind && elapsed < RESPOND_RETRY_WITHIN
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    fn status(status: u16) -> Failure {
        Failure::Status {
            status,
            retry_after: None,
        }
    }

    #[test]
    fn nonces_are_stable_distinct_and_short() {
        assert_eq!(nonce(42, Reply::Answer), nonce(42, Reply::Answer));
        assert_ne!(nonce(42, Reply::Answer), nonce(42, Reply::RateNotice));
        assert_ne!(nonce(42, Reply::Answer), nonce(43, Reply::Answer));
        assert!(nonce(u64::MAX, Reply::Handover).len() <= 25);
    }

    #[test]
    fn which_failures_are_retried() {
        for s in [429, 500, 502, 503, 504] {
            assert!(status(s).retryable(), "{s}");
        }
        for s in [400, 401, 403, 404, 405, 413] {
            assert!(!status(s).retryable(), "{s}");
        }
        assert!(Failure::Transport.retryable());
        assert!(!Failure::Local.retryable());
        let b = Backoff::default();
        assert_eq!(b.next(1, status(403), Duration::ZERO, 0.5), Next::Refused);
        assert_eq!(b.next(1, status(400), Duration::ZERO, 0.5), Next::Refused);
        assert!(matches!(
            b.next(1, status(500), Duration::ZERO, 0.5),
            Next::RetryAfter(_)
        ));
    }

    #[test]
    fn delays_double_up_to_the_cap_with_jitter_in_the_upper_half() {
        let b = Backoff::default();
        let steps: Vec<u64> = (1..=6).map(|n| b.step(n).as_millis() as u64).collect();
        assert_eq!(steps, [250, 500, 1000, 2000, 4000, 4000]);
        assert_eq!(b.step(200), Duration::from_millis(4000), "no overflow");
        let b = Backoff {
            attempts: 50,
            budget_secs: 3600,
            ..b
        };
        for attempt in 1..50 {
            for j in [0.0, 0.3, 0.999, 1.0, -1.0, 7.0] {
                let Next::RetryAfter(d) = b.next(attempt, status(500), Duration::ZERO, j) else {
                    panic!("attempt {attempt} must retry");
                };
                let step = b.step(attempt);
                assert!(d >= step / 2 && d <= step, "{d:?} for step {step:?}");
                assert!(d <= Duration::from_millis(b.cap_ms));
            }
        }
    }

    #[test]
    fn attempts_and_budget_bound_the_whole() {
        let b = Backoff::default();
        // Attempt 5 of 5 failed: stop.
        assert_eq!(b.next(5, status(500), Duration::ZERO, 0.0), Next::Exhausted);
        // The worst case of the default schedule, delays and attempts cut
        // at ATTEMPT_TIMEOUT, stays within the budget: replay it.
        let mut elapsed = Duration::ZERO;
        let mut attempt = 1;
        loop {
            elapsed += ATTEMPT_TIMEOUT.min(b.budget().saturating_sub(elapsed));
            match b.next(attempt, Failure::Transport, elapsed, 0.999) {
                Next::RetryAfter(d) => elapsed += d,
                _ => break,
            }
            attempt += 1;
        }
        assert!(elapsed <= b.budget(), "{elapsed:?}");
        assert!(attempt <= b.attempts);
        // A delay that would pass the budget is not waited.
        assert_eq!(
            b.next(1, status(503), b.budget() - 10 * MS, 0.0),
            Next::Exhausted
        );
    }

    #[test]
    fn retry_after_is_honoured() {
        let b = Backoff::default();
        let limited = |secs: f64| Failure::Status {
            status: 429,
            retry_after: Some(Duration::from_secs_f64(secs)),
        };
        // Longer than the backoff step: waited in full, even past the cap.
        assert_eq!(
            b.next(1, limited(5.5), Duration::ZERO, 0.0),
            Next::RetryAfter(Duration::from_millis(5500))
        );
        // Shorter: the backoff step still applies.
        let Next::RetryAfter(d) = b.next(3, limited(0.01), Duration::ZERO, 0.0) else {
            panic!()
        };
        assert_eq!(d, Duration::from_millis(500));
        // More than the budget allows: give up rather than overrun.
        assert_eq!(
            b.next(1, limited(60.0), Duration::ZERO, 0.0),
            Next::Exhausted
        );
        // Without retry_after, a 429 is retried on the schedule.
        assert!(matches!(
            b.next(1, status(429), Duration::ZERO, 0.0),
            Next::RetryAfter(d) if d == 125 * MS
        ));
    }

    #[test]
    fn jitter_is_a_fraction() {
        for a in 0..100 {
            let j = jitter("123.0", a);
            assert!((0.0..1.0).contains(&j), "{j}");
        }
    }

    #[test]
    fn interaction_responses_retry_once_early_on_5xx_only() {
        assert!(retry_response(status(500), 200 * MS));
        assert!(retry_response(Failure::Transport, 200 * MS));
        assert!(!retry_response(status(500), 2000 * MS));
        assert!(!retry_response(status(429), 200 * MS));
        assert!(!retry_response(status(400), 200 * MS));
        assert!(!retry_response(Failure::Local, Duration::ZERO));
    }

    #[test]
    fn config_table_parses() {
        let b: Backoff = toml::from_str("attempts = 3\nbase_ms = 10").unwrap();
        assert_eq!(
            b,
            Backoff {
                attempts: 3,
                base_ms: 10,
                ..Backoff::default()
            }
        );
        assert!(toml::from_str::<Backoff>("tries = 3").is_err());
    }
}
