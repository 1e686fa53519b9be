"""Keys typed while a pane switch waits for the panes: kept, then sent again in order."""

from __future__ import annotations

from textual import events
from textual.message_pump import MessagePump


class HeldKeys:
    """The keys held back, oldest first.

    "2jj" typed in the first frames: the "2" waits for the lists to be mounted,
    and the "j"s, if they went on at once, would scroll the article instead of
    moving in the Actors list. Held here, they are sent again once the "2" has
    moved the focus, so they reach the pane it chose.
    """

    def __init__(self) -> None:
        self._keys: list[events.Key] = []

    def __len__(self) -> int:
        return len(self._keys)

    def hold(self, event: events.Key) -> None:
        """Keep ``event`` (and stop it going further now)."""
        event.stop()
        event.prevent_default()
        self._keys.append(event)

    def release(self, app: MessagePump) -> None:
        """Send the held keys to ``app`` again, as if typed now (behind none typed later:
        while keys are held, later ones are held too)."""
        keys, self._keys = self._keys, []
        for held in keys:
            key = events.Key(held.key, held.character)
            # Sent by the app, as a typed key is: it then bubbles up to the app, whose
            # bindings (the focused widget's among them) run it.
            key.set_sender(app)
            app.post_message(key)
