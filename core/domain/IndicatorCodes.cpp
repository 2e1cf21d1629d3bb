// Implemented in the effect issue (#6).
