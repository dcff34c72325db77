//! Waiting for a pause in typing before acting (saving a value, asking for a preview).

use leptos::prelude::*;
use std::time::Duration;

/// Runs the last action given once `pause` has passed without another one.
#[derive(Clone, Copy)]
pub struct Debounce {
    pause: Duration,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Debounce {
    /// A debouncer owned by the current component.
    pub fn new(pause: Duration) -> Self {
        Self {
            pause,
            pending: StoredValue::new_local(None),
        }
    }

    /// Forgets the waiting action, if any, and waits for a pause before running `action`.
    pub fn run(&self, action: impl FnOnce() + 'static) {
        if let Some(handle) = self.pending.try_get_value().flatten() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(action, self.pause).ok();
        let _ = self.pending.try_set_value(handle);
    }
}
