// Tests of the effect issue (#6) go here.
