/** Milliseconds each change day stays on screen while playing. */
export const PLAY_STEP_MS = 900;
