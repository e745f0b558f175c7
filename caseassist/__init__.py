"""CaseAssist's entry point: the command line. It sits above every other package."""
