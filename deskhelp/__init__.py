"""DeskHelp: the library's agreed guidelines for digital errands, on the information-desk PC."""

__version__ = "0.1.0"
