// Demo outcomes for the effect issue (#6).
