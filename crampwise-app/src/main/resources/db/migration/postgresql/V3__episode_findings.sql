-- The interview answers saved with an episode ("Save to my diary"), as a JSON object of contract
-- finding ids and values; NULL for an episode typed in by hand.
ALTER TABLE episode ADD COLUMN findings TEXT;
