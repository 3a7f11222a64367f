package org.crampwise.app.diary;

import org.crampwise.diary.Episode;
import java.time.Instant;

/** An episode as stored: its id (unique across all accounts) and when it was recorded. */
public record StoredEpisode(long id, Episode episode, Instant createdAt) {}
