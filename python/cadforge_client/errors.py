"""The one exception the client raises: the scorer itself is unreachable, never a bad completion."""


class CadforgeError(RuntimeError):
    """The cadforge process cannot start or keeps dying, or the server cannot be reached."""
