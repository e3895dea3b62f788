//! Conversations per (channel, user): bounded in number and age, the least
//! recently used evicted first. Time is passed in, so tests need no sleeping.

use crate::dialogue::Session;
use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

/// (channel id, user id).
pub type Key = (u64, u64);

#[derive(Debug, Clone)]
struct Entry {
    session: Session,
    last: Instant,
    /// Position in the recency order.
    seq: u64,
    /// FAQ generation the session was last validated against.
    generation: u64,
}

/// What a lookup found.
// A session is a few small maps moved once per message: boxing it would
// only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// A live conversation.
    Live(Session),
    /// There was one, but it timed out (it is now gone).
    Expired,
    /// None at all (never started, evicted, or ended).
    Missing,
}

#[derive(Debug)]
pub struct Sessions {
    map: HashMap<Key, Entry>,
    order: BTreeMap<u64, Key>,
    next_seq: u64,
    max: usize,
    timeout: Duration,
}

impl Sessions {
    pub fn new(max: usize, timeout: Duration) -> Self {
        Self {
            map: HashMap::new(),
            order: BTreeMap::new(),
            next_seq: 0,
            max: max.max(1),
            timeout,
        }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The session of `key` with the FAQ generation it was last checked
    /// against; an expired one is removed and reported as such.
    pub fn get(&mut self, key: Key, now: Instant) -> (Lookup, u64) {
        self.prune(now);
        match self.map.get(&key) {
            None => (Lookup::Missing, 0),
            Some(e) if now.saturating_duration_since(e.last) >= self.timeout => {
                self.remove(key);
                (Lookup::Expired, 0)
            }
            Some(e) => (Lookup::Live(e.session.clone()), e.generation),
        }
    }

    /// Stores (or refreshes) a session, evicting the least recently used
    /// ones beyond the bound.
    pub fn put(&mut self, key: Key, session: Session, generation: u64, now: Instant) {
        let seq = self.next_seq;
        self.next_seq += 1;
        if let Some(old) = self.map.insert(
            key,
            Entry {
                session,
                last: now,
                seq,
                generation,
            },
        ) {
            self.order.remove(&old.seq);
        }
        self.order.insert(seq, key);
        while self.map.len() > self.max {
            let Some((_, k)) = self.order.pop_first() else {
                break;
            };
            self.map.remove(&k);
        }
    }

    pub fn remove(&mut self, key: Key) -> bool {
        match self.map.remove(&key) {
            Some(e) => {
                self.order.remove(&e.seq);
                true
            }
            None => false,
        }
    }

    /// Drops sessions idle for four timeouts (oldest first, so this stops
    /// at the first younger one); a session idle for less is kept so that a
    /// late lookup can still tell "expired" from "missing".
    fn prune(&mut self, now: Instant) {
        while let Some((&seq, _)) = self.order.first_key_value() {
            let key = self.order[&seq];
            let e = &self.map[&key];
            if now.saturating_duration_since(e.last) < self.timeout * 4 {
                break;
            }
            self.order.remove(&seq);
            self.map.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_is_reported_once() {
        let t0 = Instant::now();
        let mut s = Sessions::new(10, Duration::from_secs(60));
        s.put((1, 2), Session::new(), 0, t0);
        assert!(matches!(s.get((1, 2), t0).0, Lookup::Live(_)));
        let late = t0 + Duration::from_secs(61);
        assert_eq!(s.get((1, 2), late).0, Lookup::Expired);
        assert_eq!(s.get((1, 2), late).0, Lookup::Missing);
    }

    #[test]
    fn bounded_with_least_recently_used_evicted() {
        let t0 = Instant::now();
        let mut s = Sessions::new(3, Duration::from_secs(60));
        for u in 0..3 {
            s.put((1, u), Session::new(), 0, t0);
        }
        // Touch user 0, so user 1 is now the least recently used.
        s.put((1, 0), Session::new(), 0, t0);
        s.put((1, 9), Session::new(), 0, t0);
        assert_eq!(s.len(), 3);
        assert_eq!(s.get((1, 1), t0).0, Lookup::Missing);
        assert!(matches!(s.get((1, 0), t0).0, Lookup::Live(_)));
    }

    #[test]
    fn many_users_stay_bounded() {
        let t0 = Instant::now();
        let mut s = Sessions::new(1000, Duration::from_secs(60));
        for u in 0..100_000 {
            s.put((7, u), Session::new(), 0, t0);
        }
        assert_eq!(s.len(), 1000);
        assert_eq!(s.order.len(), 1000);
    }

    #[test]
    fn long_idle_sessions_are_pruned() {
        let t0 = Instant::now();
        let mut s = Sessions::new(10, Duration::from_secs(1));
        s.put((1, 1), Session::new(), 0, t0);
        s.put((1, 2), Session::new(), 0, t0 + Duration::from_secs(10));
        s.get((1, 2), t0 + Duration::from_secs(10));
        assert_eq!(s.len(), 1);
    }
}
