"""``python -m wirecheck``: the same command line as the ``wirecheck`` script."""

from wirecheck.entry import main

if __name__ == "__main__":
    main()
