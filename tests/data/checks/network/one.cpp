// Nothing to build: the fixture is only configured, and the check stops that.
