"""The Vila Serena demo: a fictional municipality loaded under any page of a host by `load_demo`."""
